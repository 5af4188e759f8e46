/* cp-gui-walk.h: finding widgets as a person sees them, for the monkey
 * test and the GUI benchmarks
 *
 * Everything goes through public GTK API (types, buildable ids, mapped
 * state), never through positions, so the tools keep working when the
 * window's insides change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

/* Every widget under @root (itself included) that is mapped and sensitive:
 * what a person could reach now.  Popovers that are open are included. */
GPtrArray *cp_gui_walk_reachable      (GtkWidget  *root);
/* The first descendant of @root (itself included) of @type whose
 * buildable id is @id (any id when NULL), mapped or not. */
GtkWidget *cp_gui_walk_find           (GtkWidget  *root,
                                       GType       type,
                                       const char *id);
/* The nearest ancestor of @widget (itself included) of @type, or NULL. */
GtkWidget *cp_gui_walk_ancestor       (GtkWidget  *widget,
                                       GType       type);
/* Runs the main context until nothing is pending (at most @limit
 * iterations). */
void       cp_gui_walk_settle         (guint       limit);
/* Toplevel windows other than @main that are visible now. */
GPtrArray *cp_gui_walk_other_windows  (GtkWindow  *main);
/* A short name for @widget in logs: its type, and the nearest buildable
 * id or row title above it. */
char      *cp_gui_walk_describe       (GtkWidget  *widget);
/* Whether the middle of @widget is on screen and not covered or scrolled
 * away: what a person could click. */
gboolean   cp_gui_walk_in_sight       (GtkWidget  *widget);
/* Clicks @button at once, as a pointer does (gtk_widget_activate on a
 * GtkButton clicks only after its 250 ms press animation). */
void       cp_gui_walk_click          (GtkWidget  *button);
