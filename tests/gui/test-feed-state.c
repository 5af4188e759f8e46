/* test-feed-state.c: each feed tells how its last refresh went
 *
 * Two feeds refreshed from the Exam Calendar tab: the sample feed served
 * on this machine, and one on a port nothing listens on (connection
 * refused: "could not be reached").  The failure's toast names the
 * failing feed's server, is short enough not to be cut, and Preferences,
 * open meanwhile, then says for each feed updated when or failed when and
 * why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "cp-gui-test-util.h"
#include "cp-preferences-window.h"
#include "pages/cp-calendar-page.h"

#include <string.h>

static CpPolicyPack *pack;
static char *sample;

static void
handler (SoupServer        *server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, sample, strlen (sample));
}

/* The first mapped label under @root whose text has @part, or NULL. */
static GtkLabel *
label_with (GtkWidget  *root,
            const char *part)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), part) != NULL)
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = label_with (child, part);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The row of @list whose title is @url. */
static AdwActionRow *
row_of (GtkWidget  *list,
        const char *url)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), url) == 0)
      return ADW_ACTION_ROW (row);
  g_assert_not_reached ();
}

static gboolean
give_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_feed_state (void)
{
  g_autofree char *sample_path = g_test_build_filename (G_TEST_DIST, "..", "..", "data", "feeds", "sample.json", NULL);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = g_dir_make_tmp ("certpath-feed-state-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  g_autoptr(CpProfile) profile = cp_profile_new ();
  g_autofree char *good = NULL;
  /* Port 9 (discard) on this machine: nothing listens, the connection is refused. */
  const char *bad = "http://127.0.0.1:9/feed.json";
  CpCalendarPage *page = g_object_new (CP_TYPE_CALENDAR_PAGE, NULL);
  GtkWidget *window = gtk_window_new ();
  CpPreferencesWindow *preferences;
  GtkLabel *toast;
  GSList *uris;
  GtkWidget *feeds;
  const char *subtitle;
  gboolean gave_up = FALSE;
  guint timeout;
  gboolean chinese = g_str_equal (cp_gui_test_language (), "zh_CN");

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (sample_path, &sample, NULL, &error));
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  good = g_strconcat (g_uri_to_string (uris->data), "sample.json", NULL);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  cp_profile_set_city (profile, "guangzhou");
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  gtk_window_present (GTK_WINDOW (window));
  cp_calendar_page_set_context (page, pack, profile);
  cp_calendar_page_set_feeds (page, (const char *[]) { good, bad, NULL }, cache);

  /* Preferences open before the refresh: first nothing is known. */
  g_settings_set_strv (settings, "feed-urls", (const char *[]) { good, bad, NULL });
  preferences = cp_preferences_window_new (pack, NULL, settings);
  cp_preferences_window_set_feed_directory (preferences, cache);
  feeds = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (preferences), CP_TYPE_PREFERENCES_WINDOW, "feeds_list");
  g_assert_cmpstr (adw_action_row_get_subtitle (row_of (feeds, bad)), ==, _("Not fetched yet"));

  cp_calendar_page_refresh (page);
  while (cp_calendar_page_is_refreshing (page))
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (window);

  /* The toast names the failing feed's server, whole. */
  toast = label_with (window, "127.0.0.1");
  g_assert_nonnull (toast);
  g_test_message ("toast: %s", gtk_label_get_text (toast));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (toast)));
  g_assert_null (label_with (window, bad));

  /* The open Preferences learn it from the file: wait for its monitor,
   * bounded so that a missing event fails rather than hangs. */
  timeout = g_timeout_add_seconds (20, give_up_cb, &gave_up);
  /* Each feed's line is written as its refresh ends, each a change of the
   * file: until both are read. */
  while (!gave_up && (g_strcmp0 (adw_action_row_get_subtitle (row_of (feeds, bad)), _("Not fetched yet")) == 0
                      || g_strcmp0 (adw_action_row_get_subtitle (row_of (feeds, good)), _("Not fetched yet")) == 0))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gave_up);
  g_source_remove (timeout);

  subtitle = adw_action_row_get_subtitle (row_of (feeds, good));
  g_test_message ("%s: %s", good, subtitle);
  g_assert_true (g_str_has_prefix (subtitle, chinese ? "更新于 20" : "Updated 20"));
  subtitle = adw_action_row_get_subtitle (row_of (feeds, bad));
  g_test_message ("%s: %s", bad, subtitle);
  g_assert_true (g_str_has_prefix (subtitle, chinese ? "更新失败（20" : "Failed 20"));
  g_assert_nonnull (strstr (subtitle, _("the server could not be reached; check the internet connection")));

  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 900);
  gtk_window_present (GTK_WINDOW (preferences));
  g_free (cp_gui_test_screenshot (GTK_WINDOW (preferences), "preferences-feed-state"));
  g_free (cp_gui_test_screenshot (GTK_WINDOW (window), "feed-failed-toast"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "feed-urls");
  g_clear_pointer (&sample, g_free);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/feed-state/toast-and-preferences", test_feed_state);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
