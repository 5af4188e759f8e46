/* cp-cli-sheet.c: certpath-cli sheet PROFILE.json --pdf OUT.pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-advice-sheet.h"
#include "cp-cli.h"
#include "cp-cli-known-sessions.h"

int
cp_cli_sheet (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpAdviceSheet) sheet = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CpUserSessions) own = NULL;
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_feed_free);
  g_autoptr(GPtrArray) scheduled = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autofree char *pdf = NULL;
  g_autofree char *on_text = NULL;
  CpDay on;
  const GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, "Write the sheet as PDF to this file (default: text on stdout)", "OUT.pdf" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, "As of this day (default: today)", "YYYY-MM-DD" },
    { NULL }
  };

  context = g_option_context_new ("PROFILE.json - the advice sheet of a candidate");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (argc != 2)
    return cp_cli_usage_error (context, "give one profile file");
  if (!cp_cli_parse_day (on_text, &on))
    return cp_cli_usage_error (context, "--on must be a date as YYYY-MM-DD");

  if (!cp_cli_load_pack_and_profile (argv[1], &pack, &profile))
    return CP_CLI_EXIT_INVALID;

  /* The sessions the app would list: bundled, cached feeds, one's own. */
  settings = cp_cli_app_settings ();
  own = cp_user_sessions_new (NULL, pack);
  scheduled = cp_cli_known_sessions (pack, settings, feeds, own);
  for (guint i = 0; i < scheduled->len; i++)
    g_ptr_array_add (sessions, ((CpScheduledSession *) g_ptr_array_index (scheduled, i))->session);
  sheet = cp_advice_sheet_new_with_sessions (pack, profile, on, sessions);
  if (pdf == NULL)
    {
      g_autofree char *text = cp_advice_sheet_to_text (sheet);
      g_print ("%s", text);
      return CP_CLI_EXIT_OK;
    }
  if (!cp_advice_sheet_write_pdf (sheet, pdf, &error))
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  return CP_CLI_EXIT_OK;
}
