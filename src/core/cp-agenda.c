/* cp-agenda.c: what is due, candidate by candidate
 *
 * Nothing is counted here that another part already counts: a level's
 * eligible-from date is the eligibility engine's, a claim's last day the
 * subsidy engine's (so it is the Subsidy tab's), a session's dates its
 * milestones'. The agenda only picks what falls in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-agenda.h"
#include "cp-agenda-levels.h"
#include "cp-policy-query.h"
#include "cp-session-milestones.h"
#include "cp-subsidy.h"

#include <string.h>

/* A session with its milestones worked out once for every candidate. */
typedef struct
{
  JsonObject *session;
  char       *origin;      /* a feed's publisher, or NULL when bundled */
  const char *id;
  const char *region;
  const char *occupation;
  CpDay       exam;
  GArray     *milestones;  /* CpMilestone */
} AgendaSession;

struct _CpAgendaContext
{
  gint            ref_count;
  CpPolicyPack   *pack;
  CpWorkCalendar *calendar;
  GPtrArray      *sessions;          /* AgendaSession * */
  int             claim_months_most; /* the longest claim period of any limit; 0: none */
};

static void
agenda_session_free (AgendaSession *session)
{
  json_object_unref (session->session);
  g_free (session->origin);
  g_array_unref (session->milestones);
  g_free (session);
}

CpAgendaContext *
cp_agenda_context_new (CpPolicyPack *pack,
                       GPtrArray    *sessions)
{
  CpAgendaContext *self;
  JsonArray *limits;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  self = g_new0 (CpAgendaContext, 1);
  self->ref_count = 1;
  self->pack = g_object_ref (pack);
  /* Borrowed: the pack keeps its one calendar (the context holds the pack). */
  self->calendar = cp_work_calendar_for_pack (pack);
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) agenda_session_free);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      const CpScheduledSession *scheduled = g_ptr_array_index (sessions, i);
      AgendaSession *session = g_new0 (AgendaSession, 1);

      session->session = json_object_ref (scheduled->session);
      session->origin = g_strdup (scheduled->origin);
      session->id = json_object_get_string_member (session->session, "id");
      session->region = json_object_get_string_member (session->session, "region");
      session->occupation = json_object_get_string_member_with_default (session->session, "occupation", NULL);
      session->exam = cp_json_get_day (session->session, "exam_date");
      session->milestones = cp_session_milestones (pack, self->calendar, session->session);
      g_ptr_array_add (self->sessions, session);
    }

  limits = cp_policy_pack_get_records (pack, "subsidy.json", "limits");
  for (guint i = 0; i < json_array_get_length (limits); i++)
    {
      JsonObject *limit = json_array_get_object_element (limits, i);

      if (g_strcmp0 (json_object_get_string_member (limit, "kind"), "claim_deadline_months") == 0)
        self->claim_months_most = MAX (self->claim_months_most,
                                       (int) json_object_get_int_member_with_default (limit, "value", 0));
    }
  return self;
}

CpAgendaContext *
cp_agenda_context_ref (CpAgendaContext *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
cp_agenda_context_unref (CpAgendaContext *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_object_unref (self->pack);
  g_ptr_array_unref (self->sessions);
  g_free (self);
}

CpPolicyPack *
cp_agenda_context_get_pack (CpAgendaContext *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->pack;
}

CpWorkCalendar *
cp_agenda_context_get_calendar (CpAgendaContext *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->calendar;
}

/* ---------- One candidate ---------- */

typedef struct
{
  const char *candidate_id;
  const char *candidate;
  CpDay       from;
  CpDay       to;
  GPtrArray  *events;
} Sink;

/* The source ids of @a and @b (JsonArray of strings, may be NULL), each
 * once, then @origin. */
static GStrv
collect_sources (JsonArray  *a,
                 JsonArray  *b,
                 const char *origin)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *arrays[] = { a, b };

  for (guint k = 0; k < G_N_ELEMENTS (arrays); k++)
    for (guint i = 0; arrays[k] != NULL && i < json_array_get_length (arrays[k]); i++)
      {
        const char *id = json_array_get_string_element (arrays[k], i);

        if (id != NULL && g_hash_table_add (seen, (gpointer) id))
          g_strv_builder_add (builder, id);
      }
  if (origin != NULL)
    g_strv_builder_add (builder, origin);
  return g_strv_builder_end (builder);
}

static JsonArray *
sources_of (JsonObject *record)
{
  if (record == NULL || !json_object_has_member (record, "sources") ||
      JSON_NODE_TYPE (json_object_get_member (record, "sources")) != JSON_NODE_ARRAY)
    return NULL;
  return json_object_get_array_member (record, "sources");
}

/* A new event of @kind on @date, or NULL when the date is outside the window. */
static CpAgendaEvent *
add_event (Sink         *sink,
           CpAgendaKind  kind,
           CpDay         date,
           int           level)
{
  CpAgendaEvent *event;

  if (date == 0 || date < sink->from || date > sink->to)
    return NULL;
  event = g_new0 (CpAgendaEvent, 1);
  event->date = date;
  event->kind = kind;
  event->level = level;
  event->candidate_id = g_strdup (sink->candidate_id);
  event->candidate = g_strdup (sink->candidate);
  g_ptr_array_add (sink->events, event);
  return event;
}

