/* test-sheet-file-name.c: the advice sheet's PDF file name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-advice-sheet.h"

static void
test_file_name (void)
{
  static const struct { const char *name; const char *expected; } cases[] = {
    { "王小明", "王小明 – advice sheet 2026-11-23.pdf" },
    { "  Chen Jing ", "Chen Jing – advice sheet 2026-11-23.pdf" },
    /* Not a folder, not a line break. */
    { "a/b\\c\nd", "a-b-c-d – advice sheet 2026-11-23.pdf" },
    { "", "advice sheet 2026-11-23.pdf" },
    { "   ", "advice sheet 2026-11-23.pdf" },
    { NULL, "advice sheet 2026-11-23.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = cp_advice_sheet_file_name (cases[i].name, cp_date_from_ymd (2026, 11, 23));

      g_assert_cmpstr (name, ==, cases[i].expected);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/advice-sheet/file-name", test_file_name);
  return g_test_run ();
}
