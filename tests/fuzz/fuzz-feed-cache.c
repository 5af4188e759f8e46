/* fuzz-feed-cache.c: the feed cache as a disk fault or a person left it
 *
 * The input is the meta file; the body beside it is the sample feed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "cp-feed-cache.h"
#include "cp-fuzz-util.h"

static const char url[] = "https://example.cn/feed.json";
static char *directory;
static char *meta_path;

static void
prepare (void)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  g_autofree char *meta_name = g_strdup_printf ("%.24s.meta.json", hash);
  g_autofree char *body_name = g_strdup_printf ("%.24s.json", hash);
  g_autofree char *body_path = NULL;
  g_autoptr(GError) error = NULL;

  directory = cp_fuzz_make_directory ();
  if (directory == NULL)
    abort ();
  meta_path = g_build_filename (directory, meta_name, NULL);
  body_path = g_build_filename (directory, body_name, NULL);
  if (!g_file_set_contents (body_path, "{\"format\": \"certpath-feed\"}", -1, &error))
    abort ();
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CpFeedCacheEntry) entry = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;

  cp_fuzz_init_pack ();
  if (directory == NULL)
    prepare ();
  if (!cp_fuzz_write (meta_path, (const char *) data, size))
    abort ();
  body = cp_feed_cache_load (directory, url, &entry, &error);
  return 0;
}
