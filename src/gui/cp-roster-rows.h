/* cp-roster-rows.h: the roster rows as shown, filtered and sorted, in
 * slots that stay put
 *
 * GTK 4.8's list views build the widgets of up to 200 rows; a model whose
 * items come and go with every search key makes them build thousands of
 * cells again. Here the items are slots: a key changes which row each
 * slot shows (its cells follow "changed") and adds or drops slots only
 * at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cp-roster-item.h"

G_BEGIN_DECLS

#define CP_TYPE_ROSTER_SLOT (cp_roster_slot_get_type ())
G_DECLARE_FINAL_TYPE (CpRosterSlot, cp_roster_slot, CP, ROSTER_SLOT, GObject)

/* The row the slot shows now; "changed" is emitted when that changes. */
CpRosterItem *cp_roster_slot_get_item (CpRosterSlot *self);

#define CP_TYPE_ROSTER_ROWS (cp_roster_rows_get_type ())
G_DECLARE_FINAL_TYPE (CpRosterRows, cp_roster_rows, CP, ROSTER_ROWS, GObject)

CpRosterRows *cp_roster_rows_new       (GtkFilter    *filter,
                                        GtkSorter    *sorter);
/* Every row, CpRosterItem *, in the file's order; takes a reference. */
void          cp_roster_rows_set_items (CpRosterRows *self,
                                        GPtrArray    *items);
/* After the filter or the sorter changed. */
void          cp_roster_rows_refresh   (CpRosterRows *self,
                                        gboolean      sort);
CpRosterItem *cp_roster_rows_get_item  (CpRosterRows *self,
                                        guint         position);
/* Where @item is shown, or G_MAXUINT. */
guint         cp_roster_rows_find      (CpRosterRows *self,
                                        CpRosterItem *item);
/* Every row, shown or not. */
GPtrArray    *cp_roster_rows_get_all   (CpRosterRows *self);

G_END_DECLS
