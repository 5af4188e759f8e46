/* cp-candidate-store.c
 *
 * Personal data stays on the machine: plain files in the user's data
 * folder, mode 0600 in a 0700 folder, written atomically.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-candidate-store"

#include "config.h"

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "cp-candidate-store.h"

#include <errno.h>
#include <string.h>

struct _CpCandidateStore
{
  GObject       parent_instance;

  char         *directory;
  CpPolicyPack *pack;
};

G_DEFINE_FINAL_TYPE (CpCandidateStore, cp_candidate_store, G_TYPE_OBJECT)

static void
cp_candidate_store_finalize (GObject *object)
{
  CpCandidateStore *self = CP_CANDIDATE_STORE (object);

  g_free (self->directory);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (cp_candidate_store_parent_class)->finalize (object);
}

static void
cp_candidate_store_class_init (CpCandidateStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_candidate_store_finalize;
}

static void
cp_candidate_store_init (CpCandidateStore *self)
{
}

/* g_file_set_contents () writes NAME.json.XXXXXX and renames it; a save cut
 * off in between leaves that file, with a person's data in it. */
static gboolean
is_interrupted_save (const char *name)
{
  const char *suffix = g_strrstr (name, ".json.");

  if (suffix == NULL || strlen (suffix) != strlen (".json.XXXXXX"))
    return FALSE;
  for (const char *p = suffix + strlen (".json."); *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* What a crash or another program may have left: stray temporary files,
 * and a folder others can read. */
static void
tidy_directory (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GStatBuf info;
  const char *name;

  if (dir == NULL)
    return;
  if (g_stat (directory, &info) == 0 && (info.st_mode & 0077) != 0 && g_chmod (directory, 0700) != 0)
    g_warning ("%s: cannot be made private: %s", directory, g_strerror (errno));
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (is_interrupted_save (name) && g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_remove (path) != 0)
        g_warning ("%s: cannot be removed: %s", path, g_strerror (errno));
    }
}

CpCandidateStore *
cp_candidate_store_new (const char   *directory,
                        CpPolicyPack *pack)
{
  CpCandidateStore *self = g_object_new (CP_TYPE_CANDIDATE_STORE, NULL);

  self->directory = directory != NULL ? g_strdup (directory)
                                      : g_build_filename (g_get_user_data_dir (), "certpath", "candidates", NULL);
  self->pack = pack != NULL ? g_object_ref (pack) : NULL;
  tidy_directory (self->directory);
  return self;
}

const char *
cp_candidate_store_get_directory (CpCandidateStore *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), NULL);
  return self->directory;
}

void
cp_candidate_entry_free (CpCandidateEntry *entry)
{
  g_free (entry->id);
  g_clear_object (&entry->profile);
  g_free (entry->error);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const CpCandidateEntry *x = *(CpCandidateEntry * const *) a;
  const CpCandidateEntry *y = *(CpCandidateEntry * const *) b;
  const char *x_name = x->profile != NULL && cp_profile_get_name (x->profile) != NULL
                       ? cp_profile_get_name (x->profile) : x->id;
  const char *y_name = y->profile != NULL && cp_profile_get_name (y->profile) != NULL
                       ? cp_profile_get_name (y->profile) : y->id;

  return g_utf8_collate (x_name, y_name);
}

GPtrArray *
cp_candidate_store_list (CpCandidateStore *self)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_candidate_entry_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), entries);

  dir = g_dir_open (self->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      CpCandidateEntry *entry;

      /* Temporary files of an interrupted save are not candidates. */
      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (self->directory, name, NULL);
      entry = g_new0 (CpCandidateEntry, 1);
      entry->id = g_strndup (name, strlen (name) - strlen (".json"));
      entry->profile = cp_profile_new_from_file (path, self->pack, &error);
      if (entry->profile == NULL)
        entry->error = g_strdup (error->message);
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

char *
cp_candidate_store_new_id (CpCandidateStore *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; ; n++)
    {
      char *id = g_strdup_printf ("candidate-%s-%u", stamp, n);
      g_autofree char *file_name = g_strconcat (id, ".json", NULL);
      g_autofree char *path = g_build_filename (self->directory, file_name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return id;
      g_free (id);
    }
}

static char *
path_for (CpCandidateStore *self,
          const char       *id)
{
  g_autofree char *file_name = g_strconcat (id, ".json", NULL);

  return g_build_filename (self->directory, file_name, NULL);
}

static gboolean
valid_id (const char *id,
          GError    **error)
{
  /* An id is a file name: nothing that climbs out of the folder. */
  if (id == NULL || id[0] == '\0' || id[0] == '.' || strchr (id, '/') != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, "not a candidate id: %s", id);
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_candidate_store_save (CpCandidateStore  *self,
                         const char        *id,
                         CpProfile         *profile,
                         GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), FALSE);
  g_return_val_if_fail (CP_IS_PROFILE (profile), FALSE);

  if (!valid_id (id, error))
    return FALSE;
  /* With the pack, so that a saved candidate always lists again. */
  if (self->pack != NULL && !cp_profile_check (profile, self->pack, error))
    return FALSE;
  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s",
                   self->directory, g_strerror (saved_errno));
      return FALSE;
    }
  path = path_for (self, id);
  return cp_profile_save (profile, path, error);
}

GBytes *
cp_candidate_store_delete (CpCandidateStore  *self,
                           const char        *id,
                           GError           **error)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), NULL);

  if (!valid_id (id, error))
    return NULL;
  path = path_for (self, id);
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (g_remove (path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path, g_strerror (saved_errno));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

gboolean
cp_candidate_store_restore (CpCandidateStore  *self,
                            const char        *id,
                            GBytes            *contents,
                            GError           **error)
{
  g_autofree char *path = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (!valid_id (id, error))
    return FALSE;
  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: cannot be created", self->directory);
      return FALSE;
    }
  path = path_for (self, id);
  data = g_bytes_get_data (contents, &length);
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}
