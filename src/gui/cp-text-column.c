/* cp-text-column.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-text-column.h"

/* The whole text of a cut-off cell, only when the pointer asks: setting a
 * tooltip on every bind costs a round trip to the display server each. */
static gboolean
query_tooltip_cb (GtkLabel   *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = gtk_label_get_label (label);

  if (text[0] == '\0' || !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* On a phone the table scrolls sideways rather than cut every cell to
   * its first letter. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_list_item_set_child (list_item, label);
}

/* Whatever a bind connected on the item for the cell goes with it. */
static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_data (item, gtk_list_item_get_child (list_item));
}

static GtkColumnViewColumn *
new_column (const char     *title,
            GCallback       setup,
            GCallback       bind,
            gpointer        bind_data,
            GClosureNotify  notify,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect_data (factory, "bind", bind, bind_data, notify, 0);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  return column;
}

GtkColumnViewColumn *
cp_text_column_new (const char     *title,
                    GCallback       bind,
                    gpointer        bind_data,
                    GClosureNotify  notify,
                    gboolean        expand)
{
  return new_column (title, G_CALLBACK (label_setup_cb), bind, bind_data, notify, expand);
}
