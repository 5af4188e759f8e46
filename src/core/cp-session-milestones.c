/* cp-session-milestones.c
 *
 * A date the session's notice prints is used as printed; the others come
 * from the pack's exam rules (the closest region's, in force on the exam
 * day), and say so. No rule, no date: never a guess.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-policy-query.h"
#include "cp-session-milestones.h"
#include "cp-subsidy-deadline.h"
#include "cp-text.h"

static void
milestone_clear (gpointer data)
{
  CpMilestone *milestone = data;

  g_free (milestone->kind);
  g_free (milestone->label);
}

/* How near @rule is to @session: its own organisation's rule first, then
 * the closest region's rule of no organisation; -1 if it does not hold.
 * Another organisation's rule comes last, flagged in @other. */
static int
rule_rank (CpPolicyPack *pack,
           JsonObject   *session,
           JsonObject   *rule,
           gboolean     *other)
{
  const char *centre = json_object_get_string_member_with_default (rule, "centre", NULL);
  int distance;

  *other = FALSE;
  if (centre != NULL)
    {
      if (g_strcmp0 (centre, json_object_get_string_member (session, "centre")) == 0)
        return 0;
      *other = TRUE;
      return 1000;
    }
  distance = cp_policy_region_distance (pack, json_object_get_string_member (rule, "region"),
                                        json_object_get_string_member (session, "region"));
  return distance < 0 ? -1 : 1 + distance;
}

/* The exam rule of @kind for the session: its occupation, in force on the
 * exam day, the nearest by rule_rank(). */
static JsonObject *
find_rule (CpPolicyPack *pack,
           JsonObject   *session,
           const char   *kind,
           gboolean     *other_organisation)
{
  JsonArray *rules = cp_policy_pack_get_records (pack, "exams.json", "exam_rules");
  CpDay exam = cp_json_get_day (session, "exam_date");
  JsonObject *best = NULL;
  int best_rank = G_MAXINT;

  *other_organisation = FALSE;
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      gboolean other;
      int rank = rule_rank (pack, session, rule, &other);

      if (rank < 0 || rank >= best_rank || g_strcmp0 (json_object_get_string_member (rule, "kind"), kind) != 0 ||
          !cp_json_array_has_string (json_object_get_array_member (rule, "occupations"),
                                     json_object_get_string_member (session, "occupation")) ||
          !cp_policy_in_force (rule, exam) || json_object_get_null_member (rule, "value"))
        continue;
      best = rule;
      best_rank = rank;
      *other_organisation = other;
    }
  return best;
}

/* Another organisation's rule gives only an approximate date, and says so. */
static char *
rule_label (const char *label,
            gboolean    other_organisation)
{
  if (!other_organisation)
    return g_strdup (label);
  /* Translators: %s is a milestone such as "Results published by" */
  return g_strdup_printf (_("%s (another organisation's rule, approximate)"), label);
}

static CpMilestone *
add (GArray     *milestones,
     const char *kind,
     const char *label,
     CpDay       date,
     gboolean    deadline)
{
  CpMilestone milestone = { g_strdup (kind), g_strdup (label), date, FALSE, FALSE, FALSE, deadline, NULL };

  g_array_append_val (milestones, milestone);
  return &g_array_index (milestones, CpMilestone, milestones->len - 1);
}

/* A date @rule's value in working days after @from. */
static CpDay
add_working_days (CpWorkCalendar *calendar,
                  JsonObject     *rule,
                  CpDay           from,
                  gboolean       *approximate)
{
  if (rule == NULL || from == 0)
    return 0;
  return cp_work_calendar_add (calendar, from, json_object_get_int_member (rule, "value"), approximate);
}

typedef struct
{
  JsonObject *rule;
  gboolean    other;   /* another organisation's */
} Rule;

static void
add_derived (GArray     *milestones,
             const char *kind,
             const char *label,
             CpDay       date,
             const Rule *rule,
             gboolean    approximate,
             gboolean    deadline)
{
  g_autofree char *text = rule_label (label, rule->other);
  CpMilestone *milestone = add (milestones, kind, text, date, deadline);

  milestone->derived = TRUE;
  milestone->rule = rule->rule;
  milestone->approximate = approximate || rule->other;
  milestone->other_organisation = rule->other;
}

static Rule
rule_for (CpPolicyPack *pack,
          JsonObject   *session,
          const char   *kind)
{
  Rule rule;

  rule.rule = find_rule (pack, session, kind, &rule.other);
  return rule;
}

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  const CpMilestone *x = a, *y = b;
  /* Unknown dates go last, in the order they were added. */
  CpDay dx = x->date != 0 ? x->date : G_MAXUINT32;
  CpDay dy = y->date != 0 ? y->date : G_MAXUINT32;

  return (dx > dy) - (dx < dy);
}

