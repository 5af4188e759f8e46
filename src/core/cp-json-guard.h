/* cp-json-guard.h: reading files from many hands without trusting them
 *
 * json-glib 1.6 recurses once per level of nesting with no limit, reads
 * whatever size it is given and says little about encodings. Every loader
 * reads through here first: a size cap per kind of file, a nesting limit
 * found by a cheap scan before json-glib sees the bytes, and a clear error
 * with the byte offset for empty input, NUL bytes, byte-order marks and
 * text that is not UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define CP_GUARD_ERROR (cp_guard_error_quark ())

/* One cap for a feed, fetched or read from a file. */
#define CP_GUARD_FEED_MAX_BYTES (2 * 1024 * 1024)

typedef enum
{
  CP_GUARD_ERROR_IO,        /* cannot be read, or not a regular file */
  CP_GUARD_ERROR_TOO_LARGE,
  CP_GUARD_ERROR_EMPTY,
  CP_GUARD_ERROR_ENCODING,  /* NUL bytes, UTF-16, GB18030, not UTF-8 */
  CP_GUARD_ERROR_TOO_DEEP,
  CP_GUARD_ERROR_SYNTAX,
} CpGuardError;

typedef enum
{
  CP_GUARD_PROFILE,    /* a saved candidate */
  CP_GUARD_PACK_FILE,  /* one file of a policy pack */
  CP_GUARD_FEED,       /* an exam schedule feed, as fetched or checked */
  CP_GUARD_FEED_META,  /* the feed cache's NAME.meta.json */
  CP_GUARD_ROSTER,     /* a class list (CSV) */
} CpGuardKind;

GQuark    cp_guard_error_quark     (void);

/* The most bytes a file of @kind may have. */
gsize     cp_guard_max_bytes       (CpGuardKind kind);

/* The deepest nesting of arrays and objects a JSON file of @kind may have. */
guint     cp_guard_max_depth       (CpGuardKind kind);

/* Reads a regular file of at most cp_guard_max_bytes (@kind) bytes; the
 * error says the size and the limit. */
gboolean  cp_guard_read_file       (const char  *path,
                                    CpGuardKind  kind,
                                    char       **out_contents,
                                    gsize       *out_length,
                                    GError     **error);

/* Size, emptiness, NUL bytes and byte-order marks, for any text. A UTF-8
 * byte-order mark is skipped: returns where the text starts (in @data) and
 * sets @out_length to what follows. */
const char *cp_guard_check_text    (const char  *data,
                                    gsize        length,
                                    CpGuardKind  kind,
                                    gsize       *out_length,
                                    GError     **error);

/* cp_guard_check_text (), then UTF-8, the nesting depth and JSON itself.
 * Errors name the byte offset or the line and column, not the file: the
 * caller puts the file name in front. */
JsonNode *cp_json_guard_parse      (const char  *data,
                                    gsize        length,
                                    CpGuardKind  kind,
                                    GError     **error);

/* cp_guard_read_file () and cp_json_guard_parse (). */
JsonNode *cp_json_guard_load_file  (const char  *path,
                                    CpGuardKind  kind,
                                    GError     **error);

G_END_DECLS
