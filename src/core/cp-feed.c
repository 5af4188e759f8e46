/* cp-feed.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-feed.h"
#include "cp-json-guard.h"
#include "cp-policy-checks.h"
#include "cp-policy-schema.h"
#include "cp-schema.h"
#include "cp-text.h"

G_DEFINE_QUARK (cp-feed-error-quark, cp_feed_error)

static const char * const formats[] = { "certpath-feed", NULL };
static const CpSchema text_s = { CP_SCHEMA_TEXT };
static const CpSchema url_or_null = { CP_SCHEMA_URL, CP_SCHEMA_NULLABLE };
static const CpSchema string_s = { CP_SCHEMA_STRING };
static const CpSchema any_s = { CP_SCHEMA_ANY };
static const CpSchema records_s = { CP_SCHEMA_ARRAY, .items = &any_s, .max = CP_FEED_MAX_RECORDS };

static const CpSchemaMember publisher_members[] = {
  { "name", &text_s, FALSE },
  { "url", &url_or_null, TRUE },
  { NULL }
};

/* The header only; each session is checked on its own below, so that one
 * bad session does not cost the others. */
static const CpSchemaMember header_members[] = {
  { "format", &(const CpSchema) { CP_SCHEMA_ENUM, .values = formats }, FALSE },
  { "version", &(const CpSchema) { CP_SCHEMA_INT, .min = 1, .max = 1 }, FALSE },
  { "publisher", &(const CpSchema) { CP_SCHEMA_OBJECT, .members = publisher_members }, FALSE },
  { "generated_at", &string_s, FALSE },
  { "sources", &records_s, TRUE },
  { "centres", &records_s, TRUE },
  { "sessions", &records_s, FALSE },
  { NULL }
};
static const CpSchema header_s = { CP_SCHEMA_OBJECT, .members = header_members };

void
cp_feed_free (CpFeed *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->root, json_node_unref);
  g_free (self->generated_at);
  g_clear_pointer (&self->sessions, json_array_unref);
  g_ptr_array_unref (self->skipped);
  g_free (self);
}

const char *
cp_feed_get_publisher_name (CpFeed *self)
{
  return cp_text_get_member (self->publisher, "name", NULL);
}

typedef struct
{
  const char *kind;
  const char *id;   /* borrowed from the pack or the feed */
} KnownId;

/* Ids a feed may refer to: the pack's, and the feed's own sources and
 * centres (which must themselves be right, or they are not defined). */
