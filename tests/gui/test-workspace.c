/* test-workspace.c: saved candidates drive every tab; a class roster of 30;
 * the saved list searched, opened with Enter, updated by a delete and by a
 * sync tool's conflict copy; 20 000 saved candidates on screen
 *
 * By hand: 张三 is insured in Zhuhai and may take level 5 only (1000);
 * 李四 has no link to any city (nothing). Switching between them changes
 * the Subsidy tab's figure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-candidate-list.h"
#include "cp-gui-test-util.h"
#include "cp-roster-window.h"
#include "cp-window.h"
#include "pages/cp-subsidy-page.h"
#include "../cp-test-folder.h"

static CpPolicyPack *pack;

static CpRosterWindow *roster_window;

static void
fill (CpProfile  *profile,
      const char *name,
      const char *insured)
{
  cp_profile_set_name (profile, name);
  cp_profile_set_birth_date (profile, cp_date_from_ymd (1992, 8, 15));
  cp_profile_set_city (profile, "zhuhai");
  cp_profile_set_link_city (profile, "insured_city", insured);
  cp_profile_changed (profile);
}

static void
find_roster_window (gpointer window,
                    gpointer user_data)
{
  if (CP_IS_ROSTER_WINDOW (window))
    roster_window = window;
}

static void
test_switch_candidates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-candidates-XXXXXX", &error);
  CpWindow *window;
  CpSubsidyPage *subsidy;
  CpCandidateList *list;
  /* 张三, insured in Zhuhai with no work entered, may take level 5 only:
   * the planned certificate starts there, 1000 yuan (seed 002's class A;
   * no uplift below level 3). It was 3120 for level 3 before issue 14. */
  g_autofree char *expected = g_strdup_printf (_("%d yuan"), 1000);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CpCandidateStore) store = NULL;
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "..", "data", "rosters", "class-30.csv", NULL);
  g_autofree char *path = NULL;
  const char *zhang_id = NULL;

  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  subsidy = CP_SUBSIDY_PAGE (adw_view_stack_get_child_by_name (cp_window_get_stack (window), "subsidy"));
  cp_subsidy_page_set_day (subsidy, cp_date_from_ymd (2025, 7, 1));

  fill (cp_window_get_profile (window), "张三", "zhuhai");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  cp_subsidy_page_set_day (subsidy, cp_date_from_ymd (2025, 7, 1));
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (subsidy), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  fill (cp_window_get_profile (window), "李四", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  cp_subsidy_page_set_day (subsidy, cp_date_from_ymd (2025, 7, 1));
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (subsidy), ==, _("Not eligible: nothing is payable"));

  /* Both are saved, readable by the user only. */
  store = cp_candidate_store_new (folder, pack);
  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (cp_profile_get_name (((CpCandidateEntry *) g_ptr_array_index (entries, i))->profile), "张三"))
      zhang_id = ((CpCandidateEntry *) g_ptr_array_index (entries, i))->id;
  g_assert_nonnull (zhang_id);

  /* Picking 张三 in the list brings every tab back to him. */
  list = CP_CANDIDATE_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "candidate_list"));
  cp_candidate_list_show (list, store, NULL);
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 2);
  g_signal_emit_by_name (list, "candidate-activated", zhang_id);
  g_assert_cmpstr (cp_profile_get_name (cp_window_get_profile (window)), ==, "张三");
  cp_subsidy_page_set_day (subsidy, cp_date_from_ymd (2025, 7, 1));
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (subsidy), ==, expected);

  /* Deleted: gone from the folder (the toast offers to undo). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 1);

  /* A class of 30 opens in its own window, a row each. */
  g_assert_true (cp_window_open_roster (window, roster, &error));
  g_assert_no_error (error);
  g_list_foreach (gtk_window_list_toplevels (), find_roster_window, NULL);
  g_assert_nonnull (roster_window);
  g_assert_cmpuint (g_list_model_get_n_items (cp_roster_window_get_rows (roster_window)), ==, 30);
  path = cp_gui_test_screenshot (GTK_WINDOW (roster_window), "roster");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (roster_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------- The saved list ---------- */

static void
put (const char *folder,
     const char *id,
     const char *name,
     const char *birth_date,
     const char *city)
{
  g_autofree char *file_name = g_strconcat (id, ".json", NULL);
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autofree char *json = g_strdup_printf ("{\"format\": \"certpath-profile\", \"version\": 1, \"name\": \"%s\","
                                           " \"birth_date\": \"%s\", \"city\": \"%s\"}", name, birth_date, city);
  g_autoptr(GError) error = NULL;

  /* Thousands of them: no temporary file and rename each. */
  g_file_set_contents_full (path, json, -1, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Types @text into the search and waits (at most 10 s, a bound rather than
 * a measure) until @n_visible rows are left. */
static void
search (CpCandidateList *list,
        const char      *text,
        guint            n_visible)
{
  GObject *entry = gtk_widget_get_template_child (GTK_WIDGET (list), CP_TYPE_CANDIDATE_LIST, "search_entry");
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (10, timed_out_cb, &timed_out);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (cp_candidate_list_count_visible (list) != n_visible && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, n_visible);
}

static void
press_enter (CpCandidateList *list)
{
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (list), CP_TYPE_CANDIDATE_LIST, "search_entry"),
                         "activate");
}

/* Down in the search, as the key would. */
static void
press_down (CpCandidateList *list)
{
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (list), CP_TYPE_CANDIDATE_LIST,
                                                                "search_entry"));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static GListModel *
