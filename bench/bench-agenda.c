/* bench-agenda.c: the agenda of 20 000 saved candidates
 *
 * Writes the candidates with make-candidates.py, reads them once, then
 * times the agenda over them: in one thread (cp_agenda_add_profile, one
 * candidate after another) and through cp_agenda_compute_entries (the
 * thread pool the app uses), for two windows: 60 days from 2026-03-01
 * (the 2026-04-12 session's registration, papers and exam) and a year from
 * 2025-03-01 (the claim deadlines of certificates issued in 2024). Then
 * the whole of cp_agenda_compute_store, reading the files included. Each
 * figure is the median of three runs, milliseconds of wall and CPU time;
 * nothing about them is asserted. Run with
 * `meson test -C _build --benchmark agenda`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-class.h"
#include "cp-agenda.h"
#include "../tests/cp-test-folder.h"

#define CANDIDATES 20000
#define RUNS 3

typedef struct
{
  double wall_ms;
  double cpu_ms;
  guint  events;
} Timing;

typedef enum
{
  SERIAL,
  POOL,
  STORE,
} Way;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

static guint
run_once (Way               way,
          CpAgendaContext  *context,
          CpCandidateStore *store,
          GPtrArray        *entries,
          CpDay             from,
          CpDay             to)
{
  g_autoptr(CpAgenda) agenda = NULL;
  g_autoptr(GPtrArray) events = NULL;

  switch (way)
    {
    case SERIAL:
      events = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_agenda_event_free);
      for (guint i = 0; i < entries->len; i++)
        {
          const CpCandidateEntry *entry = g_ptr_array_index (entries, i);

          if (entry->profile != NULL)
            cp_agenda_add_profile (context, entry->id, entry->profile, from, to, events);
        }
      return events->len;
    case POOL:
      agenda = cp_agenda_compute_entries (context, entries, from, to, NULL, NULL, NULL, NULL);
      return agenda->events->len;
    case STORE:
      agenda = cp_agenda_compute_store (context, store, from, to, NULL, NULL, NULL, NULL);
      return agenda->events->len;
    default:
      g_assert_not_reached ();
    }
}

static Timing
measure (Way               way,
         CpAgendaContext  *context,
         CpCandidateStore *store,
         GPtrArray        *entries,
         CpDay             from,
         CpDay             to)
{
  double wall[RUNS], cpu[RUNS];
  Timing timing = { 0 };

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      double start_cpu = bench_cpu_ms ();

      timing.events = run_once (way, context, store, entries, from, to);
      wall[r] = (g_get_monotonic_time () - start) / 1e3;
      cpu[r] = bench_cpu_ms () - start_cpu;
    }
  timing.wall_ms = median (wall);
  timing.cpu_ms = median (cpu);
  return timing;
}

static void
report (const char *what,
        Timing      timing)
{
  printf ("%-52s %8.1f ms wall %8.1f ms CPU  %u events\n", what, timing.wall_ms, timing.cpu_ms, timing.events);
}

static gboolean
make_candidates (const char *python,
                 const char *script,
                 const char *folder)
{
  g_autofree char *count = g_strdup_printf ("%u", CANDIDATES);
  const char *argv[] = { python, script, folder, count, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", script, error->message);
      return FALSE;
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  static const struct { const char *name; int year, month, mday, days; } windows[] = {
    { "60 days from 2026-03-01", 2026, 3, 1, 60 },
    { "365 days from 2025-03-01", 2025, 3, 1, 365 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(CpAgendaContext) context = NULL;
  g_autoptr(CpCandidateStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *folder = NULL;
  gint64 start;

  if (argc != 4 && argc != 5)
    {
      g_printerr ("usage: bench-agenda PYTHON MAKE_CANDIDATES_PY POLICY_DIR [CANDIDATES_DIR]\n");
      return 2;
    }
  pack = cp_policy_pack_load (argv[3], &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* A folder given is used as it is (to repeat a run without writing the
   * files again) and kept. */
  if (argc == 5)
    folder = g_strdup (argv[4]);
  else
    {
      folder = g_dir_make_tmp ("certpath-bench-agenda-XXXXXX", &error);
      if (folder == NULL || !make_candidates (argv[1], argv[2], folder))
        return 1;
    }

  printf ("%u candidates, %u processors\n", CANDIDATES, g_get_num_processors ());
  start = g_get_monotonic_time ();
  sessions = cp_schedule_merge (pack, NULL, NULL);
  context = cp_agenda_context_new (pack, sessions);
  printf ("%-52s %8.1f ms wall\n", "context (sessions and their milestones)", (g_get_monotonic_time () - start) / 1e3);
  store = cp_candidate_store_new (folder, pack);
  start = g_get_monotonic_time ();
  entries = cp_candidate_store_list (store);
  printf ("%-52s %8.1f ms wall  %u files\n", "reading the files (cp_candidate_store_list)",
          (g_get_monotonic_time () - start) / 1e3, entries->len);

  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    {
      CpDay from = cp_date_from_ymd (windows[w].year, windows[w].month, windows[w].mday);
      CpDay to = from + windows[w].days - 1;
      g_autofree char *serial = g_strdup_printf ("agenda, one thread, %s", windows[w].name);
      g_autofree char *pool = g_strdup_printf ("agenda, thread pool, %s", windows[w].name);
      g_autofree char *whole = g_strdup_printf ("files read + agenda (compute_store), %s", windows[w].name);

      report (serial, measure (SERIAL, context, store, entries, from, to));
      report (pool, measure (POOL, context, store, entries, from, to));
      report (whole, measure (STORE, context, store, entries, from, to));
    }

  if (argc == 4)
    cp_test_remove_folder (folder);
  return 0;
}
