/* cp-feed-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cp-feed-export.h"

/* Each record rests on a source of its own that says where it came from;
 * both languages are written, as in every feed, whatever the locale. */
static void
add_source (JsonBuilder  *builder,
            CpUserRecord *record)
{
  g_autofree char *id = g_strdup_printf ("own-%s", record->id);
  g_autofree char *date = g_strndup (record->saved_at, 10);
  gboolean notice = record->origin == CP_USER_ORIGIN_NOTICE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "title");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "en");
  json_builder_add_string_value (builder, notice ? "Read from a notice and checked by hand" : "Entered by hand");
  json_builder_set_member_name (builder, "zh_CN");
  json_builder_add_string_value (builder, notice ? "读自公告并经人工核对" : "手工录入");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "issuer");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "date");
  if (strlen (record->saved_at) >= 10)
    json_builder_add_string_value (builder, date);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "url");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "unofficial");
  json_builder_end_object (builder);
}

/* An empty "sources" becomes the record's own source. */
static void
fill_sources (JsonObject *object,
              const char *own)
{
  JsonNode *sources = json_object_get_member (object, "sources");

  /* Anything else than an empty list is left for the feed's checks. */
  if (sources == NULL || (JSON_NODE_HOLDS_ARRAY (sources) && json_array_get_length (json_node_get_array (sources)) == 0))
    {
      JsonArray *filled = json_array_new ();

      json_array_add_string_element (filled, own);
      json_object_set_array_member (object, "sources", filled);
    }
}

static JsonNode *
exported_record (CpUserRecord *record)
{
  g_autoptr(JsonNode) original = json_node_init_object (json_node_alloc (), record->record);
  JsonNode *copy = json_node_copy (original);
  JsonObject *object = json_node_get_object (copy);
  g_autofree char *own = g_strdup_printf ("own-%s", record->id);
  JsonNode *fees;

  fill_sources (object, own);
  fees = json_object_get_member (object, "fees");
  if (record->kind == CP_USER_CENTRE && fees != NULL && JSON_NODE_HOLDS_ARRAY (fees))
    {
      JsonArray *array = json_node_get_array (fees);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
          fill_sources (json_array_get_object_element (array, i), own);
    }
  return copy;
}

static void
add_records (JsonBuilder *builder,
             GPtrArray   *records,
             CpUserKind   kind)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (records, i);

      if (record->kind == kind)
        json_builder_add_value (builder, exported_record (record));
    }
  json_builder_end_array (builder);
}

GBytes *
cp_feed_export_records (GPtrArray  *records,
                        const char *publisher_name,
                        GDateTime  *generated_at)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = generated_at != NULL ? g_date_time_ref (generated_at) : g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  gsize length;
  char *data;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "certpath-feed");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "publisher");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "en");
  json_builder_add_string_value (builder, publisher_name != NULL ? publisher_name : "Certpath user");
  json_builder_set_member_name (builder, "zh_CN");
  json_builder_add_string_value (builder, publisher_name != NULL ? publisher_name : "证途用户");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "url");
  json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "generated_at");
  json_builder_add_string_value (builder, when);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (records, i);

      if (record->kind != CP_USER_COURSE)
        add_source (builder, record);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "centres");
  add_records (builder, records, CP_USER_CENTRE);
  json_builder_set_member_name (builder, "sessions");
  add_records (builder, records, CP_USER_SESSION);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

GBytes *
cp_feed_export (CpUserSessions *sessions,
                const char     *publisher_name,
                GDateTime      *generated_at)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) centres = cp_user_sessions_list (sessions, CP_USER_CENTRE);
  g_autoptr(GPtrArray) own_sessions = cp_user_sessions_list (sessions, CP_USER_SESSION);

  g_ptr_array_extend (records, centres, NULL, NULL);
  g_ptr_array_extend (records, own_sessions, NULL, NULL);
  return cp_feed_export_records (records, publisher_name, generated_at);
}

CpFeed *
cp_feed_export_as_feed (CpUserSessions *sessions,
                        CpPolicyPack   *pack,
                        const char     *publisher_name,
                        GError        **error)
{
  g_autoptr(GBytes) bytes = cp_feed_export (sessions, publisher_name, NULL);

  return cp_feed_parse (pack, bytes, "own-schedule.json", error);
}
