/* test-eligibility.c: the clause engine against cases worked out by hand
 *
 * Every expected date below comes from the clauses of policy-facts §4.1
 * and the counting rules of docs/counting-time.md, worked on paper; the
 * working is in the comment beside each case. The candidates are made up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-eligibility.h"

static CpPolicyPack *pack;

typedef struct
{
  const char *name;
  const char *profile;     /* members after "format"/"version", as JSON */
  const char *on;
  const char *clause;      /* clause id, or NULL for the level as a whole */
  int         level;
  gboolean    met;
  const char *eligible_from;  /* NULL: time alone cannot meet it */
} Case;

#define AI "\"occupation\": \"4-04-05-05\", \"city\": \"guangzhou\""
#define BORN "\"birth_date\": \"1990-01-15\""
#define WORK(start, end) "{\"start\": \"" start "\", \"end\": " end "}"
#define CERT(level, issued) "{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": " #level ", \"issued\": \"" issued "\", \"issuer\": \"evaluation_org\"}"
#define TITLE(grade, obtained) "{\"grade\": \"" grade "\", \"matches_major\": true, \"obtained\": \"" obtained "\"}"
#define EDU(kind, related, assessed, graduated, final_year) \
  "{\"kind\": \"" kind "\", \"related_major\": " related ", \"assessed\": " assessed ", \"graduated\": " graduated ", \"final_year\": " final_year "}"

