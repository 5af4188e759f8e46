/* cp-roster.c
 *
 * Each row's cells are read as people type them (cp-roster-values.c),
 * then become a profile through the same reader as a saved candidate, so
 * it is checked the same way. Errors are told in the UI language and name
 * the column as the file heads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-csv.h"
#include "cp-roster.h"
#include "cp-roster-columns.h"
#include "cp-roster-values.h"

#include <stdlib.h>
#include <string.h>

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

/* The first rows may hold a title ("2026年第一期报名表") above the header. */
#define HEADER_SEARCH_ROWS 5

static void
row_free (CpRosterRow *row)
{
  g_free (row->name);
  g_clear_object (&row->profile);
  g_ptr_array_unref (row->errors);
  g_ptr_array_unref (row->problems);
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
  g_strfreev (self->ignored_columns);
  g_clear_pointer (&self->cited, g_hash_table_unref);
  g_free (self);
}

typedef struct
{
  GStrv          headers;   /* as written */
  GHashTable    *columns;   /* column id → index */
  CpRosterNames *names;
  GStrv          cells;
  CpRosterRow   *row;
  CpSchemaChecker *checker;  /* the pack's ids defined once, for every row */
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

/* The column as the file heads it, or in the UI language if absent. */
static const char *
header_of (Reader     *reader,
           const char *column)
{
  gpointer index;

  if (g_hash_table_lookup_extended (reader->columns, column, NULL, &index))
    return reader->headers[GPOINTER_TO_UINT (index)];
  return _(cp_roster_column_by_id (column)->label);
}

static void
add_error (Reader     *reader,
           const char *column,
           const char *message)
{
  /* Translators: "row 29, Birth date: 1995/2/30 is not a valid date" */
  g_ptr_array_add (reader->row->errors, g_strdup_printf (_("row %u, %s: %s"), reader->row->row,
                                                         header_of (reader, column), message));
  /* Translators: "Birth date: 1995/2/30 is not a valid date", beside the row's number */
  g_ptr_array_add (reader->row->problems, g_strdup_printf (_("%s: %s"), header_of (reader, column), message));
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
  add_error (reader, column, message);
}

/* Spaces of any width around a cell are not part of it. */
static void
trim_cell (char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *last = g_utf8_find_prev_char (start, end);

      if (last == NULL || !g_unichar_isspace (g_utf8_get_char (last)))
        break;
      end = last;
    }
  memmove (text, start, end - start);
  text[end - start] = '\0';
}

static CpDay
read_date (Reader     *reader,
           const char *column,
           JsonObject *object,
           const char *member)
{
  const char *text = cell (reader, column);
  CpDay day = 0;

  if (text == NULL)
    return 0;
  switch (cp_roster_parse_date (text, &day))
    {
    case CP_DATE_OK:
      {
        g_autofree char *iso = cp_date_format (day);
        json_object_set_string_member (object, member, iso);
        return day;
      }
    case CP_DATE_IMPOSSIBLE:
      /* Translators: %s is the date as written */
      row_error (reader, column, _("%s is not a valid date"), text);
      return 0;
    case CP_DATE_MALFORMED:
    default:
      /* Translators: %s is what the cell holds */
      row_error (reader, column, _("%s is not a date; write it as 1992-03-08"), text);
      return 0;
    }
}

static int
read_level (Reader     *reader,
            const char *column)
{
  const char *text = cell (reader, column);
  int level;

  if (text == NULL)
    return 0;
  level = cp_roster_names_level (reader->names, text);
  if (level == 0)
    /* Translators: %s is what the cell holds */
    row_error (reader, column, _("%s is not a level; write 1 to 5 or a name such as 三级/高级工"), text);
  return level;
}

static void
read_city (Reader     *reader,
           const char *column,
           JsonObject *object,
           const char *member)
{
  const char *text = cell (reader, column);
  const char *id;

  if (text == NULL)
    {
      if (!g_str_equal (column, "city"))
        json_object_set_null_member (object, member);
      return;
    }
  id = cp_roster_names_city (reader->names, text);
  if (id == NULL)
    {
      /* Translators: %s is what the cell holds */
      row_error (reader, column, _("%s is not a city the app has data for"), text);
      return;
    }
  json_object_set_string_member (object, member, id);
}

