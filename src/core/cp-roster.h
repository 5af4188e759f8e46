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
  CpDay            birth_date;    /* 0 when not known; never the ID number itself */
  GPtrArray       *errors;        /* char *, in the UI language, naming the column as written:
                                   * "row 29, 出生日期: 1995/2/30 is not a valid date" */
  GPtrArray       *problems;      /* char *: the same without the row, for a table that shows it */
  int              target_level;
  CpEligibility   *eligibility;   /* its conditions without words: cp_eligibility_evaluate_brief () */
  CpSubsidyAnswer *subsidy;       /* for the target level, issued on the evaluation day; reasons
                                   * without words: cp_subsidy_evaluate_brief () */
  GPtrArray       *missing_documents;  /* JsonObject * (borrowed) */
} CpRosterRow;

typedef struct
{
  CpPolicyPack *pack;
  CpDay      on;
  char      *encoding;         /* "UTF-8" or "GB18030" as detected, or "XLSX", "ODS" */
  GPtrArray *rows;             /* CpRosterRow * */
  GStrv      ignored_columns;  /* headers as written that name no column (备注, 手机 …) */
  GHashTable *cited;           /* clause (JsonObject *) → its sources in words: worded once, not a row */
} CpRoster;

/* A school's whole intake fits; a file past this is refused, not read by
 * the hour. */
#define CP_ROSTER_MAX_ROWS 20000


/* Reads @records (GStrv each: cells as text, dates as YYYY-MM-DD) as
 * docs/roster-format.md says: the header is the first of the first rows
 * that names the name column; row numbers count from the first record.
 * Cells are trimmed in place. More than CP_ROSTER_MAX_ROWS rows is an
 * error. A bad row is kept with its errors; only a
 * table that cannot be read as a roster at all fails with @error. */
CpRoster *cp_roster_new_from_records (CpPolicyPack *pack,
                                      GPtrArray    *records,
                                      const char   *encoding,
                                      CpDay         on,
                                      int           level,
                                      GError      **error);

/* Reads CSV @data (UTF-8, with or without a BOM, or GB18030), at most
 * CP_ROSTER_MAX_ROWS rows. */
CpRoster *cp_roster_new_from_data (CpPolicyPack *pack,
                                   const char   *data,
                                   gsize         length,
                                   CpDay         on,
                                   int           level,
                                   GError      **error);
void      cp_roster_free          (CpRoster     *self);

/* Called with each row once it is read and evaluated, in the file's
 * order; the row is freed when @func returns, so that a class of
 * thousands is never held whole (the roster's rows stay empty). */
typedef void (*CpRosterRowFunc) (CpRoster    *roster,
                                 CpRosterRow *row,
                                 gpointer     user_data);

/* As the two readers above, each row given to @func and not kept. */
CpRoster *cp_roster_new_from_records_each (CpPolicyPack    *pack,
                                           GPtrArray       *records,
                                           const char      *encoding,
                                           CpDay            on,
                                           int              level,
                                           CpRosterRowFunc  func,
                                           gpointer         user_data,
                                           GError         **error);
CpRoster *cp_roster_new_from_data_each    (CpPolicyPack    *pack,
                                           const char      *data,
                                           gsize            length,
                                           CpDay            on,
                                           int              level,
                                           CpRosterRowFunc  func,
                                           gpointer         user_data,
                                           GError         **error);

JsonNode  *cp_roster_to_json       (CpRoster     *self);
/* The results for people: a header record and one record a row, in the UI
 * language (是/否, level, clause and document names); GStrv each. */
GPtrArray *cp_roster_to_table      (CpRoster     *self);
/* A header in the UI language for every column and an example row. */
GPtrArray *cp_roster_template_table (void);
/* @table as UTF-8 CSV with a byte-order mark, which Excel and WPS need. */
char      *cp_roster_table_to_csv  (GPtrArray    *table);
char      *cp_roster_to_csv        (CpRoster     *self);

/* One row at a time, for output streamed as it is read: the same records
 * and objects as the whole-roster functions above hold. */
JsonNode  *cp_roster_header_to_json (CpRoster    *self);  /* "rows" empty */
JsonNode  *cp_roster_row_to_json    (CpRoster    *self,
                                     CpRosterRow *row);
GStrv      cp_roster_result_header  (void);
GStrv      cp_roster_row_to_record  (CpRoster    *self,
                                     CpRosterRow *row);
void       cp_roster_append_csv_record (GString *text,
                                        GStrv    record);

/* The cells of the results for one row, in the UI language. */
const char *cp_roster_level_name        (CpPolicyPack *pack,
                                         int           level);
char       *cp_roster_row_levels_text   (CpRoster     *self,
                                         CpRosterRow  *row);
char       *cp_roster_row_clause_text   (CpRosterRow  *row);
char       *cp_roster_row_documents_text (CpRosterRow *row);
char       *cp_roster_row_errors_text   (CpRosterRow  *row);
char       *cp_roster_row_problems_text (CpRosterRow  *row);
char       *cp_roster_row_subsidy_text  (CpRosterRow  *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpRoster, cp_roster_free)

G_END_DECLS
