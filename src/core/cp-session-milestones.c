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

/* The exam rule of @kind for the session: its occupation, the closest
 * region to the session's city, in force on the exam day. */
static JsonObject *
find_rule (CpPolicyPack *pack,
           JsonObject   *session,
           const char   *kind)
{
  JsonArray *rules = cp_policy_pack_get_records (pack, "exams.json", "exam_rules");
  CpDay exam = cp_json_get_day (session, "exam_date");
  JsonObject *best = NULL;
  int best_distance = G_MAXINT;

  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      int distance = cp_policy_region_distance (pack, json_object_get_string_member (rule, "region"),
                                                json_object_get_string_member (session, "region"));

      if (distance < 0 || distance >= best_distance || g_strcmp0 (json_object_get_string_member (rule, "kind"), kind) != 0 ||
          !cp_json_array_has_string (json_object_get_array_member (rule, "occupations"),
                                     json_object_get_string_member (session, "occupation")) ||
          !cp_policy_in_force (rule, exam) || json_object_get_null_member (rule, "value"))
        continue;
      best = rule;
      best_distance = distance;
    }
  return best;
}

static CpMilestone *
add (GArray     *milestones,
     const char *kind,
     const char *label,
     CpDay       date,
     gboolean    deadline)
{
  CpMilestone milestone = { g_strdup (kind), g_strdup (label), date, FALSE, FALSE, deadline, NULL };

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

static void
add_derived (GArray     *milestones,
             const char *kind,
             const char *label,
             CpDay       date,
             JsonObject *rule,
             gboolean    approximate,
             gboolean    deadline)
{
  CpMilestone *milestone = add (milestones, kind, label, date, deadline);

  milestone->derived = TRUE;
  milestone->rule = rule;
  milestone->approximate = approximate;
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
  JsonObject *ticket_rule = find_rule (pack, session, "admission_ticket_days_before");
  JsonObject *results_rule = find_rule (pack, session, "results_working_days");
  JsonObject *review_rule = find_rule (pack, session, "review_request_working_days");
  JsonObject *answer_rule = find_rule (pack, session, "review_answer_working_days");
  JsonObject *certificate_rule = find_rule (pack, session, "certificate_working_days");
  JsonObject *retake_rule = find_rule (pack, session, "retake_window_months");
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
               ticket_rule != NULL ? exam - json_object_get_int_member (ticket_rule, "value") : 0,
               ticket_rule, FALSE, TRUE);

  approximate = FALSE;
  results = add_working_days (calendar, results_rule, exam, &approximate);
  add_derived (milestones, "results", _("Results published by"), results, results_rule, approximate, FALSE);
  review = add_working_days (calendar, review_rule, results, &approximate);
  add_derived (milestones, "review_request", _("Last day to request a review of the results"), review, review_rule,
               approximate, TRUE);
  answer = add_working_days (calendar, answer_rule, review, &approximate);
  add_derived (milestones, "review_answer", _("Review answered by"), answer, answer_rule, approximate, FALSE);

  approximate = FALSE;
  certificate = add_working_days (calendar, certificate_rule, exam, &approximate);
  add_derived (milestones, "certificate", _("Certificate on the national lookup site, about"), certificate,
               certificate_rule, approximate, FALSE);
  if (certificate != 0)
    {
      JsonObject *deadline_rule = cp_policy_find (pack, "subsidy.json", "limits", "kind", "claim_deadline_months");
      gboolean deadline_approximate = approximate;
      CpDay deadline = deadline_rule != NULL
                       ? cp_subsidy_deadline (pack, certificate, json_object_get_int_member (deadline_rule, "value"),
                                              &deadline_approximate)
                       : 0;

      /* It hangs on a certificate date that is itself "about". */
      add_derived (milestones, "subsidy_deadline", _("Last day to apply for the skill upgrade subsidy, about"),
                   deadline, deadline_rule, deadline_approximate, TRUE);
    }
  add_derived (milestones, "retake_window_end", _("Last day for a retake of a failed subject"),
               retake_rule != NULL ? cp_date_add_months (exam, json_object_get_int_member (retake_rule, "value")) : 0,
               retake_rule, FALSE, TRUE);

  g_array_sort (milestones, compare_milestones);
  return milestones;
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
