/* cp-agenda-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-agenda-model"

#include "config.h"

#ifdef __linux__
#include <sys/resource.h>
#endif

#include "cp-agenda-files.h"
#include "cp-agenda-model.h"
#include "cp-schedule.h"

/* A burst of file changes (a sync tool bringing a class) costs one
 * computation. */
#define CHANGE_DELAY_MS 500
#define CLOCK_SECONDS 3600
#define DEFAULT_DAYS 60

struct _CpAgendaModel
{
  GObject          parent_instance;

  CpAgendaContext *context;
  GPtrArray       *sessions;      /* JsonObject *, those the context was made of */
  char            *directory;
  CpAgendaFiles   *files;         /* what was read of it, kept between computations */
  GFileMonitor    *monitor;
  GListStore      *items;
  CpAgendaShared  *agenda;
  guint            days;
  CpDay            fixed_today;   /* 0: the real today */
  CpDay            today;         /* the day the items count from */
  GCancellable    *cancellable;   /* of the computation under way */
  gboolean         busy;
  guint            done;
  guint            total;
  char            *error;
  guint            n_read;        /* files the last computation read */
  guint            change_id;
  guint            clock_id;
};

G_DEFINE_FINAL_TYPE (CpAgendaModel, cp_agenda_model, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BUSY,
  PROP_DONE,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What one computation needs, and its progress on the way back. */
typedef struct
{
  CpAgendaModel   *self;        /* a reference: progress arrives after the task's end at the latest */
  CpAgendaContext *context;
  CpAgendaFiles   *files;
  CpDay            today;
  CpDay            to;
  gint             done;        /* atomic */
  gint             total;       /* atomic */
  gint             posted;      /* atomic: a progress report is on its way */
  GCancellable    *cancellable;
  GPtrArray       *items;       /* the result */
  CpAgendaShared  *agenda;
  guint            n_read;
} Job;

static Job *
job_ref (Job *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_clear (gpointer data)
{
  Job *job = data;

  g_object_unref (job->self);
  cp_agenda_context_unref (job->context);
  cp_agenda_files_unref (job->files);
  g_object_unref (job->cancellable);
  g_clear_pointer (&job->items, g_ptr_array_unref);
  g_clear_pointer (&job->agenda, cp_agenda_shared_unref);
}

static void
job_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, job_clear);
}

