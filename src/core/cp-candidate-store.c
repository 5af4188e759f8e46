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

#include "cp-candidate-index.h"
#include "cp-candidate-store.h"
#include "cp-sync-conflict.h"
#include "cp-text.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

/* Outside changes come in bursts (a sync tool writes many files): they are
 * gathered for this long, then read once. */
#define MONITOR_DELAY_MS 200
/* Beyond this many changed names at once, checking the whole folder is
 * cheaper than one name at a time. */
#define MAX_PENDING_NAMES 2000
#define INDEX_WRITE_DELAY_S 1

struct _CpCandidateStore
{
  GObject       parent_instance;

  char         *directory;
  CpPolicyPack *pack;
  GHashTable   *city_names;     /* city id → name in the user's language */

  /* Once the model has been asked for */
  GListStore   *model;          /* the rows: CpCandidateSummary */
  GHashTable   *files;          /* id → CpCandidateSummary, every candidate file */
  GHashTable   *copies;         /* original id → GPtrArray of its conflict copies' ids */
  GFileMonitor *monitor;
  GHashTable   *pending;        /* file names the monitor reported */
  guint         pending_source;
  guint         index_source;
  guint         n_parsed;
};

G_DEFINE_FINAL_TYPE (CpCandidateStore, cp_candidate_store, G_TYPE_OBJECT)

static void write_index  (CpCandidateStore *self);
static void file_changed (CpCandidateStore *self,
                          const char       *id);

static void
cp_candidate_store_finalize (GObject *object)
{
  CpCandidateStore *self = CP_CANDIDATE_STORE (object);

  /* What is pending is written now rather than read again next time. */
  if (self->index_source != 0)
    write_index (self);
  g_clear_handle_id (&self->index_source, g_source_remove);
  g_clear_handle_id (&self->pending_source, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  g_clear_object (&self->model);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_pointer (&self->copies, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->city_names, g_hash_table_unref);
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

  self->directory = directory != NULL ? g_strdup (directory) : cp_candidate_store_default_directory ();
  self->pack = pack != NULL ? g_object_ref (pack) : NULL;
  tidy_directory (self->directory);
  self->city_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (pack != NULL)
    {
      JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");

      for (guint i = 0; regions != NULL && i < json_array_get_length (regions); i++)
        {
          JsonObject *region = json_array_get_object_element (regions, i);

          g_hash_table_replace (self->city_names, g_strdup (json_object_get_string_member (region, "id")),
                                g_strdup (cp_text_get_member (region, "name", NULL)));
        }
    }
  return self;
}

char *
cp_candidate_store_default_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "certpath", "candidates", NULL);
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

      char *id = cp_candidate_store_id_for_file_name (name);

      if (id == NULL)
        continue;
      path = g_build_filename (self->directory, name, NULL);
      entry = g_new0 (CpCandidateEntry, 1);
      entry->id = id;
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
  if (!cp_profile_save (profile, path, error))
    return FALSE;
  file_changed (self, id);
  return TRUE;
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
  file_changed (self, id);
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
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    return FALSE;
  file_changed (self, id);
  return TRUE;
}

char *
cp_candidate_store_id_for_file_name (const char *file_name)
{
  gsize length = file_name != NULL ? strlen (file_name) : 0;

  /* "NAME.json.XXXXXX" is a save in progress (or cut off), ".certpath-index"
   * and other hidden files are not anyone's. */
  if (length <= strlen (".json") || file_name[0] == '.' || !g_str_has_suffix (file_name, ".json")
      || strchr (file_name, '/') != NULL)
    return NULL;
  return g_strndup (file_name, length - strlen (".json"));
}

char *
cp_candidate_store_get_path (CpCandidateStore *self,
                             const char       *id)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), NULL);
  return valid_id (id, NULL) ? path_for (self, id) : NULL;
}

guint
cp_candidate_store_get_n_parsed (CpCandidateStore *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), 0);
  return self->n_parsed;
}

CpCandidateSummary *
cp_candidate_store_lookup (CpCandidateStore *self,
                           const char       *id)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), NULL);
  return self->files != NULL && id != NULL ? g_hash_table_lookup (self->files, id) : NULL;
}

