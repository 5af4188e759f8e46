/* cp-roster-values.h: cell values as people type them in a class list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* @text without spaces of any width, full-width letters and digits made
 * half-width (NFKC), ASCII letters in lower case. */
char             *cp_roster_normalize        (const char *text);

/* 1992-03-08, 1992/3/8, 1992.3.8, 1992年3月8日, 19920308, and the same
 * followed by a time of day, as spreadsheets export date cells. */
CpDateParseResult cp_roster_parse_date       (const char *text,
                                              CpDay      *out_day);

/* 是/否, Y/N, √/×, yes/no, true/false; FALSE when @text is neither. */
gboolean          cp_roster_parse_yes_no     (const char *text,
                                              gboolean   *out_yes);

/* The education kind of the profile (see docs/profile-format.md), "" for a
 * school no clause counts (初中, 高中), NULL when unknown. */
const char       *cp_roster_parse_education  (const char *text);
/* "junior", "intermediate", "senior" or NULL. */
const char       *cp_roster_parse_title      (const char *text);
/* "evaluation_org", "employer" or NULL. */
const char       *cp_roster_parse_issuer     (const char *text);

typedef enum
{
  CP_ID_NUMBER_OK,
  CP_ID_NUMBER_MALFORMED,   /* not 17 digits and a digit or X */
  CP_ID_NUMBER_CHECK_DIGIT, /* the last character does not check */
  CP_ID_NUMBER_BAD_DATE,    /* digits 7–14 are no day */
} CpIdNumberResult;

/* The birth date in an 18-digit resident identity card number (GB 11643,
 * check digit by ISO 7064 MOD 11-2). */
CpIdNumberResult  cp_roster_id_number_birth_date (const char *text,
                                                  CpDay      *out_day);

/* What a pack's cities, levels and documents are called, in either
 * language, with or without 市, by pinyin or by id. */
typedef struct _CpRosterNames CpRosterNames;

CpRosterNames    *cp_roster_names_new        (CpPolicyPack  *pack);
void              cp_roster_names_free       (CpRosterNames *self);
/* A city id, or NULL. */
const char       *cp_roster_names_city       (CpRosterNames *self,
                                              const char    *text);
/* 1–5 (三级, 三级/高级工, 高级工, Level 3, 3), or 0. */
int               cp_roster_names_level      (CpRosterNames *self,
                                              const char    *text);
/* A document id, or NULL. */
const char       *cp_roster_names_document   (CpRosterNames *self,
                                              const char    *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpRosterNames, cp_roster_names_free)

G_END_DECLS
