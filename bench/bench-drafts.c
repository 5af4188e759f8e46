/* bench-drafts.c: what keeping unsaved work costs — a draft written every
 * 2 s while typing, and the "anything unsaved?" check made when leaving a
 * candidate (the profile written out and compared)
 *
 * Reports numbers; asserts nothing about them. Run with
 * `meson test -C _build --benchmark bench-drafts`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cp-draft-store.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new ();
  g_autoptr(CpDraftStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *folder = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *id = cp_draft_store_new_id ();
  GArray *periods;
  guint same = 0;
  gint64 start;
  double elapsed;

  if (argc < 2)
    {
      g_printerr ("usage: bench-drafts POLICY_DIR\n");
      return 2;
    }
  pack = cp_policy_pack_load (argv[1], &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  folder = g_dir_make_tmp ("certpath-bench-drafts-XXXXXX", &error);
  g_assert_no_error (error);
  store = cp_draft_store_new (folder, pack);

  /* A full profile: a name, a birth date and 20 work periods. */
  cp_profile_set_name (profile, "陈老五");
  cp_profile_set_birth_date (profile, cp_date_from_ymd (1990, 1, 15));
  cp_profile_set_city (profile, "shenzhen");
  periods = cp_profile_get_work_periods (profile);
  for (int i = 0; i < 20; i++)
    {
      CpWorkPeriod period = { cp_date_from_ymd (2000 + i, 1, 1), cp_date_from_ymd (2000 + i, 12, 31), NULL };
      g_array_append_val (periods, period);
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    if (!cp_draft_store_write (store, id, profile, "candidate-1", NULL, now, &error))
      g_error ("%s", error->message);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_print ("%-34s %7u in %9.2f ms: %8.3f ms each\n", "draft written (atomic, 0600)", 1000, elapsed, elapsed / 1000);

  clean = cp_profile_to_data (profile);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *data = cp_profile_to_data (profile);
      same += g_str_equal (data, clean);
    }
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_print ("%-34s %7u in %9.2f ms: %8.3f ms each\n", "unsaved-changes check", same, elapsed, elapsed / 1000);

  cp_draft_store_remove (store, id, NULL);
  g_rmdir (folder);
  return 0;
}
