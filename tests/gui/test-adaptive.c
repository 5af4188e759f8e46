/* test-adaptive.c: the window at a phone's size, at half a small laptop's
 * screen and full screen: it keeps the size asked for, the panes fold
 * into one column, the tabs move to a bottom bar, the filter rows fold
 * into a menu, and nothing is wider than the window; every tab drawn at
 * every size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-notice-dialog.h"
#include "cp-preferences-window.h"
#include "cp-roster-window.h"
#include "cp-spreadsheet.h"
#include "cp-split-view.h"
#include "cp-window.h"
#include "pages/cp-calendar-page.h"
#include "pages/cp-eligibility-page.h"

typedef struct
{
  int      width;
  int      height;
  gboolean narrow;    /* panes folded, tabs at the bottom, filters in a menu */
} Size;

static const Size sizes[] = {
  { 360, 640, TRUE },
  { 600, 500, TRUE },
  { 1366, 768, FALSE },
};


static CpPolicyPack *pack;

/* Every tab of the window, a tab added later included. */
static GStrv
tab_names (CpWindow *window)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (cp_window_get_stack (window)));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_strv_builder_add (names, adw_view_stack_page_get_name (page));
    }
  return g_strv_builder_end (names);
}

/* The window's size on screen (the widget may be a few pixels smaller,
 * inside the frame GTK draws around it). */
static int
surface_width (GtkWindow *window)
{
  return gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)));
}

static int
surface_height (GtkWindow *window)
{
  return gdk_surface_get_height (gtk_native_get_surface (GTK_NATIVE (window)));
}

/* X keeps a window within the screen: a size bigger than the screen
 * cannot be tried (meson gives the test a 1920×1080 one; a Flatpak build
 * runs it on whatever display it has). */
static gboolean
screen_holds (GtkWindow *window,
              int        width,
              int        height)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  GdkRectangle area;

  if (monitor == NULL)
    return TRUE;
  gdk_monitor_get_geometry (monitor, &area);
  if (area.width >= width && area.height >= height)
    return TRUE;
  g_test_message ("%d×%d not tried: the screen is %d×%d", width, height, area.width, area.height);
  return FALSE;
}

/* A resize reaches the window through the X server: a few frames. */
static void
resize (GtkWindow *window,
        int        width,
        int        height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  for (guint i = 0; i < 10; i++)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      cp_gui_walk_settle (200);
      if (surface_width (GTK_WINDOW (window)) == width && surface_height (GTK_WINDOW (window)) == height)
        break;
    }
}

/* Idle work (the filters moving, the tab bar) and the frames after it. */
static void
settle (GtkWindow *window)
{
  for (guint i = 0; i < 3; i++)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      cp_gui_walk_settle (200);
    }
}

/* Every widget shown in @window lies within it (its frame included, as
 * the header bar reaches over the window's border). What scrolls is
 * checked as the scrolled window, not as its content: a table may be
 * wider than the window as long as it scrolls inside it. */
static void
collect_sticking_out (GtkWidget             *widget,
                      GtkWidget             *window,
                      const graphene_rect_t *frame,
                      GString               *out)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || GTK_WIDGET (gtk_widget_get_native (widget)) != window)
    return;
  if (gtk_widget_compute_bounds (widget, window, &bounds) &&
      (bounds.origin.x < frame->origin.x - 0.5 ||
       bounds.origin.x + bounds.size.width > frame->origin.x + frame->size.width + 0.5))
    {
      g_autofree char *name = cp_gui_walk_describe (widget);

      g_string_append_printf (out, "%s at %.0f, %.0f wide; ", name, bounds.origin.x, bounds.size.width);
    }
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_sticking_out (child, window, frame, out);
}

