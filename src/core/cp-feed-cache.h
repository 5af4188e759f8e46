/* cp-feed-cache.h: the last good copy of each schedule feed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *url;
  char *etag;           /* NULL if the server gave none */
  char *last_modified;
  char *fetched_at;     /* ISO 8601: when this copy was fetched */
  char *checked_at;     /* ISO 8601: when the server last said it was current */
} CpFeedCacheEntry;

/* NULL: $XDG_CACHE_HOME/certpath/feeds. */
char             *cp_feed_cache_directory (const char *directory);

/* The cached body and what is known of it; NULL (and no error) when
 * nothing is cached for @url. */
GBytes           *cp_feed_cache_load   (const char        *directory,
                                        const char        *url,
                                        CpFeedCacheEntry **out_entry,
                                        GError           **error);
/* Writes body and entry atomically; @body NULL keeps the body and only
 * updates the entry (after a 304). */
gboolean          cp_feed_cache_store  (const char        *directory,
                                        const CpFeedCacheEntry *entry,
                                        GBytes            *body,
                                        GError           **error);

void              cp_feed_cache_entry_free (CpFeedCacheEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpFeedCacheEntry, cp_feed_cache_entry_free)

G_END_DECLS
