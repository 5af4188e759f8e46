/* cp-reminders.h: desktop notifications for what is due soon in the
 * agenda, withdrawn once it no longer is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cp-agenda-model.h"

G_BEGIN_DECLS

#define CP_TYPE_REMINDERS (cp_reminders_get_type ())
G_DECLARE_FINAL_TYPE (CpReminders, cp_reminders, CP, REMINDERS, GObject)

/* Follows @model (each new agenda) and the "reminders" and
 * "reminder-days" keys of @settings. @application NULL (tests): the
 * pending reminders are worked out, nothing is sent. */
CpReminders *cp_reminders_new                  (GApplication  *application,
                                                GSettings     *settings,
                                                CpAgendaModel *model,
                                                CpPolicyPack  *pack);
/* CpAgendaItem: the events within the chosen number of working days, in
 * date order; empty while reminders are off. */
GListModel  *cp_reminders_get_pending          (CpReminders   *self);
/* The ids of the notifications shown now, sorted: one a candidate
 * ("agenda-ID"), and "agenda-more" for candidates beyond the first few. */
GStrv        cp_reminders_get_notification_ids (CpReminders   *self);

G_END_DECLS
