/* cp-candidate-store.h: the candidates a counsellor keeps, one file each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cp-candidate-summary.h"
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
/* $XDG_DATA_HOME/certpath/candidates */
char             *cp_candidate_store_default_directory (void);

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

/* The candidates as a live list of CpCandidateSummary, sorted by name.
 * The first call reads the folder's index and only the files changed since
 * it was written; afterwards the list follows this store's own saves,
 * deletes and restores at once, and changes made from outside (a sync tool)
 * through a file monitor. A sync tool's conflict copies are no rows of their
 * own: they are listed as conflicts of their original. */
GListModel       *cp_candidate_store_get_model (CpCandidateStore  *self);
/* Checks every file against the index now (the monitor does so by itself). */
void              cp_candidate_store_refresh   (CpCandidateStore  *self);
CpCandidateSummary *cp_candidate_store_lookup  (CpCandidateStore  *self,
                                                const char        *id);
char             *cp_candidate_store_get_path  (CpCandidateStore  *self,
                                                const char        *id);
/* How many candidate files this store has parsed, for tests and benchmarks. */
guint             cp_candidate_store_get_n_parsed (CpCandidateStore *self);

/* The candidate id of a file in the folder, or NULL when the file is none:
 * not "*.json", hidden (the index), or a temporary file of a save. */
char             *cp_candidate_store_id_for_file_name (const char *file_name);

G_END_DECLS
