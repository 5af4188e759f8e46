/* bench-core.c: how fast the answers come, for one candidate and for many
 *
 * Reports numbers; asserts nothing about them. Run with
 * `meson test -C _build --benchmark`, or `bench-core --json POLICY_DIR` for
 * one JSON object of rates (use a release build: `meson setup _rel
 * --buildtype=release`). Every iteration takes another candidate and
 * another day, and every answer is folded into a checksum that is printed,
 * so that nothing is cached or optimised away.
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

#include <string.h>
#include <time.h>

#define N_PROFILES 256
/* Each rate is measured over at least this long. */
#define MEASURE_MICROSECONDS (400 * G_TIME_SPAN_MILLISECOND)

static const char profile_json[] =
  "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"1995-03-01\", \"occupation\": \"4-04-05-05\","
  " \"city\": \"shenzhen\", \"insured_city\": \"shenzhen\", \"work_periods\": [{\"start\": \"2016-07-01\", \"end\": null}],"
  " \"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": 4, \"issued\": \"2021-05-10\","
  " \"issuer\": \"evaluation_org\"}]}";

static const char * const cities[] = { "shenzhen", "guangzhou", "zhuhai", "foshan", "dongguan", "huizhou" };

/* Candidates of every kind the clauses tell apart: working years, a
 * certificate or not, a title, a diploma, cities with and without an
 * uplift. */
static GPtrArray *
make_profiles (CpPolicyPack *pack)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (19);
  GPtrArray *profiles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_PROFILES; i++)
    {
      const char *city = cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))];
      g_autoptr(GString) json = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      CpProfile *profile;

      g_string_printf (json, "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"%d-%02d-15\","
                       " \"occupation\": \"4-04-05-05\", \"city\": \"%s\", \"insured_city\": \"%s\","
                       " \"training_hours\": %d, \"work_periods\": [{\"start\": \"%d-07-01\", \"end\": null}]",
                       g_rand_int_range (rand, 1965, 2008), g_rand_int_range (rand, 1, 13), city,
                       g_rand_boolean (rand) ? city : "guangzhou", g_rand_int_range (rand, 0, 100),
                       g_rand_int_range (rand, 2000, 2026));
      if (g_rand_boolean (rand))
        g_string_append_printf (json, ", \"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true,"
                                " \"level\": %d, \"issued\": \"%d-05-10\", \"issuer\": \"evaluation_org\"}]",
                                g_rand_int_range (rand, 2, 6), g_rand_int_range (rand, 2010, 2026));
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append_printf (json, ", \"titles\": [{\"grade\": \"%s\", \"matches_major\": true,"
                                " \"obtained\": \"%d-09-01\"}]",
                                g_rand_boolean (rand) ? "junior" : "intermediate", g_rand_int_range (rand, 2008, 2026));
      if (g_rand_int_range (rand, 0, 3) == 0)
        g_string_append_printf (json, ", \"education\": [{\"kind\": \"%s\", \"related_major\": true,"
                                " \"assessed\": false, \"final_year\": false, \"graduated\": \"%d-06-30\"}]",
                                g_rand_boolean (rand) ? "college" : "technician_college", g_rand_int_range (rand, 2005, 2027));
      g_string_append (json, "}");
      profile = cp_profile_new_from_data (json->str, json->len, "bench.json", pack, &error);
      g_assert_no_error (error);
      g_ptr_array_add (profiles, profile);
    }
  return profiles;
}

static GPtrArray *profiles;

static CpProfile *
profile_for (guint i)
{
  return g_ptr_array_index (profiles, i % N_PROFILES);
}

static CpDay
day_for (guint i)
{
  return cp_date_from_ymd (2024, 1, 1) + i % 1500;
}

static guint64 checksum;

typedef void (*Iteration) (CpPolicyPack *pack,
                           guint         i);

/* The time this thread has run: on a busy machine, the wall clock would
 * count the other processes too. */
static gint64
thread_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * G_TIME_SPAN_SECOND + now.tv_nsec / 1000;
}

/* Iterations per second of @iteration (of this thread's time on its one
 * core), batch after batch until MEASURE_MICROSECONDS have passed. */
static double
per_second (CpPolicyPack *pack,
            Iteration     iteration)
{
  gint64 start = thread_time ();
  gint64 elapsed;
  guint batch = 64, done = 0;

  do
    {
      for (guint k = 0; k < batch; k++)
        iteration (pack, done + k);
      done += batch;
      batch = MIN (batch * 2, 65536);
      elapsed = thread_time () - start;
    }
  while (elapsed < MEASURE_MICROSECONDS);
  return done / (elapsed / (double) G_TIME_SPAN_SECOND);
}

static void
decide_eligibility (CpPolicyPack *pack,
                    guint         i)
{
  CpEligibilityDecision decision;

  cp_eligibility_decide (pack, profile_for (i), day_for (i), &decision);
  for (guint k = 0; k < G_N_ELEMENTS (decision.levels); k++)
    checksum += decision.levels[k].eligible_from + decision.levels[k].eligible;
}

/* The whole answer, every condition in words, as the app and the CLI ask
 * for it, and the headline of each level as its card shows. */
