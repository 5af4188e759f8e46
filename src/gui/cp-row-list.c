/* cp-row-list.c
 *
 * A list that is shown again after a change keeps its rows and only
 * changes their texts: nothing is torn down, and a text that did not
 * change costs nothing (the setters return early).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "cp-row-list.h"

GtkWidget *
cp_row_list_get (GtkListBox   *list,
                 guint         index,
                 CpRowFactory  factory,
                 gpointer      user_data)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);
  GtkWidget *made;

  if (row != NULL)
    return GTK_WIDGET (row);
  made = factory (user_data);
  gtk_list_box_append (list, made);
  return made;
}

void
cp_row_list_truncate (GtkListBox *list,
                      guint       n)
{
  GtkListBoxRow *row;

  /* gtk_list_box_remove_all needs GTK 4.12. */
  while ((row = gtk_list_box_get_row_at_index (list, (int) n)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

void
cp_row_set_text (GtkWidget  *row,
                 const char *title,
                 const char *subtitle)
{
  g_autofree char *escaped_title = g_markup_escape_text (title != NULL ? title : "", -1);
  /* "" rather than NULL: an unchanged empty subtitle then costs nothing. */
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
}

static GtkWidget *
text_row_new (gpointer user_data)
{
  return adw_action_row_new ();
}

GtkWidget *
cp_row_list_set_text (GtkListBox *list,
                      guint       index,
                      const char *title,
                      const char *subtitle)
{
  GtkWidget *row = cp_row_list_get (list, index, text_row_new, NULL);

  cp_row_set_text (row, title, subtitle);
  return row;
}
