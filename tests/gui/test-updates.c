/* test-updates.c: a change costs almost nothing: the level cards are kept
 * and updated in place, a closed card has no rows until opened, a burst
 * of keys recomputes once, a hidden tab waits until it is shown, and the
 * editor's lists keep their rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-gui-test-util.h"
#include "cp-refresh.h"
#include "cp-window.h"
#include "pages/cp-eligibility-page.h"

static CpPolicyPack *pack;

static GtkWidget *
editor_child (CpEligibilityPage *page,
              const char        *name)
{
  GtkWidget *widget = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (cp_eligibility_page_get_editor (page)),
                                                                   CP_TYPE_CANDIDATE_EDITOR, name);
  g_assert_nonnull (widget);
  return widget;
}

static void
type (CpEligibilityPage *page,
      const char        *row,
      const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editor_child (page, row)), text);
}

static void
add_period (CpEligibilityPage *page,
            const char        *start,
            const char        *end)
{
  type (page, "work_start_row", start);
  type (page, "work_end_row", end);
  g_signal_emit_by_name (editor_child (page, "work_add_button"), "clicked");
}

static void
settle (void)
{
  for (guint i = 0; i < 200 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static CpEligibilityPage *
new_page (CpProfile *profile)
{
  CpEligibilityPage *page = g_object_ref_sink (g_object_new (CP_TYPE_ELIGIBILITY_PAGE, NULL));

  cp_profile_set_occupation (profile, "4-04-05-05");
  cp_profile_set_city (profile, "guangzhou");
  cp_eligibility_page_set_context (page, pack, profile);
  cp_eligibility_page_set_day (page, cp_date_from_ymd (2026, 6, 30));
  return page;
}

static void
test_cards_kept (void)
{
  g_autoptr(CpProfile) profile = cp_profile_new ();
  CpEligibilityPage *page = new_page (profile);
  CpLevelList *levels = cp_eligibility_page_get_levels (page);
  AdwExpanderRow *cards[5];
  GtkWidget *first_row;

  for (int level = 1; level <= 5; level++)
    cards[level - 1] = cp_level_list_get_card (levels, level);

  /* Closed cards have no rows at all, however the answer changes. */
  for (int level = 1; level <= 5; level++)
    g_assert_cmpuint (cp_level_list_count_rows (levels, level), ==, 0);
  type (page, "birth_row", "1995-03-01");
  add_period (page, "2016-07-01", "");
  levels = cp_eligibility_page_get_levels (page);
  for (int level = 1; level <= 5; level++)
    {
      g_assert_true (cp_level_list_get_card (levels, level) == cards[level - 1]);
      g_assert_cmpuint (cp_level_list_count_rows (levels, level), ==, 0);
    }

  /* Opened, a card builds its rows: clauses, then documents. */
  adw_expander_row_set_expanded (cards[5 - 3], TRUE);
  g_assert_cmpuint (cp_level_list_count_rows (levels, 3), >, 0);
  first_row = gtk_widget_get_first_child (GTK_WIDGET (cards[5 - 3]));
  g_assert_nonnull (first_row);
  g_assert_cmpuint (cp_level_list_count_rows (levels, 4), ==, 0);

  /* A name changes no answer: the same cards, the same rows. */
  {
    guint rows = cp_level_list_count_rows (levels, 3);
    GtkListBoxRow *clause = NULL;
    GtkWidget *list = NULL;

    /* The card's inner list holds its rows; find the first one. */
    for (GtkWidget *child = first_row; child != NULL && list == NULL; child = gtk_widget_get_next_sibling (child))
      for (GtkWidget *inner = gtk_widget_get_first_child (child); inner != NULL; inner = gtk_widget_get_next_sibling (inner))
        if (GTK_IS_REVEALER (inner))
          list = gtk_revealer_get_child (GTK_REVEALER (inner));
    g_assert_nonnull (list);
    clause = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    g_assert_nonnull (clause);

    type (page, "name_row", "陈");
    type (page, "name_row", "陈老五");
    levels = cp_eligibility_page_get_levels (page);
    for (int level = 1; level <= 5; level++)
      g_assert_true (cp_level_list_get_card (levels, level) == cards[level - 1]);
    g_assert_cmpuint (cp_level_list_count_rows (levels, 3), ==, rows);
    g_assert_true (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0) == clause);
  }

  g_object_unref (page);
}

