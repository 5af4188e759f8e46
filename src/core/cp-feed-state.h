/* cp-feed-state.h: how the last refresh of each schedule feed went, for
 * Preferences to tell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char     *at;      /* ISO 8601: when the refresh ended */
  gboolean  updated; /* FALSE: it failed, for @reason */
  char     *reason;  /* in plain words; NULL when updated */
} CpFeedState;

/* Records in @directory (the feed cache's) that refreshing @url ended at
 * @at, updated when @reason is NULL, failed for @reason otherwise. */
gboolean     cp_feed_state_record (const char   *directory,
                                   const char   *url,
                                   const char   *at,
                                   const char   *reason,
                                   GError      **error);
/* The last result recorded for @url, or NULL when none is (or the record
 * cannot be read: it is only a note, never a reason to fail). */
CpFeedState *cp_feed_state_lookup (const char   *directory,
                                   const char   *url);
void         cp_feed_state_free   (CpFeedState  *state);
/* The record's file name in that directory, to watch it. */
const char  *cp_feed_state_file_name (void);
/* "Updated 2026-12-01 14:20" or "Failed 2026-12-01 14:20: why", in the UI
 * language and local time; for no state, that the feed was not fetched. */
char        *cp_feed_state_describe (const CpFeedState *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpFeedState, cp_feed_state_free)

G_END_DECLS
