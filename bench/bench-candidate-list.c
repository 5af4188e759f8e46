/* bench-candidate-list.c: the saved list on screen with 20 000 candidates
 *
 * Writes 20 000 candidates with make-candidates.py, shows them in the real
 * list widget in a window, and reports the app's CPU time (not wall time:
 * the figures hold on a busy machine) to open the list with no index, to
 * open it again, and per search key typed as a person types (a letter added
 * or taken away at the end), each until the window has drawn; and RSS
 * growth. Asserts nothing about the figures. Run with
 * `meson test -C _build --benchmark candidate-list`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "../tests/cp-test-folder.h"
#include "cp-candidate-list.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double
cpu_ms (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  return cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6;
}

static double
rss_mb (void)
{
  g_autofree char *statm = NULL;
  long size = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%ld %ld", &size, &resident);
  return resident * (double) sysconf (_SC_PAGESIZE) / (1024 * 1024);
}

/* Until the change is on screen. */
static void
settle (GtkWidget *window)
{
  gtk_test_widget_wait_for_draw (window);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
open_list (GtkWidget       *window,
           CpCandidateList *list,
           CpPolicyPack    *pack,
           const char      *folder,
           const char      *what)
{
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  double rss = rss_mb (), start = cpu_ms ();

  cp_candidate_list_show (list, store, NULL);
  settle (window);
  printf ("%-36s %8.1f ms CPU  RSS %+6.1f MB  %u rows\n", what, cpu_ms () - start, rss_mb () - rss,
          cp_candidate_list_count_visible (list));
}

/* Sets the search to @text as typing would: added to or taken from the
 * end, never emptied first. */
static void
type (GtkEditable *entry,
      const char  *text)
{
  const char *now = gtk_editable_get_text (entry);
  int position = -1;

  if (g_str_has_prefix (text, now) && strlen (text) > strlen (now))
    {
      gtk_editable_set_position (entry, -1);
      position = gtk_editable_get_position (entry);
      gtk_editable_insert_text (entry, text + strlen (now), -1, &position);
    }
  else
    gtk_editable_delete_text (entry, g_utf8_strlen (text, -1), -1);
  /* Now rather than after the entry's pause for more keys. */
  g_signal_emit_by_name (entry, "search-changed");
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  const char *keys[] = { "陈", "陈老", "陈老五", "陈老", "陈", "", "1", "19", "199", "1990", "199", "19", "1", "",
                         "g", "gu", "gua", "guan", "guang", "guan", "gua", "gu", "g", "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autofree char *top = NULL;
  g_autofree char *folder = NULL;
  GArray *costs = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *list;
  GtkEditable *entry;
  double sum = 0;
  int status = 0;

  if (argc != 4)
    {
      g_printerr ("usage: bench-candidate-list PYTHON MAKE_CANDIDATES_PY POLICY_DIR\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  pack = cp_policy_pack_load (argv[3], &error);
  top = g_dir_make_tmp ("certpath-bench-list-XXXXXX", &error);
  if (pack == NULL || top == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  folder = g_build_filename (top, "20000", NULL);
  {
    const char *make[] = { argv[1], argv[2], folder, "20000", NULL };

    if (!g_spawn_sync (NULL, (char **) make, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error)
        || !g_spawn_check_wait_status (status, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }

  window = gtk_window_new ();
  list = g_object_new (CP_TYPE_CANDIDATE_LIST, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 560);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);

  open_list (window, CP_CANDIDATE_LIST (list), pack, folder, "list open, 20 000, no index");
  open_list (window, CP_CANDIDATE_LIST (list), pack, folder, "list open again, 20 000, index");

  entry = GTK_EDITABLE (gtk_widget_get_template_child (list, CP_TYPE_CANDIDATE_LIST, "search_entry"));
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      double start = cpu_ms (), cost;

      type (entry, keys[k]);
      settle (window);
      cost = cpu_ms () - start;
      sum += cost;
      g_array_append_val (costs, cost);
    }
  g_array_sort (costs, compare_doubles);
  printf ("%-36s %8.1f ms CPU mean, median %.1f, worst %.1f (%u keys, drawn)\n", "search key, 20 000",
          sum / costs->len, g_array_index (costs, double, costs->len / 2),
          g_array_index (costs, double, costs->len - 1), costs->len);

  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (costs);
  cp_test_remove_folder (folder);
  g_rmdir (top);
  return 0;
}
