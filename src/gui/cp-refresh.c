/* cp-refresh.c
 *
 * Typing a name must not recompute four tabs at every key: a change only
 * marks a view stale. A view on screen recomputes in the frame clock's
 * update phase, so a burst of keys costs one update and the result is
 * laid out in the same frame; a hidden view waits until it is mapped.
 *
 * A view may also build its widgets late (a tab not shown at start): then
 * it is built just before its first update or whenever it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-refresh.h"

struct _CpRefresh
{
  GtkWidget     *widget;      /* borrowed: the refresh dies with it */
  CpRefreshFunc  build;
  CpRefreshFunc  func;
  guint          tick_id;
  gulong         map_handler;
  gboolean       built;
  gboolean       stale;
  guint          runs;
};

static GQuark
cp_refresh_quark (void)
{
  return g_quark_from_static_string ("cp-refresh");
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  CpRefresh *self = user_data;

  self->tick_id = 0;
  cp_refresh_flush (self);
  return G_SOURCE_REMOVE;
}

static void
map_cb (GtkWidget *widget,
        CpRefresh *self)
{
  /* Before the first frame that shows it, so nothing stale is seen. */
  cp_refresh_flush (self);
}

CpRefresh *
cp_refresh_new (GtkWidget     *widget,
                CpRefreshFunc  build,
                CpRefreshFunc  func)
{
  CpRefresh *self = g_new0 (CpRefresh, 1);

  self->widget = widget;
  self->build = build;
  self->built = build == NULL;
  self->func = func;
  self->map_handler = g_signal_connect (widget, "map", G_CALLBACK (map_cb), self);
  g_object_set_qdata (G_OBJECT (widget), cp_refresh_quark (), self);
  return self;
}

void
cp_refresh_queue (CpRefresh *self)
{
  /* NULL once the widget is disposed. */
  if (self == NULL)
    return;
  self->stale = TRUE;
  if (self->tick_id == 0 && gtk_widget_get_mapped (self->widget))
    self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
}

void
cp_refresh_ensure_built (CpRefresh *self)
{
  if (self == NULL || self->built)
    return;
  self->built = TRUE;
  self->build (self->widget);
}

void
cp_refresh_flush (CpRefresh *self)
{
  cp_refresh_ensure_built (self);
  if (self == NULL || !self->stale)
    return;
  /* Cleared first: the update may queue another one. */
  self->stale = FALSE;
  self->runs++;
  self->func (self->widget);
}

void
cp_refresh_free (CpRefresh *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  g_clear_signal_handler (&self->map_handler, self->widget);
  g_object_set_qdata (G_OBJECT (self->widget), cp_refresh_quark (), NULL);
  g_free (self);
}

void
cp_refresh_prepare (GtkWidget *widget)
{
  cp_refresh_flush (g_object_get_qdata (G_OBJECT (widget), cp_refresh_quark ()));
}

gboolean
cp_refresh_is_built (GtkWidget *widget)
{
  CpRefresh *self = g_object_get_qdata (G_OBJECT (widget), cp_refresh_quark ());

  return self == NULL || self->built;
}

guint
cp_refresh_count_runs (GtkWidget *widget)
{
  CpRefresh *self = g_object_get_qdata (G_OBJECT (widget), cp_refresh_quark ());

  return self != NULL ? self->runs : 0;
}

/* ---------- After the first frame ---------- */

typedef struct
{
  GtkWidget     *widget;
  CpRefreshFunc  func;
} Later;

static void
painted_cb (GdkFrameClock *clock,
            Later         *later)
{
  g_signal_handlers_disconnect_by_func (clock, painted_cb, later);
  later->func (later->widget);
  g_object_unref (later->widget);
  g_free (later);
}

static void
realized_cb (GtkWidget *widget,
             Later     *later)
{
  g_signal_handlers_disconnect_by_func (widget, realized_cb, later);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (painted_cb), later);
}

void
cp_refresh_after_first_paint (GtkWidget     *widget,
                              CpRefreshFunc  func)
{
  Later *later = g_new0 (Later, 1);

  /* Kept alive until then: the frame clock outlives a closed window. */
  later->widget = g_object_ref (widget);
  later->func = func;
  if (gtk_widget_get_realized (widget))
    realized_cb (widget, later);
  else
    g_signal_connect (widget, "realize", G_CALLBACK (realized_cb), later);
}
