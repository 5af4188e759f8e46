/* cp-filter-fold.h: a row of filters that folds into a filter menu when
 * the window is too narrow for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* @squeezer's first child is @inline_slot, its second a menu button
 * whose popover holds @menu_slot. @filters (a GtkBox, in @inline_slot at
 * first) moves to wherever @squeezer shows: a row in @inline_slot, a
 * column in @menu_slot. The widgets stay the same, with their state and
 * their signal handlers. */
void cp_filter_fold_attach (AdwSqueezer *squeezer,
                            GtkBox      *inline_slot,
                            GtkBox      *menu_slot,
                            GtkBox      *filters);

G_END_DECLS
