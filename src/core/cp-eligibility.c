/* cp-eligibility.c
 *
 * The whole eligibility answer: the decisions of cp-compiled-eligibility.c,
 * every condition put in words, the organisations' own rules and the
 * documents to bring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-compiled-eligibility.h"
#include "cp-text.h"

static void
clause_result_free (CpClauseResult *result)
{
  for (guint i = 0; i < result->conditions->len; i++)
    cp_condition_result_clear (&g_array_index (result->conditions, CpConditionResult, i));
  g_array_unref (result->conditions);
  g_free (result);
}

static void
extra_result_free (CpExtraResult *result)
{
  cp_condition_result_clear (&result->result);
  g_free (result);
}

static void
level_result_free (CpLevelResult *result)
{
  g_ptr_array_unref (result->clauses);
  g_ptr_array_unref (result->extras);
  g_ptr_array_unref (result->documents);
  g_free (result);
}

void
cp_eligibility_free (CpEligibility *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->levels);
  g_free (self);
}

/* The condition's result, its detail worded only when @words: a roster
 * prints no condition, and wording them was a third of its eligibility. */
static void
condition_result (const CpModelCondition    *condition,
                  const CpProfileFacts      *facts,
                  CpDay                      on,
                  const CpConditionDecision *decision,
                  gboolean                   words,
                  CpConditionResult         *result)
{
  if (words)
    {
      cp_condition_explain (condition, facts, on, decision, result);
      return;
    }
  result->kind = condition->kind_name;
  result->status = decision->status;
  result->reachable = decision->reachable;
  result->met_from = decision->met_from;
}

/* Decides and words one clause. */
static CpClauseResult *
explain_clause (const CpModelClause       *clause,
                const CpConditionDecision *decisions,
                const CpProfileFacts      *facts,
                CpDay                      on,
                gboolean                   words,
                CpClauseOutcome           *outcome)
{
  CpClauseResult *result = g_new0 (CpClauseResult, 1);
  CpClauseTally tally;

  result->clause = clause->record;
  result->id = clause->id;
  result->number = clause->number;
  result->conditions = g_array_sized_new (FALSE, TRUE, sizeof (CpConditionResult), clause->n_conditions);
  g_array_set_size (result->conditions, clause->n_conditions);
  cp_clause_tally_init (&tally);
  for (guint i = 0; i < clause->n_conditions; i++)
    {
      const CpConditionDecision *decision = &decisions[clause->slots[i]];

      cp_clause_tally_add (&tally, decision);
      condition_result (&clause->conditions[i], facts, on, decision, words,
                        &g_array_index (result->conditions, CpConditionResult, i));
    }
  result->met = outcome->met = tally.met;
  result->needs_confirmation = outcome->needs_confirmation = tally.needs_confirmation;
  result->unknown = outcome->unknown = tally.unknown;
  result->eligible_from = outcome->eligible_from = cp_clause_tally_eligible_from (&tally, on);
  return result;
}

/* What the chosen clause's conditions put on the list of documents. */
static guint
chosen_triggers (const CpClauseResult *chosen,
                 const CpModelRuleSet *rule_set)
{
  const CpModelClause *clause = NULL;
  guint triggers = 0;

  for (guint i = 0; i < rule_set->n_clauses && clause == NULL; i++)
    if (rule_set->clauses[i].record == chosen->clause)
      clause = &rule_set->clauses[i];
  for (guint i = 0; clause != NULL && i < clause->n_conditions; i++)
    {
      const CpConditionResult *result = &g_array_index (chosen->conditions, CpConditionResult, i);

      triggers |= cp_compiled_trigger (&clause->conditions[i], result->status, result->met_from);
    }
  return triggers;
}

static void
add_extras (CpLevelResult        *level,
            const CpPolicyModel  *model,
            const CpProfileFacts *facts,
            int                   region,
            GQuark                occupation,
            CpDay                 on,
            gboolean              words,
            guint                *triggers)
{
  for (guint i = 0; i < model->n_extras; i++)
    {
      const CpModelExtra *extra = &model->extras[i];
      CpConditionDecision decision;
      CpExtraResult *result;

      if (!cp_compiled_extra_applies (model, extra, region, occupation, level->level, on))
        continue;
      result = g_new0 (CpExtraResult, 1);
      result->requirement = extra->base.record;
      cp_condition_decide (&extra->condition, facts, on, &decision);
      condition_result (&extra->condition, facts, on, &decision, words, &result->result);
      /* An organisation's rule asks for its own papers, by its kind as it is. */
      *triggers |= 1u << extra->condition.kind;
      g_ptr_array_add (level->extras, result);
    }
}

