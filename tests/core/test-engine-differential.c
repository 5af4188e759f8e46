/* test-engine-differential.c: the engines on the compiled model give the
 * answers the engines on the pack's JSON gave
 *
 * Thousands of generated candidates (seeded, so a failure repeats), each
 * answered by the old engines (old-engine/, kept only for this) and the
 * new: the answers as JSON and as text must be the same to the byte, which
 * compares every decision, date, figure and sentence; and the decision-only
 * entry points must agree with the whole answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "cp-policy-query.h"
#include "cp-work-time.h"
#include "old-engine/old-engine.h"

#define N_PROFILES 4000
#define SEED 19

static CpPolicyPack *pack;
static GPtrArray *occupations;  /* the pack's codes, one unknown, and NULL */
static GPtrArray *cities;       /* the pack's regions, one unknown, and NULL */

static const char * const grades[] = { "junior", "intermediate", "senior" };
static const char * const issuers[] = { "evaluation_org", "employer" };

static CpDay
random_day (GRand *rand,
            int    first_year,
            int    last_year)
{
  CpDay first = cp_date_from_ymd (first_year, 1, 1);
  CpDay last = cp_date_from_ymd (last_year, 12, 31);

  return (CpDay) g_rand_int_range (rand, (gint32) first, (gint32) last + 1);
}

/* A date, or now and then none (a draft's). */
static CpDay
maybe_day (GRand *rand,
           int    first_year,
           int    last_year)
{
  return g_rand_int_range (rand, 0, 10) == 0 ? 0 : random_day (rand, first_year, last_year);
}

static const char *
pick (GRand     *rand,
      GPtrArray *strings)
{
  return g_ptr_array_index (strings, g_rand_int_range (rand, 0, strings->len));
}

static const char *
pick_of (GRand             *rand,
         const char * const *strings,
         guint              n)
{
  return strings[g_rand_int_range (rand, 0, n)];
}

static void
add_work (GRand     *rand,
          CpProfile *profile)
{
  GArray *periods = cp_profile_get_work_periods (profile);
  int n = g_rand_int_range (rand, 0, 5);

  for (int i = 0; i < n; i++)
    {
      CpWorkPeriod period = { 0 };

      period.start = g_rand_int_range (rand, 0, 20) == 0 ? 0 : random_day (rand, 1990, 2027);
      /* Ongoing, or over; now and then ending before it starts. */
      if (g_rand_boolean (rand) && period.start != 0)
        period.end = (CpDay) MAX ((gint64) period.start + g_rand_int_range (rand, -200, 5000), 1);
      g_array_append_val (periods, period);
    }
}

static void
add_certificates (GRand     *rand,
                  CpProfile *profile)
{
  GArray *certificates = cp_profile_get_certificates (profile);
  int n = g_rand_int_range (rand, 0, 4);

  for (int i = 0; i < n; i++)
    {
      CpCertificate certificate = { 0 };

      certificate.occupation = g_strdup (g_rand_boolean (rand) ? "4-04-05-05" : pick (rand, occupations));
      certificate.related = g_rand_int_range (rand, 0, 4) != 0;
      certificate.level = g_rand_int_range (rand, 1, 6);
      certificate.issued = maybe_day (rand, 2000, 2027);
      certificate.issuer = g_strdup (pick_of (rand, issuers, G_N_ELEMENTS (issuers)));
      g_array_append_val (certificates, certificate);
    }
}

static void
add_titles_and_education (GRand     *rand,
                          CpProfile *profile)
{
  GArray *titles = cp_profile_get_titles (profile);
  GArray *education = cp_profile_get_education (profile);
  int n_titles = g_rand_int_range (rand, 0, 3);
  int n_education = g_rand_int_range (rand, 0, 3);

  for (int i = 0; i < n_titles; i++)
    {
      CpTitle title = { 0 };

      title.grade = g_strdup (pick_of (rand, grades, G_N_ELEMENTS (grades)));
      title.matches_major = g_rand_int_range (rand, 0, 4) != 0;
      title.obtained = maybe_day (rand, 2000, 2027);
      g_array_append_val (titles, title);
    }
  for (int i = 0; i < n_education; i++)
    {
      CpEducation item = { 0 };
      guint n_kinds = g_strv_length ((char **) cp_profile_education_kinds);
      int kind = g_rand_int_range (rand, 0, n_kinds + 1);

      item.kind = g_strdup (kind < (int) n_kinds ? cp_profile_education_kinds[kind] : "unknown_school");
      item.related_major = g_rand_boolean (rand);
      item.assessed = g_rand_boolean (rand);
      item.final_year = g_rand_int_range (rand, 0, 4) == 0;
      item.graduated = g_rand_int_range (rand, 0, 5) == 0 ? 0 : random_day (rand, 1995, 2030);
      g_array_append_val (education, item);
    }
}

