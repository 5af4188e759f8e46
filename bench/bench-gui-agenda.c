/* bench-gui-agenda.c: the agenda tab while it works out 20 000 saved
 * candidates' agenda: does the window keep drawing?
 *
 * Usage: bench-gui-agenda N PYTHON MAKE-CANDIDATES.PY.  N candidates are
 * written to a new folder; the window shows the agenda tab with a tick
 * callback, so the frame clock asks for a frame every refresh. The gaps
 * between frames are measured for a second of nothing (the baseline), then
 * while the agenda is computed (in a thread, the progress bar moving), and
 * the one gap around the computation's end (its rows put in the list). Then
 * the same after one file changed, and a tab switch during a computation.
 * Prints results as described in cp-bench-gui.h; never fails on time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RUSAGE_THREAD */
#define _GNU_SOURCE

#include "config.h"

#include <sys/resource.h>

#include "cp-bench-gui.h"
#include "cp-gui-test-util.h"
#include "cp-window.h"

typedef struct
{
  gint64  last;      /* frame time of the previous tick, µs */
  GArray *gaps;      /* double, ms */
} Frames;

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Frames *frames = user_data;
  gint64 now = g_get_monotonic_time ();

  /* Wall time between ticks: a frame the main thread could not draw shows
   * as a long gap, whatever the frame clock's own timestamps say. */
  if (frames->last != 0 && frames->gaps != NULL)
    {
      double gap = (now - frames->last) / 1000.0;
      g_array_append_val (frames->gaps, gap);
    }
  frames->last = now;
  return G_SOURCE_CONTINUE;
}

/* CPU time of the calling (main) thread alone: what the window itself
 * spent, apart from waiting for a processor. */
static double
thread_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_THREAD, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
         + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report_gaps (const char *what,
             GArray     *gaps,
             const char *p95_goal,
             const char *max_goal)
{
  g_autofree char *median = g_strdup_printf ("Frame gap %s, median", what);
  g_autofree char *p95 = g_strdup_printf ("Frame gap %s, p95", what);
  g_autofree char *max = g_strdup_printf ("Frame gap %s, max", what);
  g_autofree char *count = g_strdup_printf ("Frames %s", what);

  if (gaps->len == 0)
    g_error ("bench: no frames %s", what);
  g_array_sort (gaps, compare_doubles);
  cp_bench_report (count, gaps->len, "frames", "");
  cp_bench_report (median, g_array_index (gaps, double, gaps->len / 2), "ms", "");
  cp_bench_report (p95, g_array_index (gaps, double, (guint) (gaps->len * 0.95)), "ms", p95_goal);
  cp_bench_report (max, g_array_index (gaps, double, gaps->len - 1), "ms", max_goal);
}

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

static void
updated_cb (CpAgendaModel *model,
            gboolean      *updated)
{
  *updated = TRUE;
}

static void
run_until_updated (CpAgendaModel *model)
{
  gboolean updated = FALSE;
  gulong handler = g_signal_connect (model, "updated", G_CALLBACK (updated_cb), &updated);

  while (!updated)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (model, handler);
}

