/* test-profile-draft.c: every state a draft can be in while it is typed,
 * through saving and reading back, copying, and every engine
 *
 * Expected answers, worked by hand:
 * - Eligibility on 2026-06-30. Level 5, clause 1 asks an age of 16: born
 *   1990-05-01 the candidate is 36 (met); with no birth date it cannot be
 *   told (unknown, neither met nor unmet); born 2090-05-01, not met. Level 4, clause 1 asks 5 years'
 *   work: from 2016-07-01, ongoing, that is 10 years (met); a period that
 *   ends before it starts counts for nothing (not met, and said so).
 *   Level 3, clause 2 asks a level 4 certificate: one with no date of issue
 *   leaves it unknown.
 * - Subsidy for a level 4 certificate of 4-04-05-05 issued 2025-06-20,
 *   claimed in Zhuhai on 2025-07-01 (as test-subsidy's zhuhai-level-4):
 *   1500 yuan for a worker insured in Zhuhai; no link to Zhuhai: not
 *   eligible, 0; insured there but no birth date: Zhuhai has age limits,
 *   so it cannot tell yet (no amount; the 1500 of the catalogue is given).
 * - The plan (level 4 on 2025-05-10, then level 3 on 2025-11-10, Zhuhai,
 *   as test-subsidy's plan): 4620, 3120, 3120 insured; 0, 0, 0 with no
 *   link; unknown when the birth date is missing.
 * - Course sz-technician-college-ai, level 4, 2700 yuan, claimed in
 *   Zhuhai: 1500 back insured there, 0 with no link, unknown with no
 *   birth date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "cp-advice-sheet.h"
#include "cp-course-cost.h"
#include "cp-eligibility.h"
#include "cp-subsidy-plan.h"

static CpPolicyPack *pack;

#define AI "4-04-05-05"
#define UNKNOWN CP_YUAN_UNKNOWN

typedef enum
{
  NO_LINK,       /* linked to no city: no subsidy */
  INSURED,       /* insured in Zhuhai, where the claim is made */
} Link;

typedef struct
{
  const char        *name;
  void             (*make) (CpProfile *profile);
  const char        *save_error;   /* NULL: saves and reads back */
  gboolean           needs_pack;   /* the error is found only against the pack */
  CpConditionStatus  age;          /* level 5, clause 1, the age condition */
  CpConditionStatus  work_years;   /* level 4, clause 1 */
  const char        *work_detail;  /* NULL: not checked */
  CpConditionStatus  certificate;  /* level 3, clause 2, the certificate condition */
  Link               link;
  gboolean           uncovered;    /* a city outside Guangdong: no rule set applies */
} DraftCase;

static void
add_period (CpProfile *profile,
            CpDay      start,
            CpDay      end)
{
  CpWorkPeriod period = { start, end, NULL };

  g_array_append_val (cp_profile_get_work_periods (profile), period);
}

/* As the window makes a new candidate. */
static void
make_new (CpProfile *profile)
{
}

/* The tester's crash: the name field is read as "" on the first change. */
static void
make_birth_before_name (CpProfile *profile)
{
  cp_profile_set_name (profile, "");
  cp_profile_set_birth_date (profile, cp_date_from_ymd (1990, 5, 1));
}

static void
make_name_cleared (CpProfile *profile)
{
  cp_profile_set_name (profile, "陈老五");
  cp_profile_set_name (profile, "");
}

/* A file saved without them, or a combo with nothing chosen. */
static void
make_no_occupation_no_city (CpProfile *profile)
{
  cp_profile_set_occupation (profile, NULL);
  cp_profile_set_city (profile, "");
}

/* The default-city preference naming a city the pack does not have. */
static void
make_unknown_city (CpProfile *profile)
{
  cp_profile_set_city (profile, "beijing");
}

/* A typo of the year: a birth date still to come. */
static void
make_future_birth (CpProfile *profile)
{
  cp_profile_set_birth_date (profile, cp_date_from_ymd (2090, 5, 1));
}

static void
make_insured_no_birth (CpProfile *profile)
{
  cp_profile_set_name (profile, "陈老五");
  cp_profile_set_link_city (profile, "insured_city", "zhuhai");
}

static void
make_insured (CpProfile *profile)
{
  make_insured_no_birth (profile);
  cp_profile_set_birth_date (profile, cp_date_from_ymd (1990, 5, 1));
}

static void
make_working (CpProfile *profile)
{
  make_insured (profile);
  add_period (profile, cp_date_from_ymd (2016, 7, 1), 0);
}

static void
make_period_end_before_start (CpProfile *profile)
{
  make_insured (profile);
  add_period (profile, cp_date_from_ymd (2020, 1, 1), cp_date_from_ymd (2019, 1, 1));
}