static void
add_claims (GRand     *rand,
            CpProfile *profile)
{
  GArray *claims = cp_profile_get_subsidies (profile);
  int n = g_rand_int_range (rand, 0, 4);

  for (int i = 0; i < n; i++)
    {
      CpSubsidyClaim claim = { 0 };

      claim.kind = g_strdup (pick_of (rand, cp_profile_subsidy_kinds, g_strv_length ((char **) cp_profile_subsidy_kinds)));
      claim.occupation = g_strdup (g_rand_boolean (rand) ? "4-04-05-05" : pick (rand, occupations));
      claim.level = g_rand_int_range (rand, 1, 6);
      claim.date = maybe_day (rand, 2020, 2027);
      g_array_append_val (claims, claim);
    }
}

static CpProfile *
random_profile (GRand *rand)
{
  CpProfile *profile = cp_profile_new ();
  const char *city = pick (rand, cities);

  cp_profile_set_birth_date (profile, maybe_day (rand, 1950, 2012));
  cp_profile_set_occupation (profile, g_rand_boolean (rand) ? "4-04-05-05" : pick (rand, occupations));
  cp_profile_set_city (profile, city);
  cp_profile_set_training_hours (profile, g_rand_int_range (rand, 0, 121));
  /* Links mostly to the candidate's own city, where they count. */
  for (guint i = 0; cp_profile_link_members[i] != NULL; i++)
    if (g_rand_boolean (rand))
      cp_profile_set_link_city (profile, cp_profile_link_members[i],
                                g_rand_boolean (rand) ? city : pick (rand, cities));
  add_work (rand, profile);
  add_certificates (rand, profile);
  add_titles_and_education (rand, profile);
  add_claims (rand, profile);
  return profile;
}

static char *
node_to_string (JsonNode *node)
{
  char *text = json_to_string (node, TRUE);

  json_node_unref (node);
  return text;
}

static void
check_eligibility (CpProfile *profile,
                   CpDay      on)
{
  g_autoptr(CpEligibility) old = old_eligibility_evaluate (pack, profile, on);
  g_autoptr(CpEligibility) new = cp_eligibility_evaluate (pack, profile, on);
  g_autofree char *old_json = node_to_string (cp_eligibility_to_json (old, profile));
  g_autofree char *new_json = node_to_string (cp_eligibility_to_json (new, profile));
  g_autofree char *old_text = cp_eligibility_to_text (old, pack, profile);
  g_autofree char *new_text = cp_eligibility_to_text (new, pack, profile);
  CpEligibilityDecision decision;

  g_assert_cmpstr (new_json, ==, old_json);
  g_assert_cmpstr (new_text, ==, old_text);

  cp_eligibility_decide (pack, profile, on, &decision);
  g_assert_true (decision.rule_set == new->rule_set);
  for (int level = 5; level >= 1; level--)
    {
      const CpLevelResult *whole = cp_eligibility_get_level (new, level);
      const CpLevelDecision *only = &decision.levels[5 - level];

      g_assert_cmpint (only->level, ==, level);
      g_assert_cmpint (only->eligible, ==, whole->eligible);
      g_assert_cmpint (only->needs_confirmation, ==, whole->needs_confirmation);
      g_assert_cmpuint (only->eligible_from, ==, whole->eligible_from);
      g_assert_cmpuint (only->n_clauses, ==, whole->clauses->len);
      g_assert_true (only->chosen == (whole->chosen != NULL ? whole->chosen->clause : NULL));
    }
}

