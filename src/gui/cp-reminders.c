/* cp-reminders.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-reminders"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cp-reminders.h"

/* A morning with a whole class due is one summary beyond these, not a
 * screenful of notifications. */
#define MAX_CANDIDATES 8
/* Lines of a candidate's notification before "and N more". */
#define MAX_LINES 3
#define MORE_ID "agenda-more"

struct _CpReminders
{
  GObject        parent_instance;

  GApplication  *application;  /* weak: the application owns the windows that own this */
  GSettings     *settings;
  CpAgendaModel *model;
  CpPolicyPack  *pack;
  GListStore    *pending;
  GHashTable    *shown;        /* notification id → its body, as sent */
};

G_DEFINE_FINAL_TYPE (CpReminders, cp_reminders, G_TYPE_OBJECT)

static char *
countdown_text (int days)
{
  if (days == 0)
    return g_strdup (_("Today"));
  /* Translators: how far away something due is, in working days */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d working day", "In %d working days", days), days);
}

typedef struct
{
  const char *id;
  const char *name;
  GString    *body;
  guint       lines;
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_string_free (candidate->body, TRUE);
  g_free (candidate);
}

static void
send (CpReminders *self,
      const char  *id,
      const char  *title,
      const char  *body,
      const char  *action,
      GVariant    *target)
{
  g_autoptr(GNotification) notification = NULL;
  const char *before = g_hash_table_lookup (self->shown, id);

  /* The same reminder again, every hour, would pop up every hour. */
  if (g_strcmp0 (before, body) == 0)
    {
      if (target != NULL)
        g_variant_unref (g_variant_ref_sink (target));
      return;
    }
  g_hash_table_insert (self->shown, g_strdup (id), g_strdup (body));
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target_value (notification, action, target);
  if (self->application != NULL)
    g_application_send_notification (self->application, id, notification);
}

static void
withdraw_all_but (CpReminders *self,
                  GHashTable  *keep)
{
  GHashTableIter iter;
  const char *id;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (keep == NULL || !g_hash_table_contains (keep, id))
      {
        if (self->application != NULL)
          g_application_withdraw_notification (self->application, id);
        g_hash_table_iter_remove (&iter);
      }
}

static void
update (CpReminders *self)
{
  GListModel *items = cp_agenda_model_get_items (self->model);
  int within = g_settings_get_int (self->settings, "reminder-days");
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (candidate_free);
  g_autoptr(GHashTable) keep = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (g_settings_get_boolean (self->settings, "reminders"))
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(CpAgendaItem) item = g_list_model_get_item (items, i);
        int countdown = cp_agenda_item_get_countdown (item, NULL);

        /* In date order: the first event beyond the limit ends it. */
        if (cp_agenda_item_is_week (item) || countdown < 0)
          continue;
        if (countdown > within)
          break;
        g_ptr_array_add (due, g_steal_pointer (&item));
      }
  g_list_store_splice (self->pending, 0, g_list_model_get_n_items (G_LIST_MODEL (self->pending)),
                       due->pdata, due->len);

  /* One notification a candidate, its events soonest first. */
  for (guint i = 0; i < due->len; i++)
    {
      const CpAgendaEvent *event = cp_agenda_item_get_event (due->pdata[i]);
      Candidate *candidate = g_hash_table_lookup (by_id, event->candidate_id);
      g_autofree char *when = NULL;

      if (candidate == NULL)
        {
          candidate = g_new0 (Candidate, 1);
          candidate->id = event->candidate_id;
          candidate->name = event->candidate;
          candidate->body = g_string_new (NULL);
          g_hash_table_insert (by_id, (gpointer) candidate->id, candidate);
          g_ptr_array_add (candidates, candidate);
        }
      /* Words only for what is shown: a class may have hundreds due. */
      if (++candidate->lines > MAX_LINES || candidates->len > MAX_CANDIDATES)
        continue;
      when = countdown_text (cp_agenda_item_get_countdown (due->pdata[i], NULL));
      if (candidate->body->len > 0)
        g_string_append_c (candidate->body, '\n');
      /* Translators: when something is due, and what */
      g_string_append_printf (candidate->body, _("%s: %s"), when, cp_agenda_item_get_text (due->pdata[i], self->pack));
    }
  for (guint i = 0; i < candidates->len && i < MAX_CANDIDATES; i++)
    {
      Candidate *candidate = candidates->pdata[i];
      g_autofree char *id = g_strconcat ("agenda-", candidate->id, NULL);

      if (candidate->lines > MAX_LINES)
        g_string_append_printf (candidate->body, g_dngettext (GETTEXT_PACKAGE, "\nand %u more", "\nand %u more",
                                                              candidate->lines - MAX_LINES),
                                candidate->lines - MAX_LINES);
      send (self, id,
            candidate->name != NULL && candidate->name[0] != '\0' ? candidate->name : _("Unnamed candidate"),
            candidate->body->str, "app.open-candidate", g_variant_new_string (candidate->id));
      g_hash_table_add (keep, g_steal_pointer (&id));
    }
  if (candidates->len > MAX_CANDIDATES)
    {
      guint more = candidates->len - MAX_CANDIDATES;
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more candidate has something due",
                                                             "%u more candidates have something due", more),
                                                more);

      send (self, MORE_ID, title, _("See the agenda"), "app.show-agenda", NULL);
      g_hash_table_add (keep, g_strdup (MORE_ID));
    }
  withdraw_all_but (self, keep);
}

GListModel *
cp_reminders_get_pending (CpReminders *self)
{
  g_return_val_if_fail (CP_IS_REMINDERS (self), NULL);
  return G_LIST_MODEL (self->pending);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GStrv
cp_reminders_get_notification_ids (CpReminders *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree const char **ids = NULL;
  guint n;

  g_return_val_if_fail (CP_IS_REMINDERS (self), NULL);

  ids = (const char **) g_hash_table_get_keys_as_array (self->shown, &n);
  qsort (ids, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, ids[i]);
  return g_strv_builder_end (builder);
}

static void
cp_reminders_dispose (GObject *object)
{
  CpReminders *self = CP_REMINDERS (object);

  /* Reminders of a window that closes go with it. */
  if (self->shown != NULL)
    withdraw_all_but (self, NULL);
  g_clear_weak_pointer (&self->application);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->model);
  g_clear_object (&self->settings);
  g_clear_object (&self->pack);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (cp_reminders_parent_class)->dispose (object);
}

static void
cp_reminders_class_init (CpRemindersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cp_reminders_dispose;
}

static void
cp_reminders_init (CpReminders *self)
{
  self->pending = g_list_store_new (CP_TYPE_AGENDA_ITEM);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

CpReminders *
cp_reminders_new (GApplication  *application,
                  GSettings     *settings,
                  CpAgendaModel *model,
                  CpPolicyPack  *pack)
{
  CpReminders *self;

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (CP_IS_AGENDA_MODEL (model), NULL);

  self = g_object_new (CP_TYPE_REMINDERS, NULL);
  g_set_weak_pointer (&self->application, application);
  self->settings = g_object_ref (settings);
  self->model = g_object_ref (model);
  self->pack = g_object_ref (pack);
  g_signal_connect_swapped (model, "updated", G_CALLBACK (update), self);
  g_signal_connect_swapped (settings, "changed::reminders", G_CALLBACK (update), self);
  g_signal_connect_swapped (settings, "changed::reminder-days", G_CALLBACK (update), self);
  update (self);
  return self;
}
