/* cp-work-calendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-query.h"
#include "cp-work-calendar.h"

struct _CpWorkCalendar
{
  GHashTable *days_off;      /* CpDay → TRUE */
  GHashTable *make_up_days;  /* CpDay → TRUE */
  GHashTable *years;         /* published years */
};

CpWorkCalendar *
cp_work_calendar_new (CpPolicyPack *pack)
{
  CpWorkCalendar *self = g_new0 (CpWorkCalendar, 1);
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

void
cp_work_calendar_free (CpWorkCalendar *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->days_off);
  g_hash_table_unref (self->make_up_days);
  g_hash_table_unref (self->years);
  g_free (self);
}

gboolean
cp_work_calendar_knows_year (CpWorkCalendar *self,
                             int             year)
{
  return g_hash_table_contains (self->years, GINT_TO_POINTER (year));
}

gboolean
cp_work_calendar_is_working_day (CpWorkCalendar *self,
                                 CpDay           day,
                                 gboolean       *approximate)
{
  int year;

  cp_date_to_ymd (day, &year, NULL, NULL);
  if (!cp_work_calendar_knows_year (self, year) && approximate != NULL)
    *approximate = TRUE;
  if (g_hash_table_contains (self->make_up_days, GUINT_TO_POINTER (day)))
    return TRUE;
  if (g_hash_table_contains (self->days_off, GUINT_TO_POINTER (day)))
    return FALSE;
  return !cp_date_is_weekend (day);
}

CpDay
cp_work_calendar_add (CpWorkCalendar *self,
                      CpDay           from,
                      guint           n,
                      gboolean       *approximate)
{
  CpDay day = from;

  while (n > 0)
    {
      day++;
      if (cp_work_calendar_is_working_day (self, day, approximate))
        n--;
    }
  return day;
}

int
cp_work_calendar_between (CpWorkCalendar *self,
                          CpDay           a,
                          CpDay           b,
                          gboolean       *approximate)
{
  int count = 0;

  if (b < a)
    return -cp_work_calendar_between (self, b, a, approximate);
  for (CpDay day = a + 1; day <= b; day++)
    if (cp_work_calendar_is_working_day (self, day, approximate))
      count++;
  return count;
}
