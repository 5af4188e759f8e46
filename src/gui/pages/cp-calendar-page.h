/* cp-calendar-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"
#include "cp-user-sessions.h"

G_BEGIN_DECLS

#define CP_TYPE_CALENDAR_PAGE (cp_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (CpCalendarPage, cp_calendar_page, CP, CALENDAR_PAGE, AdwBin)

void        cp_calendar_page_set_context (CpCalendarPage     *self,
                                          CpPolicyPack       *pack,
                                          CpProfile          *profile);
/* Today, for the countdowns and statuses; today unless set. */
void        cp_calendar_page_set_day     (CpCalendarPage     *self,
                                          CpDay               day);
/* The feeds to fetch and where their last good copies are kept (NULL:
 * $XDG_CACHE_HOME/certpath/feeds). Cached copies are shown at once. */
void        cp_calendar_page_set_feeds   (CpCalendarPage     *self,
                                          const char * const *urls,
                                          const char         *cache_directory);
void        cp_calendar_page_refresh     (CpCalendarPage     *self);
/* One's own sessions, shown with the others, editable and exportable. */
void        cp_calendar_page_set_own     (CpCalendarPage     *self,
                                          CpUserSessions     *own);
/* Writes one's own sessions (and centres) to @file as a schedule feed. */
gboolean    cp_calendar_page_export_feed (CpCalendarPage     *self,
                                          GFile              *file,
                                          GError            **error);
gboolean    cp_calendar_page_is_refreshing (CpCalendarPage   *self);
/* What the last refresh said went wrong, in plain words; NULL if nothing. */
const char *cp_calendar_page_get_problem (CpCalendarPage     *self);
GListModel *cp_calendar_page_get_rows    (CpCalendarPage     *self);
/* Every session the tab knows, listed or filtered out, as JsonObject *
 * (referenced). */
GPtrArray  *cp_calendar_page_dup_sessions (CpCalendarPage    *self);
/* The same, with where each came from (CpScheduledSession *, owned), as
 * the tab last built them; without flushing a pending refresh. */
GPtrArray  *cp_calendar_page_dup_scheduled (CpCalendarPage   *self);
void        cp_calendar_page_select      (CpCalendarPage     *self,
                                          guint               position);
/* The detail's timeline rows, as shown, for tests. */
GtkListBox *cp_calendar_page_get_timeline (CpCalendarPage    *self);

G_END_DECLS
