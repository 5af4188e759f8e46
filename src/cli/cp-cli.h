/* cp-cli.h: the subcommands of certpath-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-json-guard.h"
#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

/* Exit codes shared by every subcommand. */
enum
{
  CP_CLI_EXIT_OK = 0,
  CP_CLI_EXIT_INVALID = 1,    /* the input (data, profile, feed) is not valid */
  CP_CLI_EXIT_USAGE = 2,      /* bad arguments */
};

typedef enum
{
  CP_CLI_FORMAT_TEXT,
  CP_CLI_FORMAT_JSON,
} CpCliFormat;

int      cp_cli_check_data   (int          argc,
                              char       **argv);
int      cp_cli_eligibility  (int          argc,
                              char       **argv);
int      cp_cli_subsidy      (int          argc,
                              char       **argv);
int      cp_cli_courses      (int          argc,
                              char       **argv);
int      cp_cli_roster       (int          argc,
                              char       **argv);
int      cp_cli_feed         (int          argc,
                              char       **argv);
int      cp_cli_sheet        (int          argc,
                              char       **argv);
int      cp_cli_calendar     (int          argc,
                              char       **argv);
int      cp_cli_agenda       (int          argc,
                              char       **argv);
int      cp_cli_workdays     (int          argc,
                              char       **argv);
int      cp_cli_notice       (int          argc,
                              char       **argv);
int      cp_cli_sessions     (int          argc,
                              char       **argv);
/* A notice's text, refused when it is not a regular file or too long. */
gboolean cp_cli_read_notice_file (const char  *path,
                                  char       **out_text,
                                  gsize       *out_length,
                                  GError     **error);

gboolean cp_cli_parse_format (const char  *text,
                              CpCliFormat *out_format);
void     cp_cli_print_json   (JsonNode    *node);
/* A day given on the command line; NULL means today. */
gboolean cp_cli_parse_day    (const char  *text,
                              CpDay       *out_day);
/* The policy pack the app would use: the user's if valid, else the bundled one. */
CpPolicyPack *cp_cli_load_pack (GError **error);
/* Both, or FALSE after saying on stderr which file is wrong and why. */
gboolean cp_cli_load_pack_and_profile (const char    *profile_path,
                                       CpPolicyPack **out_pack,
                                       CpProfile    **out_profile);
gboolean cp_cli_region_exists (CpPolicyPack *pack,
                               const char   *region);
int      cp_cli_usage_error  (GOptionContext *context,
                              const char     *message);

G_END_DECLS
