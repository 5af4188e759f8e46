/* cp-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-text.h"

#include <stdarg.h>
#include <string.h>

static gpointer
read_language (gpointer data)
{
  const char * const *names = g_get_language_names ();

  /* The first entry is the most preferred; "C" means the source language. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return (gpointer) "zh_CN";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return (gpointer) "en";
    }
  return (gpointer) "en";
}

const char *
cp_text_language (void)
{
  static GOnce once = G_ONCE_INIT;

  /* The language is set once at start-up; asking GLib for every text cost
   * 8 % of a roster. */
  return g_once (&once, read_language, NULL);
}

guint
cp_text_language_index (void)
{
  return g_str_equal (cp_text_language (), "zh_CN") ? 1 : 0;
}

const char *
cp_text_keep (const char **slot,
              const char  *translated)
{
  /* Every thread would keep the same pointer. */
  if (translated != NULL)
    g_atomic_pointer_set (slot, translated);
  return g_atomic_pointer_get (slot);
}

/* One hash lookup where has_member then get_member made two: a roster
 * asks for texts several times a row. */
static JsonNode *
string_node (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !(JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_NULL (node)))
    return NULL;
  return node;
}

const char *
cp_text_get (JsonObject *text,
             const char *language)
{
  JsonNode *node;

  if (text == NULL)
    return NULL;
  if (language == NULL)
    language = cp_text_language ();
  node = string_node (text, language);
  if (node == NULL)
    node = string_node (text, g_str_equal (language, "en") ? "zh_CN" : "en");
  return node != NULL ? json_node_get_string (node) : NULL;
}

const char *
cp_text_get_member (JsonObject *object,
                    const char *member,
                    const char *language)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return cp_text_get (json_node_get_object (node), language);
}

/* ---------- cp_text_format () ---------- */

#define MAX_ARGUMENTS 9

typedef struct
{
  char        type;   /* 's', 'd' or 'u'; 0 while unused */
  union
  {
    const char *s;
    int         d;
    guint       u;
  };
} Argument;

/* Reads the conversions of @format: which argument each takes and of what
 * type. FALSE for anything cp_text_format () does not do itself. */
static gboolean
read_conversions (const char *format,
                  Argument    arguments[MAX_ARGUMENTS],
                  guint      *n_arguments)
{
  guint next = 0;

  *n_arguments = 0;
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      guint index = next;

      p++;
      if (*p == '%')
        {
          p++;
          continue;
        }
      if (*p >= '1' && *p <= '9' && p[1] == '$')
        {
          index = *p - '1';
          p += 2;
        }
      else
        next++;
      if ((*p != 's' && *p != 'd' && *p != 'u') || index >= MAX_ARGUMENTS ||
          (arguments[index].type != 0 && arguments[index].type != *p))
        return FALSE;
      arguments[index].type = *p++;
      *n_arguments = MAX (*n_arguments, index + 1);
    }
  return TRUE;
}

/* Where the text is written: on the stack, unless it outgrows it. */
typedef struct
{
  char     stack[256];
  gsize    length;
  GString *heap;
} Output;

static void
append (Output     *out,
        const char *data,
        gsize       length)
{
  if (out->heap == NULL && out->length + length < sizeof out->stack)
    {
      memcpy (out->stack + out->length, data, length);
      out->length += length;
      return;
    }
  if (out->heap == NULL)
    out->heap = g_string_new_len (out->stack, out->length);
  g_string_append_len (out->heap, data, length);
}

static void
append_number (Output *out,
               gint64  value)
{
  char digits[24];
  int i = sizeof digits;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  do
    digits[--i] = '0' + magnitude % 10;
  while ((magnitude /= 10) != 0);
  if (value < 0)
    digits[--i] = '-';
  append (out, digits + i, sizeof digits - i);
}

char *
cp_text_format (const char *format,
                ...)
{
  Argument arguments[MAX_ARGUMENTS] = { { 0 } };
  Output out;
  guint n_arguments, next = 0;
  va_list args;

  g_return_val_if_fail (format != NULL, NULL);

  va_start (args, format);
  if (!read_conversions (format, arguments, &n_arguments))
    {
      char *formatted = g_strdup_vprintf (format, args);

      va_end (args);
      return formatted;
    }
  for (guint i = 0; i < n_arguments; i++)
    {
      if (arguments[i].type == 's')
        arguments[i].s = va_arg (args, const char *);
      else if (arguments[i].type == 'd')
        arguments[i].d = va_arg (args, int);
      else if (arguments[i].type == 'u')
        arguments[i].u = va_arg (args, guint);
      else
        {
          /* A gap in the positions: printf could not read past it either. */
          va_end (args);
          return g_strdup (format);
        }
    }
  va_end (args);

  out.length = 0;
  out.heap = NULL;
  for (const char *p = format; *p != '\0';)
    {
      const char *percent = strchr (p, '%');
      const Argument *argument;

      if (percent == NULL)
        {
          append (&out, p, strlen (p));
          break;
        }
      append (&out, p, percent - p);
      p = percent + 1;
      if (*p == '%')
        {
          append (&out, "%", 1);
          p++;
          continue;
        }
      if (*p >= '1' && *p <= '9' && p[1] == '$')
        {
          argument = &arguments[*p - '1'];
          p += 2;
        }
      else
        argument = &arguments[next++];
      if (*p == 's')
        {
          const char *string = argument->s != NULL ? argument->s : "(null)";
          append (&out, string, strlen (string));
        }
      else if (*p == 'd')
        append_number (&out, argument->d);
      else
        append_number (&out, argument->u);
      p++;
    }
  if (out.heap != NULL)
    return g_string_free (out.heap, FALSE);
  return g_strndup (out.stack, out.length);
}
