/* cp-roster-window.h: a whole class evaluated, one row per candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-candidate-store.h"
#include "cp-roster.h"
#include "cp-roster-item.h"

G_BEGIN_DECLS

#define CP_TYPE_ROSTER_WINDOW (cp_roster_window_get_type ())
G_DECLARE_FINAL_TYPE (CpRosterWindow, cp_roster_window, CP, ROSTER_WINDOW, AdwWindow)

/* Takes @roster; @store (may be NULL) is where "Add to Saved Candidates"
 * saves. Emits "open-candidate" (CpProfile) for a row to open. */
CpRosterWindow *cp_roster_window_new            (CpRoster         *roster,
                                                 CpCandidateStore *store);
/* Shows @roster (taken) instead of the one shown. */
void            cp_roster_window_set_roster     (CpRosterWindow   *self,
                                                 CpRoster         *roster);
/* Reads an XLSX, ODS or CSV file and shows it, evaluated today. */
gboolean        cp_roster_window_open_file      (CpRosterWindow   *self,
                                                 const char       *path,
                                                 GError          **error);
/* The results, or the template, as XLSX or CSV (by the name's end). */
gboolean        cp_roster_window_export         (CpRosterWindow   *self,
                                                 const char       *path,
                                                 GError          **error);
gboolean        cp_roster_window_save_template  (const char       *path,
                                                 GError          **error);
/* @path, with .xlsx added unless it ends in .xlsx or .csv. */
char           *cp_roster_window_spreadsheet_path (const char     *path);
/* The rows as shown: filtered, sorted, selectable (CpRosterSlot items). */
GListModel     *cp_roster_window_get_rows       (CpRosterWindow   *self);
void            cp_roster_window_open_row       (CpRosterWindow   *self,
                                                 guint             position);
/* The row shown at @position (borrowed), or NULL. */
CpRosterItem   *cp_roster_window_get_item       (CpRosterWindow   *self,
                                                 guint             position);
/* Saves the selected good rows (all good rows when none is selected) that
 * are not saved yet by name and birth date; returns how many, and in
 * @skipped how many were there already. */
guint           cp_roster_window_add_candidates (CpRosterWindow   *self,
                                                 guint            *skipped,
                                                 GError          **error);

G_END_DECLS
