/* cp-compiled-subsidy.c
 *
 * subsidy.json and the shortage lists compiled, and the decision on them.
 * Each step of the answer rests on a rule, met or not, with the figure it
 * gives; where the data gives no figure the answer gives none, rather than
 * a guess. The steps are words only when cp-subsidy.c makes them so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cp-compiled-subsidy.h"
#include "cp-subsidy-deadline.h"
#include "cp-work-time.h"
#include "cp-yuan.h"

/* ---------- Compiling ---------- */

static const char * const class_names[CP_MODEL_N_CLASSES] = { "A", "B", "C", "general" };

static int
class_index (const char *name)
{
  for (int i = 0; i < CP_MODEL_N_CLASSES; i++)
    if (g_strcmp0 (class_names[i], name) == 0)
      return i;
  return -1;
}

static gpointer
records_new (CpPolicyModel *self,
             CpPolicyPack  *pack,
             const char    *member,
             gsize          size,
             guint         *n)
{
  JsonObject *root = cp_policy_pack_get_file (pack, "subsidy.json");
  JsonArray *array = json_object_has_member (root, member) ? json_object_get_array_member (root, member) : NULL;
  guint length = array != NULL ? json_array_get_length (array) : 0;
  char *records = cp_policy_model_alloc (self, length, size);

  for (guint i = 0; i < length; i++)
    cp_model_record_init ((CpModelRecord *) (records + i * size), self, pack, json_array_get_object_element (array, i));
  *n = length;
  return records;
}

static void
build_catalogue (CpModelCatalogue *catalogue,
                 CpPolicyModel    *model)
{
  JsonObject *object = catalogue->base.record;
  JsonObject *amounts = json_object_get_object_member (object, "amounts");
  JsonArray *rows = json_object_get_array_member (object, "rows");

  catalogue->amounts_inferred = json_object_get_boolean_member_with_default (object, "amounts_inferred", FALSE);
  for (int k = 0; k < CP_MODEL_N_CLASSES; k++)
    {
      JsonArray *figures = json_object_has_member (amounts, class_names[k])
                           ? json_object_get_array_member (amounts, class_names[k]) : NULL;

      catalogue->has_class[k] = figures != NULL;
      for (guint i = 0; i < 5; i++)
        {
          JsonNode *figure = figures != NULL && i < json_array_get_length (figures)
                             ? json_array_get_element (figures, i) : NULL;

          catalogue->amounts[k][i] = figure != NULL && !JSON_NODE_HOLDS_NULL (figure)
                                     ? json_node_get_int (figure) : CP_MODEL_YUAN_UNKNOWN;
        }
    }
  catalogue->n_rows = json_array_get_length (rows);
  catalogue->rows = cp_policy_model_alloc (model, catalogue->n_rows, sizeof (CpModelCatalogueRow));
  for (guint i = 0; i < catalogue->n_rows; i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      catalogue->rows[i].occupation = g_quark_from_string (json_object_get_string_member (row, "occupation"));
      catalogue->rows[i].klass = class_index (json_object_get_string_member (row, "class"));
    }
}

static void
build_shortage_lists (CpPolicyModel *self,
                      CpPolicyPack  *pack)
{
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (regions); i++)
    n += json_array_get_length (json_object_get_array_member (json_array_get_object_element (regions, i),
                                                              "shortage_lists"));
  self->shortage_lists = cp_policy_model_alloc (self, n, sizeof (CpModelShortageList));
  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonArray *lists = json_object_get_array_member (json_array_get_object_element (regions, i), "shortage_lists");

      for (guint k = 0; k < json_array_get_length (lists); k++)
        {
          CpModelShortageList *list = &self->shortage_lists[self->n_shortage_lists++];
          JsonObject *object = json_array_get_object_element (lists, k);

          cp_model_record_init (&list->base, self, pack, object);
          list->base.region = (int) i;
          list->occupations = cp_model_quarks_new (json_object_get_array_member (object, "occupations"),
                                                   &list->n_occupations);
          g_ptr_array_add (self->owned, list->occupations);
        }
    }
}

