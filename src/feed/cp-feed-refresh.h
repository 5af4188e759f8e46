/* cp-feed-refresh.h: fetch a feed, check it, keep the last good copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-feed.h"
#include "cp-feed-cache.h"
#include "cp-feed-fetch.h"

G_BEGIN_DECLS

typedef struct
{
  CpFeed           *feed;          /* the sessions now in force for this feed */
  CpFeedCacheEntry *entry;         /* when it was fetched and last checked */
  gboolean          not_modified;  /* the server said the cached copy is current */
} CpFeedRefresh;

/* On any failure (network, HTTP, size, time, not a feed) the cache is left
 * as it was and the error says what went wrong. */
void           cp_feed_refresh_async  (SoupSession         *session,
                                       CpPolicyPack        *pack,
                                       const char          *url,
                                       const char          *cache_directory,
                                       const CpFetchLimits *limits,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
CpFeedRefresh *cp_feed_refresh_finish (GAsyncResult        *result,
                                       GError             **error);
void           cp_feed_refresh_free   (CpFeedRefresh       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpFeedRefresh, cp_feed_refresh_free)

G_END_DECLS
