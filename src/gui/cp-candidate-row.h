/* cp-candidate-row.h: one saved candidate in the list: name, birth date and
 * city, and what is wrong with the file if anything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cp-candidate-summary.h"

G_BEGIN_DECLS

#define CP_TYPE_CANDIDATE_ROW (cp_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateRow, cp_candidate_row, CP, CANDIDATE_ROW, GtkBox)

GtkWidget          *cp_candidate_row_new         (void);
/* Rows are reused as the list scrolls and searches: this only sets texts. */
void                cp_candidate_row_set_summary (CpCandidateRow     *self,
                                                  CpCandidateSummary *summary);
void                cp_candidate_row_set_current (CpCandidateRow     *self,
                                                  gboolean            current);

G_END_DECLS
