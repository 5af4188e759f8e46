/* cp-agenda-export.h: the agenda to a file the user picked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-agenda.h"

G_BEGIN_DECLS

/* By the name's ending: .ics (iCalendar, a reminder @alarm_days days
 * before each event, 0: on the morning of the day), .xlsx, or else CSV;
 * texts in the UI language. */
gboolean cp_agenda_export (CpAgenda      *agenda,
                           CpPolicyPack  *pack,
                           const char    *path,
                           guint          alarm_days,
                           GError       **error);

G_END_DECLS