static const CpModelShortageList *
find_list (CpPolicyModel *self,
           const char    *id)
{
  /* The first of that id, as the regions list them. */
  for (guint i = 0; id != NULL && i < self->n_shortage_lists; i++)
    if (g_strcmp0 (self->shortage_lists[i].base.id, id) == 0)
      return &self->shortage_lists[i];
  return NULL;
}

static void
build_uplift (CpModelUplift *uplift,
              CpPolicyModel *model)
{
  JsonObject *object = uplift->base.record;
  JsonNode *rate = json_object_get_member (object, "rate_percent");
  JsonNode *levels = json_object_get_member (object, "levels");

  uplift->has_list = !json_object_get_null_member (object, "shortage_list");
  if (uplift->has_list)
    uplift->list = find_list (model, json_object_get_string_member (object, "shortage_list"));
  uplift->levels_known = !JSON_NODE_HOLDS_NULL (levels);
  if (uplift->levels_known)
    uplift->levels = cp_model_levels_mask (json_node_get_array (levels));
  uplift->rate_known = !JSON_NODE_HOLDS_NULL (rate);
  if (uplift->rate_known)
    uplift->rate_percent = json_node_get_int (rate);
  uplift->max_rate_percent = json_object_get_int_member_with_default (object, "max_rate_percent", 0);
  uplift->rate_for_some_levels = json_object_has_member (object, "rate_for_levels");
  if (uplift->rate_for_some_levels)
    uplift->rate_levels = cp_model_levels_mask (json_object_get_array_member (object, "rate_for_levels"));
  uplift->insured_only = g_strcmp0 (json_object_get_string_member (object, "who"), "insured_in_city") == 0;
}

static void
build_claimant (CpModelClaimant *claimant,
                CpPolicyModel   *model)
{
  static const char * const link_names[] = { "hukou", "insured", "registered_unemployed", "registered_graduate" };
  JsonObject *object = claimant->base.record;
  JsonArray *links = json_object_get_array_member (object, "links");

  claimant->n_links = json_array_get_length (links);
  claimant->links = cp_policy_model_alloc (model, claimant->n_links, sizeof (CpModelLink));
  claimant->link_names = cp_policy_model_alloc (model, claimant->n_links, sizeof (const char *));
  for (guint i = 0; i < claimant->n_links; i++)
    {
      const char *name = json_array_get_string_element (links, i);

      claimant->link_names[i] = name;
      claimant->links[i] = CP_MODEL_LINK_EMPLOYED;
      for (guint k = 0; k < G_N_ELEMENTS (link_names); k++)
        if (g_str_equal (name, link_names[k]))
          claimant->links[i] = k;
    }
  claimant->sets_ages = !json_object_get_null_member (object, "min_age");
  claimant->min_age = json_object_get_int_member_with_default (object, "min_age", 0);
  claimant->max_age_women = json_object_get_int_member_with_default (object, "max_age_women", 0);
  claimant->max_age_men = json_object_get_int_member_with_default (object, "max_age_men", 0);
  claimant->n_excluded = json_object_has_member (object, "excluded")
                         ? json_array_get_length (json_object_get_array_member (object, "excluded")) : 0;
}

static void
build_limit (CpModelLimit *limit)
{
  static const struct
  {
    const char       *name;
    CpModelLimitKind  kind;
    int               value;  /* when the record gives none */
  } kinds[] = {
    { "higher_level_claimed", CP_MODEL_LIMIT_HIGHER_LEVEL, 0 },
    { "same_level_claimed", CP_MODEL_LIMIT_SAME_LEVEL, 0 },
    { "once_per_kind_per_year", CP_MODEL_LIMIT_ONCE_PER_YEAR, 1 },
    { "max_per_year", CP_MODEL_LIMIT_MAX_PER_YEAR, 3 },
    { "employer_evaluation_excluded", CP_MODEL_LIMIT_EMPLOYER_EXCLUDED, 0 },
    { "claim_deadline_months", CP_MODEL_LIMIT_DEADLINE_MONTHS, 0 },
    { "no_double_with_unemployment_insurance", CP_MODEL_LIMIT_NO_DOUBLE, 0 },
  };
  const char *name = json_object_get_string_member (limit->base.record, "kind");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, name))
      {
        limit->kind = kinds[i].kind;
        limit->value = json_object_get_int_member_with_default (limit->base.record, "value", kinds[i].value);
      }
}