shown_rows (CpCandidateList *list)
{
  GtkListView *view = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (list), CP_TYPE_CANDIDATE_LIST,
                                                                    "list_view"));
  return G_LIST_MODEL (gtk_list_view_get_model (view));
}

static guint
find_shown (CpCandidateList *list,
            const char      *id)
{
  for (guint i = 0; i < cp_candidate_list_count_visible (list); i++)
    if (g_str_equal (cp_candidate_summary_get_id (cp_candidate_list_get_shown (list, i)), id))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
shown_with_conflict (CpCandidateList *list,
                     const char      *id)
{
  guint position = find_shown (list, id);

  return position != GTK_INVALID_LIST_POSITION
         && cp_candidate_summary_has_conflict (cp_candidate_list_get_shown (list, position));
}

static void
find_message_dialog (gpointer window,
                     gpointer user_data)
{
  if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
    *(AdwMessageDialog **) user_data = window;
}

static void
test_saved_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-candidates-XXXXXX", &error);
  const char *copy_id = "b (conflicted copy 2026-12-01 101112)";
  g_autoptr(GList) toplevels = NULL;
  AdwMessageDialog *dialog = NULL;
  CpCandidateList *list;
  GtkPopover *popover;
  CpWindow *window;
  CpProfile *profile;
  gboolean timed_out = FALSE;
  guint source;

  /* Two 陈老五, told apart by birth date and city. */
  put (folder, "a", "陈老五", "1979-03-03", "guangzhou");
  put (folder, "b", "陈老五", "1990-01-15", "shenzhen");
  put (folder, "c", "李四", "1985-06-01", "zhuhai");
  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  list = CP_CANDIDATE_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "candidate_list"));
  popover = GTK_POPOVER (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "candidates_popover"));

  /* Ctrl+K's action opens the list. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-candidates", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 3);

  /* Two matches and none picked: Enter opens nothing. Typing keeps the
   * keyboard in the search. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (list), CP_TYPE_CANDIDATE_LIST,
                                                                    "search_entry")));
  search (list, "陈老五", 2);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (GTK_WIDGET (list)))),
                                         GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (list),
                                                                                    CP_TYPE_CANDIDATE_LIST,
                                                                                    "search_entry"))));
  press_enter (list);
  g_assert_null (cp_profile_get_name (cp_window_get_profile (window)));

  /* Down moves into the list, at the first match, the elder 陈老五. */
  press_down (list);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown_rows (list))), ==, 0);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (GTK_WIDGET (list)))),
                                         GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (list),
                                                                                    CP_TYPE_CANDIDATE_LIST,
                                                                                    "list_view"))));

  /* Name and birth year leave one: Enter opens it. */
  search (list, "陈老五 1979", 1);
  press_enter (list);
  profile = cp_window_get_profile (window);
  g_assert_cmpstr (cp_profile_get_name (profile), ==, "陈老五");
  g_assert_cmpuint (cp_profile_get_birth_date (profile), ==, cp_date_from_ymd (1979, 3, 3));

  /* The city matches too, by its id in any language. */
  search (list, "SHENZHEN", 1);
  search (list, "", 3);

  /* Deleted: gone from the list at once, with no main loop turn. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 2);
  g_assert_cmpuint (find_shown (list, "a"), ==, GTK_INVALID_LIST_POSITION);

  /* A sync tool's conflict copy of b appears, as a conflict of b's row. */
  put (folder, copy_id, "陈老五", "1990-01-16", "shenzhen");
  source = g_timeout_add_seconds (10, timed_out_cb, &timed_out);
  while (!shown_with_conflict (list, "b") && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  g_assert_true (shown_with_conflict (list, "b"));
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 2);

  /* Opening it offers the versions; the copy is opened when picked. */
  search (list, "1990", 1);
  press_enter (list);
  toplevels = gtk_window_list_toplevels ();
  g_list_foreach (toplevels, find_message_dialog, &dialog);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "b"));
  g_assert_true (adw_message_dialog_has_response (dialog, copy_id));
  /* A dialog takes its size over a few frames. */
  {
    gboolean settled = FALSE;

    g_timeout_add (500, timed_out_cb, &settled);
    while (!settled)
      g_main_context_iteration (NULL, TRUE);
  }
  g_free (cp_gui_test_screenshot (GTK_WINDOW (dialog), "conflict-versions"));
  adw_message_dialog_response (dialog, copy_id);
  g_assert_cmpuint (cp_profile_get_birth_date (cp_window_get_profile (window)), ==, cp_date_from_ymd (1990, 1, 16));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unsetenv ("CERTPATH_CANDIDATES_DIR");
  cp_test_remove_folder (folder);
}

