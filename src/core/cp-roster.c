/* cp-roster.c
 *
 * Each row becomes a profile through the same reader as a saved candidate
 * (so it is checked the same way), and its errors are told by column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-csv.h"
#include "cp-roster.h"

#include <stdlib.h>
#include <string.h>

const char * const cp_roster_columns[] = {
  "name", "birth_date", "city", "occupation", "target_level",
  "work_start", "work_end",
  "certificate_level", "certificate_issued", "certificate_issuer",
  "title_grade", "title_matches_major", "title_obtained",
  "education_kind", "education_related_major", "education_assessed", "education_graduated", "education_final_year",
  "training_hours", "hukou_city", "insured_city", "documents_done",
  NULL
};

/* Where each column lands in the profile, so that the profile reader's
 * messages can be told back in the column's name. */
static const struct
{
  const char *path;
  const char *column;
} paths[] = {
  { "$.birth_date", "birth_date" },
  { "$.city", "city" },
  { "$.occupation", "occupation" },
  { "$.work_periods[0].start", "work_start" },
  { "$.work_periods[0].end", "work_end" },
  { "$.certificates[0].level", "certificate_level" },
  { "$.certificates[0].issued", "certificate_issued" },
  { "$.certificates[0].issuer", "certificate_issuer" },
  { "$.titles[0].grade", "title_grade" },
  { "$.titles[0].obtained", "title_obtained" },
  { "$.education[0].kind", "education_kind" },
  { "$.education[0].graduated", "education_graduated" },
  { "$.training_hours", "training_hours" },
  { "$.hukou_city", "hukou_city" },
  { "$.insured_city", "insured_city" },
};

static void
row_free (CpRosterRow *row)
{
  g_free (row->name);
  g_clear_object (&row->profile);
  g_ptr_array_unref (row->errors);
  g_clear_pointer (&row->eligibility, cp_eligibility_free);
  g_clear_pointer (&row->subsidy, cp_subsidy_answer_free);
  g_clear_pointer (&row->missing_documents, g_ptr_array_unref);
  g_free (row);
}

void
cp_roster_free (CpRoster *self)
{
  if (self == NULL)
    return;
  g_free (self->encoding);
  g_ptr_array_unref (self->rows);
  g_clear_object (&self->pack);
  g_free (self);
}

typedef struct
{
  GStrv        cells;
  GHashTable  *columns;  /* name → index */
  CpRosterRow *row;
} Reader;

static const char *
cell (Reader     *reader,
      const char *column)
{
  gpointer index;
  const char *value;

  if (!g_hash_table_lookup_extended (reader->columns, column, NULL, &index))
    return NULL;
  if (GPOINTER_TO_UINT (index) >= g_strv_length (reader->cells))
    return NULL;
  value = reader->cells[GPOINTER_TO_UINT (index)];
  return value[0] != '\0' ? value : NULL;
}

static void G_GNUC_PRINTF (3, 4)
row_error (Reader     *reader,
           const char *column,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: "column birth_date: 1995-02-30 is not a date" */
  g_ptr_array_add (reader->row->errors, g_strdup_printf (_("column %s: %s"), column, message));
}

static gboolean
read_int (Reader     *reader,
          const char *column,
          int         min,
          int         max,
          JsonObject *object,
          const char *member)
{
  const char *text = cell (reader, column);
  char *end = NULL;
  long value;

  if (text == NULL)
    return FALSE;
  value = strtol (text, &end, 10);
  if (*end != '\0' || value < min || value > max)
    {
      /* Translators: "expected a whole number from 1 to 5, got "four"" */
      row_error (reader, column, _("expected a whole number from %d to %d, got \"%s\""), min, max, text);
      return FALSE;
    }
  json_object_set_int_member (object, member, value);
  return TRUE;
}

static void
read_yes_no (Reader     *reader,
             const char *column,
             gboolean    needed,
             JsonObject *object,
             const char *member)
{
  const char *text = cell (reader, column);

  /* A missing yes/no is never taken as yes: that would make someone
   * eligible on data nobody entered. */
  if (text == NULL)
    {
      if (needed)
        row_error (reader, column, _("yes or no is needed here"));
      json_object_set_boolean_member (object, member, FALSE);
      return;
    }
  if (g_ascii_strcasecmp (text, "yes") == 0 || g_str_equal (text, "是"))
    json_object_set_boolean_member (object, member, TRUE);
  else if (g_ascii_strcasecmp (text, "no") == 0 || g_str_equal (text, "否"))
    json_object_set_boolean_member (object, member, FALSE);
  else
    {
      row_error (reader, column, _("expected yes or no, got \"%s\""), text);
      json_object_set_boolean_member (object, member, FALSE);
    }
}