static void
read_hours (Reader     *reader,
            const char *column,
            JsonObject *object,
            const char *member)
{
  const char *text = cell (reader, column);
  g_autofree char *normal = NULL;
  char *end = NULL;
  long value;

  if (text == NULL)
    return;
  normal = cp_roster_normalize (text);
  value = strtol (normal, &end, 10);
  if (end == normal || value < 0 || value > 100000 ||
      (*end != '\0' && !g_str_equal (end, "学时") && !g_str_equal (end, "小时") && !g_str_equal (end, "h")))
    {
      /* Translators: %s is what the cell holds */
      row_error (reader, column, _("%s is not a number of hours"), text);
      return;
    }
  json_object_set_int_member (object, member, value);
}

static void
read_yes_no (Reader     *reader,
             const char *column,
             gboolean    needed,
             JsonObject *object,
             const char *member)
{
  const char *text = cell (reader, column);
  gboolean yes = FALSE;

  /* A missing yes/no is never taken as yes: that would make someone
   * eligible on data nobody entered. */
  if (text == NULL)
    {
      if (needed)
        row_error (reader, column, _("yes or no is needed here"));
    }
  else if (!cp_roster_parse_yes_no (text, &yes))
    /* Translators: %s is what the cell holds */
    row_error (reader, column, _("%s is not yes or no (是/否, Y/N, √/×)"), text);
  json_object_set_boolean_member (object, member, yes);
}

/* A cell read by one of the word tables of cp-roster-values.c. */
static const char *
read_word (Reader      *reader,
           const char  *column,
           const char *(*parse) (const char *text))
{
  const char *text = cell (reader, column);
  const char *word;

  if (text == NULL)
    return NULL;
  word = parse (text);
  if (word == NULL)
    /* Translators: %s is what the cell holds */
    row_error (reader, column, _("%s is not a value the app knows here; see the template"), text);
  return word;
}

static void
copy_string (Reader     *reader,
             const char *column,
             JsonObject *object,
             const char *member)
{
  const char *text = cell (reader, column);

  if (text != NULL)
    json_object_set_string_member (object, member, text);
}

/* The birth date: its own column, else the ID number. The number is only
 * read here, never kept. */
static void
read_birth_date (Reader     *reader,
                 JsonObject *root)
{
  const char *id_number = cell (reader, "id_number");
  CpDay from_id = 0, day;

  if (id_number != NULL)
    switch (cp_roster_id_number_birth_date (id_number, &from_id))
      {
      case CP_ID_NUMBER_OK:
        break;
      case CP_ID_NUMBER_CHECK_DIGIT:
        add_error (reader, "id_number", _("the last character does not check: the number is mistyped"));
        break;
      case CP_ID_NUMBER_BAD_DATE:
        add_error (reader, "id_number", _("the number holds no valid birth date"));
        break;
      case CP_ID_NUMBER_MALFORMED:
      default:
        add_error (reader, "id_number", _("an ID number has 18 characters: 17 digits and a digit or X"));
      }

  day = read_date (reader, "birth_date", root, "birth_date");
  if (day != 0 && from_id != 0 && day != from_id)
    add_error (reader, "birth_date", _("differs from the birth date in the ID number"));
  if (cell (reader, "birth_date") == NULL && from_id != 0)
    {
      g_autofree char *iso = cp_date_format (from_id);
      json_object_set_string_member (root, "birth_date", iso);
      day = from_id;
    }
  if (!json_object_has_member (root, "birth_date"))
    json_object_set_null_member (root, "birth_date");
  reader->row->birth_date = day;
}

static void
read_work (Reader     *reader,
           JsonObject *root)
{
  JsonObject *period;
  JsonArray *periods;
  CpDay start, end;

  if (cell (reader, "work_start") == NULL)
    {
      if (cell (reader, "work_end") != NULL)
        add_error (reader, "work_start", _("a work period needs its start"));
      return;
    }
  period = json_object_new ();
  periods = json_array_new ();
  start = read_date (reader, "work_start", period, "start");
  end = read_date (reader, "work_end", period, "end");
  if (!json_object_has_member (period, "end"))
    json_object_set_null_member (period, "end");
  if (start != 0 && end != 0 && end < start)
    add_error (reader, "work_end", _("the end is before the start"));
  json_array_add_object_element (periods, period);
  json_object_set_array_member (root, "work_periods", periods);
}

