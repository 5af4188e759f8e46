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

gboolean
cp_date_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

gboolean
cp_date_valid_ymd (int year,
                   int month,
                   int mday)
{
  static const guint8 days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  /* GDate's range: years 1 to 65535. */
  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || mday < 1)
    return FALSE;
  return mday <= days_in_month[month - 1] + (month == 2 && cp_date_is_leap_year (year));
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

  g_return_val_if_fail (cp_date_valid_ymd (year, month, mday), 0);

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

  g_return_if_fail (day != 0 && day <= G_MAXINT32 - 305);

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

const char *
cp_date_write (CpDay day,
               char  text[CP_DATE_TEXT_SIZE])
{
  int year = 0, month = 0, mday = 0;

  text[0] = '\0';
  g_return_val_if_fail (g_date_valid_julian (day), text);

  /* YYYY-MM-DD by hand: printf costs more than the rest of an answer's
   * dates together. Years have four digits (CP_DATE_FIRST_YEAR…). */
  cp_date_to_ymd (day, &year, &month, &mday);
  year = CLAMP (year, 0, 9999);
  text[0] = '0' + year / 1000;
  text[1] = '0' + year / 100 % 10;
  text[2] = '0' + year / 10 % 10;
  text[3] = '0' + year % 10;
  text[4] = '-';
  text[5] = '0' + month / 10;
  text[6] = '0' + month % 10;
  text[7] = '-';
  text[8] = '0' + mday / 10;
  text[9] = '0' + mday % 10;
  text[10] = '\0';
  return text;
}

char *
cp_date_format (CpDay day)
{
  char text[CP_DATE_TEXT_SIZE];

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  return g_strdup (cp_date_write (day, text));
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