/* A level opens in the window: on a day after its first, or on that very
 * day when it was not open the day before (a clause with no date is met
 * "as of the day asked", which is no news). */
static void
add_eligible (Sink           *sink,
              CpAgendaLevels *levels)
{
  for (int number = 5; number >= 1; number--)
    {
      const CpAgendaLevel *level = cp_agenda_levels_get (levels, sink->from, number);
      CpAgendaEvent *event;

      if (level->eligible_from == 0 || level->clause == NULL ||
          (level->eligible && (level->eligible_from != sink->from || sink->from == 1 ||
                               cp_agenda_levels_get (levels, sink->from - 1, number)->eligible)))
        continue;
      event = add_event (sink, CP_AGENDA_ELIGIBLE, level->eligible_from, number);
      if (event == NULL)
        continue;
      event->clause = level->clause_number;
      event->sources = collect_sources (sources_of (level->clause), NULL, NULL);
    }
}

static gboolean
claimed (CpProfile           *profile,
         const CpCertificate *certificate)
{
  GArray *claims = cp_profile_get_subsidies (profile);

  for (guint i = 0; i < claims->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (claims, CpSubsidyClaim, i);

      if (g_strcmp0 (claim->kind, "skill_upgrade") == 0 && claim->level == certificate->level &&
          g_strcmp0 (claim->occupation, certificate->occupation) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The limit the answer's apply-by date rests on, for its sources. */
static JsonObject *
deadline_rule (CpSubsidyAnswer *answer)
{
  for (guint i = 0; i < answer->reasons->len; i++)
    {
      const CpSubsidyReason *reason = g_ptr_array_index (answer->reasons, i);

      if (reason->record != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (reason->record, "kind", NULL),
                     "claim_deadline_months") == 0)
        return reason->record;
    }
  return NULL;
}

static void
add_subsidy_deadlines (CpAgendaContext *self,
                       Sink            *sink,
                       CpProfile       *profile)
{
  GArray *certificates = cp_profile_get_certificates (profile);
  const char *city = cp_profile_get_city (profile);

  if (city == NULL || self->claim_months_most == 0)
    return;
  for (guint i = 0; i < certificates->len; i++)
    {
      const CpCertificate *held = &g_array_index (certificates, CpCertificate, i);
      CpSubsidyCertificate certificate = { held->occupation, held->level, held->issued, held->issuer };
      g_autoptr(CpSubsidyAnswer) answer = NULL;
      CpAgendaEvent *event;

      /* No claim period ends before its certificate, nor much after the
       * longest period: a rest day moves the last day by a week at most
       * (Spring Festival), so a month is ample. */
      if (held->issued == 0 || held->level < 1 || held->level > 5 || held->occupation == NULL ||
          held->issued > sink->to || cp_date_add_months (held->issued, self->claim_months_most + 1) < sink->from ||
          claimed (profile, held))
        continue;
      /* As the Subsidy tab asks it: claimed in the candidate's city, on
       * the first day of the window. */
      answer = cp_subsidy_evaluate (self->pack, profile, &certificate, city, sink->from);
      if (answer == NULL || !answer->eligible)
        continue;
      event = add_event (sink, CP_AGENDA_SUBSIDY_DEADLINE, answer->deadline, held->level);
      if (event == NULL)
        continue;
      event->occupation = g_strdup (held->occupation);
      event->issued = held->issued;
      event->approximate = answer->deadline_approximate;
      event->sources = collect_sources (sources_of (deadline_rule (answer)), NULL, NULL);
    }
}

/* Whether the answer of the window's first day leaves a level of the
 * session open by its exam day: one open already, or that time alone opens
 * by then. If not, the exam day's answer cannot differ (no condition is met
 * later without time meeting it) and is not worked out. */
static gboolean
may_open_by (CpAgendaLevels *levels,
             CpDay           from,
             JsonArray      *session_levels,
             CpDay           exam)
{
  for (guint i = 0; i < json_array_get_length (session_levels); i++)
    {
      int number = (int) json_array_get_int_element (session_levels, i);
      const CpAgendaLevel *level;

      if (number < 1 || number > 5)
        continue;
      level = cp_agenda_levels_get (levels, from, number);
      if (level->eligible || (level->eligible_from != 0 && level->eligible_from <= exam))
        return TRUE;
    }
  return FALSE;
}

/* The highest of the session's levels open to the candidate on its exam
 * day (1 is the highest), or 0. */
static int
best_open_level (AgendaSession  *session,
                 CpAgendaLevels *levels,
                 CpDay           from)
{
  JsonArray *session_levels = json_object_get_array_member (session->session, "levels");
  int best = 0;

  if (!may_open_by (levels, from, session_levels, session->exam))
    return 0;
  for (guint i = 0; i < json_array_get_length (session_levels); i++)
    {
      int number = (int) json_array_get_int_element (session_levels, i);

      if (number >= 1 && number <= 5 && cp_agenda_levels_get (levels, session->exam, number)->eligible &&
          (best == 0 || number < best))
        best = number;
    }
  return best;
}

/* The level a registered candidate sits: the highest open to them, or
 * else the session's first. */
static int
registered_level (AgendaSession  *session,
                  CpAgendaLevels *eligibility,
                  CpDay           from)
{
  JsonArray *levels = json_object_get_array_member (session->session, "levels");
  int best = best_open_level (session, eligibility, from);

  if (best == 0 && json_array_get_length (levels) > 0)
    best = (int) json_array_get_int_element (levels, 0);
  return best;
}

/* Whether any date of @session that the agenda shows falls in the window. */
static gboolean
session_in_window (AgendaSession *session,
                   const Sink    *sink)
{
  for (guint i = 0; i < session->milestones->len; i++)
    {
      const CpMilestone *milestone = &g_array_index (session->milestones, CpMilestone, i);

      if (milestone->date >= sink->from && milestone->date <= sink->to)
        return TRUE;
    }
  return FALSE;
}

static gboolean
milestone_kind (const CpMilestone *milestone,
                gboolean           registered,
                CpAgendaKind      *kind)
{
  if (g_str_has_prefix (milestone->kind, "registration:"))
    *kind = CP_AGENDA_REGISTRATION_CLOSES;
  else if (g_str_equal (milestone->kind, "papers_due"))
    *kind = CP_AGENDA_PAPERS_DUE;
  else if (g_str_equal (milestone->kind, "exam"))
    *kind = CP_AGENDA_EXAM;
  else if (g_str_equal (milestone->kind, "results"))
    *kind = CP_AGENDA_RESULTS;
  else if (g_str_equal (milestone->kind, "review_request"))
    *kind = CP_AGENDA_REVIEW_REQUEST;
  else
    return FALSE;
  /* A candidate registered has nothing more to register; results and
   * reviews are for those who sit. */
  if (registered)
    return *kind != CP_AGENDA_REGISTRATION_CLOSES;
  return *kind != CP_AGENDA_RESULTS && *kind != CP_AGENDA_REVIEW_REQUEST;
}

static void
add_session_events (Sink          *sink,
                    AgendaSession *session,
                    int            level,
                    gboolean       registered)
{
  for (guint i = 0; i < session->milestones->len; i++)
    {
      const CpMilestone *milestone = &g_array_index (session->milestones, CpMilestone, i);
      CpAgendaKind kind;
      CpAgendaEvent *event;

      if (!milestone_kind (milestone, registered, &kind))
        continue;
      event = add_event (sink, kind, milestone->date, level);
      if (event == NULL)
        continue;
      event->session_id = g_strdup (session->id);
      event->session = session->session;
      if (kind == CP_AGENDA_REGISTRATION_CLOSES)
        event->channel = g_strdup (milestone->kind + strlen ("registration:"));
      event->approximate = milestone->approximate;
      event->sources = collect_sources (sources_of (session->session), sources_of (milestone->rule), session->origin);
    }
}

static void
add_sessions (CpAgendaContext *self,
              Sink            *sink,
              CpProfile       *profile,
              CpAgendaLevels  *levels)
{
  const char *city = cp_profile_get_city (profile);
  const char *occupation = cp_profile_get_occupation (profile);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      AgendaSession *session = g_ptr_array_index (self->sessions, i);
      int level;

      if (session->exam == 0 || !session_in_window (session, sink))
        continue;
      if (cp_profile_get_registered (profile, session->id))
        {
          add_session_events (sink, session, registered_level (session, levels, sink->from), TRUE);
          continue;
        }
      /* Sessions the candidate could sit: in their city (or a region it
       * lies in), of their occupation, a level open to them on the day. */
      if (city == NULL || session->region == NULL ||
          cp_policy_region_distance (self->pack, session->region, city) < 0 ||
          (occupation != NULL && session->occupation != NULL && !g_str_equal (occupation, session->occupation)))
        continue;
      level = best_open_level (session, levels, sink->from);
      if (level != 0)
        add_session_events (sink, session, level, FALSE);
    }
}

void
cp_agenda_add_profile (CpAgendaContext *self,
                       const char      *candidate_id,
                       CpProfile       *profile,
                       CpDay            from,
                       CpDay            to,
                       GPtrArray       *events)
{
  Sink sink = { candidate_id, NULL, from, to, events };
  g_autoptr(CpAgendaLevels) levels = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (CP_IS_PROFILE (profile));
  g_return_if_fail (events != NULL);

  if (from == 0 || to < from)
    return;
  sink.candidate = cp_profile_get_name (profile);
  levels = cp_agenda_levels_new (self->pack, profile);

  add_eligible (&sink, levels);
  add_subsidy_deadlines (self, &sink, profile);
  add_sessions (self, &sink, profile, levels);
}
