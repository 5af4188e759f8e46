/* cp-milestone-index.c
 *
 * One array of marks sorted by date: a month is the run between two
 * binary searches, so a click costs the marks of that month only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-milestone-index.h"

struct _CpMilestoneIndex
{
  GArray *marks;  /* CpMilestoneMark, by date */
};

gboolean
cp_milestone_is_marked (const CpMilestone *milestone)
{
  return milestone->date != 0 && (milestone->deadline || g_strcmp0 (milestone->kind, "exam") == 0);
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const CpMilestoneMark *x = a, *y = b;

  if (x->date != y->date)
    return (x->date > y->date) - (x->date < y->date);
  return (x->session > y->session) - (x->session < y->session);
}

CpMilestoneIndex *
cp_milestone_index_new (CpPolicyPack   *pack,
                        CpWorkCalendar *calendar,
                        GPtrArray      *sessions)
{
  CpMilestoneIndex *self = g_new0 (CpMilestoneIndex, 1);

  self->marks = g_array_new (FALSE, FALSE, sizeof (CpMilestoneMark));
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, g_ptr_array_index (sessions, i));

      for (guint k = 0; k < milestones->len; k++)
        {
          const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, k);
          CpMilestoneMark mark = { milestone->date, i };

          if (cp_milestone_is_marked (milestone))
            g_array_append_val (self->marks, mark);
        }
    }
  g_array_sort (self->marks, compare_marks);
  return self;
}

void
cp_milestone_index_free (CpMilestoneIndex *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->marks);
  g_free (self);
}

/* The position of the first mark on or after @day. */
static guint
lower_bound (GArray *marks,
             CpDay   day)
{
  guint low = 0, high = marks->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (marks, CpMilestoneMark, middle).date < day)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

const CpMilestoneMark *
cp_milestone_index_get_month (CpMilestoneIndex *self,
                              int               year,
                              int               month,
                              guint            *n_marks)
{
  guint first, end;

  *n_marks = 0;
  if (month < 1 || month > 12 || year < CP_DATE_FIRST_YEAR || year > CP_DATE_LAST_YEAR || self->marks->len == 0)
    return NULL;
  first = lower_bound (self->marks, cp_date_from_ymd (year, month, 1));
  end = lower_bound (self->marks, month == 12 ? cp_date_from_ymd (year + 1, 1, 1) : cp_date_from_ymd (year, month + 1, 1));
  *n_marks = end - first;
  return end > first ? &g_array_index (self->marks, CpMilestoneMark, first) : NULL;
}
