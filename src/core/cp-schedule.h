/* cp-schedule.h: the exam sessions in force: the bundled ones, replaced or
 * added to by schedule feeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-feed.h"

G_BEGIN_DECLS

typedef struct
{
  JsonObject *session;     /* borrowed from the pack or the feed */
  char       *origin;      /* NULL: bundled; else the feed's publisher */
  char       *fetched_at;  /* when that feed was fetched (ISO 8601), or NULL */
  CpDay       exam_day;    /* the session's exam_date, read once */
} CpScheduledSession;

/* @feeds: CpFeed *, and @fetched_at the matching fetch times (may be NULL).
 * A feed session with the id of a bundled one replaces it; of two feeds
 * with the same id, the later in @feeds wins. Sorted by exam date. */
GPtrArray *cp_schedule_merge (CpPolicyPack *pack,
                              GPtrArray    *feeds,
                              GPtrArray    *fetched_at);

G_END_DECLS
