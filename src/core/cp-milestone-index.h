/* cp-milestone-index.h: the days a month view marks (exam days and
 * deadlines) of many sessions, worked out once per data change and
 * looked up a month at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-session-milestones.h"

G_BEGIN_DECLS

typedef struct _CpMilestoneIndex CpMilestoneIndex;

typedef struct
{
  CpDay date;
  guint session;  /* its position in the sessions the index was made from */
} CpMilestoneMark;

/* Whether a month view marks @milestone's day: an exam or a deadline,
 * with a date. */
gboolean               cp_milestone_is_marked       (const CpMilestone *milestone);

/* @sessions: JsonObject * (borrowed only while this runs). */
CpMilestoneIndex      *cp_milestone_index_new       (CpPolicyPack      *pack,
                                                     CpWorkCalendar    *calendar,
                                                     GPtrArray         *sessions);
void                   cp_milestone_index_free      (CpMilestoneIndex  *self);

/* The marks of @month (1–12) of @year, in date order; @n_marks set to
 * their number. Borrowed; O(log n). */
const CpMilestoneMark *cp_milestone_index_get_month (CpMilestoneIndex  *self,
                                                     int                year,
                                                     int                month,
                                                     guint             *n_marks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpMilestoneIndex, cp_milestone_index_free)

G_END_DECLS
