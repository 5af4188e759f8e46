/* cp-feed-cache.c
 *
 * Two files per feed, named by a hash of its address: NAME.json, the body
 * exactly as received, and NAME.meta.json, its validators and dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "cp-feed-cache.h"
#include "cp-json-guard.h"

void
cp_feed_cache_entry_free (CpFeedCacheEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->url);
  g_free (entry->etag);
  g_free (entry->last_modified);
  g_free (entry->fetched_at);
  g_free (entry->checked_at);
  g_free (entry);
}

char *
cp_feed_cache_directory (const char *directory)
{
  if (directory != NULL)
    return g_strdup (directory);
  return g_build_filename (g_get_user_cache_dir (), "certpath", "feeds", NULL);
}

static char *
path_for (const char *directory,
          const char *url,
          const char *suffix)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  g_autofree char *file_name = g_strdup_printf ("%.24s%s", hash, suffix);

  return g_build_filename (directory, file_name, NULL);
}

static const char *
optional_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

GBytes *
cp_feed_cache_load (const char        *directory,
                    const char        *url,
                    CpFeedCacheEntry **out_entry,
                    GError           **error)
{
  g_autofree char *body_path = path_for (directory, url, ".json");
  g_autofree char *meta_path = path_for (directory, url, ".meta.json");
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *body = NULL;
  gsize length;
  CpFeedCacheEntry *entry;
  JsonObject *meta;

  if (!g_file_test (body_path, G_FILE_TEST_EXISTS) || !g_file_test (meta_path, G_FILE_TEST_EXISTS))
    return NULL;
  /* The cache is ours, but a disk or a person may have changed it: it is
   * read as warily as the feed it came from. */
  root = cp_json_guard_load_file (meta_path, CP_GUARD_FEED_META, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_SYNTAX, "%s: not a JSON object", meta_path);
      return NULL;
    }
  if (!cp_guard_read_file (body_path, CP_GUARD_FEED, &body, &length, error))
    return NULL;

  meta = json_node_get_object (root);
  entry = g_new0 (CpFeedCacheEntry, 1);
  entry->url = g_strdup (url);
  entry->etag = g_strdup (optional_string (meta, "etag"));
  entry->last_modified = g_strdup (optional_string (meta, "last_modified"));
  entry->fetched_at = g_strdup (optional_string (meta, "fetched_at"));
  entry->checked_at = g_strdup (optional_string (meta, "checked_at"));
  if (out_entry != NULL)
    *out_entry = entry;
  else
    cp_feed_cache_entry_free (entry);
  return g_bytes_new_take (g_steal_pointer (&body), length);
}

static void
set_optional (JsonBuilder *builder,
              const char  *member,
              const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

gboolean
cp_feed_cache_store (const char             *directory,
                     const CpFeedCacheEntry *entry,
                     GBytes                 *body,
                     GError                **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *body_path = path_for (directory, entry->url, ".json");
  g_autofree char *meta_path = path_for (directory, entry->url, ".meta.json");

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: cannot be created", directory);
      return FALSE;
    }

  json_builder_begin_object (builder);
  set_optional (builder, "url", entry->url);
  set_optional (builder, "etag", entry->etag);
  set_optional (builder, "last_modified", entry->last_modified);
  set_optional (builder, "fetched_at", entry->fetched_at);
  set_optional (builder, "checked_at", entry->checked_at);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  meta = json_generator_to_data (generator, NULL);

  /* Body first: a crash between the two leaves an old entry beside a new
   * body, which at worst costs one unconditional fetch. */
  if (body != NULL &&
      !g_file_set_contents_full (body_path, g_bytes_get_data (body, NULL), g_bytes_get_size (body),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error))
    return FALSE;
  return g_file_set_contents_full (meta_path, meta, -1, G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}
