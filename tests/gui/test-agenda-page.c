/* test-agenda-page.c: the agenda of a small store of saved candidates,
 * worked by hand; opening an event's candidate; the reminders it sends
 * and withdraws; its exports; "Registered for this session"
 *
 * By hand, from Friday 2026-03-20 for 60 days (to 2026-05-18), with the
 * dates of tests/core/test-agenda.c (seed 004's 2026-04-12 level-3 session
 * in Guangzhou; results and review by the Shenzhen association's rule):
 * - 王小明, a senior-class technician-school graduate in Guangzhou, could
 *   sit it: registration closes 2026-03-23 (Skills Guangdong) and
 *   2026-03-25 (the college's platform), papers are due 2026-03-27, the
 *   exam is 2026-04-12;
 * - 赵六, the same but registered for it: papers 03-27, exam 04-12,
 *   results 04-17, last day for a review 04-24;
 * - 空 has nothing due.
 * Eight events in four weeks (of 03-23: 4; 04-06: 2; 04-13: 1; 04-20: 1),
 * twelve rows. Working days from 03-20: Monday 23 is 1, Wednesday 25 is 3,
 * Friday 27 is 5; Sunday 12 April 14 (two weeks, then Qingming Saturday 4
 * to Monday 6, then Tuesday to Friday); 17 April 19; 24 April 24.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-candidate-store.h"
#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-registered-check.h"
#include "cp-user-sessions.h"
#include "cp-window.h"
#include "../cp-test-folder.h"

#define HEAD "{\"format\": \"certpath-profile\", \"version\": 1, \"occupation\": \"4-04-05-05\", "
#define SESSION "gd-ecommerce-2026-04-12-l3"
#define GRADUATE(name) "\"name\": \"" name "\", \"city\": \"guangzhou\", \"birth_date\": \"2004-09-01\", " \
  "\"education\": [{\"kind\": \"technician_school_senior\", \"related_major\": true, \"assessed\": false, " \
  "\"graduated\": \"2025-07-01\", \"final_year\": false}]"

static CpPolicyPack *pack;

static CpProfile *
profile_from (const char *members)
{
  g_autofree char *json = g_strconcat (HEAD, members, "}", NULL);
  g_autoptr(GError) error = NULL;
  CpProfile *profile = cp_profile_new_from_data (json, -1, "test.json", pack, &error);

  g_assert_no_error (error);
  return profile;
}

static void
save (CpCandidateStore *store,
      const char       *id,
      const char       *members)
{
  g_autoptr(CpProfile) profile = profile_from (members);
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_candidate_store_save (store, id, profile, &error));
  g_assert_no_error (error);
}

static void
updated_cb (CpAgendaModel *model,
            gboolean      *updated)
{
  *updated = TRUE;
}

static gboolean
give_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Until the next computation ends; a minute at most, so that a hang fails
 * rather than blocks the suite. */
static void
wait_for_update (CpAgendaModel *model)
{
  gboolean updated = FALSE;
  gboolean given_up = FALSE;
  guint give_up = g_timeout_add_seconds (60, give_up_cb, &given_up);
  gulong handler = g_signal_connect (model, "updated", G_CALLBACK (updated_cb), &updated);

  while (!updated && !given_up)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (model, handler);
  if (!given_up)
    g_source_remove (give_up);
  g_assert_true (updated);
  g_assert_false (cp_agenda_model_is_busy (model));
  g_assert_null (cp_agenda_model_get_error (model));
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, give_up_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static CpAgendaItem *
item_at (CpAgendaModel *model,
         guint          position)
{
  return g_list_model_get_item (cp_agenda_model_get_items (model), position);
}

static void
assert_week (CpAgendaModel *model,
             guint          position,
             const char    *monday,
             guint          n_events)
{
  g_autoptr(CpAgendaItem) item = item_at (model, position);
  g_autofree char *text = cp_date_format (cp_agenda_item_get_day (item));

  g_assert_true (cp_agenda_item_is_week (item));
  g_assert_cmpstr (text, ==, monday);
  g_assert_cmpuint (cp_agenda_item_get_n_events (item), ==, n_events);
}

static void
assert_event (CpAgendaModel *model,
              guint          position,
              const char    *date,
              const char    *kind,
              const char    *candidate_id,
              int            countdown)
{
  g_autoptr(CpAgendaItem) item = item_at (model, position);
  const CpAgendaEvent *event = cp_agenda_item_get_event (item);
  g_autofree char *text = NULL;

  g_assert_nonnull (event);
  text = cp_date_format (event->date);
  g_assert_cmpstr (text, ==, date);
  g_assert_cmpstr (cp_agenda_kind_to_string (event->kind), ==, kind);
  g_assert_cmpstr (event->candidate_id, ==, candidate_id);
  g_assert_cmpint (cp_agenda_item_get_countdown (item, NULL), ==, countdown);
}

static char *
make_store (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("certpath-agenda-XXXXXX", &error);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);

  g_assert_no_error (error);
  save (store, "wang", GRADUATE ("王小明"));
  save (store, "zhao", GRADUATE ("赵六") ", \"registered_sessions\": [\"" SESSION "\"]");
  save (store, "kong", "\"name\": \"空\"");
  return folder;
}

