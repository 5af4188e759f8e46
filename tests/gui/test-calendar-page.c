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

/* A copy of the first session of @sessions, under another id, region and
 * exam date, added to them. */
static void
add_copy (JsonArray  *sessions,
          const char *id,
          const char *region,
          const char *exam_date)
{
  /* json_node_copy shares the object: go through text for a real copy. */
  g_autofree char *text = json_to_string (json_array_get_element (sessions, 0), FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (text, &error);
  JsonObject *copy;

  g_assert_no_error (error);
  copy = json_node_get_object (node);
  json_object_set_string_member (copy, "id", id);
  json_object_set_string_member (copy, "region", region);
  json_object_set_string_member (copy, "exam_date", exam_date);
  json_array_add_object_element (sessions, json_object_ref (copy));
}

/* The sample feed with two more, made-up sessions (a test fixture, not
 * policy data): another exam of the same centre on 2026-06-14, and one in
 * Shenzhen on 2026-05-10, earlier but not in the candidate's city, so
 * listed after both Guangzhou sessions. */
static char *
make_feed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "data", "feeds", "sample.json", NULL);
  g_autofree char *sample = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *sessions;

  g_file_get_contents (path, &sample, NULL, &error);
  g_assert_no_error (error);
  root = json_from_string (sample, &error);
  g_assert_no_error (error);
  sessions = json_object_get_array_member (json_node_get_object (root), "sessions");
  add_copy (sessions, "test-2026-06-14-l3", "guangzhou", "2026-06-14");
  add_copy (sessions, "test-2026-05-10-sz", "shenzhen", "2026-05-10");
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
  /* First the registration deadline of 2026-03-23, 13 days on. Seed 004
   * prints its papers date (03-27), so the college's standing rule of 40
   * days before (2026-03-03) is no row of its own. */
  first = gtk_list_box_get_row_at_index (cp_calendar_page_get_timeline (page), 0);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (first));
  g_test_message ("%s", subtitle);
  g_assert_nonnull (strstr (subtitle, "13"));
  g_assert_nonnull (strstr (subtitle, "2026-03-23"));
  for (int i = 0; (first = gtk_list_box_get_row_at_index (cp_calendar_page_get_timeline (page), i)) != NULL; i++)
    if (ADW_IS_ACTION_ROW (first))
      g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "2026-03-03"));
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
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  /* The candidate's city first, each city by exam day. */
  {
    const char *expected[] = { "gd-ecommerce-2026-04-12-l3", "test-2026-06-14-l3", "test-2026-05-10-sz" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(CpSessionItem) item = g_list_model_get_item (rows, i);
        g_assert_cmpstr (json_object_get_string_member (cp_session_item_get_session (item), "id"), ==, expected[i]);
      }
  }
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
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);

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
  /* Before both exams: the list shows what is to come. */
  cp_calendar_page_set_day (page, cp_date_from_ymd (2026, 3, 10));
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
  /* The feed's copy of the bundled session and its two more. */
  g_assert_cmpuint (g_list_model_get_n_items (cp_calendar_page_get_rows (page)), ==, 3);

  off_screen = page_with_cache (cache, url, &hidden);
  start = g_get_monotonic_time ();
  wait_refreshed (off_screen);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 30 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (g_list_model_get_n_items (cp_calendar_page_get_rows (off_screen)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (shown));
  gtk_window_destroy (GTK_WINDOW (hidden));
  cp_test_remove_folder (cache);
}

static gpointer
child (CpCalendarPage *page,
       const char     *name)
{
  return cp_gui_test_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, name);
}

static void
pick_day (CpCalendarPage *page,
          int             year,
          int             month,
          int             day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

  /* What a click on the day does. */
  gtk_calendar_select_day (child (page, "month_view"), date);
}

static void
assert_empty (CpCalendarPage *page,
              const char     *title,
              const char     *in_description)
{
  AdwStatusPage *empty = child (page, "empty_page");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "list_stack")), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, title);
  if (in_description != NULL)
    g_assert_nonnull (strstr (adw_status_page_get_description (empty), in_description));
}

/* Only the bundled session (2026-04-12), seen on 2026-12-01: nothing
 * upcoming, nothing open; its days are marked in March and April and a
 * click on one shows it. */
static void
test_days_and_empty_states (void)
{
  CpCalendarPage *page = g_object_ref_sink (g_object_new (CP_TYPE_CALENDAR_PAGE, NULL));
  g_autoptr(CpProfile) profile = cp_profile_new ();
  GtkWidget *window = gtk_window_new ();
  GtkCalendar *month_view;
  GListModel *rows;
  g_autofree char *path = NULL;

  cp_profile_set_occupation (profile, "4-04-05-05");
  cp_profile_set_city (profile, "guangzhou");
  cp_calendar_page_set_context (page, pack, profile);
  cp_calendar_page_set_day (page, cp_date_from_ymd (2026, 12, 1));
  rows = cp_calendar_page_get_rows (page);
  month_view = child (page, "month_view");

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  assert_empty (page, _("No Upcoming Exam Session"), "2026-04-12");
  g_assert_true (gtk_widget_get_visible (child (page, "paste_button")));
  g_assert_true (gtk_widget_get_visible (child (page, "feed_button")));
  g_assert_true (gtk_widget_get_visible (child (page, "past_button")));

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "calendar-no-upcoming");
  g_clear_pointer (&path, g_free);

  /* "Open for registration" says that nothing is, as of today. */
  gtk_check_button_set_active (child (page, "open_check"), TRUE);
  assert_empty (page, _("Nothing Open for Registration"), "2026-12-01");
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "calendar-nothing-open");
  g_clear_pointer (&path, g_free);
  g_signal_emit_by_name (child (page, "clear_filters_button"), "clicked");
  g_assert_false (gtk_check_button_get_active (child (page, "open_check")));

  /* December has no mark; March has the deadlines of 03-23, 03-25 and
   * 03-27, April the exam on 04-12. */
  g_assert_false (gtk_calendar_get_day_is_marked (month_view, 12));
  pick_day (page, 2026, 3, 23);
  g_assert_true (gtk_calendar_get_day_is_marked (month_view, 23));
  g_assert_true (gtk_calendar_get_day_is_marked (month_view, 25));
  g_assert_true (gtk_calendar_get_day_is_marked (month_view, 27));
  g_assert_false (gtk_calendar_get_day_is_marked (month_view, 24));
  /* The clicked day shows its session, past as it is. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_true (gtk_widget_get_visible (child (page, "day_bar")));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "calendar-marked-day");
  g_clear_pointer (&path, g_free);
  pick_day (page, 2026, 3, 24);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  {
    g_autofree char *title = g_strdup_printf (_("Nothing on %s"), "2026-03-24");
    assert_empty (page, title, NULL);
  }
  pick_day (page, 2026, 4, 12);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  /* Back to all days: nothing upcoming again. */
  g_signal_emit_by_name (child (page, "all_days_button"), "clicked");
  g_assert_false (gtk_widget_get_visible (child (page, "day_bar")));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);

  /* The past on request. */
  g_signal_emit_by_name (child (page, "past_button"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "list_stack")), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
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
  g_test_add_func ("/calendar-page/days-and-empty-states", test_days_and_empty_states);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
