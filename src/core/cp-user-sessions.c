/* cp-user-sessions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cp-feed-export.h"
#include "cp-json-guard.h"
#include "cp-policy-schema.h"
#include "cp-schema.h"
#include "cp-user-sessions.h"

#define STORE_FORMAT "certpath-own-schedule"
#define STORE_FILE "own-schedule.json"

struct _CpUserSessions
{
  GObject       parent_instance;

  CpPolicyPack *pack;
  char         *path;
  GPtrArray    *records;     /* CpUserRecord * */
  gboolean      unreadable;  /* the file is there but could not be read: never overwrite it */
};

G_DEFINE_FINAL_TYPE (CpUserSessions, cp_user_sessions, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char * const kind_names[] = { "session", "centre", "course", NULL };
static const char * const origin_names[] = { "notice", "hand", NULL };

void
cp_user_record_free (CpUserRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->id);
  g_free (record->saved_at);
  g_clear_pointer (&record->record, json_object_unref);
  g_free (record);
}

static void
cp_user_sessions_finalize (GObject *object)
{
  CpUserSessions *self = CP_USER_SESSIONS (object);

  g_clear_object (&self->pack);
  g_free (self->path);
  g_ptr_array_unref (self->records);
  G_OBJECT_CLASS (cp_user_sessions_parent_class)->finalize (object);
}

static void
cp_user_sessions_class_init (CpUserSessionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_user_sessions_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cp_user_sessions_init (CpUserSessions *self)
{
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_user_record_free);
}

CpUserSessions *
cp_user_sessions_new (const char   *directory,
                      CpPolicyPack *pack)
{
  CpUserSessions *self;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  folder = directory != NULL ? g_strdup (directory) : g_build_filename (g_get_user_data_dir (), "certpath", NULL);
  self = g_object_new (CP_TYPE_USER_SESSIONS, NULL);
  self->pack = g_object_ref (pack);
  self->path = g_build_filename (folder, STORE_FILE, NULL);
  return self;
}

const char *
cp_user_sessions_get_path (CpUserSessions *self)
{
  g_return_val_if_fail (CP_IS_USER_SESSIONS (self), NULL);
  return self->path;
}

const char *
cp_user_origin_to_string (CpUserOrigin origin)
{
  return origin == CP_USER_ORIGIN_HAND ? "hand" : "notice";
}

