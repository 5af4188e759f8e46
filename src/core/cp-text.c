/* cp-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-text.h"

const char *
cp_text_language (void)
{
  const char * const *names = g_get_language_names ();

  /* The first entry is the most preferred; "C" means the source language. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return "zh_CN";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
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

const char *
cp_text_get (JsonObject *text,
             const char *language)
{
  const char *other;

  if (text == NULL)
    return NULL;
  if (language == NULL)
    language = cp_text_language ();
  other = g_str_equal (language, "en") ? "zh_CN" : "en";

  if (json_object_has_member (text, language))
    return json_object_get_string_member (text, language);
  if (json_object_has_member (text, other))
    return json_object_get_string_member (text, other);
  return NULL;
}

const char *
cp_text_get_member (JsonObject *object,
                    const char *member,
                    const char *language)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return cp_text_get (json_node_get_object (node), language);
}
