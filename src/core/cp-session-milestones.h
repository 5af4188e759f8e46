/* cp-session-milestones.h: every date of an exam session, published or
 * derived from the exam rules in working days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-work-calendar.h"

G_BEGIN_DECLS

typedef struct
{
  char       *kind;        /* "registration:jineng_guangdong", "papers_due", "exam", "results", … */
  char       *label;       /* in the UI language */
  CpDay       date;        /* 0: no rule gives it */
  gboolean    derived;     /* from a rule, not printed in the session's notice */
  gboolean    approximate; /* counted through a year whose holidays are not published,
                            * or from another organisation's rule */
  gboolean    other_organisation;  /* from another organisation's rule */
  gboolean    deadline;    /* something to do by then (a reminder is worth it) */
  JsonObject *rule;        /* borrowed; the rule it was derived from */
} CpMilestone;

/* In date order; a milestone no rule gives is listed with date 0. */
GArray     *cp_session_milestones (CpPolicyPack   *pack,
                                   CpWorkCalendar *calendar,
                                   JsonObject     *session);

/* The exam rules that hold for a candidate in @region, or for a session of
 * @centre (NULL: none) in @region, on @day: the region's and those above
 * it that belong to no organisation, and @centre's own. With @kinds
 * (NULL-terminated), only those kinds. JsonObject * (borrowed). */
GPtrArray  *cp_exam_rules_for     (CpPolicyPack       *pack,
                                   const char         *region,
                                   const char         *centre,
                                   CpDay               day,
                                   const char * const *kinds);

/* The rules a candidate should know before sitting: retakes, absence,
 * reassessment, the retake fee and where certificates are looked up. */
extern const char * const cp_exam_rules_to_know[];

/* "open", "closing_soon" (7 days or less to the last registration day),
 * "closed" or "held", on @today. */
const char *cp_session_status     (JsonObject     *session,
                                   CpDay           today);

G_END_DECLS
