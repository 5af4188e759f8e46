/* test-notice-dialog.c: paste a notice, check and correct what was read,
 * save it, see it in the calendar or the courses with its origin; a
 * session by hand, edited and deleted; one's own sessions as a feed
 *
 * Worked by hand from seed 004's notice: exam 2026-04-12; registration
 * closes 2026-03-23 (Skills Guangdong) and 2026-03-25 (the college's
 * platform); papers 2026-03-27; 400 places, held with 30; code 0f7eb41b;
 * level-3 fees 65 + 310 = 375; the plan number printed beside another
 * occupation, so unsure. Seed 002's course: 3500, member 3120, exam fee
 * 500, starting 2025-04, so ended by 2026-12-01.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-course-item.h"
#include "cp-gui-test-util.h"
#include "cp-notice-dialog.h"
#include "cp-session-item.h"
#include "pages/cp-calendar-page.h"
#include "pages/cp-courses-page.h"

#include <string.h>

static CpPolicyPack *pack;

static char *
notice_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "notices", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static CpUserSessions *
new_store (void)
{
  g_autofree char *directory = g_dir_make_tmp ("certpath-own-test-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  CpUserSessions *store = cp_user_sessions_new (directory, pack);

  cp_user_sessions_load (store, &error);
  g_assert_no_error (error);
  return store;
}

static CpCalendarPage *
new_calendar (CpUserSessions *store)
{
  CpCalendarPage *page = g_object_ref_sink (g_object_new (CP_TYPE_CALENDAR_PAGE, NULL));
  g_autoptr(CpProfile) profile = cp_profile_new ();

  cp_profile_set_occupation (profile, "4-04-05-05");
  cp_profile_set_city (profile, "guangzhou");
  cp_calendar_page_set_context (page, pack, profile);
  cp_calendar_page_set_day (page, cp_date_from_ymd (2026, 3, 10));
  cp_calendar_page_set_own (page, store);
  return page;
}

static const char *
row_text (CpNoticeDialog *dialog,
          const char     *path)
{
  GtkWidget *row = cp_notice_dialog_find_row (dialog, path);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row (CpNoticeDialog *dialog,
         const char     *path,
         const char     *text)
{
  GtkWidget *row = cp_notice_dialog_find_row (dialog, path);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
save_sensitive (CpNoticeDialog *dialog)
{
  return gtk_widget_get_sensitive (cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "save_button"));
}

/* Pasting is read a moment later, not at once. */
static void
paste (CpNoticeDialog *dialog,
       const char     *name)
{
  g_autofree char *text = notice_text (name);

  cp_notice_dialog_set_text (dialog, text);
  g_assert_null (cp_notice_dialog_get_notice (dialog));
  while (cp_notice_dialog_get_notice (dialog) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static CpSessionItem *
find_own (GListModel *rows)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CpSessionItem) item = g_list_model_get_item (rows, i);

      if (cp_session_item_get_own_how (item) != NULL)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* @message is shown in the banner at the top, not inside a scroller. */
static void
assert_told (CpNoticeDialog *dialog,
             const char     *message)
{
  GtkRevealer *banner = cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "error_revealer");
  GtkLabel *label = cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "error_label");

  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_cmpstr (gtk_label_get_label (label), ==, message);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (label), GTK_WIDGET (banner)));
  g_assert_null (gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_SCROLLED_WINDOW));
}

