/* cp-candidate-list.h: the saved candidates, searchable by name, birth date
 * and city
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-candidate-store.h"

G_BEGIN_DECLS

#define CP_TYPE_CANDIDATE_LIST (cp_candidate_list_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateList, cp_candidate_list, CP, CANDIDATE_LIST, AdwBin)

/* Shows @store's live list (read once; it follows the store's changes by
 * itself afterwards), marking @current_id. Emits "candidate-activated"
 * with the id of a row the user picks. */
void                cp_candidate_list_show          (CpCandidateList  *self,
                                                     CpCandidateStore *store,
                                                     const char       *current_id);
/* The rows the search leaves, and the candidate in each. */
guint               cp_candidate_list_count_visible (CpCandidateList *self);
CpCandidateSummary *cp_candidate_list_get_shown     (CpCandidateList *self,
                                                     guint            position);

G_END_DECLS
