/* test-course-cost.c: net course costs worked by hand from seeds 001 and 002
 *
 * Shenzhen Technician College (seed 001): levels 5/4/3 at 2200/2700/3000,
 * groups of 3 or more 20% off, first exam fee included. Zhuhai 2025 3rd
 * level-3 course (seed 002): 3500, members 3120, assessment fee included.
 * Candidates (made up), claiming in Zhuhai on 2025-07-01: one insured in
 * Zhuhai (level 3: 2400 + 720 = 3120), one registered there but insured
 * elsewhere (2400, no uplift), one with no link (nothing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-course-cost.h"
#include "cp-policy-query.h"
#include "cp-yuan.h"

#include <string.h>

static CpPolicyPack *pack;

#define UNKNOWN CP_YUAN_UNKNOWN

static const char *candidates[] = {
  "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"1992-08-15\", \"city\": \"zhuhai\", \"insured_city\": \"zhuhai\"}",
  "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"1992-08-15\", \"city\": \"zhuhai\", \"hukou_city\": \"zhuhai\", \"insured_city\": \"guangzhou\"}",
  "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"1992-08-15\", \"city\": \"zhuhai\", \"insured_city\": \"shenzhen\"}",
};

typedef struct
{
  const char *course;
  int         level;
  int         group_size;
  gboolean    member;
  gint64      upfront;
  gint64      after[3];  /* for the three candidates above */
} Case;

static const Case cases[] = {
  /* 3000, nothing off; 3000 − 3120 = −120, 3000 − 2400 = 600, 3000. */
  { "sz-technician-college-ai", 3, 1, FALSE, 3000, { -120, 600, 3000 } },
  /* A group of 3: 3000 − 600 = 2400; −720, 0, 2400. */
  { "sz-technician-college-ai", 3, 3, FALSE, 2400, { -720, 0, 2400 } },
  /* A group of 2 is not enough for the discount. */
  { "sz-technician-college-ai", 3, 2, FALSE, 3000, { -120, 600, 3000 } },
  /* Level 5: 2200 − 1000; level 4: 2700 − 1500 (no uplift below level 3). */
  { "sz-technician-college-ai", 5, 1, FALSE, 2200, { 1200, 1200, 2200 } },
  { "sz-technician-college-ai", 4, 1, FALSE, 2700, { 1200, 1200, 2700 } },
  /* Zhuhai: 3500 with the exam; 380, 1100, 3500. */
  { "zhuhai-2025-3-level3", 3, 1, FALSE, 3500, { 380, 1100, 3500 } },
  /* Member price 3120: 0, 720, 3120. */
  { "zhuhai-2025-3-level3", 3, 1, TRUE, 3120, { 0, 720, 3120 } },
};

static void
test_cases (void)
{
  CpCourseTerms terms = { 1, FALSE, NULL, cp_date_from_ymd (2025, 7, 1) };

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CpProfile) profile = cp_profile_new_from_data (candidates[c], -1, "case.json", pack, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          JsonObject *course = cp_policy_find (pack, "courses.json", "courses", "id", cases[i].course);
          g_autoptr(CpCourseCost) cost = NULL;

          terms.group_size = cases[i].group_size;
          terms.member = cases[i].member;
          cost = cp_course_cost_new (pack, course, cases[i].level, profile, &terms);
          g_test_message ("candidate %u, case %u", c, i);
          g_assert_cmpint (cost->upfront, ==, cases[i].upfront);
          g_assert_cmpint (cost->after_subsidy, ==, cases[i].after[c]);
          g_assert_cmpuint (cost->unknown->len, ==, 0);
        }
    }
}

static void
test_unknown_price (void)
{
  JsonObject *course = cp_policy_find (pack, "courses.json", "courses", "id", "nanshan-taike-welfare");
  CpCourseTerms terms = { 1, FALSE, NULL, cp_date_from_ymd (2025, 7, 1) };
  g_autoptr(CpCourseCost) cost = cp_course_cost_new (pack, course, 0, NULL, &terms);

  /* Seed 001 names the public-welfare project but no price or level. */
  g_assert_cmpint (cost->price, ==, UNKNOWN);
  g_assert_cmpint (cost->upfront, ==, UNKNOWN);
  g_assert_cmpint (cost->after_subsidy, ==, UNKNOWN);
  g_assert_cmpstr (g_ptr_array_index (cost->unknown, 0), ==, "price");
}

