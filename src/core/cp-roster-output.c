/* cp-roster-output.c: an evaluated roster as JSON and as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-csv.h"
#include "cp-roster.h"

static char *
eligible_levels (CpRosterRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; row->eligibility != NULL && i < row->eligibility->levels->len; i++)
    {
      CpLevelResult *level = g_ptr_array_index (row->eligibility->levels, i);

      if (level->eligible)
        g_string_append_printf (text, "%s%d", text->len > 0 ? " " : "", level->level);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whole yuan as text, NULL where unknown. */
static char *
yuan_text (const CpSubsidyAnswer *answer,
           gint64                 yuan)
{
  return answer != NULL && yuan != CP_YUAN_UNKNOWN ? g_strdup_printf ("%" G_GINT64_FORMAT, yuan) : NULL;
}

/* The target level's clause's sources, as people can read them. */
static char *
clause_sources (CpRoster      *self,
                CpLevelResult *level)
{
  return level != NULL && level->chosen != NULL ? cp_policy_record_cite (self->pack, level->chosen->clause) : NULL;
}

static CpLevelResult *
target (CpRosterRow *row)
{
  return row->eligibility != NULL ? cp_eligibility_get_level (row->eligibility, row->target_level) : NULL;
}

JsonNode *
cp_roster_to_json (CpRoster *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *on = cp_date_format (self->on);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "on");
  json_builder_add_string_value (builder, on);
  json_builder_set_member_name (builder, "encoding");
  json_builder_add_string_value (builder, self->encoding);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->rows->len; i++)
    {
      CpRosterRow *row = g_ptr_array_index (self->rows, i);
      CpLevelResult *level = target (row);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "row");
      json_builder_add_int_value (builder, row->row);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, row->name);
      json_builder_set_member_name (builder, "errors");
      json_builder_begin_array (builder);
      for (guint k = 0; k < row->errors->len; k++)
        json_builder_add_string_value (builder, g_ptr_array_index (row->errors, k));
      json_builder_end_array (builder);
      if (level != NULL)
        {
          g_autofree char *from = level->eligible_from != 0 ? cp_date_format (level->eligible_from) : NULL;

          json_builder_set_member_name (builder, "eligible_levels");
          json_builder_begin_array (builder);
          for (guint k = 0; k < row->eligibility->levels->len; k++)
            if (((CpLevelResult *) g_ptr_array_index (row->eligibility->levels, k))->eligible)
              json_builder_add_int_value (builder, ((CpLevelResult *) g_ptr_array_index (row->eligibility->levels, k))->level);
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "target_level");
          json_builder_add_int_value (builder, row->target_level);
          json_builder_set_member_name (builder, "eligible");
          json_builder_add_boolean_value (builder, level->eligible);
          json_builder_set_member_name (builder, "eligible_from");
          json_builder_add_string_value (builder, from);
          json_builder_set_member_name (builder, "clause");
          json_builder_add_string_value (builder, level->chosen != NULL ? level->chosen->id : NULL);
          g_autofree char *cited = clause_sources (self, level);

          json_builder_set_member_name (builder, "clause_sources");
          json_builder_add_string_value (builder, cited);
          cp_json_add_yuan (builder, "subsidy", row->subsidy != NULL ? row->subsidy->amount : CP_YUAN_UNKNOWN);
          cp_json_add_yuan (builder, "subsidy_min", row->subsidy != NULL ? row->subsidy->amount_min : CP_YUAN_UNKNOWN);
          cp_json_add_yuan (builder, "subsidy_max", row->subsidy != NULL ? row->subsidy->amount_max : CP_YUAN_UNKNOWN);
          json_builder_set_member_name (builder, "subsidy_certainty");
          json_builder_add_string_value (builder, row->subsidy != NULL ? cp_certainty_to_string (row->subsidy->certainty_max) : NULL);
          json_builder_set_member_name (builder, "missing_documents");
          json_builder_begin_array (builder);
          for (guint k = 0; k < row->missing_documents->len; k++)
            json_builder_add_string_value (builder,
                                           json_object_get_string_member (g_ptr_array_index (row->missing_documents, k), "id"));
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
cp_roster_to_csv (CpRoster *self)
{
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF" "row,name,errors,eligible_levels,target_level,eligible,eligible_from,clause,subsidy,missing_documents,"
                                       "subsidy_min,subsidy_max,subsidy_certainty,clause_sources\r\n");

  for (guint i = 0; i < self->rows->len; i++)
    {
      CpRosterRow *row = g_ptr_array_index (self->rows, i);
      CpLevelResult *level = target (row);
      g_autofree char *number = g_strdup_printf ("%u", row->row);
      g_autofree char *errors = NULL;
      g_autofree char *levels = eligible_levels (row);
      g_autofree char *target_level = level != NULL ? g_strdup_printf ("%d", row->target_level) : NULL;
      g_autofree char *from = level != NULL && level->eligible_from != 0 ? cp_date_format (level->eligible_from) : NULL;
      g_autofree char *subsidy = yuan_text (row->subsidy, row->subsidy != NULL ? row->subsidy->amount : 0);
      g_autofree char *subsidy_min = yuan_text (row->subsidy, row->subsidy != NULL ? row->subsidy->amount_min : 0);
      g_autofree char *subsidy_max = yuan_text (row->subsidy, row->subsidy != NULL ? row->subsidy->amount_max : 0);
      g_autofree char *cited = clause_sources (self, level);
      g_autoptr(GString) missing = g_string_new (NULL);
      g_autoptr(GString) line = g_string_new (NULL);

      g_ptr_array_add (row->errors, NULL);
      errors = g_strjoinv ("; ", (char **) row->errors->pdata);
      g_ptr_array_remove_index (row->errors, row->errors->len - 1);
      for (guint k = 0; row->missing_documents != NULL && k < row->missing_documents->len; k++)
        g_string_append_printf (missing, "%s%s", k > 0 ? " " : "",
                                json_object_get_string_member (g_ptr_array_index (row->missing_documents, k), "id"));

      cp_csv_append_field (line, number, TRUE);
      cp_csv_append_field (line, row->name, FALSE);
      cp_csv_append_field (line, errors, FALSE);
      cp_csv_append_field (line, levels, FALSE);
      cp_csv_append_field (line, target_level, FALSE);
      cp_csv_append_field (line, level != NULL ? (level->eligible ? "yes" : "no") : NULL, FALSE);
      cp_csv_append_field (line, from, FALSE);
      cp_csv_append_field (line, level != NULL && level->chosen != NULL ? level->chosen->id : NULL, FALSE);
      cp_csv_append_field (line, subsidy, FALSE);
      cp_csv_append_field (line, missing->str, FALSE);
      cp_csv_append_field (line, subsidy_min, FALSE);
      cp_csv_append_field (line, subsidy_max, FALSE);
      cp_csv_append_field (line, row->subsidy != NULL ? cp_certainty_label (row->subsidy->certainty_max) : NULL, FALSE);
      cp_csv_append_field (line, cited, FALSE);
      g_string_append_printf (text, "%s\r\n", line->str);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