static void
read_certificate (Reader     *reader,
                  JsonObject *root)
{
  JsonObject *certificate;
  JsonArray *certificates;
  const char *issuer;
  int level;

  if (cell (reader, "certificate_level") == NULL && cell (reader, "certificate_issued") == NULL)
    return;
  certificate = json_object_new ();
  certificates = json_array_new ();
  json_object_set_string_member (certificate, "occupation", json_object_get_string_member (root, "occupation"));
  json_object_set_boolean_member (certificate, "related", TRUE);
  level = read_level (reader, "certificate_level");
  if (cell (reader, "certificate_level") == NULL)
    add_error (reader, "certificate_level", _("a certificate needs its level"));
  if (level != 0)
    json_object_set_int_member (certificate, "level", level);
  if (cell (reader, "certificate_issued") == NULL)
    add_error (reader, "certificate_issued", _("a certificate needs its issue date"));
  read_date (reader, "certificate_issued", certificate, "issued");
  issuer = read_word (reader, "certificate_issuer", cp_roster_parse_issuer);
  json_object_set_string_member (certificate, "issuer", issuer != NULL ? issuer : "evaluation_org");
  json_array_add_object_element (certificates, certificate);
  json_object_set_array_member (root, "certificates", certificates);
}

static void
read_title (Reader     *reader,
            JsonObject *root)
{
  JsonObject *title;
  JsonArray *titles;
  const char *grade;

  if (cell (reader, "title_grade") == NULL)
    return;
  title = json_object_new ();
  titles = json_array_new ();
  grade = read_word (reader, "title_grade", cp_roster_parse_title);
  if (grade != NULL)
    json_object_set_string_member (title, "grade", grade);
  read_yes_no (reader, "title_matches_major", TRUE, title, "matches_major");
  if (cell (reader, "title_obtained") == NULL)
    add_error (reader, "title_obtained", _("a title needs the date it was obtained"));
  read_date (reader, "title_obtained", title, "obtained");
  json_array_add_object_element (titles, title);
  json_object_set_array_member (root, "titles", titles);
}

static void
read_education (Reader     *reader,
                JsonObject *root)
{
  JsonObject *education;
  JsonArray *list;
  const char *kind = read_word (reader, "education_kind", cp_roster_parse_education);

  /* 初中 or 高中 is read, but no clause counts it. */
  if (kind == NULL || kind[0] == '\0')
    return;
  education = json_object_new ();
  list = json_array_new ();
  json_object_set_string_member (education, "kind", kind);
  read_yes_no (reader, "education_related_major", TRUE, education, "related_major");
  read_yes_no (reader, "education_assessed", FALSE, education, "assessed");
  read_date (reader, "education_graduated", education, "graduated");
  if (!json_object_has_member (education, "graduated"))
    json_object_set_null_member (education, "graduated");
  read_yes_no (reader, "education_final_year", FALSE, education, "final_year");
  json_array_add_object_element (list, education);
  json_object_set_array_member (root, "education", list);
}

static void
read_documents (Reader     *reader,
                JsonObject *root,
                int         target_level)
{
  g_auto(GStrv) names = NULL;
  g_autofree char *key = NULL;
  JsonObject *done;
  JsonArray *array;

  if (cell (reader, "documents_done") == NULL)
    return;
  names = g_regex_split_simple ("[;；,，、]", cell (reader, "documents_done"), 0, 0);
  done = json_object_new ();
  array = json_array_new ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *id;

      trim_cell (names[i]);
      if (names[i][0] == '\0')
        continue;
      id = cp_roster_names_document (reader->names, names[i]);
      if (id != NULL)
        json_array_add_string_element (array, id);
      else
        /* Translators: %s is one of the names in the cell */
        row_error (reader, "documents_done", _("%s is not a document the app knows"), names[i]);
    }
  key = g_strdup_printf ("%d", target_level);
  json_object_set_array_member (done, key, array);
  json_object_set_object_member (root, "documents_done", done);
}

