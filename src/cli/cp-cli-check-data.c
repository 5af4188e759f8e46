/* cp-cli-check-data.c: certpath-cli check-data [DIR]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-policy-pack.h"
#include "cp-policy-summary.h"

static JsonNode *
errors_to_json (const char *directory,
                GPtrArray  *errors)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "valid");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "directory");
  json_builder_add_string_value (builder, directory);
  json_builder_set_member_name (builder, "errors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < errors->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (errors, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
cp_cli_check_data (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *directory = NULL;
  CpCliFormat format;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text or json", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("[DIR] - check a policy pack");
  g_option_context_set_summary (context,
                                "Validates every file of the policy pack in DIR (default: the bundled pack),\n"
                                "prints what it holds and exits 0, or prints every error and exits 1.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, "--format must be text or json");
  if (argc > 2)
    return cp_cli_usage_error (context, "give at most one directory");

  directory = argc == 2 ? g_strdup (argv[1]) : cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load_with_errors (directory, &errors);

  if (pack == NULL)
    {
      if (format == CP_CLI_FORMAT_JSON)
        {
          g_autoptr(JsonNode) node = errors_to_json (directory, errors);
          cp_cli_print_json (node);
        }
      else
        {
          g_printerr ("%s: the policy pack is not valid (%u error%s):\n",
                      directory, errors->len, errors->len == 1 ? "" : "s");
          for (guint i = 0; i < errors->len; i++)
            g_printerr ("%s\n", (const char *) g_ptr_array_index (errors, i));
        }
      return CP_CLI_EXIT_INVALID;
    }

  {
    g_autoptr(JsonNode) summary = cp_policy_summary_new (pack);

    if (format == CP_CLI_FORMAT_JSON)
      cp_cli_print_json (summary);
    else
      {
        g_autofree char *text = cp_policy_summary_to_text (summary, pack, NULL);
        g_print ("%s", text);
      }
  }
  return CP_CLI_EXIT_OK;
}
