/* cp-eligibility.c  (as it was before the compiled model; see old-engine.h)
 *
 * A level is open to the candidate when any one of its clauses is met; a
 * clause when all of its conditions are. Every clause is evaluated, met or
 * not, so that the answer can say what is missing and from when.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "old-engine.h"
#include "cp-policy-query.h"

static void
old_clause_result_free (CpClauseResult *result)
{
  for (guint i = 0; i < result->conditions->len; i++)
    old_condition_result_clear (&g_array_index (result->conditions, CpConditionResult, i));
  g_array_unref (result->conditions);
  g_free (result);
}

static void
old_extra_result_free (CpExtraResult *result)
{
  old_condition_result_clear (&result->result);
  g_free (result);
}

static void
old_level_result_free (CpLevelResult *result)
{
  g_ptr_array_unref (result->clauses);
  g_ptr_array_unref (result->extras);
  g_ptr_array_unref (result->documents);
  g_free (result);
}

/* Without a city the candidate is taken to be in Guangdong, which is what
 * the pack's clauses cover; the answer names the rule set it used. */
static const char *
candidate_region (CpProfile *profile)
{
  const char *city = cp_profile_get_city (profile);

  return city != NULL ? city : "guangdong";
}

static JsonObject *
find_rule_set (CpPolicyPack *pack,
               CpProfile    *profile,
               CpDay         on)
{
  JsonArray *rule_sets = cp_policy_pack_get_records (pack, "eligibility.json", "rule_sets");

  for (guint i = 0; i < json_array_get_length (rule_sets); i++)
    {
      JsonObject *rule_set = json_array_get_object_element (rule_sets, i);

      if (old_region_distance (pack, json_object_get_string_member (rule_set, "region"),
                                     candidate_region (profile)) < 0)
        continue;
      if (!json_object_get_boolean_member (rule_set, "all_occupations") &&
          !cp_json_array_has_string (json_object_get_array_member (rule_set, "occupations"),
                                     cp_profile_get_occupation (profile)))
        continue;
      if (cp_policy_in_force (rule_set, on))
        return rule_set;
    }
  return NULL;
}

static CpClauseResult *
evaluate_clause (JsonObject *clause,
                 CpProfile  *profile,
                 CpDay       on)
{
  CpClauseResult *result = g_new0 (CpClauseResult, 1);
  JsonArray *conditions = json_object_get_array_member (clause, "conditions");
  gboolean reachable = TRUE;
  CpDay latest = 0;

  result->clause = clause;
  result->id = json_object_get_string_member (clause, "id");
  result->number = json_object_get_int_member (clause, "number");
  result->conditions = g_array_sized_new (FALSE, TRUE, sizeof (CpConditionResult), json_array_get_length (conditions));
  result->met = TRUE;

  for (guint i = 0; i < json_array_get_length (conditions); i++)
    {
      CpConditionResult condition;

      old_condition_evaluate (json_array_get_object_element (conditions, i), profile, on, &condition);
      switch (condition.status)
        {
        case CP_CONDITION_MET:
          break;
        case CP_CONDITION_CONFIRM:
          result->needs_confirmation = TRUE;
          break;
        case CP_CONDITION_UNKNOWN:
          result->unknown = TRUE;
          result->met = FALSE;
          break;
        case CP_CONDITION_NOT_MET:
          result->met = FALSE;
          break;
        default:
          g_assert_not_reached ();
        }
      if (condition.status == CP_CONDITION_UNKNOWN || !condition.reachable)
        reachable = FALSE;
      else
        latest = MAX (latest, condition.met_from);
      g_array_append_val (result->conditions, condition);
    }

  /* Met with no dated condition (a graduating student, say): met as of the
   * day asked about, which is all that can be said. */
  if (reachable)
    result->eligible_from = latest != 0 ? latest : on;
  return result;
}

static void
add_documents (CpLevelResult *level,
               CpPolicyPack  *pack,
               CpProfile     *profile)
{
  JsonArray *documents = cp_policy_pack_get_records (pack, "eligibility.json", "documents");
  g_autoptr(GHashTable) triggers = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (triggers, (gpointer) "always");
  if (level->chosen != NULL)
    for (guint i = 0; i < level->chosen->conditions->len; i++)
      {
        const CpConditionResult *condition = &g_array_index (level->chosen->conditions, CpConditionResult, i);

        if (g_str_equal (condition->kind, "certificate_held_years"))
          g_hash_table_add (triggers, (gpointer) "certificate");
        else if (g_str_equal (condition->kind, "education") && condition->status == CP_CONDITION_MET &&
                 condition->met_from == 0)
          g_hash_table_add (triggers, (gpointer) "final_year_student");
        else
          g_hash_table_add (triggers, (gpointer) condition->kind);
      }
  for (guint i = 0; i < level->extras->len; i++)
    g_hash_table_add (triggers, (gpointer) ((CpExtraResult *) g_ptr_array_index (level->extras, i))->result.kind);

  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonObject *document = json_array_get_object_element (documents, i);

      if (g_hash_table_contains (triggers, json_object_get_string_member (document, "required_when")))
        g_ptr_array_add (level->documents, document);
    }
}