static JsonObject *
build_profile (Reader *reader,
               int     target_level)
{
  JsonObject *root = json_object_new ();

  json_object_set_string_member (root, "format", "certpath-profile");
  json_object_set_int_member (root, "version", 1);
  if (cell (reader, "name") != NULL)
    copy_string (reader, "name", root, "name");
  else
    json_object_set_null_member (root, "name");
  read_birth_date (reader, root);
  read_city (reader, "city", root, "city");
  if (cell (reader, "occupation") != NULL)
    copy_string (reader, "occupation", root, "occupation");
  else
    json_object_set_string_member (root, "occupation", "4-04-05-05");
  read_city (reader, "hukou_city", root, "hukou_city");
  read_city (reader, "insured_city", root, "insured_city");
  read_hours (reader, "training_hours", root, "training_hours");
  read_work (reader, root);
  read_certificate (reader, root);
  read_title (reader, root);
  read_education (reader, root);
  read_documents (reader, root, target_level);
  return root;
}

/* "row.json: $.occupation: no occupation has the code …" → the same,
 * on the column. Only what the cells above did not already check. */
static void
add_profile_message (Reader     *reader,
                     const char *message)
{
  const char *path = strchr (message, ' ');

  if (path == NULL)
    {
      g_ptr_array_add (reader->row->errors, g_strdup (message));
      g_ptr_array_add (reader->row->problems, g_strdup (message));
      return;
    }
  path++;
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      gsize length = strlen (paths[i].path);

      if (strncmp (path, paths[i].path, length) == 0 && path[length] == ':')
        {
          add_error (reader, paths[i].column, path + length + 2);
          return;
        }
    }
  /* Translators: "row 29: …" */
  g_ptr_array_add (reader->row->errors, g_strdup_printf (_("row %u: %s"), reader->row->row, path));
  g_ptr_array_add (reader->row->problems, g_strdup (path));
}

static void
evaluate_row (CpRosterRow  *row,
              CpPolicyPack *pack,
              CpDay         on)
{
  CpLevelResult *level = cp_eligibility_get_level (row->eligibility = cp_eligibility_evaluate_brief (pack, row->profile, on),
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
    row->subsidy = cp_subsidy_evaluate_brief (pack, row->profile, &certificate, cp_profile_get_city (row->profile), on);
}

static gboolean
record_is_empty (Reader *reader)
{
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, reader->columns);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (cell (reader, id) != NULL)
      return FALSE;
  return TRUE;
}

static void
read_row (Reader       *reader,
          CpPolicyPack *pack,
          CpDay         on,
          int           level)
{
  CpRosterRow *row = reader->row;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) profile_error = NULL;

  row->name = g_strdup (cell (reader, "name"));
  if (row->name == NULL)
    add_error (reader, "name", _("the name is empty"));
  row->target_level = level != 0 ? level : read_level (reader, "target_level");
  if (level == 0 && cell (reader, "target_level") == NULL)
    add_error (reader, "target_level", _("give the level applied for, in this column or for the whole class"));

  root = build_profile (reader, row->target_level);
  if (row->errors->len > 0)
    return;
  node = json_node_init_object (json_node_alloc (), root);
  row->profile = cp_profile_new_from_node_with (reader->checker, TRUE, node, "row", &profile_error);
  if (profile_error != NULL)
    {
      g_auto(GStrv) messages = g_strsplit (profile_error->message, "\n", -1);

      for (guint i = 0; messages[i] != NULL; i++)
        if (messages[i][0] != '\0')
          add_profile_message (reader, messages[i]);
    }
  if (row->errors->len > 0 || row->target_level == 0)
    {
      g_clear_object (&row->profile);
      return;
    }
  evaluate_row (row, pack, on);
}

/* Maps the header's cells to columns; the others are listed as ignored. */
static guint
read_header (GStrv       header,
             GHashTable *columns,
             GPtrArray  *ignored)
{
  guint known = 0;

  for (guint i = 0; header[i] != NULL; i++)
    {
      const CpRosterColumn *column;

      trim_cell (header[i]);
      column = cp_roster_column_find (header[i]);
      if (column != NULL && !g_hash_table_contains (columns, column->id))
        {
          g_hash_table_insert (columns, (gpointer) column->id, GUINT_TO_POINTER (i));
          known++;
        }
      else if (header[i][0] != '\0' && ignored != NULL)
        g_ptr_array_add (ignored, g_strdup (header[i]));
    }
  return known;
}

