/* test-agenda.c: the counsellor's agenda against dates worked by hand
 *
 * Work years by docs/counting-time.md (10 years from 2016-07-01 are
 * reached on the anniversary, 2026-07-01); the claim deadline by the Civil
 * Code's month count and the 2026 holiday table; the 2026-04-12 session's
 * dates as seed 004 prints them (registration 2026-03-23 and 2026-03-25,
 * papers 2026-03-27) and its results and review days as the Shenzhen
 * association's rule derives them (+5 working days: 2026-04-17, then
 * 2026-04-24). The candidates are made up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-agenda.h"
#include "cp-subsidy.h"
#include "../cp-test-folder.h"

static CpPolicyPack *pack;
static CpAgendaContext *context;

#define HEAD "{\"format\": \"certpath-profile\", \"version\": 1, \"occupation\": \"4-04-05-05\", "
#define SESSION "gd-ecommerce-2026-04-12-l3"

static CpProfile *
profile_from (const char *members)
{
  g_autofree char *json = g_strconcat (HEAD, members, "}", NULL);
  g_autoptr(GError) error = NULL;
  CpProfile *profile = cp_profile_new_from_data (json, -1, "test.json", pack, &error);

  g_assert_no_error (error);
  return profile;
}

static CpDay
day (const char *text)
{
  CpDay parsed = 0;

  g_assert_cmpint (cp_date_parse (text, &parsed), ==, CP_DATE_OK);
  return parsed;
}

static CpAgenda *
agenda_of (CpProfile  *profile,
           const char *from,
           const char *to)
{
  return cp_agenda_compute_profile (context, "c1", profile, day (from), day (to));
}

static const CpAgendaEvent *
event_at (CpAgenda *agenda,
          guint     index)
{
  g_assert_cmpuint (index, <, agenda->events->len);
  return g_ptr_array_index (agenda->events, index);
}

static void
assert_event (const CpAgendaEvent *event,
              const char          *date,
              CpAgendaKind         kind,
              int                  level)
{
  g_autofree char *text = cp_date_format (event->date);

  g_assert_cmpstr (text, ==, date);
  g_assert_cmpstr (cp_agenda_kind_to_string (event->kind), ==, cp_agenda_kind_to_string (kind));
  g_assert_cmpint (event->level, ==, level);
}

#define WORKER "\"name\": \"陈老五\", \"city\": \"guangzhou\", \"birth_date\": \"1990-05-01\", " \
               "\"work_periods\": [{\"start\": \"2016-07-01\", \"end\": null}]"

/* Ten years from 2016-07-01 are reached on 2026-07-01: level 3 opens
 * that day by clause 1; level 4 (5 years) opened in 2021 and is no event. */
static void
test_worker_reaches_ten_years (void)
{
  g_autoptr(CpProfile) worker = profile_from (WORKER);
  g_autoptr(CpAgenda) june = agenda_of (worker, "2026-06-01", "2026-07-31");
  g_autoptr(CpAgenda) on_the_day = agenda_of (worker, "2026-07-01", "2026-07-31");
  g_autoptr(CpAgenda) day_after = agenda_of (worker, "2026-07-02", "2026-08-31");
  g_autoptr(CpAgenda) day_before = agenda_of (worker, "2026-06-01", "2026-06-30");
  g_autofree char *text = NULL;
  const CpAgendaEvent *event;

  g_assert_cmpuint (june->events->len, ==, 1);
  event = event_at (june, 0);
  assert_event (event, "2026-07-01", CP_AGENDA_ELIGIBLE, 3);
  g_assert_cmpint (event->clause, ==, 1);
  g_assert_cmpstr (event->candidate, ==, "陈老五");
  g_assert_cmpstr (event->candidate_id, ==, "c1");
  g_assert_null (event->session_id);
  g_assert_nonnull (event->sources);
  g_assert_cmpuint (g_strv_length (event->sources), >, 0);
  text = cp_agenda_event_text (event, pack);
  g_assert_cmpstr (text, ==, "Level 3 becomes open to apply for, by clause 1");

  /* The window's first day counts; the day after, it is no longer news. */
  g_assert_cmpuint (on_the_day->events->len, ==, 1);
  assert_event (event_at (on_the_day, 0), "2026-07-01", CP_AGENDA_ELIGIBLE, 3);
  g_assert_cmpuint (day_after->events->len, ==, 0);
  g_assert_cmpuint (day_before->events->len, ==, 0);
}