static const Case cases[] = {
  /* Level 5 (1) and (2): born 2010-05-20, 16 on 2026-05-20; working since
   * 2026-01-01. The day before the birthday neither clause is met, and
   * both will be on the birthday. */
  { "l5-below-16", "\"birth_date\": \"2010-05-20\", " AI ", \"work_periods\": [" WORK ("2026-01-01", "null") "]",
    "2026-05-19", "gd2023-l5-c2", 5, FALSE, "2026-05-20" },
  { "l5-below-16-c1", "\"birth_date\": \"2010-05-20\", " AI ", \"work_periods\": [" WORK ("2026-01-01", "null") "]",
    "2026-05-19", "gd2023-l5-c1", 5, FALSE, "2026-05-20" },
  { "l5-16th-birthday", "\"birth_date\": \"2010-05-20\", " AI ", \"work_periods\": [" WORK ("2026-01-01", "null") "]",
    "2026-05-20", "gd2023-l5-c2", 5, TRUE, "2026-05-20" },
  /* Level 5 (2) needs work now: the only period ended 2025-12-31. */
  { "l5-not-working", BORN ", " AI ", \"work_periods\": [" WORK ("2020-01-01", "\"2025-12-31\"") "]",
    "2026-03-01", "gd2023-l5-c2", 5, FALSE, NULL },
  /* Level 5 (1) only asks intent, which the candidate confirms: met. */
  { "l5-intent", BORN ", " AI, "2026-03-01", "gd2023-l5-c1", 5, TRUE, "2006-01-15" },

  /* Level 4 (1), 5 years: from 2016-07-01, met on 2021-07-01. */
  { "l4-c1-day-before", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "]",
    "2021-06-30", "gd2023-l4-c1", 4, FALSE, "2021-07-01" },
  { "l4-c1-anniversary", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "]",
    "2021-07-01", "gd2023-l4-c1", 4, TRUE, "2021-07-01" },
  /* 29 February 2016 + 5 years: 2021 has no 29 February, so 1 March. */
  { "l4-c1-leap-start-before", BORN ", " AI ", \"work_periods\": [" WORK ("2016-02-29", "null") "]",
    "2021-02-28", "gd2023-l4-c1", 4, FALSE, "2021-03-01" },
  { "l4-c1-leap-start-on", BORN ", " AI ", \"work_periods\": [" WORK ("2016-02-29", "null") "]",
    "2021-03-01", "gd2023-l4-c1", 4, TRUE, "2021-03-01" },
  /* Overlapping periods count once: 2015-01-01..2020-12-31 and
   * 2018-01-01..2022-06-30 are 2015-01-01..2022-06-30, 5 years on
   * 2020-01-01 (counting them twice would give 5 years in 2018). */
  { "l4-c1-overlap", BORN ", " AI ", \"work_periods\": [" WORK ("2015-01-01", "\"2020-12-31\"") ", " WORK ("2018-01-01", "\"2022-06-30\"") "]",
    "2019-12-31", "gd2023-l4-c1", 4, FALSE, "2020-01-01" },
  /* Level 4 (2): level 5 certificate 2020-09-01, working since 2019, so
   * 3 years after it on 2023-09-01. */
  { "l4-c2", BORN ", " AI ", \"work_periods\": [" WORK ("2019-03-01", "null") "], \"certificates\": [" CERT (5, "2020-09-01") "]",
    "2023-08-31", "gd2023-l4-c2", 4, FALSE, "2023-09-01" },
  /* Level 4 (3): a graduating student of a related major counts now. */
  { "l4-c3-final-year", BORN ", " AI ", \"education\": [" EDU ("secondary_vocational", "true", "false", "null", "true") "]",
    "2026-03-01", "gd2023-l4-c3", 4, TRUE, "2026-03-01" },
  /* ...but not an unrelated major. */
  { "l4-c3-unrelated", BORN ", " AI ", \"education\": [" EDU ("bachelor", "false", "false", "\"2018-06-30\"", "false") "]",
    "2026-03-01", "gd2023-l4-c3", 4, FALSE, NULL },

  /* Level 3 (1), 10 years, two periods with a gap: 2010-01-01..2014-12-31
   * is 1826 days; from 2017-01-01 on, the day D meets 10 years when
   * 1826 + (D − 2017-01-01) reaches the 10 years before D. For D =
   * 2022-01-02 those are 2012-01-02..2022-01-01, 3653 days (three 29 Febs),
   * and 1826 + 1827 = 3653; the day before, 3652 < 3653. */
  { "l3-c1-gap-before", BORN ", " AI ", \"work_periods\": [" WORK ("2010-01-01", "\"2014-12-31\"") ", " WORK ("2017-01-01", "null") "]",
    "2022-01-01", "gd2023-l3-c1", 3, FALSE, "2022-01-02" },
  { "l3-c1-gap-on", BORN ", " AI ", \"work_periods\": [" WORK ("2010-01-01", "\"2014-12-31\"") ", " WORK ("2017-01-01", "null") "]",
    "2022-01-02", "gd2023-l3-c1", 3, TRUE, "2022-01-02" },
  /* Level 3 (2): level 4 certificate 2021-05-10 and continuous work: 4
   * years after it on 2025-05-10. */
  { "l3-c2-before", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "], \"certificates\": [" CERT (4, "2021-05-10") "]",
    "2025-05-09", "gd2023-l3-c2", 3, FALSE, "2025-05-10" },
  { "l3-c2-on", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "], \"certificates\": [" CERT (4, "2021-05-10") "]",
    "2025-05-10", "gd2023-l3-c2", 3, TRUE, "2025-05-10" },
  /* Work before the certificate does not count, and work that has ended
   * cannot grow: one year after it, then nothing, so never. */
  { "l3-c2-ended", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "\"2022-05-09\"") "], \"certificates\": [" CERT (4, "2021-05-10") "]",
    "2026-03-01", "gd2023-l3-c2", 3, FALSE, NULL },
  /* Level 3 (3): junior title 2020-07-01, then 1 year: 2021-07-01. */
  { "l3-c3", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "], \"titles\": [" TITLE ("junior", "2020-07-01") "]",
    "2021-06-30", "gd2023-l3-c3", 3, FALSE, "2021-07-01" },
  /* Level 3 (4): senior-worker class of a technician school. */
  { "l3-c4", BORN ", " AI ", \"education\": [" EDU ("technician_school_senior", "true", "false", "\"2019-07-01\"", "false") "]",
    "2026-03-01", "gd2023-l3-c4", 3, TRUE, "2019-07-01" },
  /* Level 3 (5): a level 4 certificate plus a related college diploma:
   * met from the later of the two, 2022-11-30. */
  { "l3-c5", BORN ", " AI ", \"certificates\": [" CERT (4, "2022-11-30") "], \"education\": [" EDU ("college", "true", "false", "\"2019-06-30\"", "false") "]",
    "2026-03-01", "gd2023-l3-c5", 3, TRUE, "2022-11-30" },
  /* Level 3 (6): a related college diploma counts alone only if the
   * programme passed assessment (seed 000 says otherwise; the clause
   * does not). */
  { "l3-c6-not-assessed", BORN ", " AI ", \"education\": [" EDU ("college", "true", "false", "\"2019-06-30\"", "false") "]",
    "2026-03-01", "gd2023-l3-c6", 3, FALSE, NULL },
  { "l3-c6-assessed-final-year", BORN ", " AI ", \"education\": [" EDU ("bachelor", "true", "true", "null", "true") "]",
    "2026-03-01", "gd2023-l3-c6", 3, TRUE, "2026-03-01" },

  /* Level 2 (1): level 3 certificate 2024-01-15 + 5 years: 2029-01-15,
   * in the future for ongoing work. */
  { "l2-c1-future", BORN ", " AI ", \"work_periods\": [" WORK ("2014-09-01", "null") "], \"certificates\": [" CERT (3, "2024-01-15") "]",
    "2026-03-01", "gd2023-l2-c1", 2, FALSE, "2029-01-15" },
  /* Level 2 (2), both parts: junior title 2015-03-01 + 5 years work
   * (2020-03-01) and level 3 certificate 2024-01-15 + 1 year
   * (2025-01-15): met from the later, 2025-01-15. */
  { "l2-c2-before", BORN ", " AI ", \"work_periods\": [" WORK ("2014-09-01", "null") "], \"certificates\": [" CERT (3, "2024-01-15") "], \"titles\": [" TITLE ("junior", "2015-03-01") "]",
    "2025-01-14", "gd2023-l2-c2", 2, FALSE, "2025-01-15" },
  { "l2-c2-on", BORN ", " AI ", \"work_periods\": [" WORK ("2014-09-01", "null") "], \"certificates\": [" CERT (3, "2024-01-15") "], \"titles\": [" TITLE ("junior", "2015-03-01") "]",
    "2025-01-15", "gd2023-l2-c2", 2, TRUE, "2025-01-15" },
  /* ...and the title part alone is not enough: no level 3 certificate. */
  { "l2-c2-title-only", BORN ", " AI ", \"work_periods\": [" WORK ("2014-09-01", "null") "], \"titles\": [" TITLE ("junior", "2015-03-01") "]",
    "2026-03-01", "gd2023-l2-c2", 2, FALSE, NULL },
  /* Level 2 (3): intermediate title 2023-09-01 + 1 year: 2024-09-01. */
  { "l2-c3", BORN ", " AI ", \"work_periods\": [" WORK ("2020-01-01", "null") "], \"titles\": [" TITLE ("intermediate", "2023-09-01") "]",
    "2024-08-31", "gd2023-l2-c3", 2, FALSE, "2024-09-01" },
  /* Level 2 (4): technician college graduate (2020-07-01) with a level 3
   * certificate (2021-01-10) and 2 years' work from 2020-08-01:
   * 2022-08-01. */
  { "l2-c4", BORN ", " AI ", \"work_periods\": [" WORK ("2020-08-01", "null") "], \"certificates\": [" CERT (3, "2021-01-10") "], \"education\": [" EDU ("technician_college", "false", "false", "\"2020-07-01\"", "false") "]",
    "2026-03-01", "gd2023-l2-c4", 2, TRUE, "2022-08-01" },
  /* Level 2 (5): a technician-college student who has held a level 3
   * certificate (2023-06-01) for 2 years: 2025-06-01. */
  { "l2-c5", BORN ", " AI ", \"certificates\": [" CERT (3, "2023-06-01") "], \"education\": [" EDU ("technician_college", "true", "false", "null", "false") "]",
    "2025-05-31", "gd2023-l2-c5", 2, FALSE, "2025-06-01" },

  /* Level 1 (1): level 2 certificate 2020-01-01 + 5 years: 2025-01-01. */
  { "l1-c1", BORN ", " AI ", \"work_periods\": [" WORK ("2010-03-01", "null") "], \"certificates\": [" CERT (2, "2020-01-01") "]",
    "2025-01-01", "gd2023-l1-c1", 1, TRUE, "2025-01-01" },
  /* Level 1 (2): intermediate title 2016-05-01 + 5 years (2021-05-01) and
   * level 2 certificate 2023-04-01 + 1 year (2024-04-01). */
  { "l1-c2", BORN ", " AI ", \"work_periods\": [" WORK ("2010-03-01", "null") "], \"certificates\": [" CERT (2, "2023-04-01") "], \"titles\": [" TITLE ("intermediate", "2016-05-01") "]",
    "2024-03-31", "gd2023-l1-c2", 1, FALSE, "2024-04-01" },
  /* Level 1 (3): senior title 2022-03-15 + 1 year: 2023-03-15. */
  { "l1-c3", BORN ", " AI ", \"work_periods\": [" WORK ("2010-03-01", "null") "], \"titles\": [" TITLE ("senior", "2022-03-15") "]",
    "2023-03-15", "gd2023-l1-c3", 1, TRUE, "2023-03-15" },

  /* Levels as a whole: the earliest clause decides. Working since
   * 2016-07-01 with a level 4 certificate of 2021-05-10: level 3 by (2)
   * on 2025-05-10, before (1) on 2026-07-01. */
  { "level-3-earliest-clause", BORN ", " AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "], \"certificates\": [" CERT (4, "2021-05-10") "]",
    "2024-01-01", NULL, 3, FALSE, "2025-05-10" },
  /* No birth date: level 5 cannot be told, and is not claimed. */
  { "level-5-unknown-birth", AI ", \"work_periods\": [" WORK ("2016-07-01", "null") "]",
    "2026-03-01", NULL, 5, FALSE, NULL },
};

