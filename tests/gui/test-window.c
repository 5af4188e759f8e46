/* test-window.c: the app window with its four tabs, built from the real
 * templates, each tab drawn and saved as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-gui-test-util.h"
#include "cp-preferences-window.h"
#include "cp-window.h"
#include "pages/cp-eligibility-page.h"

static CpPolicyPack *pack;

static void
test_five_tabs (void)
{
  static const struct { const char *name; const char *title; } expected[] = {
    { "eligibility", N_("_Eligibility") },
    { "subsidy", N_("_Subsidy") },
    { "calendar", N_("Exam _Calendar") },
    { "courses", N_("C_ourses") },
    { "agenda", N_("_Agenda") },
  };
  CpWindow *window = cp_window_new (NULL, pack, NULL, NULL);
  AdwViewStack *stack = cp_window_get_stack (window);
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  g_autoptr(GError) error = NULL;
  CpEligibilityPage *eligibility;

  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, expected[i].name);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, _(expected[i].title));
    }
  /* In Chinese the titles must be the translated ones, not the source. */
  if (g_str_equal (cp_gui_test_language (), "zh_CN"))
    {
      g_autoptr(AdwViewStackPage) first = g_list_model_get_item (pages, 0);
      g_assert_cmpstr (adw_view_stack_page_get_title (first), ==, "报考条件(_E)");
    }

  g_assert_true (cp_window_load_file (window, example, &error));
  g_assert_no_error (error);
  eligibility = CP_ELIGIBILITY_PAGE (adw_view_stack_get_child_by_name (stack, "eligibility"));
  cp_eligibility_page_set_day (eligibility, cp_date_from_ymd (2026, 11, 23));
  adw_expander_row_set_expanded (cp_level_list_get_card (cp_eligibility_page_get_levels (eligibility), 3), TRUE);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = NULL;
      GStatBuf buf;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", expected[i].name);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, expected[i].name);
      path = cp_gui_test_screenshot (GTK_WINDOW (window), expected[i].name);
      g_test_message ("%s", path);
      g_assert_cmpint (g_stat (path, &buf), ==, 0);
      /* A blank window compresses to almost nothing; a drawn one does not. */
      g_assert_cmpint (buf.st_size, >, 10000);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  CpPreferencesWindow *preferences = cp_preferences_window_new (pack, "pack.json: not valid JSON", settings);
  g_autofree char *path = NULL;

  gtk_window_present (GTK_WINDOW (preferences));
  path = cp_gui_test_screenshot (GTK_WINDOW (preferences), "preferences");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_no_pack (void)
{
  /* Without policy data the window says why instead of showing tabs. */
  CpWindow *window = cp_window_new (NULL, NULL, "pack.json: the file is missing from /nowhere", NULL);
  GtkStack *main_stack = (GtkStack *) gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "main_stack");
  AdwStatusPage *error_page = (AdwStatusPage *) gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, "error_page");

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "error");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (error_page)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (cp_window_get_stack (window))));
  g_assert_cmpstr (adw_status_page_get_description (error_page), ==, "pack.json: the file is missing from /nowhere");
  g_assert_null (cp_window_get_profile (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/window/five-tabs", test_five_tabs);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/no-pack", test_no_pack);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
