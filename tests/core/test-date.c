/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-date.h"

static void
test_parse (void)
{
  static const struct
  {
    const char        *text;
    CpDateParseResult  result;
  } cases[] = {
    { "2026-04-12", CP_DATE_OK },
    { "2024-02-29", CP_DATE_OK },          /* a leap day */
    { "2023-02-29", CP_DATE_IMPOSSIBLE },  /* 2023 is not a leap year */
    { "2015-02-30", CP_DATE_IMPOSSIBLE },
    { "2026-13-01", CP_DATE_IMPOSSIBLE },
    { "2026-00-10", CP_DATE_IMPOSSIBLE },
    { "0000-01-01", CP_DATE_IMPOSSIBLE },
    { "2026-4-12", CP_DATE_MALFORMED },
    { "2026/04/12", CP_DATE_MALFORMED },
    { "2026-04-12T00:00", CP_DATE_MALFORMED },
    { "20260412", CP_DATE_MALFORMED },
    { "", CP_DATE_MALFORMED },
    { NULL, CP_DATE_MALFORMED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CpDay day = 0;

      g_test_message ("%s", cases[i].text ? cases[i].text : "(null)");
      g_assert_cmpint (cp_date_parse (cases[i].text, &day), ==, cases[i].result);
      if (cases[i].result == CP_DATE_OK)
        {
          g_autofree char *again = cp_date_format (day);
          g_assert_cmpstr (again, ==, cases[i].text);
        }
    }
}

static void
test_arithmetic (void)
{
  CpDay exam = cp_date_from_ymd (2026, 4, 12);
  CpDay closes = cp_date_from_ymd (2026, 3, 23);
  int year, month, mday;

  /* Seed 004: the Skills Guangdong system closes 20 days before the exam. */
  g_assert_cmpuint (exam - closes, ==, 20);
  /* 2026-04-12 is a Sunday; 2026-11-23 a Monday; 2026-02-14 a Saturday. */
  g_assert_cmpint (cp_date_weekday (exam), ==, G_DATE_SUNDAY);
  g_assert_cmpint (cp_date_weekday (cp_date_from_ymd (2026, 11, 23)), ==, G_DATE_MONDAY);
  g_assert_true (cp_date_is_weekend (cp_date_from_ymd (2026, 2, 14)));
  g_assert_false (cp_date_is_weekend (cp_date_from_ymd (2026, 2, 13)));

  cp_date_to_ymd (cp_date_from_ymd (2024, 2, 28) + 1, &year, &month, &mday);
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpint (month, ==, 2);
  g_assert_cmpint (mday, ==, 29);
}

/* The day numbers are GDate's: every day of the years a date may have
 * converts both ways and falls on the weekday GDate gives. */
static void
test_agrees_with_gdate (void)
{
  CpDay first = cp_date_from_ymd (CP_DATE_FIRST_YEAR - 100, 1, 1);
  CpDay last = cp_date_from_ymd (CP_DATE_LAST_YEAR + 100, 12, 31);

  for (CpDay day = first; day <= last; day++)
    {
      GDate date;
      int year, month, mday;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      cp_date_to_ymd (day, &year, &month, &mday);
      g_assert_cmpint (year, ==, g_date_get_year (&date));
      g_assert_cmpint (month, ==, g_date_get_month (&date));
      g_assert_cmpint (mday, ==, g_date_get_day (&date));
      g_assert_cmpuint (cp_date_from_ymd (year, month, mday), ==, day);
      g_assert_cmpint (cp_date_weekday (day), ==, g_date_get_weekday (&date));
    }
  for (int year = 0; year <= 2400; year++)
    for (int month = 0; month <= 13; month++)
      for (int mday = 0; mday <= 32; mday++)
        g_assert_cmpint (cp_date_valid_ymd (year, month, mday), ==,
                         year >= 1 && g_date_valid_dmy (mday, month, year));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/arithmetic", test_arithmetic);
  g_test_add_func ("/date/agrees-with-gdate", test_agrees_with_gdate);

  return g_test_run ();
}