static void
add_documents (CpLevelResult       *level,
               const CpPolicyModel *model,
               guint                triggers)
{
  for (guint i = 0; i < model->n_documents; i++)
    if (model->documents[i].trigger & (triggers | CP_MODEL_TRIGGER_ALWAYS))
      g_ptr_array_add (level->documents, model->documents[i].record);
}

static CpLevelResult *
explain_level (int                        level_number,
               const CpPolicyModel       *model,
               const CpModelRuleSet      *rule_set,
               const CpConditionDecision *decisions,
               const CpProfileFacts      *facts,
               int                   region,
               GQuark                occupation,
               CpDay                 on,
               gboolean              words)
{
  CpLevelResult *level = g_new0 (CpLevelResult, 1);
  guint triggers = 0;
  CpLevelTally tally;
  int chosen;

  level->level = level_number;
  level->clauses = g_ptr_array_new_full (rule_set != NULL ? rule_set->n_clauses_of_level[level_number] : 0,
                                         (GDestroyNotify) clause_result_free);
  level->extras = g_ptr_array_new_with_free_func ((GDestroyNotify) extra_result_free);
  level->documents = g_ptr_array_sized_new (model->n_documents);

  cp_level_tally_init (&tally);
  for (guint i = 0; rule_set != NULL && i < rule_set->n_clauses; i++)
    {
      CpClauseOutcome outcome;

      if (rule_set->clauses[i].level != level_number)
        continue;
      g_ptr_array_add (level->clauses, explain_clause (&rule_set->clauses[i], decisions, facts, on, words, &outcome));
      cp_level_tally_add (&tally, &outcome);
    }
  chosen = cp_level_tally_finish (&tally, &level->eligible_from, &level->needs_confirmation);
  level->eligible = tally.eligible;
  if (chosen >= 0)
    {
      level->chosen = g_ptr_array_index (level->clauses, chosen);
      triggers = chosen_triggers (level->chosen, rule_set);
    }
  add_extras (level, model, facts, region, occupation, on, words, &triggers);
  add_documents (level, model, triggers);
  return level;
}

static CpEligibility *
evaluate (CpPolicyPack *pack,
          CpProfile    *profile,
          CpDay         on,
          gboolean      words)
{
  const CpPolicyModel *model;
  const CpModelRuleSet *rule_set;
  CpEligibility *self;
  CpConditionDecision stack[CP_DECISIONS_ON_STACK];
  CpConditionDecision *decisions;
  CpProfileFacts facts;
  GQuark occupation;
  int region;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (CP_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (on != 0, NULL);

  model = cp_policy_pack_get_model (pack);
  region = cp_compiled_candidate_region (model, profile);
  occupation = g_quark_try_string (cp_profile_get_occupation (profile));
  rule_set = cp_compiled_find_rule_set (model, region, occupation, on);

  self = g_new0 (CpEligibility, 1);
  self->on = on;
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_result_free);
  self->rule_set = rule_set != NULL ? rule_set->base.record : NULL;
  cp_profile_facts_init (&facts, profile, on);
  /* Looked up once: the words of every condition are in it. */
  facts.language = cp_text_language_index ();
  decisions = cp_compiled_decide_distinct (rule_set, &facts, on, stack);
  for (int level = 5; level >= 1; level--)
    g_ptr_array_add (self->levels, explain_level (level, model, rule_set, decisions, &facts, region, occupation, on, words));
  if (decisions != stack)
    g_free (decisions);
  cp_profile_facts_clear (&facts);
  return self;
}

CpEligibility *
cp_eligibility_evaluate (CpPolicyPack *pack,
                         CpProfile    *profile,
                         CpDay         on)
{
  return evaluate (pack, profile, on, TRUE);
}

CpEligibility *
cp_eligibility_evaluate_brief (CpPolicyPack *pack,
                               CpProfile    *profile,
                               CpDay         on)
{
  return evaluate (pack, profile, on, FALSE);
}

CpLevelResult *
cp_eligibility_get_level (CpEligibility *self,
                          int            level)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level >= 1 && level <= 5, NULL);

  return g_ptr_array_index (self->levels, 5 - level);
}
