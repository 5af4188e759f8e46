/* cp-candidate-search.h: the saved candidates a search leaves, as a list
 * model over the store's whose rows keep their places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cp-candidate-summary.h"

G_BEGIN_DECLS

/* A place in the list. Its candidate is whatever the search shows there
 * now: a search changes what the places show ("rows-changed") and how many
 * there are (items-changed at the end), not the places themselves, so the
 * list keeps its row widgets and only sets their texts. */
#define CP_TYPE_CANDIDATE_SLOT (cp_candidate_slot_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateSlot, cp_candidate_slot, CP, CANDIDATE_SLOT, GObject)

guint cp_candidate_slot_get_position (CpCandidateSlot *self);

#define CP_TYPE_CANDIDATE_SEARCH (cp_candidate_search_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateSearch, cp_candidate_search, CP, CANDIDATE_SEARCH, GObject)

CpCandidateSearch *cp_candidate_search_new        (void);
/* @source: a list of CpCandidateSummary, followed as it changes; NULL for none. */
void               cp_candidate_search_set_source (CpCandidateSearch *self,
                                                   GListModel        *source);
GListModel        *cp_candidate_search_get_source (CpCandidateSearch *self);
/* Every word of @text (case-folded) must be in a summary's search key:
 * "陈老五 1979", "陈老五 深圳". */
void               cp_candidate_search_set_text   (CpCandidateSearch *self,
                                                   const char        *text);
/* What the place @position shows now, or NULL past the end. */
CpCandidateSummary *cp_candidate_search_get_summary (CpCandidateSearch *self,
                                                     guint              position);

G_END_DECLS
