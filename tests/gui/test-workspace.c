/* test-workspace.c: saved candidates drive every tab; a class roster of 30
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

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/workspace/switch-candidates", test_switch_candidates);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
