/* cp-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-query.h"
#include "cp-schedule.h"

static void
scheduled_free (CpScheduledSession *scheduled)
{
  g_free (scheduled->origin);
  g_free (scheduled->fetched_at);
  g_free (scheduled);
}

static int
compare_exam_dates (gconstpointer a,
                    gconstpointer b)
{
  const CpScheduledSession *x = *(CpScheduledSession * const *) a;
  const CpScheduledSession *y = *(CpScheduledSession * const *) b;
  return (x->exam_day > y->exam_day) - (x->exam_day < y->exam_day);
}

GPtrArray *
cp_schedule_merge (CpPolicyPack *pack,
                   GPtrArray    *feeds,
                   GPtrArray    *fetched_at)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *merged = g_ptr_array_new_with_free_func ((GDestroyNotify) scheduled_free);
  JsonArray *bundled = cp_policy_pack_get_records (pack, "exams.json", "sessions");
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < json_array_get_length (bundled); i++)
    {
      CpScheduledSession *scheduled = g_new0 (CpScheduledSession, 1);

      scheduled->session = json_array_get_object_element (bundled, i);
      scheduled->exam_day = cp_json_get_day (scheduled->session, "exam_date");
      g_hash_table_replace (by_id, (gpointer) json_object_get_string_member (scheduled->session, "id"), scheduled);
    }

  for (guint f = 0; feeds != NULL && f < feeds->len; f++)
    {
      CpFeed *feed = g_ptr_array_index (feeds, f);

      for (guint i = 0; i < json_array_get_length (feed->sessions); i++)
        {
          CpScheduledSession *scheduled = g_new0 (CpScheduledSession, 1);
          const char *id;
          CpScheduledSession *previous;

          scheduled->session = json_array_get_object_element (feed->sessions, i);
          scheduled->exam_day = cp_json_get_day (scheduled->session, "exam_date");
          scheduled->origin = g_strdup (cp_feed_get_publisher_name (feed));
          scheduled->fetched_at = fetched_at != NULL && f < fetched_at->len
                                  ? g_strdup (g_ptr_array_index (fetched_at, f)) : NULL;
          id = json_object_get_string_member (scheduled->session, "id");
          previous = g_hash_table_lookup (by_id, id);
          if (previous != NULL)
            scheduled_free (previous);
          g_hash_table_replace (by_id, (gpointer) id, scheduled);
        }
    }

  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (merged, value);
  g_ptr_array_sort (merged, compare_exam_dates);
  return merged;
}
