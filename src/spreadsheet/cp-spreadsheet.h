/* cp-spreadsheet.h: class lists in and out of CSV, XLSX and ODS files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-roster.h"

G_BEGIN_DECLS

/* The first sheet of @data as records (GStrv each): an XLSX or ODS file
 * (told by its contents, not its name) or CSV in UTF-8 or GB18030. Date
 * cells come as YYYY-MM-DD. @format is set to "XLSX", "ODS", "UTF-8" or
 * "GB18030". */
GPtrArray *cp_spreadsheet_read        (const char   *data,
                                       gsize         length,
                                       const char  **format,
                                       GError      **error);

CpRoster  *cp_spreadsheet_read_roster (CpPolicyPack *pack,
                                       const char   *data,
                                       gsize         length,
                                       CpDay         on,
                                       int           level,
                                       GError      **error);
/* The same, each row given to @func and not kept (cp-roster.h). */
CpRoster  *cp_spreadsheet_read_roster_each (CpPolicyPack    *pack,
                                            const char      *data,
                                            gsize            length,
                                            CpDay            on,
                                            int              level,
                                            CpRosterRowFunc  func,
                                            gpointer         user_data,
                                            GError         **error);

/* Writes @table (GStrv records, the first the header) to @path: XLSX when
 * the name ends in .xlsx, else CSV. In XLSX, YYYY-MM-DD cells are date
 * cells and whole numbers are numbers. */
gboolean   cp_spreadsheet_write       (GPtrArray    *table,
                                       const char   *path,
                                       GError      **error);

/* ---------- The parts (cp-zip-entries.c, cp-xlsx-reader.c, cp-ods-reader.c) ---------- */

/* Every entry of the zip archive @data, name → GBytes; NULL with @error
 * when it is not a zip archive or too large to be a class list. */
GHashTable *cp_zip_entries_read       (const char   *data,
                                       gsize         length,
                                       GError      **error);

GPtrArray  *cp_xlsx_read_first_sheet  (GHashTable   *entries,
                                       GError      **error);
GPtrArray  *cp_ods_read_first_sheet   (GHashTable   *entries,
                                       GError      **error);
gboolean    cp_xlsx_write             (GPtrArray    *table,
                                       const char   *path,
                                       GError      **error);

G_END_DECLS
