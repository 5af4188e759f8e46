/* cp-cli-roster.c: certpath-cli roster FILE (CSV, XLSX or ODS)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-spreadsheet.h"

#include <stdio.h>
#include <string.h>

static void
print_table (CpRoster *roster)
{
  g_autofree char *csv = cp_roster_to_csv (roster);
  /* The CSV without its byte-order mark reads well enough in a terminal. */
  fputs (csv + 3, stdout);
}

/* ---------- Printed as read ----------
 *
 * Each row is printed as soon as it is evaluated, then let go: a class
 * of 10 000 costs the memory of one row. What is printed is the same, to
 * the byte, as the whole roster's output. */

typedef struct
{
  gboolean  json;
  gboolean  byte_order_mark;  /* CSV for spreadsheets; not the text table */
  GString  *text;             /* reused for each row */
  guint     n_rows;
} Stream;

static char *
pretty_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static void
print_head (Stream   *stream,
            CpRoster *roster)
{
  if (stream->json)
    {
      g_autoptr(JsonNode) header = cp_roster_header_to_json (roster);
      g_autofree char *text = pretty_json (header);

      /* The document up to its empty "rows" : [], left open. */
      g_assert (g_str_has_suffix (text, "[]\n}"));
      text[strlen (text) - strlen ("]\n}")] = '\0';
      fputs (text, stdout);
      fputc ('\n', stdout);
    }
  else
    {
      g_auto(GStrv) header = cp_roster_result_header ();

      g_string_assign (stream->text, stream->byte_order_mark ? "\xEF\xBB\xBF" : "");
      cp_roster_append_csv_record (stream->text, header);
      fputs (stream->text->str, stdout);
    }
}

static void
print_row_cb (CpRoster    *roster,
              CpRosterRow *row,
              gpointer     user_data)
{
  Stream *stream = user_data;

  if (stream->n_rows++ == 0)
    print_head (stream, roster);
  g_string_truncate (stream->text, 0);
  if (stream->json)
    {
      g_autoptr(JsonNode) node = cp_roster_row_to_json (roster, row);
      g_autofree char *text = pretty_json (node);

      /* Indented as an element of "rows". */
      if (stream->n_rows > 1)
        g_string_append (stream->text, ",\n");
      g_string_append (stream->text, "    ");
      for (const char *line = text, *end; *line != '\0'; line = end)
        {
          /* A line at a time, not a character: 30 lines a row. */
          end = strchr (line, '\n');
          end = end != NULL ? end + 1 : line + strlen (line);
          g_string_append_len (stream->text, line, end - line);
          if (end[-1] == '\n')
            g_string_append (stream->text, "    ");
        }
    }
  else
    {
      g_auto(GStrv) record = cp_roster_row_to_record (roster, row);
      cp_roster_append_csv_record (stream->text, record);
    }
  fputs (stream->text->str, stdout);
}

static void
print_tail (Stream   *stream,
            CpRoster *roster)
{
  if (!stream->json && stream->n_rows == 0)
    print_head (stream, roster);
  if (stream->json && stream->n_rows == 0)
    {
      /* No rows: the header as it stands, "rows" : [] and all. */
      g_autoptr(JsonNode) header = cp_roster_header_to_json (roster);
      g_autofree char *text = pretty_json (header);
      g_print ("%s\n", text);
    }
  else if (stream->json)
    fputs ("\n  ]\n}\n", stdout);
}

static int
print_read_error (const char   *path,
                  const GError *error)
{
  g_autofree char *base_name = g_path_get_basename (path);

  g_printerr ("%s: %s\n", base_name, error->message);
  return CP_CLI_EXIT_INVALID;
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
  if (!cp_guard_read_file (argv[1], CP_GUARD_ROSTER, &contents, &length, &error))
    return print_read_error (argv[1], error);
  /* A file written as well needs the whole table; the terminal does not. */
  if (output == NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      Stream stream = { g_strcmp0 (format_text, "json") == 0, g_strcmp0 (format_text, "csv") == 0, text, 0 };

      roster = cp_spreadsheet_read_roster_each (pack, contents, length, on, level, print_row_cb, &stream, &error);
      if (roster == NULL)
        {
          /* Nothing was printed: a file that fails, fails before its rows. */
          g_assert (stream.n_rows == 0);
          return print_read_error (argv[1], error);
        }
      print_tail (&stream, roster);
      return CP_CLI_EXIT_OK;
    }
  roster = cp_spreadsheet_read_roster (pack, contents, length, on, level, &error);
  if (roster == NULL)
    return print_read_error (argv[1], error);

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