gboolean
cp_compiled_subsidy_build (CpPolicyModel *self,
                           CpPolicyPack  *pack,
                           GPtrArray     *errors)
{
  self->catalogues = records_new (self, pack, "catalogues", sizeof (CpModelCatalogue), &self->n_catalogues);
  for (guint i = 0; i < self->n_catalogues; i++)
    build_catalogue (&self->catalogues[i], self);
  build_shortage_lists (self, pack);
  self->uplifts = records_new (self, pack, "uplifts", sizeof (CpModelUplift), &self->n_uplifts);
  for (guint i = 0; i < self->n_uplifts; i++)
    build_uplift (&self->uplifts[i], self);
  self->claimants = records_new (self, pack, "claimants", sizeof (CpModelClaimant), &self->n_claimants);
  for (guint i = 0; i < self->n_claimants; i++)
    build_claimant (&self->claimants[i], self);
  self->limits = records_new (self, pack, "limits", sizeof (CpModelLimit), &self->n_limits);
  for (guint i = 0; i < self->n_limits; i++)
    build_limit (&self->limits[i]);
  self->procedures = records_new (self, pack, "claim_procedures", sizeof (CpModelRecord), &self->n_procedures);
  return TRUE;
}

/* ---------- Finding the rules ---------- */

#define RECORD_AT(array, stride, i) ((const CpModelRecord *) ((const char *) (array) + (gsize) (i) * (stride)))

/* The rule of the scheme in force on @day closest to @city (the city's own
 * before the province's); the first of those when several are as close. */
static const CpModelRecord *
find_rule (const CpPolicyModel *model,
           gconstpointer        array,
           guint                n,
           gsize                stride,
           int                  city,
           CpDay                day)
{
  const CpModelRecord *best = NULL;
  int best_distance = G_MAXINT;

  for (guint i = 0; i < n; i++)
    {
      const CpModelRecord *record = RECORD_AT (array, stride, i);
      int distance = cp_policy_model_region_distance (model, record->region, city);

      if (distance < 0 || distance >= best_distance || !cp_validity_in_force (&record->validity, day) ||
          !record->skill_upgrade)
        continue;
      best = record;
      best_distance = distance;
    }
  return best;
}

guint
cp_compiled_subsidy_rules (const CpPolicyModel  *model,
                           gconstpointer         array,
                           guint                 n,
                           gsize                 stride,
                           int                   city,
                           CpDay                 day,
                           const CpModelRecord **out)
{
  guint found = 0;

  /* Nearest first: the city's chain, one step at a time. */
  for (guint k = 0; city >= 0 && k < model->regions[city].depth; k++)
    for (guint i = 0; i < n && found < n; i++)
      {
        const CpModelRecord *record = RECORD_AT (array, stride, i);

        if (record->region == model->regions[city].chain[k] && record->skill_upgrade &&
            cp_validity_in_force (&record->validity, day))
          out[found++] = record;
      }
  return found;
}

/* ---------- Deciding ---------- */

typedef struct
{
  const CpPolicyModel        *model;
  CpProfile                  *profile;
  const CpSubsidyCertificate *certificate;
  const char                 *city_id;
  int                         city;
  CpDay                       on;
  CpSubsidyDecision          *out;
  GArray                     *steps;
  const CpModelCatalogue     *catalogue;
  const CpModelUplift        *uplift_rule;
  CpSubsidyStep               scratch;
} Run;

/* A step resting on @rule as it holds on @day; a @payable one is a step
 * of the amount (or the apply-by date), which a not-eligible answer does
 * not show. */
