/* bench-roster.c: a 400-row class list opened and evaluated, as GBK CSV
 * and as XLSX (the goal: within 1 s in the window)
 *
 * Reports CPU time (the median of 9 runs); asserts nothing about it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bench-class.h"
#include "cp-spreadsheet.h"

#include <stdlib.h>

#define RUNS 9

static int
compare_doubles (const void *a,
                 const void *b)
{
  return (*(const double *) a > *(const double *) b) - (*(const double *) a < *(const double *) b);
}

static void
measure (CpPolicyPack *pack,
         const char   *what,
         const char   *data,
         gsize         length)
{
  double times[RUNS];
  guint errors = 0, rows = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      double start = bench_cpu_ms ();
      g_autoptr(CpRoster) roster = cp_spreadsheet_read_roster (pack, data, length, cp_date_from_ymd (2026, 3, 1), 0,
                                                               &error);

      times[run] = bench_cpu_ms () - start;
      if (roster == NULL)
        {
          g_printerr ("%s: %s\n", what, error->message);
          exit (1);
        }
      rows = roster->rows->len;
      errors = 0;
      for (guint i = 0; i < rows; i++)
        errors += ((CpRosterRow *) g_ptr_array_index (roster->rows, i))->errors->len > 0;
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  g_print ("%-28s %4u rows (%u with errors): %8.2f ms CPU (median of %d; %0.2f to %0.2f)\n",
           what, rows, errors, times[RUNS / 2], RUNS, times[0], times[RUNS - 1]);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GPtrArray) table = bench_class_table (400);
  g_autofree char *csv = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *xlsx = NULL;
  gsize csv_length, xlsx_length;

  if (argc < 2)
    {
      g_printerr ("usage: bench-roster POLICY_DIR\n");
      return 2;
    }
  pack = cp_policy_pack_load (argv[1], &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  csv = bench_class_gbk_csv (table, &csv_length);
  folder = g_dir_make_tmp ("certpath-bench-XXXXXX", &error);
  xlsx_path = g_build_filename (folder, "class-400.xlsx", NULL);
  if (!cp_xlsx_write (table, xlsx_path, &error) || !g_file_get_contents (xlsx_path, &xlsx, &xlsx_length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  measure (pack, "GBK CSV, open and evaluate", csv, csv_length);
  measure (pack, "XLSX, open and evaluate", xlsx, xlsx_length);
  g_unlink (xlsx_path);
  g_rmdir (folder);
  return 0;
}
