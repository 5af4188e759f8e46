/* cp-bench-gui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "cp-bench-gui.h"
#include "cp-gui-walk.h"

double
cp_bench_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double
cp_bench_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
}

void
cp_bench_settle (GtkWidget *widget)
{
  cp_gui_walk_settle (10000);
  gtk_test_widget_wait_for_draw (widget);
  cp_gui_walk_settle (10000);
}

void
cp_bench_start (CpBenchClock *clock)
{
  clock->cpu_start = cp_bench_cpu_ms ();
  clock->wall_start = g_get_monotonic_time () / 1000.0;
}

void
cp_bench_stop (CpBenchClock *clock,
               GtkWidget    *widget,
               GArray       *samples)
{
  CpBenchSample sample;

  cp_bench_settle (widget);
  sample.cpu_ms = cp_bench_cpu_ms () - clock->cpu_start;
  sample.wall_ms = g_get_monotonic_time () / 1000.0 - clock->wall_start;
  g_array_append_val (samples, sample);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The nearest-rank percentile of @values (sorted here). */
static double
percentile (GArray *values,
            double  fraction)
{
  guint rank;

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_doubles);
  rank = (guint) (fraction * values->len + 0.999999);
  return g_array_index (values, double, CLAMP (rank, 1, values->len) - 1);
}

static void
report_series (const char *metric,
               const char *what,
               GArray     *values,
               const char *goal,
               const char *p95_goal)
{
  g_autofree char *median_name = g_strdup_printf ("%s, %s, median", metric, what);

  cp_bench_report (median_name, percentile (values, 0.5), "ms", goal);
  if (p95_goal != NULL)
    {
      g_autofree char *p95_name = g_strdup_printf ("%s, %s, p95", metric, what);

      cp_bench_report (p95_name, percentile (values, 0.95), "ms", p95_goal);
    }
}

void
cp_bench_report_samples (const char *metric,
                         GArray     *samples,
                         const char *goal,
                         const char *p95_goal)
{
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < samples->len; i++)
    {
      g_array_append_val (cpu, g_array_index (samples, CpBenchSample, i).cpu_ms);
      g_array_append_val (wall, g_array_index (samples, CpBenchSample, i).wall_ms);
    }
  /* The goals are the app's CPU; wall time on a shared machine is shown
   * for the eye. */
  report_series (metric, "CPU", cpu, goal, p95_goal);
  report_series (metric, "wall", wall, "", p95_goal != NULL ? "" : NULL);
}

void
cp_bench_report (const char *metric,
                 double      value,
                 const char *unit,
                 const char *goal)
{
  printf ("bench\t%s\t%.1f\t%s\t%s\n", metric, value, unit, goal != NULL ? goal : "");
  fflush (stdout);
}

guint
cp_bench_env_uint (const char *name,
                   guint       fallback)
{
  const char *value = g_getenv (name);
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &number, NULL))
    return fallback;
  return (guint) number;
}
