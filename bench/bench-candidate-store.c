/* bench-candidate-store.c: opening the saved candidates, 1 000 and 20 000
 *
 * Writes the candidates with make-candidates.py, then measures each step in
 * a fresh process of its own (so one step's memory does not hide the next
 * one's): the first listing with no index (every file read), the second one
 * (the index read, the files only checked), one file changed from outside,
 * a search key over every row, and, to compare, cp_candidate_store_list,
 * which reads every file each time as the list did before the index.
 * Reports milliseconds of CPU and wall time and RSS growth; asserts nothing
 * about them. Run with `meson test -C _build --benchmark candidate-store`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cp-candidate-store.h"
#include "../tests/cp-test-folder.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct
{
  double cpu_ms;
  gint64 wall_us;
  long   rss_kb;
} Mark;

static long
rss_kb (void)
{
  g_autofree char *statm = NULL;
  long size = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%ld %ld", &size, &resident);
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static Mark
mark (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  return (Mark) { cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6, g_get_monotonic_time (), rss_kb () };
}

static void
report (const char *what,
        const char *folder,
        Mark        start,
        const char *extra)
{
  Mark end = mark ();

  printf ("%-44s %-8s %8.1f ms CPU %8.1f ms wall  RSS %+6.1f MB  %s\n", what, folder,
           end.cpu_ms - start.cpu_ms, (end.wall_us - start.wall_us) / 1e3, (end.rss_kb - start.rss_kb) / 1024.0,
           extra);
}

/* One row per key, as the list's filter does: a substring test on the
 * prepared search key of every summary. */
static guint
count_matches (GListModel *model,
               const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (needle, -1);
  guint n = g_list_model_get_n_items (model), matches = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpCandidateSummary) summary = g_list_model_get_item (model, i);

      matches += strstr (cp_candidate_summary_get_search_key (summary), folded) != NULL;
    }
  return matches;
}

static int
measure (const char *step,
         const char *policy,
         const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = cp_policy_pack_load (policy, &error);
  g_autoptr(CpCandidateStore) store = NULL;
  g_autofree char *label = g_path_get_basename (folder);
  g_autofree char *extra = NULL;
  GListModel *model;
  Mark start;

  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  store = cp_candidate_store_new (folder, pack);
  start = mark ();
  if (g_str_equal (step, "full"))
    {
      g_autoptr(GPtrArray) entries = cp_candidate_store_list (store);

      extra = g_strdup_printf ("%u entries", entries->len);
      report ("every file read (cp_candidate_store_list)", label, start, extra);
      return 0;
    }
  model = cp_candidate_store_get_model (store);
  extra = g_strdup_printf ("%u rows, %u files read", g_list_model_get_n_items (model),
                           cp_candidate_store_get_n_parsed (store));
  if (g_str_equal (step, "cold") || g_str_equal (step, "warm"))
    {
      report (g_str_equal (step, "cold") ? "first listing (no index)" : "listing again (index)", label, start, extra);
      return 0;
    }
  if (g_str_equal (step, "search"))
    {
      const char *keys[] = { "陈", "陈老", "陈老五", "1990", "guang" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          g_autofree char *what = g_strdup_printf ("search key \"%s\"", keys[i]);
          g_autofree char *matches = NULL;

          start = mark ();
          matches = g_strdup_printf ("%u matches", count_matches (model, keys[i]));
          report (what, label, start, matches);
        }
      return 0;
    }
  if (g_str_equal (step, "touch"))
    {
      g_autoptr(CpCandidateSummary) first = g_list_model_get_item (model, 0);
      g_autofree char *path = cp_candidate_store_get_path (store, cp_candidate_summary_get_id (first));
      g_autofree char *contents = NULL;
      guint parsed = cp_candidate_store_get_n_parsed (store);

      /* Another device renamed one candidate: one more byte, a new time. */
      g_file_get_contents (path, &contents, NULL, NULL);
      if (contents != NULL)
        {
          g_autofree char *changed = g_strconcat (contents, " ", NULL);
          g_file_set_contents (path, changed, -1, NULL);
        }
      start = mark ();
      cp_candidate_store_refresh (store);
      extra = g_strdup_printf ("%u file read", cp_candidate_store_get_n_parsed (store) - parsed);
      report ("one file changed, folder checked", label, start, extra);
      return 0;
    }
  g_printerr ("unknown step %s\n", step);
  return 2;
}

static gboolean
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN | G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  const guint counts[] = { 1000, 20000 };
  const char *steps[] = { "full", "cold", "warm", "search", "touch" };
  g_autoptr(GError) error = NULL;
  g_autofree char *top = NULL;
  gboolean ok = TRUE;

  if (argc == 5 && g_str_equal (argv[1], "--step"))
    return measure (argv[2], argv[3], argv[4]);
  if (argc != 4)
    {
      g_printerr ("usage: bench-candidate-store PYTHON MAKE_CANDIDATES_PY POLICY_DIR\n");
      return 2;
    }
  top = g_dir_make_tmp ("certpath-bench-store-XXXXXX", &error);
  if (top == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint c = 0; c < G_N_ELEMENTS (counts) && ok; c++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[c]);
      g_autofree char *folder = g_build_filename (top, count, NULL);
      const char *make[] = { argv[1], argv[2], folder, count, NULL };

      ok = run (make);
      for (guint s = 0; s < G_N_ELEMENTS (steps) && ok; s++)
        {
          const char *step[] = { argv[0], "--step", steps[s], argv[3], folder, NULL };

          ok = run (step);
        }
      cp_test_remove_folder (folder);
    }
  g_rmdir (top);
  return ok ? 0 : 1;
}
