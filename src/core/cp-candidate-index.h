/* cp-candidate-index.h: what the store last read of each candidate file,
 * kept in the folder so a listing reads only the files that changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-candidate-summary.h"

G_BEGIN_DECLS

#define CP_CANDIDATE_INDEX_NAME ".certpath-index"

/* A table of id → CpCandidateSummary. A missing, foreign or damaged index
 * gives an empty table or skips the damaged lines: the files are then read
 * again, so nothing is lost. @city_names (id → name, may be NULL) names the
 * cities in the user's language. */
GHashTable *cp_candidate_index_read  (const char  *path,
                                      GHashTable  *city_names);
/* Written atomically, readable by the user only. */
gboolean    cp_candidate_index_write (const char  *path,
                                      GHashTable  *summaries,
                                      GError     **error);

G_END_DECLS
