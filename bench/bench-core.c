/* bench-core.c: how fast the answers come, for one candidate and for many
 *
 * Reports numbers; asserts nothing about them. Run with
 * `meson test -C _build --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-core-schedule.h"
#include "cp-eligibility.h"
#include "cp-roster.h"
#include "cp-session-milestones.h"
#include "cp-subsidy.h"
#include "cp-subsidy-plan.h"

static const char profile_json[] =
  "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"1995-03-01\", \"occupation\": \"4-04-05-05\","
  " \"city\": \"shenzhen\", \"insured_city\": \"shenzhen\", \"work_periods\": [{\"start\": \"2016-07-01\", \"end\": null}],"
  " \"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": 4, \"issued\": \"2021-05-10\","
  " \"issuer\": \"evaluation_org\"}]}";

static void
report (const char *what,
        guint       count,
        gint64      start)
{
  double elapsed = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("%-34s %7u in %9.2f ms: %8.3f ms each\n", what, count, elapsed, elapsed / count);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpWorkCalendar) calendar = NULL;
  g_autoptr(GString) roster_csv = g_string_new ("name,birth_date,city,target_level,work_start,insured_city\n");
  JsonObject *session;
  gint64 start;

  if (argc < 2)
    {
      g_printerr ("usage: bench-core POLICY_DIR\n");
      return 2;
    }
  pack = cp_policy_pack_load (argv[1], &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  profile = cp_profile_new_from_data (profile_json, -1, "bench.json", pack, &error);
  g_assert_no_error (error);
  calendar = cp_work_calendar_new (pack);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    cp_eligibility_free (cp_eligibility_evaluate (pack, profile, cp_date_from_ymd (2026, 1, 1) + i));
  report ("eligibility, five levels", 1000, start);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    {
      CpSubsidyCertificate certificate = { "4-04-05-05", 3, cp_date_from_ymd (2025, 6, 1) + i % 300, "evaluation_org" };
      cp_subsidy_answer_free (cp_subsidy_evaluate (pack, profile, &certificate, "shenzhen", cp_date_from_ymd (2026, 1, 1)));
    }
  report ("subsidy answer", 1000, start);

  /* The calendar tab with ten thousand sessions: every milestone of each. */
  session = json_array_get_object_element (cp_policy_pack_get_records (pack, "exams.json", "sessions"), 0);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 10000; i++)
    g_array_unref (cp_session_milestones (pack, calendar, session));
  report ("session milestones", 10000, start);

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (roster_csv, "学员%u,1990-01-15,guangzhou,3,%u-07-01,guangzhou\n", i, 2008 + i % 15);
  start = g_get_monotonic_time ();
  {
    g_autoptr(CpRoster) roster = cp_roster_new_from_data (pack, roster_csv->str, roster_csv->len,
                                                          cp_date_from_ymd (2026, 3, 1), 0, &error);
    g_assert_no_error (error);
  }
  report ("roster rows (1000-row class)", 1000, start);

  /* The plan copies the candidate for each of its three orders, on every
   * change: through the file format it did, now directly. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *data = cp_profile_to_data (profile);
      g_object_unref (cp_profile_new_from_data (data, -1, "bench.json", NULL, NULL));
    }
  report ("profile copy, JSON round trip", 10000, start);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 10000; i++)
    g_object_unref (cp_profile_copy (profile));
  report ("profile copy, cp_profile_copy", 10000, start);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    g_ptr_array_unref (cp_subsidy_plan (pack, profile, "4-04-05-05", "shenzhen", 4, 3, cp_date_from_ymd (2025, 6, 1),
                                        cp_date_from_ymd (2026, 6, 1)));
  report ("subsidy plan, three orders", 1000, start);

  {
    BenchSchedule schedule;

    bench_schedule_measure (pack, &schedule);
    bench_schedule_print (&schedule);
  }
  return 0;
}