/* A level-4 certificate issued 2025-06-20: 12 months end on Saturday
 * 2026-06-20, Sunday 21 is the Dragon Boat holiday, so the last day to
 * claim is Monday 2026-06-22, as the Subsidy tab says. */
static void
test_claim_deadline_on_weekend (void)
{
  g_autoptr(CpProfile) holder = profile_from (
    "\"name\": \"李华\", \"city\": \"guangzhou\", \"birth_date\": \"1990-05-01\", \"insured_city\": \"guangzhou\", "
    "\"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": 4, \"issued\": \"2025-06-20\", "
    "\"issuer\": \"evaluation_org\"}]");
  g_autoptr(CpAgenda) agenda = agenda_of (holder, "2026-06-01", "2026-06-30");
  g_autoptr(CpAgenda) later = agenda_of (holder, "2026-06-23", "2026-07-31");
  CpSubsidyCertificate certificate = { "4-04-05-05", 4, day ("2025-06-20"), "evaluation_org" };
  g_autoptr(CpSubsidyAnswer) tab = cp_subsidy_evaluate (pack, holder, &certificate, "guangzhou", day ("2026-06-01"));
  const CpAgendaEvent *event;
  g_autofree char *text = NULL;

  g_assert_cmpuint (agenda->events->len, ==, 1);
  event = event_at (agenda, 0);
  assert_event (event, "2026-06-22", CP_AGENDA_SUBSIDY_DEADLINE, 4);
  g_assert_cmpuint (event->date, ==, tab->deadline);
  g_assert_cmpuint (event->issued, ==, day ("2025-06-20"));
  g_assert_false (event->approximate);
  g_assert_true (g_strv_contains ((const char * const *) event->sources, "gd-rsg-2023-13"));
  text = cp_agenda_event_text (event, pack);
  g_assert_cmpstr (text, ==, "Last day to claim the skill upgrade subsidy for the level 4 certificate issued 2025-06-20");
  /* Past its last day the claim is no longer due. */
  g_assert_cmpuint (later->events->len, ==, 0);
}

/* Claimed already: nothing to claim, so no deadline. */
static void
test_claimed_certificate (void)
{
  g_autoptr(CpProfile) holder = profile_from (
    "\"city\": \"guangzhou\", \"birth_date\": \"1990-05-01\", \"insured_city\": \"guangzhou\", "
    "\"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": 4, \"issued\": \"2025-06-20\", "
    "\"issuer\": \"evaluation_org\"}], "
    "\"subsidies_claimed\": [{\"kind\": \"skill_upgrade\", \"occupation\": \"4-04-05-05\", \"level\": 4, "
    "\"date\": \"2025-08-01\"}]");
  g_autoptr(CpAgenda) agenda = agenda_of (holder, "2026-06-01", "2026-06-30");

  g_assert_cmpuint (agenda->events->len, ==, 0);
}

#define GRADUATE(city) "\"name\": \"王小明\", \"city\": \"" city "\", \"birth_date\": \"2004-09-01\", " \
  "\"education\": [{\"kind\": \"technician_school_senior\", \"related_major\": true, \"assessed\": false, " \
  "\"graduated\": \"2025-07-01\", \"final_year\": false}]"

/* A senior-class technician-school graduate may apply for level 3
 * (clause 4), so the 2026-04-12 level-3 session in Guangzhou is one they
 * could sit: both registrations close, 2026-03-23 on Skills Guangdong and
 * 2026-03-25 on the college's platform, papers are due 2026-03-27. */
