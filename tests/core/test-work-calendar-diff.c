/* test-work-calendar-diff.c: the work calendar's bitmaps against the
 * hash tables it replaced, over every day of the years in the pack and
 * the years on either side; the milestones (their exam rules read once,
 * found in one pass) against the rule search they replaced, over 6 000
 * generated sessions; the month index against every session's
 * milestones. The former code is kept here, and only here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "../cp-test-folder.h"
#include "../cp-test-sessions.h"
#include "cp-milestone-index.h"
#include "cp-policy-query.h"
#include "cp-session-milestones.h"
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
old_add_days (OldCalendar *self,
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
                            old_add_days (old, day, counts[i], &old_approximate));
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

/* ---------- The former milestones, as they were ---------- */

static int
old_rule_rank (JsonObject *session,
               JsonObject *rule,
               gboolean   *other)
{
  const char *centre = json_object_get_string_member_with_default (rule, "centre", NULL);
  int distance;

  *other = FALSE;
  if (centre != NULL)
    {
      if (g_strcmp0 (centre, json_object_get_string_member (session, "centre")) == 0)
        return 0;
      *other = TRUE;
      return 1000;
    }
  distance = cp_policy_region_distance (pack, json_object_get_string_member (rule, "region"),
                                        json_object_get_string_member (session, "region"));
  return distance < 0 ? -1 : 1 + distance;
}

static JsonObject *
old_find_rule (JsonObject *session,
               const char *kind,
               gboolean   *other_organisation)
{
  JsonArray *rules = cp_policy_pack_get_records (pack, "exams.json", "exam_rules");
  CpDay exam = cp_json_get_day (session, "exam_date");
  JsonObject *best = NULL;
  int best_rank = G_MAXINT;

  *other_organisation = FALSE;
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      gboolean other;
      int rank = old_rule_rank (session, rule, &other);

      if (rank < 0 || rank >= best_rank || g_strcmp0 (json_object_get_string_member (rule, "kind"), kind) != 0 ||
          !cp_json_array_has_string (json_object_get_array_member (rule, "occupations"),
                                     json_object_get_string_member (session, "occupation")) ||
          !cp_policy_in_force (rule, exam) || json_object_get_null_member (rule, "value"))
        continue;
      best = rule;
      best_rank = rank;
      *other_organisation = other;
    }
  return best;
}

typedef struct
{
  const char *kind;
  CpDay       date;
  gboolean    derived, approximate, other, deadline;
  JsonObject *rule;
} OldMilestone;

/* As published (@rule NULL) or derived from @rule (none found: date 0). */
static void
old_add (GArray     *milestones,
         const char *kind,
         CpDay       date,
         gboolean    deadline,
         gboolean    derived,
         JsonObject *rule,
         gboolean    other,
         gboolean    approximate)
{
  OldMilestone milestone = { kind, date, derived, approximate || other, other, deadline, rule };

  g_array_append_val (milestones, milestone);
}

static CpDay
old_working_days (OldCalendar *calendar,
                  JsonObject  *rule,
                  CpDay        from,
                  gboolean    *approximate)
{
  if (rule == NULL || from == 0)
    return 0;
  return old_add_days (calendar, from, json_object_get_int_member (rule, "value"), approximate);
}

static CpDay
old_deadline (OldCalendar *calendar,
              CpDay        issued,
              int          months,
              gboolean    *approximate)
{
  CpDay last = cp_date_add_months (issued, months);
  gboolean day_approximate = FALSE;

  while (!old_is_working_day (calendar, last, &day_approximate))
    last++;
  *approximate = day_approximate;
  return last;
}

static int
compare_old (gconstpointer a,
             gconstpointer b)
{
  const OldMilestone *x = a, *y = b;
  CpDay dx = x->date != 0 ? x->date : G_MAXUINT32;
  CpDay dy = y->date != 0 ? y->date : G_MAXUINT32;

  return (dx > dy) - (dx < dy);
}