static void
assert_nothing_sticks_out (GtkWindow *window)
{
  g_autoptr(GString) out = g_string_new ("");
  graphene_rect_t frame;

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (window), GTK_WIDGET (window), &frame));
  g_assert_cmpfloat (frame.size.width, ==, surface_width (GTK_WINDOW (window)));
  collect_sticking_out (GTK_WIDGET (window), GTK_WIDGET (window), &frame, out);
  g_assert_cmpstr (out->str, ==, "");
}

static GtkWidget *
template_child (CpWindow   *window,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CP_TYPE_WINDOW, name));
}

static void
check_tab (CpWindow   *window,
           const char *tab,
           const Size *size)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (cp_window_get_stack (window), tab);
  GtkWidget *split = cp_gui_walk_find (page, CP_TYPE_SPLIT_VIEW, NULL);
  GtkWidget *filters = cp_gui_walk_find (page, GTK_TYPE_BOX, "filter_box");
  GtkWidget *filter_button = cp_gui_walk_find (page, GTK_TYPE_MENU_BUTTON, "filter_button");

  g_test_message ("%s at %d×%d", tab, size->width, size->height);
  /* The size asked for, not snapped back to a minimum. */
  g_assert_cmpint (surface_width (GTK_WINDOW (window)), ==, size->width);
  g_assert_cmpint (surface_height (GTK_WINDOW (window)), ==, size->height);
  assert_nothing_sticks_out (GTK_WINDOW (window));

  g_assert_cmpint (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (template_child (window, "switcher_bar"))), ==,
                   size->narrow);
  g_assert_cmpint (gtk_widget_get_height (template_child (window, "switcher_bar")) > 0, ==, size->narrow);
  if (split != NULL)
    g_assert_cmpint (cp_split_view_get_folded (CP_SPLIT_VIEW (split)), ==, size->narrow);
  if (filters != NULL)
    {
      GtkWidget *in_menu = cp_gui_walk_ancestor (filters, GTK_TYPE_POPOVER);

      g_assert_cmpint (gtk_widget_get_mapped (filter_button), ==, size->narrow);
      g_assert_cmpint (in_menu != NULL, ==, size->narrow);
      g_assert_cmpint (gtk_widget_get_mapped (filters), ==, !size->narrow);
    }
}

/* Folded, each side has a button to the other, and both sides fit. */
static void
check_both_sides (CpWindow    *window,
                  CpSplitView *split,
                  const char  *screenshot)
{
  GtkWidget *forward = cp_gui_walk_find (GTK_WIDGET (split), GTK_TYPE_BUTTON, "forward_button");
  GtkWidget *back = cp_gui_walk_find (GTK_WIDGET (split), GTK_TYPE_BUTTON, "back_button");
  GtkWidget *name_row = cp_gui_walk_find (GTK_WIDGET (split), ADW_TYPE_ENTRY_ROW, "name_row");
  g_autofree char *path = NULL;

  g_assert_false (cp_split_view_shows_end (split));
  g_assert_true (gtk_widget_get_mapped (forward));
  g_assert_false (gtk_widget_get_mapped (back));
  cp_gui_walk_click (forward);
  settle (GTK_WINDOW (window));
  g_assert_true (cp_split_view_shows_end (split));
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_false (gtk_widget_get_mapped (forward));
  /* The keyboard is not left on a button that went away. */
  g_assert_true (gtk_widget_has_focus (back));
  assert_nothing_sticks_out (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), screenshot);
  g_test_message ("%s", path);
  cp_gui_walk_click (back);
  settle (GTK_WINDOW (window));
  g_assert_false (cp_split_view_shows_end (split));
  g_assert_true (gtk_widget_has_focus (forward));

  /* Led back by the leaflet itself (Alt+Left), the keyboard comes too
   * (AdwLeaflet moves it). */
  cp_split_view_show_end (split);
  settle (GTK_WINDOW (window));
  gtk_widget_grab_focus (back);
  adw_leaflet_navigate (cp_split_view_get_leaflet (split), ADW_NAVIGATION_DIRECTION_BACK);
  settle (GTK_WINDOW (window));
  g_assert_false (cp_split_view_shows_end (split));
  g_assert_true (gtk_widget_has_focus (forward));
  /* Something on the hidden side that takes the keyboard (Ctrl+N puts it
   * in Name) shows that side. */
  cp_split_view_show_end (split);
  settle (GTK_WINDOW (window));
  g_assert_true (gtk_widget_grab_focus (name_row));
  settle (GTK_WINDOW (window));
  g_assert_false (cp_split_view_shows_end (split));
  g_assert_true (gtk_widget_get_mapped (name_row));
}