static void
test_graduate_and_session (void)
{
  g_autoptr(CpProfile) graduate = profile_from (GRADUATE ("guangzhou"));
  g_autoptr(CpAgenda) agenda = agenda_of (graduate, "2026-03-20", "2026-04-30");
  g_autofree char *text = NULL;
  CpWorkCalendar *calendar = cp_agenda_context_get_calendar (context);
  const CpAgendaEvent *event;

  g_assert_cmpuint (agenda->events->len, ==, 4);
  event = event_at (agenda, 0);
  assert_event (event, "2026-03-23", CP_AGENDA_REGISTRATION_CLOSES, 3);
  g_assert_cmpstr (event->session_id, ==, SESSION);
  g_assert_cmpstr (event->channel, ==, "jineng_guangdong");
  g_assert_true (g_strv_contains ((const char * const *) event->sources, "seed-004"));
  text = cp_agenda_event_text (event, pack);
  g_assert_cmpstr (text, ==, "Registration closes on Skills Guangdong: provincial skill level assessment supervision "
                             "system for the exam of 2026-04-12 (level 3, Guangdong E-commerce Technician College)");
  assert_event (event_at (agenda, 1), "2026-03-25", CP_AGENDA_REGISTRATION_CLOSES, 3);
  g_assert_cmpstr (event_at (agenda, 1)->channel, ==, "centre_platform");
  assert_event (event_at (agenda, 2), "2026-03-27", CP_AGENDA_PAPERS_DUE, 3);
  assert_event (event_at (agenda, 3), "2026-04-12", CP_AGENDA_EXAM, 3);

  /* From Friday 2026-03-20: Monday is 1 working day away, Wednesday 3,
   * Friday 5; the exam on Sunday 12 April: two full weeks (10), then
   * Qingming (Saturday 4 to Monday 6 April) and Tuesday to Friday (4): 14. */
  g_assert_cmpint (cp_agenda_event_countdown (event_at (agenda, 0), calendar, day ("2026-03-20"), NULL), ==, 1);
  g_assert_cmpint (cp_agenda_event_countdown (event_at (agenda, 1), calendar, day ("2026-03-20"), NULL), ==, 3);
  g_assert_cmpint (cp_agenda_event_countdown (event_at (agenda, 2), calendar, day ("2026-03-20"), NULL), ==, 5);
  g_assert_cmpint (cp_agenda_event_countdown (event_at (agenda, 3), calendar, day ("2026-03-20"), NULL), ==, 14);
}

/* The same graduate in Shenzhen could sit level 3, but not in their city. */
static void
test_session_in_another_city (void)
{
  g_autoptr(CpProfile) graduate = profile_from (GRADUATE ("shenzhen"));
  g_autoptr(CpAgenda) agenda = agenda_of (graduate, "2026-03-20", "2026-04-30");

  g_assert_cmpuint (agenda->events->len, ==, 0);
}

/* Two years of work open level 5 at most, not level 3: no session. */
static void
test_session_level_not_open (void)
{
  g_autoptr(CpProfile) junior = profile_from (
    "\"city\": \"guangzhou\", \"birth_date\": \"2000-01-01\", \"work_periods\": [{\"start\": \"2024-01-01\", \"end\": null}]");
  g_autoptr(CpAgenda) agenda = agenda_of (junior, "2026-03-20", "2026-04-30");

  g_assert_cmpuint (agenda->events->len, ==, 0);
}

/* Registered for the session: papers and exam, then results five working
 * days after the exam (2026-04-17) and the last day to ask for a review
 * five after that (2026-04-24), both by another organisation's rule, so
 * approximate; nothing left to register. */
static void
test_registered (void)
{
  g_autoptr(CpProfile) graduate = profile_from (GRADUATE ("guangzhou") ", \"registered_sessions\": [\"" SESSION "\"]");
  g_autoptr(CpAgenda) agenda = agenda_of (graduate, "2026-03-20", "2026-04-30");
  g_autofree char *text = NULL;

  g_assert_cmpuint (agenda->events->len, ==, 4);
  assert_event (event_at (agenda, 0), "2026-03-27", CP_AGENDA_PAPERS_DUE, 3);
  assert_event (event_at (agenda, 1), "2026-04-12", CP_AGENDA_EXAM, 3);
  assert_event (event_at (agenda, 2), "2026-04-17", CP_AGENDA_RESULTS, 3);
  assert_event (event_at (agenda, 3), "2026-04-24", CP_AGENDA_REVIEW_REQUEST, 3);
  g_assert_true (event_at (agenda, 2)->approximate);
  g_assert_true (g_strv_contains ((const char * const *) event_at (agenda, 3)->sources, "seed-001"));
  text = cp_agenda_event_text (event_at (agenda, 3), pack);
  g_assert_cmpstr (text, ==, "Last day to request a review of the exam of 2026-04-12 (level 3) (approximate)");
}

