/* cp-xlsx-reader.c: the first sheet of an Office Open XML workbook
 *
 * Cells hold numbers, shared strings, inline strings or booleans; a
 * number is a date when its style's number format is one (ECMA-376 part
 * 1, 18.8.30 for the built-in ones, Chinese ones included).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-sheet-xml.h"
#include "cp-spreadsheet.h"

#include <gio/gio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROWS 100000
#define MAX_COLUMNS 1024

typedef struct
{
  GPtrArray *strings;   /* the shared strings */
  GArray    *is_date;   /* gboolean by style index */
  gboolean   date1904;
} Workbook;

/* The text of a shared or inline string: its runs, without the phonetic
 * guides (rPh) that East Asian spreadsheets add. */
static char *
string_item_text (xmlNode *item)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *node = item->children; node != NULL; node = node->next)
    {
      xmlNode *t = cp_sheet_xml_is (node, "t") ? node : cp_sheet_xml_is (node, "r") ? cp_sheet_xml_child (node, "t") : NULL;
      xmlChar *content;

      if (t == NULL)
        continue;
      content = xmlNodeGetContent (t);
      g_string_append (text, (const char *) content);
      xmlFree (content);
    }
  return g_string_free (text, FALSE);
}

static void
read_shared_strings (Workbook   *workbook,
                     GHashTable *entries)
{
  g_autoptr(xmlDoc) doc = cp_sheet_xml_read (entries, "xl/sharedStrings.xml", FALSE, NULL);

  if (doc == NULL)
    return;
  for (xmlNode *item = cp_sheet_xml_child (xmlDocGetRootElement (doc), "si"); item != NULL;
       item = cp_sheet_xml_next (item, "si"))
    g_ptr_array_add (workbook->strings, string_item_text (item));
}

static gboolean
builtin_date_format (int id)
{
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/* A format code is a date's when, outside quoted text, [colour] and
 * escapes, it has a year or a day in it. */
static gboolean
custom_date_format (const char *code)
{
  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        {
          p = strchr (p + 1, '"');
          if (p == NULL)
            return FALSE;
        }
      else if (*p == '[')
        {
          p = strchr (p, ']');
          if (p == NULL)
            return FALSE;
        }
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (strchr ("yYdDeE", *p) != NULL && !(p > code && p[-1] == 'G'))
        return TRUE;
    }
  return FALSE;
}

static void
read_styles (Workbook   *workbook,
             GHashTable *entries)
{
  g_autoptr(xmlDoc) doc = cp_sheet_xml_read (entries, "xl/styles.xml", FALSE, NULL);
  g_autoptr(GHashTable) custom_dates = g_hash_table_new (g_direct_hash, g_direct_equal);
  xmlNode *root;

  if (doc == NULL)
    return;
  root = xmlDocGetRootElement (doc);
  for (xmlNode *format = cp_sheet_xml_child (cp_sheet_xml_child (root, "numFmts"), "numFmt"); format != NULL;
       format = cp_sheet_xml_next (format, "numFmt"))
    {
      g_autofree char *id = cp_sheet_xml_attribute (format, "numFmtId");
      g_autofree char *code = cp_sheet_xml_attribute (format, "formatCode");

      if (id != NULL && code != NULL && custom_date_format (code))
        g_hash_table_add (custom_dates, GINT_TO_POINTER (atoi (id)));
    }
  for (xmlNode *xf = cp_sheet_xml_child (cp_sheet_xml_child (root, "cellXfs"), "xf"); xf != NULL;
       xf = cp_sheet_xml_next (xf, "xf"))
    {
      g_autofree char *id_text = cp_sheet_xml_attribute (xf, "numFmtId");
      int id = id_text != NULL ? atoi (id_text) : 0;
      gboolean is_date = builtin_date_format (id) || g_hash_table_contains (custom_dates, GINT_TO_POINTER (id));

      g_array_append_val (workbook->is_date, is_date);
    }
}

/* The sheet's path inside the archive: the first in the workbook, found
 * through the workbook's relationships. */
static char *
first_sheet_path (Workbook    *workbook,
                  GHashTable  *entries,
                  GError     **error)
{
  g_autoptr(xmlDoc) doc = cp_sheet_xml_read (entries, "xl/workbook.xml", TRUE, error);
  g_autoptr(xmlDoc) rels = NULL;
  g_autofree char *relation = NULL;
  g_autofree char *date1904 = NULL;
  xmlNode *root, *sheet;

  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (cp_sheet_xml_child (root, "workbookPr") != NULL)
    date1904 = cp_sheet_xml_attribute (cp_sheet_xml_child (root, "workbookPr"), "date1904");
  workbook->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
  sheet = cp_sheet_xml_child (cp_sheet_xml_child (root, "sheets"), "sheet");
  if (sheet == NULL || (relation = cp_sheet_xml_attribute (sheet, "id")) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the workbook has no sheet"));
      return NULL;
    }
  rels = cp_sheet_xml_read (entries, "xl/_rels/workbook.xml.rels", FALSE, NULL);
  for (xmlNode *node = rels != NULL ? cp_sheet_xml_child (xmlDocGetRootElement (rels), "Relationship") : NULL;
       node != NULL; node = cp_sheet_xml_next (node, "Relationship"))
    {
      g_autofree char *id = cp_sheet_xml_attribute (node, "Id");
      g_autofree char *target = cp_sheet_xml_attribute (node, "Target");

      if (g_strcmp0 (id, relation) == 0 && target != NULL)
        return target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
    }
  /* Without relationships, where every writer puts it. */
  return g_strdup ("xl/worksheets/sheet1.xml");
}

