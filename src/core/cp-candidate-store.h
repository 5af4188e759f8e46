/* cp-candidate-store.h: the candidates a counsellor keeps, one file each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-profile.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;       /* the file's name without ".json" */
  CpProfile *profile;  /* NULL when the file could not be read */
  char      *error;    /* why not, naming the file, path and what was expected */
} CpCandidateEntry;

#define CP_TYPE_CANDIDATE_STORE (cp_candidate_store_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateStore, cp_candidate_store, CP, CANDIDATE_STORE, GObject)

/* @directory NULL: $XDG_DATA_HOME/certpath/candidates. Created, readable
 * by the user only, on the first save. */
CpCandidateStore *cp_candidate_store_new       (const char        *directory,
                                                CpPolicyPack      *pack);
const char       *cp_candidate_store_get_directory (CpCandidateStore *self);

/* Every candidate file, sorted by name; a broken file is listed with its
 * error rather than dropped, so nothing is lost from sight. */
GPtrArray        *cp_candidate_store_list      (CpCandidateStore  *self);

char             *cp_candidate_store_new_id    (CpCandidateStore  *self);
gboolean          cp_candidate_store_save      (CpCandidateStore  *self,
                                                const char        *id,
                                                CpProfile         *profile,
                                                GError           **error);
/* Removes the file and returns its bytes, for an undo. */
GBytes           *cp_candidate_store_delete    (CpCandidateStore  *self,
                                                const char        *id,
                                                GError           **error);
gboolean          cp_candidate_store_restore   (CpCandidateStore  *self,
                                                const char        *id,
                                                GBytes            *contents,
                                                GError           **error);

void              cp_candidate_entry_free      (CpCandidateEntry  *entry);

G_END_DECLS
