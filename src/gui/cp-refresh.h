/* cp-refresh.h: a view's "recompute when it is worth it"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*CpRefreshFunc) (GtkWidget *widget);

typedef struct _CpRefresh CpRefresh;

/* @func recomputes @widget; @build, if not NULL, makes its widgets once,
 * before anything else needs them. The refresh lives until
 * cp_refresh_free, which the widget calls in its dispose. */
CpRefresh *cp_refresh_new       (GtkWidget     *widget,
                                 CpRefreshFunc  build,
                                 CpRefreshFunc  func);
/* Marks the view stale: on screen, it recomputes once at the start of the
 * next frame, however many changes come before; hidden, when it is shown. */
void       cp_refresh_queue     (CpRefresh     *self);
/* Builds the widgets if not done yet. */
void       cp_refresh_ensure_built (CpRefresh  *self);
/* Builds, then recomputes now if stale: for whoever reads the contents. */
void       cp_refresh_flush     (CpRefresh     *self);
void       cp_refresh_free      (CpRefresh     *self);

/* Brings @widget's view up to date now (cp_refresh_flush), e.g. at idle
 * before it is first shown; nothing if it has no refresh. */
void       cp_refresh_prepare   (GtkWidget     *widget);

/* Calls @func (@widget) once, after the first frame that shows @widget
 * has been painted: for what may wait until the window is on screen. */
void       cp_refresh_after_first_paint (GtkWidget     *widget,
                                         CpRefreshFunc  func);

/* For tests: whether @widget's widgets exist yet, and how often it has
 * recomputed. */
gboolean   cp_refresh_is_built  (GtkWidget     *widget);
guint      cp_refresh_count_runs (GtkWidget    *widget);

G_END_DECLS
