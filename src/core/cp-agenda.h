/* cp-agenda.h: what is due across saved candidates between two days
 *
 * An event is a date, a kind and whom it concerns; its text is made when it
 * is shown, in the UI language of that moment. Computing runs in the
 * calling thread (a GTask's, in the app) and spreads the candidates over a
 * GThreadPool of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cp-candidate-store.h"
#include "cp-schedule.h"
#include "cp-work-calendar.h"

G_BEGIN_DECLS

typedef enum
{
  CP_AGENDA_ELIGIBLE,             /* a level opens to the candidate that day */
  CP_AGENDA_SUBSIDY_DEADLINE,     /* last day to claim for a certificate held, not claimed */
  CP_AGENDA_REGISTRATION_CLOSES,  /* of a session the candidate could sit; one per channel */
  CP_AGENDA_PAPERS_DUE,
  CP_AGENDA_EXAM,
  CP_AGENDA_RESULTS,              /* of a session the candidate is registered for */
  CP_AGENDA_REVIEW_REQUEST,       /* last day to request a review, same */
} CpAgendaKind;

#define CP_AGENDA_N_KINDS (CP_AGENDA_REVIEW_REQUEST + 1)

/* What the engine needs besides the candidates: the pack, its work
 * calendar and the sessions to match them against. Immutable once made,
 * so the pool's threads share it. */
typedef struct _CpAgendaContext CpAgendaContext;

typedef struct
{
  CpDay         date;
  CpAgendaKind  kind;
  char         *candidate_id;   /* the store's id (file name without .json) */
  char         *candidate;      /* the name, or NULL when the profile has none */
  int           level;          /* 1–5: the level that opens, the certificate's, or the
                                 * highest of the session's levels open to the candidate */
  char         *session_id;     /* NULL for eligible and subsidy_deadline */
  JsonObject   *session;        /* borrowed from the context the event was computed with
                                 * (json-glib's counts are not thread-safe), or NULL */
  char         *channel;        /* registration_closes: the channel id, else NULL */
  char         *occupation;     /* subsidy_deadline: the certificate's occupation code, else NULL */
  CpDay         issued;         /* subsidy_deadline: the certificate's date of issue, else 0 */
  int           clause;         /* eligible: the number of the clause that opens the level, or 0 */
  gboolean      approximate;    /* counted through a year whose holidays are not published,
                                 * or from another organisation's rule */
  GStrv         sources;        /* source ids of the pack (sources.json), or a feed's publisher */
} CpAgendaEvent;

const char    *cp_agenda_kind_to_string  (CpAgendaKind  kind);   /* "eligible", "subsidy_deadline", … */
gboolean       cp_agenda_kind_from_string (const char   *text,
                                           CpAgendaKind *out_kind);
/* "Becomes eligible", "Subsidy claim closes", … in the UI language. */
const char    *cp_agenda_kind_label      (CpAgendaKind  kind);

/* The copy's session is still the context's: keep the context with it. */
CpAgendaEvent *cp_agenda_event_copy      (const CpAgendaEvent *event);
void           cp_agenda_event_free      (CpAgendaEvent       *event);
/* One sentence in the UI language: "Level 3 opens to Li Hua (clause 2)",
 * "Registration closes on 技能广东 for session …". */
char          *cp_agenda_event_text      (const CpAgendaEvent *event,
                                          CpPolicyPack        *pack);
/* Working days from @today to the event (0 on the day; negative once past),
 * as cp_work_calendar_between() counts them. */
int            cp_agenda_event_countdown (const CpAgendaEvent *event,
                                          CpWorkCalendar      *calendar,
                                          CpDay                today,
                                          gboolean            *approximate);
/* Date, then kind, then candidate name and id, then session. */
int            cp_agenda_event_compare   (const CpAgendaEvent *a,
                                          const CpAgendaEvent *b);


