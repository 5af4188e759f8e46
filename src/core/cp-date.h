/* cp-date.h: calendar dates as policy documents write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CP_DATE_OK,
  CP_DATE_MALFORMED,   /* not of the form YYYY-MM-DD */
  CP_DATE_IMPOSSIBLE,  /* the right form, but no such day (2015-02-30) */
  CP_DATE_OUT_OF_RANGE, /* a day before CP_DATE_FIRST_YEAR or after CP_DATE_LAST_YEAR */
} CpDateParseResult;

/* The years a date may have: every birth date and every rule fits, and
 * counting decades back or forth from them stays within what GDate holds. */
#define CP_DATE_FIRST_YEAR 1900
#define CP_DATE_LAST_YEAR 2199

/* A day is its Julian day number as GDate counts it (0001-01-01 is 1), so
 * days compare and subtract as integers. 0 is no day. */
typedef guint32 CpDay;

CpDateParseResult cp_date_parse      (const char *text,
                                      CpDay      *out_day);
char             *cp_date_format     (CpDay       day);
/* The same into @text, which it returns: no allocation. */
#define CP_DATE_TEXT_SIZE 11
const char       *cp_date_write      (CpDay       day,
                                      char        text[CP_DATE_TEXT_SIZE]);
/* As g_date_valid_dmy () and g_date_is_leap_year (), without a GDate. */
gboolean          cp_date_valid_ymd  (int         year,
                                      int         month,
                                      int         mday);
gboolean          cp_date_is_leap_year (int       year);
CpDay             cp_date_from_ymd   (int         year,
                                      int         month,
                                      int         day);
void              cp_date_to_ymd     (CpDay       day,
                                      int        *year,
                                      int        *month,
                                      int        *mday);
GDateWeekday      cp_date_weekday    (CpDay       day);
gboolean          cp_date_is_weekend (CpDay       day);
CpDay             cp_date_today      (void);
/* The corresponding day @months months later (or earlier); the month's last
 * day where it has no such day, as the Civil Code counts a period in
 * months (2025-01-31 + 1 month = 2025-02-28). */
CpDay             cp_date_add_months (CpDay       day,
                                      int         months);

G_END_DECLS