static void
copy_string (Reader     *reader,
             const char *column,
             JsonObject *object,
             const char *member,
             gboolean    null_if_empty)
{
  const char *text = cell (reader, column);

  if (text != NULL)
    json_object_set_string_member (object, member, text);
  else if (null_if_empty)
    json_object_set_null_member (object, member);
}

static JsonObject *
build_profile (Reader *reader,
               int     target_level)
{
  JsonObject *root = json_object_new ();

  json_object_set_string_member (root, "format", "certpath-profile");
  json_object_set_int_member (root, "version", 1);
  copy_string (reader, "name", root, "name", TRUE);
  copy_string (reader, "birth_date", root, "birth_date", TRUE);
  copy_string (reader, "city", root, "city", FALSE);
  if (cell (reader, "occupation") != NULL)
    copy_string (reader, "occupation", root, "occupation", FALSE);
  else
    json_object_set_string_member (root, "occupation", "4-04-05-05");
  copy_string (reader, "hukou_city", root, "hukou_city", TRUE);
  copy_string (reader, "insured_city", root, "insured_city", TRUE);
  read_int (reader, "training_hours", 0, 100000, root, "training_hours");

  if (cell (reader, "work_start") != NULL)
    {
      JsonObject *period = json_object_new ();
      JsonArray *periods = json_array_new ();

      copy_string (reader, "work_start", period, "start", FALSE);
      copy_string (reader, "work_end", period, "end", TRUE);
      json_array_add_object_element (periods, period);
      json_object_set_array_member (root, "work_periods", periods);
    }
  else if (cell (reader, "work_end") != NULL)
    row_error (reader, "work_start", _("a work period needs its start"));

  if (cell (reader, "certificate_level") != NULL || cell (reader, "certificate_issued") != NULL)
    {
      JsonObject *certificate = json_object_new ();
      JsonArray *certificates = json_array_new ();

      json_object_set_string_member (certificate, "occupation",
                                     json_object_get_string_member (root, "occupation"));
      json_object_set_boolean_member (certificate, "related", TRUE);
      if (!read_int (reader, "certificate_level", 1, 5, certificate, "level") && cell (reader, "certificate_level") == NULL)
        row_error (reader, "certificate_level", _("a certificate needs its level"));
      if (cell (reader, "certificate_issued") == NULL)
        row_error (reader, "certificate_issued", _("a certificate needs its issue date"));
      copy_string (reader, "certificate_issued", certificate, "issued", FALSE);
      if (cell (reader, "certificate_issuer") != NULL)
        copy_string (reader, "certificate_issuer", certificate, "issuer", FALSE);
      else
        json_object_set_string_member (certificate, "issuer", "evaluation_org");
      json_array_add_object_element (certificates, certificate);
      json_object_set_array_member (root, "certificates", certificates);
    }

  if (cell (reader, "title_grade") != NULL)
    {
      JsonObject *title = json_object_new ();
      JsonArray *titles = json_array_new ();

      copy_string (reader, "title_grade", title, "grade", FALSE);
      read_yes_no (reader, "title_matches_major", TRUE, title, "matches_major");
      if (cell (reader, "title_obtained") == NULL)
        row_error (reader, "title_obtained", _("a title needs the date it was obtained"));
      copy_string (reader, "title_obtained", title, "obtained", FALSE);
      json_array_add_object_element (titles, title);
      json_object_set_array_member (root, "titles", titles);
    }

  if (cell (reader, "education_kind") != NULL)
    {
      JsonObject *education = json_object_new ();
      JsonArray *list = json_array_new ();

      copy_string (reader, "education_kind", education, "kind", FALSE);
      read_yes_no (reader, "education_related_major", TRUE, education, "related_major");
      read_yes_no (reader, "education_assessed", FALSE, education, "assessed");
      copy_string (reader, "education_graduated", education, "graduated", TRUE);
      read_yes_no (reader, "education_final_year", FALSE, education, "final_year");
      json_array_add_object_element (list, education);
      json_object_set_array_member (root, "education", list);
    }

  if (cell (reader, "documents_done") != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (cell (reader, "documents_done"), ";", -1);
      JsonObject *done = json_object_new ();
      JsonArray *array = json_array_new ();

      for (guint i = 0; ids[i] != NULL; i++)
        if (g_strstrip (ids[i])[0] != '\0')
          json_array_add_string_element (array, ids[i]);
      g_autofree char *key = g_strdup_printf ("%d", target_level);

      json_object_set_array_member (done, key, array);
      json_object_set_object_member (root, "documents_done", done);
    }
  return root;
}

/* "row.json: $.work_periods[0].end: end is before start" → "column
 * work_end: end is before start". */
static char *
message_by_column (const char *message)
{
  const char *path = strchr (message, ' ');

  if (path == NULL)
    return g_strdup (message);
  path++;
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      gsize length = strlen (paths[i].path);

      if (strncmp (path, paths[i].path, length) == 0 && path[length] == ':')
        return g_strdup_printf (_("column %s: %s"), paths[i].column, path + length + 2);
    }
  return g_strdup (path);
}

