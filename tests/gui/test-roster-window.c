/* test-roster-window.c: a Chinese class list as a front desk keeps it,
 * opened, filtered, sorted, opened row by row, saved, exported as XLSX
 * and that file opened back; drawn in both languages
 *
 * By hand, on 2026-03-01 (level 3 for all; the ID numbers are made up,
 * with check characters by ISO 7064 MOD 11-2):
 * - 陈小红 (Guangzhou, work from 2012/7/1), 李明 (东莞, 四级 certificate of
 *   2020年6月30日), 吴静 (高中, work from 2010-01-01) and 孙丽 (Shenzhen, work
 *   from 2015-03-01) are eligible;
 * - 王芳 (work from 20180901, 10 years only in 2028) is not;
 * - 赵强 (work from 1995/2/30) and 周杰 (check character 8, should be 9) have
 *   errors.
 * So 7 rows, 3 that need attention, 5 without errors to save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-gui-test-util.h"
#include "cp-roster-item.h"
#include "cp-roster-window.h"
#include "cp-spreadsheet.h"

static const char roster_text[] =
  "序号,姓名,身份证号码,报考城市,申报等级,参加工作时间,证书等级,发证日期,学历,是否相关专业,毕业时间,参保地,备注\r\n"
  "1,陈小红,440106199003071231,广州市,三级/高级工,2012/7/1,,,,,,广州,\r\n"
  "2,李明,441900198506124560,东莞,高级工,2014.9.1,四级,2020年6月30日,,,,东莞市,老学员\r\n"
  "3,王芳,440604199201157890,佛山,3,20180901,,,大专,是,2018-06-30,佛山,\r\n"
  "4,赵强,441302197908082469,惠州,三级,1995/2/30,,,,,,惠州,\r\n"
  "5,周杰,441302197908082468,惠州,三级,2010-01-01,,,,,,惠州,\r\n"
  "6,吴静,44200019911111468x,惠州,三级,2010-01-01,,,高中,,,惠州,\r\n"
  "7,孙丽,44030519880520135X,深圳,三级,2015-03-01,,,,,,深圳,\r\n";

static CpPolicyPack *pack;

static GtkWidget *
child (CpRosterWindow *window,
       const char     *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_ROSTER_WINDOW, name));
}

static const char *
name_at (CpRosterWindow *window,
         guint           position)
{
  CpRosterItem *item = cp_roster_window_get_item (window, position);

  return item != NULL ? cp_roster_item_get_text (item, CP_ROSTER_COLUMN_NAME) : NULL;
}

static void
opened_cb (CpRosterWindow *window,
           CpProfile      *profile,
           char          **name)
{
  g_free (*name);
  *name = g_strdup (cp_profile_get_name (profile));
}

static void
sort_by (CpRosterWindow *window,
         guint           column,
         GtkSortType     direction)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child (window, "column_view"));
  g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (gtk_column_view_get_columns (view), column);

  gtk_column_view_sort_by_column (view, view_column, direction);
}

/* The cells of an exported file as read back, drawn as a sheet. */
static char *
show_table (GPtrArray  *table,
            const char *name)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  char *path;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  for (guint r = 0; r < table->len; r++)
    {
      GStrv cells = g_ptr_array_index (table, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          GtkWidget *label = gtk_label_new (cells[c]);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
          if (r == 0)
            gtk_widget_add_css_class (label, "heading");
          gtk_grid_attach (GTK_GRID (grid), label, c, r, 1, 1);
        }
    }
  gtk_window_set_title (GTK_WINDOW (window), "results.xlsx");
  gtk_window_set_child (GTK_WINDOW (window), grid);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), name);
  gtk_window_destroy (GTK_WINDOW (window));
  return path;
}