/* Kinds are borrowed from @session and the pack, or static. */
static GArray *
old_milestones (OldCalendar *calendar,
                JsonObject  *session)
{
  GArray *milestones = g_array_new (FALSE, TRUE, sizeof (OldMilestone));
  JsonArray *registration = json_object_get_array_member (session, "registration");
  CpDay exam = cp_json_get_day (session, "exam_date");
  gboolean o_ticket, o_papers, o_results, o_review, o_answer, o_certificate, o_retake;
  JsonObject *ticket = old_find_rule (session, "admission_ticket_days_before", &o_ticket);
  JsonObject *papers = old_find_rule (session, "papers_days_before", &o_papers);
  JsonObject *results_rule = old_find_rule (session, "results_working_days", &o_results);
  JsonObject *review_rule = old_find_rule (session, "review_request_working_days", &o_review);
  JsonObject *answer_rule = old_find_rule (session, "review_answer_working_days", &o_answer);
  JsonObject *certificate_rule = old_find_rule (session, "certificate_working_days", &o_certificate);
  JsonObject *retake = old_find_rule (session, "retake_window_months", &o_retake);
  gboolean approximate = FALSE;
  CpDay results, review, answer, certificate;

  for (guint i = 0; i < json_array_get_length (registration); i++)
    old_add (milestones, json_object_get_string_member (json_array_get_object_element (registration, i), "channel"),
             cp_json_get_day (json_array_get_object_element (registration, i), "closes"), TRUE, FALSE, NULL, FALSE, FALSE);
  if (!json_object_get_null_member (session, "papers_due"))
    old_add (milestones, "papers_due", cp_json_get_day (session, "papers_due"), TRUE, FALSE, NULL, FALSE, FALSE);
  old_add (milestones, "exam", exam, FALSE, FALSE, NULL, FALSE, FALSE);
  old_add (milestones, "admission_ticket", ticket != NULL ? exam - json_object_get_int_member (ticket, "value") : 0,
           TRUE, TRUE, ticket, o_ticket, FALSE);
  /* As the new code: the rule's estimate only where no papers date is printed. */
  if (papers != NULL && cp_json_get_day (session, "papers_due") == 0)
    old_add (milestones, "papers_days_before", exam - json_object_get_int_member (papers, "value"), TRUE, TRUE, papers,
             o_papers, FALSE);
  results = old_working_days (calendar, results_rule, exam, &approximate);
  old_add (milestones, "results", results, FALSE, TRUE, results_rule, o_results, approximate);
  review = old_working_days (calendar, review_rule, results, &approximate);
  old_add (milestones, "review_request", review, TRUE, TRUE, review_rule, o_review, approximate);
  answer = old_working_days (calendar, answer_rule, review, &approximate);
  old_add (milestones, "review_answer", answer, FALSE, TRUE, answer_rule, o_answer, approximate);
  approximate = FALSE;
  certificate = old_working_days (calendar, certificate_rule, exam, &approximate);
  old_add (milestones, "certificate", certificate, FALSE, TRUE, certificate_rule, o_certificate, approximate);
  if (certificate != 0)
    {
      JsonObject *limit = cp_policy_find (pack, "subsidy.json", "limits", "kind", "claim_deadline_months");
      gboolean deadline_approximate = approximate;
      CpDay deadline = limit != NULL ? old_deadline (calendar, certificate, json_object_get_int_member (limit, "value"),
                                                     &deadline_approximate)
                                     : 0;

      old_add (milestones, "subsidy_deadline", deadline, TRUE, TRUE, limit, FALSE, deadline_approximate);
    }
  old_add (milestones, "retake_window_end",
           retake != NULL ? cp_date_add_months (exam, json_object_get_int_member (retake, "value")) : 0, TRUE, TRUE, retake,
           o_retake, FALSE);
  g_array_sort (milestones, compare_old);
  return milestones;
}

/* ---------- The comparisons of milestones ---------- */

/* At every centre, in every city and province of the pack, on exam days
 * five days apart from 2024-12 to 2028-03: in and out of the published
 * years and of the rules' validity. */
static GPtrArray *
generated_sessions (guint n)
{
  return cp_test_sessions_new (pack, n, cp_date_from_ymd (2024, 12, 1), 5, 1200, TRUE);
}

