/* cp-split-view.h: two panes side by side that fold into one column on a
 * narrow window, with a button to go to the other side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CP_TYPE_SPLIT_VIEW (cp_split_view_get_type ())
G_DECLARE_FINAL_TYPE (CpSplitView, cp_split_view, CP, SPLIT_VIEW, AdwBin)

/* The side where work starts (a form) and the side that answers it. */
void        cp_split_view_set_start_child (CpSplitView *self,
                                           GtkWidget   *child);
void        cp_split_view_set_end_child   (CpSplitView *self,
                                           GtkWidget   *child);
/* What the buttons that lead to each side say when folded. */
void        cp_split_view_set_start_title (CpSplitView *self,
                                           const char  *title);
void        cp_split_view_set_end_title   (CpSplitView *self,
                                           const char  *title);
gboolean    cp_split_view_get_folded      (CpSplitView *self);
/* Folded, which side is shown; unfolded, both are. */
void        cp_split_view_show_start      (CpSplitView *self);
void        cp_split_view_show_end        (CpSplitView *self);
gboolean    cp_split_view_shows_end       (CpSplitView *self);
AdwLeaflet *cp_split_view_get_leaflet     (CpSplitView *self);
/* Folded, an item picked in @list (clicked, or Enter) shows the end side,
 * as a phone's list leads to the item. @list keeps its model. */
void        cp_split_view_follow_list     (CpSplitView *self,
                                           GtkListView *list);

G_END_DECLS