static void
check_subsidy (CpProfile                  *profile,
               const CpSubsidyCertificate *certificate,
               const char                 *city,
               CpDay                       on)
{
  g_autoptr(CpSubsidyAnswer) old = old_subsidy_evaluate (pack, profile, certificate, city, on);
  g_autoptr(CpSubsidyAnswer) new = cp_subsidy_evaluate (pack, profile, certificate, city, on);
  g_autofree char *old_json = node_to_string (cp_subsidy_answer_to_json (old));
  g_autofree char *new_json = node_to_string (cp_subsidy_answer_to_json (new));
  g_autofree char *old_text = cp_subsidy_answer_to_text (old);
  g_autofree char *new_text = cp_subsidy_answer_to_text (new);
  CpSubsidyDecision decision;

  g_assert_cmpstr (new_json, ==, old_json);
  g_assert_cmpstr (new_text, ==, old_text);
  /* Fields the JSON leaves out when not eligible. */
  g_assert_cmpint (new->unconfirmed_validity, ==, old->unconfirmed_validity);
  g_assert_cmpuint (new->ended_rules->len, ==, old->ended_rules->len);
  g_assert_cmpuint (new->procedures->len, ==, old->procedures->len);

  cp_subsidy_decide (pack, profile, certificate, city, on, &decision);
  g_assert_cmpint (decision.eligible, ==, new->eligible);
  g_assert_cmpint (decision.needs_confirmation, ==, new->needs_confirmation);
  g_assert_cmpint (decision.unknown, ==, new->unknown);
  g_assert_cmpint (decision.base, ==, new->base);
  g_assert_cmpint (decision.uplift, ==, new->uplift);
  g_assert_cmpint (decision.uplift_ceiling, ==, new->uplift_ceiling);
  g_assert_cmpint (decision.amount, ==, new->amount);
  g_assert_cmpint (decision.amount_min, ==, new->amount_min);
  g_assert_cmpint (decision.amount_max, ==, new->amount_max);
  g_assert_cmpint (decision.certainty_min, ==, new->certainty_min);
  g_assert_cmpint (decision.certainty_max, ==, new->certainty_max);
  g_assert_cmpint (decision.uplift_percent, ==, new->uplift_percent);
  g_assert_true (decision.catalogue == new->catalogue);
  g_assert_cmpuint (decision.deadline, ==, new->deadline);
  g_assert_cmpint (decision.deadline_approximate, ==, new->deadline_approximate);
  g_assert_cmpint (decision.days_left, ==, new->days_left);
  g_assert_cmpint (decision.unconfirmed_validity, ==, new->unconfirmed_validity);
}

static void
test_eligibility (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint i = 0; i < N_PROFILES; i++)
    {
      g_autoptr(CpProfile) profile = random_profile (rand);

      check_eligibility (profile, random_day (rand, 2022, 2028));
    }
}

static void
test_subsidy (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);

  for (guint i = 0; i < N_PROFILES; i++)
    {
      g_autoptr(CpProfile) profile = random_profile (rand);

      for (guint k = 0; k < 2; k++)
        {
          CpSubsidyCertificate certificate = {
            g_rand_boolean (rand) ? "4-04-05-05" : pick (rand, occupations),
            g_rand_int_range (rand, 1, 6),
            random_day (rand, 2022, 2027),
            pick_of (rand, issuers, G_N_ELEMENTS (issuers)),
          };
          const char *city = cp_profile_get_city (profile) != NULL && g_rand_boolean (rand)
                             ? cp_profile_get_city (profile) : pick (rand, cities);

          if (certificate.occupation == NULL || city == NULL)
            continue;
          check_subsidy (profile, &certificate, city, certificate.issued + g_rand_int_range (rand, 0, 900));
        }
    }
}

/* The work-time counts, against the day-by-day search they replace. */
static void
test_work_time (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 2);

  for (guint i = 0; i < N_PROFILES; i++)
    {
      g_autoptr(CpProfile) profile = random_profile (rand);
      GArray *periods = cp_profile_get_work_periods (profile);
      CpDay since = g_rand_boolean (rand) ? 0 : random_day (rand, 1995, 2027);
      CpDay on = random_day (rand, 2000, 2030);
      guint years = g_rand_int_range (rand, 0, 12);

      g_assert_cmpuint (cp_work_days_before (periods, since, on), ==, old_work_days_before (periods, since, on));
      g_assert_cmpint (cp_work_years_met (periods, since, years, on), ==, old_work_years_met (periods, since, years, on));
      g_assert_cmpuint (cp_work_years_met_from (periods, since, years), ==, old_work_years_met_from (periods, since, years));
      g_assert_cmpint (cp_age_on (on - g_rand_int_range (rand, 0, 30000), on), >=, 0);
    }
}