/* Worked since 2000 with no certificate: every level it can reach by work
 * is open already; nothing is due, so no event at all. */
static void
test_nothing_due (void)
{
  g_autoptr(CpProfile) veteran = profile_from (
    "\"city\": \"guangzhou\", \"birth_date\": \"1975-01-01\", \"work_periods\": [{\"start\": \"2000-01-01\", \"end\": null}]");
  g_autoptr(CpAgenda) agenda = agenda_of (veteran, "2026-06-01", "2026-07-31");
  g_autoptr(CpProfile) empty = profile_from ("\"name\": \"空\"");
  g_autoptr(CpAgenda) nothing = agenda_of (empty, "2026-03-01", "2026-12-31");

  g_assert_cmpuint (agenda->events->len, ==, 0);
  g_assert_cmpuint (nothing->events->len, ==, 0);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint last_total;
} Progress;

static void
count_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, progress->last_done);
  progress->calls++;
  progress->last_done = done;
  progress->last_total = total;
}

static CpCandidateEntry *
entry_new (const char *id,
           CpProfile  *profile)
{
  CpCandidateEntry *entry = g_new0 (CpCandidateEntry, 1);

  entry->id = g_strdup (id);
  entry->profile = profile != NULL ? g_object_ref (profile) : NULL;
  entry->error = profile == NULL ? g_strdup ("broken.json: not valid JSON") : NULL;
  return entry;
}

/* Many candidates through the pool: the same events as one by one, in
 * date order, whatever thread did which; a broken file is listed. */
static void
test_many (void)
{
  g_autoptr(CpProfile) worker = profile_from (WORKER);
  g_autoptr(CpProfile) graduate = profile_from (GRADUATE ("guangzhou"));
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_candidate_entry_free);
  g_autoptr(CpAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%04u", i);
      g_ptr_array_add (entries, entry_new (id, i % 2 == 0 ? worker : graduate));
    }
  g_ptr_array_add (entries, entry_new ("broken", NULL));

  agenda = cp_agenda_compute_entries (context, entries, day ("2026-03-01"), day ("2026-07-31"), count_progress, &progress,
                                      NULL, &error);
  g_assert_no_error (error);
  /* 500 workers with one event, 500 graduates with four. */
  g_assert_cmpuint (agenda->events->len, ==, 500 + 500 * 4);
  g_assert_cmpuint (agenda->n_candidates, ==, 1000);
  g_assert_cmpuint (agenda->unreadable->len, ==, 1);
  /* The last report says all are done. */
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpuint (progress.last_done, ==, 1001);
  g_assert_cmpuint (progress.last_total, ==, 1001);
  for (guint i = 1; i < agenda->events->len; i++)
    g_assert_cmpint (cp_agenda_event_compare (event_at (agenda, i - 1), event_at (agenda, i)), <=, 0);
  /* Same day, same kind: by name, then id. */
  g_assert_cmpstr (event_at (agenda, 0)->candidate_id, ==, "c0001");
  assert_event (event_at (agenda, agenda->events->len - 1), "2026-07-01", CP_AGENDA_ELIGIBLE, 3);
}

static void
test_cancelled (void)
{
  g_autoptr(CpProfile) worker = profile_from (WORKER);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_candidate_entry_free);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CpAgenda) agenda = NULL;

  for (guint i = 0; i < 600; i++)
    g_ptr_array_add (entries, entry_new ("c", worker));
  g_cancellable_cancel (cancellable);
  agenda = cp_agenda_compute_entries (context, entries, day ("2026-06-01"), day ("2026-07-31"), NULL, NULL,
                                      cancellable, &error);
  g_assert_null (agenda);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Over a folder, the threads read the files: the same events as over the
 * store's own listing, and the broken file named. */
