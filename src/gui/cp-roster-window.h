/* cp-roster-window.h: a whole class evaluated, one row per candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-roster.h"

G_BEGIN_DECLS

#define CP_TYPE_ROSTER_WINDOW (cp_roster_window_get_type ())
G_DECLARE_FINAL_TYPE (CpRosterWindow, cp_roster_window, CP, ROSTER_WINDOW, AdwWindow)

/* Takes @roster. Emits "open-candidate" (CpProfile) for a row to open. */
CpRosterWindow *cp_roster_window_new      (CpRoster       *roster);
GListModel     *cp_roster_window_get_rows (CpRosterWindow *self);
void            cp_roster_window_open_row (CpRosterWindow *self,
                                           guint           position);

G_END_DECLS
