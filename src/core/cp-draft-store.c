/* cp-draft-store.c
 *
 * A draft is the candidate as the editor holds it, with where it came
 * from: {"format": "certpath-draft", "version": 1, "written": ISO 8601,
 * "store_id": …, "path": …, "profile": {the profile as saved}}.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-draft-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cp-draft-store.h"
#include "cp-json-guard.h"

/* A temporary file this old is left by a write that was killed, not one
 * under way (a write takes a millisecond). */
#define STALE_TEMPORARY_SECONDS 600

struct _CpDraftStore
{
  GObject       parent_instance;

  char         *directory;
  CpPolicyPack *pack;
};

G_DEFINE_FINAL_TYPE (CpDraftStore, cp_draft_store, G_TYPE_OBJECT)

static void
cp_draft_store_finalize (GObject *object)
{
  CpDraftStore *self = CP_DRAFT_STORE (object);

  g_free (self->directory);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (cp_draft_store_parent_class)->finalize (object);
}

static void
cp_draft_store_class_init (CpDraftStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_draft_store_finalize;
}

static void
cp_draft_store_init (CpDraftStore *self)
{
}

CpDraftStore *
cp_draft_store_new (const char   *directory,
                    CpPolicyPack *pack)
{
  CpDraftStore *self = g_object_new (CP_TYPE_DRAFT_STORE, NULL);

  self->directory = directory != NULL ? g_strdup (directory)
                                      : g_build_filename (g_get_user_state_dir (), "certpath", "drafts", NULL);
  self->pack = pack != NULL ? g_object_ref (pack) : NULL;
  return self;
}

const char *
cp_draft_store_get_directory (CpDraftStore *self)
{
  g_return_val_if_fail (CP_IS_DRAFT_STORE (self), NULL);
  return self->directory;
}

void
cp_draft_free (CpDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_free (draft->store_id);
  g_free (draft->path);
  g_clear_pointer (&draft->written, g_date_time_unref);
  g_clear_object (&draft->profile);
  g_free (draft->error);
  g_free (draft);
}

char *
cp_draft_store_new_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("draft-", uuid, NULL);
}

static char *
path_for (CpDraftStore  *self,
          const char    *id,
          GError       **error)
{
  g_autofree char *file_name = NULL;

  /* An id is a file name: nothing that climbs out of the folder. */
  if (id == NULL || id[0] == '\0' || id[0] == '.' || strchr (id, '/') != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, "not a draft id: %s", id != NULL ? id : "(none)");
      return NULL;
    }
  file_name = g_strconcat (id, ".json", NULL);
  return g_build_filename (self->directory, file_name, NULL);
}

static gboolean
io_error (GError    **error,
          const char *file)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", file, g_strerror (saved_errno));
  return FALSE;
}

/* Written beside the old draft and renamed over it: a kill at any moment
 * leaves the previous draft or the new one, whole. No fsync: a draft is
 * written every few seconds while typing, and a stall of the window on
 * each (about 10 ms here, far more on a slow disk) costs more than a draft
 * lost to a power cut, which then reads as broken and is not offered. */
static gboolean
replace_atomically (const char  *file,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *temporary = g_strconcat (file, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (temporary, O_WRONLY, 0600);
  gsize done = 0;

  if (fd < 0)
    return io_error (error, file);
  while (done < length)
    {
      gssize n = write (fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          io_error (error, temporary);
          close (fd);
          g_unlink (temporary);
          return FALSE;
        }
      done += n;
    }
  if (close (fd) != 0 || g_rename (temporary, file) != 0)
    {
      io_error (error, file);
      g_unlink (temporary);
      return FALSE;
    }
  return TRUE;
}

static void
set_optional_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
}

