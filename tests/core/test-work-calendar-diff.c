/* test-work-calendar-diff.c: the work calendar's bitmaps against the
 * hash tables it replaced (kept here, and only here), over every day of
 * the years in the pack and the years on either side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-policy-query.h"
#include "cp-work-calendar.h"

static CpPolicyPack *pack;

/* ---------- The former calendar, as it was ---------- */

typedef struct
{
  GHashTable *days_off;
  GHashTable *make_up_days;
  GHashTable *years;
} OldCalendar;

static OldCalendar *
old_calendar_new (void)
{
  OldCalendar *self = g_new0 (OldCalendar, 1);
  JsonArray *years = cp_policy_pack_get_records (pack, "holidays.json", "years");

  self->days_off = g_hash_table_new (NULL, NULL);
  self->make_up_days = g_hash_table_new (NULL, NULL);
  self->years = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < json_array_get_length (years); i++)
    {
      JsonObject *year = json_array_get_object_element (years, i);
      JsonArray *holidays = json_object_get_array_member (year, "holidays");

      if (g_strcmp0 (json_object_get_string_member (year, "status"), "published") != 0)
        continue;
      g_hash_table_add (self->years, GINT_TO_POINTER ((int) json_object_get_int_member (year, "year")));
      for (guint k = 0; k < json_array_get_length (holidays); k++)
        {
          JsonObject *holiday = json_array_get_object_element (holidays, k);
          JsonArray *make_up = json_object_get_array_member (holiday, "make_up_days");

          for (CpDay day = cp_json_get_day (holiday, "first"); day <= cp_json_get_day (holiday, "last"); day++)
            g_hash_table_add (self->days_off, GUINT_TO_POINTER (day));
          for (guint m = 0; m < json_array_get_length (make_up); m++)
            {
              CpDay day = 0;

              cp_date_parse (json_array_get_string_element (make_up, m), &day);
              g_hash_table_add (self->make_up_days, GUINT_TO_POINTER (day));
            }
        }
    }
  return self;
}

static void
old_calendar_free (OldCalendar *self)
{
  g_hash_table_unref (self->days_off);
  g_hash_table_unref (self->make_up_days);
  g_hash_table_unref (self->years);
  g_free (self);
}

static gboolean
old_is_working_day (OldCalendar *self,
                    CpDay        day,
                    gboolean    *approximate)
{
  int year;

  cp_date_to_ymd (day, &year, NULL, NULL);
  if (!g_hash_table_contains (self->years, GINT_TO_POINTER (year)) && approximate != NULL)
    *approximate = TRUE;
  if (g_hash_table_contains (self->make_up_days, GUINT_TO_POINTER (day)))
    return TRUE;
  if (g_hash_table_contains (self->days_off, GUINT_TO_POINTER (day)))
    return FALSE;
  return !cp_date_is_weekend (day);
}

static CpDay
old_add (OldCalendar *self,
         CpDay        from,
         guint        n,
         gboolean    *approximate)
{
  CpDay day = from;

  while (n > 0)
    {
      day++;
      if (old_is_working_day (self, day, approximate))
        n--;
    }
  return day;
}

static int
old_between (OldCalendar *self,
             CpDay        a,
             CpDay        b,
             gboolean    *approximate)
{
  int count = 0;

  if (b < a)
    return -old_between (self, b, a, approximate);
  for (CpDay day = a + 1; day <= b; day++)
    if (old_is_working_day (self, day, approximate))
      count++;
  return count;
}

/* ---------- The comparison ---------- */

/* The pack's first and last holiday years, and one on either side. */
static void
years_to_compare (int *first,
                  int *last)
{
  JsonArray *years = cp_policy_pack_get_records (pack, "holidays.json", "years");

  *first = G_MAXINT;
  *last = G_MININT;
  for (guint i = 0; i < json_array_get_length (years); i++)
    {
      int year = (int) json_object_get_int_member (json_array_get_object_element (years, i), "year");

      *first = MIN (*first, year - 1);
      *last = MAX (*last, year + 1);
    }
  g_assert_cmpint (*first, <, *last);
}

static void
test_every_day (void)
{
  g_autoptr(CpWorkCalendar) calendar = cp_work_calendar_new (pack);
  OldCalendar *old = old_calendar_new ();
  /* Up to 130: the rules' working days, and more than a bitmap word. */
  static const guint counts[] = { 0, 1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 45, 60, 63, 64, 65, 75, 100, 130 };
  static const int spans[] = { -400, -64, -30, -7, -1, 0, 1, 2, 6, 7, 31, 63, 64, 65, 90, 128, 200, 366, 800 };
  int first, last;
  guint n_days = 0, n_working = 0;

  years_to_compare (&first, &last);
  for (CpDay day = cp_date_from_ymd (first, 1, 1); day <= cp_date_from_ymd (last, 12, 31); day++)
    {
      gboolean approximate = FALSE, old_approximate = FALSE;
      gboolean working = cp_work_calendar_is_working_day (calendar, day, &approximate);

      g_assert_cmpint (working, ==, old_is_working_day (old, day, &old_approximate));
      g_assert_cmpint (approximate, ==, old_approximate);
      g_assert_cmpint (cp_work_calendar_is_working_day (calendar, day, NULL), ==, working);
      n_days++;
      n_working += working;

      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        {
          approximate = old_approximate = FALSE;
          g_assert_cmpuint (cp_work_calendar_add (calendar, day, counts[i], &approximate), ==,
                            old_add (old, day, counts[i], &old_approximate));
          g_assert_cmpint (approximate, ==, old_approximate);
        }
      for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
        {
          approximate = old_approximate = FALSE;
          g_assert_cmpint (cp_work_calendar_between (calendar, day, day + spans[i], &approximate), ==,
                           old_between (old, day, day + spans[i], &old_approximate));
          g_assert_cmpint (approximate, ==, old_approximate);
        }
    }
  for (int year = first - 2; year <= last + 2; year++)
    g_assert_cmpint (cp_work_calendar_knows_year (calendar, year), ==,
                     g_hash_table_contains (old->years, GINT_TO_POINTER (year)));
  /* Not a vacuous walk: four years of days, most of them working. */
  g_assert_cmpuint (n_days, >=, 4 * 365);
  g_assert_cmpuint (n_working, >, n_days / 2);
  g_assert_cmpuint (n_working, <, n_days * 3 / 4);
  old_calendar_free (old);
}

/* The pack's calendar is built once and shared. */
static void
test_for_pack (void)
{
  CpWorkCalendar *calendar = cp_work_calendar_for_pack (pack);

  g_assert_nonnull (calendar);
  g_assert_true (cp_work_calendar_for_pack (pack) == calendar);
  g_assert_true (cp_work_calendar_knows_year (calendar, 2026));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  pack = cp_policy_pack_load (g_getenv ("CERTPATH_POLICY_DIR"), &error);
  g_assert_no_error (error);
  g_test_add_func ("/work-calendar-diff/every-day", test_every_day);
  g_test_add_func ("/work-calendar-diff/for-pack", test_for_pack);
  return g_test_run ();
}
