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

CpDay
cp_date_from_ymd (int year,
                  int month,
                  int mday)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (mday, month, year), 0);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  return g_date_get_julian (&date);
}

void
cp_date_to_ymd (CpDay  day,
                int   *year,
                int   *month,
                int   *mday)
{
  GDate date;

  g_return_if_fail (g_date_valid_julian (day));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (mday != NULL)
    *mday = g_date_get_day (&date);
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
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), G_DATE_BAD_WEEKDAY);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_weekday (&date);
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
