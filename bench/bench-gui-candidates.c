/* bench-gui-candidates.c: opening the saved candidates with N of them, and
 * searching in the list key by key
 *
 * Usage: bench-gui-candidates N PYTHON MAKE-CANDIDATES.PY.  N candidates
 * are written to a new folder first; then the list is opened, closed and opened again,
 * and a name is typed into its search.  Prints results as described in
 * cp-bench-gui.h; never fails on time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-bench-gui.h"
#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-window.h"

/* bench/make-candidates.py writes them as the app saves them, with names
 * that come back (two 陈老五), birth dates, cities and work histories. */
static void
make_candidates (const char *python,
                 const char *script,
                 const char *folder,
                 guint       count)
{
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  const char *argv[] = { python, script, folder, count_text, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("bench: make-candidates.py: %s", error->message);
}

/* The header button whose popover is not a menu: the saved candidates. */
static GtkMenuButton *
find_list_button (CpWindow *window)
{
  GtkWidget *button = cp_gui_walk_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "candidates_button");

  if (button == NULL)
    g_error ("bench: the window has no “candidates_button”");
  return GTK_MENU_BUTTON (button);
}

static CpBenchSample
open_list (CpWindow      *window,
           GtkMenuButton *button)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  CpBenchClock clock;

  cp_bench_start (&clock);
  gtk_menu_button_popup (button);
  cp_bench_settle (GTK_WIDGET (window));
  cp_bench_stop (&clock, popover, samples);
  return g_array_index (samples, CpBenchSample, 0);
}

static void
report_open (const char    *what,
             guint          count,
             CpBenchSample  sample)
{
  g_autofree char *cpu = g_strdup_printf ("%s the list of %u, CPU", what, count);
  g_autofree char *wall = g_strdup_printf ("%s the list of %u, wall", what, count);

  cp_bench_report (cpu, sample.cpu_ms, "ms", count >= 20000 ? "≤ 300" : "");
  cp_bench_report (wall, sample.wall_ms, "ms", "");
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   gboolean       *changed)
{
  *changed = TRUE;
}

/* A name typed and taken back, a key at a time; each key waits for the
 * entry's search (after its typing delay) and what it redraws. */
static void
bench_search (CpWindow  *window,
              GtkWidget *popover,
              GArray    *samples)
{
  GtkWidget *entry = cp_gui_walk_find (popover, GTK_TYPE_SEARCH_ENTRY, NULL);
  const char *const keys[] = { "陈", "老", "五", NULL, NULL, NULL, "李", NULL };
  gboolean changed = FALSE;

  if (entry == NULL)
    g_error ("bench: the saved list has no search entry");
  g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), &changed);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkEditable *editable = GTK_EDITABLE (entry);
      int position = g_utf8_strlen (gtk_editable_get_text (editable), -1);
      gint64 give_up = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
      CpBenchClock clock;

      changed = FALSE;
      cp_bench_start (&clock);
      if (keys[i] != NULL)
        gtk_editable_insert_text (editable, keys[i], -1, &position);
      else
        gtk_editable_delete_text (editable, position - 1, position);
      while (!changed && g_get_monotonic_time () < give_up)
        g_main_context_iteration (NULL, TRUE);
      cp_bench_settle (GTK_WIDGET (window));
      cp_bench_stop (&clock, popover, samples);
    }
  g_signal_handlers_disconnect_by_func (entry, search_changed_cb, &changed);
}

int
main (int    argc,
      char **argv)
{
  guint count;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *metric = NULL;
  g_autoptr(GArray) search = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));
  CpWindow *window;
  GtkMenuButton *button;
  CpBenchSample first, again;
  double rss_before;

  cp_gui_test_init (&argc, &argv);
  if (argc < 4)
    g_error ("usage: %s N PYTHON MAKE-CANDIDATES.PY", argv[0]);
  count = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  pack = cp_gui_test_load_pack ();
  folder = g_dir_make_tmp ("certpath-bench-list-XXXXXX", &error);
  if (folder == NULL)
    g_error ("bench: %s", error->message);
  make_candidates (argv[2], argv[3], folder, count);
  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);

  window = cp_window_new (NULL, pack, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  cp_bench_settle (GTK_WIDGET (window));
  button = find_list_button (window);
  rss_before = cp_bench_rss_mb ();

  first = open_list (window, button);
  report_open ("Open", count, first);
  metric = g_strdup_printf ("Open the list of %u, RSS growth", count);
  cp_bench_report (metric, cp_bench_rss_mb () - rss_before, "MB", count >= 20000 ? "≤ 50" : "");

  bench_search (window, GTK_WIDGET (gtk_menu_button_get_popover (button)), search);
  g_free (metric);
  metric = g_strdup_printf ("Search key in the list of %u", count);
  cp_bench_report_samples (metric, search, "≤ 16", "");

  gtk_menu_button_popdown (button);
  cp_bench_settle (GTK_WIDGET (window));
  again = open_list (window, button);
  report_open ("Reopen", count, again);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