static CpSubsidyStep *
add_step (Run                 *run,
          CpSubsidyStepKind    kind,
          gboolean             payable,
          CpReasonStatus       status,
          const CpModelRecord *rule,
          CpDay                day)
{
  if (status == CP_REASON_NOT_MET)
    run->out->eligible = FALSE;
  if (status == CP_REASON_CONFIRM)
    run->out->needs_confirmation = TRUE;
  /* Data gaps show in the base and the uplift; an input the answer needs
   * (the birth date, say) is what makes it wait. */
  if (status == CP_REASON_UNKNOWN && !payable)
    run->out->unknown = TRUE;
  if (rule != NULL && cp_validity_past_end (&rule->validity, day))
    run->out->unconfirmed_validity = TRUE;
  if (run->steps == NULL)
    {
      /* Nothing reads it: the figures go to a scratch step. */
      return memset (&run->scratch, 0, sizeof run->scratch);
    }
  g_array_set_size (run->steps, run->steps->len + 1);
  {
    CpSubsidyStep *step = &g_array_index (run->steps, CpSubsidyStep, run->steps->len - 1);

    *step = (CpSubsidyStep) { kind, status, payable, rule, day, { 0, 0, 0 }, NULL, CP_DOUBT_NONE };
    return step;
  }
}

#define add_reason(run, kind, ...) add_step ((run), (kind), FALSE, __VA_ARGS__)
#define add_payable(run, kind, ...) add_step ((run), (kind), TRUE, __VA_ARGS__)

/* ---------- Amount ---------- */

static void
find_base (Run *run)
{
  const CpSubsidyCertificate *certificate = run->certificate;
  const CpModelCatalogue *catalogue =
    (const CpModelCatalogue *) find_rule (run->model, run->model->catalogues, run->model->n_catalogues,
                                          sizeof (CpModelCatalogue), run->city, certificate->issued);
  GQuark occupation = g_quark_try_string (certificate->occupation);
  CpDay day = certificate->issued;
  CpSubsidyStep *step;
  int klass = -1;
  gint64 amount;

  run->catalogue = catalogue;
  run->out->base = CP_YUAN_UNKNOWN;
  run->out->catalogue = catalogue != NULL ? catalogue->base.record : NULL;
  if (catalogue == NULL)
    {
      add_payable (run, CP_STEP_NO_CATALOGUE, CP_REASON_UNKNOWN, NULL, day);
      return;
    }
  add_payable (run, CP_STEP_CATALOGUE, CP_REASON_INFO, &catalogue->base, day);

  /* The last row of the occupation, should there be two. */
  for (guint i = 0; occupation != 0 && i < catalogue->n_rows; i++)
    if (catalogue->rows[i].occupation == occupation)
      klass = catalogue->rows[i].klass;
  if (klass < 0)
    {
      add_payable (run, CP_STEP_NO_ROW, CP_REASON_UNKNOWN, &catalogue->base, day)->name = certificate->occupation;
      return;
    }

  /* Five amounts per class, levels 5 to 1 in the catalogue's order. */
  amount = catalogue->amounts[klass][5 - certificate->level];
  if (amount == CP_MODEL_YUAN_UNKNOWN)
    {
      step = add_payable (run, CP_STEP_AMOUNT_NOT_GIVEN, CP_REASON_UNKNOWN, &catalogue->base, day);
      step->name = class_names[klass];
      step->figures[0] = certificate->level;
      return;
    }
  run->out->base = amount;
  step = add_payable (run, catalogue->amounts_inferred ? CP_STEP_AMOUNT_INFERRED : CP_STEP_AMOUNT, CP_REASON_INFO,
                      &catalogue->base, day);
  step->name = class_names[klass];
  step->figures[0] = certificate->level;
  step->figures[1] = amount;
}

typedef enum
{
  NOT_LISTED,
  LISTED,
  LIST_ENDED,   /* listed, but the list's window ended before the day */
} Listing;

static Listing
find_listing (const CpModelShortageList *list,
              GQuark                     occupation,
              CpDay                      day)
{
  if (list == NULL || occupation == 0 || !cp_model_quarks_have (list->occupations, list->n_occupations, occupation))
    return NOT_LISTED;
  if (cp_validity_in_force (&list->base.validity, day))
    return LISTED;
  return cp_validity_past_end (&list->base.validity, day) ? LIST_ENDED : NOT_LISTED;
}

/* Why an uplift that may apply is not firm, or NONE when it is: a rate the
 * sources give only as a ceiling or for other levels, a list or rule not
 * known to hold on the issue date. Sets the percent to use. */
