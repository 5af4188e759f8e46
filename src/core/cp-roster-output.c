/* cp-roster-output.c: an evaluated roster as JSON (ids, for programs) and
 * as a table for people (names, in the UI language)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-csv.h"
#include "cp-roster.h"
#include "cp-roster-columns.h"
#include "cp-text.h"

/* The target level's clause's sources, as people can read them. */
static char *
clause_sources (CpRoster      *self,
                CpLevelResult *level)
{
  char *cited;

  if (level == NULL || level->chosen == NULL)
    return NULL;
  if (self->cited == NULL)
    self->cited = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  cited = g_hash_table_lookup (self->cited, level->chosen->clause);
  if (cited == NULL)
    {
      cited = cp_policy_record_cite (self->pack, level->chosen->clause);
      g_hash_table_insert (self->cited, level->chosen->clause, cited);
    }
  return g_strdup (cited);
}

static CpLevelResult *
target (CpRosterRow *row)
{
  return row->eligibility != NULL ? cp_eligibility_get_level (row->eligibility, row->target_level) : NULL;
}

/* The roster's own members, "rows" left open for the caller. */
static void
begin_roster (CpRoster    *self,
              JsonBuilder *builder)
{
  g_autofree char *on = cp_date_format (self->on);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "on");
  json_builder_add_string_value (builder, on);
  json_builder_set_member_name (builder, "encoding");
  json_builder_add_string_value (builder, self->encoding);
  json_builder_set_member_name (builder, "ignored_columns");
  json_builder_begin_array (builder);
  for (guint i = 0; self->ignored_columns[i] != NULL; i++)
    json_builder_add_string_value (builder, self->ignored_columns[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
}

static void
add_row (CpRoster    *self,
         CpRosterRow *row,
         JsonBuilder *builder)
{
  CpLevelResult *level = target (row);
  g_autofree char *birth = row->birth_date != 0 ? cp_date_format (row->birth_date) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "row");
  json_builder_add_int_value (builder, row->row);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, row->name);
  json_builder_set_member_name (builder, "birth_date");
  json_builder_add_string_value (builder, birth);
  json_builder_set_member_name (builder, "errors");
  json_builder_begin_array (builder);
  for (guint k = 0; k < row->errors->len; k++)
    json_builder_add_string_value (builder, g_ptr_array_index (row->errors, k));
  json_builder_end_array (builder);
  if (level != NULL)
    {
      g_autofree char *from = level->eligible_from != 0 ? cp_date_format (level->eligible_from) : NULL;
      g_autofree char *cited = clause_sources (self, level);

      json_builder_set_member_name (builder, "city");
      json_builder_add_string_value (builder, cp_profile_get_city (row->profile));
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

JsonNode *
cp_roster_to_json (CpRoster *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  begin_roster (self, builder);
  for (guint i = 0; i < self->rows->len; i++)
    add_row (self, g_ptr_array_index (self->rows, i), builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
cp_roster_header_to_json (CpRoster *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  begin_roster (self, builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
cp_roster_row_to_json (CpRoster    *self,
                       CpRosterRow *row)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  add_row (self, row, builder);
  return json_builder_get_root (builder);
}

/* ---------- For people ---------- */

static const char *
level_text (CpPolicyPack *pack,
            int           level,
            const char   *member)
{
  JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");

  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    {
      JsonObject *record = json_array_get_object_element (levels, i);

      if (json_object_get_int_member (record, "level") == level)
        return cp_text_get_member (record, member, NULL);
    }
  return NULL;
}

const char *
cp_roster_level_name (CpPolicyPack *pack,
                      int           level)
{
  return level_text (pack, level, "name");
}

char *
cp_roster_row_levels_text (CpRoster    *self,
                           CpRosterRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; row->eligibility != NULL && i < row->eligibility->levels->len; i++)
    {
      CpLevelResult *level = g_ptr_array_index (row->eligibility->levels, i);

      if (level->eligible)
        g_string_append_printf (text, "%s%s", text->len > 0 ? _(", ") : "",
                                level_text (self->pack, level->level, "short_name"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
cp_roster_row_clause_text (CpRosterRow *row)
{
  CpLevelResult *level = target (row);

  if (level == NULL || level->chosen == NULL)
    return g_strdup ("");
  /* Translators: "clause 2: A level 4 certificate, then 4 years' work …" */
  return g_strdup_printf (_("clause %d: %s"), level->chosen->number,
                          cp_text_get_member (level->chosen->clause, "text", NULL));
}

char *
cp_roster_row_documents_text (CpRosterRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; row->missing_documents != NULL && k < row->missing_documents->len; k++)
    {
      if (k > 0)
        g_string_append (text, _("; "));
      g_string_append (text, cp_text_get_member (g_ptr_array_index (row->missing_documents, k), "name", NULL));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
join_messages (GPtrArray *messages)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < messages->len; k++)
    g_string_append_printf (text, "%s%s", k > 0 ? _("; ") : "", (char *) g_ptr_array_index (messages, k));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
cp_roster_row_errors_text (CpRosterRow *row)
{
  return join_messages (row->errors);
}

char *
cp_roster_row_problems_text (CpRosterRow *row)
{
  return join_messages (row->problems);
}

char *
cp_roster_row_subsidy_text (CpRosterRow *row)
{
  if (row->subsidy == NULL)
    return g_strdup ("");
  if (row->subsidy->amount != CP_YUAN_UNKNOWN)
    return g_strdup_printf ("%" G_GINT64_FORMAT, row->subsidy->amount);
  /* A range where a source gives only a ceiling. */
  if (row->subsidy->amount_min != CP_YUAN_UNKNOWN && row->subsidy->amount_max != CP_YUAN_UNKNOWN)
    return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, row->subsidy->amount_min, row->subsidy->amount_max);
  return g_strdup (_("unknown"));
}

/* The columns of the results, in order. */
static const char * const result_headers[] = {
  N_("Row"), N_("Name"), N_("Birth date"), N_("Problems"), N_("Levels open"), N_("Level applied for"),
  N_("Eligible"), N_("Eligible from"), N_("Clause"), N_("Subsidy (yuan)"), N_("Missing documents"),
  N_("How sure the subsidy is"), N_("Sources of the clause"),
};

static GStrv
strv_from_array (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);
  return (GStrv) g_ptr_array_free (array, FALSE);
}

GStrv
cp_roster_result_header (void)
{
  GPtrArray *header = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (result_headers); i++)
    g_ptr_array_add (header, g_strdup (_(result_headers[i])));
  return strv_from_array (header);
}

GStrv
cp_roster_row_to_record (CpRoster    *self,
                         CpRosterRow *row)
{
  CpLevelResult *level = target (row);
  GPtrArray *record = g_ptr_array_new ();
  const char *level_name = level != NULL ? cp_roster_level_name (self->pack, row->target_level) : NULL;

  g_ptr_array_add (record, g_strdup_printf ("%u", row->row));
  g_ptr_array_add (record, g_strdup (row->name != NULL ? row->name : ""));
  g_ptr_array_add (record, row->birth_date != 0 ? cp_date_format (row->birth_date) : g_strdup (""));
  g_ptr_array_add (record, cp_roster_row_errors_text (row));
  g_ptr_array_add (record, cp_roster_row_levels_text (self, row));
  g_ptr_array_add (record, g_strdup (level_name != NULL ? level_name : ""));
  g_ptr_array_add (record, g_strdup (level == NULL ? "" : level->eligible ? _("yes") : _("no")));
  g_ptr_array_add (record, level != NULL && level->eligible_from != 0 ? cp_date_format (level->eligible_from)
                                                                       : g_strdup (""));
  g_ptr_array_add (record, cp_roster_row_clause_text (row));
  g_ptr_array_add (record, cp_roster_row_subsidy_text (row));
  g_ptr_array_add (record, cp_roster_row_documents_text (row));
  g_ptr_array_add (record, g_strdup (row->subsidy != NULL ? cp_certainty_label (row->subsidy->certainty_max) : ""));
  g_ptr_array_add (record, level != NULL && level->chosen != NULL ? clause_sources (self, level) : g_strdup (""));
  return strv_from_array (record);
}

GPtrArray *
cp_roster_to_table (CpRoster *self)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (table, cp_roster_result_header ());
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (table, cp_roster_row_to_record (self, g_ptr_array_index (self->rows, i)));
  return table;
}

GPtrArray *
cp_roster_template_table (void)
{
  /* The example is made up; its ID number is left out on purpose. */
  static const struct { const char *column; const char *en; const char *zh; } example[] = {
    { "name", "Wang Xiaoming", "王小明" },
    { "birth_date", "1995-03-01", "1995-03-01" },
    { "city", "Guangzhou", "广州" },
    { "target_level", "3", "三级/高级工" },
    { "work_start", "2016-07-01", "2016-07-01" },
    { "certificate_level", "4", "四级/中级工" },
    { "certificate_issued", "2021-05-10", "2021-05-10" },
    { "education_kind", "college", "大专" },
    { "education_related_major", "yes", "是" },
    { "education_graduated", "2016-06-30", "2016-06-30" },
    { "insured_city", "Guangzhou", "广州" },
  };
  gboolean chinese = g_str_equal (cp_text_language (), "zh_CN");
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *header = g_ptr_array_new ();
  GPtrArray *record = g_ptr_array_new ();

  for (guint i = 0; cp_roster_column_list[i].id != NULL; i++)
    {
      const char *value = "";

      for (guint k = 0; k < G_N_ELEMENTS (example); k++)
        if (g_str_equal (example[k].column, cp_roster_column_list[i].id))
          value = chinese ? example[k].zh : example[k].en;
      g_ptr_array_add (header, g_strdup (_(cp_roster_column_list[i].label)));
      g_ptr_array_add (record, g_strdup (value));
    }
  g_ptr_array_add (table, strv_from_array (header));
  g_ptr_array_add (table, strv_from_array (record));
  return table;
}

void
cp_roster_append_csv_record (GString *text,
                             GStrv    record)
{
  for (guint k = 0; record[k] != NULL; k++)
    cp_csv_append_field (text, record[k], k == 0);
  g_string_append (text, "\r\n");
}

char *
cp_roster_table_to_csv (GPtrArray *table)
{
  GString *text = g_string_new ("\xEF\xBB\xBF");

  for (guint i = 0; i < table->len; i++)
    cp_roster_append_csv_record (text, g_ptr_array_index (table, i));
  return g_string_free (text, FALSE);
}

char *
cp_roster_to_csv (CpRoster *self)
{
  g_autoptr(GPtrArray) table = cp_roster_to_table (self);

  return cp_roster_table_to_csv (table);
}
