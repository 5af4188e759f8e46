/* cp-session-item.h: one exam session in the calendar's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cp-date.h"
#include "cp-schedule.h"

G_BEGIN_DECLS

#define CP_TYPE_SESSION_ITEM (cp_session_item_get_type ())
G_DECLARE_FINAL_TYPE (CpSessionItem, cp_session_item, CP, SESSION_ITEM, GObject)

/* Holds a reference to the session object, so the item outlives the pack
 * or feed it came in. */
CpSessionItem *cp_session_item_new         (const CpScheduledSession *scheduled);
JsonObject    *cp_session_item_get_session (CpSessionItem            *self);
const char    *cp_session_item_get_origin  (CpSessionItem            *self);
const char    *cp_session_item_get_fetched_at (CpSessionItem         *self);
CpDay          cp_session_item_get_exam_day (CpSessionItem           *self);
/* For one's own sessions: how it came ("notice", "hand") and when it was
 * saved; NULL for the others. */
void           cp_session_item_set_own      (CpSessionItem           *self,
                                             const char              *how,
                                             const char              *saved_at);
const char    *cp_session_item_get_own_how  (CpSessionItem           *self);
const char    *cp_session_item_get_saved_at (CpSessionItem           *self);

G_END_DECLS