static gboolean
name_index (const char * const *names,
            const char         *text,
            guint              *out_index)
{
  for (guint i = 0; text != NULL && names[i] != NULL; i++)
    if (g_str_equal (names[i], text))
      {
        *out_index = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
cp_user_origin_from_string (const char   *text,
                            CpUserOrigin *out_origin)
{
  guint index;

  if (!name_index (origin_names, text, &index))
    return FALSE;
  *out_origin = index;
  return TRUE;
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

const char *
cp_user_record_get_string (CpUserRecord *record,
                           const char   *member)
{
  return string_member (record->record, member);
}

/* An entry of the file, or NULL for one that is not right: it is left
 * out, not fatal, so that one bad record does not cost the others. */
static CpUserRecord *
record_from_json (JsonNode *node)
{
  JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonNode *inner = entry != NULL ? json_object_get_member (entry, "record") : NULL;
  CpUserRecord *record;
  guint kind, origin;

  if (inner == NULL || !JSON_NODE_HOLDS_OBJECT (inner) ||
      !name_index (kind_names, string_member (entry, "kind"), &kind) ||
      !name_index (origin_names, string_member (entry, "origin"), &origin) ||
      string_member (json_node_get_object (inner), "id") == NULL)
    return NULL;
  record = g_new0 (CpUserRecord, 1);
  record->kind = kind;
  record->origin = origin;
  record->saved_at = g_strdup (string_member (entry, "saved_at") != NULL ? string_member (entry, "saved_at") : "");
  record->record = json_object_ref (json_node_get_object (inner));
  record->id = g_strdup (string_member (record->record, "id"));
  return record;
}

void
cp_user_sessions_reset (CpUserSessions *self)
{
  g_return_if_fail (CP_IS_USER_SESSIONS (self));

  g_ptr_array_set_size (self->records, 0);
  self->unreadable = FALSE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

gboolean
cp_user_sessions_load (CpUserSessions  *self,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *records;

  g_return_val_if_fail (CP_IS_USER_SESSIONS (self), FALSE);

  g_ptr_array_set_size (self->records, 0);
  self->unreadable = FALSE;
  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
      return TRUE;
    }

  root = cp_json_guard_load_file (self->path, CP_GUARD_FEED, &local_error);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  records = object != NULL ? json_object_get_member (object, "records") : NULL;
  if (object == NULL || g_strcmp0 (string_member (object, "format"), STORE_FORMAT) != 0 ||
      json_object_get_int_member_with_default (object, "version", 0) != 1 ||
      records == NULL || !JSON_NODE_HOLDS_ARRAY (records))
    {
      self->unreadable = TRUE;
      /* Translators: %s is a file name; the second, what is wrong with it */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: %s"), self->path,
                   local_error != NULL ? local_error->message
                                       : _("not a file of one’s own sessions that Certpath can read; it is left as it is"));
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (records)); i++)
    {
      CpUserRecord *record = record_from_json (json_array_get_element (json_node_get_array (records), i));

      if (record != NULL)
        g_ptr_array_add (self->records, record);
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

static int
compare_exam_dates (gconstpointer a,
                    gconstpointer b)
{
  const CpUserRecord *x = *(CpUserRecord **) a, *y = *(CpUserRecord **) b;

  return g_strcmp0 (string_member (x->record, "exam_date"), string_member (y->record, "exam_date"));
}

GPtrArray *
cp_user_sessions_list (CpUserSessions *self,
                       CpUserKind      kind)
{
  GPtrArray *list = g_ptr_array_new ();

  g_return_val_if_fail (CP_IS_USER_SESSIONS (self), list);

  for (guint i = 0; i < self->records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (self->records, i);

      if (record->kind == kind)
        g_ptr_array_add (list, record);
    }
  if (kind == CP_USER_SESSION)
    g_ptr_array_sort (list, compare_exam_dates);
  return list;
}

static gssize
find_index (CpUserSessions *self,
            CpUserKind      kind,
            const char     *id)
{
  for (guint i = 0; i < self->records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (self->records, i);

      if (record->kind == kind && g_strcmp0 (record->id, id) == 0)
        return i;
    }
  return -1;
}

CpUserRecord *
cp_user_sessions_lookup (CpUserSessions *self,
                         CpUserKind      kind,
                         const char     *id)
{
  gssize index;

  g_return_val_if_fail (CP_IS_USER_SESSIONS (self), NULL);

  index = find_index (self, kind, id);
  return index >= 0 ? g_ptr_array_index (self->records, index) : NULL;
}

static gboolean
save (CpUserSessions  *self,
      GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *folder = g_path_get_dirname (self->path);
  g_autofree char *data = NULL;
  gsize length;

  if (self->unreadable)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s could not be read, so it is not overwritten; move it away first"), self->path);
      return FALSE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, STORE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "records");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (self->records, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_names[record->kind]);
      json_builder_set_member_name (builder, "origin");
      json_builder_add_string_value (builder, origin_names[record->origin]);
      json_builder_set_member_name (builder, "saved_at");
      json_builder_add_string_value (builder, record->saved_at);
      json_builder_set_member_name (builder, "record");
      json_builder_add_value (builder, json_node_init_object (json_node_alloc (), record->record));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }
  return g_file_set_contents_full (self->path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}

/* "Not known" is null in the pack's shape; a reader that found nothing
 * leaves the member out, and it is put in as null here. */
static void
complete (CpUserKind  kind,
          JsonObject *record)
{
  static const char * const session_nullable[] = {
    "papers_due", "capacity", "min_to_open", "registration_code", "plan_number", "published", NULL
  };
  static const char * const centre_nullable[] = { "address", "phone", "website", NULL };
  static const char * const course_nullable[] = {
    "includes", "hours", "start_month", "exam_month", "min_class_size", "exam_centre", NULL
  };
  static const char * const format_nullable[] = { "modes", "on_site_days", "online_sessions", NULL };
  const char * const *nullable = kind == CP_USER_SESSION ? session_nullable
                                 : kind == CP_USER_CENTRE ? centre_nullable : course_nullable;
  JsonNode *sources;

  for (guint i = 0; nullable[i] != NULL; i++)
    if (!json_object_has_member (record, nullable[i]))
      json_object_set_null_member (record, nullable[i]);
  if (!json_object_has_member (record, "sources"))
    json_object_set_array_member (record, "sources", json_array_new ());
  if (kind == CP_USER_CENTRE && !json_object_has_member (record, "fees"))
    json_object_set_array_member (record, "fees", json_array_new ());
  if (kind != CP_USER_COURSE)
    return;
  /* Courses are never exported, so a course's own source is named here. */
  sources = json_object_get_member (record, "sources");
  if (JSON_NODE_HOLDS_ARRAY (sources) && json_array_get_length (json_node_get_array (sources)) == 0)
    {
      g_autofree char *own = g_strdup_printf ("own-%s", string_member (record, "id"));

      json_array_add_string_element (json_node_get_array (sources), own);
    }
  if (!json_object_has_member (record, "discounts"))
    json_object_set_array_member (record, "discounts", json_array_new ());
  if (!json_object_has_member (record, "campuses"))
    json_object_set_array_member (record, "campuses", json_array_new ());
  if (!json_object_has_member (record, "ended"))
    json_object_set_boolean_member (record, "ended", FALSE);
  if (!json_object_has_member (record, "format"))
    {
      JsonObject *format = json_object_new ();

      for (guint i = 0; format_nullable[i] != NULL; i++)
        json_object_set_null_member (format, format_nullable[i]);
      json_object_set_object_member (record, "format", format);
    }
}

/* A course is checked as courses.json would check it, against the pack's
 * ids and its own source. */
static gboolean
check_course (CpUserSessions *self,
              JsonObject     *course,
              GError        **error)
{
  static const struct { const char *file, *member, *key, *kind; } ids[] = {
    { "sources.json", "sources", "id", "source" },
    { "regions.json", "regions", "id", "region" },
    { "occupations.json", "occupations", "code", "occupation" },
    { "exams.json", "centres", "id", "exam centre" },
    { "courses.json", "providers", "id", "provider" },
  };
  g_autoptr(CpSchemaChecker) checker = cp_schema_checker_new ();
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), course);
  g_autofree char *own_source = g_strdup_printf ("own-%s", string_member (course, "id"));
  GPtrArray *errors;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      JsonArray *records = cp_policy_pack_get_records (self->pack, ids[i].file, ids[i].member);

      for (guint k = 0; records != NULL && k < json_array_get_length (records); k++)
        cp_schema_checker_define_id (checker, ids[i].kind,
                                     json_object_get_string_member (json_array_get_object_element (records, k), ids[i].key),
                                     "known");
    }
  for (guint i = 0; i < self->records->len; i++)
    {
      CpUserRecord *record = g_ptr_array_index (self->records, i);

      if (record->kind == CP_USER_CENTRE)
        cp_schema_checker_define_id (checker, "exam centre", record->id, "known");
    }
  cp_schema_checker_define_id (checker, "source", own_source, "known");
  cp_schema_checker_check_at (checker, STORE_FILE, "$.course", node, cp_policy_schema_course ());
  cp_schema_checker_resolve_refs (checker);
  errors = cp_schema_checker_get_errors (checker);
  if (errors->len == 0)
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, g_ptr_array_index (errors, 0));
  return FALSE;
}

