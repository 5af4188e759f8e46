/* cp-json-guard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cp-json-guard.h"

#include <math.h>
#include <string.h>

G_DEFINE_QUARK (cp-guard-error-quark, cp_guard_error)

/* Far above what the project's own files need (a pack file nests 8 deep,
 * a profile 3, a feed 6) and far below what overflows json-glib's stack
 * (some 75 000 levels). A shallow limit for profiles also bounds how much
 * larger pretty-printing can make the members a profile keeps unread. */
static const struct
{
  gsize max_bytes;
  guint max_depth;
} limits[] = {
  [CP_GUARD_PROFILE] = { 1024 * 1024, 16 },
  [CP_GUARD_PACK_FILE] = { 8 * 1024 * 1024, 32 },
  [CP_GUARD_FEED] = { CP_GUARD_FEED_MAX_BYTES, 16 },
  [CP_GUARD_FEED_META] = { 64 * 1024, 4 },
  [CP_GUARD_ROSTER] = { 8 * 1024 * 1024, 0 },  /* 20 000 rows of some 150 bytes: 3 MiB */
};

gsize
cp_guard_max_bytes (CpGuardKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (limits), 0);
  return limits[kind].max_bytes;
}

guint
cp_guard_max_depth (CpGuardKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (limits), 0);
  return limits[kind].max_depth;
}

static void
set_too_large (GError      **error,
               goffset       size,
               CpGuardKind   kind)
{
  g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *most = g_format_size_full (cp_guard_max_bytes (kind), G_FORMAT_SIZE_IEC_UNITS);

  /* Translators: "the file has 3.0 MiB; at most 2.0 MiB are read" */
  g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_TOO_LARGE,
               _("the file has %s; at most %s are read"), have, most);
}

gboolean
cp_guard_read_file (const char  *path,
                    CpGuardKind  kind,
                    char       **out_contents,
                    gsize       *out_length,
                    GError     **error)
{
  GStatBuf info;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Size first: a device or a pipe would be read without end. A missing
   * file is left to g_file_get_contents (), which says so in its words. */
  if (g_stat (path, &info) == 0)
    {
      if (!S_ISREG (info.st_mode))
        {
          g_set_error_literal (error, CP_GUARD_ERROR, CP_GUARD_ERROR_IO, _("not a regular file"));
          return FALSE;
        }
      if ((guint64) info.st_size > cp_guard_max_bytes (kind))
        {
          set_too_large (error, info.st_size, kind);
          return FALSE;
        }
    }
  if (!g_file_get_contents (path, out_contents, out_length, error))
    return FALSE;
  if (*out_length > cp_guard_max_bytes (kind))
    {
      set_too_large (error, *out_length, kind);
      g_clear_pointer (out_contents, g_free);
      return FALSE;
    }
  return TRUE;
}

static const struct
{
  const char *bytes;
  gsize       length;
  const char *encoding;
} marks[] = {
  /* UTF-32 before UTF-16: FF FE 00 00 starts with FF FE. */
  { "\xFF\xFE\x00\x00", 4, "UTF-32" },
  { "\x00\x00\xFE\xFF", 4, "UTF-32" },
  { "\xFF\xFE", 2, "UTF-16" },
  { "\xFE\xFF", 2, "UTF-16" },
  { "\x84\x31\x95\x33", 4, "GB18030" },
};

const char *
cp_guard_check_text (const char  *data,
                     gsize        length,
                     CpGuardKind  kind,
                     gsize       *out_length,
                     GError     **error)
{
  const char *start = data;
  const char *nul;

  if (length > cp_guard_max_bytes (kind))
    {
      set_too_large (error, length, kind);
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (length >= marks[i].length && memcmp (data, marks[i].bytes, marks[i].length) == 0)
      {
        /* Translators: %s is an encoding such as UTF-16 */
        g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_ENCODING,
                     _("byte 0: the file is %s text; save it as UTF-8"), marks[i].encoding);
        return NULL;
      }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length == 0 || data == NULL)
    {
      g_set_error_literal (error, CP_GUARD_ERROR, CP_GUARD_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }
  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      /* Two bytes of which one is NUL, over and over: UTF-16 without a mark. */
      gboolean wide = length >= 2 && (data[0] == '\0') != (data[1] == '\0');

      if (wide)
        g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_ENCODING,
                     _("byte 0: the file is %s text; save it as UTF-8"), "UTF-16");
      else
        /* Translators: %zu is a byte offset in the file */
        g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_ENCODING,
                     _("byte %zu: a NUL byte; this is not a text file"), (gsize) (nul - start));
      return NULL;
    }
  *out_length = length;
  return data;
}