/* @sessions: CpScheduledSession * as cp_schedule_merge() gives (bundled
 * and feeds; the user's own sessions can be appended the same way). Both
 * are referenced or copied. */
CpAgendaContext *cp_agenda_context_new   (CpPolicyPack    *pack,
                                          GPtrArray       *sessions);
CpAgendaContext *cp_agenda_context_ref   (CpAgendaContext *self);
void             cp_agenda_context_unref (CpAgendaContext *self);
CpPolicyPack    *cp_agenda_context_get_pack     (CpAgendaContext *self);
CpWorkCalendar  *cp_agenda_context_get_calendar (CpAgendaContext *self);

/* The events of one candidate with @from ≤ date ≤ @to, appended to
 * @events (CpAgendaEvent *), unsorted. Thread-safe. */
void             cp_agenda_add_profile   (CpAgendaContext *self,
                                          const char      *candidate_id,
                                          CpProfile       *profile,
                                          CpDay            from,
                                          CpDay            to,
                                          GPtrArray       *events);

typedef struct
{
  CpAgendaContext *context;  /* a reference: the events' sessions live in it */
  CpDay      from;
  CpDay      to;
  GPtrArray *events;        /* CpAgendaEvent *, sorted by cp_agenda_event_compare() */
  guint      n_candidates;  /* profiles looked at */
  GPtrArray *unreadable;    /* char *: the errors of candidate files that could not be read */
} CpAgenda;

/* Called in the thread that computes, every few hundred candidates and at
 * the end (@done == @total); the app moves it to the main thread itself. */
typedef void (*CpAgendaProgressFunc) (guint    done,
                                      guint    total,
                                      gpointer user_data);

/* One candidate's agenda (the editor's, an export of one). */
CpAgenda *cp_agenda_compute_profile (CpAgendaContext      *context,
                                     const char           *candidate_id,
                                     CpProfile            *profile,
                                     CpDay                 from,
                                     CpDay                 to);
/* @entries: CpCandidateEntry * as cp_candidate_store_list() gives; an entry
 * without a profile goes to unreadable. NULL with @error set
 * (G_IO_ERROR_CANCELLED) when @cancellable is cancelled. */
CpAgenda *cp_agenda_compute_entries (CpAgendaContext      *context,
                                     GPtrArray            *entries,
                                     CpDay                 from,
                                     CpDay                 to,
                                     CpAgendaProgressFunc  progress,
                                     gpointer              user_data,
                                     GCancellable         *cancellable,
                                     GError              **error);
/* Reads every candidate file of @store, in the pool's threads, and
 * computes over them. */
CpAgenda *cp_agenda_compute_store   (CpAgendaContext      *context,
                                     CpCandidateStore     *store,
                                     CpDay                 from,
                                     CpDay                 to,
                                     CpAgendaProgressFunc  progress,
                                     gpointer              user_data,
                                     GCancellable         *cancellable,
                                     GError              **error);
void      cp_agenda_free            (CpAgenda             *self);

/* Exports, in the UI language. @stamp is the iCalendar DTSTAMP in UTC,
 * passed in so output repeats; @alarm_days: a reminder that many days
 * before each event (0: on the morning of the day). */
char      *cp_agenda_to_icalendar   (CpAgenda     *self,
                                     CpPolicyPack *pack,
                                     GDateTime    *stamp,
                                     guint         alarm_days);
JsonNode  *cp_agenda_to_json        (CpAgenda     *self,
                                     CpPolicyPack *pack);
/* A header record and one record an event: GStrv each, for CSV and XLSX. */
GPtrArray *cp_agenda_to_table       (CpAgenda     *self,
                                     CpPolicyPack *pack);
/* UTF-8 CSV with a byte-order mark, as the roster writes it. */
char      *cp_agenda_to_csv         (CpAgenda     *self,
                                     CpPolicyPack *pack);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAgendaEvent, cp_agenda_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAgenda, cp_agenda_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAgendaContext, cp_agenda_context_unref)

G_END_DECLS
