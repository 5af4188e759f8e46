/* cp-ods-reader.c: the first table of an OpenDocument spreadsheet
 *
 * Rows and cells may be repeated (table:number-rows-repeated), and the
 * empty ones at the end are repeated up to the sheet's million rows, so
 * an empty run is only written out when something follows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-sheet-xml.h"
#include "cp-spreadsheet.h"

#include <gio/gio.h>
#include <stdlib.h>

#define MAX_ROWS 100000
#define MAX_COLUMNS 1024

static guint
repeated (xmlNode    *node,
          const char *attribute)
{
  g_autofree char *text = cp_sheet_xml_attribute (node, attribute);
  long count = text != NULL ? atol (text) : 1;

  return count >= 1 ? (guint) MIN (count, MAX_ROWS) : 1;
}

/* The paragraphs of a cell, one a line. */
static char *
paragraphs_text (xmlNode *cell)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *p = cp_sheet_xml_child (cell, "p"); p != NULL; p = cp_sheet_xml_next (p, "p"))
    {
      xmlChar *content = xmlNodeGetContent (p);

      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", (const char *) content);
      xmlFree (content);
    }
  return g_string_free (text, FALSE);
}

static char *
cell_text (xmlNode *cell)
{
  g_autofree char *type = cp_sheet_xml_attribute (cell, "value-type");

  if (g_strcmp0 (type, "date") == 0)
    {
      g_autofree char *value = cp_sheet_xml_attribute (cell, "date-value");
      if (value != NULL)
        return g_strndup (value, 10);
    }
  else if (g_strcmp0 (type, "boolean") == 0)
    {
      g_autofree char *value = cp_sheet_xml_attribute (cell, "boolean-value");
      return g_strdup (g_strcmp0 (value, "true") == 0 ? "TRUE" : "FALSE");
    }
  else if (g_strcmp0 (type, "float") == 0)
    {
      /* The number as stored, not as shown with its decimals. */
      char *value = cp_sheet_xml_attribute (cell, "value");
      if (value != NULL)
        return value;
    }
  return paragraphs_text (cell);
}

static GStrv
read_row (xmlNode *row)
{
  GPtrArray *record = g_ptr_array_new ();
  guint pending = 0;  /* empty cells not yet written */

  for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
    {
      g_autofree char *text = NULL;
      guint count;

      if (!cp_sheet_xml_is (cell, "table-cell") && !cp_sheet_xml_is (cell, "covered-table-cell"))
        continue;
      count = repeated (cell, "number-columns-repeated");
      text = cell_text (cell);
      if (text[0] == '\0')
        {
          pending += count;
          continue;
        }
      cp_sheet_pad_record (record, MIN (record->len + pending, MAX_COLUMNS));
      pending = 0;
      for (guint i = 0; i < count && record->len < MAX_COLUMNS; i++)
        g_ptr_array_add (record, g_strdup (text));
    }
  return cp_sheet_end_record (record);
}

GPtrArray *
cp_ods_read_first_sheet (GHashTable  *entries,
                         GError     **error)
{
  g_autoptr(xmlDoc) doc = cp_sheet_xml_read (entries, "content.xml", TRUE, error);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  xmlNode *table;
  guint pending = 0;  /* empty rows not yet written */

  if (doc == NULL)
    return NULL;
  table = cp_sheet_xml_child (cp_sheet_xml_child (cp_sheet_xml_child (xmlDocGetRootElement (doc), "body"),
                                                  "spreadsheet"), "table");
  if (table == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the workbook has no sheet"));
      return NULL;
    }
  for (xmlNode *node = table->children; node != NULL; node = node->next)
    {
      /* Rows may sit in groups: <table:table-header-rows>, <table:table-rows>. */
      xmlNode *first = cp_sheet_xml_is (node, "table-row") ? node : cp_sheet_xml_child (node, "table-row");

      for (xmlNode *row = first; row != NULL; row = cp_sheet_xml_next (row, "table-row"))
        {
          g_auto(GStrv) record = read_row (row);
          guint count = repeated (row, "number-rows-repeated");

          if (record[1] == NULL && record[0][0] == '\0')
            pending += count;
          else
            {
              if (records->len + pending + count > MAX_ROWS)
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the sheet has more than %d rows"), MAX_ROWS);
                  return NULL;
                }
              for (; pending > 0; pending--)
                g_ptr_array_add (records, cp_sheet_end_record (g_ptr_array_new ()));
              for (guint i = 0; i < count; i++)
                g_ptr_array_add (records, g_strdupv (record));
            }
          if (first != node)
            continue;
          break;
        }
    }
  return g_steal_pointer (&records);
}
