/* cp-cli-workdays.c: certpath-cli workdays add DATE N | between A B
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "cp-cli.h"
#include "cp-work-calendar.h"

static void
print_result (CpCliFormat format,
              const char *member,
              const char *text,
              gint64      number,
              gboolean    is_number,
              gboolean    approximate)
{
  if (format == CP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, member);
      if (is_number)
        json_builder_add_int_value (builder, number);
      else
        json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "approximate");
      json_builder_add_boolean_value (builder, approximate);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      cp_cli_print_json (node);
      return;
    }
  if (is_number)
    g_print ("%" G_GINT64_FORMAT "%s\n", number, approximate ? " (approximate: a year's holidays are not published)" : "");
  else
    g_print ("%s%s\n", text, approximate ? " (approximate: a year's holidays are not published)" : "");
}

int
cp_cli_workdays (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpWorkCalendar) calendar = NULL;
  g_autofree char *format_text = NULL;
  CpCliFormat format;
  gboolean approximate = FALSE;
  CpDay a, b;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text or json", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("add DATE N | between A B - Chinese working days");
  g_option_context_set_summary (context, "add: the N-th working day after DATE (counting from the next day).\n"
                                         "between: the working days after A up to and including B.\n"
                                         "Public holidays and make-up working days come from the policy data;\n"
                                         "a year whose schedule is not published counts weekdays only (approximate).");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, "--format must be text or json");
  if (argc != 4 || (!g_str_equal (argv[1], "add") && !g_str_equal (argv[1], "between")))
    return cp_cli_usage_error (context, "give add DATE N or between A B");
  if (cp_date_parse (argv[2], &a) != CP_DATE_OK)
    {
      g_printerr ("%s is not a date as YYYY-MM-DD\n", argv[2]);
      return CP_CLI_EXIT_INVALID;
    }

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  calendar = cp_work_calendar_new (pack);

  if (g_str_equal (argv[1], "add"))
    {
      char *end = NULL;
      long n = strtol (argv[3], &end, 10);
      g_autofree char *text = NULL;

      if (*end != '\0' || n < 0 || n > 100000)
        {
          g_printerr ("%s is not a number of working days (0 or more)\n", argv[3]);
          return CP_CLI_EXIT_INVALID;
        }
      text = cp_date_format (cp_work_calendar_add (calendar, a, (guint) n, &approximate));
      print_result (format, "date", text, 0, FALSE, approximate);
      return CP_CLI_EXIT_OK;
    }

  if (cp_date_parse (argv[3], &b) != CP_DATE_OK)
    {
      g_printerr ("%s is not a date as YYYY-MM-DD\n", argv[3]);
      return CP_CLI_EXIT_INVALID;
    }
  {
    int count = cp_work_calendar_between (calendar, a, b, &approximate);
    print_result (format, "working_days", NULL, count, TRUE, approximate);
  }
  return CP_CLI_EXIT_OK;
}
