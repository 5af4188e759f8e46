/* cp-date-row.h: an entry row for a date, typed as YYYY-MM-DD or picked
 * from a calendar, that says at the field what is wrong with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-date.h"

G_BEGIN_DECLS

/* Adds the calendar button and the checking to @row. An @optional row may
 * be left empty (then it reads as 0). */
void     cp_date_row_setup (AdwEntryRow *row,
                            gboolean     optional);
/* FALSE, with the row marked, when the text is not a date. */
gboolean cp_date_row_get   (AdwEntryRow *row,
                            CpDay       *out_day);
/* FALSE when text was typed that is not a date; @error then names the
 * row by its title and says what is wrong. An empty row passes. */
gboolean cp_date_row_check_text (AdwEntryRow *row,
                                 GError     **error);
/* The row's own title, without any reason added to it. */
const char *cp_date_row_get_title (AdwEntryRow *row);
void     cp_date_row_set   (AdwEntryRow *row,
                            CpDay        day);

G_END_DECLS
