/* cp-feed-export.h: one's own sessions and centres as a schedule feed
 *
 * So that a school can put its sessions on its website and counsellors
 * subscribe: the file is docs/feed-format.md's, and cp_feed_parse () reads
 * it back with every session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-user-sessions.h"

G_BEGIN_DECLS

/* The feed's JSON text (UTF-8, indented). @publisher_name NULL: "Certpath
 * user". @generated_at NULL: now. Each record gets a source of its own,
 * "own-ID", that says where it came from. */
GBytes *cp_feed_export         (CpUserSessions *sessions,
                                const char     *publisher_name,
                                GDateTime      *generated_at);

/* The feed of @records (CpUserRecord *, courses left out: a feed has
 * none), as the store checks a record before it saves it. */
GBytes *cp_feed_export_records (GPtrArray      *records,
                                const char     *publisher_name,
                                GDateTime      *generated_at);

/* The same, parsed: for merging one's own sessions into the schedule with
 * cp_schedule_merge () (its publisher name is @publisher_name). */
CpFeed *cp_feed_export_as_feed (CpUserSessions *sessions,
                                CpPolicyPack   *pack,
                                const char     *publisher_name,
                                GError        **error);

G_END_DECLS