static CpProfile *
make_profile (const char *members)
{
  g_autofree char *json = g_strdup_printf ("{\"format\": \"certpath-profile\", \"version\": 1, %s}", members);
  g_autoptr(GError) error = NULL;
  CpProfile *profile = cp_profile_new_from_data (json, -1, "case.json", pack, &error);

  g_assert_no_error (error);
  return profile;
}

typedef CpEligibility *(*Evaluate) (CpPolicyPack *pack, CpProfile *profile, CpDay on);

static void
check_case (const Case *test,
            Evaluate    evaluate)
{
  g_autoptr(CpProfile) profile = make_profile (test->profile);
  g_autoptr(CpEligibility) eligibility = NULL;
  CpLevelResult *level;
  CpDay on, expected_from = 0;
  gboolean met;
  CpDay eligible_from;

  g_assert_cmpint (cp_date_parse (test->on, &on), ==, CP_DATE_OK);
  if (test->eligible_from != NULL)
    g_assert_cmpint (cp_date_parse (test->eligible_from, &expected_from), ==, CP_DATE_OK);

  eligibility = evaluate (pack, profile, on);
  level = cp_eligibility_get_level (eligibility, test->level);
  g_assert_cmpint (level->level, ==, test->level);

  if (test->clause == NULL)
    {
      met = level->eligible;
      eligible_from = level->eligible_from;
    }
  else
    {
      CpClauseResult *clause = NULL;

      for (guint i = 0; i < level->clauses->len; i++)
        if (g_str_equal (((CpClauseResult *) g_ptr_array_index (level->clauses, i))->id, test->clause))
          clause = g_ptr_array_index (level->clauses, i);
      g_assert_nonnull (clause);
      met = clause->met;
      eligible_from = clause->eligible_from;
    }

  g_assert_cmpint (met, ==, test->met);
  {
    g_autofree char *got = eligible_from != 0 ? cp_date_format (eligible_from) : NULL;
    g_assert_cmpstr (got, ==, test->eligible_from);
  }
}