static CpUpliftDoubt
uplift_doubt (const CpModelUplift *rule,
              Listing              listing,
              int                  level,
              CpDay                issued,
              int                 *percent)
{
  int most = rule->max_rate_percent;

  if (!rule->rate_known)
    {
      *percent = most;
      return most > 0 ? CP_DOUBT_ONLY_CEILING : CP_DOUBT_NONE;
    }
  *percent = rule->rate_percent;
  if (rule->rate_for_some_levels && !(rule->rate_levels & (1u << level)))
    {
      *percent = most > 0 ? most : *percent;
      return CP_DOUBT_OTHER_LEVELS;
    }
  if (listing == LIST_ENDED)
    return CP_DOUBT_LIST_ENDED;
  if (!cp_validity_known_on (&rule->list->base.validity, issued))
    return CP_DOUBT_LIST_NOT_KNOWN;
  if (!cp_validity_known_on (&rule->base.validity, issued))
    return CP_DOUBT_RULE_NOT_KNOWN;
  return CP_DOUBT_NONE;
}

static void
find_uplift (Run *run)
{
  const CpSubsidyCertificate *certificate = run->certificate;
  CpDay day = certificate->issued;
  const CpModelUplift *rule =
    (const CpModelUplift *) find_rule (run->model, run->model->uplifts, run->model->n_uplifts,
                                       sizeof (CpModelUplift), run->city, day);
  CpSubsidyDecision *out = run->out;
  CpSubsidyStep *step;
  CpUpliftDoubt doubt;
  Listing listing;
  int percent;

  run->uplift_rule = rule;
  out->uplift = 0;
  out->uplift_percent = 0;
  if (rule == NULL || !rule->has_list)
    {
      add_payable (run, CP_STEP_NO_UPLIFT, CP_REASON_INFO, rule != NULL ? &rule->base : NULL, day);
      return;
    }
  listing = find_listing (rule->list, g_quark_try_string (certificate->occupation), day);
  if (listing == NOT_LISTED)
    {
      add_payable (run, CP_STEP_NOT_LISTED, CP_REASON_INFO, rule->list != NULL ? &rule->list->base : NULL, day);
      return;
    }
  if (!rule->levels_known)
    {
      out->uplift = CP_YUAN_UNKNOWN;
      add_payable (run, CP_STEP_UPLIFT_LEVELS_UNKNOWN, CP_REASON_UNKNOWN, &rule->base, day);
      return;
    }
  if (!(rule->levels & (1u << certificate->level)))
    {
      add_payable (run, CP_STEP_UPLIFT_OTHER_LEVELS, CP_REASON_INFO, &rule->base, day)->figures[0] = certificate->level;
      return;
    }
  if (rule->insured_only && g_strcmp0 (cp_profile_get_link_city (run->profile, "insured_city"), run->city_id) != 0)
    {
      add_payable (run, CP_STEP_UPLIFT_NOT_INSURED, CP_REASON_INFO, &rule->base, day);
      return;
    }

  doubt = uplift_doubt (rule, listing, certificate->level, day, &percent);
  if (percent == 0)
    {
      out->uplift = CP_YUAN_UNKNOWN;
      add_payable (run, CP_STEP_UPLIFT_RATE_UNKNOWN, CP_REASON_UNKNOWN, &rule->base, day);
      return;
    }
  out->uplift_percent = percent;
  out->uplift_ceiling = doubt != CP_DOUBT_NONE;
  if (out->base == CP_YUAN_UNKNOWN)
    {
      out->uplift = CP_YUAN_UNKNOWN;
      add_payable (run, CP_STEP_UPLIFT_OF_UNKNOWN, CP_REASON_INFO, &rule->base, day)->figures[0] = percent;
      return;
    }
  /* Whole yuan, rounded half up: 2400 × 30% = 720 as seed 002 prints it. */
  out->uplift = cp_yuan_percent (out->base, percent);
  step = add_payable (run, doubt == CP_DOUBT_NONE ? CP_STEP_UPLIFT : CP_STEP_UPLIFT_DOUBTED,
                      doubt == CP_DOUBT_NONE ? CP_REASON_INFO : CP_REASON_UNKNOWN, &rule->base, day);
  step->figures[0] = percent;
  step->figures[1] = out->base;
  step->figures[2] = out->uplift;
  step->doubt = doubt;
}

