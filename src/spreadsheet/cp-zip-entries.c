/* cp-zip-entries.c: the files inside an XLSX or ODS, read with libarchive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-spreadsheet.h"

#include <archive.h>
#include <archive_entry.h>
#include <gio/gio.h>

/* A class of 400 is well under a megabyte; this only stops zip bombs. */
#define MAX_TOTAL_SIZE (256 * 1024 * 1024)

GHashTable *
cp_zip_entries_read (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize total = 0;
  int status;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    goto failed;
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      char buffer[16384];
      la_ssize_t count;

      if (archive_entry_filetype (entry) != AE_IFREG || archive_entry_pathname (entry) == NULL)
        continue;
      while ((count = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          total += count;
          if (total > MAX_TOTAL_SIZE)
            {
              archive_read_free (archive);
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   _("the spreadsheet unpacks to more than 256 MB: it cannot be a class list"));
              return NULL;
            }
          g_byte_array_append (bytes, (const guint8 *) buffer, count);
        }
      if (count < 0)
        goto failed;
      g_hash_table_insert (entries, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (g_steal_pointer (&bytes)));
    }
  if (status != ARCHIVE_EOF)
    goto failed;
  archive_read_free (archive);
  return g_steal_pointer (&entries);

failed:
  /* Translators: %s is libarchive's own words */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("the spreadsheet is damaged: %s"),
               archive_error_string (archive) != NULL ? archive_error_string (archive) : "zip");
  archive_read_free (archive);
  return NULL;
}
