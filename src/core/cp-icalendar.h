/* cp-icalendar.h: exam sessions as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-session-milestones.h"

G_BEGIN_DECLS

/* One all-day event per dated milestone of each session, with a stable UID
 * (session id and milestone kind) and a reminder the day before each
 * deadline. @stamp is the DTSTAMP, in UTC (passed in so output repeats). */
char *cp_icalendar_from_sessions (CpPolicyPack   *pack,
                                  CpWorkCalendar *calendar,
                                  GPtrArray      *sessions,
                                  GDateTime      *stamp);

G_END_DECLS