static void
test_case (gconstpointer data)
{
  check_case (data, cp_eligibility_evaluate);
}

/* The roster's answer without words decides every case the same. */
static void
test_case_brief (gconstpointer data)
{
  check_case (data, cp_eligibility_evaluate_brief);
}

/* The brief answer brings the same documents and leaves the details out. */
static void
assert_brief_documents (CpProfile *profile,
                        CpDay      on,
                        int        level_number)
{
  g_autoptr(CpEligibility) full = cp_eligibility_evaluate (pack, profile, on);
  g_autoptr(CpEligibility) brief = cp_eligibility_evaluate_brief (pack, profile, on);
  CpLevelResult *full_level = cp_eligibility_get_level (full, level_number);
  CpLevelResult *brief_level = cp_eligibility_get_level (brief, level_number);

  g_assert_nonnull (brief_level->chosen);
  g_assert_cmpstr (brief_level->chosen->id, ==, full_level->chosen->id);
  g_assert_cmpuint (brief_level->documents->len, ==, full_level->documents->len);
  for (guint i = 0; i < full_level->documents->len; i++)
    g_assert_true (g_ptr_array_index (brief_level->documents, i) == g_ptr_array_index (full_level->documents, i));
  g_assert_nonnull (g_array_index (full_level->chosen->conditions, CpConditionResult, 0).detail);
  g_assert_null (g_array_index (brief_level->chosen->conditions, CpConditionResult, 0).detail);
}

