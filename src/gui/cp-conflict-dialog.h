/* cp-conflict-dialog.h: a candidate a sync tool kept in several versions;
 * the user picks the version to open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-candidate-store.h"

G_BEGIN_DECLS

/* Each version is a response whose id is the candidate id of its file;
 * "cancel" opens none. */
AdwMessageDialog *cp_conflict_dialog_new (GtkWindow          *parent,
                                          CpCandidateStore   *store,
                                          CpCandidateSummary *summary);

G_END_DECLS
