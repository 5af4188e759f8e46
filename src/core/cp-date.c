/* cp-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-date.h"

#include <string.h>

static gboolean
take_digits (const char *text,
             guint       count,
             int        *out)
{
  int value = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out = value;
  return TRUE;
}

CpDateParseResult
cp_date_parse (const char *text,
               CpDay      *out_day)
{
  int year, month, mday;

  /* Exactly YYYY-MM-DD: documents write dates in other ways too, but the
   * data files use one form so that they sort and compare as text. */
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return CP_DATE_MALFORMED;
  if (!take_digits (text, 4, &year) ||
      !take_digits (text + 5, 2, &month) ||
      !take_digits (text + 8, 2, &mday))
    return CP_DATE_MALFORMED;
  if (year < 1 || !g_date_valid_dmy (mday, month, year))
    return CP_DATE_IMPOSSIBLE;
  if (year < CP_DATE_FIRST_YEAR || year > CP_DATE_LAST_YEAR)
    return CP_DATE_OUT_OF_RANGE;

  if (out_day != NULL)
    *out_day = cp_date_from_ymd (year, month, mday);
  return CP_DATE_OK;
}

/* Days from 0001-01-01 (day 1, as GDate counts) in the proleptic Gregorian
 * calendar, by integer arithmetic: GDate's own conversions cost more than
 * the rules that compare the days. */
CpDay
cp_date_from_ymd (int year,
                  int month,
                  int mday)
{
  int y, era, yoe, doy, doe;

  g_return_val_if_fail (g_date_valid_dmy (mday, month, year), 0);

  y = year - (month <= 2);
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + mday - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  /* Day 0 of this count is 0000-03-01, 306 days before 0001-01-01. */
  return (CpDay) (era * 146097 + doe - 305);
}

void
cp_date_to_ymd (CpDay  day,
                int   *year,
                int   *month,
                int   *mday)
{
  int z, era, doe, yoe, doy, mp, m;

  g_return_if_fail (g_date_valid_julian (day));

  z = (int) day + 305;
  era = z / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  m = mp < 10 ? mp + 3 : mp - 9;
  if (year != NULL)
    *year = yoe + era * 400 + (m <= 2);
  if (month != NULL)
    *month = m;
  if (mday != NULL)
    *mday = doy - (153 * mp + 2) / 5 + 1;
}

char *
cp_date_format (CpDay day)
{
  int year, month, mday;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  cp_date_to_ymd (day, &year, &month, &mday);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
}

GDateWeekday
cp_date_weekday (CpDay day)
{
  g_return_val_if_fail (g_date_valid_julian (day), G_DATE_BAD_WEEKDAY);

  /* Day 1, 0001-01-01, was a Monday. */
  return (GDateWeekday) ((day - 1) % 7 + 1);
}

gboolean
cp_date_is_weekend (CpDay day)
{
  GDateWeekday weekday = cp_date_weekday (day);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

CpDay
cp_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return cp_date_from_ymd (g_date_time_get_year (now),
                           g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}

CpDay
cp_date_add_months (CpDay day,
                    int   months)
{
  int year, month, mday;
  int total;

  cp_date_to_ymd (day, &year, &month, &mday);
  total = year * 12 + (month - 1) + months;
  year = total / 12;
  month = total % 12 + 1;
  mday = MIN (mday, g_date_get_days_in_month (month, year));
  return cp_date_from_ymd (year, month, mday);
}