/* Folded, picking a session (Enter or a double click: the list is
 * activated) leads to its details. */
static void
check_session_pick (CpWindow *window)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (cp_window_get_stack (window), "calendar");
  CpSplitView *split = CP_SPLIT_VIEW (cp_gui_walk_find (page, CP_TYPE_SPLIT_VIEW, NULL));
  GtkWidget *list = cp_gui_walk_find (page, GTK_TYPE_LIST_VIEW, "list_view");

  g_assert_cmpuint (g_list_model_get_n_items (cp_calendar_page_get_rows (CP_CALENDAR_PAGE (page))), >=, 1);
  g_assert_false (cp_split_view_shows_end (split));
  g_signal_emit_by_name (list, "activate", 0);
  settle (GTK_WINDOW (window));
  g_assert_true (cp_split_view_shows_end (split));
  assert_nothing_sticks_out (GTK_WINDOW (window));
  cp_split_view_show_start (split);
  settle (GTK_WINDOW (window));
}

/* The subsidy catalogue is a long list: it scrolls, and fits across. */
static void
check_catalogue (CpWindow   *window,
                 const Size *size)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (cp_window_get_stack (window), "subsidy");
  AdwViewStack *views = ADW_VIEW_STACK (cp_gui_walk_find (page, ADW_TYPE_VIEW_STACK, "views"));
  g_autofree char *name = g_strdup_printf ("subsidy-catalogue-%dx%d", size->width, size->height);
  g_autofree char *path = NULL;

  adw_view_stack_set_visible_child_name (views, "catalogue");
  settle (GTK_WINDOW (window));
  g_assert_cmpint (surface_width (GTK_WINDOW (window)), ==, size->width);
  assert_nothing_sticks_out (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), name);
  g_test_message ("%s", path);
  adw_view_stack_set_visible_child_name (views, "candidate");
  settle (GTK_WINDOW (window));
}

/* The filters fold into the menu and are there when it opens. */
static void
check_filter_menu (CpWindow   *window,
                   const Size *size)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (cp_window_get_stack (window), "courses");
  GtkMenuButton *button = GTK_MENU_BUTTON (cp_gui_walk_find (page, GTK_TYPE_MENU_BUTTON, "filter_button"));
  GtkWidget *city = cp_gui_walk_find (page, GTK_TYPE_DROP_DOWN, "city_filter");
  GtkWidget *table = cp_gui_walk_ancestor (cp_gui_walk_find (page, GTK_TYPE_COLUMN_VIEW, NULL), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (table));

  g_assert_false (gtk_widget_get_mapped (city));
  gtk_menu_button_popup (button);
  settle (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (city));
  {
    g_autofree char *name = g_strdup_printf ("courses-filters-%dx%d", size->width, size->height);
    g_autofree char *path = cp_gui_test_screenshot_native (GTK_NATIVE (gtk_menu_button_get_popover (button)), name);

    g_test_message ("%s", path);
  }
  gtk_menu_button_popdown (button);
  settle (GTK_WINDOW (window));
  /* The table is wider than a phone: it scrolls within itself. */
  if (size->width < 400)
    g_assert_cmpfloat (gtk_adjustment_get_upper (across), >, gtk_adjustment_get_page_size (across));
  g_assert_cmpint (gtk_widget_get_width (table), <=, gtk_widget_get_width (GTK_WIDGET (window)));
}

