/* cp-cli-output.c: what every subcommand prints the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-date.h"
#include "cp-policy-pack.h"
#include "cp-policy-query.h"

#include <stdio.h>

gboolean
cp_cli_parse_format (const char  *text,
                     CpCliFormat *out_format)
{
  if (text == NULL || g_str_equal (text, "text"))
    *out_format = CP_CLI_FORMAT_TEXT;
  else if (g_str_equal (text, "json"))
    *out_format = CP_CLI_FORMAT_JSON;
  else
    return FALSE;
  return TRUE;
}

void
cp_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
cp_cli_usage_error (GOptionContext *context,
                    const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("certpath-cli: %s\n\n%s", message, help);
  return CP_CLI_EXIT_USAGE;
}

gboolean
cp_cli_parse_day (const char *text,
                  CpDay      *out_day)
{
  if (text == NULL)
    {
      *out_day = cp_date_today ();
      return TRUE;
    }
  return cp_date_parse (text, out_day) == CP_DATE_OK;
}

CpPolicyPack *
cp_cli_load_pack (GError **error)
{
  g_autofree char *bundled = cp_policy_pack_bundled_directory ();
  g_autofree char *user = cp_policy_pack_user_directory ();
  g_autoptr(GError) user_error = NULL;
  CpPolicyPack *pack = cp_policy_pack_load_preferred (bundled, user, &user_error, error);

  /* Say so, but answer from the bundled data: the user asked a question. */
  if (user_error != NULL)
    g_printerr ("certpath-cli: not using the policy data in %s\n", user_error->message);
  return pack;
}

gboolean
cp_cli_load_pack_and_profile (const char    *profile_path,
                              CpPolicyPack **out_pack,
                              CpProfile    **out_profile)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = cp_cli_load_pack (&error);
  g_autoptr(CpProfile) profile = NULL;

  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  profile = cp_profile_new_from_file (profile_path, pack, &error);
  if (profile == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  *out_pack = g_steal_pointer (&pack);
  *out_profile = g_steal_pointer (&profile);
  return TRUE;
}

gboolean
cp_cli_region_exists (CpPolicyPack *pack,
                      const char   *region)
{
  return cp_policy_find (pack, "regions.json", "regions", "id", region) != NULL;
}
