/* cp-subsidy-deadline.h: the last day to apply for a subsidy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"
#include "cp-work-calendar.h"

G_BEGIN_DECLS

/* The last day of a period of @months months from @issued, as the Civil
 * Code counts it (art. 201–203): the period starts the next day and ends on
 * the corresponding day of the last month, or that month's last day if it
 * has no such day; a last day that is a rest day or public holiday moves to
 * the next working day. @approximate is set when that day falls in a year
 * whose holidays are not published. */
CpDay cp_subsidy_deadline (CpPolicyPack *pack,
                           CpDay         issued,
                           int           months,
                           gboolean     *approximate);

/* The same on a calendar already built. */
CpDay cp_subsidy_deadline_on (CpWorkCalendar *calendar,
                              CpDay           issued,
                              int             months,
                              gboolean       *approximate);

G_END_DECLS