/* ---------- Reading one file ---------- */

static CpCandidateSummary *
summary_from_profile (CpCandidateStore *self,
                      const char       *id,
                      CpProfile        *profile,
                      gint64            modified,
                      gint64            size)
{
  const char *city = cp_profile_get_city (profile);

  return cp_candidate_summary_new (id, cp_profile_get_name (profile), cp_profile_get_birth_date (profile), city,
                                   city != NULL ? g_hash_table_lookup (self->city_names, city) : NULL,
                                   modified, size, NULL);
}

/* The file's summary: @known itself when the file has not changed since,
 * else read again; NULL when there is no such file any more. */
static CpCandidateSummary *
read_summary (CpCandidateStore   *self,
              const char         *id,
              CpCandidateSummary *known)
{
  g_autofree char *path = path_for (self, id);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;
  struct stat buf;
  gint64 modified;

  if (stat (path, &buf) != 0)
    {
      int saved_errno = errno;
      g_autofree char *message = NULL;

      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        return NULL;
      message = g_strdup_printf ("%s.json: %s", id, g_strerror (saved_errno));
      return cp_candidate_summary_new (id, NULL, 0, NULL, NULL, 0, 0, message);
    }
  if (!S_ISREG (buf.st_mode))
    return NULL;
  modified = (gint64) buf.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + buf.st_mtim.tv_nsec;
  if (known != NULL && cp_candidate_summary_get_modified (known) == modified
      && cp_candidate_summary_get_size (known) == (gint64) buf.st_size)
    return g_object_ref (known);

  self->n_parsed++;
  profile = cp_profile_new_from_file (path, self->pack, &error);
  if (profile == NULL)
    return cp_candidate_summary_new (id, NULL, 0, NULL, NULL, modified, buf.st_size, error->message);
  return summary_from_profile (self, id, profile, modified, buf.st_size);
}

/* ---------- The index ---------- */

static void
write_index (CpCandidateStore *self)
{
  g_autofree char *path = g_build_filename (self->directory, CP_CANDIDATE_INDEX_NAME, NULL);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->index_source, g_source_remove);
  /* No folder yet: nothing saved, nothing to remember. */
  if (self->files == NULL || !g_file_test (self->directory, G_FILE_TEST_IS_DIR))
    return;
  if (!cp_candidate_index_write (path, self->files, &error))
    g_message ("The candidates' index is not kept: %s", error->message);
}

static gboolean
write_index_cb (gpointer user_data)
{
  CpCandidateStore *self = user_data;

  self->index_source = 0;
  write_index (self);
  return G_SOURCE_REMOVE;
}

/* Saves come one after another; the index is written once they pause. */
static void
schedule_index_write (CpCandidateStore *self)
{
  if (self->index_source == 0)
    self->index_source = g_timeout_add_seconds (INDEX_WRITE_DELAY_S, write_index_cb, self);
}

/* ---------- Rows and conflict copies ---------- */

/* Changes map an id to NULL for a file that is gone. */
static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static GHashTable *
new_changes (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_if_any);
}

static int
compare_summaries_cb (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return cp_candidate_summary_compare ((CpCandidateSummary *) a, (CpCandidateSummary *) b);
}

static int
compare_summary_pointers (gconstpointer a,
                          gconstpointer b)
{
  return cp_candidate_summary_compare (*(CpCandidateSummary **) a, *(CpCandidateSummary **) b);
}

static int
compare_id_pointers (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The id of the row @id is part of: its original for a conflict copy. */
static char *
group_of (const char *id)
{
  char *original = cp_sync_conflict_original (id);

  return original != NULL ? original : g_strdup (id);
}

static void
note_copy (CpCandidateStore *self,
           const char       *id,
           gboolean          present)
{
  g_autofree char *original = cp_sync_conflict_original (id);
  GPtrArray *ids;
  guint index;

  if (original == NULL)
    return;
  ids = g_hash_table_lookup (self->copies, original);
  if (ids == NULL && present)
    {
      ids = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->copies, g_strdup (original), ids);
    }
  if (ids == NULL)
    return;
  if (g_ptr_array_find_with_equal_func (ids, id, g_str_equal, &index))
    {
      if (!present)
        g_ptr_array_remove_index (ids, index);
    }
  else if (present)
    g_ptr_array_add (ids, g_strdup (id));
}

