/* cp-draft-keeper.h: one window's draft on disk, and the drafts that no
 * window of this process keeps (left by a crash or a kill)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-draft-store.h"

G_BEGIN_DECLS

typedef struct _CpDraftKeeper CpDraftKeeper;

/* Drafts live in $CERTPATH_DRAFTS_DIR when set (tests), else in
 * $XDG_STATE_HOME/certpath/drafts. */
CpDraftKeeper *cp_draft_keeper_new          (CpPolicyPack   *pack);
/* Frees the keeper and leaves its draft on disk, as a crash would. */
void           cp_draft_keeper_free         (CpDraftKeeper  *self);

/* Writes (or rewrites) this window's draft. */
gboolean       cp_draft_keeper_write        (CpDraftKeeper  *self,
                                             CpProfile      *profile,
                                             const char     *store_id,
                                             const char     *path,
                                             GError        **error);
/* Removes this window's draft, if it wrote one. */
void           cp_draft_keeper_discard      (CpDraftKeeper  *self);
/* The path of this window's draft, or NULL before the first write. */
char          *cp_draft_keeper_get_path     (CpDraftKeeper  *self);

/* The newest readable draft that no window of this process keeps, held
 * back from other windows until it is adopted or let go; NULL if none. */
CpDraft       *cp_draft_keeper_claim_orphan (CpDraftKeeper  *self);
/* The claimed draft becomes this window's own (after "Restore"). */
void           cp_draft_keeper_adopt        (CpDraftKeeper  *self,
                                             CpDraft        *draft);
/* The claimed draft is let go: removed from disk, or kept for next time. */
void           cp_draft_keeper_release      (CpDraftKeeper  *self,
                                             CpDraft        *draft,
                                             gboolean        remove);

G_END_DECLS
