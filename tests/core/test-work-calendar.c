/* test-work-calendar.c: working days, worked by hand from the holiday
 * tables of policy-facts §1 (the State Council notices of 2024-11-12 and
 * 2025-11-04); the working beside each case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-work-calendar.h"
#include "cp-session-milestones.h"
#include "cp-icalendar.h"
#include "cp-policy-query.h"
#include "cp-schedule.h"

#include <string.h>

static CpPolicyPack *pack;

static CpDay
day (const char *text)
{
  CpDay result = 0;

  g_assert_cmpint (cp_date_parse (text, &result), ==, CP_DATE_OK);
  return result;
}

static void
test_add (void)
{
  static const struct { const char *from; guint n; const char *expected; gboolean approximate; } cases[] = {
    /* 2026 Spring Festival: Sat 02-14 is a make-up working day; 15–23 off. */
    { "2026-02-13", 1, "2026-02-14", FALSE },
    { "2026-02-14", 1, "2026-02-24", FALSE },
    /* 2025 Spring Festival: Sun 01-26 worked; 01-28 to 02-04 off. */
    { "2025-01-24", 1, "2025-01-26", FALSE },
    { "2025-01-27", 1, "2025-02-05", FALSE },
    /* May Day 2026: 05-01 to 05-05 off, Sat 05-09 worked. */
    { "2026-04-30", 1, "2026-05-06", FALSE },
    { "2026-05-08", 1, "2026-05-09", FALSE },
    /* National Day 2025: 10-01 to 10-08 off, Sat 10-11 worked. */
    { "2025-09-30", 1, "2025-10-09", FALSE },
    { "2025-10-10", 1, "2025-10-11", FALSE },
    /* National Day 2026: 10-01 to 10-07 off; starting on a day off, and on
     * the make-up Saturday 10-10 (next: Monday 10-12). */
    { "2026-09-30", 1, "2026-10-08", FALSE },
    { "2026-10-03", 1, "2026-10-08", FALSE },
    { "2026-10-10", 1, "2026-10-12", FALSE },
    /* policy-facts §1.4, from the exam of 2026-04-12 (a Sunday). */
    { "2026-04-12", 5, "2026-04-17", FALSE },
    { "2026-04-12", 10, "2026-04-24", FALSE },
    { "2026-04-12", 15, "2026-05-06", FALSE },
    { "2026-04-12", 75, "2026-07-29", FALSE },
    /* Into 2027, whose schedule is not published: weekdays only. Fri
     * 12-25 → 28, 29, 30, 31, then 2027: 1, 4, 5, 6, 7, 8. */
    { "2026-12-25", 10, "2027-01-08", TRUE },
    { "2026-04-12", 0, "2026-04-12", FALSE },
  };

  g_autoptr(CpWorkCalendar) calendar = cp_work_calendar_new (pack);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean approximate = FALSE;
      g_autofree char *got = cp_date_format (cp_work_calendar_add (calendar, day (cases[i].from), cases[i].n, &approximate));

      g_test_message ("%s + %u", cases[i].from, cases[i].n);
      g_assert_cmpstr (got, ==, cases[i].expected);
      g_assert_cmpint (approximate, ==, cases[i].approximate);
    }
}

