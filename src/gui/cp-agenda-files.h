/* cp-agenda-files.h: the saved candidates' files for the agenda, read again
 * only when they changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-candidate-store.h"

G_BEGIN_DECLS

typedef struct _CpAgendaFiles CpAgendaFiles;

/* Reports files read of how many; called every few hundred files. */
typedef void (*CpAgendaFilesProgress) (guint    done,
                                       guint    total,
                                       gpointer user_data);

/* The files of @directory, remembered between calls. */
CpAgendaFiles *cp_agenda_files_new   (const char    *directory,
                                      CpPolicyPack  *pack);
CpAgendaFiles *cp_agenda_files_ref   (CpAgendaFiles *self);
void           cp_agenda_files_unref (CpAgendaFiles *self);

/* Every candidate file, as cp_candidate_store_list() gives them
 * (CpCandidateEntry *, a broken file with its error), sorted by id. A file
 * whose size, modification time and inode are those of the last call is
 * not read again. Safe in any thread, one call at a time (others wait).
 * @n_read (may be NULL): the files read this time. */
GPtrArray     *cp_agenda_files_list  (CpAgendaFiles         *self,
                                      CpAgendaFilesProgress  progress,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      guint                 *n_read);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAgendaFiles, cp_agenda_files_unref)

G_END_DECLS