/* Every pair of regions (and a place the pack does not know), against
 * the walk up the JSON it replaces. */
static void
test_regions (void)
{
  for (guint i = 0; i < cities->len; i++)
    for (guint k = 0; k < cities->len; k++)
      {
        const char *region = g_ptr_array_index (cities, i);
        const char *city = g_ptr_array_index (cities, k);

        if (region != NULL && city != NULL)
          g_assert_cmpint (cp_policy_region_distance (pack, region, city), ==, old_region_distance (pack, region, city));
      }
  g_assert_cmpint (cp_policy_region_distance (pack, "guangdong", "shenzhen"), ==, 1);
  g_assert_cmpint (cp_policy_region_distance (pack, "shenzhen", "guangdong"), ==, -1);
}

/* Records found by id through the model's index are those a search from
 * the start finds; an id of no record finds none. */
static void
test_find_by_id (void)
{
  static const char * const arrays[][2] = {
    { "sources.json", "sources" }, { "regions.json", "regions" }, { "subsidy.json", "catalogues" },
    { "subsidy.json", "limits" }, { "exams.json", "sessions" }, { "courses.json", "courses" },
    { "eligibility.json", "documents" },
  };

  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      JsonArray *records = cp_policy_pack_get_records (pack, arrays[a][0], arrays[a][1]);

      g_assert_cmpuint (json_array_get_length (records), >, 0);
      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          JsonObject *record = json_array_get_object_element (records, i);
          const char *id = json_object_get_string_member (record, "id");
          JsonObject *first = NULL;

          for (guint k = 0; k < json_array_get_length (records) && first == NULL; k++)
            if (g_str_equal (json_object_get_string_member (json_array_get_object_element (records, k), "id"), id))
              first = json_array_get_object_element (records, k);
          g_assert_true (cp_policy_find (pack, arrays[a][0], arrays[a][1], "id", id) == first);
        }
      g_assert_null (cp_policy_find (pack, arrays[a][0], arrays[a][1], "id", "no-such-record"));
      g_assert_null (cp_policy_find (pack, arrays[a][0], arrays[a][1], "id", NULL));
    }
}

/* ---------- A variant of the pack ---------- */

/* One change to the pack: the member or element at @path ("a/1/b") of
 * @file set to @json. */
typedef struct
{
  const char *file;
  const char *path;
  const char *json;
} Edit;

/* Paths the bundled data does not take: ages set by a city, an amount the
 * sources do not give, a rule set for some occupations only, an
 * organisation's rule over the whole province for two levels. */
static const Edit variant_edits[] = {
  { "subsidy.json", "claimants/1/min_age", "18" },
  { "subsidy.json", "claimants/1/max_age_men", "55" },
  { "subsidy.json", "catalogues/1/amounts/A/2", "null" },
  { "eligibility.json", "rule_sets/0/all_occupations", "false" },
  { "eligibility.json", "rule_sets/0/occupations", "[\"4-04-05-05\", \"4-04-05-02\"]" },
  { "eligibility.json", "extra_requirements/0/levels", "[5, 4]" },
  { "eligibility.json", "extra_requirements/0/region", "\"guangdong\"" },
};

static void
apply_edit (JsonNode   *root,
            const Edit *edit)
{
  g_auto(GStrv) steps = g_strsplit (edit->path, "/", -1);
  guint n = g_strv_length (steps);
  JsonNode *node = root;
  JsonNode *value = json_from_string (edit->json, NULL);

  g_assert_nonnull (value);
  for (guint i = 0; i + 1 < n; i++)
    node = JSON_NODE_HOLDS_ARRAY (node)
           ? json_array_get_element (json_node_get_array (node), g_ascii_strtoull (steps[i], NULL, 10))
           : json_object_get_member (json_node_get_object (node), steps[i]);
  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint index = g_ascii_strtoull (steps[n - 1], NULL, 10);

      g_assert_cmpuint (index, <, json_array_get_length (array));
      json_array_remove_element (array, index);
      /* json-glib inserts only at the end: put the rest back after it. */
      {
        g_autoptr(JsonArray) rest = json_array_new ();

        while (json_array_get_length (array) > index)
          {
            json_array_add_element (rest, json_node_copy (json_array_get_element (array, index)));
            json_array_remove_element (array, index);
          }
        json_array_add_element (array, value);
        for (guint k = 0; k < json_array_get_length (rest); k++)
          json_array_add_element (array, json_node_copy (json_array_get_element (rest, k)));
      }
    }
  else
    json_object_set_member (json_node_get_object (node), steps[n - 1], value);
}