GArray *
cp_session_milestones (CpPolicyPack   *pack,
                       CpWorkCalendar *calendar,
                       JsonObject     *session)
{
  GArray *milestones = g_array_new (FALSE, TRUE, sizeof (CpMilestone));
  JsonArray *registration = json_object_get_array_member (session, "registration");
  CpDay exam = cp_json_get_day (session, "exam_date");
  Rule ticket_rule = rule_for (pack, session, "admission_ticket_days_before");
  Rule papers_rule = rule_for (pack, session, "papers_days_before");
  Rule results_rule = rule_for (pack, session, "results_working_days");
  Rule review_rule = rule_for (pack, session, "review_request_working_days");
  Rule answer_rule = rule_for (pack, session, "review_answer_working_days");
  Rule certificate_rule = rule_for (pack, session, "certificate_working_days");
  Rule retake_rule = rule_for (pack, session, "retake_window_months");
  gboolean approximate = FALSE;
  CpDay results, review, answer, certificate;

  g_array_set_clear_func (milestones, milestone_clear);

  for (guint i = 0; i < json_array_get_length (registration); i++)
    {
      JsonObject *channel = json_array_get_object_element (registration, i);
      g_autofree char *kind = g_strdup_printf ("registration:%s", json_object_get_string_member (channel, "channel"));
      /* Translators: %s is a registration system, such as 技能广东 */
      g_autofree char *label = g_strdup_printf (_("Registration closes on %s"), cp_text_get_member (channel, "name", NULL));

      add (milestones, kind, label, cp_json_get_day (channel, "closes"), TRUE);
    }
  if (!json_object_get_null_member (session, "papers_due"))
    add (milestones, "papers_due", _("Signed papers due"), cp_json_get_day (session, "papers_due"), TRUE);
  add (milestones, "exam", _("Exam"), exam, FALSE);

  add_derived (milestones, "admission_ticket", _("Admission ticket can be printed"),
               ticket_rule.rule != NULL ? exam - json_object_get_int_member (ticket_rule.rule, "value") : 0,
               &ticket_rule, FALSE, TRUE);
  /* The notice's own papers date comes first; the organisation's standing
   * rule is shown beside it, since the two may differ (seed 004 says 40
   * days and prints 16). */
  if (papers_rule.rule != NULL)
    add_derived (milestones, "papers_days_before", _("Registration papers due by the organisation's standing rule"),
                 exam - json_object_get_int_member (papers_rule.rule, "value"), &papers_rule, FALSE, TRUE);

  approximate = FALSE;
  results = add_working_days (calendar, results_rule.rule, exam, &approximate);
  add_derived (milestones, "results", _("Results published by"), results, &results_rule, approximate, FALSE);
  review = add_working_days (calendar, review_rule.rule, results, &approximate);
  add_derived (milestones, "review_request", _("Last day to request a review of the results"), review, &review_rule,
               approximate, TRUE);
  answer = add_working_days (calendar, answer_rule.rule, review, &approximate);
  add_derived (milestones, "review_answer", _("Review answered by"), answer, &answer_rule, approximate, FALSE);

  approximate = FALSE;
  certificate = add_working_days (calendar, certificate_rule.rule, exam, &approximate);
  add_derived (milestones, "certificate", _("Certificate on the national lookup site, about"), certificate,
               &certificate_rule, approximate, FALSE);
  if (certificate != 0)
    {
      Rule deadline_rule = { cp_policy_find (pack, "subsidy.json", "limits", "kind", "claim_deadline_months"), FALSE };
      gboolean deadline_approximate = approximate;
      CpDay deadline = deadline_rule.rule != NULL
                       ? cp_subsidy_deadline (pack, certificate, json_object_get_int_member (deadline_rule.rule, "value"),
                                              &deadline_approximate)
                       : 0;

      /* It hangs on a certificate date that is itself "about". */
      add_derived (milestones, "subsidy_deadline", _("Last day to apply for the skill upgrade subsidy, about"),
                   deadline, &deadline_rule, deadline_approximate, TRUE);
    }
  add_derived (milestones, "retake_window_end", _("Last day for a retake of a failed subject"),
               retake_rule.rule != NULL ? cp_date_add_months (exam, json_object_get_int_member (retake_rule.rule, "value")) : 0,
               &retake_rule, FALSE, TRUE);

  g_array_sort (milestones, compare_milestones);
  return milestones;
}

const char * const cp_exam_rules_to_know[] = {
  "retake_count", "retake_window_months", "retake_fee_per_subject", "whole_assessment_again",
  "absence_no_refund", "certificate_lookup", NULL
};

GPtrArray *
cp_exam_rules_for (CpPolicyPack       *pack,
                   const char         *region,
                   const char         *centre,
                   CpDay               day,
                   const char * const *kinds)
{
  JsonArray *rules = cp_policy_pack_get_records (pack, "exams.json", "exam_rules");
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (region != NULL, found);

  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      const char *owner = json_object_get_string_member_with_default (rule, "centre", NULL);
      gboolean holds = owner != NULL
                       ? g_strcmp0 (owner, centre) == 0
                       : cp_policy_region_distance (pack, json_object_get_string_member (rule, "region"), region) >= 0;

      if (holds && cp_policy_in_force (rule, day) &&
          (kinds == NULL || g_strv_contains (kinds, json_object_get_string_member (rule, "kind"))))
        g_ptr_array_add (found, rule);
    }
  return found;
}

const char *
cp_session_status (JsonObject *session,
                   CpDay       today)
{
  JsonArray *registration = json_object_get_array_member (session, "registration");
  CpDay exam = cp_json_get_day (session, "exam_date");
  CpDay last = 0;

  for (guint i = 0; i < json_array_get_length (registration); i++)
    last = MAX (last, cp_json_get_day (json_array_get_object_element (registration, i), "closes"));

  if (today > exam)
    return "held";
  if (today > last)
    return "closed";
  if (last - today <= 7)
    return "closing_soon";
  return "open";
}
