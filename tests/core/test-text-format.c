/* test-text-format.c: cp_text_format () writes what g_strdup_printf ()
 * would, for the formats of the answers and their translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-text.h"

#define CHECK(format, ...) \
  G_STMT_START { \
    g_autofree char *expected = g_strdup_printf (format, __VA_ARGS__); \
    g_autofree char *got = cp_text_format (format, __VA_ARGS__); \
    g_assert_cmpstr (got, ==, expected); \
  } G_STMT_END

static void
test_same_as_printf (void)
{
  CHECK ("aged %d; %d on %s", 31, 16, "2011-03-01");
  CHECK ("现年%1$d岁；%3$s年满%2$d岁", 31, 16, "2011-03-01");
  CHECK ("%2$s %1$s", "4个月", "8年");
  CHECK ("%u years", 0u);
  CHECK ("%u years", G_MAXUINT);
  CHECK ("%d of %d hours", G_MININT, G_MAXINT);
  CHECK ("%d%% of %d = %d yuan", 30, 2400, 720);
  CHECK ("no conversion at all%s", "");
  CHECK ("%s", "");
  CHECK ("%s%s%s", "a", "", "c");
  /* Longer than its buffer on the stack. */
  {
    g_autofree char *long_text = g_strnfill (1000, 'x');
    CHECK ("%s and %d more: %s", long_text, 3, long_text);
  }
  /* What it does not do itself goes to printf. */
  CHECK ("%5d|%-3s|%x", 42, "ab", 255u);
  CHECK ("%.2f", 3.14159);
  CHECK ("%ld", 1234567890123L);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/format", test_same_as_printf);
  return g_test_run ();
}
