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
} CpDateParseResult;

/* A day is its Julian day number as GDate counts it (0001-01-01 is 1), so
 * days compare and subtract as integers. 0 is no day. */
typedef guint32 CpDay;

CpDateParseResult cp_date_parse      (const char *text,
                                      CpDay      *out_day);
char             *cp_date_format     (CpDay       day);
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

G_END_DECLS