/* ---------- Who may claim ---------- */

static const char *
link_member (CpModelLink link)
{
  switch (link)
    {
    case CP_MODEL_LINK_HUKOU:
      return "hukou_city";
    case CP_MODEL_LINK_INSURED:
      return "insured_city";
    case CP_MODEL_LINK_UNEMPLOYED:
      return "registered_unemployed_city";
    case CP_MODEL_LINK_GRADUATE:
      return "graduate_registered_city";
    case CP_MODEL_LINK_EMPLOYED:
    default:
      return NULL;
    }
}

static void
check_links (Run                    *run,
             const CpModelClaimant **rules,
             guint                   n)
{
  for (guint r = 0; r < n; r++)
    for (guint i = 0; i < rules[r]->n_links; i++)
      {
        const char *member = link_member (rules[r]->links[i]);

        /* The claim goes to the office of the place the candidate is
         * linked to (户籍地、参保地 …), so the link must be to the claim
         * city itself. */
        if (member != NULL && g_strcmp0 (cp_profile_get_link_city (run->profile, member), run->city_id) == 0)
          {
            add_reason (run, CP_STEP_LINK, CP_REASON_MET, &rules[r]->base, run->on)->name = rules[r]->link_names[i];
            return;
          }
      }
  add_reason (run, CP_STEP_NO_LINK, CP_REASON_NOT_MET, &rules[0]->base, run->on);
}

static void
check_age (Run                   *run,
           const CpModelClaimant *rule)
{
  CpDay birth = cp_profile_get_birth_date (run->profile);
  CpSubsidyStep *step;
  int age;

  if (birth == 0)
    {
      add_reason (run, CP_STEP_AGE_UNKNOWN, CP_REASON_UNKNOWN, &rule->base, run->on);
      return;
    }
  age = cp_age_on (birth, run->on);
  if (age < rule->min_age || (rule->max_age_men > 0 && age > rule->max_age_men))
    step = add_reason (run, CP_STEP_AGE_OUTSIDE, CP_REASON_NOT_MET, &rule->base, run->on);
  else if (rule->max_age_women > 0 && age > rule->max_age_women)
    step = add_reason (run, CP_STEP_AGE_WOMEN, CP_REASON_CONFIRM, &rule->base, run->on);
  else
    step = add_reason (run, CP_STEP_AGE_WITHIN, CP_REASON_MET, &rule->base, run->on);
  step->figures[0] = age;
  step->figures[1] = rule->max_age_men;
  step->figures[2] = rule->max_age_women;
}

static void
check_rules_of_claimants (Run                    *run,
                          const CpModelClaimant **rules,
                          guint                   n)
{
  const CpModelClaimant *age_rule = NULL;

  if (n == 0)
    {
      add_reason (run, CP_STEP_NO_CLAIMANT_RULE, CP_REASON_UNKNOWN, NULL, run->on);
      return;
    }
  check_links (run, rules, n);

  /* The nearest record that sets ages; every record's exclusions. */
  for (guint r = 0; r < n && age_rule == NULL; r++)
    if (rules[r]->sets_ages)
      age_rule = rules[r];
  if (age_rule != NULL)
    check_age (run, age_rule);
  for (guint r = 0; r < n; r++)
    for (guint i = 0; i < rules[r]->n_excluded; i++)
      add_reason (run, CP_STEP_EXCLUDED, CP_REASON_CONFIRM, &rules[r]->base, run->on)->figures[0] = i;
}

static void
check_claimant (Run *run)
{
  const CpModelRecord *stack[16];
  guint n_claimants = run->model->n_claimants;
  const CpModelRecord **found = n_claimants <= G_N_ELEMENTS (stack) ? stack : g_new (const CpModelRecord *, n_claimants);
  guint n = cp_compiled_subsidy_rules (run->model, run->model->claimants, n_claimants, sizeof (CpModelClaimant),
                                       run->city, run->on, found);

  check_rules_of_claimants (run, (const CpModelClaimant **) found, n);
  if (found != stack)
    g_free (found);
}

/* ---------- Limits ---------- */

