/* cp-sheet-xml.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-sheet-xml.h"

#include <gio/gio.h>
#include <libxml/parser.h>

xmlDoc *
cp_sheet_xml_read (GHashTable  *entries,
                   const char  *name,
                   gboolean     required,
                   GError     **error)
{
  GBytes *bytes = g_hash_table_lookup (entries, name);
  gsize length;
  const char *data;
  xmlDoc *doc;

  if (bytes == NULL)
    {
      if (required)
        /* Translators: %s is a file inside the spreadsheet, such as xl/workbook.xml */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the spreadsheet has no %s"), name);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &length);
  if (length > G_MAXINT)
    length = 0;
  /* No XML_PARSE_NOENT: entities stay unexpanded, so none can blow up. */
  doc = xmlReadMemory (data, (int) length, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  /* Spreadsheets never declare entities; a file that does may be built to
   * expand into gigabytes when its text is read. */
  if (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL))
    g_clear_pointer (&doc, xmlFreeDoc);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      /* Translators: %s is a file inside the spreadsheet */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the spreadsheet is damaged: %s is not XML"), name);
    }
  return doc;
}

gboolean
cp_sheet_xml_is (xmlNode    *node,
                 const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

xmlNode *
cp_sheet_xml_next (xmlNode    *after,
                   const char *name)
{
  for (xmlNode *node = after != NULL ? after->next : NULL; node != NULL; node = node->next)
    if (cp_sheet_xml_is (node, name))
      return node;
  return NULL;
}

xmlNode *
cp_sheet_xml_child (xmlNode    *node,
                    const char *name)
{
  if (node == NULL || node->children == NULL)
    return NULL;
  if (cp_sheet_xml_is (node->children, name))
    return node->children;
  return cp_sheet_xml_next (node->children, name);
}

char *
cp_sheet_xml_attribute (xmlNode    *node,
                        const char *name)
{
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    if (g_str_equal ((const char *) attribute->name, name))
      {
        xmlChar *value = xmlNodeGetContent ((xmlNode *) attribute);
        char *copy = g_strdup ((const char *) value);

        xmlFree (value);
        return copy;
      }
  return NULL;
}

void
cp_sheet_pad_record (GPtrArray *record,
                     guint      column)
{
  while (record->len < column)
    g_ptr_array_add (record, g_strdup (""));
}

GStrv
cp_sheet_end_record (GPtrArray *record)
{
  if (record->len == 0)
    g_ptr_array_add (record, g_strdup (""));
  g_ptr_array_add (record, NULL);
  return (GStrv) g_ptr_array_free (record, FALSE);
}
