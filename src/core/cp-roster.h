/* cp-roster.h: a class list from a spreadsheet, every row evaluated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-eligibility.h"
#include "cp-subsidy.h"

G_BEGIN_DECLS

typedef struct
{
  guint            row;           /* 1-based line of the file, the header being line 1 */
  char            *name;
  CpProfile       *profile;       /* NULL when the row has errors */
  GPtrArray       *errors;        /* char *: "column birth_date: 1995-02-30 is not a date" */
  int              target_level;
  CpEligibility   *eligibility;
  CpSubsidyAnswer *subsidy;       /* for the target level, issued on the evaluation day */
  GPtrArray       *missing_documents;  /* JsonObject * (borrowed) */
} CpRosterRow;

typedef struct
{
  CpPolicyPack *pack;    /* the sources of the answers are read from it */
  CpDay      on;
  char      *encoding;   /* "UTF-8" or "GB18030", as detected */
  GPtrArray *rows;       /* CpRosterRow * */
} CpRoster;

/* A school's whole intake fits; a file past this is refused, not read by
 * the hour. */
#define CP_ROSTER_MAX_ROWS 20000

/* Reads CSV @data (UTF-8, with or without a BOM, or GB18030) laid out as
 * docs/roster-format.md says, at most CP_ROSTER_MAX_ROWS rows. A bad row is kept with its errors; only a
 * file that cannot be read as a roster at all fails with @error. */
CpRoster *cp_roster_new_from_data (CpPolicyPack *pack,
                                   const char   *data,
                                   gsize         length,
                                   CpDay         on,
                                   int           level,
                                   GError      **error);
void      cp_roster_free          (CpRoster     *self);

JsonNode *cp_roster_to_json       (CpRoster     *self);
char     *cp_roster_to_csv        (CpRoster     *self);

/* The header line of the layout, for the template file. */
extern const char * const cp_roster_columns[];

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpRoster, cp_roster_free)

G_END_DECLS