static guint
count_claims (CpProfile  *profile,
              const char *kind,
              int         year)
{
  GArray *claims = cp_profile_get_subsidies (profile);
  guint count = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (claims, CpSubsidyClaim, i);
      int claim_year;

      /* An undated claim (only a draft has one) falls in no year. */
      if (claim->date == 0)
        continue;
      cp_date_to_ymd (claim->date, &claim_year, NULL, NULL);
      /* The yearly limit is on the four kinds the Shenzhen FAQ names; the
       * unemployment-insurance subsidy is a scheme apart. */
      if (claim_year != year || g_strcmp0 (claim->kind, "unemployment_insurance_skill") == 0)
        continue;
      if (kind == NULL || g_strcmp0 (claim->kind, kind) == 0)
        count++;
    }
  return count;
}

static const CpSubsidyClaim *
find_claim (CpProfile                  *profile,
            const char                 *kind,
            const CpSubsidyCertificate *certificate,
            gboolean                    higher)
{
  GArray *claims = cp_profile_get_subsidies (profile);

  for (guint i = 0; i < claims->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (claims, CpSubsidyClaim, i);

      if (g_strcmp0 (claim->kind, kind) != 0 || g_strcmp0 (claim->occupation, certificate->occupation) != 0)
        continue;
      /* Level 1 is the highest. */
      if (higher ? claim->level < certificate->level : claim->level == certificate->level)
        return claim;
    }
  return NULL;
}

static CpReasonStatus
met_unless (gboolean failed)
{
  return failed ? CP_REASON_NOT_MET : CP_REASON_MET;
}

