/* cp-accessible.c
 *
 * GTK 4.8's AT-SPI name of a control is its own label followed by the
 * labels of what it is labelled by, or its GType name when both are
 * missing.  A mnemonic button has both, its raw label ("E_xport") and its
 * label widget ("Export"), so it was read twice; icon buttons, dropdowns,
 * spin buttons and search entries have neither, only a tooltip (a
 * description) or a placeholder, nor have the button inside a dropdown,
 * the arrows of a calendar or the search entry of a preferences window.
 *
 * The names come from the tooltips and placeholders the templates already
 * have (and translate), so a template's layout can change freely.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cp-accessible.h"

#define NAMED_KEY "cp-accessible-named"

void
cp_accessible_set_label (GtkWidget  *widget,
                         const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* A name given on purpose is not replaced by the tooltip. */
  g_object_set_data (G_OBJECT (widget), NAMED_KEY, GINT_TO_POINTER (TRUE));
}

/* A control that shows no text of its own: an icon, a choice, a number. */
static gboolean
shows_no_name (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)));
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL;
  return GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget);
}

/* Its tooltip, or a search entry's placeholder, becomes its name. */
static void
name_from_hint (GtkWidget *widget)
{
  g_autofree char *placeholder = NULL;
  const char *hint = NULL;

  if (g_object_get_data (G_OBJECT (widget), NAMED_KEY) != NULL)
    return;
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      hint = placeholder;
    }
  else if (shows_no_name (widget))
    hint = gtk_widget_get_tooltip_text (widget);
  if (hint != NULL && hint[0] != '\0')
    cp_accessible_set_label (widget, hint);
}

/* GtkCalendar's four arrows, in the order they are its descendants. */
static void
name_calendar_arrows (GtkWidget *calendar)
{
  const char *names[] = {
    _("Previous month"), _("Next month"), _("Previous year"), _("Next year"),
  };
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  guint found = 0;

  g_ptr_array_add (pending, calendar);
  /* Depth first, in child order. */
  while (pending->len > 0 && found < G_N_ELEMENTS (names))
    {
      GtkWidget *widget = g_ptr_array_steal_index (pending, pending->len - 1);

      if (GTK_IS_BUTTON (widget))
        cp_accessible_set_label (widget, names[found++]);
      for (GtkWidget *child = gtk_widget_get_last_child (widget); child != NULL; child = gtk_widget_get_prev_sibling (child))
        g_ptr_array_add (pending, child);
    }
}

/* The first widget of @type under @root, itself included. */
static GtkWidget *
find_first (GtkWidget *root,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
cp_accessible_tidy (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  name_from_hint (root);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    {
      GtkWidget *search = find_first (root, GTK_TYPE_SEARCH_ENTRY);

      if (search != NULL)
        cp_accessible_set_label (search, _("Search preferences"));
    }

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root))
      && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (root))))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);
  /* A check button is not labelled by its label, nor by a label given as
   * its child: it gets the label's text, which has no underscore. */
  else if (GTK_IS_CHECK_BUTTON (root) && (gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (root))
                                          || gtk_check_button_get_label (GTK_CHECK_BUTTON (root)) == NULL))
    {
      GtkWidget *label = gtk_widget_get_last_child (root);

      if (GTK_IS_LABEL (label))
        cp_accessible_set_label (root, gtk_label_get_text (GTK_LABEL (label)));
    }
  /* A menu button with a mnemonic names only its inner button: the outer
   * one gets the text too. */
  else if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (root))
           && gtk_menu_button_get_label (GTK_MENU_BUTTON (root)) != NULL)
    {
      GtkWidget *label = find_first (root, GTK_TYPE_LABEL);

      if (label != NULL)
        cp_accessible_set_label (root, gtk_label_get_text (GTK_LABEL (label)));
    }
  else if (GTK_IS_DROP_DOWN (root))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_TOGGLE_BUTTON (child))
          gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY, root, NULL, -1);
    }
  else if (GTK_IS_CALENDAR (root))
    {
      name_calendar_arrows (root);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    cp_accessible_tidy (child);
}