static void
test_paste_session (void)
{
  g_autoptr(CpUserSessions) store = new_store ();
  CpCalendarPage *page = new_calendar (store);
  CpNoticeDialog *dialog = cp_notice_dialog_new (pack, store);
  GListModel *rows = cp_calendar_page_get_rows (page);
  g_autoptr(CpSessionItem) own = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window = gtk_window_new ();
  CpNotice *notice;

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_false (save_sensitive (dialog));
  paste (dialog, "seed-004.txt");
  notice = cp_notice_dialog_get_notice (dialog);
  g_assert_cmpint (notice->kind, ==, CP_NOTICE_SESSION);

  g_assert_cmpstr (row_text (dialog, "exam_date"), ==, "2026-04-12");
  g_assert_cmpstr (row_text (dialog, "levels"), ==, "3");
  g_assert_cmpstr (row_text (dialog, "registration[0].closes"), ==, "2026-03-23");
  g_assert_cmpstr (row_text (dialog, "registration[1].closes"), ==, "2026-03-25");
  g_assert_cmpstr (row_text (dialog, "papers_due"), ==, "2026-03-27");
  g_assert_cmpstr (row_text (dialog, "capacity"), ==, "400");
  g_assert_cmpstr (row_text (dialog, "min_to_open"), ==, "30");
  g_assert_cmpstr (row_text (dialog, "registration_code"), ==, "0f7eb41b");
  g_assert_cmpstr (row_text (dialog, "fees[0].theory"), ==, "65");
  g_assert_cmpstr (row_text (dialog, "fees[0].practical"), ==, "310");
  g_assert_cmpstr (row_text (dialog, "fees[0].total"), ==, "375");
  /* The unsure field is marked, the sure ones not. */
  g_assert_true (gtk_widget_has_css_class (cp_notice_dialog_find_row (dialog, "plan_number"), "warning"));
  g_assert_false (gtk_widget_has_css_class (cp_notice_dialog_find_row (dialog, "exam_date"), "warning"));

  /* The words of the exam date are highlighted in the text. */
  {
    GtkTextView *view = cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "text_view");
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
    const CpNoticeSpan *span = cp_notice_find_span (notice, "exam_date");
    GtkTextIter inside, before;
    g_autofree char *words = NULL;

    g_assert_nonnull (span);
    words = g_strndup (notice->text + span->start, span->end - span->start);
    g_assert_cmpstr (words, ==, "2026-4-12");
    gtk_text_buffer_get_iter_at_offset (buffer, &inside, (int) g_utf8_pointer_to_offset (notice->text, notice->text + span->start));
    g_assert_true (gtk_text_iter_has_tag (&inside, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "found")));
    gtk_text_buffer_get_iter_at_offset (buffer, &before, 0);
    g_assert_false (gtk_text_iter_has_tag (&before, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "found")));
  }

  /* A wrong correction is refused until it is right; why is said at the
   * top of the dialog, outside the long list's scroller, and the red
   * field is focused, wherever the focus was. */
  gtk_window_present (GTK_WINDOW (dialog));
  set_row (dialog, "capacity", "four hundred");
  g_assert_false (save_sensitive (dialog));
  gtk_widget_grab_focus (cp_notice_dialog_find_row (dialog, "exam_date"));
  g_assert_false (cp_notice_dialog_save (dialog, &error));
  g_assert_nonnull (error);
  assert_told (dialog, error->message);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         cp_notice_dialog_find_row (dialog, "capacity")));
  g_clear_error (&error);
  set_row (dialog, "capacity", "380");
  g_assert_true (save_sensitive (dialog));
  g_assert_false (gtk_revealer_get_reveal_child (cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG,
                                                                              "error_revealer")));

  path = cp_gui_test_screenshot (GTK_WINDOW (dialog), "notice-pasted");
  g_clear_pointer (&path, g_free);

  g_assert_true (cp_notice_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The same notice once more: saved already, and told so where it is seen. */
  dialog = cp_notice_dialog_new (pack, store);
  paste (dialog, "seed-004.txt");
  set_row (dialog, "capacity", "380");
  g_assert_false (cp_notice_dialog_save (dialog, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  assert_told (dialog, error->message);
  g_clear_error (&error);
  gtk_window_present (GTK_WINDOW (dialog));
  path = cp_gui_test_screenshot (GTK_WINDOW (dialog), "notice-saved-already");
  g_clear_pointer (&path, g_free);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* In the calendar, beside the bundled copy, saying where it came from. */
  rows = cp_calendar_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  own = find_own (rows);
  g_assert_nonnull (own);
  g_assert_cmpstr (cp_session_item_get_own_how (own), ==, "notice");
  g_assert_cmpint (json_object_get_int_member (cp_session_item_get_session (own), "capacity"), ==, 380);
  g_assert_cmpstr (json_object_get_string_member (cp_session_item_get_session (own), "exam_date"), ==, "2026-04-12");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CpSessionItem) item = g_list_model_get_item (rows, i);

      if (item == own)
        cp_calendar_page_select (page, i);
    }
  {
    GtkLabel *facts = cp_gui_test_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "facts_label");
    g_autofree char *prefix = g_strdup (_("From a notice, saved %s"));

    *strstr (prefix, "%s") = '\0';
    g_assert_nonnull (strstr (gtk_label_get_label (facts), prefix));
    g_assert_true (gtk_widget_get_visible (cp_gui_test_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "own_box")));
  }
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "calendar-own-session");
  g_clear_pointer (&path, g_free);

  /* Deleted, it is gone. */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.delete-own", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cp_calendar_page_get_rows (page)), ==, 1);
  {
    g_autoptr(GPtrArray) left = cp_user_sessions_list (store, CP_USER_SESSION);
    g_assert_cmpuint (left->len, ==, 0);
  }
  /* And back with Undo, still from a notice. */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.undo-delete", NULL);
  g_clear_object (&own);
  own = find_own (cp_calendar_page_get_rows (page));
  g_assert_nonnull (own);
  g_assert_cmpstr (cp_session_item_get_own_how (own), ==, "notice");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
}

