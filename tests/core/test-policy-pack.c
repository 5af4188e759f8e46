/* test-policy-pack.c: the bundled pack loads and says what the sources say
 *
 * Each expected figure below is read off the seed documents or
 * ../shared/policy-facts.md by hand, not taken from the data files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "cp-policy-pack.h"
#include "cp-text.h"

static CpPolicyPack *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = cp_policy_pack_bundled_directory ();
  CpPolicyPack *pack = cp_policy_pack_load (directory, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  return pack;
}

static JsonObject *
find (CpPolicyPack *pack,
      const char   *file_name,
      const char   *member,
      const char   *key,
      const char   *value)
{
  JsonArray *records = cp_policy_pack_get_records (pack, file_name, member);

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);

      if (g_strcmp0 (json_object_get_string_member (record, key), value) == 0)
        return record;
    }
  g_error ("%s: no record with %s = %s", file_name, key, value);
}

static void
test_bundled_loads (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();

  g_assert_cmpstr (cp_policy_pack_get_date (pack), ==, "2026-12-01");
  g_assert_nonnull (cp_policy_pack_get_title (pack, "zh_CN"));
  /* Seed 002's catalogue extract has rows 63 to 75: 13 occupations. */
  g_assert_cmpuint (json_array_get_length (cp_policy_pack_get_records (pack, "occupations.json", "occupations")), ==, 13);
  g_assert_cmpuint (json_array_get_length (cp_policy_pack_get_records (pack, "levels.json", "levels")), ==, 5);
}

static void
test_catalogue_2025 (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();
  JsonObject *catalogue = find (pack, "subsidy.json", "catalogues", "id", "gd-2025");
  JsonObject *amounts = json_object_get_object_member (catalogue, "amounts");
  JsonArray *rows = json_object_get_array_member (catalogue, "rows");
  /* Seed 002: class A 1000/1500/2400/3000/3600, class B 1000/1500/2000/2500/3000. */
  static const gint64 class_a[] = { 1000, 1500, 2400, 3000, 3600 };
  static const gint64 class_b[] = { 1000, 1500, 2000, 2500, 3000 };
  gboolean found_ai = FALSE;

  g_assert_cmpstr (json_object_get_string_member (catalogue, "number"), ==, "粤人社发〔2025〕5号");
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (amounts, "A"), i), ==, class_a[i]);
      g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (amounts, "B"), i), ==, class_b[i]);
    }
  g_assert_cmpuint (json_array_get_length (rows), ==, 13);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_str_equal (json_object_get_string_member (row, "occupation"), "4-04-05-05"))
        {
          found_ai = TRUE;
          g_assert_cmpstr (json_object_get_string_member (row, "class"), ==, "A");
          g_assert_cmpint (json_object_get_int_member (row, "row"), ==, 72);
        }
      /* 呼叫中心服务员 (row 70) is class B. */
      if (g_str_equal (json_object_get_string_member (row, "occupation"), "4-04-05-03"))
        g_assert_cmpstr (json_object_get_string_member (row, "class"), ==, "B");
    }
  g_assert_true (found_ai);
}

static void
test_holiday_totals (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();
  JsonArray *years = cp_policy_pack_get_records (pack, "holidays.json", "years");
  /* policy-facts §1: 28 days off and 5 make-up days in 2025, 33 and 6 in
   * 2026; 2027 not published. */
  static const struct { gint64 year; const char *status; gint64 off; gint64 make_up; } expected[] = {
    { 2025, "published", 28, 5 },
    { 2026, "published", 33, 6 },
    { 2027, "not_published", -1, -1 },
  };

  g_assert_cmpuint (json_array_get_length (years), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *year = json_array_get_object_element (years, i);
      JsonArray *holidays = json_object_get_array_member (year, "holidays");
      gint64 off = 0, make_up = 0;

      g_assert_cmpint (json_object_get_int_member (year, "year"), ==, expected[i].year);
      g_assert_cmpstr (json_object_get_string_member (year, "status"), ==, expected[i].status);
      if (expected[i].off < 0)
        {
          g_assert_cmpuint (json_array_get_length (holidays), ==, 0);
          continue;
        }
      /* Recount from the day ranges rather than trusting days_off. */
      for (guint h = 0; h < json_array_get_length (holidays); h++)
        {
          JsonObject *holiday = json_array_get_object_element (holidays, h);
          GDate first, last;

          g_date_set_parse (&first, json_object_get_string_member (holiday, "first"));
          g_date_set_parse (&last, json_object_get_string_member (holiday, "last"));
          off += g_date_days_between (&first, &last) + 1;
          make_up += json_array_get_length (json_object_get_array_member (holiday, "make_up_days"));
        }
      g_assert_cmpint (off, ==, expected[i].off);
      g_assert_cmpint (make_up, ==, expected[i].make_up);
    }
}

