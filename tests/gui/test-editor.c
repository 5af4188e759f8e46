/* test-editor.c: the candidate editor as the keyboard uses it: Enter adds
 * an item, Ctrl+N starts at Name, long choices are shown whole, and a
 * number that is not one is marked instead of read as 0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-window.h"
#include "pages/cp-eligibility-page.h"

static CpPolicyPack *pack;

static CpCandidateEditor *
editor_of (CpWindow *window)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (cp_window_get_stack (window), "eligibility");

  return cp_eligibility_page_get_editor (CP_ELIGIBILITY_PAGE (page));
}

static GtkWidget *
field (CpWindow   *window,
       const char *name)
{
  GtkWidget *widget = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (editor_of (window)),
                                                                   CP_TYPE_CANDIDATE_EDITOR, name);

  g_assert_nonnull (widget);
  return widget;
}

static CpWindow *
shown_window (void)
{
  CpWindow *window = cp_window_new (NULL, pack, NULL, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cp_gui_walk_settle (200);
  return window;
}

/* Types @text into the entry row @name and presses Enter there: the
 * row's text field is activated, as the key does. */
static void
type_and_enter (CpWindow   *window,
                const char *name,
                const char *text)
{
  GtkEditable *row = GTK_EDITABLE (field (window, name));

  gtk_editable_set_text (row, text);
  g_signal_emit_by_name (gtk_editable_get_delegate (row), "activate");
}

static void
test_enter_adds (void)
{
  CpWindow *window = shown_window ();
  CpProfile *profile = cp_window_get_profile (window);

  type_and_enter (window, "work_start_row", "2016-07-01");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 1);
  g_assert_cmpint (g_array_index (cp_profile_get_work_periods (profile), CpWorkPeriod, 0).start, ==,
                   cp_date_from_ymd (2016, 7, 1));
  /* The form is ready for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (window, "work_start_row"))), ==, "");

  /* In the end field too, with the start typed before. */
  gtk_editable_set_text (GTK_EDITABLE (field (window, "work_start_row")), "2010-01-01");
  type_and_enter (window, "work_end_row", "2012-12-31");
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 2);
  g_assert_cmpint (g_array_index (cp_profile_get_work_periods (profile), CpWorkPeriod, 1).end, ==,
                   cp_date_from_ymd (2012, 12, 31));

  type_and_enter (window, "certificate_issued_row", "2021-05-10");
  g_assert_cmpuint (cp_profile_get_certificates (profile)->len, ==, 1);
  g_assert_cmpint (g_array_index (cp_profile_get_certificates (profile), CpCertificate, 0).issued, ==,
                   cp_date_from_ymd (2021, 5, 10));

  type_and_enter (window, "title_obtained_row", "2019-09-01");
  g_assert_cmpuint (cp_profile_get_titles (profile)->len, ==, 1);

  type_and_enter (window, "education_graduated_row", "2014-06-30");
  g_assert_cmpuint (cp_profile_get_education (profile)->len, ==, 1);
  g_assert_cmpint (g_array_index (cp_profile_get_education (profile), CpEducation, 0).graduated, ==,
                   cp_date_from_ymd (2014, 6, 30));

  /* A wrong date is marked and adds nothing. */
  type_and_enter (window, "certificate_issued_row", "2021-02-30");
  g_assert_cmpuint (cp_profile_get_certificates (profile)->len, ==, 1);
  g_assert_true (gtk_widget_has_css_class (field (window, "certificate_issued_row"), "error"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_focuses_name (void)
{
  CpWindow *window = shown_window ();
  GtkWidget *name = field (window, "name_row");
  GtkWidget *scrolled = gtk_widget_get_ancestor (name, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *vertical = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *focus;

  /* The cursor far down the form, on another tab. */
  gtk_widget_grab_focus (field (window, "education_graduated_row"));
  cp_gui_walk_settle (200);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "courses");
  g_assert_false (gtk_widget_get_mapped (name));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  cp_gui_walk_settle (200);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, name));
  g_assert_cmpfloat (gtk_adjustment_get_value (vertical), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_icon (void)
{
  CpWindow *window = shown_window ();
  g_autoptr(GPtrArray) reachable = cp_gui_walk_reachable (GTK_WIDGET (window));
  GtkWidget *save = NULL;

  for (guint i = 0; i < reachable->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (reachable, i);

      if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.save") == 0)
        save = widget;
    }
  g_assert_nonnull (save);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (save)), ==, "document-save-symbolic");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether some mapped label under @root shows @text, none of them cut. */
static gboolean
shown_whole (GtkWidget  *root,
             const char *text)
{
  gboolean found = FALSE;

  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    {
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (root))));
      found = TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    found |= shown_whole (child, text);
  return found;
}