static void
test_milestones (void)
{
  g_autoptr(CpWorkCalendar) calendar = cp_work_calendar_new (pack);
  g_autoptr(GPtrArray) sessions = generated_sessions (6000);
  OldCalendar *old = old_calendar_new ();
  guint derived = 0, approximate = 0, other = 0, dated = 0, total = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (sessions, i);
      g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, session);
      g_autoptr(GArray) expected = old_milestones (old, session);

      g_assert_cmpuint (milestones->len, ==, expected->len);
      for (guint k = 0; k < milestones->len; k++)
        {
          const CpMilestone *got = &g_array_index (milestones, CpMilestone, k);
          const OldMilestone *want = &g_array_index (expected, OldMilestone, k);

          g_assert_true (g_str_has_suffix (got->kind, want->kind));
          g_assert_cmpuint (got->date, ==, want->date);
          g_assert_cmpint (got->derived, ==, want->derived);
          g_assert_cmpint (got->approximate, ==, want->approximate);
          g_assert_cmpint (got->other_organisation, ==, want->other);
          g_assert_cmpint (got->deadline, ==, want->deadline);
          g_assert_true (got->rule == want->rule);
          derived += got->derived;
          approximate += got->approximate;
          other += got->other_organisation;
          dated += got->date != 0;
          total++;
        }
    }
  /* The sessions reach every case: rules of the session's own centre and
   * of another, approximate dates, dates no rule gives. */
  g_assert_cmpuint (derived, >, 6000 * 5);
  g_assert_cmpuint (approximate, >, 6000);
  g_assert_cmpuint (other, >=, 6000);
  g_assert_cmpuint (dated, <, total);
  g_test_message ("%u derived, %u approximate, %u from another organisation, %u dated", derived, approximate, other,
                  dated);
  old_calendar_free (old);
}

/* A month's marks are the marked milestones of that month, each session's. */
static void
test_month_index (void)
{
  CpWorkCalendar *calendar = cp_work_calendar_for_pack (pack);
  g_autoptr(GPtrArray) sessions = generated_sessions (3000);
  g_autoptr(CpMilestoneIndex) index = cp_milestone_index_new (pack, calendar, sessions);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint total = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, g_ptr_array_index (sessions, i));

      for (guint k = 0; k < milestones->len; k++)
        {
          const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, k);

          if (milestone->date != 0 && (milestone->deadline || g_str_equal (milestone->kind, "exam")))
            {
              g_autofree char *key = g_strdup_printf ("%u %u", milestone->date, i);
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (expected, key));

              g_hash_table_insert (expected, g_steal_pointer (&key), GUINT_TO_POINTER (count + 1));
              total++;
            }
        }
    }

  for (int year = 2024; year <= 2030; year++)
    for (int month = 1; month <= 12; month++)
      {
        guint n_marks;
        const CpMilestoneMark *marks = cp_milestone_index_get_month (index, year, month, &n_marks);

        for (guint i = 0; i < n_marks; i++)
          {
            g_autofree char *key = g_strdup_printf ("%u %u", marks[i].date, marks[i].session);
            guint count = GPOINTER_TO_UINT (g_hash_table_lookup (expected, key));
            int y, m;

            cp_date_to_ymd (marks[i].date, &y, &m, NULL);
            g_assert_cmpint (y, ==, year);
            g_assert_cmpint (m, ==, month);
            g_assert_true (i == 0 || marks[i - 1].date <= marks[i].date);
            g_assert_cmpuint (count, >, 0);
            g_hash_table_insert (expected, g_steal_pointer (&key), GUINT_TO_POINTER (count - 1));
            total--;
          }
      }
  /* Every mark was found in its month, and none twice. */
  g_assert_cmpuint (total, ==, 0);
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

/* The bundled rules are one a kind, for all time: rules that begin and
 * end, for a city, for another occupation, with no value, and a second
 * organisation's rule, which ties with the first for the sessions of a
 * third (the first in the file wins), put before them so that the search
 * meets every case. */
