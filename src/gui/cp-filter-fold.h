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

/* The same for a template with the four as "filter_squeezer",
 * "inline_filter_slot", "menu_filter_slot" and "filter_box": bind in
 * class_init, attach after gtk_widget_init_template. */
void cp_filter_fold_bind_template   (GtkWidgetClass *widget_class);
void cp_filter_fold_attach_template (GtkWidget      *widget,
                                     GType           widget_type);

G_END_DECLS
