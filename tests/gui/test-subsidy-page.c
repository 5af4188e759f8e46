/* test-subsidy-page.c: the Subsidy tab, driven through its widgets
 *
 * Seed 002's example, by hand: a level 3 AI trainer certificate issued
 * 2025-07-01 to a worker insured in Zhuhai: 2400 + 30% = 3120 yuan; an
 * employer's own evaluation gets nothing, and shows no breakdown. The
 * candidate has no work entered, so only level 5 is open: the planned
 * certificate starts there, and level 3 says it is not open.
 *
 * Guangzhou in 2026 (issue 14): 2400 to 3120, since the 30% rests on seed
 * 000's "up to" alone; 粤人社规〔2023〕13号 ran to 2025-12-31, said once in
 * a banner; sources by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cp-gui-test-util.h"
#include "pages/cp-subsidy-page.h"

static CpPolicyPack *pack;

static void
test_zhuhai_example (void)
{
  CpSubsidyPage *page = g_object_ref_sink (g_object_new (CP_TYPE_SUBSIDY_PAGE, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data ("{\"format\": \"certpath-profile\", \"version\": 1,"
                                                           " \"birth_date\": \"1992-08-15\", \"occupation\": \"4-04-05-05\","
                                                           " \"city\": \"zhuhai\", \"insured_city\": \"zhuhai\"}",
                                                           -1, "test.json", pack, &error);
  g_autofree char *expected = g_strdup_printf (_("%d yuan"), 3120);
  GtkWidget *window = gtk_window_new ();
  GtkSwitch *employer;
  AdwComboRow *level;
  GtkWidget *note;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  cp_subsidy_page_set_context (page, pack, profile);
  cp_subsidy_page_set_day (page, cp_date_from_ymd (2025, 7, 1));
  /* Reading the amount builds the tab. */
  g_assert_nonnull (cp_subsidy_page_get_amount_text (page));
  level = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE, "level_row"));
  note = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE, "level_note_label"));
  g_assert_cmpuint (adw_combo_row_get_selected (level), ==, 0);   /* level 5 */
  g_assert_false (gtk_widget_get_visible (note));
  adw_combo_row_set_selected (level, 2);                           /* level 3 */
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (page), ==, expected);
  g_assert_true (gtk_widget_get_visible (note));

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "subsidy-page");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  employer = GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE, "employer_switch"));
  gtk_switch_set_active (employer, TRUE);
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (page), ==, _("Not eligible: nothing is payable"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE,
                                                                                     "breakdown_label"))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
}

static void
test_guangzhou_range (void)
{
  CpSubsidyPage *page = g_object_ref_sink (g_object_new (CP_TYPE_SUBSIDY_PAGE, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data ("{\"format\": \"certpath-profile\", \"version\": 1,"
                                                           " \"birth_date\": \"1992-08-15\", \"occupation\": \"4-04-05-05\","
                                                           " \"city\": \"guangzhou\", \"insured_city\": \"guangzhou\","
                                                           " \"work_periods\": [{\"start\": \"2014-07-01\", \"end\": null}]}",
                                                           -1, "test.json", pack, &error);
  g_autofree char *expected = g_strdup_printf (_("%d–%d yuan"), 2400, 3120);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *banner;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  cp_subsidy_page_set_context (page, pack, profile);
  /* Working since 2014-07-01: 10 years by 2024-07-01, so level 3 is the
   * highest open on 2026-03-10, and the planned certificate starts there. */
  cp_subsidy_page_set_day (page, cp_date_from_ymd (2026, 3, 10));
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (page), ==, expected);
  banner = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE, "banner_box"));
  g_assert_true (gtk_widget_get_visible (banner));
  /* The planner takes the form's issue date for level 3 (2026-03-10) and
   * puts level 4 a year before it; its totals are ranges too:
   * 1500 + 2400…3120 = 3900–4620. */
  {
    GtkListBox *plan = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE, "plan_list"));
    AdwActionRow *first = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (plan, 0));
    g_autofree char *total = g_strdup_printf (_("%d–%d yuan"), 3900, 4620);

    g_assert_nonnull (strstr (adw_action_row_get_subtitle (first), "2026-03-10"));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (first), "2025-03-10"));
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), total));
  }

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "subsidy-range-banner-sources");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/subsidy-page/zhuhai-example", test_zhuhai_example);
  g_test_add_func ("/subsidy-page/guangzhou-range", test_guangzhou_range);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
