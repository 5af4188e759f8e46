/* cp-candidate-search.h: the saved candidates a search leaves, as a list
 * model over the store's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

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

G_END_DECLS