/* Other date forms and layouts (the notice reader's own test notices):
 * the row shows the date the one way, and the highlight covers the words
 * as printed, full-width digits and Windows line ends included. */
static void
test_other_forms (void)
{
  static const struct
  {
    const char *file;
    const char *exam_date;
    const char *printed;
    const char *closes;
  } cases[] = {
    { "zhuhai-next-line.txt", "2026-07-05", "2026-07-05", "2026-06-12" },
    { "foshan-fullwidth.txt", "2026-05-17", "２０２６年５月１７日", "2026-04-24" },
    { "shenzhen-slash-crlf.txt", "2026-06-21", "2026/6/21", "2026-05-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CpUserSessions) store = new_store ();
      CpNoticeDialog *dialog = cp_notice_dialog_new (pack, store);
      GtkTextView *view = cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "text_view");
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextTag *found = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "found");
      const CpNoticeSpan *span;
      CpNotice *notice;
      GtkTextIter start, end;
      g_autofree char *highlighted = NULL;

      paste (dialog, cases[i].file);
      notice = cp_notice_dialog_get_notice (dialog);
      g_assert_cmpstr (row_text (dialog, "exam_date"), ==, cases[i].exam_date);
      g_assert_cmpstr (row_text (dialog, "registration[0].closes"), ==, cases[i].closes);
      span = cp_notice_find_span (notice, "exam_date");
      g_assert_nonnull (span);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (notice->text, notice->text + span->start));
      end = start;
      gtk_text_iter_forward_to_tag_toggle (&end, found);
      highlighted = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_true (gtk_text_iter_has_tag (&start, found));
      g_assert_cmpstr (highlighted, ==, cases[i].printed);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/* An organisation the data does not know is saved with the session, its
 * fee table as corrected (the Foshan notice: level 3 65 + 310 = 375, here
 * corrected to 380), and named in the calendar. */
