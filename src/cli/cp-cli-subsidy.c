/* cp-cli-subsidy.c: certpath-cli subsidy PROFILE.json --level N
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-subsidy.h"

int
cp_cli_subsidy (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpSubsidyAnswer) answer = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *on_text = NULL;
  g_autofree char *issued_text = NULL;
  g_autofree char *occupation = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *city = NULL;
  int level = 0;
  CpCliFormat format;
  CpSubsidyCertificate certificate;
  CpDay on, issued;
  const GOptionEntry entries[] = {
    { "level", 'l', 0, G_OPTION_ARG_INT, &level, "Level of the certificate (1 to 5)", "N" },
    { "occupation", 0, 0, G_OPTION_ARG_STRING, &occupation, "Occupation code (default: the profile's)", "CODE" },
    { "issued", 0, 0, G_OPTION_ARG_STRING, &issued_text, "Issue date of the certificate (default: today)", "YYYY-MM-DD" },
    { "issuer", 0, 0, G_OPTION_ARG_STRING, &issuer, "evaluation_org (default) or employer", "ISSUER" },
    { "city", 0, 0, G_OPTION_ARG_STRING, &city, "City where the claim is made (default: the profile's)", "CITY" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, "Day of the application (default: today)", "YYYY-MM-DD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text or json", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("PROFILE.json - the skill upgrade subsidy for a certificate");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, "--format must be text or json");
  if (argc != 2)
    return cp_cli_usage_error (context, "give one profile file");
  if (level < 1 || level > 5)
    return cp_cli_usage_error (context, "--level must be 1 to 5");
  if (!cp_cli_parse_day (on_text, &on))
    return cp_cli_usage_error (context, "--on must be a date as YYYY-MM-DD");
  if (!cp_cli_parse_day (issued_text, &issued))
    return cp_cli_usage_error (context, "--issued must be a date as YYYY-MM-DD");
  if (issuer != NULL && !g_str_equal (issuer, "evaluation_org") && !g_str_equal (issuer, "employer"))
    return cp_cli_usage_error (context, "--issuer must be evaluation_org or employer");

  if (!cp_cli_load_pack_and_profile (argv[1], &pack, &profile))
    return CP_CLI_EXIT_INVALID;

  certificate.occupation = occupation != NULL ? occupation : cp_profile_get_occupation (profile);
  certificate.level = level;
  certificate.issued = issued;
  certificate.issuer = issuer != NULL ? issuer : "evaluation_org";
  if (city == NULL && cp_profile_get_city (profile) != NULL)
    city = g_strdup (cp_profile_get_city (profile));
  if (certificate.occupation == NULL || city == NULL)
    return cp_cli_usage_error (context, "the profile names no occupation or city: give --occupation and --city");
  if (!cp_cli_region_exists (pack, city))
    return cp_cli_usage_error (context, "--city is not a region of the policy data");

  answer = cp_subsidy_evaluate (pack, profile, &certificate, city, on);
  if (format == CP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonNode) node = cp_subsidy_answer_to_json (answer);
      cp_cli_print_json (node);
    }
  else
    {
      g_autofree char *text = cp_subsidy_answer_to_text (answer);
      g_print ("%s", text);
    }
  return CP_CLI_EXIT_OK;
}
