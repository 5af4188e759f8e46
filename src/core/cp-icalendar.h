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

/* The parts, for other calendars (the agenda's). */
typedef struct
{
  const char *uid;
  CpDay       date;         /* an all-day event */
  const char *summary;
  const char *description;
  const char *location;     /* NULL: none */
  const char *alarm;        /* a TRIGGER such as "-P1D"; NULL: no reminder */
} CpIcalEvent;

/* BEGIN:VCALENDAR and its properties. */
GString *cp_icalendar_begin (void);
/* @stamp: the DTSTAMP, as cp_icalendar_stamp() writes it. */
void     cp_icalendar_add   (GString           *out,
                             const CpIcalEvent *event,
                             const char        *stamp);
/* END:VCALENDAR, and the text. */
char    *cp_icalendar_end   (GString           *out);
/* @time in UTC as a DTSTAMP: 20261201T101500Z. */
char    *cp_icalendar_stamp (GDateTime         *time);

G_END_DECLS