static void
test_session_and_centres (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();
  JsonObject *session = find (pack, "exams.json", "sessions", "id", "gd-ecommerce-2026-04-12-l3");
  JsonArray *registration = json_object_get_array_member (session, "registration");
  JsonObject *zhuhai = find (pack, "exams.json", "centres", "id", "zhuhai-skills-centre");
  JsonObject *college = find (pack, "exams.json", "centres", "id", "gd-ecommerce-college");
  JsonObject *zhuhai_fee = json_array_get_object_element (json_object_get_array_member (zhuhai, "fees"), 0);
  JsonObject *college_fee = json_array_get_object_element (json_object_get_array_member (college, "fees"), 0);

  /* Seed 004. */
  g_assert_cmpstr (json_object_get_string_member (session, "exam_date"), ==, "2026-04-12");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (registration, 0), "closes"), ==, "2026-03-23");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (registration, 1), "closes"), ==, "2026-03-25");
  g_assert_cmpstr (json_object_get_string_member (session, "papers_due"), ==, "2026-03-27");
  g_assert_cmpint (json_object_get_int_member (session, "capacity"), ==, 400);
  g_assert_cmpint (json_object_get_int_member (session, "min_to_open"), ==, 30);
  /* The plan number in seed 004 belongs to another occupation. */
  g_assert_true (json_object_get_null_member (session, "plan_number"));

  /* Seed 002: 90 + 410 = 500; seed 004: 65 + 310 = 375. */
  g_assert_cmpint (json_object_get_int_member (zhuhai_fee, "theory"), ==, 90);
  g_assert_cmpint (json_object_get_int_member (zhuhai_fee, "practical"), ==, 410);
  g_assert_cmpint (json_object_get_int_member (zhuhai_fee, "total"), ==, 500);
  g_assert_cmpint (json_object_get_int_member (college_fee, "theory"), ==, 65);
  g_assert_cmpint (json_object_get_int_member (college_fee, "practical"), ==, 310);
  g_assert_cmpint (json_object_get_int_member (college_fee, "total"), ==, 375);
}

static void
test_clauses_per_level (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();
  JsonObject *rule_set = find (pack, "eligibility.json", "rule_sets", "id", "gd-2023-conditions");
  JsonArray *clauses = json_object_get_array_member (rule_set, "clauses");
  /* policy-facts §4.1: level 5 has 2 routes, 4 has 3, 3 has 6, 2 has 5, 1 has 3. */
  guint per_level[6] = { 0, };

  for (guint i = 0; i < json_array_get_length (clauses); i++)
    per_level[json_object_get_int_member (json_array_get_object_element (clauses, i), "level")]++;
  g_assert_cmpuint (per_level[5], ==, 2);
  g_assert_cmpuint (per_level[4], ==, 3);
  g_assert_cmpuint (per_level[3], ==, 6);
  g_assert_cmpuint (per_level[2], ==, 5);
  g_assert_cmpuint (per_level[1], ==, 3);
}

static void
test_unknown_stays_unknown (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();
  JsonObject *welfare = find (pack, "courses.json", "courses", "id", "nanshan-taike-welfare");
  JsonObject *price = json_array_get_object_element (json_object_get_array_member (welfare, "prices"), 0);
  JsonObject *guangzhou = find (pack, "subsidy.json", "uplifts", "id", "guangzhou-uplift");

  /* Seed 001 names the public-welfare course but no price. */
  g_assert_true (json_object_get_null_member (price, "price"));
  /* The date Guangzhou's uplift starts is not in any source. */
  g_assert_true (json_object_get_null_member (guangzhou, "valid_from"));
}

