/* cp-roster-item.h: one roster row as a list item, its cells in the UI
 * language, computed once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cp-roster.h"

G_BEGIN_DECLS

typedef enum
{
  CP_ROSTER_COLUMN_ROW,
  CP_ROSTER_COLUMN_NAME,
  CP_ROSTER_COLUMN_BIRTH_DATE,
  CP_ROSTER_COLUMN_PROBLEMS,
  CP_ROSTER_COLUMN_LEVELS,
  CP_ROSTER_COLUMN_TARGET,
  CP_ROSTER_COLUMN_ELIGIBLE,
  CP_ROSTER_COLUMN_FROM,
  CP_ROSTER_COLUMN_CLAUSE,
  CP_ROSTER_COLUMN_SUBSIDY,
  CP_ROSTER_COLUMN_MISSING,
  CP_ROSTER_N_COLUMNS,
} CpRosterColumnId;

#define CP_TYPE_ROSTER_ITEM (cp_roster_item_get_type ())
G_DECLARE_FINAL_TYPE (CpRosterItem, cp_roster_item, CP, ROSTER_ITEM, GObject)

/* @row is borrowed from @roster, which must outlive the item. */
CpRosterItem *cp_roster_item_new             (CpRoster         *roster,
                                              CpRosterRow      *row);
CpRosterRow  *cp_roster_item_get_row         (CpRosterItem     *self);
const char   *cp_roster_item_get_text        (CpRosterItem     *self,
                                              CpRosterColumnId  column);
/* For a GtkCustomSorter: numbers as numbers, dates in order, words by
 * the locale's collation; empty cells last. */
int           cp_roster_item_compare         (CpRosterItem     *a,
                                              CpRosterItem     *b,
                                              CpRosterColumnId  column);
/* Errors, or not eligible for the level applied for. */
gboolean      cp_roster_item_needs_attention (CpRosterItem     *self);
/* Whether the name holds @needle, already case-folded. */
gboolean      cp_roster_item_matches         (CpRosterItem     *self,
                                              const char       *needle);

G_END_DECLS
