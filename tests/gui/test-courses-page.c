/* test-courses-page.c: sort, filter and compare courses in the real table
 *
 * By hand (seeds 001, 002), for a candidate insured in Zhuhai on
 * 2025-07-01 at level 3 (subsidy 3120): Shenzhen Technician College 3000
 * → −120 after subsidy, the Zhuhai course 3500 → 380; courses without a
 * price sort last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-course-item.h"
#include "cp-gui-test-util.h"
#include "pages/cp-courses-page.h"

static CpPolicyPack *pack;

static gpointer
child (CpCoursesPage *page,
       const char    *name)
{
  return cp_gui_test_template_child (GTK_WIDGET (page), CP_TYPE_COURSES_PAGE, name);
}

static const char *
row_id (GListModel *rows,
        guint       position)
{
  g_autoptr(CpCourseItem) item = g_list_model_get_item (rows, position);

  return json_object_get_string_member (cp_course_item_get_cost (item)->course, "id");
}

static gint64
row_after (GListModel *rows,
           guint       position)
{
  g_autoptr(CpCourseItem) item = g_list_model_get_item (rows, position);

  return cp_course_item_get_cost (item)->after_subsidy;
}

static void
test_sort_filter_compare (void)
{
  CpCoursesPage *page = g_object_ref_sink (g_object_new (CP_TYPE_COURSES_PAGE, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data ("{\"format\": \"certpath-profile\", \"version\": 1,"
                                                           " \"birth_date\": \"1992-08-15\", \"occupation\": \"4-04-05-05\","
                                                           " \"city\": \"zhuhai\", \"insured_city\": \"zhuhai\"}",
                                                           -1, "test.json", pack, &error);
  GtkColumnView *view;
  GListModel *rows;
  GListModel *columns;
  GtkWindow *compare;
  GtkWidget *window = gtk_window_new ();
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  cp_courses_page_set_context (page, pack, profile);
  cp_courses_page_set_day (page, cp_date_from_ymd (2025, 7, 1));
  rows = cp_courses_page_get_rows (page);
  /* The tab builds its widgets when first shown or read. */
  view = child (page, "column_view");

  /* Level 3 only (courses of unknown level stay), sorted by the cost
   * after subsidy. */
  gtk_drop_down_set_selected (child (page, "level_filter"), 3);
  columns = gtk_column_view_get_columns (view);
  {
    g_autoptr(GtkColumnViewColumn) after = g_list_model_get_item (columns, 5);
    gtk_column_view_sort_by_column (view, after, GTK_SORT_ASCENDING);
  }
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
  g_assert_cmpstr (row_id (rows, 0), ==, "sz-technician-college-ai");
  g_assert_cmpint (row_after (rows, 0), ==, -120);
  {
    /* Money back is said in words, never shown as a minus amount. */
    g_autoptr(CpCourseItem) item = g_list_model_get_item (rows, 0);
    const char *text = cp_course_item_get_text (item, "after");
    g_assert_nonnull (strstr (text, "120"));
    g_assert_null (strchr (text, '-'));
  }
  /* Then the courses of unknown cost; the ended ones last whatever the
   * column sorted: Zhuhai's (380) before Luohu's (unknown). */
  g_assert_cmpint (row_after (rows, 1), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpint (row_after (rows, 2), ==, CP_YUAN_UNKNOWN);
  g_assert_cmpstr (row_id (rows, 3), ==, "zhuhai-2025-3-level3");
  g_assert_cmpint (row_after (rows, 3), ==, 380);
  g_assert_cmpstr (row_id (rows, 4), ==, "luohu-2025-welfare");
  {
    /* An ended course's 380 reads as history, not as a price to book at;
     * its price says when it was published. */
    g_autoptr(CpCourseItem) item = g_list_model_get_item (rows, 3);
    g_autofree char *yuan = g_strdup_printf (_("%d yuan"), 380);
    g_autofree char *was = g_strdup_printf (_("ended (was %s)"), yuan);

    g_assert_cmpstr (cp_course_item_get_text (item, "after"), ==, was);
    g_test_message ("price: %s", cp_course_item_get_text (item, "price-dated"));
    g_assert_nonnull (strstr (cp_course_item_get_text (item, "price-dated"), "3500"));
    g_assert_nonnull (strstr (cp_course_item_get_text (item, "price-dated"), cp_course_item_get_cost (item)->prices_published));
  }
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  /* Unsorted: the candidate, with no work history, cannot take level 3,
   * so the course of unknown level (perhaps one they can) comes first; the
   * ended ones still last. */
  g_assert_cmpstr (row_id (rows, 0), ==, "nanshan-taike-welfare");
  for (guint i = 3; i < 5; i++)
    {
      g_autoptr(CpCourseItem) item = g_list_model_get_item (rows, i);
      g_assert_cmpstr (cp_course_item_get_text (item, "ended"), ==, "yes");
    }

  /* Zhuhai only. */
  gtk_drop_down_set_selected (child (page, "city_filter"), 4);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  gtk_drop_down_set_selected (child (page, "city_filter"), 0);

  /* Two selected: side by side. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), 0, TRUE);
  g_assert_null (cp_courses_page_compare (page));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), 1, FALSE);
  compare = cp_courses_page_compare (page);
  g_assert_nonnull (compare);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 600);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "courses-page");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&path, g_free);
  gtk_window_present (compare);
  path = cp_gui_test_screenshot (compare, "courses-compare");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (compare);
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

  g_test_add_func ("/courses-page/sort-filter-compare", test_sort_filter_compare);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
