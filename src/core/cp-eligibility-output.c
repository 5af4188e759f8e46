/* cp-eligibility-output.c: an eligibility answer as JSON and as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-eligibility.h"
#include "cp-policy-sources.h"
#include "cp-text.h"

static const char *
status_name (CpConditionStatus status)
{
  switch (status)
    {
    case CP_CONDITION_MET:
      return "met";
    case CP_CONDITION_NOT_MET:
      return "not_met";
    case CP_CONDITION_UNKNOWN:
      return "unknown";
    case CP_CONDITION_CONFIRM:
      return "confirm";
    default:
      g_assert_not_reached ();
    }
}

static void
add_day (JsonBuilder *builder,
         const char  *member,
         CpDay        day)
{
  json_builder_set_member_name (builder, member);
  if (day == 0)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = cp_date_format (day);
      json_builder_add_string_value (builder, text);
    }
}

static void
add_condition (JsonBuilder             *builder,
               const CpConditionResult *condition)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, condition->kind);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, condition->text);
  json_builder_set_member_name (builder, "met");
  json_builder_add_boolean_value (builder, condition->status == CP_CONDITION_MET);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_name (condition->status));
  json_builder_set_member_name (builder, "detail");
  json_builder_add_string_value (builder, condition->detail);
  add_day (builder, "met_from", condition->reachable ? condition->met_from : 0);
  json_builder_end_object (builder);
}

static void
add_sources (JsonBuilder *builder,
             JsonObject  *record)
{
  JsonArray *sources = json_object_get_array_member (record, "sources");

  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, json_array_get_string_element (sources, 0));
  json_builder_set_member_name (builder, "sources");
  json_builder_add_value (builder, json_node_copy (json_object_get_member (record, "sources")));
}

static void
add_clause (JsonBuilder          *builder,
            const CpClauseResult *clause)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, clause->id);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, clause->number);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, cp_text_get_member (clause->clause, "text", NULL));
  json_builder_set_member_name (builder, "met");
  json_builder_add_boolean_value (builder, clause->met);
  json_builder_set_member_name (builder, "needs_confirmation");
  json_builder_add_boolean_value (builder, clause->needs_confirmation);
  add_day (builder, "eligible_from", clause->eligible_from);
  add_sources (builder, clause->clause);
  json_builder_set_member_name (builder, "conditions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < clause->conditions->len; i++)
    add_condition (builder, &g_array_index (clause->conditions, CpConditionResult, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_level (JsonBuilder         *builder,
           const CpLevelResult *level,
           CpProfile           *profile)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, level->level);
  json_builder_set_member_name (builder, "eligible");
  json_builder_add_boolean_value (builder, level->eligible);
  json_builder_set_member_name (builder, "needs_confirmation");
  json_builder_add_boolean_value (builder, level->needs_confirmation);
  add_day (builder, "eligible_from", level->eligible_from);
  json_builder_set_member_name (builder, "chosen_clause");
  if (level->chosen != NULL)
    json_builder_add_string_value (builder, level->chosen->id);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "clauses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < level->clauses->len; i++)
    add_clause (builder, g_ptr_array_index (level->clauses, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "extra_requirements");
  json_builder_begin_array (builder);
  for (guint i = 0; i < level->extras->len; i++)
    {
      const CpExtraResult *extra = g_ptr_array_index (level->extras, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, json_object_get_string_member (extra->requirement, "id"));
      json_builder_set_member_name (builder, "organisation");
      json_builder_add_string_value (builder, cp_text_get_member (extra->requirement, "organisation", NULL));
      json_builder_set_member_name (builder, "region");
      json_builder_add_string_value (builder, json_object_get_string_member (extra->requirement, "region"));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, cp_text_get_member (extra->requirement, "text", NULL));
      json_builder_set_member_name (builder, "met");
      json_builder_add_boolean_value (builder, extra->result.status == CP_CONDITION_MET);
      json_builder_set_member_name (builder, "detail");
      json_builder_add_string_value (builder, extra->result.detail);
      add_sources (builder, extra->requirement);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < level->documents->len; i++)
    json_builder_add_string_value (builder, json_object_get_string_member (g_ptr_array_index (level->documents, i), "id"));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "documents_done");
  json_builder_begin_array (builder);
  for (guint i = 0; i < level->documents->len; i++)
    {
      const char *id = json_object_get_string_member (g_ptr_array_index (level->documents, i), "id");

      if (cp_profile_get_document_done (profile, level->level, id))
        json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

JsonNode *
cp_eligibility_to_json (CpEligibility *self,
                        CpProfile     *profile)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_day (builder, "on", self->on);
  json_builder_set_member_name (builder, "rule_set");
  if (self->rule_set != NULL)
    json_builder_add_string_value (builder, json_object_get_string_member (self->rule_set, "id"));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->levels->len; i++)
    add_level (builder, g_ptr_array_index (self->levels, i), profile);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static const char *
mark (CpConditionStatus status)
{
  switch (status)
    {
    case CP_CONDITION_MET:
      return "✔";
    case CP_CONDITION_NOT_MET:
      return "✘";
    case CP_CONDITION_UNKNOWN:
      return "?";
    case CP_CONDITION_CONFIRM:
      return "…";
    default:
      g_assert_not_reached ();
    }
}

char *
cp_level_result_headline (const CpLevelResult *level,
                          CpDay                on)
{
  g_autofree char *from = level->eligible_from != 0 ? cp_date_format (level->eligible_from) : NULL;

  if (level->eligible && level->needs_confirmation)
    return g_strdup (_("Meets the published conditions, once the candidate confirms what the app cannot check"));
  if (level->eligible)
    return g_strdup (_("Meets the published conditions"));
  if (level->eligible_from != 0)
    /* Translators: %s is a date */
    return g_strdup_printf (_("Meets the published conditions from %s if the current work goes on"), from);
  if (level->clauses->len == 0)
    return g_strdup (_("Unknown: no application conditions in the data cover this candidate"));
  for (guint i = 0; i < level->clauses->len; i++)
    if (((CpClauseResult *) g_ptr_array_index (level->clauses, i))->unknown)
      return g_strdup (_("Cannot tell yet: information marked ? is missing"));
  return g_strdup (_("Not by time alone: needs one of the conditions marked ✘"));
}

