/* cp-feed-refresh.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-feed-refresh"

#include "config.h"

#include "cp-feed-refresh.h"

typedef struct
{
  CpPolicyPack     *pack;
  char             *url;
  char             *cache_directory;
  GBytes           *cached_body;
  CpFeedCacheEntry *cached_entry;
  CpFetchResult    *fetched;
} Refresh;

static void
refresh_data_free (Refresh *refresh)
{
  g_clear_object (&refresh->pack);
  g_free (refresh->url);
  g_free (refresh->cache_directory);
  g_clear_pointer (&refresh->cached_body, g_bytes_unref);
  g_clear_pointer (&refresh->cached_entry, cp_feed_cache_entry_free);
  g_clear_pointer (&refresh->fetched, cp_fetch_result_free);
  g_free (refresh);
}

void
cp_feed_refresh_free (CpFeedRefresh *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->feed, cp_feed_free);
  g_clear_pointer (&self->entry, cp_feed_cache_entry_free);
  g_free (self);
}

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format_iso8601 (now);
}

/* Checking a feed near the 2 MiB cap and writing the cache take a moment:
 * in a worker thread, so that the window never waits for them. */
static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Refresh *refresh = task_data;
  CpFetchResult *fetched = refresh->fetched;
  g_autoptr(CpFeedRefresh) result = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *body;

  /* 304 only counts if there really is a copy to keep using. */
  body = fetched->not_modified ? refresh->cached_body : fetched->body;
  if (body == NULL)
    {
      g_task_return_new_error (task, CP_FETCH_ERROR, CP_FETCH_ERROR_HTTP,
                               "The server said the feed has not changed, but no copy of it is kept here");
      return;
    }

  result = g_new0 (CpFeedRefresh, 1);
  result->not_modified = fetched->not_modified;
  result->feed = cp_feed_parse (refresh->pack, body, refresh->url, &error);
  if (result->feed == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result->entry = g_new0 (CpFeedCacheEntry, 1);
  result->entry->url = g_strdup (refresh->url);
  result->entry->etag = g_strdup (fetched->etag);
  result->entry->last_modified = g_strdup (fetched->last_modified);
  result->entry->checked_at = now_text ();
  result->entry->fetched_at = fetched->not_modified && refresh->cached_entry != NULL
                              ? g_strdup (refresh->cached_entry->fetched_at) : now_text ();

  /* Only a feed that parsed replaces the last good copy. */
  if (!cp_feed_cache_store (refresh->cache_directory, result->entry,
                            fetched->not_modified ? NULL : fetched->body, &error))
    g_warning ("The feed cache could not be written: %s", error->message);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) cp_feed_refresh_free);
}

static void
fetch_cb (GObject      *object,
          GAsyncResult *res,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Refresh *refresh = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  refresh->fetched = cp_feed_fetch_finish (res, &error);
  if (refresh->fetched == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_run_in_thread (task, parse_thread);
}

void
cp_feed_refresh_async (SoupSession         *session,
                       CpPolicyPack        *pack,
                       const char          *url,
                       const char          *cache_directory,
                       const CpFetchLimits *limits,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Refresh *refresh;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (CP_IS_POLICY_PACK (pack));
  g_return_if_fail (url != NULL);

  task = g_task_new (session, cancellable, callback, user_data);
  g_task_set_source_tag (task, cp_feed_refresh_async);

  refresh = g_new0 (Refresh, 1);
  refresh->pack = g_object_ref (pack);
  refresh->url = g_strdup (url);
  refresh->cache_directory = cp_feed_cache_directory (cache_directory);
  /* A cache that cannot be read is treated as empty: fetch it whole. */
  refresh->cached_body = cp_feed_cache_load (refresh->cache_directory, url, &refresh->cached_entry, NULL);
  g_task_set_task_data (task, refresh, (GDestroyNotify) refresh_data_free);

  cp_feed_fetch_async (session, url,
                       refresh->cached_body != NULL ? refresh->cached_entry->etag : NULL,
                       refresh->cached_body != NULL ? refresh->cached_entry->last_modified : NULL,
                       limits, cancellable, fetch_cb, g_steal_pointer (&task));
}

CpFeedRefresh *
cp_feed_refresh_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cp_feed_refresh_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
