/* cp-compiled-eligibility.c
 *
 * eligibility.json compiled, and the decisions on it: a level is open to
 * the candidate when any one of its clauses is met; a clause when all of
 * its conditions are. Every clause is decided, met or not, so that the
 * answer can say what is missing and from when.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-compiled-eligibility.h"

#include <string.h>

/* ---------- Compiling ---------- */

/* The condition's place among the rule set's distinct conditions, which
 * @seen (JsonNode *) lists. */
static guint
distinct_slot (CpModelRuleSet         *rule_set,
               GPtrArray              *seen,
               JsonNode               *node,
               const CpModelCondition *condition)
{
  for (guint i = 0; i < seen->len; i++)
    if (json_node_equal (g_ptr_array_index (seen, i), node))
      return i;
  g_ptr_array_add (seen, node);
  rule_set->distinct[rule_set->n_distinct] = condition;
  return rule_set->n_distinct++;
}

static void
build_clause (CpModelClause  *clause,
              CpModelRuleSet *rule_set,
              GPtrArray      *seen,
              CpPolicyModel  *model,
              JsonObject     *object)
{
  JsonArray *conditions = json_object_get_array_member (object, "conditions");

  clause->record = object;
  clause->id = json_object_get_string_member (object, "id");
  clause->number = json_object_get_int_member (object, "number");
  clause->level = json_object_get_int_member (object, "level");
  clause->n_conditions = json_array_get_length (conditions);
  clause->conditions = cp_policy_model_alloc (model, clause->n_conditions, sizeof (CpModelCondition));
  clause->slots = cp_policy_model_alloc (model, clause->n_conditions, sizeof (guint));
  for (guint i = 0; i < clause->n_conditions; i++)
    {
      cp_model_condition_init (&clause->conditions[i], json_array_get_object_element (conditions, i));
      clause->slots[i] = distinct_slot (rule_set, seen, json_array_get_element (conditions, i), &clause->conditions[i]);
    }
}

static guint
count_conditions (JsonArray *clauses)
{
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (clauses); i++)
    n += json_array_get_length (json_object_get_array_member (json_array_get_object_element (clauses, i),
                                                              "conditions"));
  return n;
}

static guint
document_trigger (const char *required_when)
{
  static const char * const kinds[CP_MODEL_N_CONDITION_KINDS] = {
    [CP_MODEL_WORK_YEARS] = "work_years",
    [CP_MODEL_CERTIFICATE] = "certificate",
    [CP_MODEL_EDUCATION] = "education",
    [CP_MODEL_TITLE] = "title",
    [CP_MODEL_STUDENT] = "student",
    [CP_MODEL_TRAINING_HOURS] = "training_hours",
  };

  if (g_strcmp0 (required_when, "always") == 0)
    return CP_MODEL_TRIGGER_ALWAYS;
  if (g_strcmp0 (required_when, "final_year_student") == 0)
    return CP_MODEL_TRIGGER_FINAL_YEAR;
  for (guint i = 0; i < CP_MODEL_N_CONDITION_KINDS; i++)
    if (kinds[i] != NULL && g_strcmp0 (kinds[i], required_when) == 0)
      return 1u << i;
  return 0;
}