static void
test_long_choices_fit (void)
{
  CpWindow *window = shown_window ();
  AdwComboRow *kind = ADW_COMBO_ROW (field (window, "education_kind_row"));
  g_autoptr(GtkStringObject) longest = NULL;
  GtkWidget *popover;

  /* In the window's usual size (1180 wide), the editor's column is about
   * 450 pixels: too narrow for the longest kind beside its title. */
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (kind)); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (kind), i);

      if (longest == NULL || strlen (gtk_string_object_get_string (item)) > strlen (gtk_string_object_get_string (longest)))
        {
          g_set_object (&longest, item);
          adw_combo_row_set_selected (kind, i);
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (kind));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cp_gui_walk_settle (200);
  g_test_message ("longest: %s", gtk_string_object_get_string (longest));
  g_assert_true (shown_whole (GTK_WIDGET (kind), gtk_string_object_get_string (longest)));
  /* And in the list of choices, open. */
  gtk_widget_activate (GTK_WIDGET (kind));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cp_gui_walk_settle (200);
  popover = cp_gui_walk_find (GTK_WIDGET (kind), GTK_TYPE_POPOVER, NULL);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  g_assert_true (shown_whole (popover, gtk_string_object_get_string (longest)));
  /* The popover is a surface of its own: drawn alone. */
  g_free (cp_gui_test_screenshot ((GtkWindow *) popover, "editor-school-kinds"));
  /* Closed before its window goes: GTK 4.8 otherwise asks a gone surface
   * for the pointer in the next test. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  cp_gui_walk_settle (200);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_hours_marked (void)
{
  CpWindow *window = shown_window ();
  CpProfile *profile = cp_window_get_profile (window);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (field (window, "hours_spin"));
  AdwActionRow *row = ADW_ACTION_ROW (field (window, "hours_row"));

  gtk_editable_set_text (GTK_EDITABLE (spin), "120");
  gtk_spin_button_update (spin);
  g_assert_cmpint (cp_profile_get_training_hours (profile), ==, 120);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));

  /* GTK alone reads "12o" as 12 and "abc" as 0. */
  for (guint i = 0; i < 2; i++)
    {
      const char *typed = i == 0 ? "abc" : "12o";

      gtk_editable_set_text (GTK_EDITABLE (spin), typed);
      gtk_spin_button_update (spin);
      g_assert_cmpint (cp_profile_get_training_hours (profile), ==, 120);
      g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 120);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), typed));
    }

  gtk_editable_set_text (GTK_EDITABLE (spin), "40");
  gtk_spin_button_update (spin);
  g_assert_cmpint (cp_profile_get_training_hours (profile), ==, 40);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/editor/enter-adds", test_enter_adds);
  g_test_add_func ("/editor/new-focuses-name", test_new_focuses_name);
  g_test_add_func ("/editor/save-icon", test_save_icon);
  g_test_add_func ("/editor/long-choices-fit", test_long_choices_fit);
  g_test_add_func ("/editor/bad-hours-marked", test_bad_hours_marked);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