static void
test_csv (void)
{
  CpCourseTerms terms = { 3, FALSE, NULL, cp_date_from_ymd (2025, 7, 1) };
  g_autoptr(GPtrArray) costs = cp_course_costs_list (pack, NULL, 3, "shenzhen", &terms);
  g_autofree char *csv = cp_course_costs_to_csv (costs);

  /* A byte-order mark first, CRLF lines, the group price of level 3. */
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "id,provider,course,"));
  g_assert_nonnull (strstr (csv, "\r\nsz-technician-college-ai,sz-technician-college,"));
  g_assert_nonnull (strstr (csv, ",3,3000,600,0,2400,0,2400,no,\r\n"));
}

/* A range in, a range out: the Shenzhen college's level 3 (3000) for a
 * candidate insured in Guangzhou, claimed there in 2026: the subsidy is
 * 2400 to 3120 (Guangzhou's 30% rests on seed 000's "up to" alone), so the
 * course costs 3000 − 3120 = −120 to 3000 − 2400 = 600, and no firm figure. */
static void
test_range (void)
{
  CpCourseTerms terms = { 1, FALSE, "guangzhou", cp_date_from_ymd (2026, 3, 10) };
  g_autoptr(CpProfile) profile = cp_profile_new_from_data ("{\"format\": \"certpath-profile\", \"version\": 1, "
                                                           "\"birth_date\": \"1992-08-15\", \"city\": \"guangzhou\", "
                                                           "\"insured_city\": \"guangzhou\"}", -1, "case.json", pack, NULL);
  JsonObject *course = cp_policy_find (pack, "courses.json", "courses", "id", "sz-technician-college-ai");
  g_autoptr(CpCourseCost) cost = cp_course_cost_new (pack, course, 3, profile, &terms);

  g_assert_cmpint (cost->subsidy, ==, UNKNOWN);
  g_assert_cmpint (cost->subsidy_min, ==, 2400);
  g_assert_cmpint (cost->subsidy_max, ==, 3120);
  g_assert_cmpint (cost->after_subsidy, ==, UNKNOWN);
  g_assert_cmpint (cost->after_subsidy_min, ==, -120);
  g_assert_cmpint (cost->after_subsidy_max, ==, 600);
}

/* Worked by hand; the schema keeps amounts to 1 000 000 yuan, so the
 * overflows are data that slipped past it, answered "unknown". */
static void
test_yuan_overflow (void)
{
  g_assert_cmpint (cp_yuan_percent (3000, 20), ==, 600);
  g_assert_cmpint (cp_yuan_percent (2400, 30), ==, 720);
  g_assert_cmpint (cp_yuan_percent (1005, 10), ==, 101);  /* 100.5 rounds half up */
  g_assert_cmpint (cp_yuan_percent (G_MAXINT64, 20), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpint (cp_yuan_percent (G_MAXINT64 / 100, 100), ==, CP_YUAN_UNKNOWN);  /* + 50 overflows */
  g_assert_cmpint (cp_yuan_percent (CP_YUAN_UNKNOWN, 20), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpint (cp_yuan_add (2400, 720), ==, 3120);
  g_assert_cmpint (cp_yuan_add (G_MAXINT64, 1), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpint (cp_yuan_add (CP_YUAN_UNKNOWN, 1), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpint (cp_yuan_subtract (3000, 3120), ==, -120);
  g_assert_cmpint (cp_yuan_subtract (-2, G_MAXINT64), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpint (cp_yuan_subtract (5, CP_YUAN_UNKNOWN), ==, CP_YUAN_UNKNOWN);
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

  g_test_add_func ("/course-cost/cases", test_cases);
  g_test_add_func ("/course-cost/range", test_range);
  g_test_add_func ("/course-cost/unknown-price", test_unknown_price);
  g_test_add_func ("/course-cost/csv", test_csv);
  g_test_add_func ("/course-cost/yuan-overflow", test_yuan_overflow);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