static void
test_between_and_totals (void)
{
  g_autoptr(CpWorkCalendar) calendar = cp_work_calendar_new (pack);
  gboolean approximate = FALSE;

  /* 248 working days in 2025 and in 2026 (policy-facts §1.4). */
  g_assert_cmpint (cp_work_calendar_between (calendar, day ("2024-12-31"), day ("2025-12-31"), &approximate), ==, 248);
  g_assert_cmpint (cp_work_calendar_between (calendar, day ("2025-12-31"), day ("2026-12-31"), &approximate), ==, 248);
  g_assert_false (approximate);
  /* After the exam of 04-12: 13–17 April are five working days. */
  g_assert_cmpint (cp_work_calendar_between (calendar, day ("2026-04-12"), day ("2026-04-17"), NULL), ==, 5);
  /* Across May Day: only 05-06 after 04-30. */
  g_assert_cmpint (cp_work_calendar_between (calendar, day ("2026-04-30"), day ("2026-05-06"), NULL), ==, 1);
  g_assert_cmpint (cp_work_calendar_between (calendar, day ("2026-05-06"), day ("2026-04-30"), NULL), ==, -1);
  g_assert_cmpint (cp_work_calendar_between (calendar, day ("2026-05-06"), day ("2026-05-06"), NULL), ==, 0);

  g_assert_true (cp_work_calendar_is_working_day (calendar, day ("2026-02-28"), NULL));   /* make-up Saturday */
  g_assert_false (cp_work_calendar_is_working_day (calendar, day ("2026-10-05"), NULL));  /* National Day */
  g_assert_false (cp_work_calendar_is_working_day (calendar, day ("2026-03-07"), NULL));  /* a plain Saturday */
  approximate = FALSE;
  g_assert_true (cp_work_calendar_is_working_day (calendar, day ("2027-01-01"), &approximate));
  g_assert_true (approximate);
}

static void
test_session_milestones (void)
{
  g_autoptr(CpWorkCalendar) calendar = cp_work_calendar_new (pack);
  JsonObject *session = cp_policy_find (pack, "exams.json", "sessions", "id", "gd-ecommerce-2026-04-12-l3");
  g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, session);
  /* Published in seed 004, or worked by hand from the exam of Sunday
   * 2026-04-12: the notice prints its papers date (03-27), so the
   * college's standing rule of 40 days before (03-03) is not a second
   * papers date (below, without the printed one, it is); ticket 5
   * calendar days before; results +5 working days; review request +5
   * after the results; answer +5 after that (across May Day). Those four
   * are the Shenzhen AI Industry Association's rules (seed 001), not the
   * college's, so only approximate here (policy-facts §9). Certificate
   * +75; retake until the same day a year on; subsidy 12 months after
   * the certificate (in 2027: approximate). */
  static const struct { const char *kind; const char *date; gboolean derived; gboolean approximate; } expected[] = {
    { "registration:jineng_guangdong", "2026-03-23", FALSE, FALSE },
    { "registration:centre_platform", "2026-03-25", FALSE, FALSE },
    { "papers_due", "2026-03-27", FALSE, FALSE },
    { "admission_ticket", "2026-04-07", TRUE, TRUE },
    { "exam", "2026-04-12", FALSE, FALSE },
    { "results", "2026-04-17", TRUE, TRUE },
    { "review_request", "2026-04-24", TRUE, TRUE },
    { "review_answer", "2026-05-06", TRUE, TRUE },
    { "certificate", "2026-07-29", TRUE, FALSE },
    { "retake_window_end", "2027-04-12", TRUE, FALSE },
    { "subsidy_deadline", "2027-07-29", TRUE, TRUE },
  };

  g_assert_cmpuint (milestones->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, i);
      g_autofree char *date = cp_date_format (milestone->date);

      g_test_message ("%s", milestone->kind);
      g_assert_cmpstr (milestone->kind, ==, expected[i].kind);
      g_assert_cmpstr (date, ==, expected[i].date);
      g_assert_cmpint (milestone->derived, ==, expected[i].derived);
      g_assert_cmpint (milestone->approximate, ==, expected[i].approximate);
      g_assert_true (!milestone->derived || milestone->rule != NULL);
      /* The association's rules say whose they are. */
      if (milestone->rule != NULL && json_object_has_member (milestone->rule, "centre"))
        g_assert_cmpstr (json_object_get_string_member (milestone->rule, "centre"), ==,
                         g_str_equal (milestone->kind, "papers_days_before") ? "gd-ecommerce-college" : "szaia");
    }

  /* The same session with no papers date printed: the rule's estimate,
   * 2026-04-12 less 40 days = 2026-03-03, stands in its place. */
  {
    g_autoptr(JsonNode) copy = json_node_init_object (json_node_alloc (), session);
    g_autoptr(JsonNode) unprinted = json_node_copy (copy);
    g_autoptr(GArray) estimated = NULL;
    guint papers = 0;

    json_object_set_null_member (json_node_get_object (unprinted), "papers_due");
    estimated = cp_session_milestones (pack, calendar, json_node_get_object (unprinted));
    for (guint i = 0; i < estimated->len; i++)
      {
        const CpMilestone *milestone = &g_array_index (estimated, CpMilestone, i);
        g_autofree char *date = cp_date_format (milestone->date);

        g_assert_cmpstr (milestone->kind, !=, "papers_due");
        if (g_str_equal (milestone->kind, "papers_days_before"))
          {
            g_assert_cmpstr (date, ==, "2026-03-03");
            papers++;
          }
      }
    g_assert_cmpuint (papers, ==, 1);
  }

  /* Registration closes last on 03-25. */
  g_assert_cmpstr (cp_session_status (session, day ("2026-03-10")), ==, "open");
  g_assert_cmpstr (cp_session_status (session, day ("2026-03-20")), ==, "closing_soon");
  g_assert_cmpstr (cp_session_status (session, day ("2026-03-26")), ==, "closed");
  g_assert_cmpstr (cp_session_status (session, day ("2026-04-13")), ==, "held");
}