/* "AB12" → 27 (0-based column), or -1. */
static int
column_of (const char *reference)
{
  int column = 0;
  const char *p = reference;

  for (; g_ascii_isalpha (*p); p++)
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > MAX_COLUMNS)
        return -1;
    }
  return p > reference ? column - 1 : -1;
}

static char *
serial_to_date (double   serial,
                gboolean date1904)
{
  double days = floor (serial);

  if (!isfinite (days) || days < 1 || days > 2958465)  /* 9999-12-31 */
    return g_strdup_printf ("%g", serial);
  if (date1904)
    return cp_date_format (cp_date_from_ymd (1904, 1, 1) + (CpDay) days);
  /* Excel counts 1900-02-29, which was no day: serial 60. */
  return cp_date_format (cp_date_from_ymd (1899, 12, days < 60 ? 31 : 30) + (CpDay) days);
}

static char *
number_text (const char *value)
{
  char *end = NULL;
  double number = g_ascii_strtod (value, &end);

  /* Whole numbers as people typed them: 3, not 3.0; long ones (an ID
   * number typed as a number) are left as stored. */
  if (end != value && *end == '\0' && number == floor (number) && fabs (number) < 1e15)
    return g_strdup_printf ("%.0f", number);
  return g_strdup (value);
}

static char *
cell_text (Workbook *workbook,
           xmlNode  *cell)
{
  g_autofree char *type = cp_sheet_xml_attribute (cell, "t");
  g_autofree char *style = cp_sheet_xml_attribute (cell, "s");
  xmlNode *v = cp_sheet_xml_child (cell, "v");
  g_autofree char *value = NULL;
  guint style_index = style != NULL ? (guint) atoi (style) : 0;

  if (g_strcmp0 (type, "inlineStr") == 0)
    return cp_sheet_xml_child (cell, "is") != NULL ? string_item_text (cp_sheet_xml_child (cell, "is")) : g_strdup ("");
  if (v == NULL)
    return g_strdup ("");
  {
    xmlChar *content = xmlNodeGetContent (v);
    value = g_strdup ((const char *) content);
    xmlFree (content);
  }
  if (g_strcmp0 (type, "s") == 0)
    {
      guint64 index = g_ascii_strtoull (value, NULL, 10);

      return g_strdup (index < workbook->strings->len ? g_ptr_array_index (workbook->strings, index) : "");
    }
  if (g_strcmp0 (type, "b") == 0)
    return g_strdup (g_str_equal (value, "1") ? "TRUE" : "FALSE");
  if (g_strcmp0 (type, "d") == 0)
    return g_strndup (value, 10);
  if (type == NULL || g_str_equal (type, "n"))
    {
      if (style_index < workbook->is_date->len && g_array_index (workbook->is_date, gboolean, style_index))
        return serial_to_date (g_ascii_strtod (value, NULL), workbook->date1904);
      return number_text (value);
    }
  return g_steal_pointer (&value);  /* "str" (a formula's text), "e" (#N/A …) */
}

static GStrv
read_row (Workbook *workbook,
          xmlNode  *row)
{
  GPtrArray *record = g_ptr_array_new ();
  int next = 0;

  for (xmlNode *cell = cp_sheet_xml_child (row, "c"); cell != NULL; cell = cp_sheet_xml_next (cell, "c"))
    {
      g_autofree char *reference = cp_sheet_xml_attribute (cell, "r");
      int column = reference != NULL ? column_of (reference) : next;

      if (column < 0 || column < next)
        continue;
      cp_sheet_pad_record (record, column);
      g_ptr_array_add (record, cell_text (workbook, cell));
      next = column + 1;
    }
  return cp_sheet_end_record (record);
}

GPtrArray *
cp_xlsx_read_first_sheet (GHashTable  *entries,
                          GError     **error)
{
  Workbook workbook = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (gboolean)), FALSE };
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *path = first_sheet_path (&workbook, entries, error);
  g_autoptr(xmlDoc) doc = NULL;
  GPtrArray *result = NULL;
  xmlNode *data;

  if (path == NULL || (doc = cp_sheet_xml_read (entries, path, TRUE, error)) == NULL)
    goto out;
  read_shared_strings (&workbook, entries);
  read_styles (&workbook, entries);
  data = cp_sheet_xml_child (xmlDocGetRootElement (doc), "sheetData");
  for (xmlNode *row = cp_sheet_xml_child (data, "row"); row != NULL; row = cp_sheet_xml_next (row, "row"))
    {
      g_autofree char *number = cp_sheet_xml_attribute (row, "r");
      guint64 index = number != NULL ? g_ascii_strtoull (number, NULL, 10) : records->len + 1;

      if (index > MAX_ROWS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the sheet has more than %d rows"), MAX_ROWS);
          goto out;
        }
      if (index < records->len + 1)
        continue;
      /* Rows left out of the file are empty, and keep their numbers. */
      while (records->len + 1 < index)
        g_ptr_array_add (records, cp_sheet_end_record (g_ptr_array_new ()));
      g_ptr_array_add (records, read_row (&workbook, row));
    }
  result = g_steal_pointer (&records);

out:
  g_ptr_array_unref (workbook.strings);
  g_array_unref (workbook.is_date);
  return result;
}