static gboolean
stop_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, stop_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int    argc,
      char **argv)
{
  guint count;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) computing = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) switches = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));
  Frames frames = { 0, NULL };
  CpWindow *window;
  CpAgendaModel *model;
  CpAgenda *agenda;
  gint64 start;
  double wall_ms, cpu_start;

  cp_gui_test_init (&argc, &argv);
  if (argc < 4)
    g_error ("usage: %s N PYTHON MAKE-CANDIDATES.PY", argv[0]);
  count = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  pack = cp_gui_test_load_pack ();
  folder = g_dir_make_tmp ("certpath-bench-agenda-XXXXXX", &error);
  if (folder == NULL)
    g_error ("bench: %s", error->message);
  make_candidates (argv[2], argv[3], folder, count);
  /* Not the real folder until the baseline is measured. */
  g_setenv ("CERTPATH_CANDIDATES_DIR", "/nonexistent/certpath-bench", TRUE);

  window = cp_window_new (NULL, pack, NULL, NULL);
  model = cp_agenda_page_get_model (cp_window_get_agenda_page (window));
  /* The spring sessions of the bundled data fall in the window. */
  cp_agenda_model_set_today (model, cp_date_from_ymd (2026, 3, 2));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "agenda");
  gtk_window_present (GTK_WINDOW (window));
  run_until_updated (model);
  cp_bench_settle (GTK_WIDGET (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, &frames, NULL);

  frames.gaps = idle;
  run_for (1000);
  report_gaps ("with nothing to do", idle, "", "");

  frames.gaps = computing;
  start = g_get_monotonic_time ();
  cpu_start = cp_bench_cpu_ms ();
  cp_agenda_model_set_directory (model, folder);
  run_until_updated (model);
  wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  /* The frame that shows the new rows belongs to the computation too. */
  run_for (100);
  frames.gaps = NULL;
  agenda = cp_agenda_shared_get (cp_agenda_model_get_agenda (model));
  {
    g_autofree char *metric = g_strdup_printf ("Agenda of %u candidates, wall", count);
    g_autofree char *cpu = g_strdup_printf ("Agenda of %u candidates, CPU (all threads)", count);
    g_autofree char *events = g_strdup_printf ("Agenda of %u candidates, events", count);

    cp_bench_report (metric, wall_ms, "ms", count >= 20000 ? "≤ 1000" : "");
    cp_bench_report (cpu, cp_bench_cpu_ms () - cpu_start, "ms", "");
    cp_bench_report (events, agenda->events->len, "events", "");
    cp_bench_report ("Agenda, files read", cp_agenda_model_get_n_read (model), "files", "");
  }
  /* A frame every 50 ms or better keeps the progress and the tabs moving;
   * a list of tens of thousands of rows arriving may take one longer. */
  report_gaps ("while computing", computing, "≤ 50", "≤ 200");

  /* One candidate saved again (a sync tool's copy, an edit): the
   * computation reads that file only. */
  {
    g_autofree char *first = NULL;
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;
    g_autofree char *contents = NULL;
    g_autofree char *path = NULL;
    gsize length;

    while ((name = g_dir_read_name (dir)) != NULL && first == NULL)
      if (g_str_has_suffix (name, ".json"))
        first = g_strdup (name);
    path = g_build_filename (folder, first, NULL);
    if (!g_file_get_contents (path, &contents, &length, &error) || !g_file_set_contents (path, contents, length, &error))
      g_error ("bench: %s", error->message);
    /* The folder monitor sees it and computes again half a second later. */
    start = g_get_monotonic_time ();
    cpu_start = cp_bench_cpu_ms ();
    run_until_updated (model);
    cp_bench_report ("Agenda again after one file changed (from the change, with 500 ms of waiting), wall",
                     (g_get_monotonic_time () - start) / 1000.0, "ms", "");
    cp_bench_report ("Agenda again after one file changed, CPU (all threads)", cp_bench_cpu_ms () - cpu_start, "ms", "");
    cp_bench_report ("Agenda again after one file changed, files read", cp_agenda_model_get_n_read (model), "files", "");
  }

  /* Tab switches while a second computation runs (the days changed). */
  cp_agenda_model_set_days (model, 90);
  for (guint i = 0; i < 6 && cp_agenda_model_is_busy (model); i++)
    {
      CpBenchClock clock;
      CpBenchSample sample;
      gint64 switch_start = g_get_monotonic_time ();

      double thread_start = thread_cpu_ms ();

      cp_bench_start (&clock);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", i % 2 == 0 ? "eligibility" : "agenda");
      /* One frame drawn after the switch, not until the computation ends. */
      frames.last = 0;
      frames.gaps = g_array_new (FALSE, FALSE, sizeof (double));
      while (frames.gaps->len == 0)
        g_main_context_iteration (NULL, TRUE);
      sample.cpu_ms = thread_cpu_ms () - thread_start;
      sample.wall_ms = (g_get_monotonic_time () - switch_start) / 1000.0;
      g_array_append_val (switches, sample);
      g_clear_pointer (&frames.gaps, g_array_unref);
    }
  if (switches->len > 0)
    {
      g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < switches->len; i++)
        {
          g_array_append_val (walls, g_array_index (switches, CpBenchSample, i).wall_ms);
          g_array_append_val (cpus, g_array_index (switches, CpBenchSample, i).cpu_ms);
        }
      g_array_sort (walls, compare_doubles);
      g_array_sort (cpus, compare_doubles);
      cp_bench_report ("Tab switches while computing", switches->len, "switches", "");
      cp_bench_report ("Tab switch while computing, to the next frame, wall, median",
                       g_array_index (walls, double, walls->len / 2), "ms", "≤ 100");
      cp_bench_report ("Tab switch while computing, main thread CPU, median",
                       g_array_index (cpus, double, cpus->len / 2), "ms", "≤ 100");
    }
  if (cp_agenda_model_is_busy (model))
    run_until_updated (model);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
