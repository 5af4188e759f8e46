/* test-subsidy-page.c: the Subsidy tab, driven through its widgets
 *
 * Seed 002's example, by hand: a level 3 AI trainer certificate issued
 * 2025-07-01 to a worker insured in Zhuhai: 2400 + 30% = 3120 yuan; an
 * employer's own evaluation gets nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

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
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  cp_subsidy_page_set_context (page, pack, profile);
  cp_subsidy_page_set_day (page, cp_date_from_ymd (2025, 7, 1));
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (page), ==, expected);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "subsidy-page");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  employer = GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (page), CP_TYPE_SUBSIDY_PAGE, "employer_switch"));
  gtk_switch_set_active (employer, TRUE);
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (page), ==, _("Not eligible: 0 yuan"));

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

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