gboolean
cp_draft_store_write (CpDraftStore  *self,
                      const char    *id,
                      CpProfile     *profile,
                      const char    *store_id,
                      const char    *path,
                      GDateTime     *written,
                      GError       **error)
{
  g_autofree char *file = NULL;
  g_autofree char *profile_data = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonNode *profile_node;
  JsonObject *object;

  g_return_val_if_fail (CP_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (CP_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (written != NULL, FALSE);

  file = path_for (self, id, error);
  if (file == NULL)
    return FALSE;
  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    return io_error (error, self->directory);

  profile_data = cp_profile_to_data (profile);
  profile_node = json_from_string (profile_data, error);
  if (profile_node == NULL)
    return FALSE;
  stamp = g_date_time_format_iso8601 (written);
  object = json_object_new ();
  json_object_set_string_member (object, "format", "certpath-draft");
  json_object_set_int_member (object, "version", 1);
  json_object_set_string_member (object, "written", stamp);
  set_optional_string (object, "store_id", store_id);
  set_optional_string (object, "path", path);
  json_object_set_member (object, "profile", profile_node);
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  data = json_to_string (root, FALSE);

  return replace_atomically (file, data, strlen (data), error);
}

gboolean
cp_draft_store_remove (CpDraftStore  *self,
                       const char    *id,
                       GError       **error)
{
  g_autofree char *file = NULL;

  g_return_val_if_fail (CP_IS_DRAFT_STORE (self), FALSE);

  file = path_for (self, id, error);
  if (file == NULL)
    return FALSE;
  if (g_remove (file) != 0 && errno != ENOENT)
    return io_error (error, file);
  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *file_name,
         const char  *why)
{
  g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, "%s: not a Certpath draft: %s", file_name, why);
  return FALSE;
}

static char *
optional_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static gboolean
fill_draft (CpDraftStore  *self,
            CpDraft       *draft,
            const char    *file,
            const char    *file_name,
            GError       **error)
{
  g_autoptr(GError) guard_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *profile_data = NULL;
  g_autofree char *stamp = NULL;
  JsonObject *object;
  JsonNode *profile;

  /* Read as guardedly as a saved candidate: size, encoding, nesting. */
  root = cp_json_guard_load_file (file, CP_GUARD_PROFILE, &guard_error);
  if (root == NULL && (guard_error->domain == G_FILE_ERROR
                       || g_error_matches (guard_error, CP_GUARD_ERROR, CP_GUARD_ERROR_IO)))
    {
      g_propagate_error (error, g_steal_pointer (&guard_error));
      return FALSE;
    }
  if (root == NULL)
    return invalid (error, file_name, guard_error->message);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, file_name, "not a JSON object");
  object = json_node_get_object (root);
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL), "certpath-draft") != 0)
    return invalid (error, file_name, "no \"format\": \"certpath-draft\"");
  stamp = optional_string (object, "written");
  draft->written = stamp != NULL ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  if (draft->written == NULL)
    return invalid (error, file_name, "\"written\" is not an ISO 8601 time");
  profile = json_object_get_member (object, "profile");
  if (profile == NULL || !JSON_NODE_HOLDS_OBJECT (profile))
    return invalid (error, file_name, "\"profile\" is not an object");

  draft->store_id = optional_string (object, "store_id");
  draft->path = optional_string (object, "path");
  profile_data = json_to_string (profile, FALSE);
  draft->profile = cp_profile_new_from_data (profile_data, -1, file_name, self->pack, error);
  return draft->profile != NULL;
}

CpDraft *
cp_draft_store_read (CpDraftStore  *self,
                     const char    *id,
                     GError       **error)
{
  g_autoptr(CpDraft) draft = NULL;
  g_autofree char *file = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (CP_IS_DRAFT_STORE (self), NULL);

  file = path_for (self, id, error);
  if (file == NULL)
    return NULL;
  file_name = g_path_get_basename (file);
  draft = g_new0 (CpDraft, 1);
  draft->id = g_strdup (id);
  if (!fill_draft (self, draft, file, file_name, error))
    return NULL;
  return g_steal_pointer (&draft);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const CpDraft *x = *(CpDraft * const *) a;
  const CpDraft *y = *(CpDraft * const *) b;

  /* Unreadable drafts, with no time, go last. */
  if (x->written == NULL || y->written == NULL)
    return (x->written == NULL) - (y->written == NULL);
  return g_date_time_compare (y->written, x->written);
}

/* "ID.json.XXXXXX", as replace_atomically names them. */
static gboolean
is_temporary (const char *name)
{
  const char *json = g_strrstr (name, ".json.");

  return json != NULL && strlen (json) == strlen (".json.XXXXXX");
}

/* Personal data does not linger in temporary files of killed writes. */
static void
remove_if_stale (const char *directory,
                 const char *name)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  GStatBuf buf;

  if (g_stat (path, &buf) == 0 && buf.st_mtime + STALE_TEMPORARY_SECONDS < g_get_real_time () / G_USEC_PER_SEC)
    g_unlink (path);
}

GPtrArray *
cp_draft_store_list (CpDraftStore *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_draft_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (CP_IS_DRAFT_STORE (self), drafts);

  dir = g_dir_open (self->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autoptr(GError) error = NULL;
      CpDraft *draft;

      /* Temporary files of an interrupted write are not drafts. */
      if (is_temporary (name))
        remove_if_stale (self->directory, name);
      if (!g_str_has_suffix (name, ".json"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".json"));
      draft = cp_draft_store_read (self, id, &error);
      if (draft == NULL)
        {
          draft = g_new0 (CpDraft, 1);
          draft->id = g_steal_pointer (&id);
          draft->error = g_strdup (error->message);
        }
      g_ptr_array_add (drafts, draft);
    }
  g_ptr_array_sort (drafts, compare_newest_first);
  return drafts;
}