/* A session or a centre is checked by the feed reader itself, in a feed
 * of its own (with the centre of one's own the session is at): what is
 * saved is what an export will carry, whatever else the file holds. */
static gboolean
check_in_feed (CpUserSessions *self,
               CpUserRecord   *candidate,
               GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CpFeed) feed = NULL;
  const char *centre = candidate->kind == CP_USER_SESSION ? string_member (candidate->record, "centre") : NULL;
  CpUserRecord *own_centre = centre != NULL ? cp_user_sessions_lookup (self, CP_USER_CENTRE, centre) : NULL;

  if (own_centre != NULL)
    g_ptr_array_add (records, own_centre);
  g_ptr_array_add (records, candidate);
  bytes = cp_feed_export_records (records, NULL, NULL);
  feed = cp_feed_parse (self->pack, bytes, STORE_FILE, error);
  if (feed == NULL)
    return FALSE;
  if (feed->skipped->len == 0 &&
      (candidate->kind != CP_USER_SESSION || json_array_get_length (feed->sessions) == 1))
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       feed->skipped->len > 0 ? g_ptr_array_index (feed->skipped, feed->skipped->len - 1) : "");
  return FALSE;
}

/* The checkers say "own-schedule.json: $.sessions[0].papers_due: …",
 * which a front desk cannot act on: the field is named in words instead. */