static guint
count_lines (const char *path,
             const char *prefix)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

static void
test_agenda (void)
{
  g_autofree char *folder = make_store ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  CpWindow *window;
  CpAgendaPage *page;
  CpAgendaModel *model;
  CpReminders *reminders;
  GtkWidget *list_view;
  g_auto(GStrv) ids = NULL;
  g_autofree char *ics = g_build_filename (folder, "agenda.ics", NULL);
  g_autofree char *csv = g_build_filename (folder, "one.csv", NULL);
  g_autofree char *xlsx = g_build_filename (folder, "all", NULL);
  g_autofree char *xlsx_written = g_build_filename (folder, "all.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_settings_set_boolean (settings, "reminders", TRUE);
  g_settings_set_int (settings, "reminder-days", 5);
  g_settings_set_int (settings, "agenda-days", 60);
  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  page = cp_window_get_agenda_page (window);
  model = cp_agenda_page_get_model (page);
  reminders = cp_window_get_reminders (window);
  cp_agenda_model_set_today (model, cp_date_from_ymd (2026, 3, 20));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "agenda");
  /* The agenda starts once the window is on screen. */
  gtk_window_present (GTK_WINDOW (window));
  wait_for_update (model);

  g_assert_cmpuint (g_list_model_get_n_items (cp_agenda_model_get_items (model)), ==, 12);
  assert_week (model, 0, "2026-03-23", 4);
  assert_event (model, 1, "2026-03-23", "registration_closes", "wang", 1);
  assert_event (model, 2, "2026-03-25", "registration_closes", "wang", 3);
  assert_event (model, 3, "2026-03-27", "papers_due", "wang", 5);
  assert_event (model, 4, "2026-03-27", "papers_due", "zhao", 5);
  assert_week (model, 5, "2026-04-06", 2);
  assert_event (model, 6, "2026-04-12", "exam", "wang", 14);
  assert_event (model, 7, "2026-04-12", "exam", "zhao", 14);
  assert_week (model, 8, "2026-04-13", 1);
  assert_event (model, 9, "2026-04-17", "results", "zhao", 19);
  assert_week (model, 10, "2026-04-20", 1);
  assert_event (model, 11, "2026-04-24", "review_request", "zhao", 24);
  g_assert_cmpuint (cp_agenda_shared_get (cp_agenda_model_get_agenda (model))->n_candidates, ==, 3);
  g_assert_cmpuint (cp_agenda_model_get_n_read (model), ==, 3);

  /* Within 5 working days: the first four events, of two candidates. */
  g_assert_cmpuint (g_list_model_get_n_items (cp_reminders_get_pending (reminders)), ==, 4);
  ids = cp_reminders_get_notification_ids (reminders);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, "agenda-wang");
  g_assert_cmpstr (ids[1], ==, "agenda-zhao");
  g_clear_pointer (&ids, g_strfreev);
  /* Within 3: 赵六's papers (5) are no longer due, so withdrawn. */
  g_settings_set_int (settings, "reminder-days", 3);
  g_assert_cmpuint (g_list_model_get_n_items (cp_reminders_get_pending (reminders)), ==, 2);
  ids = cp_reminders_get_notification_ids (reminders);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, "agenda-wang");
  g_clear_pointer (&ids, g_strfreev);
  g_settings_set_boolean (settings, "reminders", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (cp_reminders_get_pending (reminders)), ==, 0);
  ids = cp_reminders_get_notification_ids (reminders);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
  g_clear_pointer (&ids, g_strfreev);
  g_settings_set_boolean (settings, "reminders", TRUE);
  g_settings_set_int (settings, "reminder-days", 5);

  path = cp_gui_test_screenshot (GTK_WINDOW (window), "agenda-events");
  g_test_message ("%s", path);

  /* Every event with its reminder, as iCalendar; every event as a table. */
  g_assert_true (cp_agenda_page_export (page, "ics-all", ics, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_lines (ics, "BEGIN:VEVENT"), ==, 8);
  g_assert_cmpuint (count_lines (ics, "BEGIN:VALARM"), ==, 8);
  g_assert_true (cp_agenda_page_export (page, "table-all", xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx_written, G_FILE_TEST_EXISTS));

  /* Activating 王小明's first event opens him. */
  list_view = cp_gui_walk_find (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW, NULL);
  g_assert_nonnull (list_view);
  g_signal_emit_by_name (list_view, "activate", 1);
  g_assert_cmpstr (cp_profile_get_name (cp_window_get_profile (window)), ==, "王小明");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (cp_window_get_stack (window)), ==, "eligibility");
  /* A week's heading opens nothing. */
  g_signal_emit_by_name (list_view, "activate", 5);
  g_assert_cmpstr (cp_profile_get_name (cp_window_get_profile (window)), ==, "王小明");

  /* His own agenda: a header and his four events (CSV with a BOM). */
  g_assert_true (cp_agenda_page_export (page, "table-one", csv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_lines (csv, ""), ==, 5 + 1);

  /* Marked registered and saved: the folder changes, the agenda follows.
   * He now has results (04-17) and a review (04-24) and no registration
   * left to close: 8 - 2 + 2 events, in the same four weeks. */
  cp_profile_set_registered (cp_window_get_profile (window), SESSION, TRUE);
  cp_profile_changed (cp_window_get_profile (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_for_update (model);
  /* Only the file saved is read again. */
  g_assert_cmpuint (cp_agenda_model_get_n_read (model), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cp_agenda_model_get_items (model)), ==, 12);
  assert_week (model, 0, "2026-03-23", 2);
  assert_event (model, 1, "2026-03-27", "papers_due", "wang", 5);
  assert_week (model, 6, "2026-04-13", 2);
  assert_event (model, 7, "2026-04-17", "results", "wang", 19);

  /* Another folder while a large one is being read: the large one's
   * agenda, which ends later, is never shown. */
  {
    g_autofree char *large = g_dir_make_tmp ("certpath-agenda-XXXXXX", NULL);
    g_autofree char *other = g_dir_make_tmp ("certpath-agenda-XXXXXX", NULL);
    g_autoptr(CpCandidateStore) large_store = cp_candidate_store_new (large, pack);
    g_autoptr(CpCandidateStore) store = cp_candidate_store_new (other, pack);

    for (guint i = 0; i < 400; i++)
      {
        g_autofree char *id = g_strdup_printf ("graduate-%u", i);
        save (large_store, id, GRADUATE ("王小明"));
      }
    save (store, "kong", "\"name\": \"空\"");
    cp_agenda_model_set_directory (model, large);
    g_assert_true (cp_agenda_model_is_busy (model));
    cp_agenda_model_set_directory (model, other);
    wait_for_update (model);
    g_assert_cmpuint (cp_agenda_shared_get (cp_agenda_model_get_agenda (model))->n_candidates, ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (cp_agenda_model_get_items (model)), ==, 0);
    /* Time for the first folder's thread to end and its answer to come. */
    run_for (1000);
    g_assert_cmpuint (cp_agenda_shared_get (cp_agenda_model_get_agenda (model))->n_candidates, ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (cp_reminders_get_pending (reminders)), ==, 0);
    cp_test_remove_folder (other);
    cp_test_remove_folder (large);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  cp_test_remove_folder (folder);
}

/* One's own session (a copy of the 2026-04-12 one, five weeks later,
 * entered by hand) reaches the agenda as the Exam calendar shows it: for
 * 王小明, from 2026-03-20 over 60 days (to 05-18), registration closes
 * 04-24 and 04-27, papers 04-29, the exam 05-17. */
static gboolean
has_event (CpAgendaModel *model,
           const char    *session,
           const char    *kind,
           const char    *date)
{
  GListModel *items = cp_agenda_model_get_items (model);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CpAgendaItem) item = g_list_model_get_item (items, i);
      const CpAgendaEvent *event = cp_agenda_item_get_event (item);
      g_autofree char *text = event != NULL ? cp_date_format (event->date) : NULL;

      if (event != NULL && event->session != NULL
          && g_strcmp0 (json_object_get_string_member (event->session, "id"), session) == 0
          && g_strcmp0 (cp_agenda_kind_to_string (event->kind), kind) == 0 && g_strcmp0 (text, date) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_own_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-agenda-XXXXXX", &error);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autoptr(CpUserSessions) own = cp_user_sessions_new (g_getenv ("CERTPATH_OWN_SESSIONS_DIR"), pack);
  JsonArray *bundled = cp_policy_pack_get_records (pack, "exams.json", "sessions");
  /* A copy of its own: json_node_copy () would share the pack's object. */
  g_autofree char *text = json_to_string (json_array_get_element (bundled, 0), FALSE);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);
  JsonObject *session = json_node_get_object (copy);
  JsonArray *registration = json_object_get_array_member (session, "registration");
  CpWindow *window;
  CpAgendaModel *model;
  guint waited = 0;

  save (store, "wang", GRADUATE ("王小明"));
  json_object_set_string_member (session, "id", "own-2026-05-17-l3");
  json_object_set_string_member (session, "exam_date", "2026-05-17");
  json_object_set_string_member (json_array_get_object_element (registration, 0), "closes", "2026-04-24");
  json_object_set_string_member (json_array_get_object_element (registration, 1), "closes", "2026-04-27");
  json_object_set_string_member (session, "papers_due", "2026-04-29");
  g_assert_true (cp_user_sessions_load (own, &error));
  g_assert_no_error (error);
  g_assert_true (cp_user_sessions_add (own, CP_USER_SESSION, session, CP_USER_ORIGIN_HAND, &error));
  g_assert_no_error (error);

  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  model = cp_agenda_page_get_model (cp_window_get_agenda_page (window));
  cp_agenda_model_set_today (model, cp_date_from_ymd (2026, 3, 20));
  gtk_window_present (GTK_WINDOW (window));
  /* The calendar is built after the first frame; the agenda follows it. */
  while (!has_event (model, "own-2026-05-17-l3", "exam", "2026-05-17") && waited++ < 600)
    run_for (100);
  g_assert_true (has_event (model, "own-2026-05-17-l3", "exam", "2026-05-17"));
  g_assert_true (has_event (model, "own-2026-05-17-l3", "registration_closes", "2026-04-24"));
  g_assert_true (has_event (model, "own-2026-05-17-l3", "registration_closes", "2026-04-27"));
  g_assert_true (has_event (model, "own-2026-05-17-l3", "papers_due", "2026-04-29"));
  /* And the bundled session's, as before. */
  g_assert_true (has_event (model, SESSION, "registration_closes", "2026-03-23"));

  gtk_window_destroy (GTK_WINDOW (window));
  cp_test_remove_folder (folder);
}

/* Ten candidates with registration closing in 1 working day: the first
 * eight (by id, all else being equal) have a notification each, the last
 * two one summary. */
static void
test_many_reminders (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-agenda-XXXXXX", &error);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  g_autoptr(CpAgendaModel) model = cp_agenda_model_new (pack);
  g_autoptr(CpReminders) reminders = NULL;
  g_auto(GStrv) ids = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("g%u", i);
      save (store, id, GRADUATE ("王小明"));
    }
  g_settings_set_boolean (settings, "reminders", TRUE);
  g_settings_set_int (settings, "reminder-days", 1);
  reminders = cp_reminders_new (NULL, settings, model, pack);
  cp_agenda_model_set_today (model, cp_date_from_ymd (2026, 3, 20));
  cp_agenda_model_set_directory (model, folder);
  wait_for_update (model);

  g_assert_cmpuint (g_list_model_get_n_items (cp_reminders_get_pending (reminders)), ==, 10);
  ids = cp_reminders_get_notification_ids (reminders);
  g_assert_cmpuint (g_strv_length (ids), ==, 9);
  g_assert_cmpstr (ids[0], ==, "agenda-g0");
  g_assert_cmpstr (ids[7], ==, "agenda-g7");
  g_assert_cmpstr (ids[8], ==, "agenda-more");
  g_settings_set_int (settings, "reminder-days", 5);
  cp_agenda_model_set_directory (model, NULL);
  cp_test_remove_folder (folder);
}

