/* cp-startup-timing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "cp-startup-timing.h"

static gboolean
enabled (void)
{
  return g_strcmp0 (g_getenv ("CERTPATH_BENCH_EXIT_AFTER_FIRST_FRAME"), "1") == 0;
}

/* The kernel's start time of this process, in ms since boot (to its
 * clock tick, 10 ms); -1 if unknown. */
static double
process_start_ms (void)
{
  g_autofree char *stat = NULL;
  const char *after_name;
  unsigned long long start_ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (after_name = strrchr (stat, ')')) == NULL)
    return -1;
  /* Field 22 is the start time; the name (field 2) may hold spaces. */
  if (sscanf (after_name + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
              &start_ticks) != 1)
    return -1;
  return start_ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

void
cp_startup_timing_mark (const char *phase)
{
  static double start = -2;
  struct timespec now;
  struct rusage usage;
  double cpu_ms;

  if (!enabled ())
    return;
  if (start == -2)
    start = process_start_ms ();
  clock_gettime (CLOCK_BOOTTIME, &now);
  getrusage (RUSAGE_SELF, &usage);
  cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  printf ("startup-phase\t%s\t%.1f\t%.1f\n", phase, now.tv_sec * 1000.0 + now.tv_nsec / 1e6 - start, cpu_ms);
  fflush (stdout);
}

static gboolean
quit_cb (gpointer user_data)
{
  GApplication *application = g_application_get_default ();

  if (application != NULL)
    g_application_quit (application);
  else
    gtk_window_destroy (user_data);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  cp_startup_timing_mark ("first frame");
  g_idle_add (quit_cb, window);
}

static void
map_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  cp_startup_timing_mark ("mapped");
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
}

void
cp_startup_timing_watch (GtkWindow *window)
{
  if (!enabled ())
    return;
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}
