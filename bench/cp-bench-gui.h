/* cp-bench-gui.h: measuring what one action on the real window costs
 *
 * A sample is the process's CPU time (getrusage, all threads) and the
 * wall time from just before an action until the main context is idle
 * and the window has drawn a frame: the work the action caused, not only
 * its signal handler.  Results are printed one a line,
 *   bench<TAB>metric<TAB>value<TAB>unit<TAB>goal
 * for bench/run-gui-benchmarks.sh to gather into a table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

typedef struct
{
  double cpu_ms;
  double wall_ms;
} CpBenchSample;

typedef struct
{
  double cpu_start;
  double wall_start;
} CpBenchClock;

double  cp_bench_cpu_ms          (void);
/* VmRSS of this process in MB (0 if unknown). */
double  cp_bench_rss_mb          (void);
/* Runs until nothing is pending, a frame of @widget is drawn, and what
 * the frame queued is done too. */
void    cp_bench_settle          (GtkWidget     *widget);
void    cp_bench_start           (CpBenchClock  *clock);
/* Settles @widget and adds the sample since @clock started to @samples
 * (of CpBenchSample). */
void    cp_bench_stop            (CpBenchClock  *clock,
                                  GtkWidget     *widget,
                                  GArray        *samples);
/* Prints the median (and the 95th percentile when @p95_goal is not NULL)
 * of the CPU and the wall time of @samples. */
void    cp_bench_report_samples  (const char    *metric,
                                  GArray        *samples,
                                  const char    *goal,
                                  const char    *p95_goal);
void    cp_bench_report          (const char    *metric,
                                  double         value,
                                  const char    *unit,
                                  const char    *goal);
/* A number from the environment, or @fallback. */
guint   cp_bench_env_uint        (const char    *name,
                                  guint          fallback);
