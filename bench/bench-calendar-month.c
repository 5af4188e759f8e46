/* bench-calendar-month.c: the Exam calendar tab with 10 000 feed
 * sessions cached: the tab's first showing, then a month clicked (the
 * issue's goal: at most 20 ms)
 *
 * Usage: bench-calendar-month MAKE_FEEDS_PY [SESSIONS]
 *
 * make-feeds.py writes the cached feeds; each click sets the month view's
 * month and waits until the page has drawn. Reports numbers as
 * cp-bench-gui.h says; asserts nothing about them. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cp-bench-gui.h"
#include "cp-calendar-page.h"
#include "cp-gui-walk.h"

#define CLICKS 24

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));
  g_autoptr(GArray) clicks = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));
  g_autofree char *folder = NULL;
  g_autofree char *urls_text = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *metric = NULL;
  g_auto(GStrv) urls = NULL;
  CpBenchClock clock;
  GtkWidget *window, *page;
  GtkCalendar *month_view;
  int status;

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (argc < 2)
    {
      g_printerr ("usage: bench-calendar-month MAKE_FEEDS_PY [SESSIONS]\n");
      return 2;
    }
  sessions = g_strdup (argc > 2 ? argv[2] : "10000");
  pack = cp_policy_pack_load (g_getenv ("CERTPATH_POLICY_DIR"), &error);
  folder = g_dir_make_tmp ("certpath-bench-calendar-XXXXXX", &error);
  if (pack == NULL || folder == NULL ||
      !g_spawn_sync (NULL, (char *[]) { "python3", argv[1], sessions, "5", folder, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                     NULL, NULL, &urls_text, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_strchomp (urls_text);
  urls = g_strsplit (urls_text, "\n", -1);

  window = gtk_window_new ();
  page = g_object_new (CP_TYPE_CALENDAR_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  cp_bench_settle (window);

  /* From the feeds set to the tab drawn with their sessions, its month
   * marked: the cached feeds read and checked in a worker thread, the
   * list filled and the milestones worked out in this one. */
  cp_bench_start (&clock);
  cp_calendar_page_set_context (CP_CALENDAR_PAGE (page), pack, NULL);
  cp_calendar_page_set_feeds (CP_CALENDAR_PAGE (page), (const char * const *) urls, folder);
  while (cp_calendar_page_is_refreshing (CP_CALENDAR_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  g_list_model_get_n_items (cp_calendar_page_get_rows (CP_CALENDAR_PAGE (page)));
  cp_bench_stop (&clock, window, first);
  metric = g_strdup_printf ("Calendar tab loaded and shown, %s feed sessions", sessions);
  cp_bench_report_samples (metric, first, NULL, NULL);

  month_view = GTK_CALENDAR (gtk_widget_get_template_child (page, CP_TYPE_CALENDAR_PAGE, "month_view"));
  for (guint i = 0; i < CLICKS; i++)
    {
      cp_bench_start (&clock);
      g_object_set (month_view, "month", (int) (i % 12), NULL);
      cp_bench_stop (&clock, window, clicks);
    }
  g_free (metric);
  metric = g_strdup_printf ("Calendar month clicked, %s feed sessions", sessions);
  cp_bench_report_samples (metric, clicks, "≤ 20", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; urls[i] != NULL; i++)
    {
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, urls[i], -1);
      g_autofree char *body = g_strdup_printf ("%s/%.24s.json", folder, hash);
      g_autofree char *meta = g_strdup_printf ("%s/%.24s.meta.json", folder, hash);

      g_unlink (body);
      g_unlink (meta);
    }
  g_rmdir (folder);
  return 0;
}