/* Nothing saved yet: the folder does not exist. The first save makes it,
 * and the agenda follows that save and the next. */
static void
test_first_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_dir_make_tmp ("certpath-agenda-XXXXXX", &error);
  g_autofree char *folder = g_build_filename (parent, "candidates", NULL);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autoptr(CpAgendaModel) model = cp_agenda_model_new (pack);

  g_assert_no_error (error);
  cp_agenda_model_set_today (model, cp_date_from_ymd (2026, 3, 20));
  cp_agenda_model_set_directory (model, folder);
  wait_for_update (model);
  g_assert_cmpuint (cp_agenda_shared_get (cp_agenda_model_get_agenda (model))->n_candidates, ==, 0);

  save (store, "wang", GRADUATE ("王小明"));
  wait_for_update (model);
  g_assert_cmpuint (cp_agenda_shared_get (cp_agenda_model_get_agenda (model))->n_candidates, ==, 1);
  save (store, "zhao", GRADUATE ("赵六"));
  wait_for_update (model);
  g_assert_cmpuint (cp_agenda_shared_get (cp_agenda_model_get_agenda (model))->n_candidates, ==, 2);
  /* Four events each, in two weeks: 8 + 2 rows. */
  g_assert_cmpuint (g_list_model_get_n_items (cp_agenda_model_get_items (model)), ==, 10);

  cp_agenda_model_set_directory (model, NULL);
  cp_test_remove_folder (folder);
  g_rmdir (parent);
}