static void
make_period_no_start (CpProfile *profile)
{
  make_insured (profile);
  add_period (profile, 0, cp_date_from_ymd (2019, 1, 1));
}

static void
add_certificate (CpProfile  *profile,
                 const char *occupation,
                 CpDay       issued)
{
  CpCertificate certificate = { g_strdup (occupation), TRUE, 4, issued, g_strdup ("evaluation_org"), NULL };

  g_array_append_val (cp_profile_get_certificates (profile), certificate);
}

static void
make_certificate_undated (CpProfile *profile)
{
  make_insured (profile);
  add_certificate (profile, AI, 0);
}

/* Added while the profile had no occupation (one read without it). */
static void
make_certificate_no_occupation (CpProfile *profile)
{
  make_insured (profile);
  add_certificate (profile, NULL, cp_date_from_ymd (2021, 5, 10));
}

static void
make_title_no_grade (CpProfile *profile)
{
  CpTitle title = { NULL, TRUE, cp_date_from_ymd (2020, 1, 1), NULL };

  make_insured (profile);
  g_array_append_val (cp_profile_get_titles (profile), title);
}

static void
make_education_no_kind (CpProfile *profile)
{
  CpEducation item = { NULL, TRUE, FALSE, cp_date_from_ymd (2015, 7, 1), FALSE, NULL };

  make_insured (profile);
  g_array_append_val (cp_profile_get_education (profile), item);
}

static const DraftCase cases[] = {
  { "new", make_new, NULL, FALSE,
    CP_CONDITION_UNKNOWN, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, NO_LINK },
  { "birth-before-name", make_birth_before_name, NULL, FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, NO_LINK },
  { "name-cleared", make_name_cleared, NULL, FALSE,
    CP_CONDITION_UNKNOWN, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, NO_LINK },
  { "future-birth", make_future_birth, NULL, FALSE,
    CP_CONDITION_NOT_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, NO_LINK },
  { "no-occupation-no-city", make_no_occupation_no_city, NULL, FALSE,
    CP_CONDITION_UNKNOWN, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, NO_LINK },
  { "unknown-city", make_unknown_city, "City of application: “beijing” is not a city of the policy data", TRUE,
    CP_CONDITION_UNKNOWN, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, NO_LINK, TRUE },
  { "insured-no-birth", make_insured_no_birth, NULL, FALSE,
    CP_CONDITION_UNKNOWN, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, INSURED },
  { "insured", make_insured, NULL, FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, INSURED },
  { "working", make_working, NULL, FALSE,
    CP_CONDITION_MET, CP_CONDITION_MET, "9 years 11 months of 5", CP_CONDITION_NOT_MET, INSURED },
  { "period-end-before-start", make_period_end_before_start,
    "Work period 1: Last day worked 2019-01-01 is before the start 2020-01-01", FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET,
    "0 years 0 months of 5; 1 work period not counted: it has no start or ends before it starts",
    CP_CONDITION_NOT_MET, INSURED },
  { "period-no-start", make_period_no_start, "Work period 1: Start is missing", FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET,
    "0 years 0 months of 5; 1 work period not counted: it has no start or ends before it starts",
    CP_CONDITION_NOT_MET, INSURED },
  { "certificate-undated", make_certificate_undated, "Certificate 1: Issued on is missing", FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_UNKNOWN, INSURED },
  { "certificate-no-occupation", make_certificate_no_occupation, "Certificate 1: Occupation is missing", FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_MET, INSURED },
  { "title-no-grade", make_title_no_grade, "Professional title 1: Grade is missing", FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, INSURED },
  { "education-no-kind", make_education_no_kind, "Diploma 1: Kind of school is missing", FALSE,
    CP_CONDITION_MET, CP_CONDITION_NOT_MET, NULL, CP_CONDITION_NOT_MET, INSURED },
};

/* As cp_window's new_profile (): the settings' default city. */
static CpProfile *
new_draft (const DraftCase *test)
{
  CpProfile *profile = cp_profile_new ();

  cp_profile_set_occupation (profile, AI);
  cp_profile_set_city (profile, "guangzhou");
  test->make (profile);
  return profile;
}

static const CpConditionResult *
condition_of (CpEligibility *eligibility,
              int            level,
              int            clause_number,
              guint          index)
{
  CpLevelResult *result = cp_eligibility_get_level (eligibility, level);

  for (guint i = 0; i < result->clauses->len; i++)
    {
      CpClauseResult *clause = g_ptr_array_index (result->clauses, i);

      if (clause->number == clause_number)
        return &g_array_index (clause->conditions, CpConditionResult, index);
    }
  g_assert_not_reached ();
}