static void
settle (void)
{
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The folder is a preference: another folder, another list, and the next
 * save goes there. */
static void
test_candidates_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = g_dir_make_tmp ("certpath-candidates-XXXXXX", &error);
  g_autofree char *second = g_dir_make_tmp ("certpath-candidates-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  CpCandidateList *list;
  GtkPopover *popover;
  CpWindow *window;

  put (first, "a", "王五", "1992-08-15", "zhuhai");
  put (second, "b", "赵六", "1993-01-01", "foshan");
  put (second, "c", "孙七", "1994-02-02", "foshan");
  g_unsetenv ("CERTPATH_CANDIDATES_DIR");
  g_settings_set_string (settings, "candidates-folder", first);
  window = cp_window_new (NULL, pack, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  list = CP_CANDIDATE_LIST (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "candidate_list"));
  popover = GTK_POPOVER (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "candidates_popover"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-candidates", NULL);
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 1);
  gtk_popover_popdown (popover);

  g_settings_set_string (settings, "candidates-folder", second);
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-candidates", NULL);
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 2);

  fill (cp_window_get_profile (window), "周八", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_cmpuint (cp_candidate_list_count_visible (list), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "candidates-folder");
  cp_test_remove_folder (first);
  cp_test_remove_folder (second);
}

/* 1 000 saved candidates (20 000 with -m slow: writing and removing them
 * takes a busy disk many seconds), in a window of their own for the
 * screenshot (a popover is not part of its window's picture). */
static void
test_many_candidates (void)
{
  static const char * const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵" };
  static const char * const given[] = { "伟", "芳", "老五", "小明", "嘉怡", "建华", "志强" };
  static const char * const cities[] = { "guangzhou", "shenzhen", "foshan", "zhuhai" };
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-candidates-XXXXXX", &error);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = g_object_new (CP_TYPE_CANDIDATE_LIST, NULL);
  guint count = g_test_slow () ? 20000 : 1000;
  g_autofree char *shot = g_strdup_printf ("saved-candidates-%u", count);

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *id = g_strdup_printf ("candidate-%05u", i);
      g_autofree char *name = g_strconcat (surnames[i % G_N_ELEMENTS (surnames)],
                                           given[(i / G_N_ELEMENTS (surnames)) % G_N_ELEMENTS (given)], NULL);
      g_autofree char *birth = g_strdup_printf ("%04u-%02u-%02u", 1965 + i % 40, 1 + i % 12, 1 + i % 28);

      put (folder, id, name, birth, cities[i % G_N_ELEMENTS (cities)]);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 560);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  cp_candidate_list_show (CP_CANDIDATE_LIST (list), store, "candidate-00004");
  g_assert_cmpuint (cp_candidate_list_count_visible (CP_CANDIDATE_LIST (list)), ==, count);
  g_free (cp_gui_test_screenshot (GTK_WINDOW (window), shot));

  /* 陈老五 is surname 4 with given name 2: i % 8 == 4 and i / 8 % 7 == 2,
   * so i = 56 m + 20 < count: 18 of 1 000, 357 of 20 000. */
  search (CP_CANDIDATE_LIST (list), "陈老五", count == 20000 ? 357 : 18);
  g_free (cp_gui_test_screenshot (GTK_WINDOW (window), "saved-candidates-search"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  cp_test_remove_folder (folder);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/workspace/switch-candidates", test_switch_candidates);
  g_test_add_func ("/workspace/saved-list", test_saved_list);
  g_test_add_func ("/workspace/candidates-folder", test_candidates_folder);
  g_test_add_func ("/workspace/many-candidates", test_many_candidates);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
