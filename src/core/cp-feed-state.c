/* cp-feed-state.c
 *
 * One small file, feed-state.json, beside the cached feeds: an object from
 * each feed's address to {"at", "updated", "reason"}. A failure keeps the
 * last good copy in the cache, so only this file remembers it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cp-feed-state.h"
#include "cp-json-guard.h"

#define STATE_FILE "feed-state.json"

const char *
cp_feed_state_file_name (void)
{
  return STATE_FILE;
}

void
cp_feed_state_free (CpFeedState *state)
{
  if (state == NULL)
    return;
  g_free (state->at);
  g_free (state->reason);
  g_free (state);
}

/* The recorded object, or a new empty one when there is none or it is not
 * one. */
static JsonObject *
load_all (const char *directory)
{
  g_autofree char *path = g_build_filename (directory, STATE_FILE, NULL);
  g_autoptr(JsonNode) root = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    root = cp_json_guard_load_file (path, CP_GUARD_FEED_META, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return json_object_new ();
  return json_object_ref (json_node_get_object (root));
}

gboolean
cp_feed_state_record (const char  *directory,
                      const char  *url,
                      const char  *at,
                      const char  *reason,
                      GError     **error)
{
  g_autoptr(JsonObject) all = NULL;
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *path = g_build_filename (directory, STATE_FILE, NULL);
  g_autofree char *text = NULL;
  JsonObject *state = json_object_new ();

  g_return_val_if_fail (directory != NULL && url != NULL && at != NULL, FALSE);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: cannot be created", directory);
      json_object_unref (state);
      return FALSE;
    }
  all = load_all (directory);
  json_object_set_string_member (state, "at", at);
  json_object_set_boolean_member (state, "updated", reason == NULL);
  if (reason != NULL)
    json_object_set_string_member (state, "reason", reason);
  json_object_set_object_member (all, url, state);
  json_node_set_object (root, all);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  return g_file_set_contents (path, text, -1, error);
}

CpFeedState *
cp_feed_state_lookup (const char *directory,
                      const char *url)
{
  g_autoptr(JsonObject) all = NULL;
  JsonNode *node;
  JsonObject *object;
  CpFeedState *state;

  g_return_val_if_fail (directory != NULL && url != NULL, NULL);

  all = load_all (directory);
  node = json_object_get_member (all, url);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  node = json_object_get_member (object, "at");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  state = g_new0 (CpFeedState, 1);
  state->at = g_strdup (json_node_get_string (node));
  state->updated = json_object_get_boolean_member_with_default (object, "updated", FALSE);
  node = json_object_get_member (object, "reason");
  if (!state->updated && node != NULL && json_node_get_value_type (node) == G_TYPE_STRING)
    state->reason = g_strdup (json_node_get_string (node));
  return state;
}

char *
cp_feed_state_describe (const CpFeedState *state)
{
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;

  if (state == NULL)
    return g_strdup (_("Not fetched yet"));
  at = g_date_time_new_from_iso8601 (state->at, NULL);
  local = at != NULL ? g_date_time_to_local (at) : NULL;
  when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (state->at);
  if (state->updated)
    /* Translators: a feed's last refresh; %s is a date and time */
    return g_strdup_printf (_("Updated %s"), when);
  /* Translators: a feed's last refresh; a date and time, then why it failed */
  return g_strdup_printf (_("Failed %s: %s"), when, state->reason != NULL ? state->reason : _("no reason was given"));
}
