/* bench-gui-editing.c: what a key in Name, adding a work period and
 * switching tabs cost on the real window, with a full profile on screen
 *
 * CERTPATH_BENCH_KEYS (default 20) keys and CERTPATH_BENCH_REPEATS
 * (default 3) periods and rounds of tabs.  Prints results as described in
 * cp-bench-gui.h; never fails on time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-bench-gui.h"
#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-window.h"

static GtkEditable *
find_field (CpWindow   *window,
            const char *id)
{
  GtkWidget *widget = cp_gui_walk_find (GTK_WIDGET (window), GTK_TYPE_WIDGET, id);

  if (widget == NULL || !GTK_IS_EDITABLE (widget))
    g_error ("bench: the window has no text field “%s”", id);
  return GTK_EDITABLE (widget);
}

static void
bench_name_keys (CpWindow *window)
{
  GtkEditable *name = find_field (window, "name_row");
  const char *keys = "abcdefghijklmnopqrstuvwxyz";
  guint n_keys = cp_bench_env_uint ("CERTPATH_BENCH_KEYS", 20);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));

  for (guint i = 0; i < n_keys; i++)
    {
      int position = g_utf8_strlen (gtk_editable_get_text (name), -1);
      CpBenchClock clock;

      cp_bench_start (&clock);
      gtk_editable_insert_text (name, keys + i % 26, 1, &position);
      cp_bench_stop (&clock, GTK_WIDGET (window), samples);
    }
  cp_bench_report_samples ("Name key", samples, "≤ 16", "≤ 33");
}

static void
bench_add_period (CpWindow *window)
{
  GtkEditable *start = find_field (window, "work_start_row");
  GtkEditable *end = find_field (window, "work_end_row");
  GtkWidget *add = cp_gui_walk_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "work_add_button");
  guint repeats = cp_bench_env_uint ("CERTPATH_BENCH_REPEATS", 3);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (CpBenchSample));

  if (add == NULL)
    g_error ("bench: the window has no “work_add_button”");
  for (guint i = 0; i < repeats; i++)
    {
      /* Years before the profile's own period, so that none overlap. */
      g_autofree char *from = g_strdup_printf ("%u-01-01", 2000 + i);
      g_autofree char *to = g_strdup_printf ("%u-06-30", 2000 + i);
      guint before = cp_profile_get_work_periods (cp_window_get_profile (window))->len;
      CpBenchClock clock;

      gtk_editable_set_text (start, from);
      gtk_editable_set_text (end, to);
      cp_bench_settle (GTK_WIDGET (window));
      cp_bench_start (&clock);
      cp_gui_walk_click (add);
      cp_bench_stop (&clock, GTK_WIDGET (window), samples);
      if (cp_profile_get_work_periods (cp_window_get_profile (window))->len != before + 1)
        g_printerr ("bench: Add Period did not add %s – %s\n", from, to);
    }
  cp_bench_report_samples ("Add a work period", samples, "≤ 100", NULL);
}

static void
bench_tabs (CpWindow *window)
{
  AdwViewStack *stack = cp_window_get_stack (window);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);
  guint n_pages = g_list_model_get_n_items (G_LIST_MODEL (pages));
  guint repeats = cp_bench_env_uint ("CERTPATH_BENCH_REPEATS", 3);
  g_autoptr(GPtrArray) samples = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint page = 0; page < n_pages; page++)
    g_ptr_array_add (samples, g_array_new (FALSE, FALSE, sizeof (CpBenchSample)));
  /* Round after round, each tab from the one before it. */
  for (guint round = 0; round < repeats; round++)
    for (guint page = 0; page < n_pages; page++)
      {
        g_autoptr(AdwViewStackPage) item = g_list_model_get_item (G_LIST_MODEL (pages), (page + 1) % n_pages);
        CpBenchClock clock;

        cp_bench_start (&clock);
        adw_view_stack_set_visible_child (stack, adw_view_stack_page_get_child (item));
        cp_bench_stop (&clock, GTK_WIDGET (window), g_ptr_array_index (samples, (page + 1) % n_pages));
      }
  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(AdwViewStackPage) item = g_list_model_get_item (G_LIST_MODEL (pages), page);
      g_autofree char *metric = g_strdup_printf ("Switch to tab %s", adw_view_stack_page_get_name (item));

      cp_bench_report_samples (metric, g_ptr_array_index (samples, page), "≤ 50", NULL);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *profile = NULL;
  CpWindow *window;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();
  folder = g_dir_make_tmp ("certpath-bench-XXXXXX", &error);
  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  profile = g_build_filename (g_getenv ("CERTPATH_TESTS_DATA"), "profiles", "wang-xiaoming.json", NULL);

  window = cp_window_new (NULL, pack, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  if (!cp_window_load_file (window, profile, &error))
    g_error ("bench: %s", error->message);
  cp_bench_settle (GTK_WIDGET (window));

  bench_name_keys (window);
  bench_add_period (window);
  bench_tabs (window);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
