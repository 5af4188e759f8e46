/* cp-spreadsheet.c: which kind of file a class list is, by its contents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-csv.h"
#include "cp-spreadsheet.h"

#include <gio/gio.h>
#include <string.h>

#define ODS_MIME_TYPE "application/vnd.oasis.opendocument.spreadsheet"

static gboolean
is_ods (GHashTable *entries)
{
  GBytes *mimetype = g_hash_table_lookup (entries, "mimetype");
  gsize length = 0;
  const char *data = mimetype != NULL ? g_bytes_get_data (mimetype, &length) : NULL;

  return data != NULL && length >= strlen (ODS_MIME_TYPE) && memcmp (data, ODS_MIME_TYPE, strlen (ODS_MIME_TYPE)) == 0;
}

/* The first sheet of a zip archive, or NULL with @error; *@is_zip tells
 * whether @data was one. */
static GPtrArray *
read_workbook (const char  *data,
               gsize        length,
               const char **format,
               gboolean    *is_zip,
               GError     **error)
{
  g_autoptr(GHashTable) entries = NULL;

  *is_zip = length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0;
  if (!*is_zip)
    {
      if (length >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
        {
          *is_zip = TRUE;  /* not CSV either */
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("this is an old Excel or WPS file (.xls or .et): save it as .xlsx or CSV first"));
        }
      return NULL;
    }
  entries = cp_zip_entries_read (data, length, error);
  if (entries == NULL)
    return NULL;
  if (g_hash_table_contains (entries, "xl/workbook.xml"))
    {
      *format = "XLSX";
      return cp_xlsx_read_first_sheet (entries, error);
    }
  if (is_ods (entries))
    {
      *format = "ODS";
      return cp_ods_read_first_sheet (entries, error);
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("the file is a zip archive, but not an XLSX or ODS spreadsheet"));
  return NULL;
}

GPtrArray *
cp_spreadsheet_read (const char  *data,
                     gsize        length,
                     const char **format,
                     GError     **error)
{
  g_autofree char *text = NULL;
  gboolean is_zip;
  GPtrArray *records = read_workbook (data, length, format, &is_zip, error);

  if (is_zip)
    return records;
  text = cp_csv_to_utf8 (data, length, format, error);
  if (text == NULL)
    return NULL;
  return cp_csv_parse (text, G_MAXUINT, G_MAXUINT, error);
}

CpRoster *
cp_spreadsheet_read_roster (CpPolicyPack *pack,
                            const char   *data,
                            gsize         length,
                            CpDay         on,
                            int           level,
                            GError      **error)
{
  return cp_spreadsheet_read_roster_each (pack, data, length, on, level, NULL, NULL, error);
}

CpRoster *
cp_spreadsheet_read_roster_each (CpPolicyPack    *pack,
                                 const char      *data,
                                 gsize            length,
                                 CpDay            on,
                                 int              level,
                                 CpRosterRowFunc  func,
                                 gpointer         user_data,
                                 GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;
  const char *format = NULL;
  gboolean is_zip;

  records = read_workbook (data, length, &format, &is_zip, error);
  if (!is_zip)
    return cp_roster_new_from_data_each (pack, data, length, on, level, func, user_data, error);
  if (records == NULL)
    return NULL;
  return cp_roster_new_from_records_each (pack, records, format, on, level, func, user_data, error);
}

gboolean
cp_spreadsheet_write (GPtrArray   *table,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *csv = NULL;

  if (g_str_has_suffix (lower, ".xlsx"))
    return cp_xlsx_write (table, path, error);
  csv = cp_roster_table_to_csv (table);
  return g_file_set_contents (path, csv, -1, error);
}
