/* cp-xlsx-writer.c: a table as an XLSX workbook, with libxlsxwriter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-spreadsheet.h"

#include <gio/gio.h>
#include <string.h>
#include <xlsxwriter.h>

/* Wide enough for a date or a Chinese name; long texts wrap at 60. */
static double
column_width (GPtrArray *table,
              guint      column)
{
  glong widest = 6;

  for (guint r = 0; r < table->len; r++)
    {
      GStrv record = g_ptr_array_index (table, r);
      glong width = 0;

      if (column >= g_strv_length (record))
        continue;
      /* A Chinese character is two columns wide. */
      for (const char *p = record[column]; *p != '\0'; p = g_utf8_next_char (p))
        width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
      widest = MAX (widest, width);
    }
  return MIN (widest + 2, 60);
}

static gboolean
is_whole_number (const char *text)
{
  gsize length = strlen (text);

  return length > 0 && length < 10 && strspn (text, "0123456789") == length && (text[0] != '0' || length == 1);
}

static void
write_cell (lxw_worksheet *sheet,
            guint          row,
            guint          column,
            const char    *text,
            lxw_format    *date_format,
            lxw_format    *text_format)
{
  CpDay day;

  if (text[0] == '\0')
    return;
  if (strlen (text) == 10 && cp_date_parse (text, &day) == CP_DATE_OK)
    {
      int year, month, mday;
      lxw_datetime datetime = { 0 };

      cp_date_to_ymd (day, &year, &month, &mday);
      datetime.year = year;
      datetime.month = month;
      datetime.day = mday;
      if (year >= 1900)
        {
          worksheet_write_datetime (sheet, row, column, &datetime, date_format);
          return;
        }
    }
  if (is_whole_number (text))
    worksheet_write_number (sheet, row, column, g_ascii_strtod (text, NULL), NULL);
  else
    worksheet_write_string (sheet, row, column, text, text_format);
}

gboolean
cp_xlsx_write (GPtrArray   *table,
               const char  *path,
               GError     **error)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *header_format, *date_format, *text_format;
  lxw_error status;
  guint columns = 0;

  if (workbook == NULL)
    {
      /* Translators: %s is a file path */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s could not be written"), path);
      return FALSE;
    }
  sheet = workbook_add_worksheet (workbook, NULL);
  header_format = workbook_add_format (workbook);
  format_set_bold (header_format);
  format_set_text_wrap (header_format);
  date_format = workbook_add_format (workbook);
  format_set_num_format (date_format, "yyyy-mm-dd");
  text_format = workbook_add_format (workbook);
  format_set_text_wrap (text_format);
  format_set_align (text_format, LXW_ALIGN_VERTICAL_TOP);

  for (guint r = 0; r < table->len; r++)
    {
      GStrv record = g_ptr_array_index (table, r);

      for (guint c = 0; record[c] != NULL; c++)
        {
          if (r == 0)
            worksheet_write_string (sheet, 0, c, record[c], header_format);
          else
            write_cell (sheet, r, c, record[c], date_format, text_format);
          columns = MAX (columns, c + 1);
        }
    }
  for (guint c = 0; c < columns; c++)
    worksheet_set_column (sheet, c, c, column_width (table, c), NULL);
  worksheet_freeze_panes (sheet, 1, 0);

  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      /* Translators: the first %s is a file path, the second libxlsxwriter's words */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s could not be written: %s"), path,
                   lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}
