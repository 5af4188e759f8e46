/* bench-core-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "../tests/cp-test-sessions.h"
#include "bench-class.h"
#include "bench-core-schedule.h"
#include "cp-csv.h"
#include "cp-milestone-index.h"
#include "cp-roster.h"

#include <time.h>

#define CALENDAR_SESSIONS 10000
#define ROSTER_ROWS 10000

/* This thread's CPU time: on a busy machine the wall clock counts the
 * other processes too. */
static double
thread_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* At each centre in turn, on exam days a week apart over two years (as
 * bench/make-feeds.py makes them). */
static GPtrArray *
make_sessions (CpPolicyPack *pack,
               guint         n)
{
  return cp_test_sessions_new (pack, n, cp_date_from_ymd (2026, 1, 4), 7, 730, FALSE);
}

/* As the issue counts them: one session's whole timeline is one. */
double
bench_milestones_per_second (CpPolicyPack *pack)
{
  g_autoptr(GPtrArray) sessions = make_sessions (pack, CALENDAR_SESSIONS);
  CpWorkCalendar *calendar = cp_work_calendar_for_pack (pack);
  guint dates = 0;
  double start = thread_ms ();

  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, g_ptr_array_index (sessions, i));
      dates += milestones->len;
    }
  g_assert_cmpuint (dates, >=, sessions->len * 10);
  return sessions->len / ((thread_ms () - start) / 1000.0);
}

double
bench_calendar_month_10k_sessions_ms (CpPolicyPack *pack)
{
  g_autoptr(GPtrArray) sessions = make_sessions (pack, CALENDAR_SESSIONS);
  g_autoptr(CpMilestoneIndex) index = cp_milestone_index_new (pack, cp_work_calendar_for_pack (pack), sessions);
  guint months = 0, days = 0;
  double start = thread_ms ();

  /* Every month of three years, ten times: what a month click asks. */
  for (guint round = 0; round < 10; round++)
    for (int year = 2026; year <= 2028; year++)
      for (int month = 1; month <= 12; month++)
        {
          guint n_marks;
          const CpMilestoneMark *marks = cp_milestone_index_get_month (index, year, month, &n_marks);
          guint32 marked = 0;

          for (guint i = 0; i < n_marks; i++)
            {
              int mday;

              cp_date_to_ymd (marks[i].date, NULL, NULL, &mday);
              marked |= 1u << mday;
            }
          days += __builtin_popcount (marked);
          months++;
        }
  g_assert_cmpuint (days, >, 0);
  return (thread_ms () - start) / months;
}

static void
write_row_cb (CpRoster    *roster,
              CpRosterRow *row,
              gpointer     user_data)
{
  GString *out = user_data;
  g_auto(GStrv) record = cp_roster_row_to_record (roster, row);

  g_string_truncate (out, 0);
  cp_roster_append_csv_record (out, record);
}

double
bench_roster_rows_per_second (CpPolicyPack *pack)
{
  g_autoptr(GPtrArray) table = bench_class_table (ROSTER_ROWS);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(CpRoster) roster = NULL;
  g_autoptr(GError) error = NULL;
  double start;

  for (guint r = 0; r < table->len; r++)
    {
      GStrv record = g_ptr_array_index (table, r);

      for (guint c = 0; record[c] != NULL; c++)
        cp_csv_append_field (csv, record[c], c == 0);
      g_string_append (csv, "\r\n");
    }
  start = thread_ms ();
  roster = cp_roster_new_from_data_each (pack, csv->str, csv->len, cp_date_from_ymd (2026, 3, 1), 0, write_row_cb, out,
                                         &error);
  g_assert_no_error (error);
  return ROSTER_ROWS / ((thread_ms () - start) / 1000.0);
}
