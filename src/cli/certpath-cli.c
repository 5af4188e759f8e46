/* certpath-cli.c: the command-line face of the Certpath core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "cp-cli.h"

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "check-data", "Validate a policy pack and summarise it", cp_cli_check_data },
  { "eligibility", "Which levels a candidate may apply for, and from when", cp_cli_eligibility },
  { "subsidy", "The skill upgrade subsidy for a certificate", cp_cli_subsidy },
  { "courses", "Training courses by net cost after the subsidy", cp_cli_courses },
  { "roster", "Evaluate a class list (CSV) row by row", cp_cli_roster },
  { "feed", "Fetch or check an exam schedule feed", cp_cli_feed },
  { "sheet", "The advice sheet of a candidate, as text or PDF", cp_cli_sheet },
  { "calendar", "Exam sessions with every deadline and milestone", cp_cli_calendar },
  { "workdays", "Count Chinese working days", cp_cli_workdays },
  { "notice", "Read an exam session or a course from its notice", cp_cli_notice },
  { "sessions", "One's own sessions: list, add, remove, export as a feed", cp_cli_sessions },
  { "agenda", "What is due across the saved candidates", cp_cli_agenda },
};

static int
print_usage (FILE *stream)
{
  fprintf (stream, "Usage: certpath-cli COMMAND [OPTION…]\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-14s %s\n", commands[i].name, commands[i].summary);
  fprintf (stream, "\nRun 'certpath-cli COMMAND --help' for a command's options.\n");
  return stream == stdout ? CP_CLI_EXIT_OK : CP_CLI_EXIT_USAGE;
}

/* Run from the build folder, as the README's examples are after the quick
 * start, the CLI answers from the source tree's pack and the build's
 * translations, as build-aux/run.sh has the app do; installed, from its
 * prefix. The environment, when set, wins either way. */
static void
use_build_tree_when_uninstalled (void)
{
  g_autofree char *executable = realpath ("/proc/self/exe", NULL);
  g_autofree char *build_root = realpath (BUILD_ROOT, NULL);
  g_autofree char *folder = executable != NULL ? g_path_get_dirname (executable) : NULL;
  g_autofree char *cli_folder = build_root != NULL ? g_build_filename (build_root, "src", "cli", NULL) : NULL;

  if (folder == NULL || g_strcmp0 (folder, cli_folder) != 0)
    return;
  g_setenv ("CERTPATH_POLICY_DIR", SOURCE_ROOT "/data/policy", FALSE);
  g_setenv ("CERTPATH_LOCALEDIR", BUILD_ROOT "/po", FALSE);
}

int
main (int    argc,
      char **argv)
{
  use_build_tree_when_uninstalled ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CERTPATH_LOCALEDIR") != NULL ? g_getenv ("CERTPATH_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return print_usage (stderr);
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    return print_usage (stdout);
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("certpath-cli %s\n", PACKAGE_VERSION);
      return CP_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        /* The subcommand sees itself as argv[0], so its --help reads well. */
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr ("certpath-cli: unknown command \"%s\"\n\n", argv[1]);
  return print_usage (stderr);
}
