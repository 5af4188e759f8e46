/* fuzz-notice.c: any text pasted as a notice
 *
 * Read; every span must lie in the text on character boundaries; what was
 * read, put in a feed as the store would export it, must be checked by
 * the feed reader without a warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-feed-export.h"
#include "cp-fuzz-util.h"
#include "cp-notice.h"

#include <stdlib.h>
#include <string.h>

static void
add_record (GPtrArray  *records,
            CpUserKind  kind,
            JsonObject *object)
{
  CpUserRecord *record = g_new0 (CpUserRecord, 1);

  record->kind = kind;
  record->origin = CP_USER_ORIGIN_NOTICE;
  record->id = g_strdup (json_object_get_string_member (object, "id"));
  record->saved_at = g_strdup ("2026-03-10T09:00:00+08:00");
  record->record = json_object_ref (object);
  g_ptr_array_add (records, record);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  CpPolicyPack *pack = cp_fuzz_init_pack ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CpNotice) notice = cp_notice_read (pack, (const char *) data, size, &error);
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_user_record_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CpFeed) feed = NULL;
  gsize length;

  if (notice == NULL)
    return 0;
  length = strlen (notice->text);
  for (guint i = 0; i < notice->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (notice->spans, i);

      if (span->start > span->end || span->end > length ||
          !g_utf8_validate_len (notice->text + span->start, span->end - span->start, NULL) ||
          (span->end < length && (notice->text[span->end] & 0xC0) == 0x80))
        abort ();
    }
  json = cp_notice_to_json (notice);
  if (notice->kind != CP_NOTICE_SESSION)
    return 0;
  if (notice->centre != NULL)
    add_record (records, CP_USER_CENTRE, notice->centre);
  add_record (records, CP_USER_SESSION, notice->session);
  bytes = cp_feed_export_records (records, NULL, NULL);
  feed = cp_feed_parse (pack, bytes, "fuzz.json", &error);
  return 0;
}