static GArray *
collect_known_ids (CpPolicyPack *pack,
                   JsonObject   *root,
                   const char   *name,
                   GPtrArray    *skipped)
{
  static const struct { const char *file, *member, *key, *kind; } pack_ids[] = {
    { "sources.json", "sources", "id", "source" },
    { "regions.json", "regions", "id", "region" },
    { "occupations.json", "occupations", "code", "occupation" },
    { "exams.json", "centres", "id", "exam centre" },
  };
  static const struct { const char *member, *kind; } feed_ids[] = {
    { "sources", "source" },
    { "centres", "exam centre" },
  };
  GArray *known = g_array_new (FALSE, FALSE, sizeof (KnownId));

  for (guint i = 0; i < G_N_ELEMENTS (pack_ids); i++)
    {
      JsonArray *records = cp_policy_pack_get_records (pack, pack_ids[i].file, pack_ids[i].member);

      for (guint k = 0; k < json_array_get_length (records); k++)
        {
          KnownId id = { pack_ids[i].kind,
                         json_object_get_string_member (json_array_get_object_element (records, k), pack_ids[i].key) };
          g_array_append_val (known, id);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (feed_ids); i++)
    {
      JsonArray *records = json_object_has_member (root, feed_ids[i].member)
                           ? json_object_get_array_member (root, feed_ids[i].member) : NULL;

      for (guint k = 0; records != NULL && k < json_array_get_length (records); k++)
        {
          JsonNode *record = json_array_get_element (records, k);
          g_autoptr(CpSchemaChecker) own = cp_schema_checker_new ();
          g_autofree char *path = g_strdup_printf ("$.%s[%u]", feed_ids[i].member, k);
          const CpSchema *schema = g_str_equal (feed_ids[i].member, "sources")
                                   ? cp_policy_schema_source () : cp_policy_schema_centre ();
          KnownId id;

          cp_schema_checker_check_at (own, name, path, record, schema);
          if (cp_schema_checker_get_errors (own)->len > 0)
            {
              g_ptr_array_add (skipped, g_strdup (g_ptr_array_index (cp_schema_checker_get_errors (own), 0)));
              continue;
            }
          id.kind = feed_ids[i].kind;
          id.id = json_object_get_string_member (json_node_get_object (record), "id");
          g_array_append_val (known, id);
        }
    }
  return known;
}

CpFeed *
cp_feed_parse (CpPolicyPack *pack,
               GBytes       *bytes,
               const char   *name,
               GError      **error)
{
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(CpSchemaChecker) header = cp_schema_checker_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autoptr(CpFeed) self = NULL;
  g_autoptr(GArray) known = NULL;
  g_autoptr(CpSchemaChecker) checker = NULL;
  GPtrArray *errors;
  JsonObject *root;
  JsonArray *sessions;
  gsize length;
  const char *data;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  document = cp_json_guard_parse (data, length, CP_GUARD_FEED, &parse_error);
  if (document == NULL)
    {
      /* Translators: %s is the feed's address; a server that answers with a
       * web page instead of the feed is the usual cause */
      g_set_error (error, CP_FEED_ERROR, CP_FEED_ERROR_NOT_JSON,
                   _("%s: not a JSON file (%s)"), name, parse_error->message);
      return NULL;
    }

  cp_schema_checker_check (header, name, document, &header_s);
  if (cp_schema_checker_get_errors (header)->len > 0)
    {
      const char *first = g_ptr_array_index (cp_schema_checker_get_errors (header), 0);
      gboolean wrong_format = !JSON_NODE_HOLDS_OBJECT (document) ||
                              g_strrstr (first, "$.format") != NULL ||
                              g_strrstr (first, "$.version") != NULL ||
                              g_strrstr (first, "\"format\"") != NULL;

      g_set_error_literal (error, CP_FEED_ERROR,
                           wrong_format ? CP_FEED_ERROR_WRONG_FORMAT : CP_FEED_ERROR_INVALID, first);
      return NULL;
    }

  root = json_node_get_object (document);
  generated = g_date_time_new_from_iso8601 (json_object_get_string_member (root, "generated_at"), NULL);
  if (generated == NULL)
    {
      g_set_error (error, CP_FEED_ERROR, CP_FEED_ERROR_INVALID,
                   _("%s: $.generated_at: expected a date and time as 2026-11-20T10:00:00+08:00, got \"%s\""),
                   name, json_object_get_string_member (root, "generated_at"));
      return NULL;
    }

  self = g_new0 (CpFeed, 1);
  self->root = json_node_ref (document);
  self->publisher = json_object_get_object_member (root, "publisher");
  self->generated_at = g_strdup (json_object_get_string_member (root, "generated_at"));
  self->sessions = json_array_new ();
  self->skipped = g_ptr_array_new_with_free_func (g_free);

  /* One checker for every session, the known ids defined once: a feed of
   * thousands of sources and sessions is checked in linear time. Each
   * session is still checked on its own: its errors and the session id it
   * defines are dropped before the next. */
  known = collect_known_ids (pack, root, name, self->skipped);
  checker = cp_schema_checker_new ();
  errors = cp_schema_checker_get_errors (checker);
  for (guint k = 0; k < known->len; k++)
    cp_schema_checker_define_id (checker, g_array_index (known, KnownId, k).kind,
                                 g_array_index (known, KnownId, k).id, "known");
  sessions = json_object_get_array_member (root, "sessions");
  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      JsonNode *session = json_array_get_element (sessions, i);
      g_autofree char *path = g_strdup_printf ("$.sessions[%u]", i);

      cp_schema_checker_check_at (checker, name, path, session, cp_policy_schema_session ());
      if (errors->len == 0)
        {
          cp_schema_checker_resolve_refs (checker);
          cp_policy_check_session (checker, name, json_node_get_object (session), path);
        }
      if (errors->len > 0)
        g_ptr_array_add (self->skipped, g_strdup (g_ptr_array_index (errors, 0)));
      else
        json_array_add_element (self->sessions, json_node_ref (session));
      g_ptr_array_set_size (errors, 0);
      cp_schema_checker_forget_ids (checker, "session");
      cp_schema_checker_drop_refs (checker);
    }
  return g_steal_pointer (&self);
}
