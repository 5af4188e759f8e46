/* cp-filter-fold.c
 *
 * AdwSqueezer shows the first child whose minimum width fits. Once the
 * filters have moved to the menu, the empty row would fit anywhere and
 * the squeezer would pick it again: so the row keeps the width it had
 * with the filters in it, and only a window that wide brings them back.
 *
 * The move waits for an idle: the squeezer decides while it allocates,
 * and a widget must not change parents in the middle of that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-filter-fold.h"

typedef struct
{
  AdwSqueezer *squeezer;
  GtkBox      *inline_slot;
  GtkBox      *menu_slot;
  GtkBox      *filters;
  guint        idle_id;
} Fold;

static void
fold_free (gpointer data)
{
  Fold *fold = data;

  g_clear_handle_id (&fold->idle_id, g_source_remove);
  g_free (fold);
}

static void
move_filters (Fold   *fold,
              GtkBox *target)
{
  GtkWidget *filters = GTK_WIDGET (fold->filters);
  GtkWidget *parent = gtk_widget_get_parent (filters);

  if (parent == GTK_WIDGET (target))
    return;
  if (target == fold->menu_slot)
    {
      int width;

      gtk_widget_measure (GTK_WIDGET (fold->inline_slot), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
      gtk_widget_set_size_request (GTK_WIDGET (fold->inline_slot), width, -1);
    }
  else
    gtk_widget_set_size_request (GTK_WIDGET (fold->inline_slot), -1, -1);

  g_object_ref (filters);
  if (parent != NULL)
    gtk_box_remove (GTK_BOX (parent), filters);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (filters),
                                  target == fold->inline_slot ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_box_append (target, filters);
  g_object_unref (filters);
}

static gboolean
place_filters_cb (gpointer data)
{
  Fold *fold = data;
  GtkWidget *shown = adw_squeezer_get_visible_child (fold->squeezer);

  fold->idle_id = 0;
  move_filters (fold, shown == GTK_WIDGET (fold->inline_slot) ? fold->inline_slot : fold->menu_slot);
  return G_SOURCE_REMOVE;
}

static void
visible_child_cb (AdwSqueezer *squeezer,
                  GParamSpec  *pspec,
                  Fold        *fold)
{
  if (fold->idle_id == 0)
    fold->idle_id = g_idle_add (place_filters_cb, fold);
}

void
cp_filter_fold_attach (AdwSqueezer *squeezer,
                       GtkBox      *inline_slot,
                       GtkBox      *menu_slot,
                       GtkBox      *filters)
{
  Fold *fold;

  g_return_if_fail (ADW_IS_SQUEEZER (squeezer));
  g_return_if_fail (GTK_IS_BOX (inline_slot));
  g_return_if_fail (GTK_IS_BOX (menu_slot));
  g_return_if_fail (GTK_IS_BOX (filters));

  fold = g_new0 (Fold, 1);
  fold->squeezer = squeezer;
  fold->inline_slot = inline_slot;
  fold->menu_slot = menu_slot;
  fold->filters = filters;
  g_object_set_data_full (G_OBJECT (squeezer), "cp-filter-fold", fold, fold_free);
  g_signal_connect (squeezer, "notify::visible-child", G_CALLBACK (visible_child_cb), fold);
}

static const char * const template_names[] = {
  "filter_squeezer", "inline_filter_slot", "menu_filter_slot", "filter_box"
};

void
cp_filter_fold_bind_template (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (template_names); i++)
    gtk_widget_class_bind_template_child_full (widget_class, template_names[i], FALSE, 0);
}

void
cp_filter_fold_attach_template (GtkWidget *widget,
                                GType      widget_type)
{
  GObject *parts[G_N_ELEMENTS (template_names)];

  for (guint i = 0; i < G_N_ELEMENTS (template_names); i++)
    parts[i] = gtk_widget_get_template_child (widget, widget_type, template_names[i]);
  cp_filter_fold_attach (ADW_SQUEEZER (parts[0]), GTK_BOX (parts[1]), GTK_BOX (parts[2]), GTK_BOX (parts[3]));
}
