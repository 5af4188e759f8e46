/* test-advice-sheet.c: the sheet's upcoming sessions
 *
 * Worked by hand from seed 004 and the example candidate (level 3 open
 * since 2021-05-10): on 2026-03-20 the bundled 2026-04-12 level-3 session
 * is listed with its deadlines still to come, registration closing on
 * 2026-03-23 and 2026-03-25 and the papers due on 2026-03-27, but not the
 * organisation's standing papers date of 2026-03-03, already past. On
 * 2026-11-23 it is over, and the sheet says no session is known. A
 * candidate who cannot take level 3 is not offered it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cp-advice-sheet.h"

static CpPolicyPack *pack;

static CpProfile *
load_profile (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("CERTPATH_TESTS_DATA"), "profiles", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  CpProfile *profile;

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);
  profile = cp_profile_new_from_data (data, -1, name, pack, &error);
  g_assert_no_error (error);
  return profile;
}

static char *
sheet_text (CpProfile *profile,
            CpDay      on)
{
  g_autoptr(CpAdviceSheet) sheet = cp_advice_sheet_new (pack, profile, on);
  g_autofree char *text = cp_advice_sheet_to_text (sheet);
  const char *section = strstr (text, "Upcoming exam sessions this candidate may take");
  const char *next;

  g_assert_nonnull (section);
  /* Up to the next heading, the exam rules. */
  next = strstr (section, "Exam rules to know");
  return g_strndup (section, next != NULL ? (gsize) (next - section) : strlen (section));
}

static void
test_upcoming (void)
{
  g_autoptr(CpProfile) profile = load_profile ("wang-xiaoming.json");
  g_autofree char *before = sheet_text (profile, cp_date_from_ymd (2026, 3, 20));
  g_autofree char *after = sheet_text (profile, cp_date_from_ymd (2026, 11, 23));

  g_test_message ("%s", before);
  g_assert_nonnull (strstr (before, "2026-04-12 · Guangzhou · Guangdong E-commerce Technician College · level 3"));
  g_assert_nonnull (strstr (before, "2026-03-23"));
  g_assert_nonnull (strstr (before, "2026-03-25"));
  g_assert_nonnull (strstr (before, "2026-03-27"));
  g_assert_null (strstr (before, "2026-03-03"));
  g_assert_null (strstr (before, "No upcoming session"));

  g_assert_null (strstr (after, "2026-04-12"));
  g_assert_nonnull (strstr (after, "No upcoming session"));
}

static void
test_not_for_this_candidate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data ("{\"format\": \"certpath-profile\", \"version\": 1,"
                                                           " \"birth_date\": \"2000-01-01\", \"occupation\": \"4-04-05-05\","
                                                           " \"city\": \"guangzhou\"}", -1, "new.json", pack, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = sheet_text (profile, cp_date_from_ymd (2026, 3, 20));
  g_assert_null (strstr (text, "2026-04-12"));
  g_assert_nonnull (strstr (text, "No upcoming session"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  directory = cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);

  g_test_add_func ("/advice-sheet/upcoming-sessions", test_upcoming);
  g_test_add_func ("/advice-sheet/not-for-this-candidate", test_not_for_this_candidate);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
