/* cp-subsidy-deadline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-subsidy-deadline.h"
#include "cp-work-calendar.h"

CpDay
cp_subsidy_deadline (CpPolicyPack *pack,
                     CpDay         issued,
                     int           months,
                     gboolean     *approximate)
{
  CpWorkCalendar *calendar = cp_work_calendar_for_pack (pack);

  return cp_subsidy_deadline_on (calendar, issued, months, approximate);
}

CpDay
cp_subsidy_deadline_on (CpWorkCalendar *calendar,
                        CpDay           issued,
                        int             months,
                        gboolean       *approximate)
{
  CpDay last = cp_date_add_months (issued, months);
  gboolean day_approximate = FALSE;

  /* A period ending on a rest day runs to the next working day. */
  while (!cp_work_calendar_is_working_day (calendar, last, &day_approximate))
    last++;
  if (approximate != NULL)
    *approximate = day_approximate;
  return last;
}
