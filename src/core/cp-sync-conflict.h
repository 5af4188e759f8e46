/* cp-sync-conflict.h: the copies a sync tool makes when one file changed in
 * two places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The id of the file @id is a conflict copy of, or NULL if it is none.
 * Ids are file names without ".json":
 *   Nextcloud  "NAME (conflicted copy 2026-12-01 101112)"
 *   Dropbox    "NAME (Li Hua's conflicted copy 2026-12-01)"
 *   Syncthing  "NAME.sync-conflict-20261201-101112-ABCDEFG"
 *   ownCloud   "NAME_conflict-20261201-101112" */
char *cp_sync_conflict_original (const char *id);

G_END_DECLS
