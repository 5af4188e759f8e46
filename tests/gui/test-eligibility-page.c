/* test-eligibility-page.c: fill the candidate editor through its real
 * widgets and read the level cards
 *
 * Expected answers, worked by hand (on 2026-06-30): work from 2016-07-01
 * gives 5 years (level 4, clause 1) but 10 years only on 2026-07-01 (level
 * 3, clause 1); a level 4 certificate of 2021-05-10 then opens level 3 by
 * clause 2 (4 years after it: 2025-05-10).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cp-gui-test-util.h"
#include "pages/cp-eligibility-page.h"

static CpPolicyPack *pack;

static GtkWidget *
child (CpEligibilityPage *page,
       const char        *name)
{
  GtkWidget *widget = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (cp_eligibility_page_get_editor (page)),
                                                     CP_TYPE_CANDIDATE_EDITOR, name);
  g_test_message ("template child %s", name);
  g_assert_nonnull (widget);
  return widget;
}

static const char *
card_subtitle (CpEligibilityPage *page,
               int                level)
{
  return adw_expander_row_get_subtitle (cp_level_list_get_card (cp_eligibility_page_get_levels (page), level));
}

static void
type (CpEligibilityPage *page,
      const char        *row,
      const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (page, row)), text);
}

static void
click (CpEligibilityPage *page,
       const char        *button)
{
  g_signal_emit_by_name (child (page, button), "clicked");
}

static void
test_fill_and_read (void)
{
  CpEligibilityPage *page = g_object_ref_sink (g_object_new (CP_TYPE_ELIGIBILITY_PAGE, NULL));
  g_autoptr(CpProfile) profile = cp_profile_new ();
  GtkWidget *window = gtk_window_new ();
  g_autofree char *from = NULL;
  g_autofree char *expected_from = NULL;

  cp_profile_set_occupation (profile, "4-04-05-05");
  cp_profile_set_city (profile, "guangzhou");
  cp_eligibility_page_set_context (page, pack, profile);
  cp_eligibility_page_set_day (page, cp_date_from_ymd (2026, 6, 30));

  /* Nothing entered: nothing can be told about level 5 yet. */
  g_assert_cmpstr (card_subtitle (page, 5), ==, _("Cannot tell yet: information marked ? is missing"));

  type (page, "name_row", "测试学员");
  type (page, "birth_row", "1995-03-01");
  g_assert_cmpuint (cp_profile_get_birth_date (profile), ==, cp_date_from_ymd (1995, 3, 1));
  g_assert_cmpstr (cp_profile_get_name (profile), ==, "测试学员");

  type (page, "work_start_row", "2016-07-01");
  click (page, "work_add_button");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 1);
  g_assert_cmpstr (card_subtitle (page, 4), ==, _("Meets the published conditions"));
  expected_from = g_strdup_printf (_("Meets the published conditions from %s if the current work goes on"), "2026-07-01");
  g_assert_cmpstr (card_subtitle (page, 3), ==, expected_from);

  /* A wrong date is marked at its field, with the reason; it never reaches
   * the profile, and the other fields stay as they were. */
  type (page, "birth_row", "1995-02-30");
  g_assert_true (gtk_widget_has_css_class (child (page, "birth_row"), "error"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (page, "birth_row"))), "1995-02-30"));
  g_assert_cmpstr (cp_profile_get_name (profile), ==, "测试学员");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 1);
  g_assert_cmpstr (card_subtitle (page, 4), ==, _("Meets the published conditions"));
  type (page, "birth_row", "1995-03-01");
  g_assert_false (gtk_widget_has_css_class (child (page, "birth_row"), "error"));

  /* A work period ending before it starts is refused at the field. */
  type (page, "work_start_row", "2020-01-01");
  type (page, "work_end_row", "2019-01-01");
  click (page, "work_add_button");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 1);
  g_assert_true (gtk_widget_has_css_class (child (page, "work_end_row"), "error"));
  type (page, "work_start_row", "");
  type (page, "work_end_row", "");

  /* A level 4 certificate opens level 3 by clause 2. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (page, "certificate_level_row")), 1);
  type (page, "certificate_issued_row", "2021-05-10");
  click (page, "certificate_add_button");
  g_assert_cmpuint (cp_profile_get_certificates (profile)->len, ==, 1);
  g_assert_cmpint (g_array_index (cp_profile_get_certificates (profile), CpCertificate, 0).level, ==, 4);
  g_assert_cmpstr (card_subtitle (page, 3), ==, _("Meets the published conditions"));

  /* Draw it, in the language of the run, for people to look at. */
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_expander_row_set_expanded (cp_level_list_get_card (cp_eligibility_page_get_levels (page), 3), TRUE);
  gtk_window_present (GTK_WINDOW (window));
  from = cp_gui_test_screenshot (GTK_WINDOW (window), "eligibility-filled");
  g_assert_true (g_file_test (from, G_FILE_TEST_EXISTS));

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

  g_test_add_func ("/eligibility-page/fill-and-read", test_fill_and_read);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