static void
test_keys_coalesced (void)
{
  g_autoptr(CpProfile) profile = cp_profile_new ();
  CpEligibilityPage *page = new_page (profile);
  guint runs;

  cp_eligibility_page_get_levels (page);
  runs = cp_refresh_count_runs (GTK_WIDGET (page));
  /* Five keys before the next frame: one update. */
  type (page, "name_row", "L");
  type (page, "name_row", "La");
  type (page, "name_row", "Lao");
  type (page, "name_row", "Laow");
  type (page, "name_row", "Laowu");
  g_assert_cmpuint (cp_refresh_count_runs (GTK_WIDGET (page)), ==, runs);
  cp_eligibility_page_get_levels (page);
  g_assert_cmpuint (cp_refresh_count_runs (GTK_WIDGET (page)), ==, runs + 1);
  /* Nothing changed since: reading again recomputes nothing. */
  cp_eligibility_page_get_levels (page);
  g_assert_cmpuint (cp_refresh_count_runs (GTK_WIDGET (page)), ==, runs + 1);
  g_object_unref (page);
}

static void
test_editor_rows_kept (void)
{
  g_autoptr(CpProfile) profile = cp_profile_new ();
  CpEligibilityPage *page = new_page (profile);
  GtkListBox *work = GTK_LIST_BOX (editor_child (page, "work_list"));
  g_autoptr(GtkListBoxRow) empty = g_object_ref (gtk_list_box_get_row_at_index (work, 0));
  g_autofree char *title = g_strdup_printf (_("%s – %s"), "2010-01-01", "2012-01-01");
  GtkListBoxRow *first;

  /* One row saying there is no work, then one row an item. */
  g_assert_nonnull (empty);
  g_assert_null (gtk_list_box_get_row_at_index (work, 1));
  add_period (page, "2010-01-01", "2012-01-01");
  first = gtk_list_box_get_row_at_index (work, 0);
  g_assert_true (first != empty);
  add_period (page, "2016-07-01", "");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 2);
  g_assert_true (gtk_list_box_get_row_at_index (work, 0) == first);
  g_assert_nonnull (gtk_list_box_get_row_at_index (work, 1));
  g_assert_null (gtk_list_box_get_row_at_index (work, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, title);
  g_object_unref (page);
}

static void
test_hidden_tab_waits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-updates-XXXXXX", &error);
  CpWindow *window;
  AdwViewStack *stack;
  GtkWidget *subsidy;
  CpEligibilityPage *eligibility;
  guint runs;

  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  stack = cp_window_get_stack (window);
  subsidy = adw_view_stack_get_child_by_name (stack, "subsidy");
  eligibility = CP_ELIGIBILITY_PAGE (adw_view_stack_get_child_by_name (stack, "eligibility"));

  /* Not shown at start: not even built before the window is on screen. */
  g_assert_false (cp_refresh_is_built (subsidy));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < 100 && !cp_refresh_is_built (adw_view_stack_get_child_by_name (stack, "courses")); i++)
    {
      g_main_context_iteration (NULL, TRUE);
      settle ();
    }
  g_assert_true (cp_refresh_is_built (subsidy));
  settle ();

  /* Typing while the tab is hidden recomputes it not once. */
  runs = cp_refresh_count_runs (subsidy);
  type (eligibility, "name_row", "张");
  settle ();
  type (eligibility, "name_row", "张三");
  settle ();
  type (eligibility, "birth_row", "1992-08-15");
  settle ();
  g_assert_cmpuint (cp_refresh_count_runs (subsidy), ==, runs);

  /* Shown: once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "subsidy");
  settle ();
  g_assert_cmpuint (cp_refresh_count_runs (subsidy), ==, runs + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (folder);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/updates/cards-kept", test_cards_kept);
  g_test_add_func ("/updates/keys-coalesced", test_keys_coalesced);
  g_test_add_func ("/updates/editor-rows-kept", test_editor_rows_kept);
  g_test_add_func ("/updates/hidden-tab-waits", test_hidden_tab_waits);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
