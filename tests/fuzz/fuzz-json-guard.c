/* fuzz-json-guard.c: the guarded JSON reader alone, many times faster
 * than a whole loader
 *
 * Whatever it lets through must be no deeper than its limit: a tree
 * deeper than that means the byte scan missed nesting json-glib saw (as a
 * '"' inside a single-quoted string once hid it), which at 75 000 levels
 * overflows the stack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "cp-fuzz-util.h"
#include "cp-json-guard.h"

static guint
depth_of (JsonNode *node)
{
  guint deepest = 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        deepest = MAX (deepest, depth_of (json_array_get_element (array, i)));
      return deepest + 1;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &value))
        deepest = MAX (deepest, depth_of (value));
      return deepest + 1;
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  cp_fuzz_init_pack ();
  /* The feed's limit: 16 levels, within reach of short inputs. */
  root = cp_json_guard_parse ((const char *) data, size, CP_GUARD_FEED, &error);
  if (root == NULL && error == NULL)
    abort ();
  if (root != NULL && depth_of (root) > cp_guard_max_depth (CP_GUARD_FEED))
    {
      g_printerr ("fuzz: the guard let through a tree %u deep\n", depth_of (root));
      abort ();
    }
  return 0;
}
