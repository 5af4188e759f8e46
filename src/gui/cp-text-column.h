/* cp-text-column.h: a column of plain, left-aligned, ellipsized text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A resizable column whose cells are GtkLabels; @bind fills each label
 * from its list item, called with @bind_data (freed by @notify). Handlers
 * a bind connects on the item with the label as data go on unbind; a cut
 * label shows its whole text as a tooltip when the pointer asks. */
GtkColumnViewColumn *cp_text_column_new (const char     *title,
                                         GCallback       bind,
                                         gpointer        bind_data,
                                         GClosureNotify  notify,
                                         gboolean        expand);

G_END_DECLS
