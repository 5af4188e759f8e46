/* bench-notice.c: how fast a notice is read, as pasted and as a page-long line
 *
 * Seed 004 a thousand times; then texts of about 240 KB made of one
 * keyword again and again, the inputs that were quadratic before the
 * reader bounded how far it looks around a keyword (see the hostile
 * table). Reports numbers; asserts nothing about them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-notice.h"

#include <string.h>

static void
report (const char *what,
        guint       count,
        gsize       bytes,
        gint64      start)
{
  double elapsed = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("%-34s %5u x %7zu bytes in %9.2f ms: %8.3f ms each\n", what, count, bytes, elapsed, elapsed / count);
}

static char *
repeat (const char *head,
        const char *word,
        gsize       bytes)
{
  GString *text = g_string_new (head);

  while (text->len + strlen (word) <= bytes)
    g_string_append (text, word);
  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  static const struct { const char *what, *head, *word; } lines[] = {
    { "a line of kai-ban (start class)", "", "开班" },
    { "a line of han (includes), on fees", "费", "含" },
    { "a line of http", "", "http" },
    { "fee table rows", "级别  理论  合计\n", "三级  65  370\n" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autofree char *seed = NULL;
  gsize length;
  gint64 start;

  if (argc < 3)
    {
      g_printerr ("usage: bench-notice POLICY_DIR NOTICE.txt\n");
      return 2;
    }
  pack = cp_policy_pack_load (argv[1], &error);
  if (pack == NULL || !g_file_get_contents (argv[2], &seed, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    cp_notice_free (cp_notice_read (pack, seed, length, NULL));
  report ("seed 004", 1000, length, start);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = repeat (lines[i].head, lines[i].word, 240 * 1000);

      start = g_get_monotonic_time ();
      cp_notice_free (cp_notice_read (pack, text, -1, NULL));
      report (lines[i].what, 1, strlen (text), start);
    }
  return 0;
}
