/* cp-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-csv.h"

#include <gio/gio.h>

#include <string.h>

char *
cp_csv_to_utf8 (const char  *data,
                gsize        length,
                const char **encoding,
                GError     **error)
{
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (data, length);
    }
  *encoding = "GB18030";
  return g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, error);
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
          break;
        case '\r':
          break;
        case '\n':
          end_field (record, field);
          end_record (records, record);
          record = g_ptr_array_new_with_free_func (g_free);
          line++;
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
