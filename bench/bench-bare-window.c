/* bench-bare-window.c: the smallest window like Certpath's, to compare
 * start-up against
 *
 * An AdwApplicationWindow with a header bar, a view switcher and four
 * empty AdwViewStack pages: what any libadwaita app with four tabs pays
 * before its own work.  CERTPATH_BENCH_EXIT_AFTER_FIRST_FRAME=1 prints
 * the same start-up phases as Certpath and quits after the first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "cp-startup-timing.h"

static void
activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_view_switcher_title_new ();
  GtkWidget *stack = adw_view_stack_new ();
  GtkWidget *bar = adw_view_switcher_bar_new ();
  const char *const pages[] = { "Eligibility", "Subsidy", "Exam calendar", "Courses" };

  cp_startup_timing_mark ("activated");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    adw_view_stack_add_titled (ADW_VIEW_STACK (stack), gtk_box_new (GTK_ORIENTATION_VERTICAL, 0), pages[i], pages[i]);
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), ADW_VIEW_STACK (stack));
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), ADW_VIEW_STACK (stack));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), stack);
  gtk_box_append (GTK_BOX (box), bar);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  /* The same size as Certpath's window. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  cp_startup_timing_mark ("window built");
  cp_startup_timing_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) application = NULL;

  cp_startup_timing_mark ("main");
  application = adw_application_new ("io.github.certpath.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