static void
set_too_many_rows (GError **error)
{
  /* Translators: %u is 20000 */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("more than %u rows; a roster has at most %u rows: split the class list"),
               CP_ROSTER_MAX_ROWS, CP_ROSTER_MAX_ROWS);
}

static int
find_header (GPtrArray *records)
{
  for (guint r = 0; r < records->len && r < HEADER_SEARCH_ROWS; r++)
    {
      g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);

      if (read_header (g_ptr_array_index (records, r), columns, NULL) > 0 &&
          g_hash_table_contains (columns, "name"))
        return r;
    }
  return -1;
}

CpRoster *
cp_roster_new_from_records (CpPolicyPack *pack,
                            GPtrArray    *records,
                            const char   *encoding,
                            CpDay         on,
                            int           level,
                            GError      **error)
{
  return cp_roster_new_from_records_each (pack, records, encoding, on, level, NULL, NULL, error);
}

CpRoster *
cp_roster_new_from_records_each (CpPolicyPack    *pack,
                                 GPtrArray       *records,
                                 const char      *encoding,
                                 CpDay            on,
                                 int              level,
                                 CpRosterRowFunc  func,
                                 gpointer         user_data,
                                 GError         **error)
{
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ignored = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CpRosterNames) names = NULL;
  g_autoptr(CpSchemaChecker) checker = NULL;
  CpRoster *self;
  int header;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  if (records->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the file is empty"));
      return NULL;
    }
  header = find_header (records);
  if (header < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("none of the first rows heads a column of names (姓名 or Name): "
                             "start from the roster template"));
      return NULL;
    }
  if (records->len - header - 1 > CP_ROSTER_MAX_ROWS)
    {
      set_too_many_rows (error);
      return NULL;
    }
  read_header (g_ptr_array_index (records, header), columns, ignored);
  g_ptr_array_add (ignored, NULL);

  names = cp_roster_names_new (pack);
  checker = cp_profile_checker_new (pack);
  self = g_new0 (CpRoster, 1);
  self->pack = g_object_ref (pack);
  self->on = on;
  self->encoding = g_strdup (encoding);
  self->ignored_columns = (GStrv) g_ptr_array_steal (ignored, NULL);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  for (guint r = header + 1; r < records->len; r++)
    {
      Reader reader = { g_ptr_array_index (records, header), columns, names, g_ptr_array_index (records, r), NULL,
                        checker };
      CpRosterRow *row;

      for (guint i = 0; reader.cells[i] != NULL; i++)
        trim_cell (reader.cells[i]);
      if (record_is_empty (&reader))
        continue;
      row = reader.row = g_new0 (CpRosterRow, 1);
      row->row = r + 1;
      row->errors = g_ptr_array_new_with_free_func (g_free);
      row->problems = g_ptr_array_new_with_free_func (g_free);
      read_row (&reader, pack, on, level);
      if (func != NULL)
        {
          /* Told and let go: only the row at hand is held. */
          func (self, row, user_data);
          row_free (row);
        }
      else
        g_ptr_array_add (self->rows, row);
    }
  return self;
}

CpRoster *
cp_roster_new_from_data (CpPolicyPack *pack,
                         const char   *data,
                         gsize         length,
                         CpDay         on,
                         int           level,
                         GError      **error)
{
  return cp_roster_new_from_data_each (pack, data, length, on, level, NULL, NULL, error);
}

CpRoster *
cp_roster_new_from_data_each (CpPolicyPack    *pack,
                              const char      *data,
                              gsize            length,
                              CpDay            on,
                              int              level,
                              CpRosterRowFunc  func,
                              gpointer         user_data,
                              GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;

  text = cp_csv_to_utf8 (data, length, &encoding, error);
  if (text == NULL)
    return NULL;
  /* Four times the columns a roster can have: room for stray commas, no
   * room for a file of commas. */
  records = cp_csv_parse (text, CP_ROSTER_MAX_ROWS + HEADER_SEARCH_ROWS, 4 * cp_roster_column_count (), &csv_error);
  if (g_error_matches (csv_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      set_too_many_rows (error);
      return NULL;
    }
  if (records == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&csv_error));
      return NULL;
    }
  return cp_roster_new_from_records_each (pack, records, encoding, on, level, func, user_data, error);
}
