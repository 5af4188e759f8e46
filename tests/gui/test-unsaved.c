/* test-unsaved.c: nothing typed is lost
 *
 * Every way away from a candidate with changes asks Save / Discard /
 * Cancel and does what was chosen; a candidate left as it was opened asks
 * nothing; a failed save keeps the candidate; a draft written after an
 * edit is offered back by the next window (as after a kill); delete and
 * undo bring back the very same file; `certpath FILE.json` opens it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cp-application.h"
#include "cp-candidate-editor.h"
#include "cp-candidate-list.h"
#include "cp-candidate-store.h"
#include "cp-draft-store.h"
#include "cp-gui-test-util.h"
#include "cp-roster-window.h"
#include "cp-window.h"
#include "pages/cp-eligibility-page.h"

static CpPolicyPack *pack;

/* ---------- Helpers ---------- */

static char *
make_folder (const char *template)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return folder;
}

/* A window over its own candidates folder, on screen. */
static CpWindow *
open_window (const char *candidates)
{
  CpWindow *window;

  g_setenv ("CERTPATH_CANDIDATES_DIR", candidates, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
type_name (CpWindow   *window,
           const char *name)
{
  CpProfile *profile = cp_window_get_profile (window);

  cp_profile_set_name (profile, name);
  cp_profile_changed (profile);
}

static const char *
current_name (CpWindow *window)
{
  const char *name = cp_profile_get_name (cp_window_get_profile (window));

  return name != NULL ? name : "";
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The question on screen, if any. */
static AdwMessageDialog *
find_question (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static AdwMessageDialog *
wait_for_question (void)
{
  AdwMessageDialog *dialog;
  g_autoptr(GTimer) timer = g_timer_new ();

  /* A generous cap on a busy machine; the question usually is there at once. */
  while ((dialog = find_question ()) == NULL && g_timer_elapsed (timer, NULL) < 20)
    g_main_context_iteration (NULL, FALSE);
  return dialog;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_assert_nonnull (dialog);
  /* As a click does: the question closes, then answers. */
  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  adw_message_dialog_response (dialog, response);
  g_object_unref (dialog);
  spin ();
  g_assert_null (find_question ());
}

static guint
count_files (const char *folder,
             const char *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint count = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    count += g_str_has_suffix (name, suffix);
  return count;
}

static char *
first_file (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  /* The store's own index is no candidate. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".json"))
      return g_build_filename (folder, name, NULL);
  return NULL;
}

static char *
first_id (const char *folder)
{
  g_autofree char *path = first_file (folder);
  g_autofree char *base = NULL;

  g_assert_nonnull (path);
  base = g_path_get_basename (path);
  return g_strndup (base, strlen (base) - strlen (".json"));
}

static char *
saved_name (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_file (path, pack, &error);

  g_assert_no_error (error);
  return g_strdup (cp_profile_get_name (profile));
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_remove (path);
    }
  g_rmdir (folder);
}

static CpCandidateList *
candidate_list (CpWindow *window)
{
  return CP_CANDIDATE_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "candidate_list"));
}

/* ---------- Unchanged asks nothing ---------- */

static void
test_unchanged (void)
{
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  CpWindow *window = open_window (folder);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  /* A new window, a file opened and not touched, a saved candidate picked
   * from the list and not touched: nothing to ask. */
  g_assert_false (cp_window_has_unsaved_changes (window));
  g_assert_true (cp_window_open_file (window, file));
  g_assert_null (find_question ());
  name = saved_name (example);
  g_assert_cmpstr (current_name (window), ==, name);
  g_assert_false (cp_window_has_unsaved_changes (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_null (find_question ());
  g_assert_cmpstr (current_name (window), ==, "");

  id = first_id (folder);
  g_signal_emit_by_name (candidate_list (window), "candidate-activated", id);
  g_assert_null (find_question ());
  g_assert_cmpstr (current_name (window), ==, name);
  g_assert_false (cp_window_has_unsaved_changes (window));

  /* Changed and typed back as it was: nothing to save either. */
  type_name (window, "王小");
  g_assert_true (cp_window_has_unsaved_changes (window));
  type_name (window, name);
  g_assert_false (cp_window_has_unsaved_changes (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_null (find_question ());

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

/* ---------- Every way away asks ---------- */

static CpRosterWindow *
find_roster_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CP_IS_ROSTER_WINDOW (l->data))
      return l->data;
  return NULL;
}

typedef struct
{
  CpWindow   *window;
  char       *folder;
  char       *other_id;      /* a saved candidate, 张三 */
  char       *example;       /* a candidate's file elsewhere */
  char       *example_name;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CpCandidateStore) store = NULL;
  g_autoptr(CpProfile) zhang = cp_profile_new ();
  g_autoptr(GError) error = NULL;

  fixture->folder = make_folder ("certpath-candidates-XXXXXX");
  store = cp_candidate_store_new (fixture->folder, pack);
  cp_profile_set_name (zhang, "张三");
  cp_profile_set_birth_date (zhang, cp_date_from_ymd (1992, 8, 15));
  fixture->other_id = cp_candidate_store_new_id (store);
  g_assert_true (cp_candidate_store_save (store, fixture->other_id, zhang, &error));
  g_assert_no_error (error);
  fixture->example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  fixture->example_name = saved_name (fixture->example);
  fixture->window = open_window (fixture->folder);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  CpRosterWindow *roster_window = find_roster_window ();

  if (roster_window != NULL)
    gtk_window_destroy (GTK_WINDOW (roster_window));
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin ();
  remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->other_id);
  g_free (fixture->example);
  g_free (fixture->example_name);
}

static void
leave_by_new (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
}

static void
leave_by_open (Fixture *fixture)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->example);

  g_assert_true (cp_window_open_file (fixture->window, file));
}

static void
leave_by_saved (Fixture *fixture)
{
  g_signal_emit_by_name (candidate_list (fixture->window), "candidate-activated", fixture->other_id);
}

static void
leave_by_roster_row (Fixture *fixture)
{
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "..", "data", "rosters", "class-30.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) row = cp_profile_new ();
  CpRosterWindow *roster_window = find_roster_window ();

  if (roster_window == NULL)
    {
      g_assert_true (cp_window_open_roster (fixture->window, roster, &error));
      g_assert_no_error (error);
      roster_window = find_roster_window ();
    }
  cp_profile_set_name (row, "王五");
  cp_profile_set_birth_date (row, cp_date_from_ymd (1995, 3, 1));
  g_signal_emit_by_name (roster_window, "open-candidate", row);
}

static void
leave_by_close (Fixture *fixture)
{
  gtk_window_close (GTK_WINDOW (fixture->window));
}

static void
test_each_way_away (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct
  {
    const char *way;
    void      (*leave) (Fixture *fixture);
    const char *then;   /* the candidate after leaving; NULL: the example; "": a new one */
  } ways[] = {
    { "new", leave_by_new, "" },
    { "open", leave_by_open, NULL },
    { "saved candidate", leave_by_saved, "张三" },
    { "roster row", leave_by_roster_row, "王五" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      const char *then = ways[i].then != NULL ? ways[i].then : fixture->example_name;
      g_autofree char *name = i == 0 ? g_strdup ("陈老五") : g_strdup_printf ("陈老五 %u", i);
      AdwMessageDialog *dialog;
      guint saved_before = count_files (fixture->folder, ".json");

      g_test_message ("leaving by %s", ways[i].way);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
      type_name (fixture->window, name);

      /* Asked, naming the candidate; Cancel keeps everything. */
      ways[i].leave (fixture);
      dialog = find_question ();
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
      if (i == 0)
        {
          g_autofree char *path = cp_gui_test_screenshot (GTK_WINDOW (dialog), "unsaved-changes");
          g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
        }
      answer (dialog, "cancel");
      g_assert_cmpstr (current_name (fixture->window), ==, name);
      g_assert_true (cp_window_has_unsaved_changes (fixture->window));
      g_assert_cmpuint (count_files (fixture->folder, ".json"), ==, saved_before);

      /* Save: saved, then gone where it was going. */
      ways[i].leave (fixture);
      answer (find_question (), "save");
      g_assert_cmpuint (count_files (fixture->folder, ".json"), ==, saved_before + 1);
      g_assert_cmpstr (current_name (fixture->window), ==, then);
      g_assert_false (cp_window_has_unsaved_changes (fixture->window));

      /* Discard: nothing saved, gone all the same. */
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
      type_name (fixture->window, "赵六");
      ways[i].leave (fixture);
      answer (find_question (), "discard");
      g_assert_cmpuint (count_files (fixture->folder, ".json"), ==, saved_before + 1);
      g_assert_cmpstr (current_name (fixture->window), ==, then);
    }
}

static void
test_close (Fixture       *fixture,
            gconstpointer  data)
{
  type_name (fixture->window, "陈老五");

  /* Cancel: the window stays, with its changes. */
  leave_by_close (fixture);
  answer (find_question (), "cancel");
  g_assert_nonnull (fixture->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (cp_window_has_unsaved_changes (fixture->window));

  /* Save: saved, and the window closes. */
  leave_by_close (fixture);
  answer (find_question (), "save");
  g_assert_null (fixture->window);
  g_assert_cmpuint (count_files (fixture->folder, ".json"), ==, 2);
}

static void
test_close_discard (Fixture       *fixture,
                    gconstpointer  data)
{
  type_name (fixture->window, "陈老五");
  leave_by_close (fixture);
  answer (find_question (), "discard");
  g_assert_null (fixture->window);
  g_assert_cmpuint (count_files (fixture->folder, ".json"), ==, 1);
}

/* ---------- A save that fails ---------- */

static void
test_save_fails (void)
{
  /* A folder that can never be made: every save fails. */
  CpWindow *window = open_window ("/dev/null/candidates");

  type_name (window, "陈老五");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  answer (find_question (), "save");
  /* Still here, still unsaved: the toast said why. */
  g_assert_cmpstr (current_name (window), ==, "陈老五");
  g_assert_true (cp_window_has_unsaved_changes (window));

  /* Closed for good, leaving no draft behind. */
  gtk_window_close (GTK_WINDOW (window));
  answer (find_question (), "discard");
}

static GtkEditable *
editor_row (CpWindow   *window,
            const char *name)
{
  CpEligibilityPage *eligibility = CP_ELIGIBILITY_PAGE (adw_view_stack_get_child_by_name (cp_window_get_stack (window),
                                                                                        "eligibility"));
  GObject *row = gtk_widget_get_template_child (GTK_WIDGET (cp_eligibility_page_get_editor (eligibility)),
                                                CP_TYPE_CANDIDATE_EDITOR, name);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static void
test_save_blocked (void)
{
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  CpWindow *window = open_window (folder);

  /* Typed as a person does; a date shown in red blocks Save from the
   * question as it blocks Ctrl+S: nothing is written and the candidate
   * stays. */
  gtk_editable_set_text (editor_row (window, "name_row"), "陈老五");
  gtk_editable_set_text (editor_row (window, "birth_row"), "2023-02-30");
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  answer (find_question (), "save");
  g_assert_cmpuint (count_files (folder, ".json"), ==, 0);
  g_assert_cmpstr (current_name (window), ==, "陈老五");
  g_assert_true (cp_window_has_unsaved_changes (window));

  gtk_window_close (GTK_WINDOW (window));
  answer (find_question (), "discard");
  remove_folder (folder);
}

/* ---------- Drafts ---------- */

/* A drafts folder of the test's own, for the windows opened next. */
static char *
fresh_drafts_folder (void)
{
  char *drafts = make_folder ("certpath-drafts-XXXXXX");

  g_setenv ("CERTPATH_DRAFTS_DIR", drafts, TRUE);
  return drafts;
}

static char *
wait_for_draft (const char *drafts)
{
  g_autoptr(GTimer) timer = g_timer_new ();

  /* Written a couple of seconds after the edit; the cap is generous. */
  while (count_files (drafts, ".json") == 0 && g_timer_elapsed (timer, NULL) < 30)
    g_main_context_iteration (NULL, count_files (drafts, ".json") == 0);
  return first_file (drafts);
}

static void
test_draft_offered_back (void)
{
  g_autofree char *drafts = fresh_drafts_folder ();
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  CpWindow *window = open_window (folder);
  CpWindow *second;
  AdwMessageDialog *dialog;
  g_autofree char *draft = NULL;
  g_autofree char *saved_id = NULL;
  g_autofree char *saved_again = NULL;
  GStatBuf buf;


  /* 陈老五 is saved, then changed and not saved again. */
  type_name (window, "陈老五");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  saved_id = first_id (folder);
  cp_profile_set_training_hours (cp_window_get_profile (window), 64);
  cp_profile_changed (cp_window_get_profile (window));

  draft = wait_for_draft (drafts);
  g_assert_nonnull (draft);
  g_assert_cmpint (g_stat (draft, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* A second window while the first is alive does not offer its draft. */
  second = open_window (folder);
  spin ();
  g_assert_null (find_question ());
  gtk_window_destroy (GTK_WINDOW (second));

  /* Gone without closing, as after a kill: the draft stays... */
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* ...and the next window offers it back, naming him. */
  window = open_window (folder);
  dialog = wait_for_question ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "陈老五"));
  {
    g_autofree char *path = cp_gui_test_screenshot (GTK_WINDOW (dialog), "draft-recovered");
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  answer (dialog, "restore");
  g_assert_cmpstr (current_name (window), ==, "陈老五");
  g_assert_cmpint (cp_profile_get_training_hours (cp_window_get_profile (window)), ==, 64);
  g_assert_true (cp_window_has_unsaved_changes (window));

  /* Saved into the same file it came from (its store id came back too);
   * the draft is gone. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_cmpuint (count_files (folder, ".json"), ==, 1);
  saved_again = first_id (folder);
  g_assert_cmpstr (saved_again, ==, saved_id);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_false (cp_window_has_unsaved_changes (window));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_cmpuint (count_files (drafts, ".json"), ==, 0);
  remove_folder (folder);
  remove_folder (drafts);
}

static void
test_draft_discarded (void)
{
  g_autofree char *drafts = fresh_drafts_folder ();
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  CpWindow *window = open_window (folder);
  g_autofree char *draft = NULL;

  type_name (window, "李四");
  draft = wait_for_draft (drafts);
  g_assert_nonnull (draft);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  window = open_window (folder);
  answer (wait_for_question (), "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (current_name (window), ==, "");
  g_assert_false (cp_window_has_unsaved_changes (window));

  /* Discarding the question about leaving removes the draft too. */
  type_name (window, "李四");
  g_free (draft);
  draft = wait_for_draft (drafts);
  g_assert_nonnull (draft);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  answer (find_question (), "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
  remove_folder (drafts);
}

/* ---------- Delete and undo ---------- */

static void
test_delete_undo (void)
{
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  CpWindow *window = open_window (folder);
  CpCandidateList *list = candidate_list (window);
  GtkPopover *popover = GTK_POPOVER (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW,
                                                                    "candidates_popover"));
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *screenshot = NULL;
  g_autoptr(GError) error = NULL;

  type_name (window, "张三");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  type_name (window, "陈老五");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_cmpuint (count_files (folder, ".json"), ==, 2);

  /* Deleted from the open list: the row goes at once. */
  gtk_popover_popup (popover);
  spin ();
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 2);
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (folder, name, NULL);
        g_autofree char *saved = NULL;

        /* The store's own index is no candidate. */
        if (name[0] == '.')
          continue;
        saved = saved_name (file);
        if (g_str_equal (saved, "陈老五"))
          path = g_steal_pointer (&file);
      }
  }
  g_assert_nonnull (path);
  g_assert_true (g_file_get_contents (path, &before, NULL, &error));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 1);
  g_assert_cmpstr (current_name (window), ==, "");
  gtk_popover_popdown (popover);
  screenshot = cp_gui_test_screenshot (GTK_WINDOW (window), "delete-undo-toast");
  g_assert_true (g_file_test (screenshot, G_FILE_TEST_EXISTS));

  /* Undo: the same bytes, and he is current again. */
  gtk_popover_popup (popover);
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL);
  g_assert_null (find_question ());
  g_assert_true (g_file_get_contents (path, &after, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (current_name (window), ==, "陈老五");
  g_assert_false (cp_window_has_unsaved_changes (window));
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 2);

  /* Current again means saved again into the same file, not a third. */
  cp_profile_set_training_hours (cp_window_get_profile (window), 8);
  cp_profile_changed (cp_window_get_profile (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_cmpuint (count_files (folder, ".json"), ==, 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_popover_popdown (popover);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

static void
test_undo_asks_first (void)
{
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  CpWindow *window = open_window (folder);

  type_name (window, "陈老五");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  g_assert_cmpuint (count_files (folder, ".json"), ==, 0);

  /* Typing into the fresh candidate, then Undo: the file is back at once,
   * and leaving the new typing is asked about. */
  type_name (window, "李四");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL);
  g_assert_cmpuint (count_files (folder, ".json"), ==, 1);
  answer (find_question (), "cancel");
  g_assert_cmpstr (current_name (window), ==, "李四");

  gtk_window_close (GTK_WINDOW (window));
  answer (find_question (), "discard");
  remove_folder (folder);
}

/* ---------- The application ---------- */

static CpWindow *
find_candidate_window (GtkApplication *application)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (CP_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
test_application (void)
{
  g_autofree char *folder = make_folder ("certpath-candidates-XXXXXX");
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "bad-end-before-start.json", NULL);
  g_autofree char *name = saved_name (example);
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "..", "data", "rosters", "class-30.csv", NULL);
  g_autoptr(CpApplication) application = cp_application_new ();
  g_autoptr(GError) error = NULL;
  GFile *files[2];
  CpWindow *window;

  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_application_get_flags (G_APPLICATION (application)) & G_APPLICATION_HANDLES_OPEN);

  /* `certpath FILE.json` with no window: a window with that candidate. */
  files[0] = g_file_new_for_path (example);
  g_application_open (G_APPLICATION (application), files, 1, "");
  window = find_candidate_window (GTK_APPLICATION (application));
  g_assert_nonnull (window);
  g_assert_cmpstr (current_name (window), ==, name);

  /* A broken file keeps the candidate (the toast says why); with changes,
   * a good one asks first. */
  files[1] = g_file_new_for_path (broken);
  g_application_open (G_APPLICATION (application), &files[1], 1, "");
  g_assert_null (find_question ());
  g_assert_cmpstr (current_name (window), ==, name);
  type_name (window, "陈老五");
  g_application_open (G_APPLICATION (application), files, 1, "");
  g_assert_true (find_candidate_window (GTK_APPLICATION (application)) == window);
  answer (find_question (), "cancel");
  g_assert_cmpstr (current_name (window), ==, "陈老五");

  /* Quit (Ctrl+Q) asks too; Cancel keeps the window and its roster,
   * Discard ends both: no window is left to keep the app running. */
  g_assert_true (cp_window_open_roster (window, roster, &error));
  g_assert_nonnull (find_roster_window ());
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  answer (find_question (), "cancel");
  g_assert_true (find_candidate_window (GTK_APPLICATION (application)) == window);
  g_assert_nonnull (find_roster_window ());
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  answer (find_question (), "discard");
  g_assert_null (find_candidate_window (GTK_APPLICATION (application)));
  g_assert_null (find_roster_window ());
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
  g_assert_cmpuint (count_files (folder, ".json"), ==, 0);

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  remove_folder (folder);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/unsaved/unchanged-asks-nothing", test_unchanged);
  g_test_add ("/unsaved/each-way-away", Fixture, NULL, fixture_set_up, test_each_way_away, fixture_tear_down);
  g_test_add ("/unsaved/close", Fixture, NULL, fixture_set_up, test_close, fixture_tear_down);
  g_test_add ("/unsaved/close-discard", Fixture, NULL, fixture_set_up, test_close_discard, fixture_tear_down);
  g_test_add_func ("/unsaved/save-fails", test_save_fails);
  g_test_add_func ("/unsaved/save-blocked", test_save_blocked);
  g_test_add_func ("/unsaved/draft-offered-back", test_draft_offered_back);
  g_test_add_func ("/unsaved/draft-discarded", test_draft_discarded);
  g_test_add_func ("/unsaved/delete-undo", test_delete_undo);
  g_test_add_func ("/unsaved/undo-asks-first", test_undo_asks_first);
  g_test_add_func ("/unsaved/application", test_application);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