static void
test_chinese_roster (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-roster-XXXXXX", &error);
  g_autofree char *gbk = g_convert (roster_text, -1, "GB18030", "UTF-8", NULL, NULL, &error);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autofree char *exported = g_build_filename (folder, "results.xlsx", NULL);
  g_autofree char *template_path = g_build_filename (folder, "template.xlsx", NULL);
  g_autofree char *template_csv = g_build_filename (folder, "template.csv", NULL);
  g_autofree char *opened = NULL;
  g_autofree char *date_error = NULL;
  g_autofree char *expected_error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) table = NULL;
  g_autoptr(CpRoster) template_roster = NULL;
  g_autofree char *template_data = NULL;
  CpRosterWindow *window;
  CpRoster *roster;
  GListModel *columns;
  const char *format = NULL;
  gsize length;
  guint skipped, added;

  g_assert_no_error (error);
  roster = cp_spreadsheet_read_roster (pack, gbk, strlen (gbk), cp_date_from_ymd (2026, 3, 1), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (roster->encoding, ==, "GB18030");
  window = cp_roster_window_new (roster, store);
  g_signal_connect (window, "open-candidate", G_CALLBACK (opened_cb), &opened);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 480);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (g_list_model_get_n_items (cp_roster_window_get_rows (window)), ==, 7);
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "roster-chinese");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The first row opens, by Enter or double-click (the view's activate)
   * and by the button; a row with errors does not. */
  g_signal_emit_by_name (child (window, "column_view"), "activate", 0);
  g_assert_cmpstr (opened, ==, "陈小红");
  g_clear_pointer (&opened, g_free);
  g_assert_false (gtk_widget_is_sensitive (child (window, "open_button")));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (cp_roster_window_get_rows (window)), 0, TRUE);
  g_assert_true (gtk_widget_is_sensitive (child (window, "open_button")));
  gtk_widget_activate_action (GTK_WIDGET (window), "roster.open-candidate", NULL);
  g_assert_cmpstr (opened, ==, "陈小红");
  g_clear_pointer (&opened, g_free);

  /* Saved: the selected row, then all rows without errors, once each. */
  added = cp_roster_window_add_candidates (window, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (cp_roster_window_get_rows (window)));
  added = cp_roster_window_add_candidates (window, &skipped, &error);
  g_assert_cmpuint (added, ==, 4);
  g_assert_cmpuint (skipped, ==, 1);

  /* Every column sorts; "no" before "yes", empty cells last, in either
   * language; the row numbers as numbers. */
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (child (window, "column_view")));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }
  sort_by (window, CP_ROSTER_COLUMN_ELIGIBLE, GTK_SORT_ASCENDING);
  g_assert_cmpstr (name_at (window, 0), ==, "王芳");
  sort_by (window, CP_ROSTER_COLUMN_ROW, GTK_SORT_DESCENDING);
  g_assert_cmpstr (name_at (window, 0), ==, "孙丽");
  sort_by (window, CP_ROSTER_COLUMN_ROW, GTK_SORT_ASCENDING);

  /* The attention filter leaves the errors and the one not eligible. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (window, "problems_check")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (cp_roster_window_get_rows (window)), ==, 3);
  g_free (path);
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "roster-errors");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (window, "problems_check")), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (child (window, "search_entry")), "王");
  g_signal_emit_by_name (child (window, "search_entry"), "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (cp_roster_window_get_rows (window)), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (child (window, "search_entry")), "");
  g_signal_emit_by_name (child (window, "search_entry"), "search-changed");

  /* Exported as XLSX: headers and errors in the UI language, the error
   * naming the column as the file heads it. */
  g_assert_true (cp_roster_window_export (window, exported, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (exported, &template_data, &length, &error));
  table = cp_spreadsheet_read (template_data, length, &format, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (format, ==, "XLSX");
  g_assert_cmpuint (table->len, ==, 8);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 0))[0], ==, _("Row"));
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 0))[3], ==, _("Problems"));
  date_error = g_strdup_printf (_("%s is not a valid date"), "1995/2/30");
  expected_error = g_strdup_printf (_("row %u, %s: %s"), 5, "参加工作时间", date_error);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 4))[1], ==, "赵强");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 4))[3], ==, expected_error);
  /* The ID numbers are in no cell. */
  for (guint r = 0; r < table->len; r++)
    for (GStrv cells = g_ptr_array_index (table, r); *cells != NULL; cells++)
      g_assert_null (strstr (*cells, "4401061990"));

  g_free (path);
  path = show_table (table, "roster-xlsx-exported");

  /* A row with errors does not open; the window says why. */
  cp_roster_window_open_row (window, 3);
  g_assert_null (opened);

  /* That file opens back in the window (as a list with names and birth
   * dates, but no work history, so every row still lacks a level). */
  g_assert_true (cp_roster_window_open_file (window, exported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cp_roster_window_get_rows (window)), ==, 7);

  /* The template reads as a roster with one good example row. */
  g_assert_true (cp_roster_window_save_template (template_path, &error));
  g_assert_true (cp_roster_window_save_template (template_csv, &error));
  g_free (template_data);
  g_assert_true (g_file_get_contents (template_path, &template_data, &length, &error));
  template_roster = cp_spreadsheet_read_roster (pack, template_data, length, cp_date_from_ymd (2026, 3, 1), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (template_roster->rows->len, ==, 1);
  g_assert_cmpuint (((CpRosterRow *) g_ptr_array_index (template_roster->rows, 0))->errors->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/roster-window/chinese-roster", test_chinese_roster);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
