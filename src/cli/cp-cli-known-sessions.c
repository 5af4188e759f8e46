/* cp-cli-known-sessions.c: the sessions the app knows, for the commands
 * that list them (agenda, sheet): bundled, cached feeds, one's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli-known-sessions.h"
#include "cp-feed-cache.h"
#include "cp-policy-query.h"

/* The app's settings when its schema is installed; the CLI runs without. */
GSettings *
cp_cli_app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/* One's own sessions (certpath-cli sessions, the app's notice dialog)
 * join the others; one with the id of a bundled or feed session replaces
 * it, as a later feed does. */
static void
add_own_sessions (GPtrArray      *merged,
                  CpUserSessions *own)
{
  g_autoptr(GPtrArray) records = cp_user_sessions_list (own, CP_USER_SESSION);

  for (guint i = 0; i < records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (records, i);
      CpScheduledSession *scheduled = NULL;

      for (guint k = 0; k < merged->len && scheduled == NULL; k++)
        {
          CpScheduledSession *listed = g_ptr_array_index (merged, k);

          if (g_strcmp0 (json_object_get_string_member (listed->session, "id"), record->id) == 0)
            scheduled = listed;
        }
      if (scheduled == NULL)
        {
          scheduled = g_new0 (CpScheduledSession, 1);
          g_ptr_array_add (merged, scheduled);
        }
      /* No publisher: the record names its own source ("own-ID"). */
      g_clear_pointer (&scheduled->origin, g_free);
      g_free (scheduled->fetched_at);
      scheduled->session = record->record;
      scheduled->fetched_at = g_strdup (record->saved_at);
      scheduled->exam_day = cp_json_get_day (record->record, "exam_date");
    }
}

/* The bundled sessions, those of the feeds the app follows from their last
 * good copy (the CLI does not go on the network for them), and one's
 * own. */
GPtrArray *
cp_cli_known_sessions (CpPolicyPack   *pack,
               GSettings      *settings,
               GPtrArray      *feeds,
               CpUserSessions *own)
{
  g_auto(GStrv) urls = settings != NULL ? g_settings_get_strv (settings, "feed-urls") : NULL;
  g_autofree char *cache = cp_feed_cache_directory (NULL);
  g_autoptr(GPtrArray) fetched_at = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GPtrArray *merged;

  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    {
      g_autoptr(CpFeedCacheEntry) entry = NULL;
      g_autoptr(GBytes) body = cp_feed_cache_load (cache, urls[i], &entry, NULL);
      CpFeed *feed = body != NULL ? cp_feed_parse (pack, body, urls[i], NULL) : NULL;

      if (feed == NULL)
        continue;
      g_ptr_array_add (feeds, feed);
      g_ptr_array_add (fetched_at, g_strdup (entry->fetched_at));
    }
  merged = cp_schedule_merge (pack, feeds, fetched_at);
  if (cp_user_sessions_load (own, &error))
    add_own_sessions (merged, own);
  else
    g_printerr ("certpath-cli: not using one's own sessions: %s\n", error->message);
  return merged;
}

