/* cp-cli-roster.c: certpath-cli roster FILE (CSV, XLSX or ODS)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-spreadsheet.h"

#include <stdio.h>

static void
print_table (CpRoster *roster)
{
  g_autofree char *csv = cp_roster_to_csv (roster);
  /* The CSV without its byte-order mark reads well enough in a terminal. */
  fputs (csv + 3, stdout);
}

int
cp_cli_roster (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpRoster) roster = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *on_text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  g_autofree char *template_path = NULL;
  gsize length;
  int level = 0;
  CpDay on;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, "Evaluate on this day (default: today)", "YYYY-MM-DD" },
    { "level", 'l', 0, G_OPTION_ARG_INT, &level, "Target level for every row (default: the target_level column)", "N" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text, json or csv", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Also write the results to FILE (.xlsx or .csv)", "FILE" },
    { "template", 0, 0, G_OPTION_ARG_FILENAME, &template_path,
      "Write an empty roster template to FILE (.xlsx or .csv) and stop", "FILE" },
    { NULL }
  };

  context = g_option_context_new ("FILE - evaluate a class list");
  g_option_context_set_summary (context, "FILE is XLSX, ODS or CSV (UTF-8 or GB18030), with columns headed in\n"
                                         "Chinese or English as docs/roster-format.md says; --template writes a start.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (format_text != NULL && !g_str_equal (format_text, "text") && !g_str_equal (format_text, "json") &&
      !g_str_equal (format_text, "csv"))
    return cp_cli_usage_error (context, "--format must be text, json or csv");
  if (template_path != NULL)
    {
      g_autoptr(GPtrArray) table = cp_roster_template_table ();

      if (!cp_spreadsheet_write (table, template_path, &error))
        {
          g_printerr ("%s\n", error->message);
          return CP_CLI_EXIT_INVALID;
        }
      return CP_CLI_EXIT_OK;
    }
  if (argc != 2)
    return cp_cli_usage_error (context, "give one roster file");
  if (level < 0 || level > 5)
    return cp_cli_usage_error (context, "--level must be 1 to 5");
  if (!cp_cli_parse_day (on_text, &on))
    return cp_cli_usage_error (context, "--on must be a date as YYYY-MM-DD");

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  if (!cp_guard_read_file (argv[1], CP_GUARD_ROSTER, &contents, &length, &error) ||
      (roster = cp_spreadsheet_read_roster (pack, contents, length, on, level, &error)) == NULL)
    {
      g_autofree char *base_name = g_path_get_basename (argv[1]);
      g_printerr ("%s: %s\n", base_name, error->message);
      return CP_CLI_EXIT_INVALID;
    }

  if (output != NULL)
    {
      g_autoptr(GPtrArray) table = cp_roster_to_table (roster);

      if (!cp_spreadsheet_write (table, output, &error))
        {
          g_printerr ("%s\n", error->message);
          return CP_CLI_EXIT_INVALID;
        }
    }
  if (g_strcmp0 (format_text, "json") == 0)
    {
      g_autoptr(JsonNode) node = cp_roster_to_json (roster);
      cp_cli_print_json (node);
    }
  else if (g_strcmp0 (format_text, "csv") == 0)
    {
      g_autofree char *csv = cp_roster_to_csv (roster);
      fputs (csv, stdout);
    }
  else
    print_table (roster);
  return CP_CLI_EXIT_OK;
}
