/* cp-cli-sessions.c: certpath-cli sessions list | add FILE.json | remove ID | export FEED.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"

int
cp_cli_sessions (int    argc,
                 char **argv)
{
  return CP_CLI_EXIT_USAGE;
}
