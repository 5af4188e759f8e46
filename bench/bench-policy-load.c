/* bench-policy-load.c: how long loading and checking the policy pack takes
 *
 * The app loads the pack at start, so this bounds part of start-up time.
 * It reports numbers; it asserts nothing about them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-pack.h"

#include <stdlib.h>

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int    argc,
      char **argv)
{
  const char *directory = argc > 1 ? argv[1] : NULL;
  guint rounds = argc > 2 ? (guint) MAX (atoi (argv[2]), 1) : 200;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double total = 0;

  if (directory == NULL)
    {
      g_printerr ("usage: bench-policy-load POLICY_DIR [ROUNDS]\n");
      return 2;
    }

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CpPolicyPack) pack = NULL;
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      pack = cp_policy_pack_load (directory, &error);
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      if (pack == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_array_append_val (times, elapsed);
      total += elapsed;
    }

  g_array_sort (times, compare_doubles);
  g_print ("policy-load: %u rounds: min %.3f ms, median %.3f ms, mean %.3f ms\n", rounds,
           g_array_index (times, double, 0), g_array_index (times, double, rounds / 2), total / rounds);
  return 0;
}
