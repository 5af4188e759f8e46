/* cp-startup-timing.h: start-up phases for the benchmarks
 *
 * With CERTPATH_BENCH_EXIT_AFTER_FIRST_FRAME=1 in the environment, each
 * phase prints its time since the process started and the CPU used so
 * far, and the application quits once its window has drawn its first
 * frame.  Without it, nothing happens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

void cp_startup_timing_mark  (const char *phase);
/* Marks "mapped" and "first frame" for @window, then quits. */
void cp_startup_timing_watch (GtkWindow  *window);
