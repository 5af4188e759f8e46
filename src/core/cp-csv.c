/* cp-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-csv.h"
#include "cp-json-guard.h"

#include <gio/gio.h>

#include <string.h>

char *
cp_csv_to_utf8 (const char  *data,
                gsize        length,
                const char **encoding,
                GError     **error)
{
  /* GB18030's byte-order mark is U+FEFF in GB18030, as EF BB BF is in
   * UTF-8: a spreadsheet converting the UTF-8 template writes it. */
  gboolean marked_gb18030 = length >= 4 && memcmp (data, "\x84\x31\x95\x33", 4) == 0;
  const char *text;
  gsize text_length;

  if (marked_gb18030)
    {
      data += 4;
      length -= 4;
    }
  text = cp_guard_check_text (data, length, CP_GUARD_ROSTER, &text_length, error);
  if (text == NULL)
    return NULL;
  if (!marked_gb18030 && g_utf8_validate_len (text, text_length, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (text, text_length);
    }
  *encoding = "GB18030";
  return g_convert (text, text_length, "UTF-8", "GB18030", NULL, NULL, error);
}

static void
end_field (GPtrArray *record,
           GString   *field)
{
  g_ptr_array_add (record, g_strdup (field->str));
  g_string_truncate (field, 0);
}

static void
end_record (GPtrArray *records,
            GPtrArray *record)
{
  /* A line with nothing on it is not a record. */
  if (record->len > 1 || (record->len == 1 && ((char *) g_ptr_array_index (record, 0))[0] != '\0'))
    {
      g_ptr_array_add (record, NULL);
      g_ptr_array_add (records, g_ptr_array_free (record, FALSE));
    }
  else
    g_ptr_array_free (record, TRUE);
}

GPtrArray *
cp_csv_parse (const char  *text,
              guint        max_records,
              guint        max_fields,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) field = g_string_new (NULL);
  GPtrArray *record = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE;
  guint line = 1;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            {
              if (*p == '\n')
                line++;
              g_string_append_c (field, *p);
            }
          continue;
        }

      switch (*p)
        {
        case '"':
          quoted = TRUE;
          break;
        case ',':
          end_field (record, field);
          if (record->len >= max_fields)
            {
              g_ptr_array_free (record, TRUE);
              /* Translators: "line 2: more than 100 fields" */
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("line %u: more than %u fields"), line, max_fields);
              return NULL;
            }
          break;
        case '\r':
          break;
        case '\n':
          end_field (record, field);
          end_record (records, record);
          record = g_ptr_array_new_with_free_func (g_free);
          line++;
          if (records->len > max_records)
            {
              g_ptr_array_free (record, TRUE);
              /* Translators: "line 20002: more than 20001 records" */
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           _("line %u: more than %u records"), line - 1, max_records);
              return NULL;
            }
          break;
        default:
          g_string_append_c (field, *p);
        }
    }

  if (quoted)
    {
      g_ptr_array_free (record, TRUE);
      /* Translators: %u is a line number */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("a quoted field is not closed by line %u"), line);
      return NULL;
    }
  end_field (record, field);
  end_record (records, record);
  return g_steal_pointer (&records);
}

void
cp_csv_append_field (GString    *line,
                     const char *value,
                     gboolean    first)
{
  if (!first)
    g_string_append_c (line, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (line, value);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}