static void
set_progress (CpAgendaModel *self,
              gboolean       busy,
              guint          done,
              guint          total)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->busy != busy)
    {
      self->busy = busy;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
  if (self->done != done)
    {
      self->done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
    }
  if (self->total != total)
    {
      self->total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
progress_idle_cb (gpointer data)
{
  Job *job = data;

  g_atomic_int_set (&job->posted, 0);
  /* A report of a computation since ended or cancelled says nothing. */
  if (job->self->cancellable == job->cancellable)
    set_progress (job->self, TRUE, g_atomic_int_get (&job->done), g_atomic_int_get (&job->total));
  return G_SOURCE_REMOVE;
}

/* In the computing thread: one report waits in the main loop at most, so
 * a slow main loop is not flooded. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->done, done);
  g_atomic_int_set (&job->total, total);
  if (g_atomic_int_compare_and_exchange (&job->posted, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, progress_idle_cb, job_ref (job), job_unref);
}

/* Reading files: how many of how many is not the candidates' count yet. */
static void
reading_cb (guint    done,
            guint    total,
            gpointer user_data)
{
  progress_cb (done, 0, user_data);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  CpAgenda *agenda;

  /* Only the files changed since the last computation are read: a save
   * costs one file, not the folder. */
  entries = cp_agenda_files_list (job->files, reading_cb, job, cancellable, &job->n_read);
  agenda = cp_agenda_compute_entries (job->context, entries, job->today, job->to, progress_cb, job, cancellable,
                                      &error);
  if (agenda == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->agenda = cp_agenda_shared_new (agenda);
  job->items = cp_agenda_items_build (job->agenda, cp_agenda_context_get_calendar (job->context), job->today);
  g_task_return_boolean (task, TRUE);
}

/* A thread of its own rather than GTask's shared ones, so that it can
 * yield to the main thread (Linux nice values are per thread) without
 * slowing whatever else runs in those. */
static gpointer
agenda_thread (gpointer data)
{
  g_autoptr(GTask) task = data;

#ifdef __linux__
  setpriority (PRIO_PROCESS, 0, 10);
#endif
  compute_thread (task, g_task_get_source_object (task), g_task_get_task_data (task), g_task_get_cancellable (task));
  return NULL;
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CpAgendaModel *self = CP_AGENDA_MODEL (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_free (self->error);
      self->error = g_strdup (error->message);
    }
  else
    {
      g_clear_pointer (&self->error, g_free);
      self->n_read = job->n_read;
      g_clear_pointer (&self->agenda, cp_agenda_shared_unref);
      self->agenda = cp_agenda_shared_ref (job->agenda);
      /* A new list rather than a splice of the old: a GtkListView of GTK
       * 4.8 that gets tens of thousands of new rows while hidden builds a
       * row for each of them when shown again; a new model it starts
       * afresh with the rows in sight. */
      g_clear_object (&self->items);
      self->items = g_list_store_new (CP_TYPE_AGENDA_ITEM);
      g_list_store_splice (self->items, 0, 0, job->items->pdata, job->items->len);
    }
  if (self->cancellable == job->cancellable)
    {
      g_clear_object (&self->cancellable);
      set_progress (self, FALSE, self->done, self->total);
    }
  g_signal_emit (self, signals[UPDATED], 0);
}

static CpDay
current_today (CpAgendaModel *self)
{
  return self->fixed_today != 0 ? self->fixed_today : cp_date_today ();
}

/* Cancels what is under way and starts again with what is set now. */
static void
compute (CpAgendaModel *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_clear_handle_id (&self->change_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->directory == NULL)
    {
      set_progress (self, FALSE, 0, 0);
      return;
    }

  self->today = current_today (self);
  self->cancellable = g_cancellable_new ();
  job = g_atomic_rc_box_new0 (Job);
  job->self = g_object_ref (self);
  job->context = cp_agenda_context_ref (self->context);
  job->files = cp_agenda_files_ref (self->files);
  job->today = self->today;
  job->to = self->today + self->days - 1;
  job->cancellable = g_object_ref (self->cancellable);
  set_progress (self, TRUE, 0, 0);

  task = g_task_new (self, self->cancellable, computed_cb, NULL);
  g_task_set_source_tag (task, compute);
  g_task_set_task_data (task, job, job_unref);
  g_thread_unref (g_thread_new ("cp-agenda", agenda_thread, g_object_ref (task)));
}

static void folder_changed_cb (GFileMonitor      *monitor,
                               GFile             *file,
                               GFile             *other,
                               GFileMonitorEvent  event,
                               CpAgendaModel     *self);

static void
watch_folder (CpAgendaModel *self)
{
  g_autoptr(GFile) folder = NULL;

  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, folder_changed_cb, self);
  g_clear_object (&self->monitor);
  if (self->directory == NULL)
    return;
  folder = g_file_new_for_path (self->directory);
  self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (folder_changed_cb), self);
}

static gboolean
change_cb (gpointer user_data)
{
  CpAgendaModel *self = user_data;

  self->change_id = 0;
  compute (self);
  return G_SOURCE_REMOVE;
}

static void
folder_changed_cb (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other,
                   GFileMonitorEvent  event,
                   CpAgendaModel     *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *id = cp_candidate_store_id_for_file_name (name);
  g_autofree char *other_name = other != NULL ? g_file_get_basename (other) : NULL;
  g_autofree char *other_id = other_name != NULL ? cp_candidate_store_id_for_file_name (other_name) : NULL;

  /* The index and a save's temporary file are no candidates, but a save
   * renames its temporary file to one; the folder itself made by the first
   * save is reported alone, without that save's file. */
  if (g_strcmp0 (g_file_peek_path (file), self->directory) != 0
      && ((id == NULL && other_id == NULL) || event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED))
    return;
  g_clear_handle_id (&self->change_id, g_source_remove);
  self->change_id = g_timeout_add (CHANGE_DELAY_MS, change_cb, self);
}

static gboolean
clock_cb (gpointer user_data)
{
  CpAgendaModel *self = user_data;

  /* Countdowns and the window move with the day. */
  if (current_today (self) != self->today && self->directory != NULL)
    compute (self);
  return G_SOURCE_CONTINUE;
}

void
cp_agenda_model_set_directory (CpAgendaModel *self,
                               const char    *directory)
{
  g_return_if_fail (CP_IS_AGENDA_MODEL (self));

  if (g_strcmp0 (directory, self->directory) == 0)
    return;
  g_free (self->directory);
  self->directory = g_strdup (directory);
  g_clear_pointer (&self->files, cp_agenda_files_unref);
  if (directory != NULL)
    self->files = cp_agenda_files_new (directory, cp_agenda_context_get_pack (self->context));
  watch_folder (self);
  if (directory == NULL)
    {
      g_clear_object (&self->items);
      self->items = g_list_store_new (CP_TYPE_AGENDA_ITEM);
    }
  compute (self);
}

static void
remember_sessions (CpAgendaModel *self,
                   GPtrArray     *sessions)
{
  g_ptr_array_set_size (self->sessions, 0);
  for (guint i = 0; i < sessions->len; i++)
    g_ptr_array_add (self->sessions,
                     json_object_ref (((const CpScheduledSession *) g_ptr_array_index (sessions, i))->session));
}

void
cp_agenda_model_set_sessions (CpAgendaModel *self,
                              GPtrArray     *sessions)
{
  CpAgendaContext *context;
  gboolean same;

  g_return_if_fail (CP_IS_AGENDA_MODEL (self));

  /* The tab rebuilds its list for reasons of its own: the same sessions
   * are not worth a computation. */
  same = sessions->len == self->sessions->len;
  for (guint i = 0; same && i < sessions->len; i++)
    same = ((const CpScheduledSession *) g_ptr_array_index (sessions, i))->session
           == g_ptr_array_index (self->sessions, i);
  if (same)
    return;
  remember_sessions (self, sessions);
  /* A job under way keeps its own reference to the former context. */
  context = cp_agenda_context_new (cp_agenda_context_get_pack (self->context), sessions);
  cp_agenda_context_unref (self->context);
  self->context = context;
  if (self->directory != NULL)
    compute (self);
}

void
cp_agenda_model_set_days (CpAgendaModel *self,
                          guint          days)
{
  g_return_if_fail (CP_IS_AGENDA_MODEL (self));

  days = CLAMP (days, 1, 366);
  if (days == self->days)
    return;
  self->days = days;
  compute (self);
}

guint
cp_agenda_model_get_days (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), DEFAULT_DAYS);
  return self->days;
}

