/* cp-accessible.h: names for the controls GTK 4.8 leaves nameless to a
 * screen reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Under @root: icon buttons, dropdowns and spin buttons are named by
 * their tooltips, search entries by their placeholders (unless named with
 * cp_accessible_set_label); buttons with a mnemonic are read once, from
 * their label; a dropdown's button is named by the dropdown; a calendar's
 * arrows say where they go.  Call it once the widgets of @root are made. */
void cp_accessible_tidy      (GtkWidget  *root);
/* The name @widget is read by (what a tooltip alone does not give). */
void cp_accessible_set_label (GtkWidget  *widget,
                              const char *label);

G_END_DECLS
