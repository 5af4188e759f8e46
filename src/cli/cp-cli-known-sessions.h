/* cp-cli-known-sessions.h: the sessions the app knows, for the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cp-schedule.h"
#include "cp-user-sessions.h"

G_BEGIN_DECLS

/* The app's settings when its schema is installed, else NULL. */
GSettings *cp_cli_app_settings   (void);

/* CpScheduledSession *: the bundled sessions, those of the feeds in
 * @settings ("feed-urls", may be NULL) from their cached copies — the feeds
 * parsed go to @feeds (CpFeed *, owned by the caller, to outlive the
 * result) — and one's own from @own. */
GPtrArray *cp_cli_known_sessions (CpPolicyPack   *pack,
                                  GSettings      *settings,
                                  GPtrArray      *feeds,
                                  CpUserSessions *own);

G_END_DECLS