gboolean
cp_compiled_eligibility_build (CpPolicyModel *self,
                               CpPolicyPack  *pack,
                               GPtrArray     *errors)
{
  JsonArray *rule_sets = cp_policy_pack_get_records (pack, "eligibility.json", "rule_sets");
  JsonArray *extras = cp_policy_pack_get_records (pack, "eligibility.json", "extra_requirements");
  JsonArray *documents = cp_policy_pack_get_records (pack, "eligibility.json", "documents");

  self->n_rule_sets = json_array_get_length (rule_sets);
  self->rule_sets = cp_policy_model_alloc (self, self->n_rule_sets, sizeof (CpModelRuleSet));
  for (guint i = 0; i < self->n_rule_sets; i++)
    {
      CpModelRuleSet *rule_set = &self->rule_sets[i];
      JsonObject *object = json_array_get_object_element (rule_sets, i);
      JsonArray *clauses = json_object_get_array_member (object, "clauses");

      cp_model_record_init (&rule_set->base, self, pack, object);
      rule_set->all_occupations = json_object_get_boolean_member (object, "all_occupations");
      rule_set->occupations = cp_model_quarks_new (json_object_get_array_member (object, "occupations"),
                                                   &rule_set->n_occupations);
      g_ptr_array_add (self->owned, rule_set->occupations);
      g_autoptr(GPtrArray) seen = g_ptr_array_new ();

      rule_set->n_clauses = json_array_get_length (clauses);
      rule_set->clauses = cp_policy_model_alloc (self, rule_set->n_clauses, sizeof (CpModelClause));
      rule_set->distinct = cp_policy_model_alloc (self, count_conditions (clauses), sizeof (CpModelCondition *));
      for (guint k = 0; k < rule_set->n_clauses; k++)
        {
          build_clause (&rule_set->clauses[k], rule_set, seen, self, json_array_get_object_element (clauses, k));
          if (rule_set->clauses[k].level >= 1 && rule_set->clauses[k].level <= 5)
            rule_set->n_clauses_of_level[rule_set->clauses[k].level]++;
        }
    }

  self->n_extras = json_array_get_length (extras);
  self->extras = cp_policy_model_alloc (self, self->n_extras, sizeof (CpModelExtra));
  for (guint i = 0; i < self->n_extras; i++)
    {
      CpModelExtra *extra = &self->extras[i];
      JsonObject *object = json_array_get_object_element (extras, i);

      cp_model_record_init (&extra->base, self, pack, object);
      extra->occupations = cp_model_quarks_new (json_object_get_array_member (object, "occupations"),
                                                &extra->n_occupations);
      g_ptr_array_add (self->owned, extra->occupations);
      extra->levels = cp_model_levels_mask (json_object_get_array_member (object, "levels"));
      cp_model_condition_init (&extra->condition, json_object_get_object_member (object, "condition"));
    }

  self->n_documents = json_array_get_length (documents);
  self->documents = cp_policy_model_alloc (self, self->n_documents, sizeof (CpModelDocument));
  for (guint i = 0; i < self->n_documents; i++)
    {
      JsonObject *object = json_array_get_object_element (documents, i);

      self->documents[i].record = object;
      self->documents[i].trigger = document_trigger (json_object_get_string_member (object, "required_when"));
    }
  return TRUE;
}

/* ---------- Tallies ---------- */

void
cp_clause_tally_init (CpClauseTally *tally)
{
  *tally = (CpClauseTally) { .met = TRUE, .reachable = TRUE };
}

void
cp_clause_tally_add (CpClauseTally             *tally,
                     const CpConditionDecision *condition)
{
  switch (condition->status)
    {
    case CP_CONDITION_MET:
      break;
    case CP_CONDITION_CONFIRM:
      tally->needs_confirmation = TRUE;
      break;
    case CP_CONDITION_UNKNOWN:
      tally->unknown = TRUE;
      tally->met = FALSE;
      break;
    case CP_CONDITION_NOT_MET:
      tally->met = FALSE;
      break;
    default:
      g_assert_not_reached ();
    }
  if (condition->status == CP_CONDITION_UNKNOWN || !condition->reachable)
    tally->reachable = FALSE;
  else
    tally->latest = MAX (tally->latest, condition->met_from);
}

/* Met with no dated condition (a graduating student, say): met as of the
 * day asked about, which is all that can be said. */
CpDay
cp_clause_tally_eligible_from (const CpClauseTally *tally,
                               CpDay                on)
{
  if (!tally->reachable)
    return 0;
  return tally->latest != 0 ? tally->latest : on;
}

void
cp_level_tally_init (CpLevelTally *tally)
{
  *tally = (CpLevelTally) { .met = -1, .soonest = -1 };
}

/* Whether @a opens the level before @b: a clause the app could check
 * before one the candidate must confirm, then the earlier date. */
