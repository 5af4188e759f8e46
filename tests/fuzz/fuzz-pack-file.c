/* fuzz-pack-file.c: a policy pack with one file from anywhere, as a user
 * pack dropped into $XDG_DATA_HOME/certpath/policy/ may be
 *
 * The first byte of the input picks the file, the rest is its content;
 * the other files are the bundled ones. Loaded whole, all checks run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "cp-fuzz-util.h"

static char *directory;

static void
prepare (CpPolicyPack *bundled)
{
  g_autoptr(GError) error = NULL;

  directory = cp_fuzz_make_directory ();
  if (directory == NULL)
    abort ();
  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      g_autofree char *from = g_build_filename (cp_policy_pack_get_directory (bundled), cp_policy_pack_files[i], NULL);
      g_autofree char *to = g_build_filename (directory, cp_policy_pack_files[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (from, &contents, &length, &error) ||
          !g_file_set_contents (to, contents, length, &error))
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  CpPolicyPack *bundled = cp_fuzz_init_pack ();
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *original = NULL;
  gsize original_length;
  guint n_files = g_strv_length ((char **) cp_policy_pack_files);
  const char *file_name;

  if (size == 0)
    return 0;
  if (directory == NULL)
    prepare (bundled);
  file_name = cp_policy_pack_files[data[0] % n_files];
  path = g_build_filename (directory, file_name, NULL);
  if (!g_file_get_contents (path, &original, &original_length, &error) ||
      !cp_fuzz_write (path, (const char *) data + 1, size - 1))
    abort ();
  pack = cp_policy_pack_load (directory, &error);
  if (!cp_fuzz_write (path, original, original_length))
    abort ();
  return 0;
}