/* The rows of a group: the original, marked with its copies; or, with the
 * original gone, each copy on its own, so no version is out of sight. */
static void
collect_group_rows (CpCandidateStore *self,
                    const char       *original,
                    GPtrArray        *rows)
{
  CpCandidateSummary *main = g_hash_table_lookup (self->files, original);
  GPtrArray *ids = g_hash_table_lookup (self->copies, original);

  if (main != NULL)
    {
      GPtrArray *conflicts = cp_candidate_summary_get_conflicts (main);

      g_ptr_array_set_size (conflicts, 0);
      for (guint i = 0; ids != NULL && i < ids->len; i++)
        g_ptr_array_add (conflicts, g_strdup (g_ptr_array_index (ids, i)));
      g_ptr_array_sort (conflicts, compare_id_pointers);
      g_ptr_array_add (rows, main);
      return;
    }
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      CpCandidateSummary *copy = g_hash_table_lookup (self->files, g_ptr_array_index (ids, i));

      if (copy != NULL)
        g_ptr_array_add (rows, copy);
    }
}

static void
remove_row (CpCandidateStore   *self,
            CpCandidateSummary *summary)
{
  guint position;

  if (summary != NULL && g_list_store_find (self->model, summary, &position))
    g_list_store_remove (self->model, position);
}

static void
remove_group_rows (CpCandidateStore *self,
                   const char       *original)
{
  GPtrArray *ids = g_hash_table_lookup (self->copies, original);

  remove_row (self, g_hash_table_lookup (self->files, original));
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    remove_row (self, g_hash_table_lookup (self->files, g_ptr_array_index (ids, i)));
}

/* Applies @changes (id → the file's new summary, NULL when it is gone) to
 * the files and the rows; a file unchanged (its summary the same object)
 * changes nothing. */
static void
apply_changes (CpCandidateStore *self,
               GHashTable       *changes)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, changes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_lookup (self->files, key) != value)
      g_hash_table_add (groups, group_of (key));
  if (g_hash_table_size (groups) == 0)
    return;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    remove_group_rows (self, key);

  g_hash_table_iter_init (&iter, changes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (value != NULL)
        g_hash_table_replace (self->files, (gpointer) cp_candidate_summary_get_id (value), g_object_ref (value));
      else
        g_hash_table_remove (self->files, key);
      note_copy (self, key, value != NULL);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    collect_group_rows (self, key, rows);
  for (guint i = 0; i < rows->len; i++)
    g_list_store_insert_sorted (self->model, g_ptr_array_index (rows, i), compare_summaries_cb, NULL);
  schedule_index_write (self);
}

static void
file_changed (CpCandidateStore *self,
              const char       *id)
{
  g_autoptr(GHashTable) changes = NULL;

  if (self->model == NULL)
    return;
  changes = new_changes ();
  g_hash_table_insert (changes, g_strdup (id), read_summary (self, id, g_hash_table_lookup (self->files, id)));
  apply_changes (self, changes);
}

/* ---------- The whole folder ---------- */

/* Every candidate file of the folder, each read only if it differs from
 * @known. Sets @changed when any does, or when one is gone. */
static GHashTable *
read_folder (CpCandidateStore *self,
             GHashTable       *known,
             gboolean         *changed)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GDir) dir = g_dir_open (self->directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = cp_candidate_store_id_for_file_name (name);
      CpCandidateSummary *known_summary, *summary;

      if (id == NULL)
        continue;
      known_summary = g_hash_table_lookup (known, id);
      summary = read_summary (self, id, known_summary);
      if (summary == NULL)
        continue;
      *changed |= summary != known_summary;
      g_hash_table_replace (files, (gpointer) cp_candidate_summary_get_id (summary), summary);
    }
  *changed |= g_hash_table_size (files) != g_hash_table_size (known);
  return files;
}

