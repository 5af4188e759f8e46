/* fuzz-profile.c: a saved candidate as anyone may have written it
 *
 * Read, evaluated, written back and read again: what the reader takes,
 * the writer must give back in a form the reader takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "cp-eligibility.h"
#include "cp-fuzz-util.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  CpPolicyPack *pack = cp_fuzz_init_pack ();
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpProfile) again = NULL;
  g_autoptr(CpEligibility) eligibility = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  profile = cp_profile_new_from_data ((const char *) data, size, "fuzz.json", pack, &error);
  if (profile == NULL)
    return 0;
  eligibility = cp_eligibility_evaluate (pack, profile, cp_fuzz_day ());
  saved = cp_profile_to_data (profile);
  again = cp_profile_new_from_data (saved, -1, "fuzz.json", pack, &error);
  if (again == NULL)
    {
      g_printerr ("fuzz: a profile saved from a good one does not read: %s\n", error->message);
      abort ();
    }
  return 0;
}