static void
test_sizes (void)
{
  CpWindow *window = cp_window_new (NULL, pack, NULL, NULL);
  g_auto(GStrv) tabs = tab_names (window);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  g_autoptr(GError) error = NULL;
  CpEligibilityPage *eligibility;

  g_assert_cmpuint (g_strv_length (tabs), >=, 4);
  g_assert_true (cp_window_load_file (window, example, &error));
  g_assert_no_error (error);
  eligibility = CP_ELIGIBILITY_PAGE (adw_view_stack_get_child_by_name (cp_window_get_stack (window), "eligibility"));
  cp_eligibility_page_set_day (eligibility, cp_date_from_ymd (2026, 11, 23));
  /* Before the bundled session, so the list has it. */
  cp_calendar_page_set_day (CP_CALENDAR_PAGE (adw_view_stack_get_child_by_name (cp_window_get_stack (window), "calendar")),
                            cp_date_from_ymd (2026, 3, 10));
  /* A card open, as in the window test: its clauses must wrap on a phone. */
  adw_expander_row_set_expanded (cp_level_list_get_card (cp_eligibility_page_get_levels (eligibility), 3), TRUE);

  /* Starts wide, as a window restored from last time would. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      if (!screen_holds (GTK_WINDOW (window), sizes[s].width, sizes[s].height))
        continue;
      resize (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      for (guint t = 0; tabs[t] != NULL; t++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%dx%d", tabs[t], sizes[s].width, sizes[s].height);
          g_autofree char *path = NULL;

          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", tabs[t]);
          settle (GTK_WINDOW (window));
          check_tab (window, tabs[t], &sizes[s]);
          path = cp_gui_test_screenshot (GTK_WINDOW (window), name);
          g_test_message ("%s", path);
        }
      if (sizes[s].narrow)
        {
          g_autofree char *name = g_strdup_printf ("eligibility-levels-%dx%d", sizes[s].width, sizes[s].height);

          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "eligibility");
          settle (GTK_WINDOW (window));
          check_both_sides (window, CP_SPLIT_VIEW (cp_gui_walk_find (GTK_WIDGET (eligibility), CP_TYPE_SPLIT_VIEW, NULL)),
                            name);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "subsidy");
          settle (GTK_WINDOW (window));
          check_catalogue (window, &sizes[s]);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
          settle (GTK_WINDOW (window));
          check_session_pick (window);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "courses");
          settle (GTK_WINDOW (window));
          check_filter_menu (window, &sizes[s]);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every width from a phone's to a laptop's, in steps: the window keeps
 * it on every tab and nothing sticks out (a fold that flips back and
 * forth, or a row that cannot shrink, shows here). */
static void
test_every_width (void)
{
  CpWindow *window = cp_window_new (NULL, pack, NULL, NULL);
  g_auto(GStrv) tabs = tab_names (window);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_window_load_file (window, example, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  gtk_window_present (GTK_WINDOW (window));
  for (int width = 360; width <= 1400 && screen_holds (GTK_WINDOW (window), width, 600); width += 65)
    {
      resize (GTK_WINDOW (window), width, 600);
      for (guint t = 0; tabs[t] != NULL; t++)
        {
          int minimum;

          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", tabs[t]);
          settle (GTK_WINDOW (window));
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          g_test_message ("%s at %d: the window's minimum width is %d", tabs[t], width, minimum);
          g_assert_cmpint (surface_width (GTK_WINDOW (window)), ==, width);
          assert_nothing_sticks_out (GTK_WINDOW (window));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* @window shown at 360×640 keeps that size. */
static void
show_on_phone (GtkWindow *window)
{
  gtk_window_set_default_size (window, 360, 640);
  gtk_window_present (window);
  resize (window, 360, 640);
  settle (window);
  g_assert_cmpint (surface_width (window), ==, 360);
  g_assert_cmpint (surface_height (window), ==, 640);
}

/* A class roster on a phone: the table scrolls within its window. */
static void
test_roster_window (void)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "data", "rosters", "class-30.csv", NULL);
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  CpRosterWindow *window;
  CpRoster *roster;
  GtkWidget *table;
  GtkAdjustment *across;
  gsize length;

  g_assert_true (g_file_get_contents (file, &data, &length, &error));
  roster = cp_spreadsheet_read_roster (pack, data, length, cp_date_from_ymd (2026, 3, 1), 0, &error);
  g_assert_no_error (error);
  window = cp_roster_window_new (roster, NULL);
  show_on_phone (GTK_WINDOW (window));
  assert_nothing_sticks_out (GTK_WINDOW (window));
  table = cp_gui_walk_ancestor (cp_gui_walk_find (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, NULL), GTK_TYPE_SCROLLED_WINDOW);
  across = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (table));
  g_assert_cmpfloat (gtk_adjustment_get_upper (across), >, gtk_adjustment_get_page_size (across));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "roster-360x640");
  g_test_message ("%s", path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A notice pasted on a phone: the text and what was read from it fold
 * into one column; each side fits. */
static void
test_notice_dialog (void)
{
  g_autofree char *directory = g_dir_make_tmp ("certpath-own-XXXXXX", NULL);
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "data", "notices", "seed-002.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpUserSessions) store = cp_user_sessions_new (directory, pack);
  CpNoticeDialog *dialog;
  CpSplitView *split;

  cp_user_sessions_load (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (file, &text, NULL, &error));
  dialog = cp_notice_dialog_new (pack, store);
  cp_notice_dialog_set_text (dialog, text);
  cp_notice_dialog_read_now (dialog);
  show_on_phone (GTK_WINDOW (dialog));
  split = CP_SPLIT_VIEW (cp_gui_walk_find (GTK_WIDGET (dialog), CP_TYPE_SPLIT_VIEW, NULL));
  g_assert_true (cp_split_view_get_folded (split));
  assert_nothing_sticks_out (GTK_WINDOW (dialog));
  cp_split_view_show_end (split);
  settle (GTK_WINDOW (dialog));
  assert_nothing_sticks_out (GTK_WINDOW (dialog));
  path = cp_gui_test_screenshot (GTK_WINDOW (dialog), "notice-read-360x640");
  g_test_message ("%s", path);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Preferences on a phone. AdwPreferencesWindow itself needs 360 pixels
 * inside the window's frame; without a compositor (Xvfb) GTK draws that
 * frame inside the window's size, so the window is asked for 360 plus
 * the frame. */
static void
test_preferences_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  CpPreferencesWindow *window = cp_preferences_window_new (pack, NULL, settings);
  g_autofree char *path = NULL;
  int frame;

  gtk_window_present (GTK_WINDOW (window));
  settle (GTK_WINDOW (window));
  frame = surface_width (GTK_WINDOW (window)) - gtk_widget_get_width (GTK_WIDGET (window));
  g_assert_cmpint (frame, >=, 0);
  resize (GTK_WINDOW (window), 360 + frame, 640);
  settle (GTK_WINDOW (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  g_assert_cmpint (surface_width (GTK_WINDOW (window)), ==, 360 + frame);
  g_assert_cmpint (surface_height (GTK_WINDOW (window)), ==, 640);
  assert_nothing_sticks_out (GTK_WINDOW (window));
  path = cp_gui_test_screenshot (GTK_WINDOW (window), "preferences-360x640");
  g_test_message ("%s", path);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/adaptive/sizes", test_sizes);
  g_test_add_func ("/adaptive/every-width", test_every_width);
  g_test_add_func ("/adaptive/roster-window", test_roster_window);
  g_test_add_func ("/adaptive/preferences-window", test_preferences_window);
  g_test_add_func ("/adaptive/notice-dialog", test_notice_dialog);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