char *
cp_eligibility_to_text (CpEligibility *self,
                        CpPolicyPack  *pack,
                        CpProfile     *profile)
{
  JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *on = cp_date_format (self->on);

  /* Translators: %s is a date; the answer never says more than the rules do */
  g_string_append_printf (text, _("Application conditions as of %s"), on);
  g_string_append (text, "\n");
  if (self->rule_set != NULL)
    g_string_append_printf (text, "%s\n", cp_text_get_member (self->rule_set, "name", NULL));

  for (guint i = 0; i < self->levels->len; i++)
    {
      const CpLevelResult *level = g_ptr_array_index (self->levels, i);
      g_autofree char *headline = cp_level_result_headline (level, self->on);
      const char *level_name = NULL;

      for (guint k = 0; k < json_array_get_length (levels); k++)
        if (json_object_get_int_member (json_array_get_object_element (levels, k), "level") == level->level)
          level_name = cp_text_get_member (json_array_get_object_element (levels, k), "name", NULL);

      g_string_append_printf (text, "\n%s %s: %s\n", level->eligible ? "✔" : "✘", level_name, headline);
      for (guint c = 0; c < level->clauses->len; c++)
        {
          const CpClauseResult *clause = g_ptr_array_index (level->clauses, c);
          g_autofree char *from = clause->eligible_from != 0 ? cp_date_format (clause->eligible_from) : NULL;
          g_autofree char *cited = cp_policy_record_cite (pack, clause->clause);

          g_string_append_printf (text, "  %s (%d) %s\n", clause->met ? "✔" : "✘", clause->number,
                                  cp_text_get_member (clause->clause, "text", NULL));
          for (guint k = 0; k < clause->conditions->len; k++)
            {
              const CpConditionResult *condition = &g_array_index (clause->conditions, CpConditionResult, k);
              g_string_append_printf (text, "      %s %s — %s\n", mark (condition->status), condition->text,
                                      condition->detail);
            }
          if (!clause->met && from != NULL)
            /* Translators: %s is a date */
            g_string_append_printf (text, "      → %s\n", from);
          g_string_append_printf (text, "      [%s]\n", cited != NULL ? cited : "");
        }
      if (level->eligible && level->chosen != NULL)
        {
          g_autofree char *from = cp_date_format (level->eligible_from);
          /* Translators: the clause a level rests on, and the date it opened the level */
          g_string_append (text, "  ");
          g_string_append_printf (text, _("By clause (%d), from %s"), level->chosen->number, from);
          g_string_append (text, "\n");
        }
      for (guint e = 0; e < level->extras->len; e++)
        {
          const CpExtraResult *extra = g_ptr_array_index (level->extras, e);
          g_string_append_printf (text, "  %s %s: %s — %s\n", mark (extra->result.status),
                                  cp_text_get_member (extra->requirement, "organisation", NULL),
                                  cp_text_get_member (extra->requirement, "text", NULL), extra->result.detail);
          if (json_object_has_member (extra->requirement, "centre"))
            g_string_append_printf (text, "      %s\n", _("That organisation's own rule, for its sessions only; not a condition of the province."));
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