/* The bundled pack with @edits, in a new folder. */
static char *
make_variant (const Edit *edits,
              guint       n_edits)
{
  g_autoptr(GError) error = NULL;
  char *directory = g_dir_make_tmp ("certpath-variant-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      g_autofree char *source = g_build_filename (g_getenv ("CERTPATH_POLICY_DIR"), cp_policy_pack_files[i], NULL);
      g_autofree char *target = g_build_filename (directory, cp_policy_pack_files[i], NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();

      json_parser_load_from_file (parser, source, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < n_edits; k++)
        if (g_str_equal (edits[k].file, cp_policy_pack_files[i]))
          apply_edit (json_parser_get_root (parser), &edits[k]);
      json_generator_set_root (generator, json_parser_get_root (parser));
      json_generator_to_file (generator, target, &error);
      g_assert_no_error (error);
    }
  return directory;
}

static void
remove_variant (const char *directory)
{
  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (directory, cp_policy_pack_files[i], NULL);
      g_remove (path);
    }
  g_rmdir (directory);
}

/* The same answers on a pack the bundled data does not cover. */
static void
test_variant (void)
{
  g_autofree char *directory = make_variant (variant_edits, G_N_ELEMENTS (variant_edits));
  g_autoptr(GError) error = NULL;
  CpPolicyPack *bundled = pack;

  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);
  /* The edits took: class A, level 3 has no amount; the rule set is not
   * for every occupation. */
  {
    g_autoptr(CpProfile) profile = cp_profile_new ();
    CpSubsidyCertificate certificate = { "4-04-04-01", 3, cp_date_from_ymd (2025, 6, 1), "evaluation_org" };
    g_autoptr(CpSubsidyAnswer) answer = cp_subsidy_evaluate (pack, profile, &certificate, "guangzhou",
                                                             cp_date_from_ymd (2025, 7, 1));
    g_autoptr(CpEligibility) eligibility = NULL;

    g_assert_cmpint (answer->base, ==, CP_YUAN_UNKNOWN);
    cp_profile_set_occupation (profile, "4-04-04-01");
    eligibility = cp_eligibility_evaluate (pack, profile, cp_date_from_ymd (2025, 7, 1));
    g_assert_null (eligibility->rule_set);
  }
  test_eligibility ();
  test_subsidy ();
  g_clear_object (&pack);
  pack = bundled;
  remove_variant (directory);
}

static GPtrArray *
ids_of (const char *file_name,
        const char *member,
        const char *key,
        const char *unknown)
{
  JsonArray *records = cp_policy_pack_get_records (pack, file_name, member);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (records); i++)
    g_ptr_array_add (ids, (gpointer) json_object_get_string_member (json_array_get_object_element (records, i), key));
  g_ptr_array_add (ids, (gpointer) unknown);
  g_ptr_array_add (ids, NULL);
  return ids;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  if (g_getenv ("CERTPATH_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CERTPATH_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  /* The Chinese run compares Chinese words, or fails. */
  if (g_strcmp0 (g_getenv ("CERTPATH_TEST_LANGUAGE"), "zh_CN") == 0)
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "studying"), !=, "studying");
  pack = cp_policy_pack_load (g_getenv ("CERTPATH_POLICY_DIR"), &error);
  g_assert_no_error (error);
  occupations = ids_of ("occupations.json", "occupations", "code", "9-99-99-99");
  cities = ids_of ("regions.json", "regions", "id", "atlantis");

  g_test_add_func ("/differential/eligibility", test_eligibility);
  g_test_add_func ("/differential/subsidy", test_subsidy);
  g_test_add_func ("/differential/work-time", test_work_time);
  g_test_add_func ("/differential/regions", test_regions);
  g_test_add_func ("/differential/find-by-id", test_find_by_id);
  g_test_add_func ("/differential/variant", test_variant);
  status = g_test_run ();

  g_ptr_array_unref (occupations);
  g_ptr_array_unref (cities);
  g_object_unref (pack);
  return status;
}