static void
test_own_centre (void)
{
  g_autoptr(CpUserSessions) store = new_store ();
  CpCalendarPage *page = new_calendar (store);
  CpNoticeDialog *dialog = cp_notice_dialog_new (pack, store);
  g_autoptr(GPtrArray) centres = NULL;
  g_autoptr(CpSessionItem) own = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *fees;

  paste (dialog, "foshan-fullwidth.txt");
  g_assert_cmpstr (row_text (dialog, "fees[1].total"), ==, "375");
  set_row (dialog, "fees[1].total", "380");
  g_assert_true (cp_notice_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  centres = cp_user_sessions_list (store, CP_USER_CENTRE);
  g_assert_cmpuint (centres->len, ==, 1);
  fees = json_object_get_array_member (((CpUserRecord *) g_ptr_array_index (centres, 0))->record, "fees");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (fees, 1), "total"), ==, 380);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (fees, 0), "total"), ==, 300);

  own = find_own (cp_calendar_page_get_rows (page));
  g_assert_nonnull (own);
  for (guint i = 0; i < g_list_model_get_n_items (cp_calendar_page_get_rows (page)); i++)
    {
      g_autoptr(CpSessionItem) item = g_list_model_get_item (cp_calendar_page_get_rows (page), i);

      if (item == own)
        cp_calendar_page_select (page, i);
    }
  {
    GtkLabel *title = cp_gui_test_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "title_label");
    GtkLabel *facts = cp_gui_test_template_child (GTK_WIDGET (page), CP_TYPE_CALENDAR_PAGE, "facts_label");

    g_assert_nonnull (strstr (gtk_label_get_label (title), "佛山市顺德区职业技能鉴定指导中心"));
    g_assert_nonnull (strstr (gtk_label_get_label (facts), "380"));
  }
  g_object_unref (page);
}