static void
check_save (const DraftCase *test,
            CpProfile       *profile)
{
  g_autofree char *data = cp_profile_to_data (profile);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) again = NULL;
  g_autofree char *directory = g_dir_make_tmp ("certpath-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "draft.json", NULL);

  if (test->save_error == NULL)
    {
      g_autofree char *data_again = NULL;

      g_assert_true (cp_profile_check (profile, pack, &error));
      g_assert_no_error (error);
      again = cp_profile_new_from_data (data, -1, "draft.json", pack, &error);
      g_assert_no_error (error);
      data_again = cp_profile_to_data (again);
      g_assert_cmpstr (data_again, ==, data);
      g_assert_true (cp_profile_save (profile, path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  else
    {
      /* The save names the field and writes nothing. */
      g_assert_false (cp_profile_check (profile, pack, &error));
      g_assert_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, test->save_error);
      g_clear_error (&error);
      g_assert_cmpint (cp_profile_save (profile, path, &error), ==, test->needs_pack);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS) == test->needs_pack);
      g_unlink (path);
    }
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

static void
check_copy (CpProfile *profile)
{
  g_autoptr(CpProfile) copy = cp_profile_copy (profile);
  g_autofree char *data = cp_profile_to_data (profile);
  g_autofree char *copied = cp_profile_to_data (copy);
  guint n_periods = cp_profile_get_work_periods (profile)->len;

  g_assert_cmpstr (copied, ==, data);
  /* A copy of its own: changing it leaves the draft alone. */
  add_period (copy, cp_date_from_ymd (2010, 1, 1), 0);
  cp_profile_set_document_done (copy, 4, "id-card", TRUE);
  cp_profile_set_name (copy, "另一个人");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, n_periods);
  g_assert_false (cp_profile_get_document_done (profile, 4, "id-card"));
  g_assert_cmpstr (cp_profile_get_name (copy), !=, cp_profile_get_name (profile));
}

static void
check_eligibility (const DraftCase *test,
                   CpProfile       *profile)
{
  g_autoptr(CpEligibility) eligibility = cp_eligibility_evaluate (pack, profile, cp_date_from_ymd (2026, 6, 30));
  const CpConditionResult *work;

  /* Guangdong's rules hold in its cities, and with no city at all (the app
   * is for Guangdong); elsewhere no level is open, and none is said to be. */
  if (test->uncovered)
    {
      g_assert_null (eligibility->rule_set);
      for (int level = 1; level <= 5; level++)
        {
          g_assert_false (cp_eligibility_get_level (eligibility, level)->eligible);
          g_assert_cmpuint (cp_eligibility_get_level (eligibility, level)->clauses->len, ==, 0);
        }
      return;
    }
  work = condition_of (eligibility, 4, 1, 0);
  g_assert_cmpint (condition_of (eligibility, 5, 1, 0)->status, ==, test->age);
  g_assert_cmpint (work->status, ==, test->work_years);
  if (test->work_detail != NULL)
    g_assert_cmpstr (work->detail, ==, test->work_detail);
  g_assert_cmpint (condition_of (eligibility, 3, 2, 0)->status, ==, test->certificate);
}

static void
check_subsidy (const DraftCase *test,
               CpProfile       *profile)
{
  gboolean birth_known = cp_profile_get_birth_date (profile) != 0;
  CpSubsidyCertificate certificate = { AI, 4, cp_date_from_ymd (2025, 6, 20), "evaluation_org" };
  g_autoptr(CpSubsidyAnswer) answer = cp_subsidy_evaluate (pack, profile, &certificate, "zhuhai",
                                                           cp_date_from_ymd (2025, 7, 1));
  g_autoptr(GPtrArray) plan = cp_subsidy_plan (pack, profile, AI, "zhuhai", 4, 3, cp_date_from_ymd (2025, 5, 10),
                                               cp_date_from_ymd (2025, 11, 10));
  const gint64 insured_totals[] = { 4620, 3120, 3120 };

  if (test->link == NO_LINK)
    {
      g_assert_false (answer->eligible);
      g_assert_cmpint (answer->amount, ==, 0);
    }
  else
    {
      /* Without the birth date the amount waits for it; the figures it
       * would be made of are still given. */
      g_assert_true (answer->eligible);
      g_assert_cmpint (answer->base, ==, 1500);
      g_assert_cmpint (answer->amount, ==, birth_known ? 1500 : UNKNOWN);
      g_assert_cmpint (answer->unknown, ==, !birth_known);
      g_assert_cmpint (cp_subsidy_answer_waits_for_input (answer), ==, !birth_known);
    }

  g_assert_cmpuint (plan->len, ==, 3);
  for (guint i = 0; i < plan->len; i++)
    {
      gint64 total = ((CpPlanScenario *) g_ptr_array_index (plan, i))->total;

      if (test->link == NO_LINK)
        g_assert_cmpint (total, ==, 0);
      else
        g_assert_cmpint (total, ==, birth_known ? insured_totals[i] : UNKNOWN);
    }
  /* The plan records its claims in a copy, never in the draft. */
  g_assert_cmpuint (cp_profile_get_subsidies (profile)->len, ==, 0);
}

