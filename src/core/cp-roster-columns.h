/* cp-roster-columns.h: the columns of a class list, by any of their names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;        /* "birth_date": the name in docs/roster-format.md */
  const char *label;     /* untranslated; _(label) is the header in the UI language */
  const char *synonyms;  /* normalized, "|" between them: how schools head the column */
} CpRosterColumn;

/* Every column, in the template's order, ending with { NULL }. */
extern const CpRosterColumn cp_roster_column_list[];

/* The column @header names (after trimming spaces, full-width forms, "*"
 * marks and case), in English, in Chinese or by a synonym; NULL if none. */
const CpRosterColumn *cp_roster_column_find  (const char *header);
const CpRosterColumn *cp_roster_column_by_id (const char *id);
guint                 cp_roster_column_count (void);

G_END_DECLS
