/* cp-subsidy-deadline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-query.h"
#include "cp-subsidy-deadline.h"

static CpDay
add_months (CpDay day,
            int   months)
{
  int year, month, mday;
  int total;

  cp_date_to_ymd (day, &year, &month, &mday);
  total = year * 12 + (month - 1) + months;
  year = total / 12;
  month = total % 12 + 1;
  /* No corresponding day: the month's last day. */
  mday = MIN (mday, g_date_get_days_in_month (month, year));
  return cp_date_from_ymd (year, month, mday);
}

/* TEMPORARY until the shared working-day calendar lands. */
static gboolean
is_working_day (CpPolicyPack *pack,
                CpDay         day,
                gboolean     *approximate)
{
  JsonArray *years = cp_policy_pack_get_records (pack, "holidays.json", "years");
  int year;

  cp_date_to_ymd (day, &year, NULL, NULL);
  for (guint i = 0; i < json_array_get_length (years); i++)
    {
      JsonObject *record = json_array_get_object_element (years, i);
      JsonArray *holidays = json_object_get_array_member (record, "holidays");

      if (json_object_get_int_member (record, "year") != year ||
          g_strcmp0 (json_object_get_string_member (record, "status"), "published") != 0)
        continue;
      for (guint k = 0; k < json_array_get_length (holidays); k++)
        {
          JsonObject *holiday = json_array_get_object_element (holidays, k);

          if (day >= cp_json_get_day (holiday, "first") && day <= cp_json_get_day (holiday, "last"))
            return FALSE;
          for (guint m = 0; m < json_array_get_length (json_object_get_array_member (holiday, "make_up_days")); m++)
            {
              CpDay make_up = 0;
              cp_date_parse (json_array_get_string_element (json_object_get_array_member (holiday, "make_up_days"), m), &make_up);
              if (make_up == day)
                return TRUE;
            }
        }
      return !cp_date_is_weekend (day);
    }
  *approximate = TRUE;
  return !cp_date_is_weekend (day);
}

CpDay
cp_subsidy_deadline (CpPolicyPack *pack,
                     CpDay         issued,
                     int           months,
                     gboolean     *approximate)
{
  CpDay last = add_months (issued, months);
  gboolean day_approximate = FALSE;

  /* A period ending on a rest day runs to the next working day. */
  while (!is_working_day (pack, last, &day_approximate))
    last++;
  if (approximate != NULL)
    *approximate = day_approximate;
  return last;
}