static gboolean
opens_before (const CpClauseOutcome *a,
              const CpClauseOutcome *b)
{
  if (a->needs_confirmation != b->needs_confirmation)
    return !a->needs_confirmation;
  return a->eligible_from < b->eligible_from;
}

/* The clause the level rests on, whose date and documents the answer
 * gives: of the clauses met, the one that opened the level earliest (one
 * the app could check before one to confirm); if none is met, the one
 * that will be met soonest; else the first. */
void
cp_level_tally_add (CpLevelTally          *tally,
                    const CpClauseOutcome *clause)
{
  int index = (int) tally->n_clauses++;

  if (index == 0)
    tally->first_outcome = *clause;
  tally->eligible |= clause->met;
  tally->unknown |= clause->unknown;
  if (clause->eligible_from != 0 && (tally->eligible_from == 0 || clause->eligible_from < tally->eligible_from))
    tally->eligible_from = clause->eligible_from;
  if (clause->met && (tally->met < 0 || opens_before (clause, &tally->met_outcome)))
    {
      tally->met = index;
      tally->met_outcome = *clause;
    }
  if (clause->eligible_from != 0 && (tally->soonest < 0 || opens_before (clause, &tally->soonest_outcome)))
    {
      tally->soonest = index;
      tally->soonest_outcome = *clause;
    }
}

int
cp_level_tally_finish (CpLevelTally *tally,
                       CpDay        *eligible_from,
                       gboolean     *needs_confirmation)
{
  const CpClauseOutcome *chosen = NULL;
  int index = -1;

  if (tally->met >= 0)
    index = tally->met, chosen = &tally->met_outcome;
  else if (tally->soonest >= 0)
    index = tally->soonest, chosen = &tally->soonest_outcome;
  else if (tally->n_clauses > 0)
    index = 0, chosen = &tally->first_outcome;

  *eligible_from = tally->eligible_from;
  /* The level's date is its clause's, so that the two never differ. */
  if (chosen != NULL && (tally->eligible || chosen->eligible_from != 0))
    *eligible_from = chosen->eligible_from;
  *needs_confirmation = tally->eligible && chosen != NULL && chosen->needs_confirmation;
  return index;
}

/* ---------- Finding the rules ---------- */

/* Without a city the candidate is taken to be in Guangdong, which is what
 * the pack's clauses cover; the answer names the rule set it used. */
int
cp_compiled_candidate_region (const CpPolicyModel *model,
                              CpProfile           *profile)
{
  const char *city = cp_profile_get_city (profile);

  return cp_policy_model_find_region (model, city != NULL ? city : "guangdong");
}

const CpModelRuleSet *
cp_compiled_find_rule_set (const CpPolicyModel *model,
                           int                  region,
                           GQuark               occupation,
                           CpDay                on)
{
  for (guint i = 0; i < model->n_rule_sets; i++)
    {
      const CpModelRuleSet *rule_set = &model->rule_sets[i];

      if (cp_policy_model_region_distance (model, rule_set->base.region, region) < 0)
        continue;
      if (!rule_set->all_occupations &&
          (occupation == 0 || !cp_model_quarks_have (rule_set->occupations, rule_set->n_occupations, occupation)))
        continue;
      if (cp_validity_in_force (&rule_set->base.validity, on))
        return rule_set;
    }
  return NULL;
}

/* An organisation's own rule matters where the candidate would sit its
 * exam: in the candidate's city. */
gboolean
cp_compiled_extra_applies (const CpPolicyModel *model,
                           const CpModelExtra  *extra,
                           int                  region,
                           GQuark               occupation,
                           int                  level,
                           CpDay                on)
{
  return occupation != 0 && cp_model_quarks_have (extra->occupations, extra->n_occupations, occupation) &&
         cp_policy_model_region_distance (model, extra->base.region, region) >= 0 &&
         (extra->levels & (1u << level)) != 0 &&
         cp_validity_in_force (&extra->base.validity, on);
}

