/* cp-agenda-model.h: the agenda of every saved candidate, computed off the
 * main thread and kept up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cp-agenda-item.h"

G_BEGIN_DECLS

#define CP_TYPE_AGENDA_MODEL (cp_agenda_model_get_type ())
G_DECLARE_FINAL_TYPE (CpAgendaModel, cp_agenda_model, CP, AGENDA_MODEL, GObject)

/* Events of the bundled sessions; nothing is computed before a folder is
 * set. */
CpAgendaModel   *cp_agenda_model_new           (CpPolicyPack  *pack);

/* The saved candidates' folder: a computation under way for the old one
 * is cancelled. A change to a candidate file in it (this app's saves or a
 * sync tool's) computes the agenda again, a moment later. */
/* The sessions to count on (CpScheduledSession *: the Exam calendar's,
 * with feeds and one's own); the bundled ones until set. Recomputes. */
void             cp_agenda_model_set_sessions  (CpAgendaModel *self,
                                                GPtrArray     *sessions);
void             cp_agenda_model_set_directory (CpAgendaModel *self,
                                                const char    *directory);
/* The window of days from today (default 60). */
void             cp_agenda_model_set_days      (CpAgendaModel *self,
                                                guint          days);
guint            cp_agenda_model_get_days      (CpAgendaModel *self);
/* Today moves by itself at midnight (checked hourly); a day set here stays
 * (tests, demos). 0 goes back to the real today. */
void             cp_agenda_model_set_today     (CpAgendaModel *self,
                                                CpDay          today);
CpDay            cp_agenda_model_get_today     (CpAgendaModel *self);

/* CpAgendaItem: week headings and events; a new list each time a
 * computation ends ("updated"), so a view takes it afresh. */
GListModel      *cp_agenda_model_get_items     (CpAgendaModel *self);
/* The agenda the items show, or NULL before the first one. */
CpAgendaShared  *cp_agenda_model_get_agenda    (CpAgendaModel *self);
CpAgendaContext *cp_agenda_model_get_context   (CpAgendaModel *self);

/* While computing: candidates looked at of how many ("busy", "done" and
 * "total" notify). */
gboolean         cp_agenda_model_is_busy       (CpAgendaModel *self);
guint            cp_agenda_model_get_done      (CpAgendaModel *self);
guint            cp_agenda_model_get_total     (CpAgendaModel *self);
/* The candidate files the last computation read: the others had not
 * changed since the one before (tests, benchmarks). */
guint            cp_agenda_model_get_n_read    (CpAgendaModel *self);
/* Why the last computation failed, or NULL. */
const char      *cp_agenda_model_get_error     (CpAgendaModel *self);

G_END_DECLS
