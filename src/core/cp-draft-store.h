/* cp-draft-store.h: unsaved edits kept on disk, so that a crash or a kill
 * loses at most a few seconds of typing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-profile.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;        /* the draft file's name without ".json" */
  char      *store_id;  /* the saved candidate it changes; NULL for one never saved */
  char      *path;      /* the file it was opened from, or NULL */
  GDateTime *written;   /* when the draft was written, local time */
  CpProfile *profile;   /* NULL when the draft could not be read */
  char      *error;     /* why not */
} CpDraft;

#define CP_TYPE_DRAFT_STORE (cp_draft_store_get_type ())
G_DECLARE_FINAL_TYPE (CpDraftStore, cp_draft_store, CP, DRAFT_STORE, GObject)

/* @directory NULL: $XDG_STATE_HOME/certpath/drafts. Created 0700 on the
 * first write; each draft is written atomically, mode 0600. */
CpDraftStore *cp_draft_store_new           (const char   *directory,
                                            CpPolicyPack *pack);
const char   *cp_draft_store_get_directory (CpDraftStore *self);

/* A fresh id, unique among processes and windows. */
char         *cp_draft_store_new_id        (void);
gboolean      cp_draft_store_write         (CpDraftStore *self,
                                            const char   *id,
                                            CpProfile    *profile,
                                            const char   *store_id,
                                            const char   *path,
                                            GDateTime    *written,
                                            GError      **error);
/* Removing a draft that is not there is not an error; reading one is
 * (G_FILE_ERROR_NOENT). */
gboolean      cp_draft_store_remove        (CpDraftStore *self,
                                            const char   *id,
                                            GError      **error);
CpDraft      *cp_draft_store_read          (CpDraftStore *self,
                                            const char   *id,
                                            GError      **error);
/* Every draft, newest first; one that cannot be read is listed with its
 * error. Temporary files of writes killed long ago are removed. */
GPtrArray    *cp_draft_store_list          (CpDraftStore *self);

void          cp_draft_free                (CpDraft      *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpDraft, cp_draft_free)

G_END_DECLS
