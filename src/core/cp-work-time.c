/* cp-work-time.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-work-time.h"

#include <stdlib.h>

CpDay
cp_date_add_years (CpDay day,
                   int   years)
{
  int year, month, mday;

  cp_date_to_ymd (day, &year, &month, &mday);
  year += years;
  if (month == 2 && mday == 29 && !cp_date_is_leap_year (year))
    {
      month = 3;
      mday = 1;
    }
  return cp_date_from_ymd (year, month, mday);
}

int
cp_age_on (CpDay birth,
           CpDay on)
{
  int birth_year, on_year;
  int age;

  cp_date_to_ymd (birth, &birth_year, NULL, NULL);
  cp_date_to_ymd (on, &on_year, NULL, NULL);
  /* The birthday of the year of @on, or the one before. */
  age = on_year - birth_year;
  while (age > 0 && cp_date_add_years (birth, age) > on)
    age--;
  return MAX (age, 0);
}

guint
cp_years_in_days (CpDay day,
                  guint years)
{
  return day - cp_date_add_years (day, -(int) years);
}

gboolean
cp_work_period_is_valid (const CpWorkPeriod *period)
{
  return period->start != 0 && (period->end == 0 || period->end >= period->start);
}

guint
cp_work_periods_n_invalid (GArray *periods)
{
  guint n = 0;

  for (guint i = 0; i < periods->len; i++)
    if (!cp_work_period_is_valid (&g_array_index (periods, CpWorkPeriod, i)))
      n++;
  return n;
}

static int
compare_spans (const void *a,
               const void *b)
{
  const CpWorkSpan *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

/* Sorted and merged so that no day is in two spans; spans that only touch
 * stay apart, which counts the same days. */
void
cp_work_spans_init (CpWorkSpans *self,
                    GArray      *periods)
{
  guint n = 0;

  self->n_invalid = 0;
  self->spans = periods->len <= G_N_ELEMENTS (self->inline_spans)
                ? self->inline_spans : g_new (CpWorkSpan, periods->len);
  for (guint i = 0; i < periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (periods, CpWorkPeriod, i);

      if (!cp_work_period_is_valid (period))
        {
          self->n_invalid++;
          continue;
        }
      self->spans[n].first = period->start;
      self->spans[n].last = period->end == 0 ? CP_WORK_ONGOING : period->end;
      n++;
    }
  if (n > 1)
    qsort (self->spans, n, sizeof (CpWorkSpan), compare_spans);

  self->n_spans = 0;
  for (guint i = 0; i < n; i++)
    {
      CpWorkSpan *last = self->n_spans > 0 ? &self->spans[self->n_spans - 1] : NULL;

      if (last != NULL && self->spans[i].first <= last->last)
        last->last = MAX (last->last, self->spans[i].last);
      else
        self->spans[self->n_spans++] = self->spans[i];
    }
}

void
cp_work_spans_clear (CpWorkSpans *self)
{
  if (self->spans != self->inline_spans)
    g_free (self->spans);
  self->spans = NULL;
  self->n_spans = 0;
}

/* Counting from @since cuts each span at it; spans merged before the cut
 * are the spans merged after it, so one merge serves every @since. */
guint
cp_work_spans_days_before (const CpWorkSpans *self,
                           CpDay              since,
                           CpDay              day)
{
  guint total = 0;

  for (guint i = 0; i < self->n_spans; i++)
    {
      CpDay first = MAX (self->spans[i].first, since);
      CpDay last = MIN (self->spans[i].last, day - 1);

      if (first <= last)
        total += last - first + 1;
    }
  return total;
}

gboolean
cp_work_spans_years_met (const CpWorkSpans *self,
                         CpDay              since,
                         guint              years,
                         CpDay              day)
{
  return cp_work_spans_days_before (self, since, day) >= cp_years_in_days (day, years);
}

CpDay
cp_work_spans_met_from (const CpWorkSpans *self,
                        CpDay              since,
                        guint              years)
{
  const CpWorkSpan *first = NULL, *last = NULL;
  CpDay from, until, first_day;

  for (guint i = 0; i < self->n_spans; i++)
    if (self->spans[i].last >= since)
      {
        first = first != NULL ? first : &self->spans[i];
        last = &self->spans[i];
      }
  if (first == NULL)
    return 0;
  first_day = MAX (first->first, since);
  if (years == 0)
    return first_day;

  /* Nothing is met before the first day plus the shortest N years (365
   * days each); after the last day worked plus the longest N years the
   * count no longer grows, so a later day cannot meet it either. */
  from = first_day + 365 * years;
  until = (last->last == CP_WORK_ONGOING ? MAX (MAX (last->first, since), from) : last->last) + 367 * years + 1;
  for (CpDay day = from; day <= until;)
    {
      /* From one day to the next the days worked grow by at most one and
       * the N years' length shrinks by at most one, so a shortfall of k
       * days cannot close in fewer than k / 2 days: skip them. */
      gint64 short_by = (gint64) cp_years_in_days (day, years) - cp_work_spans_days_before (self, since, day);

      if (short_by <= 0)
        return day;
      day += (CpDay) ((short_by + 1) / 2);
    }
  return 0;
}

guint
cp_work_days_before (GArray *periods,
                     CpDay   since,
                     CpDay   day)
{
  CpWorkSpans spans;
  guint days;

  cp_work_spans_init (&spans, periods);
  days = cp_work_spans_days_before (&spans, since, day);
  cp_work_spans_clear (&spans);
  return days;
}

gboolean
cp_work_years_met (GArray *periods,
                   CpDay   since,
                   guint   years,
                   CpDay   day)
{
  return cp_work_days_before (periods, since, day) >= cp_years_in_days (day, years);
}

CpDay
cp_work_years_met_from (GArray *periods,
                        CpDay   since,
                        guint   years)
{
  CpWorkSpans spans;
  CpDay from;

  cp_work_spans_init (&spans, periods);
  from = cp_work_spans_met_from (&spans, since, years);
  cp_work_spans_clear (&spans);
  return from;
}

void
cp_work_days_to_years_months (guint  days,
                              CpDay  on,
                              guint *years,
                              guint *months)
{
  /* No N years are longer than 366 × N days: start the count there. */
  guint whole_years = days / 366;

  /* Whole years by the same rule as the decisions, so that a condition
   * met on the day never reads "4 years 11 months of 5". */
  while (cp_years_in_days (on, whole_years + 1) <= days)
    whole_years++;
  *years = whole_years;
  /* Months only label the remainder: a mean month is close enough. */
  *months = MIN ((guint) ((days - cp_years_in_days (on, whole_years)) / (365.2425 / 12)), 11);
}
