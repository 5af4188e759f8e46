/* cp-agenda-compute.c: the agenda of many candidates, on every core
 *
 * The candidates are cut into chunks that a GThreadPool works through;
 * each chunk collects its own events, so the threads share nothing but
 * the (read-only) context and a counter. The calling thread waits, reports
 * progress and sorts the result. Over a store, the threads read the files
 * too: reading is most of the work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-agenda.h"

#include <string.h>

/* Small enough for progress to move, large enough that handing a chunk
 * to a thread costs nothing beside it. */
#define CHUNK_SIZE 256
#define MAX_THREADS 8

typedef struct
{
  CpAgendaContext *context;
  CpCandidateStore *store;       /* when the entries are still to be read from it */
  GPtrArray       *entries;      /* CpCandidateEntry * */
  CpDay            from;
  CpDay            to;
  GCancellable    *cancellable;
  GPtrArray      **chunk_events; /* one array of events per chunk */
  guint            n_chunks;

  GMutex           mutex;
  GCond            cond;
  guint            done_chunks;
  guint            done_candidates;
} Run;

static void
read_entry (Run              *run,
            CpCandidateEntry *entry)
{
  g_autofree char *path = cp_candidate_store_get_path (run->store, entry->id);
  g_autoptr(GError) error = NULL;

  entry->profile = cp_profile_new_from_file (path, cp_agenda_context_get_pack (run->context), &error);
  if (entry->profile == NULL)
    entry->error = g_strdup (error->message);
}

static void
run_chunk (Run   *run,
           guint  chunk)
{
  guint start = chunk * CHUNK_SIZE;
  guint end = MIN (start + CHUNK_SIZE, run->entries->len);
  GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_agenda_event_free);

  for (guint i = start; i < end && !g_cancellable_is_cancelled (run->cancellable); i++)
    {
      CpCandidateEntry *entry = g_ptr_array_index (run->entries, i);

      if (run->store != NULL)
        read_entry (run, entry);
      if (entry->profile != NULL)
        cp_agenda_add_profile (run->context, entry->id, entry->profile, run->from, run->to, events);
      /* Read here, used here: 20 000 profiles need not be held at once. */
      if (run->store != NULL)
        g_clear_object (&entry->profile);
    }

  g_mutex_lock (&run->mutex);
  run->chunk_events[chunk] = events;
  run->done_chunks++;
  run->done_candidates += end - start;
  g_cond_signal (&run->cond);
  g_mutex_unlock (&run->mutex);
}

static void
pool_func (gpointer data,
           gpointer user_data)
{
  run_chunk (user_data, GPOINTER_TO_UINT (data) - 1);
}

static guint
thread_count (guint n_chunks)
{
  return MIN (MIN ((guint) g_get_num_processors (), MAX_THREADS), n_chunks);
}

/* Every chunk done, reporting as they finish. */
static void
run_all (Run                  *run,
         CpAgendaProgressFunc  progress,
         gpointer              user_data)
{
  guint n_threads = thread_count (run->n_chunks);
  GThreadPool *pool;

  if (n_threads <= 1)
    {
      for (guint chunk = 0; chunk < run->n_chunks; chunk++)
        {
          run_chunk (run, chunk);
          if (progress != NULL && chunk + 1 < run->n_chunks)
            progress (run->done_candidates, run->entries->len, user_data);
        }
      return;
    }

  pool = g_thread_pool_new (pool_func, run, (int) n_threads, FALSE, NULL);
  for (guint chunk = 0; chunk < run->n_chunks; chunk++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (chunk + 1), NULL);

  g_mutex_lock (&run->mutex);
  while (run->done_chunks < run->n_chunks)
    {
      guint done;

      g_cond_wait (&run->cond, &run->mutex);
      done = run->done_candidates;
      if (progress != NULL && run->done_chunks < run->n_chunks)
        {
          g_mutex_unlock (&run->mutex);
          progress (done, run->entries->len, user_data);
          g_mutex_lock (&run->mutex);
        }
    }
  g_mutex_unlock (&run->mutex);
  g_thread_pool_free (pool, FALSE, TRUE);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return cp_agenda_event_compare (*(CpAgendaEvent * const *) a, *(CpAgendaEvent * const *) b);
}