static const char extra_rules[] =
  "[{\"id\": \"t-sz-results\", \"region\": \"shenzhen\", \"kind\": \"results_working_days\", \"value\": 7,"
  " \"valid_from\": \"2026-06-01\", \"valid_to\": \"2027-03-31\"},"
  " {\"id\": \"t-gz-certificate\", \"region\": \"guangzhou\", \"kind\": \"certificate_working_days\", \"value\": 40,"
  " \"valid_from\": null, \"valid_to\": \"2026-12-31\"},"
  " {\"id\": \"t-sz-certificate\", \"region\": \"shenzhen\", \"kind\": \"certificate_working_days\", \"value\": 60,"
  " \"valid_from\": \"2027-07-01\", \"valid_to\": null},"
  " {\"id\": \"t-zh-ticket\", \"region\": \"zhuhai\", \"kind\": \"admission_ticket_days_before\", \"value\": 3,"
  " \"valid_from\": null, \"valid_to\": \"2025-06-30\", \"continues_unconfirmed\": true},"
  " {\"id\": \"t-fs-ticket\", \"region\": \"foshan\", \"kind\": \"admission_ticket_days_before\", \"value\": 4,"
  " \"valid_from\": null, \"valid_to\": \"2025-06-30\"},"
  " {\"id\": \"t-other-occupation\", \"region\": \"guangdong\", \"kind\": \"papers_days_before\", \"value\": 30,"
  " \"occupations\": [\"4-04-04-01\"], \"valid_from\": null, \"valid_to\": null},"
  " {\"id\": \"t-no-value\", \"region\": \"dongguan\", \"kind\": \"retake_window_months\", \"value\": null,"
  " \"valid_from\": null, \"valid_to\": null},"
  " {\"id\": \"t-zh-results\", \"region\": \"zhuhai\", \"centre\": \"zhuhai-skills-centre\","
  " \"kind\": \"results_working_days\", \"value\": 9, \"valid_from\": null, \"valid_to\": null}]";

/* The pack with extra_rules first among its exam rules, in a folder of
 * its own; NULL (and the test skipped) if that pack does not load. */
static CpPolicyPack *
varied_pack (char **folder)
{
  const char *source = g_getenv ("CERTPATH_POLICY_DIR");
  g_autoptr(GDir) dir = g_dir_open (source, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) extra = json_from_string (extra_rules, &error);
  const char *name;

  g_assert_no_error (error);
  *folder = g_dir_make_tmp ("certpath-diff-XXXXXX", &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *from = g_build_filename (source, name, NULL);
      g_autofree char *to = g_build_filename (*folder, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (from, &contents, NULL, NULL));
      if (g_str_equal (name, "exams.json"))
        {
          g_autoptr(JsonNode) exams = json_from_string (contents, &error);
          JsonArray *rules = json_object_get_array_member (json_node_get_object (exams), "exam_rules");
          JsonArray *added = json_node_get_array (extra);
          JsonObject *template = json_array_get_object_element (rules, 0);
          JsonArray *ordered = json_array_new ();

          g_assert_no_error (error);
          for (guint i = 0; i < json_array_get_length (added); i++)
            {
              JsonObject *rule = json_array_get_object_element (added, i);

              json_object_set_member (rule, "text", json_node_copy (json_object_get_member (template, "text")));
              json_object_set_member (rule, "sources", json_node_copy (json_object_get_member (template, "sources")));
              if (!json_object_has_member (rule, "occupations"))
                json_object_set_member (rule, "occupations",
                                        json_node_copy (json_object_get_member (template, "occupations")));
              json_object_set_null_member (rule, "known_in_force_by");
              json_array_add_object_element (ordered, json_object_ref (rule));
            }
          for (guint i = 0; i < json_array_get_length (rules); i++)
            json_array_add_object_element (ordered, json_object_ref (json_array_get_object_element (rules, i)));
          json_object_set_array_member (json_node_get_object (exams), "exam_rules", ordered);
          g_free (contents);
          contents = json_to_string (exams, TRUE);
        }
      g_assert_true (g_file_set_contents (to, contents, -1, NULL));
    }
  {
    CpPolicyPack *loaded = cp_policy_pack_load (*folder, &error);

    if (loaded == NULL)
      g_test_message ("%s", error->message);
    return loaded;
  }
}

/* The milestones again, on the pack with rules of every kind of reach. */
static void
test_milestones_varied (void)
{
  g_autofree char *folder = NULL;
  CpPolicyPack *bundled = pack;
  g_autoptr(CpPolicyPack) varied = varied_pack (&folder);

  g_assert_nonnull (varied);
  g_assert_cmpuint (json_array_get_length (cp_policy_pack_get_records (varied, "exams.json", "exam_rules")), ==,
                    json_array_get_length (cp_policy_pack_get_records (bundled, "exams.json", "exam_rules")) + 8);
  pack = varied;
  test_milestones ();
  pack = bundled;
  cp_test_remove_folder (folder);
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
  g_test_add_func ("/work-calendar-diff/milestones", test_milestones);
  g_test_add_func ("/work-calendar-diff/milestones-varied-rules", test_milestones_varied);
  g_test_add_func ("/work-calendar-diff/month-index", test_month_index);
  return g_test_run ();
}