/* Whether @a opens the level before @b: a clause the app could check
 * before one the candidate must confirm, then the earlier date. */
static gboolean
opens_before (const CpClauseResult *a,
              const CpClauseResult *b)
{
  if (b == NULL)
    return TRUE;
  if (a->needs_confirmation != b->needs_confirmation)
    return !a->needs_confirmation;
  return a->eligible_from < b->eligible_from;
}

/* The clause the level rests on, whose date and documents the answer
 * gives: of the clauses met, the one that opened the level earliest (one
 * the app could check before one to confirm); if
 * none is met, the one that will be met soonest; else the first. */
static CpClauseResult *
choose_clause (CpLevelResult *level)
{
  CpClauseResult *soonest = NULL;
  CpClauseResult *met = NULL;

  for (guint i = 0; i < level->clauses->len; i++)
    {
      CpClauseResult *clause = g_ptr_array_index (level->clauses, i);

      if (clause->met && opens_before (clause, met))
        met = clause;
      if (clause->eligible_from != 0 && (soonest == NULL || opens_before (clause, soonest)))
        soonest = clause;
    }
  if (met != NULL)
    return met;
  if (soonest == NULL && level->clauses->len > 0)
    soonest = g_ptr_array_index (level->clauses, 0);
  return soonest;
}

static void
add_extras (CpLevelResult *level,
            CpPolicyPack  *pack,
            CpProfile     *profile,
            CpDay          on)
{
  JsonArray *extras = cp_policy_pack_get_records (pack, "eligibility.json", "extra_requirements");

  for (guint i = 0; i < json_array_get_length (extras); i++)
    {
      JsonObject *extra = json_array_get_object_element (extras, i);
      CpExtraResult *result;

      /* An organisation's own rule matters where the candidate would sit
       * its exam: in the candidate's city. */
      if (!cp_json_array_has_string (json_object_get_array_member (extra, "occupations"),
                                     cp_profile_get_occupation (profile)) ||
          old_region_distance (pack, json_object_get_string_member (extra, "region"),
                                     candidate_region (profile)) < 0 ||
          !cp_json_array_has_int (json_object_get_array_member (extra, "levels"), level->level) ||
          !cp_policy_in_force (extra, on))
        continue;

      result = g_new0 (CpExtraResult, 1);
      result->requirement = extra;
      old_condition_evaluate (json_object_get_object_member (extra, "condition"), profile, on, &result->result);
      g_ptr_array_add (level->extras, result);
    }
}

CpEligibility *
old_eligibility_evaluate (CpPolicyPack *pack,
                         CpProfile    *profile,
                         CpDay         on)
{
  CpEligibility *self;
  JsonArray *clauses = NULL;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (CP_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (on != 0, NULL);

  self = g_new0 (CpEligibility, 1);
  self->on = on;
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) old_level_result_free);
  self->rule_set = find_rule_set (pack, profile, on);
  if (self->rule_set != NULL)
    clauses = json_object_get_array_member (self->rule_set, "clauses");

  for (int level_number = 5; level_number >= 1; level_number--)
    {
      CpLevelResult *level = g_new0 (CpLevelResult, 1);

      level->level = level_number;
      level->clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) old_clause_result_free);
      level->extras = g_ptr_array_new_with_free_func ((GDestroyNotify) old_extra_result_free);
      level->documents = g_ptr_array_new ();

      for (guint i = 0; clauses != NULL && i < json_array_get_length (clauses); i++)
        {
          JsonObject *clause = json_array_get_object_element (clauses, i);
          CpClauseResult *result;

          if (json_object_get_int_member (clause, "level") != level_number)
            continue;
          result = evaluate_clause (clause, profile, on);
          level->eligible |= result->met;
          if (result->eligible_from != 0 &&
              (level->eligible_from == 0 || result->eligible_from < level->eligible_from))
            level->eligible_from = result->eligible_from;
          g_ptr_array_add (level->clauses, result);
        }

      level->chosen = choose_clause (level);
      /* The level's date is its clause's, so that the two never differ. */
      if (level->chosen != NULL && (level->eligible || level->chosen->eligible_from != 0))
        level->eligible_from = level->chosen->eligible_from;
      level->needs_confirmation = level->eligible && level->chosen != NULL && level->chosen->needs_confirmation;
      add_extras (level, pack, profile, on);
      add_documents (level, pack, profile);
      g_ptr_array_add (self->levels, level);
    }

  return self;
}