static void
check_course_cost (const DraftCase *test,
                   CpProfile       *profile)
{
  CpCourseTerms terms = { 1, FALSE, "zhuhai", cp_date_from_ymd (2025, 7, 1) };
  g_autoptr(GPtrArray) costs = cp_course_costs_list (pack, profile, 4, NULL, &terms);
  gboolean seen = FALSE;

  for (guint i = 0; i < costs->len; i++)
    {
      CpCourseCost *cost = g_ptr_array_index (costs, i);

      if (cost->level != 4 || !g_str_equal (json_object_get_string_member (cost->course, "id"),
                                            "sz-technician-college-ai"))
        continue;
      seen = TRUE;
      g_assert_cmpint (cost->upfront, ==, 2700);
      if (test->link == NO_LINK)
        g_assert_cmpint (cost->subsidy, ==, 0);
      else
        g_assert_cmpint (cost->subsidy, ==, cp_profile_get_birth_date (profile) != 0 ? 1500 : UNKNOWN);
    }
  g_assert_true (seen);
}

static void
check_sheet (CpProfile *profile)
{
  g_autoptr(CpAdviceSheet) sheet = cp_advice_sheet_new (pack, profile, cp_date_from_ymd (2026, 6, 30));
  g_autofree char *text = cp_advice_sheet_to_text (sheet);

  g_assert_null (strstr (text, "(null)"));
  if (cp_profile_get_birth_date (profile) == 0)
    g_assert_nonnull (strstr (text, "Born: not entered"));
  if (cp_profile_get_city (profile) == NULL)
    g_assert_nonnull (strstr (text, "Enter the city and the occupation to compute it."));
}

static void
test_draft (gconstpointer data)
{
  const DraftCase *test = data;
  g_autoptr(CpProfile) profile = new_draft (test);

  check_save (test, profile);
  check_copy (profile);
  check_eligibility (test, profile);
  check_subsidy (test, profile);
  check_course_cost (test, profile);
  check_sheet (profile);
}

/* Blank text is no value, so "" never reaches the file as a name. */
static void
test_blank_is_null (void)
{
  g_autoptr(CpProfile) profile = cp_profile_new ();

  cp_profile_set_name (profile, "");
  cp_profile_set_city (profile, "");
  cp_profile_set_occupation (profile, "");
  cp_profile_set_link_city (profile, "hukou_city", "");
  g_assert_null (cp_profile_get_name (profile));
  g_assert_null (cp_profile_get_city (profile));
  g_assert_null (cp_profile_get_occupation (profile));
  g_assert_null (cp_profile_get_link_city (profile, "hukou_city"));
}

/* Unknown members survive a copy, and a copy does not share what can
 * still change. */
static void
test_copy_keeps_extras (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) read = cp_profile_new_from_data ("{\"format\": \"certpath-profile\", \"version\": 1,"
                                                        " \"counsellor_note\": {\"seen\": [1, 2]},"
                                                        " \"work_periods\": [{\"start\": \"2016-07-01\", \"end\": null,"
                                                        " \"employer\": \"某公司\"}],"
                                                        " \"documents_done\": {\"4\": [\"id-card\"]}}",
                                                        -1, "read.json", pack, &error);
  g_autoptr(CpProfile) copy = NULL;
  g_autofree char *data = NULL;
  g_autofree char *copied = NULL;
  CpWorkPeriod *period;
  JsonObject *extra;

  g_assert_no_error (error);
  copy = cp_profile_copy (read);
  data = cp_profile_to_data (read);
  copied = cp_profile_to_data (copy);
  g_assert_cmpstr (copied, ==, data);
  g_assert_nonnull (strstr (copied, "某公司"));
  g_assert_nonnull (strstr (copied, "counsellor_note"));
  g_assert_true (cp_profile_get_document_done (copy, 4, "id-card"));

  /* A record built in memory is not sealed: the copy must not share it. */
  extra = json_object_new ();
  json_object_set_string_member (extra, "employer", "甲");
  period = &g_array_index (cp_profile_get_work_periods (read), CpWorkPeriod, 0);
  json_object_unref (period->extra);
  period->extra = extra;
  g_clear_object (&copy);
  copy = cp_profile_copy (read);
  json_object_set_string_member (extra, "employer", "乙");
  g_assert_cmpstr (json_object_get_string_member (g_array_index (cp_profile_get_work_periods (copy), CpWorkPeriod,
                                                                 0).extra, "employer"), ==, "甲");
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

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/profile-draft/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_draft);
    }
  g_test_add_func ("/profile-draft/blank-is-null", test_blank_is_null);
  g_test_add_func ("/profile-draft/copy-keeps-extras", test_copy_keeps_extras);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