static void
load (CpCandidateStore *self)
{
  g_autofree char *index_path = g_build_filename (self->directory, CP_CANDIDATE_INDEX_NAME, NULL);
  g_autoptr(GHashTable) known = cp_candidate_index_read (index_path, self->city_names);
  g_autoptr(GHashTable) originals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  gboolean changed = FALSE;
  GHashTableIter iter;
  gpointer key;

  self->files = read_folder (self, known, &changed);
  self->copies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  rows = g_ptr_array_sized_new (g_hash_table_size (self->files));
  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      note_copy (self, key, TRUE);
      g_hash_table_add (originals, group_of (key));
    }
  g_hash_table_iter_init (&iter, originals);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    collect_group_rows (self, key, rows);
  g_ptr_array_sort (rows, compare_summary_pointers);
  g_list_store_splice (self->model, 0, 0, rows->pdata, rows->len);
  if (changed)
    write_index (self);
}

void
cp_candidate_store_refresh (CpCandidateStore *self)
{
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(GHashTable) changes = NULL;
  gboolean changed = FALSE;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (CP_IS_CANDIDATE_STORE (self));

  if (self->model == NULL)
    return;
  files = read_folder (self, self->files, &changed);
  if (!changed)
    return;
  changes = new_changes ();
  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (changes, g_strdup (key), g_object_ref (value));
  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (files, key))
      g_hash_table_insert (changes, g_strdup (key), NULL);
  apply_changes (self, changes);
}

/* ---------- Changes from outside ---------- */

static gboolean
pending_cb (gpointer user_data)
{
  CpCandidateStore *self = user_data;
  g_autoptr(GHashTable) pending = g_steal_pointer (&self->pending);
  g_autoptr(GHashTable) changes = NULL;
  GHashTableIter iter;
  gpointer key;

  self->pending_source = 0;
  if (pending == NULL || g_hash_table_contains (pending, ""))
    {
      cp_candidate_store_refresh (self);
      return G_SOURCE_REMOVE;
    }
  changes = new_changes ();
  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      char *id = cp_candidate_store_id_for_file_name (key);

      if (id != NULL)
        g_hash_table_insert (changes, id, read_summary (self, id, g_hash_table_lookup (self->files, id)));
    }
  apply_changes (self, changes);
  return G_SOURCE_REMOVE;
}

static void
note_pending (CpCandidateStore *self,
              GFile            *file)
{
  g_autoptr(GFile) directory = g_file_new_for_path (self->directory);
  g_autofree char *parent_path = NULL;
  g_autoptr(GFile) parent = NULL;

  if (file == NULL)
    return;
  if (self->pending == NULL)
    self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parent = g_file_get_parent (file);
  /* The folder itself, or too much at once: check everything. */
  if (parent == NULL || !g_file_equal (parent, directory) || g_hash_table_size (self->pending) >= MAX_PENDING_NAMES)
    g_hash_table_add (self->pending, g_strdup (""));
  else
    g_hash_table_add (self->pending, g_file_get_basename (file));
}

static void
folder_changed_cb (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   CpCandidateStore  *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  note_pending (self, file);
  note_pending (self, other_file);
  if (self->pending_source == 0)
    self->pending_source = g_timeout_add (MONITOR_DELAY_MS, pending_cb, self);
}

static void
watch (CpCandidateStore *self)
{
  g_autoptr(GFile) directory = g_file_new_for_path (self->directory);
  g_autoptr(GError) error = NULL;

  self->monitor = g_file_monitor_directory (directory, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_message ("Changes to %s from outside will show when the list is opened again: %s",
                 self->directory, error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (folder_changed_cb), self);
}

GListModel *
cp_candidate_store_get_model (CpCandidateStore *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (self), NULL);

  if (self->model == NULL)
    {
      self->model = g_list_store_new (CP_TYPE_CANDIDATE_SUMMARY);
      load (self);
      watch (self);
    }
  return G_LIST_MODEL (self->model);
}