static void
test_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-test-agenda-XXXXXX", &error);
  g_autoptr(CpCandidateStore) store = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(CpAgenda) by_store = NULL;
  g_autoptr(CpAgenda) by_entries = NULL;
  g_autoptr(CpProfile) worker = profile_from (WORKER);
  g_autoptr(CpProfile) graduate = profile_from (GRADUATE ("guangzhou"));

  g_assert_no_error (error);
  store = cp_candidate_store_new (folder, pack);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%04u", i);

      g_assert_true (cp_candidate_store_save (store, id, i % 3 == 0 ? worker : graduate, &error));
      g_assert_no_error (error);
    }
  {
    g_autofree char *broken = g_build_filename (folder, "broken.json", NULL);
    g_assert_true (g_file_set_contents (broken, "{", -1, NULL));
  }

  by_store = cp_agenda_compute_store (context, store, day ("2026-03-01"), day ("2026-07-31"), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  listed = cp_candidate_store_list (store);
  by_entries = cp_agenda_compute_entries (context, listed, day ("2026-03-01"), day ("2026-07-31"), NULL, NULL, NULL,
                                          &error);
  g_assert_no_error (error);

  /* 100 workers with one event, 200 graduates with four; more than one
   * chunk, so more than one thread when there are cores for it. */
  g_assert_cmpuint (by_store->events->len, ==, 100 + 200 * 4);
  g_assert_cmpuint (by_entries->events->len, ==, by_store->events->len);
  for (guint i = 0; i < by_store->events->len; i++)
    g_assert_cmpint (cp_agenda_event_compare (event_at (by_store, i), event_at (by_entries, i)), ==, 0);
  g_assert_cmpuint (by_store->n_candidates, ==, 300);
  g_assert_cmpuint (by_store->unreadable->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (by_store->unreadable, 0), "broken.json: "));
  cp_test_remove_folder (folder);
}

/* An empty or backwards window has nothing in it. */
static void
test_empty_window (void)
{
  g_autoptr(CpProfile) worker = profile_from (WORKER);
  g_autoptr(CpAgenda) agenda = agenda_of (worker, "2026-07-31", "2026-06-01");

  g_assert_cmpuint (agenda->events->len, ==, 0);
}

static void
test_kinds (void)
{
  for (CpAgendaKind kind = 0; kind < CP_AGENDA_N_KINDS; kind++)
    {
      CpAgendaKind back;

      g_assert_true (cp_agenda_kind_from_string (cp_agenda_kind_to_string (kind), &back));
      g_assert_cmpint (back, ==, kind);
      g_assert_nonnull (cp_agenda_kind_label (kind));
    }
  g_assert_cmpstr (cp_agenda_kind_to_string (CP_AGENDA_REVIEW_REQUEST), ==, "review_request");
  g_assert_false (cp_agenda_kind_from_string ("deadline", &(CpAgendaKind) { 0 }));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  directory = cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);
  sessions = cp_schedule_merge (pack, NULL, NULL);
  context = cp_agenda_context_new (pack, sessions);

  g_test_add_func ("/agenda/worker-reaches-ten-years", test_worker_reaches_ten_years);
  g_test_add_func ("/agenda/claim-deadline-on-weekend", test_claim_deadline_on_weekend);
  g_test_add_func ("/agenda/claimed-certificate", test_claimed_certificate);
  g_test_add_func ("/agenda/graduate-and-session", test_graduate_and_session);
  g_test_add_func ("/agenda/session-in-another-city", test_session_in_another_city);
  g_test_add_func ("/agenda/session-level-not-open", test_session_level_not_open);
  g_test_add_func ("/agenda/registered", test_registered);
  g_test_add_func ("/agenda/nothing-due", test_nothing_due);
  g_test_add_func ("/agenda/many", test_many);
  g_test_add_func ("/agenda/cancelled", test_cancelled);
  g_test_add_func ("/agenda/store", test_store);
  g_test_add_func ("/agenda/empty-window", test_empty_window);
  g_test_add_func ("/agenda/kinds", test_kinds);

  status = g_test_run ();
  cp_agenda_context_unref (context);
  g_object_unref (pack);
  return status;
}