guint
cp_compiled_trigger (const CpModelCondition *condition,
                     CpConditionStatus       status,
                     CpDay                   met_from)
{
  if (condition->kind == CP_MODEL_CERTIFICATE_HELD_YEARS)
    return 1u << CP_MODEL_CERTIFICATE;
  if (condition->kind == CP_MODEL_EDUCATION && status == CP_CONDITION_MET && met_from == 0)
    return CP_MODEL_TRIGGER_FINAL_YEAR;
  return 1u << condition->kind;
}

/* ---------- Decisions only ---------- */

CpConditionDecision *
cp_compiled_decide_distinct (const CpModelRuleSet *rule_set,
                             const CpProfileFacts *facts,
                             CpDay                 on,
                             CpConditionDecision  *stack)
{
  guint n = rule_set != NULL ? rule_set->n_distinct : 0;
  CpConditionDecision *decisions = n <= CP_DECISIONS_ON_STACK ? stack : g_new (CpConditionDecision, n);

  for (guint i = 0; i < n; i++)
    cp_condition_decide (rule_set->distinct[i], facts, on, &decisions[i]);
  return decisions;
}

static void
decide_clause (const CpModelClause       *clause,
               const CpConditionDecision *decisions,
               CpDay                      on,
               CpClauseOutcome           *outcome)
{
  CpClauseTally tally;

  cp_clause_tally_init (&tally);
  for (guint i = 0; i < clause->n_conditions; i++)
    cp_clause_tally_add (&tally, &decisions[clause->slots[i]]);
  outcome->met = tally.met;
  outcome->needs_confirmation = tally.needs_confirmation;
  outcome->unknown = tally.unknown;
  outcome->eligible_from = cp_clause_tally_eligible_from (&tally, on);
}

void
cp_eligibility_decide (CpPolicyPack          *pack,
                       CpProfile             *profile,
                       CpDay                  on,
                       CpEligibilityDecision *out)
{
  const CpPolicyModel *model;
  const CpModelRuleSet *rule_set;
  CpConditionDecision stack[CP_DECISIONS_ON_STACK];
  CpConditionDecision *decisions;
  CpProfileFacts facts;

  g_return_if_fail (CP_IS_POLICY_PACK (pack));
  g_return_if_fail (CP_IS_PROFILE (profile));
  g_return_if_fail (on != 0);
  g_return_if_fail (out != NULL);

  model = cp_policy_pack_get_model (pack);
  rule_set = cp_compiled_find_rule_set (model, cp_compiled_candidate_region (model, profile),
                                        g_quark_try_string (cp_profile_get_occupation (profile)), on);
  memset (out, 0, sizeof *out);
  out->on = on;
  out->rule_set = rule_set != NULL ? rule_set->base.record : NULL;
  cp_profile_facts_init (&facts, profile, on);
  decisions = cp_compiled_decide_distinct (rule_set, &facts, on, stack);

  for (int level = 5; level >= 1; level--)
    {
      CpLevelDecision *decision = &out->levels[5 - level];
      CpLevelTally tally;
      int chosen;

      decision->level = level;
      cp_level_tally_init (&tally);
      for (guint i = 0; rule_set != NULL && i < rule_set->n_clauses; i++)
        {
          CpClauseOutcome outcome;

          if (rule_set->clauses[i].level != level)
            continue;
          decide_clause (&rule_set->clauses[i], decisions, on, &outcome);
          cp_level_tally_add (&tally, &outcome);
        }
      chosen = cp_level_tally_finish (&tally, &decision->eligible_from, &decision->needs_confirmation);
      decision->eligible = tally.eligible;
      decision->unknown = tally.unknown;
      decision->n_clauses = tally.n_clauses;
      /* The chosen clause is the level's chosen-th. */
      for (guint i = 0; chosen >= 0 && i < rule_set->n_clauses; i++)
        if (rule_set->clauses[i].level == level && chosen-- == 0)
          {
            decision->chosen = rule_set->clauses[i].record;
            decision->chosen_number = rule_set->clauses[i].number;
          }
    }
  if (decisions != stack)
    g_free (decisions);
  cp_profile_facts_clear (&facts);
}