static void
evaluate_row (CpRosterRow  *row,
              CpPolicyPack *pack,
              CpDay         on)
{
  CpLevelResult *level = cp_eligibility_get_level (row->eligibility = cp_eligibility_evaluate (pack, row->profile, on),
                                                   row->target_level);
  CpSubsidyCertificate certificate = { cp_profile_get_occupation (row->profile), row->target_level, on, "evaluation_org" };

  row->missing_documents = g_ptr_array_new ();
  for (guint i = 0; i < level->documents->len; i++)
    {
      JsonObject *document = g_ptr_array_index (level->documents, i);

      /* In a roster, the documents column is for the target level. */
      if (!cp_profile_get_document_done (row->profile, row->target_level, json_object_get_string_member (document, "id")))
        g_ptr_array_add (row->missing_documents, document);
    }
  if (cp_profile_get_city (row->profile) != NULL)
    row->subsidy = cp_subsidy_evaluate (pack, row->profile, &certificate, cp_profile_get_city (row->profile), on);
}

CpRoster *
cp_roster_new_from_data (CpPolicyPack *pack,
                         const char   *data,
                         gsize         length,
                         CpDay         on,
                         int           level,
                         GError      **error)
{
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  CpRoster *self;
  GStrv header;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  text = cp_csv_to_utf8 (data, length, &encoding, error);
  if (text == NULL)
    return NULL;
  /* Four times the columns a roster can have: room for stray commas, no
   * room for a file of commas. */
  records = cp_csv_parse (text, CP_ROSTER_MAX_ROWS + 1, 4 * G_N_ELEMENTS (cp_roster_columns), &csv_error);
  if (g_error_matches (csv_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      /* Translators: %u is 20000 */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("more than %u rows; a roster has at most %u rows: split the class list"),
                   CP_ROSTER_MAX_ROWS, CP_ROSTER_MAX_ROWS);
      return NULL;
    }
  if (records == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&csv_error));
      return NULL;
    }
  if (records->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the file is empty"));
      return NULL;
    }

  header = g_ptr_array_index (records, 0);
  for (guint i = 0; header[i] != NULL; i++)
    {
      char *name = g_strstrip (header[i]);

      if (!g_strv_contains (cp_roster_columns, name))
        {
          /* Translators: %s is a column name */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("line 1: unknown column \"%s\"; see docs/roster-format.md"), name);
          return NULL;
        }
      g_hash_table_insert (columns, name, GUINT_TO_POINTER (i));
    }
  if (!g_hash_table_contains (columns, "name"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("line 1: the column \"name\" is missing"));
      return NULL;
    }

  self = g_new0 (CpRoster, 1);
  self->pack = g_object_ref (pack);
  self->on = on;
  self->encoding = g_strdup (encoding);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  for (guint r = 1; r < records->len; r++)
    {
      CpRosterRow *row = g_new0 (CpRosterRow, 1);
      Reader reader = { g_ptr_array_index (records, r), columns, row };
      g_autoptr(JsonObject) root = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GError) profile_error = NULL;
      g_autofree char *json = NULL;

      row->row = r + 1;
      row->errors = g_ptr_array_new_with_free_func (g_free);
      row->name = g_strdup (cell (&reader, "name"));
      g_ptr_array_add (self->rows, row);

      if (!read_int (&reader, "target_level", 1, 5, (root = json_object_new ()), "target_level") && level == 0)
        {
          if (cell (&reader, "target_level") == NULL)
            row_error (&reader, "target_level", _("give the level applied for, here or with --level"));
        }
      row->target_level = level != 0 ? level
                          : (json_object_has_member (root, "target_level") ? json_object_get_int_member (root, "target_level") : 0);
      g_clear_pointer (&root, json_object_unref);

      root = build_profile (&reader, row->target_level);
      node = json_node_init_object (json_node_alloc (), root);
      json = json_to_string (node, FALSE);
      row->profile = cp_profile_new_from_data (json, -1, "row", pack, &profile_error);
      if (profile_error != NULL)
        {
          g_auto(GStrv) messages = g_strsplit (profile_error->message, "\n", -1);

          /* The rows are built with every member the reader needs; one is
           * missing only where a cell was already reported as wrong. */
          for (guint i = 0; messages[i] != NULL; i++)
            if (!g_str_has_suffix (messages[i], "\" is missing"))
              g_ptr_array_add (row->errors, message_by_column (messages[i]));
        }
      if (row->errors->len > 0 || row->target_level == 0)
        {
          g_clear_object (&row->profile);
          continue;
        }
      evaluate_row (row, pack, on);
    }
  return self;
}
