/* cp-agenda-item.h: one row of the agenda view: a week's heading or an
 * event, with its countdown in working days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cp-agenda.h"

G_BEGIN_DECLS

/* A computed agenda, shared by its rows (and whoever exports it) so the
 * events are not copied: the last reference frees it. */
typedef struct _CpAgendaShared CpAgendaShared;

CpAgendaShared *cp_agenda_shared_new   (CpAgenda       *agenda);
CpAgendaShared *cp_agenda_shared_ref   (CpAgendaShared *self);
void            cp_agenda_shared_unref (CpAgendaShared *self);
CpAgenda       *cp_agenda_shared_get   (CpAgendaShared *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAgendaShared, cp_agenda_shared_unref)

#define CP_TYPE_AGENDA_ITEM (cp_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (CpAgendaItem, cp_agenda_item, CP, AGENDA_ITEM, GObject)

/* The heading of the week that starts on @monday, over @n_events events. */
CpAgendaItem        *cp_agenda_item_new_week      (CpDay           monday,
                                                   guint           n_events);
/* Event @index of @shared's agenda, @countdown working days away. */
CpAgendaItem        *cp_agenda_item_new_event     (CpAgendaShared *shared,
                                                   guint           index,
                                                   int             countdown,
                                                   gboolean        approximate);

gboolean             cp_agenda_item_is_week       (CpAgendaItem   *self);
/* The event's date, or the week's Monday. */
CpDay                cp_agenda_item_get_day       (CpAgendaItem   *self);
guint                cp_agenda_item_get_n_events  (CpAgendaItem   *self);
/* NULL for a week's heading. */
const CpAgendaEvent *cp_agenda_item_get_event     (CpAgendaItem   *self);
int                  cp_agenda_item_get_countdown (CpAgendaItem   *self,
                                                   gboolean       *approximate);
/* The event's sentence, made the first time a row shows it (in the UI
 * language of that moment), not for every event of a large agenda. */
const char          *cp_agenda_item_get_text      (CpAgendaItem   *self,
                                                   CpPolicyPack   *pack);

/* The rows of @shared's agenda as the view shows them: each week's
 * heading (weeks start on Monday) followed by its events, the countdowns
 * counted from @today. Safe in any thread. */
GPtrArray           *cp_agenda_items_build        (CpAgendaShared *shared,
                                                   CpWorkCalendar *calendar,
                                                   CpDay           today);

G_END_DECLS
