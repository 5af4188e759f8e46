/* cp-candidate-summary.h: what the list of saved candidates shows of one
 * file, without the whole profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cp-date.h"

G_BEGIN_DECLS

#define CP_TYPE_CANDIDATE_SUMMARY (cp_candidate_summary_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateSummary, cp_candidate_summary, CP, CANDIDATE_SUMMARY, GObject)

/* @modified: the file's modification time in nanoseconds since 1970;
 * with @size it tells whether the file changed since it was read.
 * @error: why the file could not be read, or NULL. */
CpCandidateSummary *cp_candidate_summary_new            (const char         *id,
                                                         const char         *name,
                                                         CpDay               birth_date,
                                                         const char         *city_id,
                                                         const char         *city_name,
                                                         gint64              modified,
                                                         gint64              size,
                                                         const char         *error);

const char         *cp_candidate_summary_get_id         (CpCandidateSummary *self);
const char         *cp_candidate_summary_get_name       (CpCandidateSummary *self);
CpDay               cp_candidate_summary_get_birth_date (CpCandidateSummary *self);
const char         *cp_candidate_summary_get_city_id    (CpCandidateSummary *self);
const char         *cp_candidate_summary_get_city_name  (CpCandidateSummary *self);
gint64              cp_candidate_summary_get_modified   (CpCandidateSummary *self);
gint64              cp_candidate_summary_get_size       (CpCandidateSummary *self);
const char         *cp_candidate_summary_get_error      (CpCandidateSummary *self);

/* Case-folded name, birth date, city name and id, made once, so a search
 * over thousands of summaries is a substring test each. */
const char         *cp_candidate_summary_get_search_key (CpCandidateSummary *self);
/* Orders by name as the user's language sorts, then by birth date, then
 * by id. */
int                 cp_candidate_summary_compare        (CpCandidateSummary *a,
                                                         CpCandidateSummary *b);

/* The ids of a sync tool's conflict copies of this file (empty when there is
 * no conflict); the store keeps them up to date. */
GPtrArray          *cp_candidate_summary_get_conflicts  (CpCandidateSummary *self);
gboolean            cp_candidate_summary_has_conflict   (CpCandidateSummary *self);

G_END_DECLS
