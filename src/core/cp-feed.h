/* cp-feed.h: a schedule feed (certpath-feed version 1), checked
 *
 * Fetching the bytes is src/feed's business; what they mean is decided
 * here, with the same record shapes as the bundled exams.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* A school publishes tens of sessions; a feed of more sessions, sources or
 * centres than this is refused whole, so that checking one takes well
 * under a second however it was made. */
#define CP_FEED_MAX_RECORDS 10000

#define CP_FEED_ERROR (cp_feed_error_quark ())

typedef enum
{
  CP_FEED_ERROR_NOT_JSON,      /* HTML, text, truncated JSON… */
  CP_FEED_ERROR_WRONG_FORMAT,  /* JSON, but not a certpath feed of a version we read */
  CP_FEED_ERROR_INVALID,       /* a certpath feed whose header is not right */
} CpFeedError;

GQuark cp_feed_error_quark (void);

typedef struct
{
  JsonNode   *root;          /* owned */
  JsonObject *publisher;     /* borrowed from root */
  char       *generated_at;
  JsonArray  *sessions;      /* owned: the sessions that passed every check */
  GPtrArray  *skipped;       /* char *: "$.sessions[2]: …", one per session left out */
} CpFeed;

/* Rejects the whole feed for the wrong format or version; leaves out, with
 * the reason, a session that is wrong in a feed that is right. @name is
 * used in messages (a URL or a file name). */
CpFeed *cp_feed_parse (CpPolicyPack *pack,
                       GBytes       *bytes,
                       const char   *name,
                       GError      **error);
void    cp_feed_free  (CpFeed       *self);

const char *cp_feed_get_publisher_name (CpFeed *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpFeed, cp_feed_free)

G_END_DECLS