void
cp_agenda_model_set_today (CpAgendaModel *self,
                           CpDay          today)
{
  g_return_if_fail (CP_IS_AGENDA_MODEL (self));

  if (today == self->fixed_today)
    return;
  self->fixed_today = today;
  compute (self);
}

CpDay
cp_agenda_model_get_today (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), 0);
  return current_today (self);
}

GListModel *
cp_agenda_model_get_items (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), NULL);
  return G_LIST_MODEL (self->items);
}

CpAgendaShared *
cp_agenda_model_get_agenda (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), NULL);
  return self->agenda;
}

CpAgendaContext *
cp_agenda_model_get_context (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), NULL);
  return self->context;
}

gboolean
cp_agenda_model_is_busy (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), FALSE);
  return self->busy;
}

guint
cp_agenda_model_get_done (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), 0);
  return self->done;
}

guint
cp_agenda_model_get_total (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), 0);
  return self->total;
}

guint
cp_agenda_model_get_n_read (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), 0);
  return self->n_read;
}

const char *
cp_agenda_model_get_error (CpAgendaModel *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (self), NULL);
  return self->error;
}

static void
cp_agenda_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CpAgendaModel *self = CP_AGENDA_MODEL (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_DONE:
      g_value_set_uint (value, self->done);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_agenda_model_dispose (GObject *object)
{
  CpAgendaModel *self = CP_AGENDA_MODEL (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->change_id, g_source_remove);
  g_clear_handle_id (&self->clock_id, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, folder_changed_cb, self);
  g_clear_object (&self->monitor);
  g_clear_object (&self->items);
  g_clear_pointer (&self->agenda, cp_agenda_shared_unref);
  g_clear_pointer (&self->context, cp_agenda_context_unref);
  g_clear_pointer (&self->files, cp_agenda_files_unref);

  G_OBJECT_CLASS (cp_agenda_model_parent_class)->dispose (object);
}

static void
cp_agenda_model_finalize (GObject *object)
{
  CpAgendaModel *self = CP_AGENDA_MODEL (object);

  g_free (self->directory);
  g_free (self->error);
  g_ptr_array_unref (self->sessions);

  G_OBJECT_CLASS (cp_agenda_model_parent_class)->finalize (object);
}

static void
cp_agenda_model_class_init (CpAgendaModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cp_agenda_model_get_property;
  object_class->dispose = cp_agenda_model_dispose;
  object_class->finalize = cp_agenda_model_finalize;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE] = g_param_spec_uint ("done", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A computation ended (or failed): the items and the agenda are new. */
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cp_agenda_model_init (CpAgendaModel *self)
{
  self->items = g_list_store_new (CP_TYPE_AGENDA_ITEM);
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->days = DEFAULT_DAYS;
  self->clock_id = g_timeout_add_seconds (CLOCK_SECONDS, clock_cb, self);
}

CpAgendaModel *
cp_agenda_model_new (CpPolicyPack *pack)
{
  CpAgendaModel *self;
  g_autoptr(GPtrArray) sessions = NULL;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  self = g_object_new (CP_TYPE_AGENDA_MODEL, NULL);
  sessions = cp_schedule_merge (pack, NULL, NULL);
  remember_sessions (self, sessions);
  self->context = cp_agenda_context_new (pack, sessions);
  return self;
}
