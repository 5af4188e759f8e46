/* fuzz-roster.c: a class list as any spreadsheet may have saved it
 *
 * Read, every row evaluated, written out as JSON and as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-fuzz-util.h"
#include "cp-roster.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  CpPolicyPack *pack = cp_fuzz_init_pack ();
  g_autoptr(CpRoster) roster = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;

  roster = cp_roster_new_from_data (pack, (const char *) data, size, cp_fuzz_day (), 0, &error);
  if (roster == NULL)
    return 0;
  json = cp_roster_to_json (roster);
  csv = cp_roster_to_csv (roster);
  return 0;
}
