/* cp-user-sessions.h: the sessions, centres and courses a person saved
 * themselves, from a notice or by hand
 *
 * They live in one file, $XDG_DATA_HOME/certpath/own-schedule.json, written
 * atomically and read through cp-json-guard. Every record has the pack's
 * shape (a session as in docs/feed-format.md, a centre as in exams.json, a
 * course as in courses.json) and is checked on the way in exactly as a feed
 * would check it, so that the export always passes `certpath-cli feed check`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-feed.h"

G_BEGIN_DECLS

typedef enum
{
  CP_USER_SESSION,
  CP_USER_CENTRE,
  CP_USER_COURSE,
} CpUserKind;

typedef enum
{
  CP_USER_ORIGIN_NOTICE,  /* "notice": read from a notice, then checked by the person */
  CP_USER_ORIGIN_HAND,    /* "hand": entered by hand */
} CpUserOrigin;

typedef struct
{
  CpUserKind    kind;
  CpUserOrigin  origin;
  char         *id;        /* the record's "id" */
  char         *saved_at;  /* ISO 8601, when it was last added or replaced */
  JsonObject   *record;    /* owned; do not change it, replace it */
} CpUserRecord;

void            cp_user_record_free            (CpUserRecord    *record);

#define CP_TYPE_USER_SESSIONS (cp_user_sessions_get_type ())
G_DECLARE_FINAL_TYPE (CpUserSessions, cp_user_sessions, CP, USER_SESSIONS, GObject)

/* @directory NULL: $XDG_DATA_HOME/certpath. Nothing is read until
 * cp_user_sessions_load (). Emits "changed" after every successful add,
 * replace, remove, load and reset. */
CpUserSessions *cp_user_sessions_new           (const char      *directory,
                                                CpPolicyPack    *pack);
const char     *cp_user_sessions_get_path      (CpUserSessions  *self);

/* A missing file is an empty store, not an error. A file that cannot be
 * read is an error and is left alone: the next save will not overwrite it
 * until load succeeds or cp_user_sessions_reset () is called. */
gboolean        cp_user_sessions_load          (CpUserSessions  *self,
                                                GError         **error);
void            cp_user_sessions_reset         (CpUserSessions  *self);

/* CpUserRecord * of @kind, borrowed, in the order saved (sessions: by exam
 * date). */
GPtrArray      *cp_user_sessions_list          (CpUserSessions  *self,
                                                CpUserKind       kind);
CpUserRecord   *cp_user_sessions_lookup        (CpUserSessions  *self,
                                                CpUserKind       kind,
                                                const char      *id);

/* @record is copied. Its "sources" may be empty: the record's own source
 * ("from a notice" or "entered by hand") is added on export. A session may
 * name a centre of the pack or of this store. Fails with G_IO_ERROR_EXISTS
 * if @kind already has the id, G_IO_ERROR_INVALID_DATA with the reason if
 * the record would not pass a feed's checks; nothing is saved then. */
gboolean        cp_user_sessions_add           (CpUserSessions  *self,
                                                CpUserKind       kind,
                                                JsonObject      *record,
                                                CpUserOrigin     origin,
                                                GError         **error);
/* As add, for an id that exists (G_IO_ERROR_NOT_FOUND otherwise). */
gboolean        cp_user_sessions_replace       (CpUserSessions  *self,
                                                CpUserKind       kind,
                                                JsonObject      *record,
                                                CpUserOrigin     origin,
                                                GError         **error);
/* G_IO_ERROR_NOT_FOUND for an unknown id; a centre still named by a saved
 * session is not removed (G_IO_ERROR_BUSY). */
gboolean        cp_user_sessions_remove        (CpUserSessions  *self,
                                                CpUserKind       kind,
                                                const char      *id,
                                                GError         **error);

/* A string member of the record, or NULL when it is missing, null or not
 * a string (a record read back from the file is not trusted). */
const char     *cp_user_record_get_string      (CpUserRecord    *record,
                                                const char      *member);

const char     *cp_user_origin_to_string       (CpUserOrigin     origin);  /* "notice", "hand" */
gboolean        cp_user_origin_from_string     (const char      *text,
                                                CpUserOrigin    *out_origin);

G_END_DECLS
