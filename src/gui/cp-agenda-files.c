/* cp-agenda-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cp-agenda-files.h"

#define PROGRESS_EVERY 500

typedef struct
{
  gint64     modified;   /* ns */
  gint64     size;
  guint64    inode;
  CpProfile *profile;    /* NULL when it could not be read */
  char      *error;
} Known;

struct _CpAgendaFiles
{
  char         *directory;
  CpPolicyPack *pack;
  GMutex        lock;
  GHashTable   *known;   /* id → Known */
};

static void
known_free (gpointer data)
{
  Known *known = data;

  g_clear_object (&known->profile);
  g_free (known->error);
  g_free (known);
}

CpAgendaFiles *
cp_agenda_files_new (const char   *directory,
                     CpPolicyPack *pack)
{
  CpAgendaFiles *self = g_atomic_rc_box_new0 (CpAgendaFiles);

  self->directory = g_strdup (directory);
  self->pack = g_object_ref (pack);
  g_mutex_init (&self->lock);
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, known_free);
  return self;
}

CpAgendaFiles *
cp_agenda_files_ref (CpAgendaFiles *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
files_clear (gpointer data)
{
  CpAgendaFiles *self = data;

  g_free (self->directory);
  g_object_unref (self->pack);
  g_mutex_clear (&self->lock);
  g_hash_table_unref (self->known);
}

void
cp_agenda_files_unref (CpAgendaFiles *self)
{
  g_atomic_rc_box_release_full (self, files_clear);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const CpCandidateEntry *x = *(CpCandidateEntry * const *) a;
  const CpCandidateEntry *y = *(CpCandidateEntry * const *) b;

  return strcmp (x->id, y->id);
}

/* The file as it was last read, or read now. */
static Known *
known_for (CpAgendaFiles *self,
           GHashTable    *known,
           const char    *id,
           const char    *path,
           guint         *n_read)
{
  GStatBuf buf;
  Known *entry;
  g_autoptr(GError) error = NULL;

  if (g_stat (path, &buf) != 0)
    return NULL;   /* gone since listed */
  entry = g_hash_table_lookup (self->known, id);
  if (entry != NULL && entry->size == (gint64) buf.st_size && entry->inode == (guint64) buf.st_ino
      && entry->modified == (gint64) buf.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + buf.st_mtim.tv_nsec)
    {
      g_hash_table_steal (self->known, id);
      g_hash_table_insert (known, g_strdup (id), entry);
      return entry;
    }
  entry = g_new0 (Known, 1);
  entry->size = buf.st_size;
  entry->inode = buf.st_ino;
  entry->modified = (gint64) buf.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + buf.st_mtim.tv_nsec;
  entry->profile = cp_profile_new_from_file (path, self->pack, &error);
  if (entry->profile == NULL)
    entry->error = g_strdup (error->message);
  g_hash_table_insert (known, g_strdup (id), entry);
  (*n_read)++;
  return entry;
}

GPtrArray *
cp_agenda_files_list (CpAgendaFiles         *self,
                      CpAgendaFilesProgress  progress,
                      gpointer               user_data,
                      GCancellable          *cancellable,
                      guint                 *n_read)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_candidate_entry_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, known_free);
  g_autoptr(GDir) dir = g_dir_open (self->directory, 0, NULL);
  const char *name;
  guint read = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      char *id = cp_candidate_store_id_for_file_name (name);

      if (id != NULL)
        g_ptr_array_add (ids, id);
    }

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < ids->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autofree char *file_name = g_strconcat (ids->pdata[i], ".json", NULL);
      g_autofree char *path = g_build_filename (self->directory, file_name, NULL);
      Known *file = known_for (self, known, ids->pdata[i], path, &read);
      CpCandidateEntry *entry;

      if (progress != NULL && i % PROGRESS_EVERY == 0)
        progress (i, ids->len, user_data);
      if (file == NULL)
        continue;
      entry = g_new0 (CpCandidateEntry, 1);
      entry->id = g_strdup (ids->pdata[i]);
      entry->profile = file->profile != NULL ? g_object_ref (file->profile) : NULL;
      entry->error = g_strdup (file->error);
      g_ptr_array_add (entries, entry);
    }
  /* What is left of the old table are files deleted since: forgotten. A
   * cancelled listing keeps what it had read, for the next one. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, known);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_hash_table_iter_steal (&iter);
          g_hash_table_replace (self->known, key, value);
        }
    }
  else
    {
      g_hash_table_unref (self->known);
      self->known = g_steal_pointer (&known);
    }
  g_mutex_unlock (&self->lock);

  g_ptr_array_sort (entries, compare_entries);
  if (n_read != NULL)
    *n_read = read;
  return entries;
}
