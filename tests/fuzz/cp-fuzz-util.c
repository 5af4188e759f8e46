/* cp-fuzz-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "cp-fuzz-util.h"

static CpPolicyPack *pack;

/* abort () rather than GLib's breakpoint trap, which libFuzzer does not
 * catch: the input is then saved as a finding. */
static void
abort_on_warning (const char     *log_domain,
                  GLogLevelFlags  log_level,
                  const char     *message,
                  gpointer        user_data)
{
  g_log_default_handler (log_domain, log_level, message, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

CpPolicyPack *
cp_fuzz_init_pack (void)
{
  g_autofree char *directory = NULL;
  g_autoptr(GError) error = NULL;

  if (pack != NULL)
    return pack;
  g_log_set_default_handler (abort_on_warning, NULL);
  directory = cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load (directory, &error);
  if (pack == NULL)
    {
      g_printerr ("fuzz: the bundled pack does not load (set CERTPATH_POLICY_DIR): %s\n", error->message);
      abort ();
    }
  return pack;
}

char *
cp_fuzz_make_directory (void)
{
  g_autofree char *template = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir (),
                                                "certpath-fuzz-XXXXXX", NULL);
  char *directory = g_mkdtemp (g_steal_pointer (&template));

  if (directory == NULL)
    abort ();
  return directory;
}

gboolean
cp_fuzz_write (const char *path,
               const char *data,
               gsize       length)
{
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL);
}

CpDay
cp_fuzz_day (void)
{
  return cp_date_from_ymd (2026, 6, 30);
}
