/* test-calendar-page.c: the Exam Calendar tab with its list, filters,
 * timeline, and a feed refresh against a local server, working then
 * failing
 *
 * Worked by hand: on 2026-03-10 the 2026-04-12 session's first deadline
 * (Skills Guangdong, 2026-03-23) is 13 days away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "../cp-test-folder.h"
#include "cp-feed-cache.h"
#include "cp-gui-test-util.h"
#include "cp-session-item.h"
#include "pages/cp-calendar-page.h"

#include <string.h>

static CpPolicyPack *pack;
static char *feed_body;
static gboolean failing;

static void
handler (SoupServer        *server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  if (failing)
    {
      soup_server_message_set_status (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, feed_body, strlen (feed_body));
}

/* The sample feed with a second, made-up session (a test fixture, not
 * policy data): another exam of the same centre on 2026-06-14. */
static char *
make_feed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "data", "feeds", "sample.json", NULL);
  g_autofree char *sample = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *sessions;
  JsonObject *copy;

  g_file_get_contents (path, &sample, NULL, &error);
  g_assert_no_error (error);
  root = json_from_string (sample, &error);
  g_assert_no_error (error);
  sessions = json_object_get_array_member (json_node_get_object (root), "sessions");
  /* json_node_copy shares the object: go through text for a real copy. */
  {
    g_autofree char *text = json_to_string (json_array_get_element (sessions, 0), FALSE);
    g_autoptr(JsonNode) node = json_from_string (text, &error);

    g_assert_no_error (error);
    copy = json_object_ref (json_node_get_object (node));
  }
  json_object_set_string_member (copy, "id", "test-2026-06-14-l3");
  json_object_set_string_member (copy, "exam_date", "2026-06-14");
  json_array_add_object_element (sessions, copy);
  return json_to_string (root, FALSE);
}

static void
wait_refreshed (CpCalendarPage *page)
{
  while (cp_calendar_page_is_refreshing (page))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_calendar (void)
{
  CpCalendarPage *page = g_object_ref_sink (g_object_new (CP_TYPE_CALENDAR_PAGE, NULL));
  g_autoptr(CpProfile) profile = cp_profile_new ();
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = g_dir_make_tmp ("certpath-feeds-XXXXXX", &error);
  g_autofree char *url = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window = gtk_window_new ();
  GListModel *rows;
  GtkListBoxRow *first;
  const char *subtitle;
  GSList *uris;

  cp_profile_set_occupation (profile, "4-04-05-05");
  cp_profile_set_city (profile, "guangzhou");
  cp_calendar_page_set_context (page, pack, profile);
  cp_calendar_page_set_day (page, cp_date_from_ymd (2026, 3, 10));
  rows = cp_calendar_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);

  cp_calendar_page_select (page, 0);
  /* First the college's own standing rule, papers 40 days before the exam
   * (seed 004): 2026-03-03, already past on 03-10; then the registration
   * deadline of 2026-03-23, 13 days on. */
  first = gtk_list_box_get_row_at_index (cp_calendar_page_get_timeline (page), 0);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (first));
  g_test_message ("%s", subtitle);
  g_assert_nonnull (strstr (subtitle, "2026-03-03"));
  first = gtk_list_box_get_row_at_index (cp_calendar_page_get_timeline (page), 1);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (first));
  g_test_message ("%s", subtitle);
  g_assert_nonnull (strstr (subtitle, "13"));
  g_assert_nonnull (strstr (subtitle, "2026-03-23"));
  /* Under the timeline, the rules to know with their sources: the lookup
   * site of seed 004, how to claim by 粤人社规〔2023〕13号. */
  {
    GtkLabel *rules = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "rules_label"));

    g_assert_nonnull (strstr (gtk_label_get_label (rules), "zscx.osta.org.cn"));
    g_assert_nonnull (strstr (gtk_label_get_label (rules), "13号"));
  }

  /* Level 5 has no session; level 3 has one. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "level_filter")), 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "level_filter")), 3);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);

  /* A feed on this machine adds a session. */
  feed_body = make_feed ();
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strconcat (g_uri_to_string (uris->data), "feed.json", NULL);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  cp_calendar_page_set_feeds (page, (const char *[]) { url, NULL }, cache);
  cp_calendar_page_refresh (page);
  wait_refreshed (page);
  g_assert_null (cp_calendar_page_get_problem (page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  /* The feed's copy of the bundled session replaces it, and says so. */
  {
    g_autoptr(CpSessionItem) item = g_list_model_get_item (rows, 0);
    g_test_message ("origin: %s", cp_session_item_get_origin (item));
    g_assert_nonnull (cp_session_item_get_origin (item));
  }

  /* The server fails: a problem in plain words, and the sessions stay. */
  failing = TRUE;
  cp_calendar_page_refresh (page);
  wait_refreshed (page);
  g_assert_nonnull (cp_calendar_page_get_problem (page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  cp_calendar_page_select (page, 0);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "calendar-page");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
  g_free (feed_body);
}

/* A page in a window on its way to the screen reads its cached feeds only
 * once the window has drawn its first frame; one in a window kept off
 * screen still gets them, a moment later. */
static CpCalendarPage *
page_with_cache (const char *cache,
                 const char *url,
                 GtkWidget **window)
{
  CpCalendarPage *page = g_object_new (CP_TYPE_CALENDAR_PAGE, NULL);

  *window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (page));
  cp_calendar_page_set_context (page, pack, NULL);
  cp_calendar_page_set_feeds (page, (const char *[]) { url, NULL }, cache);
  return page;
}

static void
test_cached_after_first_frame (void)
{
  static const char url[] = "https://feeds.example.org/school.json";
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = g_dir_make_tmp ("certpath-feeds-XXXXXX", &error);
  g_autofree char *body = make_feed ();
  g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
  CpFeedCacheEntry entry = { (char *) url, NULL, NULL, (char *) "2026-03-09T12:00:00+08:00",
                             (char *) "2026-03-09T12:00:00+08:00" };
  GtkWidget *shown, *hidden;
  CpCalendarPage *page, *off_screen;
  gint64 start;

  g_assert_true (cp_feed_cache_store (cache, &entry, bytes, &error));
  g_assert_no_error (error);

  page = page_with_cache (cache, url, &shown);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  /* Not drawn yet: waiting, nothing read. */
  g_assert_true (cp_calendar_page_is_refreshing (page));
  gtk_window_present (GTK_WINDOW (shown));
  wait_refreshed (page);
  g_assert_cmpuint (g_list_model_get_n_items (cp_calendar_page_get_rows (page)), ==, 2);

  off_screen = page_with_cache (cache, url, &hidden);
  start = g_get_monotonic_time ();
  wait_refreshed (off_screen);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 30 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (g_list_model_get_n_items (cp_calendar_page_get_rows (off_screen)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (shown));
  gtk_window_destroy (GTK_WINDOW (hidden));
  cp_test_remove_folder (cache);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/calendar-page/list-timeline-feed", test_calendar);
  g_test_add_func ("/calendar-page/cached-feeds-after-first-frame", test_cached_after_first_frame);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
