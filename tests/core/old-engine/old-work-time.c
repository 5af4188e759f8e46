/* cp-work-time.c  (as it was before the compiled model; see old-engine.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "old-engine.h"
#include "cp-policy-query.h"

typedef struct
{
  CpDay first;
  CpDay last;  /* G_MAXUINT32: ongoing */
} Interval;

#define ONGOING G_MAXUINT32

CpDay
old_date_add_years (CpDay day,
                   int   years)
{
  int year, month, mday;

  cp_date_to_ymd (day, &year, &month, &mday);
  year += years;
  if (month == 2 && mday == 29 && !g_date_is_leap_year (year))
    {
      month = 3;
      mday = 1;
    }
  return cp_date_from_ymd (year, month, mday);
}

guint
old_years_in_days (CpDay day,
                  guint years)
{
  return day - old_date_add_years (day, -(int) years);
}

gboolean
old_work_period_is_valid (const CpWorkPeriod *period)
{
  return period->start != 0 && (period->end == 0 || period->end >= period->start);
}

guint
old_work_periods_n_invalid (GArray *periods)
{
  guint n = 0;

  for (guint i = 0; i < periods->len; i++)
    if (!old_work_period_is_valid (&g_array_index (periods, CpWorkPeriod, i)))
      n++;
  return n;
}

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  const Interval *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

/* The periods from @since on, sorted and merged so that no day is in two. */
static GArray *
merge_periods (GArray *periods,
               CpDay   since)
{
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (Interval));
  GArray *merged = g_array_new (FALSE, FALSE, sizeof (Interval));

  for (guint i = 0; i < periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (periods, CpWorkPeriod, i);
      Interval interval = { MAX (period->start, since), period->end == 0 ? ONGOING : period->end };

      if (old_work_period_is_valid (period) && interval.first <= interval.last)
        g_array_append_val (intervals, interval);
    }
  g_array_sort (intervals, compare_intervals);

  for (guint i = 0; i < intervals->len; i++)
    {
      Interval *interval = &g_array_index (intervals, Interval, i);
      Interval *last = merged->len > 0 ? &g_array_index (merged, Interval, merged->len - 1) : NULL;

      if (last != NULL && interval->first <= last->last)
        last->last = MAX (last->last, interval->last);
      else
        g_array_append_val (merged, *interval);
    }
  return merged;
}

static guint
days_before (GArray *merged,
             CpDay   day)
{
  guint total = 0;

  for (guint i = 0; i < merged->len; i++)
    {
      const Interval *interval = &g_array_index (merged, Interval, i);
      CpDay last = MIN (interval->last, day - 1);

      if (interval->first <= last)
        total += last - interval->first + 1;
    }
  return total;
}

guint
old_work_days_before (GArray *periods,
                     CpDay   since,
                     CpDay   day)
{
  g_autoptr(GArray) merged = merge_periods (periods, since);

  return days_before (merged, day);
}

gboolean
old_work_years_met (GArray *periods,
                   CpDay   since,
                   guint   years,
                   CpDay   day)
{
  return old_work_days_before (periods, since, day) >= old_years_in_days (day, years);
}

CpDay
old_work_years_met_from (GArray *periods,
                        CpDay   since,
                        guint   years)
{
  g_autoptr(GArray) merged = merge_periods (periods, since);
  const Interval *first, *last;
  CpDay from, until;

  if (merged->len == 0)
    return 0;
  first = &g_array_index (merged, Interval, 0);
  last = &g_array_index (merged, Interval, merged->len - 1);
  if (years == 0)
    return first->first;

  /* Nothing is met before the first day plus the shortest N years (365
   * days each); after the last day worked plus the longest N years the
   * count no longer grows, so a later day cannot meet it either. */
  from = first->first + 365 * years;
  until = (last->last == ONGOING ? MAX (last->first, from) : last->last) + 367 * years + 1;
  for (CpDay day = from; day <= until; day++)
    if (days_before (merged, day) >= old_years_in_days (day, years))
      return day;
  return 0;
}

void
old_work_days_to_years_months (guint  days,
                              CpDay  on,
                              guint *years,
                              guint *months)
{
  guint whole_years = 0;

  /* Whole years by the same rule as the decisions, so that a condition
   * met on the day never reads "4 years 11 months of 5". */
  while (old_years_in_days (on, whole_years + 1) <= days)
    whole_years++;
  *years = whole_years;
  /* Months only label the remainder: a mean month is close enough. */
  *months = MIN ((guint) ((days - old_years_in_days (on, whole_years)) / (365.2425 / 12)), 11);
}

/* cp_policy_region_distance () as it was: a walk up the regions' JSON. */
int
old_region_distance (CpPolicyPack *pack,
                     const char   *region,
                     const char   *city)
{
  const char *current = city;
  int distance = 0;

  while (current != NULL)
    {
      JsonObject *record;

      if (g_str_equal (current, region))
        return distance;
      record = cp_policy_find (pack, "regions.json", "regions", "id", current);
      if (record == NULL || json_object_get_null_member (record, "parent"))
        return -1;
      current = json_object_get_string_member (record, "parent");
      distance++;
    }
  return -1;
}