static void
test_every_clause_covered (void)
{
  JsonArray *rule_sets = cp_policy_pack_get_records (pack, "eligibility.json", "rule_sets");
  JsonArray *clauses = json_object_get_array_member (json_array_get_object_element (rule_sets, 0), "clauses");

  /* The table above names each clause of the pack at least once. */
  for (guint i = 0; i < json_array_get_length (clauses); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (clauses, i), "id");
      gboolean covered = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
        covered |= g_strcmp0 (cases[k].clause, id) == 0;
      g_test_message ("clause %s", id);
      g_assert_true (covered);
    }
}

static void
test_documents (void)
{
  /* A graduating student applying for level 4 by diploma brings the
   * student proof and no work papers; in Shenzhen, level 5 also needs the
   * training certificate of the Shenzhen organisation's 60-hour rule. */
  g_autoptr(CpProfile) student = make_profile (BORN ", " AI ", \"education\": ["
                                               EDU ("secondary_vocational", "true", "false", "null", "true") "]");
  g_autoptr(CpProfile) shenzhen = make_profile (BORN ", \"occupation\": \"4-04-05-05\", \"city\": \"shenzhen\", "
                                                "\"work_periods\": [" WORK ("2020-01-01", "null") "], \"training_hours\": 40");
  g_autoptr(CpEligibility) student_result = NULL;
  g_autoptr(CpEligibility) shenzhen_result = NULL;
  CpLevelResult *level;
  gboolean student_proof = FALSE, work_proof = FALSE, training = FALSE;
  CpDay on = cp_date_from_ymd (2026, 3, 1);

  student_result = cp_eligibility_evaluate (pack, student, on);
  level = cp_eligibility_get_level (student_result, 4);
  g_assert_true (level->eligible);
  for (guint i = 0; i < level->documents->len; i++)
    {
      const char *id = json_object_get_string_member (g_ptr_array_index (level->documents, i), "id");
      student_proof |= g_str_equal (id, "student-proof");
      work_proof |= g_str_equal (id, "work-years-proof");
    }
  g_assert_true (student_proof);
  g_assert_false (work_proof);

  shenzhen_result = cp_eligibility_evaluate (pack, shenzhen, on);
  level = cp_eligibility_get_level (shenzhen_result, 5);
  g_assert_true (level->eligible);
  g_assert_cmpuint (level->extras->len, ==, 1);
  /* 40 of the 60 hours: the organisation's rule is not met, which is shown
   * beside the level, not folded into the provincial answer. */
  g_assert_cmpint (((CpExtraResult *) g_ptr_array_index (level->extras, 0))->result.status, ==, CP_CONDITION_NOT_MET);
  for (guint i = 0; i < level->documents->len; i++)
    training |= g_str_equal (json_object_get_string_member (g_ptr_array_index (level->documents, i), "id"),
                             "training-certificate");
  g_assert_true (training);

  assert_brief_documents (student, on, 4);
  assert_brief_documents (shenzhen, on, 5);
}

static void
test_no_rule_set (void)
{
  /* The pack has no application conditions for Shanghai: unknown, not
   * "not eligible" by silence. */
  g_autoptr(CpProfile) profile = make_profile (BORN ", \"occupation\": \"4-04-05-05\", \"city\": \"shanghai\"");
  g_autoptr(CpEligibility) eligibility = cp_eligibility_evaluate (pack, profile, cp_date_from_ymd (2026, 3, 1));

  g_assert_null (eligibility->rule_set);
  for (int level = 1; level <= 5; level++)
    {
      g_assert_false (cp_eligibility_get_level (eligibility, level)->eligible);
      g_assert_cmpuint (cp_eligibility_get_level (eligibility, level)->clauses->len, ==, 0);
    }
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
      g_autofree char *path = g_strdup_printf ("/eligibility/case/%s", cases[i].name);
      g_autofree char *brief = g_strdup_printf ("/eligibility/brief/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
      g_test_add_data_func (brief, &cases[i], test_case_brief);
    }
  g_test_add_func ("/eligibility/every-clause-covered", test_every_clause_covered);
  g_test_add_func ("/eligibility/documents", test_documents);
  g_test_add_func ("/eligibility/no-rule-set", test_no_rule_set);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
