/* cp-text-column.h: a column of plain, left-aligned, ellipsized text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A resizable column whose cells are GtkLabels; @bind fills each label
 * from its list item, called with @bind_data (freed by @notify). */
GtkColumnViewColumn *cp_text_column_new (const char     *title,
                                         GCallback       bind,
                                         gpointer        bind_data,
                                         GClosureNotify  notify,
                                         gboolean        expand);

/* The same with GtkInscriptions, which a long table lays out much faster
 * than labels; @bind sets their text. */
GtkColumnViewColumn *cp_inscription_column_new (const char     *title,
                                                GCallback       bind,
                                                gpointer        bind_data,
                                                GClosureNotify  notify,
                                                gboolean        expand);

G_END_DECLS