static void
test_nothing (void)
{
  g_autoptr(CpUserSessions) store = new_store ();
  CpNoticeDialog *dialog = cp_notice_dialog_new (pack, store);
  GtkLabel *summary = cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "summary_label");
  g_autofree char *expected = g_strdup (_("Nothing recognisable: this does not read as the notice of an exam "
                                          "session or of a training course. Paste the whole text of the "
                                          "notice, or enter the session by hand."));

  paste (dialog, "nothing.txt");
  g_assert_cmpint (cp_notice_dialog_get_notice (dialog)->kind, ==, CP_NOTICE_NOTHING);
  g_assert_cmpstr (gtk_label_get_label (summary), ==, expected);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (cp_notice_dialog_get_fields (dialog))));
  g_assert_false (save_sensitive (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Entered by hand on a form, then corrected through Edit. */
static void
test_by_hand (void)
{
  g_autoptr(CpUserSessions) store = new_store ();
  CpCalendarPage *page = new_calendar (store);
  CpNoticeDialog *dialog = cp_notice_dialog_new_by_hand (pack, store);
  g_autoptr(CpSessionItem) own = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = NULL;

  set_row (dialog, "exam_date", "2027-5-17");
  set_row (dialog, "levels", "4");
  set_row (dialog, "capacity", "200");
  set_row (dialog, "min_to_open", "20");
  set_row (dialog, "registration[0].closes", "2027-04-20");
  set_row (dialog, "papers_due", "2027-04-24");
  set_row (dialog, "published", "2027-03-01");
  adw_combo_row_set_selected (cp_gui_test_template_child (GTK_WIDGET (dialog), CP_TYPE_NOTICE_DIALOG, "centre_row"), 0);
  if (!cp_notice_dialog_save (dialog, &error))
    g_test_message ("%s", error->message);
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  own = find_own (cp_calendar_page_get_rows (page));
  g_assert_nonnull (own);
  g_assert_cmpstr (cp_session_item_get_own_how (own), ==, "hand");
  /* The date as typed, written the one way. */
  g_assert_cmpstr (json_object_get_string_member (cp_session_item_get_session (own), "exam_date"), ==, "2027-05-17");

  saved = cp_user_sessions_list (store, CP_USER_SESSION);
  g_assert_cmpuint (saved->len, ==, 1);
  dialog = cp_notice_dialog_new_to_edit (pack, store, CP_USER_SESSION, ((CpUserRecord *) g_ptr_array_index (saved, 0))->id);
  g_assert_cmpstr (row_text (dialog, "capacity"), ==, "200");
  set_row (dialog, "capacity", "250");
  g_assert_true (cp_notice_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_object (&own);
  own = find_own (cp_calendar_page_get_rows (page));
  g_assert_cmpint (json_object_get_int_member (cp_session_item_get_session (own), "capacity"), ==, 250);
  g_assert_cmpstr (cp_session_item_get_own_how (own), ==, "hand");

  /* One's own sessions as a feed that reads back whole. */
  {
    g_autofree char *directory = g_dir_make_tmp ("certpath-export-XXXXXX", NULL);
    g_autofree char *file_path = g_build_filename (directory, "feed.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (file_path);
    g_autoptr(GBytes) bytes = NULL;
    CpFeed *feed;

    g_assert_true (cp_calendar_page_export_feed (page, file, &error));
    g_assert_no_error (error);
    bytes = g_file_load_bytes (file, NULL, NULL, &error);
    g_assert_no_error (error);
    feed = cp_feed_parse (pack, bytes, file_path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (json_array_get_length (feed->sessions), ==, 1);
    g_assert_cmpuint (feed->skipped->len, ==, 0);
    cp_feed_free (feed);
  }
  g_object_unref (page);
}

/* Seed 002's course, read and saved, in the Courses tab with its origin;
 * started 2025-04, it reads as ended on 2026-12-01 and comes last. */
static void
test_course (void)
{
  g_autoptr(CpUserSessions) store = new_store ();
  CpCoursesPage *page = g_object_ref_sink (g_object_new (CP_TYPE_COURSES_PAGE, NULL));
  CpNoticeDialog *dialog = cp_notice_dialog_new (pack, store);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpCourseItem) last = NULL;
  GListModel *rows;
  guint before;

  cp_courses_page_set_context (page, pack, NULL);
  cp_courses_page_set_day (page, cp_date_from_ymd (2026, 12, 1));
  cp_courses_page_set_own (page, store);
  before = g_list_model_get_n_items (cp_courses_page_get_rows (page));

  paste (dialog, "seed-002.txt");
  g_assert_cmpint (cp_notice_dialog_get_notice (dialog)->kind, ==, CP_NOTICE_COURSE);
  g_assert_cmpstr (row_text (dialog, "prices[0].price"), ==, "3500");
  g_assert_cmpstr (row_text (dialog, "prices[0].member_price"), ==, "3120");
  g_assert_cmpstr (row_text (dialog, "exam_fee"), ==, "500");
  g_assert_cmpstr (row_text (dialog, "start_month"), ==, "2025-04");
  g_assert_nonnull (strstr (row_text (dialog, "includes"), "first_exam_fee"));
  g_assert_true (cp_notice_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  rows = cp_courses_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, before + 1);
  last = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
  g_assert_cmpstr (cp_course_item_get_text (last, "own"), ==, _("from a notice"));
  g_assert_cmpstr (cp_course_item_get_text (last, "ended"), ==, "yes");
  g_assert_cmpint (cp_course_item_get_cost (last)->price, ==, 3500);

  /* Corrected through Edit, the table follows. */
  {
    const char *id = json_object_get_string_member (cp_course_item_get_cost (last)->course, "id");
    g_autoptr(CpCourseItem) edited = NULL;

    dialog = cp_notice_dialog_new_to_edit (pack, store, CP_USER_COURSE, id);
    g_assert_cmpstr (row_text (dialog, "prices[0].price"), ==, "3500");
    set_row (dialog, "prices[0].price", "3400");
    g_assert_true (cp_notice_dialog_save (dialog, &error));
    g_assert_no_error (error);
    gtk_window_destroy (GTK_WINDOW (dialog));
    rows = cp_courses_page_get_rows (page);
    edited = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
    g_assert_cmpint (cp_course_item_get_cost (edited)->price, ==, 3400);
    g_assert_true (cp_user_sessions_remove (store, CP_USER_COURSE, id, &error));
    g_assert_cmpuint (g_list_model_get_n_items (cp_courses_page_get_rows (page)), ==, before);
  }
  g_object_unref (page);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/notice-dialog/paste-session", test_paste_session);
  g_test_add_func ("/notice-dialog/other-forms", test_other_forms);
  g_test_add_func ("/notice-dialog/own-centre", test_own_centre);
  g_test_add_func ("/notice-dialog/nothing", test_nothing);
  g_test_add_func ("/notice-dialog/by-hand-edit-export", test_by_hand);
  g_test_add_func ("/notice-dialog/course", test_course);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