static void
check_limit (Run                *run,
             const CpModelLimit *limit)
{
  const CpSubsidyCertificate *certificate = run->certificate;
  const CpModelRecord *rule = &limit->base;
  CpDay on = run->on;
  const CpSubsidyClaim *claim;
  CpSubsidyStep *step;
  guint claims;
  int year;

  cp_date_to_ymd (on, &year, NULL, NULL);
  switch (limit->kind)
    {
    case CP_MODEL_LIMIT_HIGHER_LEVEL:
      claim = find_claim (run->profile, "skill_upgrade", certificate, TRUE);
      if (claim != NULL)
        add_reason (run, CP_STEP_HIGHER_CLAIMED, CP_REASON_NOT_MET, rule, on)->figures[0] = claim->level;
      else
        add_reason (run, CP_STEP_LIMIT, CP_REASON_MET, rule, on);
      break;
    case CP_MODEL_LIMIT_SAME_LEVEL:
      if (find_claim (run->profile, "skill_upgrade", certificate, FALSE) != NULL)
        add_reason (run, CP_STEP_SAME_CLAIMED, CP_REASON_NOT_MET, rule, on);
      else
        add_reason (run, CP_STEP_LIMIT, CP_REASON_MET, rule, on);
      break;
    case CP_MODEL_LIMIT_ONCE_PER_YEAR:
    case CP_MODEL_LIMIT_MAX_PER_YEAR:
      claims = count_claims (run->profile, limit->kind == CP_MODEL_LIMIT_ONCE_PER_YEAR ? "skill_upgrade" : NULL, year);
      step = add_reason (run, limit->kind == CP_MODEL_LIMIT_ONCE_PER_YEAR ? CP_STEP_ONCE_PER_YEAR : CP_STEP_MAX_PER_YEAR,
                         met_unless (claims >= (guint) limit->value), rule, on);
      step->figures[0] = claims;
      step->figures[1] = year;
      break;
    case CP_MODEL_LIMIT_EMPLOYER_EXCLUDED:
      add_reason (run, CP_STEP_LIMIT, met_unless (g_strcmp0 (certificate->issuer, "employer") == 0), rule, on);
      break;
    case CP_MODEL_LIMIT_NO_DOUBLE:
      add_reason (run, CP_STEP_LIMIT,
                  met_unless (find_claim (run->profile, "unemployment_insurance_skill", certificate, FALSE) != NULL),
                  rule, on);
      break;
    case CP_MODEL_LIMIT_DEADLINE_MONTHS:
      {
        CpSubsidyDecision *out = run->out;

        out->deadline = cp_subsidy_deadline_on (run->model->calendar, certificate->issued, limit->value,
                                                &out->deadline_approximate);
        out->days_left = (int) out->deadline - (int) on;
        if (on > out->deadline)
          step = add_reason (run, CP_STEP_TOO_LATE, CP_REASON_NOT_MET, rule, on);
        else
          step = add_payable (run, CP_STEP_APPLY_BY, CP_REASON_MET, rule, on);
        step->figures[0] = out->deadline;
        step->figures[1] = out->days_left;
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The range the answer allows, and how sure each end is: the catalogue's
 * sources, and the uplift's where it adds to that end. */
static void
settle_amount (Run *run)
{
  CpSubsidyDecision *self = run->out;
  CpCertainty base = run->catalogue != NULL ? run->catalogue->base.certainty : CP_CERTAINTY_CONFIRMED;
  CpCertainty with_uplift;

  with_uplift = MAX (base, self->uplift != 0 && run->uplift_rule != NULL ? run->uplift_rule->base.certainty
                                                                         : CP_CERTAINTY_CONFIRMED);

  if (!self->eligible)
    {
      /* Nothing payable, so no apply-by date either, unless it is what
       * ran out. */
      self->amount = self->amount_min = self->amount_max = 0;
      if (self->deadline != 0 && self->days_left >= 0)
        self->deadline = self->days_left = 0;
      self->certainty_min = self->certainty_max = CP_CERTAINTY_CONFIRMED;
      return;
    }
  /* What is not known is not counted: without the birth date, say, no
   * amount is given, only the figures it would be made of. */
  if (self->base == CP_YUAN_UNKNOWN || self->unknown)
    {
      self->amount = self->amount_min = self->amount_max = CP_YUAN_UNKNOWN;
      return;
    }
  if (self->uplift == CP_YUAN_UNKNOWN)
    {
      self->amount = self->amount_max = CP_YUAN_UNKNOWN;
      self->amount_min = self->base;
      self->certainty_min = self->certainty_max = base;
      return;
    }
  self->amount_max = cp_yuan_add (self->base, self->uplift);
  self->amount_min = self->uplift_ceiling ? self->base : self->amount_max;
  self->amount = self->uplift_ceiling ? CP_YUAN_UNKNOWN : self->amount_max;
  self->certainty_max = self->uplift > 0 ? with_uplift : base;
  self->certainty_min = self->uplift > 0 && !self->uplift_ceiling ? with_uplift : base;
}

void
cp_compiled_subsidy_run (const CpPolicyModel        *model,
                         CpProfile                  *profile,
                         const CpSubsidyCertificate *certificate,
                         const char                 *claim_city,
                         CpDay                       on,
                         CpSubsidyDecision          *out,
                         GArray                     *steps)
{
  Run run = { model, profile, certificate, claim_city, cp_policy_model_find_region (model, claim_city), on, out, steps };

  memset (out, 0, sizeof *out);
  out->eligible = TRUE;
  find_base (&run);
  find_uplift (&run);
  check_claimant (&run);
  /* Every limit of the city and of the regions above it holds. */
  for (guint i = 0; i < model->n_limits; i++)
    {
      const CpModelLimit *limit = &model->limits[i];

      if (limit->base.skill_upgrade && cp_policy_model_region_distance (model, limit->base.region, run.city) >= 0 &&
          cp_validity_in_force (&limit->base.validity, on))
        check_limit (&run, limit);
    }
  settle_amount (&run);
}

void
cp_subsidy_decide (CpPolicyPack               *pack,
                   CpProfile                  *profile,
                   const CpSubsidyCertificate *certificate,
                   const char                 *claim_city,
                   CpDay                       on,
                   CpSubsidyDecision          *out)
{
  g_return_if_fail (CP_IS_POLICY_PACK (pack));
  g_return_if_fail (CP_IS_PROFILE (profile));
  g_return_if_fail (certificate != NULL && certificate->issued != 0);
  g_return_if_fail (certificate->level >= 1 && certificate->level <= 5);
  g_return_if_fail (claim_city != NULL);
  g_return_if_fail (out != NULL);

  cp_compiled_subsidy_run (cp_policy_pack_get_model (pack), profile, certificate, claim_city, on, out, NULL);
}