static void
name_the_field (GError *error)
{
  static const struct { const char *member, *label; } labels[] = {
    { "exam_date", N_("Exam date") }, { "papers_due", N_("Papers due") },
    { "closes", N_("Registration closes") }, { "levels", N_("Levels") }, { "capacity", N_("Places") },
    { "registration_code", N_("Registration code") }, { "plan_number", N_("Plan number") },
    { "published", N_("Published") }, { "centre", N_("Centre") }, { "region", N_("Region") },
    { "occupation", N_("Occupation") }, { "start_month", N_("Starts") }, { "exam_month", N_("Exam month") },
  };
  const char *path = error != NULL ? strstr (error->message, "$.") : NULL;
  const char *words = path != NULL ? strstr (path, ": ") : NULL;
  g_autofree char *member = NULL;
  const char *label;
  char *plain;

  if (words == NULL)
    return;
  member = g_strndup (path, words - path);
  if (strrchr (member, '[') != NULL && strrchr (member, '[') > strrchr (member, '.'))
    *strrchr (member, '[') = '\0';
  label = strrchr (member, '.') + 1;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (label, labels[i].member))
      label = _(labels[i].label);
  /* "$.sessions[0]: …" is about the record as a whole, no one field. */
  if (label == member + 2)
    plain = g_strdup (words + 2);
  else
    /* Translators: a field's name, then what is wrong with it */
    plain = g_strdup_printf (_("%s: %s"), label, words + 2);
  g_free (error->message);
  error->message = plain;
}

static gboolean
put (CpUserSessions  *self,
     CpUserKind       kind,
     JsonObject      *object,
     CpUserOrigin     origin,
     gboolean         replace,
     GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(JsonNode) copy = NULL;
  CpUserRecord *record;
  const char *id;
  gssize index;
  gboolean valid;

  g_return_val_if_fail (CP_IS_USER_SESSIONS (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  id = string_member (object, "id");
  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The record has no id"));
      return FALSE;
    }
  index = find_index (self, kind, id);
  if (!replace && index >= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("%s is saved already; replace it or remove it first"), id);
      return FALSE;
    }
  if (replace && index < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s is not one of your saved records"), id);
      return FALSE;
    }

  {
    g_autoptr(JsonNode) original = json_node_init_object (json_node_alloc (), object);

    copy = json_node_copy (original);
  }
  record = g_new0 (CpUserRecord, 1);
  record->kind = kind;
  record->origin = origin;
  record->id = g_strdup (id);
  record->saved_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  record->record = json_object_ref (json_node_get_object (copy));
  complete (kind, record->record);

  valid = kind == CP_USER_COURSE ? check_course (self, record->record, error) : check_in_feed (self, record, error);
  if (!valid)
    {
      name_the_field (error != NULL ? *error : NULL);
      cp_user_record_free (record);
      return FALSE;
    }
  if (index >= 0)
    {
      CpUserRecord *old = g_ptr_array_index (self->records, index);

      self->records->pdata[index] = record;
      if (!save (self, error))
        {
          self->records->pdata[index] = old;
          cp_user_record_free (record);
          return FALSE;
        }
      cp_user_record_free (old);
    }
  else
    {
      g_ptr_array_add (self->records, record);
      if (!save (self, error))
        {
          g_ptr_array_remove_index (self->records, self->records->len - 1);
          return FALSE;
        }
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

gboolean
cp_user_sessions_add (CpUserSessions  *self,
                      CpUserKind       kind,
                      JsonObject      *record,
                      CpUserOrigin     origin,
                      GError         **error)
{
  return put (self, kind, record, origin, FALSE, error);
}

gboolean
cp_user_sessions_replace (CpUserSessions  *self,
                          CpUserKind       kind,
                          JsonObject      *record,
                          CpUserOrigin     origin,
                          GError         **error)
{
  return put (self, kind, record, origin, TRUE, error);
}

gboolean
cp_user_sessions_remove (CpUserSessions  *self,
                         CpUserKind       kind,
                         const char      *id,
                         GError         **error)
{
  gssize index;
  gpointer removed;

  g_return_val_if_fail (CP_IS_USER_SESSIONS (self), FALSE);

  index = find_index (self, kind, id);
  if (index < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s is not one of your saved records"), id);
      return FALSE;
    }
  if (kind == CP_USER_CENTRE)
    for (guint i = 0; i < self->records->len; i++)
      {
        CpUserRecord *record = g_ptr_array_index (self->records, i);

        if (record->kind == CP_USER_SESSION && g_strcmp0 (string_member (record->record, "centre"), id) == 0)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                         _("The saved session %s is at %s; remove the session first"), record->id, id);
            return FALSE;
          }
      }
  removed = g_ptr_array_steal_index (self->records, index);
  if (!save (self, error))
    {
      g_ptr_array_insert (self->records, index, removed);
      return FALSE;
    }
  cp_user_record_free (removed);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}
