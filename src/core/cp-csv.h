/* cp-csv.h: reading comma-separated values as spreadsheets write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Splits UTF-8 @text into records of fields (RFC 4180: quoted fields may
 * hold commas, doubled quotes and line breaks; CRLF or LF ends a record).
 * Returns a GPtrArray of GStrv; blank lines are skipped. More than
 * @max_records records or @max_fields fields in one is an error. */
GPtrArray *cp_csv_parse (const char  *text,
                         guint        max_records,
                         guint        max_fields,
                         GError     **error);

/* @data as UTF-8: a UTF-8 or GB18030 byte-order mark is dropped; text that
 * is not UTF-8 is read as GB18030, which is what spreadsheets in China save.
 * Empty text, NUL bytes, UTF-16 and more than a roster's size are errors. */
char      *cp_csv_to_utf8 (const char  *data,
                           gsize        length,
                           const char **encoding,
                           GError     **error);

/* Appends @value (NULL: an empty field) to a record, after a comma unless
 * it is the @first, quoted where RFC 4180 asks. */
void       cp_csv_append_field (GString    *line,
                                const char *value,
                                gboolean    first);

G_END_DECLS
