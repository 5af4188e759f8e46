/* test-locale.c: the names GTK draws itself (a calendar's months and
 * weekdays) follow the locale, as the app's own strings follow the
 * translations
 *
 * In zh_CN.UTF-8, glibc names April 四月 and the weekdays 一 … 日, Monday
 * first; in C.UTF-8, April and Sun … Sat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "cp-gui-test-util.h"
#include "cp-window.h"
#include "pages/cp-calendar-page.h"

static CpPolicyPack *pack;

static gboolean
shows (GtkWidget  *root,
       const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows (child, text))
      return TRUE;
  return FALSE;
}

static void
test_calendar_names (void)
{
  CpWindow *window = cp_window_new (NULL, pack, NULL, NULL);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 4, 12, 0, 0, 0);
  gboolean chinese = g_str_equal (cp_gui_test_language (), "zh_CN");
  GtkWidget *page;
  GtkCalendar *month_view;

  if (chinese && !g_str_has_prefix (setlocale (LC_TIME, NULL), "zh_CN"))
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not generated (build-aux/install-deps.sh makes it)");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  /* The tab is built when first shown. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = adw_view_stack_get_child_by_name (cp_window_get_stack (window), "calendar");
  month_view = GTK_CALENDAR (gtk_widget_get_template_child (page, CP_TYPE_CALENDAR_PAGE, "month_view"));
  g_assert_true (GTK_IS_CALENDAR (month_view));
  gtk_calendar_select_day (month_view, day);
  g_assert_true (shows (GTK_WIDGET (month_view), chinese ? "四月" : "April"));
  g_assert_true (shows (GTK_WIDGET (month_view), chinese ? "一" : "Mon"));
  g_assert_false (shows (GTK_WIDGET (month_view), chinese ? "April" : "四月"));
  g_assert_false (shows (GTK_WIDGET (month_view), chinese ? "Mon" : "一"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();
  g_test_add_func ("/locale/calendar-names", test_calendar_names);
  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
