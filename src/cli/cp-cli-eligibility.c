/* cp-cli-eligibility.c: certpath-cli eligibility PROFILE.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-eligibility.h"

int
cp_cli_eligibility (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpEligibility) eligibility = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *on_text = NULL;
  CpCliFormat format;
  CpDay on;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, "Evaluate on this day (default: today)", "YYYY-MM-DD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text or json", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("PROFILE.json - which levels a candidate may apply for");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, "--format must be text or json");
  if (argc != 2)
    return cp_cli_usage_error (context, "give one profile file");
  if (!cp_cli_parse_day (on_text, &on))
    return cp_cli_usage_error (context, "--on must be a date as YYYY-MM-DD");

  if (!cp_cli_load_pack_and_profile (argv[1], &pack, &profile))
    return CP_CLI_EXIT_INVALID;

  eligibility = cp_eligibility_evaluate (pack, profile, on);
  if (format == CP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonNode) node = cp_eligibility_to_json (eligibility, profile);
      cp_cli_print_json (node);
    }
  else
    {
      g_autofree char *text = cp_eligibility_to_text (eligibility, pack, profile);
      g_print ("%s", text);
    }
  return CP_CLI_EXIT_OK;
}
