/* fuzz-feed.c: an exam schedule feed as any web server may send it
 *
 * Checked, then merged with the bundled sessions as the calendar does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-feed.h"
#include "cp-fuzz-util.h"
#include "cp-schedule.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  CpPolicyPack *pack = cp_fuzz_init_pack ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_feed_free);
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GError) error = NULL;
  CpFeed *feed = cp_feed_parse (pack, bytes, "fuzz.json", &error);

  if (feed == NULL)
    return 0;
  g_ptr_array_add (feeds, feed);
  merged = cp_schedule_merge (pack, feeds, NULL);
  return 0;
}
