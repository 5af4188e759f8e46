/* cp-row-list.h: the rows of a GtkListBox, reused in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef GtkWidget *(*CpRowFactory) (gpointer user_data);

/* Row @index of @list; when the list has only @index rows, @factory makes
 * one more and it is appended. Rows are asked for in order from 0. */
GtkWidget *cp_row_list_get      (GtkListBox   *list,
                                 guint         index,
                                 CpRowFactory  factory,
                                 gpointer      user_data);
/* Removes every row from @n on. */
void       cp_row_list_truncate (GtkListBox   *list,
                                 guint         n);
/* Row @index as an AdwActionRow showing @title and @subtitle (plain text,
 * wrapped); returns it. */
GtkWidget *cp_row_list_set_text (GtkListBox   *list,
                                 guint         index,
                                 const char   *title,
                                 const char   *subtitle);
/* Sets an action row's title and subtitle as plain text. */
void       cp_row_set_text      (GtkWidget    *row,
                                 const char   *title,
                                 const char   *subtitle);

G_END_DECLS
