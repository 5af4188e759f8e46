/* cp-work-calendar.h: Chinese working days, with public holidays and
 * make-up working days (调休) from the policy pack
 *
 * The counting rules are written down in docs/working-days.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"

G_BEGIN_DECLS

typedef struct _CpWorkCalendar CpWorkCalendar;

CpWorkCalendar *cp_work_calendar_new            (CpPolicyPack   *pack);
void            cp_work_calendar_free           (CpWorkCalendar *self);
/* The pack's own calendar, built on first use and kept with the pack
 * (borrowed; safe from any thread). */
CpWorkCalendar *cp_work_calendar_for_pack       (CpPolicyPack   *pack);

/* Monday to Friday outside the holidays, or a make-up working day. In a
 * year whose schedule is not published, weekdays only, and @approximate
 * (if given) is set to TRUE; it is never reset. */
gboolean        cp_work_calendar_is_working_day (CpWorkCalendar *self,
                                                 CpDay           day,
                                                 gboolean       *approximate);
/* The @n-th working day after @from, counting from the day after it
 * ("within 5 working days of the exam"); @from itself for 0. */
CpDay           cp_work_calendar_add            (CpWorkCalendar *self,
                                                 CpDay           from,
                                                 guint           n,
                                                 gboolean       *approximate);
/* The working days d with @a < d ≤ @b (negative, the same the other way,
 * when @b < @a): so that add (a, between (a, b)) is the last working day
 * on or before b. */
int             cp_work_calendar_between        (CpWorkCalendar *self,
                                                 CpDay           a,
                                                 CpDay           b,
                                                 gboolean       *approximate);
/* Whether the pack has the holiday schedule of @year. */
gboolean        cp_work_calendar_knows_year     (CpWorkCalendar *self,
                                                 int             year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpWorkCalendar, cp_work_calendar_free)

G_END_DECLS