static void
explain_eligibility (CpPolicyPack *pack,
                     guint         i)
{
  CpEligibility *eligibility = cp_eligibility_evaluate (pack, profile_for (i), day_for (i));

  for (guint k = 0; k < eligibility->levels->len; k++)
    {
      g_autofree char *headline = cp_level_result_headline (g_ptr_array_index (eligibility->levels, k), eligibility->on);
      checksum += strlen (headline);
    }
  cp_eligibility_free (eligibility);
}

static void
certificate_for (guint                 i,
                 CpSubsidyCertificate *certificate)
{
  *certificate = (CpSubsidyCertificate) { "4-04-05-05", 1 + i % 5, cp_date_from_ymd (2024, 6, 1) + i % 700,
                                          "evaluation_org" };
}

static void
decide_subsidy (CpPolicyPack *pack,
                guint         i)
{
  CpSubsidyCertificate certificate;
  CpSubsidyDecision decision;

  certificate_for (i, &certificate);
  cp_subsidy_decide (pack, profile_for (i), &certificate, cities[i % G_N_ELEMENTS (cities)],
                     certificate.issued + i % 200, &decision);
  checksum += (guint64) decision.amount_max + decision.deadline + decision.eligible;
}

static void
explain_subsidy (CpPolicyPack *pack,
                 guint         i)
{
  CpSubsidyCertificate certificate;
  CpSubsidyAnswer *answer;
  g_autofree char *headline = NULL;

  certificate_for (i, &certificate);
  answer = cp_subsidy_evaluate (pack, profile_for (i), &certificate, cities[i % G_N_ELEMENTS (cities)],
                                certificate.issued + i % 200);
  headline = cp_subsidy_answer_headline (answer);
  checksum += strlen (headline) + answer->reasons->len;
  cp_subsidy_answer_free (answer);
}

static double
eligibility_per_second (CpPolicyPack *pack)
{
  return per_second (pack, decide_eligibility);
}

static double
eligibility_explained_per_second (CpPolicyPack *pack)
{
  return per_second (pack, explain_eligibility);
}

static double
subsidy_per_second (CpPolicyPack *pack)
{
  return per_second (pack, decide_subsidy);
}

static double
subsidy_explained_per_second (CpPolicyPack *pack)
{
  return per_second (pack, explain_subsidy);
}

/* The figures of `bench-core --json`, in its order. Each takes the loaded
 * pack and returns its figure; the calendar and roster figures of issue 19
 * come from bench-core-schedule.c. */
static const struct
{
  const char *name;
  double    (*measure) (CpPolicyPack *pack);
} figures[] = {
  { "eligibility_per_second", eligibility_per_second },
  { "eligibility_explained_per_second", eligibility_explained_per_second },
  { "subsidy_per_second", subsidy_per_second },
  { "subsidy_explained_per_second", subsidy_explained_per_second },
  { "roster_rows_per_second", bench_roster_rows_per_second },
  { "milestones_per_second", bench_milestones_per_second },
  { "calendar_month_10k_sessions_ms", bench_calendar_month_10k_sessions_ms },
};

/* With @only, just that figure (to profile it). */
static int
print_json (CpPolicyPack *pack,
            const char   *only)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      if (only != NULL && !g_str_equal (only, figures[i].name))
        continue;
      json_builder_set_member_name (builder, figures[i].name);
      json_builder_add_double_value (builder, figures[i].measure (pack));
    }
  json_builder_set_member_name (builder, "checksum");
  json_builder_add_int_value (builder, (gint64) (checksum & G_MAXINT64));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, TRUE);
  g_print ("%s\n", text);
  return 0;
}

static void
report (const char *what,
        guint       count,
        gint64      start)
{
  double elapsed = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("%-34s %7u in %9.2f ms: %8.3f ms each\n", what, count, elapsed, elapsed / count);
}

static void
print_table (CpPolicyPack *pack)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpWorkCalendar) calendar = NULL;
  g_autoptr(GString) roster_csv = g_string_new ("name,birth_date,city,target_level,work_start,insured_city\n");
  JsonObject *session;
  gint64 start;

  profile = cp_profile_new_from_data (profile_json, -1, "bench.json", pack, &error);
  g_assert_no_error (error);
  calendar = cp_work_calendar_new (pack);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    g_print ("%-34s %12.0f\n", figures[i].name, figures[i].measure (pack));

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
  g_print ("checksum %" G_GUINT64_FORMAT "\n", checksum);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  gboolean json = argc > 1 && g_str_equal (argv[1], "--json");
  const char *directory = argc > (json ? 2 : 1) ? argv[json ? 2 : 1] : NULL;

  if (directory == NULL)
    {
      g_printerr ("usage: bench-core [--json] POLICY_DIR [FIGURE]\n");
      return 2;
    }
  pack = cp_policy_pack_load (directory, &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  profiles = make_profiles (pack);
  if (json)
    print_json (pack, argc > 3 ? argv[3] : NULL);
  else
    print_table (pack);
  g_ptr_array_unref (profiles);
  return 0;
}