/* The deepest nesting, counted outside strings; stops at the first level
 * past @max_depth and says where it is. json-glib 1.6 also reads comments
 * and single-quoted strings, inside which a '"' would hide the nesting
 * from this scan: JSON has neither, and newer json-glib refuses both. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             gsize        offset,
             guint        max_depth,
             GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '\'' || c == '/')
        {
          /* Translators: %zu is a byte offset in the file */
          g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_SYNTAX,
                       _("byte %zu: a comment or a single-quoted string, which JSON does not have"), offset + i);
          return FALSE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            {
              /* Translators: "byte 1203: arrays and objects nested more than 16 deep" */
              g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_TOO_DEEP,
                           _("byte %zu: arrays and objects nested more than %u deep"), offset + i, max_depth);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* json-glib says "<data>:3:15: Parse error: …"; people read "line 3, column 15: …". */
static char *
describe_parse_error (const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new ("^<data>:([0-9]+):([0-9]+): Parse error: ", 0, 0, NULL);
  /* json-glib quotes the bad token, which need not be whole UTF-8. */
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  char *described = g_regex_replace (regex, valid, -1, 0, "line \\1, column \\2: ", 0, NULL);

  return described != NULL ? described : g_steal_pointer (&valid);
}

/* json-glib reads 1e999 as infinity and writes it back as "inf", which is
 * not JSON: a file kept and saved again would no longer read. The walk is
 * as deep as check_depth () allowed, no deeper; it names no path, so that
 * a good file costs no string for each of its members. */
static gboolean
holds_infinity (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node))
    return json_node_get_value_type (node) == G_TYPE_DOUBLE && !isfinite (json_node_get_double (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (holds_infinity (json_array_get_element (array, i)))
          return TRUE;
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &value))
        if (holds_infinity (value))
          return TRUE;
    }
  return FALSE;
}

/* The same walk, naming the path to the infinity in @path. */
static gboolean
find_infinity (JsonNode *node,
               GString  *path)
{
  gsize length = path->len;

  if (JSON_NODE_HOLDS_VALUE (node))
    return json_node_get_value_type (node) == G_TYPE_DOUBLE && !isfinite (json_node_get_double (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_string_append_printf (path, "[%u]", i);
          if (find_infinity (json_array_get_element (array, i), path))
            return TRUE;
          g_string_truncate (path, length);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &key, &value))
        {
          g_string_append_printf (path, "[\"%s\"]", key);
          if (find_infinity (value, path))
            return TRUE;
          g_string_truncate (path, length);
        }
    }
  return FALSE;
}

JsonNode *
cp_json_guard_parse (const char  *data,
                     gsize        length,
                     CpGuardKind  kind,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GString) path = NULL;
  const char *text;
  const char *end;
  gsize text_length;

  text = cp_guard_check_text (data, length, kind, &text_length, error);
  if (text == NULL)
    return NULL;
  if (!g_utf8_validate_len (text, text_length, &end))
    {
      /* Translators: %zu is a byte offset; GB18030 is the usual other encoding in China */
      g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_ENCODING,
                   _("byte %zu: the file is not UTF-8 text (GB18030 or another encoding?); save it as UTF-8"),
                   (gsize) (end - data));
      return NULL;
    }
  if (!check_depth (text, text_length, text - data, cp_guard_max_depth (kind), error))
    return NULL;

  parser = json_parser_new_immutable ();
#if JSON_CHECK_VERSION (1, 10, 0)
  /* json-glib 1.6 (Debian 12) has no strict mode; the same file must not
   * load on one build and fail on the other in ways that matter, and the
   * schema checks catch what the lenient parser lets through. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  json_parser_set_strict (parser, TRUE);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
  if (!json_parser_load_from_data (parser, text, text_length, &parse_error))
    {
      g_autofree char *message = describe_parse_error (parse_error->message);

      g_set_error_literal (error, CP_GUARD_ERROR, CP_GUARD_ERROR_SYNTAX, message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, CP_GUARD_ERROR, CP_GUARD_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }
  path = g_string_new ("$");
  if (holds_infinity (json_parser_get_root (parser)) && find_infinity (json_parser_get_root (parser), path))
    {
      /* Translators: %s is a JSON path such as $.certificates[0].level */
      g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_SYNTAX, _("%s: a number too large to be read"), path->str);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

JsonNode *
cp_json_guard_load_file (const char  *path,
                         CpGuardKind  kind,
                         GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!cp_guard_read_file (path, kind, &contents, &length, error))
    return NULL;
  return cp_json_guard_parse (contents, length, kind, error);
}