static void
test_icalendar (void)
{
  g_autoptr(CpWorkCalendar) calendar = cp_work_calendar_new (pack);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 11, 23, 8, 0, 0);
  g_autofree char *ics = NULL;
  g_auto(GStrv) lines = NULL;

  g_ptr_array_add (sessions, cp_policy_find (pack, "exams.json", "sessions", "id", "gd-ecommerce-2026-04-12-l3"));
  ics = cp_icalendar_from_sessions (pack, calendar, sessions, stamp);

  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics, "UID:gd-ecommerce-2026-04-12-l3-results@certpath.github.io\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTART;VALUE=DATE:20260417\r\nDTEND;VALUE=DATE:20260418\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTAMP:20261123T080000Z\r\n"));
  g_assert_nonnull (strstr (ics, "TRIGGER:-P1D\r\n"));

  /* No line over 75 octets; every line ends CRLF; folding never splits a
   * UTF-8 character (the Chinese names are long). */
  lines = g_strsplit (ics, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
  /* 11 dated milestones (the printed papers date, not the 40-day rule's
   * beside it), one event each. */
  {
    guint events = 0;
    for (const char *p = ics; (p = strstr (p, "BEGIN:VEVENT")) != NULL; p++)
      events++;
    g_assert_cmpuint (events, ==, 11);
  }
}

static void
test_schedule_merge (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "feeds", "sample.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CpFeed) feed = NULL;
  g_autoptr(GPtrArray) feeds = g_ptr_array_new ();
  g_autoptr(GPtrArray) times = g_ptr_array_new ();
  g_autoptr(GPtrArray) merged = NULL;
  CpScheduledSession *scheduled;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  feed = cp_feed_parse (pack, bytes, "sample.json", &error);
  g_assert_no_error (error);

  /* Bundled only: the one session, from the pack. */
  merged = cp_schedule_merge (pack, NULL, NULL);
  g_assert_cmpuint (merged->len, ==, 1);
  g_assert_null (((CpScheduledSession *) g_ptr_array_index (merged, 0))->origin);
  g_clear_pointer (&merged, g_ptr_array_unref);

  /* The sample feed carries the same id: it replaces the bundled one and
   * says where it came from. */
  g_ptr_array_add (feeds, feed);
  g_ptr_array_add (times, (gpointer) "2026-03-10T09:00:00+08:00");
  merged = cp_schedule_merge (pack, feeds, times);
  g_assert_cmpuint (merged->len, ==, 1);
  scheduled = g_ptr_array_index (merged, 0);
  g_assert_cmpstr (scheduled->origin, ==, cp_feed_get_publisher_name (feed));
  g_assert_cmpstr (scheduled->fetched_at, ==, "2026-03-10T09:00:00+08:00");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  directory = cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);

  g_test_add_func ("/work-calendar/add", test_add);
  g_test_add_func ("/work-calendar/between-and-totals", test_between_and_totals);
  g_test_add_func ("/work-calendar/session-milestones", test_session_milestones);
  g_test_add_func ("/work-calendar/icalendar", test_icalendar);
  g_test_add_func ("/work-calendar/schedule-merge", test_schedule_merge);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
