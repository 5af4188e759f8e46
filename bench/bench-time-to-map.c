/* bench-time-to-map.c: how long a program takes to show its window, and
 * its memory then
 *
 * Usage: bench-time-to-map SETTLE_MS COMMAND [ARGUMENT…]
 *
 * Starts COMMAND and waits on the X server (Xvfb in the benchmarks) for
 * the first window of that process (_NET_WM_PID) to be mapped: the moment
 * a person sees it.  Prints "mapped<TAB>MS<TAB>rss<TAB>MB", the RSS read
 * from /proc/PID/status SETTLE_MS after mapping, then ends the program.
 * Unlike polling with `xdotool search --sync` (half a second a try), the
 * map is seen as the server sends it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static long
window_pid (Display *display,
            Window   window,
            Atom     pid_atom)
{
  Atom type;
  int format;
  unsigned long n_items, remaining;
  unsigned char *data = NULL;
  long pid = -1;

  if (XGetWindowProperty (display, window, pid_atom, 0, 1, False, XA_CARDINAL, &type, &format, &n_items,
                          &remaining, &data) == Success && data != NULL && n_items == 1 && format == 32)
    pid = (long) *(unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

static double
rss_mb (pid_t pid)
{
  char path[64], line[256];
  FILE *file;
  double mb = -1;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  if ((file = fopen (path, "r")) == NULL)
    return -1;
  while (fgets (line, sizeof line, file) != NULL)
    if (strncmp (line, "VmRSS:", 6) == 0)
      mb = atof (line + 6) / 1024.0;
  fclose (file);
  return mb;
}

static void
stop (pid_t pid)
{
  kill (pid, SIGTERM);
  for (int i = 0; i < 40; i++)
    {
      if (waitpid (pid, NULL, WNOHANG) == pid)
        return;
      usleep (50000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
}

int
main (int    argc,
      char **argv)
{
  Display *display;
  Atom pid_atom;
  double start, mapped = -1;
  pid_t pid;
  int settle_ms;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s SETTLE_MS COMMAND [ARGUMENT…]\n", argv[0]);
      return 2;
    }
  settle_ms = atoi (argv[1]);
  if ((display = XOpenDisplay (NULL)) == NULL)
    {
      fprintf (stderr, "bench-time-to-map: no X display\n");
      return 2;
    }
  fcntl (ConnectionNumber (display), F_SETFD, FD_CLOEXEC);
  pid_atom = XInternAtom (display, "_NET_WM_PID", False);
  /* Without a window manager, toplevels are the root's children. */
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[2], argv + 2);
      _exit (127);
    }

  while (mapped < 0 && now_ms () - start < 60000)
    {
      fd_set fds;
      struct timeval wait = { 0, 100000 };

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect
              && window_pid (display, event.xmap.window, pid_atom) == pid)
            {
              mapped = now_ms () - start;
              break;
            }
        }
      if (mapped >= 0 || waitpid (pid, NULL, WNOHANG) == pid)
        break;
      FD_ZERO (&fds);
      FD_SET (ConnectionNumber (display), &fds);
      select (ConnectionNumber (display) + 1, &fds, NULL, NULL, &wait);
    }
  if (mapped < 0)
    {
      fprintf (stderr, "bench-time-to-map: %s showed no window\n", argv[2]);
      stop (pid);
      return 1;
    }
  usleep (settle_ms * 1000);
  printf ("mapped\t%.1f\trss\t%.1f\n", mapped, rss_mb (pid));
  stop (pid);
  XCloseDisplay (display);
  return 0;
}
