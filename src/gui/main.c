/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "cp-application.h"
#include "cp-locale.h"
#include "cp-startup-timing.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(CpApplication) app = NULL;
  const char *localedir = g_getenv ("CERTPATH_LOCALEDIR");

  cp_startup_timing_mark ("main");
  /* GTK would set the locale again, undoing what cp_locale_init gives
   * when the environment's is C or not generated. */
  gtk_disable_setlocale ();
  cp_locale_init ();
  /* Run from the build folder, the translations are there, not installed. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