static void
count_changed (gboolean *changed)
{
  *changed = TRUE;
}

/* The check follows the candidate and the session it is shown for, and
 * marks the candidate when toggled. */
static void
test_registered_check (void)
{
  g_autoptr(CpProfile) wang = profile_from (GRADUATE ("王小明"));
  g_autoptr(CpProfile) zhao = profile_from (GRADUATE ("赵六") ", \"registered_sessions\": [\"" SESSION "\"]");
  CpRegisteredCheck *check = CP_REGISTERED_CHECK (g_object_ref_sink (cp_registered_check_new ()));
  gboolean changed = FALSE;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (check)));
  g_signal_connect_swapped (wang, "changed", G_CALLBACK (count_changed), &changed);
  cp_registered_check_set (check, wang, SESSION);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (check)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  /* Showing a candidate is no change to them. */
  g_assert_false (changed);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (cp_profile_get_registered (wang, SESSION));
  g_assert_true (changed);

  cp_registered_check_set_profile (check, zhao);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_false (cp_profile_get_registered (zhao, SESSION));
  g_assert_true (cp_profile_get_registered (wang, SESSION));

  cp_registered_check_set (check, zhao, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (check)));
  g_object_unref (check);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/agenda/store", test_agenda);
  g_test_add_func ("/agenda/many-reminders", test_many_reminders);
  g_test_add_func ("/agenda/own-session", test_own_session);
  g_test_add_func ("/agenda/first-save", test_first_save);
  g_test_add_func ("/agenda/registered-check", test_registered_check);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