static CpAgenda *
agenda_new (CpAgendaContext *context,
            CpDay            from,
            CpDay            to)
{
  CpAgenda *self = g_new0 (CpAgenda, 1);

  self->context = cp_agenda_context_ref (context);
  self->from = from;
  self->to = to;
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_agenda_event_free);
  self->unreadable = g_ptr_array_new_with_free_func (g_free);
  return self;
}

static CpAgenda *
compute (CpAgendaContext      *context,
         CpCandidateStore     *store,
         GPtrArray            *entries,
         CpDay                 from,
         CpDay                 to,
         CpAgendaProgressFunc  progress,
         gpointer              user_data,
         GCancellable         *cancellable,
         GError              **error)
{
  g_autoptr(CpAgenda) self = agenda_new (context, from, to);
  Run run = { 0 };

  run.context = context;
  run.store = store;
  run.entries = entries;
  run.from = from;
  run.to = to;
  run.cancellable = cancellable;
  run.n_chunks = (entries->len + CHUNK_SIZE - 1) / CHUNK_SIZE;
  run.chunk_events = g_new0 (GPtrArray *, MAX (run.n_chunks, 1));
  g_mutex_init (&run.mutex);
  g_cond_init (&run.cond);

  run_all (&run, progress, user_data);

  g_mutex_clear (&run.mutex);
  g_cond_clear (&run.cond);
  for (guint chunk = 0; chunk < run.n_chunks; chunk++)
    {
      GPtrArray *events = run.chunk_events[chunk];

      g_ptr_array_extend_and_steal (self->events, events);
    }
  g_free (run.chunk_events);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const CpCandidateEntry *entry = g_ptr_array_index (entries, i);

      if (store != NULL ? entry->error == NULL : entry->profile != NULL)
        self->n_candidates++;
      else
        g_ptr_array_add (self->unreadable, g_strdup (entry->error != NULL ? entry->error : entry->id));
    }
  g_ptr_array_sort (self->events, compare_events);
  if (progress != NULL)
    progress (entries->len, entries->len, user_data);
  return g_steal_pointer (&self);
}

CpAgenda *
cp_agenda_compute_entries (CpAgendaContext      *context,
                           GPtrArray            *entries,
                           CpDay                 from,
                           CpDay                 to,
                           CpAgendaProgressFunc  progress,
                           gpointer              user_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (entries != NULL, NULL);

  return compute (context, NULL, entries, from, to, progress, user_data, cancellable, error);
}

CpAgenda *
cp_agenda_compute_profile (CpAgendaContext *context,
                           const char      *candidate_id,
                           CpProfile       *profile,
                           CpDay            from,
                           CpDay            to)
{
  CpAgenda *self;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (CP_IS_PROFILE (profile), NULL);

  self = agenda_new (context, from, to);
  cp_agenda_add_profile (context, candidate_id, profile, from, to, self->events);
  self->n_candidates = 1;
  g_ptr_array_sort (self->events, compare_events);
  return self;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp ((*(CpCandidateEntry * const *) a)->id, (*(CpCandidateEntry * const *) b)->id);
}

/* The candidate files of @store as cp_candidate_store_list() finds them,
 * not read yet, by id. */
static GPtrArray *
unread_entries (CpCandidateStore *store)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_candidate_entry_free);
  g_autoptr(GDir) dir = g_dir_open (cp_candidate_store_get_directory (store), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      char *id = cp_candidate_store_id_for_file_name (name);
      CpCandidateEntry *entry;

      if (id == NULL)
        continue;
      entry = g_new0 (CpCandidateEntry, 1);
      entry->id = id;
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_ids);
  return entries;
}

CpAgenda *
cp_agenda_compute_store (CpAgendaContext      *context,
                         CpCandidateStore     *store,
                         CpDay                 from,
                         CpDay                 to,
                         CpAgendaProgressFunc  progress,
                         gpointer              user_data,
                         GCancellable         *cancellable,
                         GError              **error)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (CP_IS_CANDIDATE_STORE (store), NULL);

  entries = unread_entries (store);
  return compute (context, store, entries, from, to, progress, user_data, cancellable, error);
}

void
cp_agenda_free (CpAgenda *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->events);
  g_ptr_array_unref (self->unreadable);
  cp_agenda_context_unref (self->context);
  g_free (self);
}
