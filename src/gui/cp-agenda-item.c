/* cp-agenda-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-agenda-item.h"

struct _CpAgendaShared
{
  CpAgenda *agenda;
};

static void
shared_clear (gpointer data)
{
  CpAgendaShared *self = data;

  cp_agenda_free (self->agenda);
}

CpAgendaShared *
cp_agenda_shared_new (CpAgenda *agenda)
{
  CpAgendaShared *self = g_atomic_rc_box_new0 (CpAgendaShared);

  self->agenda = agenda;
  return self;
}

CpAgendaShared *
cp_agenda_shared_ref (CpAgendaShared *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
cp_agenda_shared_unref (CpAgendaShared *self)
{
  g_atomic_rc_box_release_full (self, shared_clear);
}

CpAgenda *
cp_agenda_shared_get (CpAgendaShared *self)
{
  return self->agenda;
}

struct _CpAgendaItem
{
  GObject          parent_instance;

  CpAgendaShared  *shared;     /* NULL for a week's heading */
  guint            index;
  CpDay            day;
  guint            n_events;
  int              countdown;
  gboolean         approximate;
  char            *text;
};

G_DEFINE_FINAL_TYPE (CpAgendaItem, cp_agenda_item, G_TYPE_OBJECT)

static void
cp_agenda_item_finalize (GObject *object)
{
  CpAgendaItem *self = CP_AGENDA_ITEM (object);

  g_clear_pointer (&self->shared, cp_agenda_shared_unref);
  g_free (self->text);

  G_OBJECT_CLASS (cp_agenda_item_parent_class)->finalize (object);
}

static void
cp_agenda_item_class_init (CpAgendaItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_agenda_item_finalize;
}

static void
cp_agenda_item_init (CpAgendaItem *self)
{
}

CpAgendaItem *
cp_agenda_item_new_week (CpDay monday,
                         guint n_events)
{
  CpAgendaItem *self = g_object_new (CP_TYPE_AGENDA_ITEM, NULL);

  self->day = monday;
  self->n_events = n_events;
  return self;
}

CpAgendaItem *
cp_agenda_item_new_event (CpAgendaShared *shared,
                          guint           index,
                          int             countdown,
                          gboolean        approximate)
{
  CpAgendaItem *self;

  g_return_val_if_fail (shared != NULL, NULL);
  g_return_val_if_fail (index < shared->agenda->events->len, NULL);

  self = g_object_new (CP_TYPE_AGENDA_ITEM, NULL);
  self->shared = cp_agenda_shared_ref (shared);
  self->index = index;
  self->day = cp_agenda_item_get_event (self)->date;
  self->countdown = countdown;
  self->approximate = approximate;
  return self;
}

gboolean
cp_agenda_item_is_week (CpAgendaItem *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_ITEM (self), FALSE);
  return self->shared == NULL;
}

CpDay
cp_agenda_item_get_day (CpAgendaItem *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_ITEM (self), 0);
  return self->day;
}

guint
cp_agenda_item_get_n_events (CpAgendaItem *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_ITEM (self), 0);
  return self->n_events;
}

const CpAgendaEvent *
cp_agenda_item_get_event (CpAgendaItem *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_ITEM (self), NULL);
  if (self->shared == NULL)
    return NULL;
  return g_ptr_array_index (self->shared->agenda->events, self->index);
}

int
cp_agenda_item_get_countdown (CpAgendaItem *self,
                              gboolean     *approximate)
{
  g_return_val_if_fail (CP_IS_AGENDA_ITEM (self), 0);
  if (approximate != NULL)
    *approximate = self->approximate;
  return self->countdown;
}

const char *
cp_agenda_item_get_text (CpAgendaItem *self,
                         CpPolicyPack *pack)
{
  g_return_val_if_fail (CP_IS_AGENDA_ITEM (self), NULL);
  if (self->shared == NULL)
    return NULL;
  if (self->text == NULL)
    self->text = cp_agenda_event_text (cp_agenda_item_get_event (self), pack);
  return self->text;
}

static CpDay
monday_of (CpDay day)
{
  return day - (cp_date_weekday (day) - G_DATE_MONDAY);
}

GPtrArray *
cp_agenda_items_build (CpAgendaShared *shared,
                       CpWorkCalendar *calendar,
                       CpDay           today)
{
  GPtrArray *events = shared->agenda->events;
  GPtrArray *items = g_ptr_array_new_full (events->len + events->len / 8 + 1, g_object_unref);
  CpAgendaItem *week = NULL;

  /* The events come sorted by date, so a week's events follow each other. */
  for (guint i = 0; i < events->len; i++)
    {
      const CpAgendaEvent *event = g_ptr_array_index (events, i);
      gboolean approximate = FALSE;
      int countdown = cp_agenda_event_countdown (event, calendar, today, &approximate);

      if (week == NULL || monday_of (event->date) != week->day)
        {
          week = cp_agenda_item_new_week (monday_of (event->date), 0);
          g_ptr_array_add (items, week);
        }
      week->n_events++;
      g_ptr_array_add (items, cp_agenda_item_new_event (shared, i, countdown, approximate));
    }
  return items;
}