/* Copies every file of the bundled pack into a new folder. */
static char *
copy_bundled_pack (void)
{
  g_autofree char *bundled = cp_policy_pack_bundled_directory ();
  g_autoptr(GError) error = NULL;
  char *directory = g_dir_make_tmp ("certpath-pack-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      g_autofree char *from = g_build_filename (bundled, cp_policy_pack_files[i], NULL);
      g_autofree char *to = g_build_filename (directory, cp_policy_pack_files[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_file_get_contents (from, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (to, contents, length, &error);
      g_assert_no_error (error);
    }
  return directory;
}

static void
remove_pack (const char *directory)
{
  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (directory, cp_policy_pack_files[i], NULL);
      g_remove (path);
    }
  g_rmdir (directory);
}

static void
test_user_pack_overrides (void)
{
  g_autofree char *bundled = cp_policy_pack_bundled_directory ();
  g_autofree char *user = copy_bundled_pack ();
  g_autofree char *pack_json = g_build_filename (user, "pack.json", NULL);
  g_autoptr(GError) user_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autofree char *contents = NULL;

  /* A valid newer pack in the user's folder is the one used. */
  g_file_get_contents (pack_json, &contents, NULL, &error);
  g_assert_no_error (error);
  {
    g_auto(GStrv) parts = g_strsplit (contents, "\"2026.12.01\"", 2);
    g_autofree char *changed = g_strjoinv ("\"2099.01.01\"", parts);
    g_file_set_contents (pack_json, changed, -1, &error);
    g_assert_no_error (error);
  }
  pack = cp_policy_pack_load_preferred (bundled, user, &user_error, &error);
  g_assert_no_error (user_error);
  g_assert_no_error (error);
  g_assert_cmpstr (cp_policy_pack_get_version (pack), ==, "2099.01.01");
  g_assert_cmpstr (cp_policy_pack_get_directory (pack), ==, user);
  g_clear_object (&pack);

  /* One broken file and the bundled pack is used, with the reason. */
  g_file_set_contents (pack_json, "{\"format\": \"certpath-policy\"", -1, &error);
  g_assert_no_error (error);
  pack = cp_policy_pack_load_preferred (bundled, user, &user_error, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pack);
  g_assert_cmpstr (cp_policy_pack_get_directory (pack), ==, bundled);
  g_assert_error (user_error, CP_POLICY_ERROR, CP_POLICY_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (user_error->message, user));
  g_assert_nonnull (strstr (user_error->message, "pack.json: not valid JSON"));
  g_clear_object (&pack);
  g_clear_error (&user_error);

  /* No user folder: the bundled pack, and no complaint. */
  remove_pack (user);
  pack = cp_policy_pack_load_preferred (bundled, user, &user_error, &error);
  g_assert_no_error (user_error);
  g_assert_no_error (error);
  g_assert_cmpstr (cp_policy_pack_get_directory (pack), ==, bundled);
}

/* Issue 14, "What was found", in the data itself (policy-facts §3, §5, §9;
 * the seeds' README). */
static void
test_figures_one_can_promise (void)
{
  g_autoptr(CpPolicyPack) pack = load_bundled ();
  JsonObject *zhuhai_list = NULL;
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");
  JsonObject *record;

  /* Zhuhai: the AI trainer is known on the 2022–2025 list only from seed
   * 002 (2025-04-03); that date is "known in force by", not a start. */
  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonArray *lists = json_object_get_array_member (json_array_get_object_element (regions, i), "shortage_lists");
      for (guint k = 0; k < json_array_get_length (lists); k++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (lists, k), "id"), "zhuhai-2022-2025"))
          zhuhai_list = json_array_get_object_element (lists, k);
    }
  g_assert_nonnull (zhuhai_list);
  g_assert_true (json_object_get_null_member (zhuhai_list, "valid_from"));
  g_assert_cmpstr (json_object_get_string_member (zhuhai_list, "known_in_force_by"), ==, "2025-04-03");
  record = find (pack, "subsidy.json", "uplifts", "id", "zhuhai-uplift");
  g_assert_true (json_object_get_null_member (record, "valid_from"));

  /* Guangzhou and Foshan: seed 000's "最高可申领3120元" is a ceiling, not a
   * rate: no rate, at most 30%. */
  record = find (pack, "subsidy.json", "uplifts", "id", "guangzhou-uplift");
  g_assert_true (json_object_get_null_member (record, "rate_percent"));
  g_assert_cmpint (json_object_get_int_member (record, "max_rate_percent"), ==, 30);
  record = find (pack, "subsidy.json", "uplifts", "id", "foshan-uplift");
  g_assert_true (json_object_get_null_member (record, "rate_percent"));
  g_assert_true (json_object_has_member (record, "validity_note"));

  /* Shenzhen: the 本地宝 repost gives the 30% for level 3 only. */
  record = find (pack, "subsidy.json", "uplifts", "id", "shenzhen-uplift");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (record, "rate_for_levels")), ==, 1);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (record, "rate_for_levels"), 0), ==, 3);

  /* Seed 000 is an advertorial: an unofficial article. Seed 001 is of June
   * 2025. */
  record = find (pack, "sources.json", "sources", "id", "seed-000");
  g_assert_cmpstr (json_object_get_string_member (record, "status"), ==, "unofficial");
  record = find (pack, "sources.json", "sources", "id", "seed-001");
  g_assert_cmpstr (json_object_get_string_member (record, "month"), ==, "2025-06");

  /* The Shenzhen AI Industry Association's delays and 60 hours are its own
   * (seed 001); the 30-candidate minimum and the 40-day papers rule are the
   * college's (seed 004); seed 002's 30 is a class size. */
  record = find (pack, "exams.json", "exam_rules", "id", "szaia-results-delay");
  g_assert_cmpstr (json_object_get_string_member (record, "centre"), ==, "szaia");
  g_assert_cmpstr (json_object_get_string_member (record, "known_in_force_by"), ==, "2025-06-30");
  record = find (pack, "exams.json", "exam_rules", "id", "gdec-min-candidates");
  g_assert_cmpstr (json_object_get_string_member (record, "centre"), ==, "gd-ecommerce-college");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (record, "sources")), ==, 1);
  record = find (pack, "exams.json", "exam_rules", "id", "gdec-papers-days-before");
  g_assert_cmpint (json_object_get_int_member (record, "value"), ==, 40);
  record = find (pack, "eligibility.json", "extra_requirements", "id", "szaia-level5-training");
  g_assert_cmpstr (json_object_get_string_member (record, "centre"), ==, "szaia");
  /* The checklists: the training certificate is the association's (001),
   * the employment proof the college's (004). */
  record = find (pack, "eligibility.json", "documents", "id", "training-certificate");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (record, "centres"), 0), ==, "szaia");
  record = find (pack, "eligibility.json", "documents", "id", "employment-proof");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (record, "centres"), 0), ==,
                   "gd-ecommerce-college");

  /* The missing rules, with their sources: absence (001, 000), the whole
   * assessment again (004), the retake fee (004, 002), the lookup site
   * (004's zscx.osta.org.cn); how to claim in Shenzhen (001: 5–15 working
   * days, a Shenzhen bank card among the documents). */
  g_assert_nonnull (find (pack, "exams.json", "exam_rules", "kind", "absence_no_refund"));
  g_assert_nonnull (find (pack, "exams.json", "exam_rules", "kind", "whole_assessment_again"));
  g_assert_nonnull (find (pack, "exams.json", "exam_rules", "kind", "retake_fee_per_subject"));
  record = find (pack, "exams.json", "exam_rules", "kind", "certificate_lookup");
  g_assert_cmpstr (json_object_get_string_member (record, "url"), ==, "http://zscx.osta.org.cn/");
  record = find (pack, "subsidy.json", "claim_procedures", "id", "sz-claim-procedure");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (record, "review_working_days"), "min"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (record, "review_working_days"), "max"), ==, 15);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (record, "documents")), ==, 5);

  /* pack.json: checked on 2026-12-01 (policy-facts §9), with what is known
   * not to be known. */
  g_assert_cmpstr (json_object_get_string_member (cp_policy_pack_get_file (pack, "pack.json"), "checked"), ==, "2026-12-01");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cp_policy_pack_get_file (pack, "pack.json"),
                                                                          "known_unknowns")), >=, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/policy-pack/bundled-loads", test_bundled_loads);
  g_test_add_func ("/policy-pack/catalogue-2025", test_catalogue_2025);
  g_test_add_func ("/policy-pack/holiday-totals", test_holiday_totals);
  g_test_add_func ("/policy-pack/session-and-centres", test_session_and_centres);
  g_test_add_func ("/policy-pack/clauses-per-level", test_clauses_per_level);
  g_test_add_func ("/policy-pack/unknown-stays-unknown", test_unknown_stays_unknown);
  g_test_add_func ("/policy-pack/user-pack-overrides", test_user_pack_overrides);
  g_test_add_func ("/policy-pack/figures-one-can-promise", test_figures_one_can_promise);

  return g_test_run ();
}
