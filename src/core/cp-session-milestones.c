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

/* The pack's exam rules, read once: what find_rules() asks of each rule
 * for every session, without going back to the JSON. */
typedef struct
{
  JsonObject *rule;         /* borrowed from the pack */
  const char *kind;
  const char *centre;       /* NULL: no organisation's own */
  const char *region;
  JsonArray  *occupations;
  CpDay       from, to;     /* 0: open */
  gboolean    continues;    /* in force past @to until said otherwise */
  gboolean    has_value;
} ExamRule;

static void
exam_rules_free (GArray *rules)
{
  g_array_unref (rules);
}

static GArray *
exam_rules_for_pack (CpPolicyPack *pack)
{
  static GMutex lock;
  static GQuark quark;
  GArray *rules;

  g_mutex_lock (&lock);
  if (quark == 0)
    quark = g_quark_from_static_string ("cp-session-milestones-rules");
  rules = g_object_get_qdata (G_OBJECT (pack), quark);
  if (rules == NULL)
    {
      JsonArray *records = cp_policy_pack_get_records (pack, "exams.json", "exam_rules");

      rules = g_array_new (FALSE, TRUE, sizeof (ExamRule));
      for (guint i = 0; records != NULL && i < json_array_get_length (records); i++)
        {
          JsonObject *record = json_array_get_object_element (records, i);
          ExamRule rule = {
            record,
            json_object_get_string_member (record, "kind"),
            json_object_get_string_member_with_default (record, "centre", NULL),
            json_object_get_string_member_with_default (record, "region", NULL),
            json_object_get_array_member (record, "occupations"),
            cp_json_get_day (record, "valid_from"),
            cp_json_get_day (record, "valid_to"),
            json_object_get_boolean_member_with_default (record, "continues_unconfirmed", FALSE),
            !json_object_get_null_member (record, "value"),
          };

          g_array_append_val (rules, rule);
        }
      g_object_set_qdata_full (G_OBJECT (pack), quark, rules, (GDestroyNotify) exam_rules_free);
    }
  g_mutex_unlock (&lock);
  return rules;
}

/* The session's region, then each region above it. */
#define MAX_CHAIN 16

static guint
region_chain (CpPolicyPack *pack,
              const char   *city,
              const char   *chain[MAX_CHAIN])
{
  guint length = 0;

  for (const char *current = city; current != NULL && length < MAX_CHAIN;)
    {
      JsonObject *record;

      chain[length++] = current;
      record = cp_policy_find (pack, "regions.json", "regions", "id", current);
      if (record == NULL || json_object_get_null_member (record, "parent"))
        break;
      current = json_object_get_string_member (record, "parent");
    }
  return length;
}

/* How near @rule is to the session: its own organisation's rule first,
 * then the closest region's rule of no organisation; -1 if it does not
 * hold. Another organisation's rule comes last, flagged in @other. */
static int
rule_rank (const ExamRule *rule,
           const char     *centre,
           const char    **chain,
           guint           chain_length,
           gboolean       *other)
{
  *other = FALSE;
  if (rule->centre != NULL)
    {
      if (g_strcmp0 (rule->centre, centre) == 0)
        return 0;
      *other = TRUE;
      return 1000;
    }
  for (guint i = 0; i < chain_length; i++)
    if (g_strcmp0 (chain[i], rule->region) == 0)
      return 1 + i;
  return -1;
}

static gboolean
rule_in_force (const ExamRule *rule,
               CpDay           day)
{
  return (rule->from == 0 || rule->from <= day) && (rule->to == 0 || rule->to >= day || rule->continues);
}

typedef struct
{
  JsonObject *rule;
  gboolean    other;   /* another organisation's */
} Rule;

/* For each of @kinds (@n of them), the exam rule of the session's
 * occupation, in force on the exam day, the nearest by rule_rank(): the
 * first of equals in the pack's order. One pass over the rules. */
static void
find_rules (CpPolicyPack      *pack,
            JsonObject        *session,
            const char * const *kinds,
            guint               n,
            Rule               *found)
{
  GArray *rules = exam_rules_for_pack (pack);
  CpDay exam = cp_json_get_day (session, "exam_date");
  const char *centre = json_object_get_string_member (session, "centre");
  const char *occupation = json_object_get_string_member (session, "occupation");
  const char *chain[MAX_CHAIN];
  guint chain_length = region_chain (pack, json_object_get_string_member (session, "region"), chain);
  int best[16];

  g_return_if_fail (n <= G_N_ELEMENTS (best));
  for (guint k = 0; k < n; k++)
    {
      found[k].rule = NULL;
      found[k].other = FALSE;
      best[k] = G_MAXINT;
    }
  for (guint i = 0; i < rules->len; i++)
    {
      const ExamRule *rule = &g_array_index (rules, ExamRule, i);
      gboolean other;
      int rank;
      guint k;

      for (k = 0; k < n && g_strcmp0 (rule->kind, kinds[k]) != 0; k++)
        ;
      if (k == n)
        continue;
      rank = rule_rank (rule, centre, chain, chain_length, &other);
      if (rank < 0 || rank >= best[k] || !cp_json_array_has_string (rule->occupations, occupation) ||
          !rule_in_force (rule, exam) || !rule->has_value)
        continue;
      found[k].rule = rule->rule;
      found[k].other = other;
      best[k] = rank;
    }
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
  static const char * const kinds[] = {
    "admission_ticket_days_before", "papers_days_before", "results_working_days", "review_request_working_days",
    "review_answer_working_days", "certificate_working_days", "retake_window_months",
  };
  Rule rules[G_N_ELEMENTS (kinds)];
  const Rule *ticket_rule = &rules[0], *papers_rule = &rules[1], *results_rule = &rules[2], *review_rule = &rules[3];
  const Rule *answer_rule = &rules[4], *certificate_rule = &rules[5], *retake_rule = &rules[6];
  gboolean approximate = FALSE;
  CpDay results, review, answer, certificate;

  g_array_set_clear_func (milestones, milestone_clear);
  find_rules (pack, session, kinds, G_N_ELEMENTS (kinds), rules);

  for (guint i = 0; i < json_array_get_length (registration); i++)
    {
      JsonObject *channel = json_array_get_object_element (registration, i);
      g_autofree char *kind = g_strdup_printf ("registration:%s", json_object_get_string_member (channel, "channel"));
      /* Translators: %s is a registration system, such as 技能广东 */
      g_autofree char *label = g_strdup_printf (_("Registration closes on %s"), cp_text_get_member (channel, "name", NULL));

      add (milestones, kind, label, cp_json_get_day (channel, "closes"), TRUE);
    }
  if (json_object_has_member (session, "papers_due") && !json_object_get_null_member (session, "papers_due"))
    add (milestones, "papers_due", _("Signed papers due"), cp_json_get_day (session, "papers_due"), TRUE);
  add (milestones, "exam", _("Exam"), exam, FALSE);

  add_derived (milestones, "admission_ticket", _("Admission ticket can be printed"),
               ticket_rule->rule != NULL ? exam - json_object_get_int_member (ticket_rule->rule, "value") : 0,
               ticket_rule, FALSE, TRUE);
  /* Where the notice prints its papers date, that is the deadline: the
   * organisation's standing rule (seed 004 says 40 days and prints 16)
   * would only be a second, earlier date for the same papers. */
  if (papers_rule->rule != NULL && cp_json_get_day (session, "papers_due") == 0)
    add_derived (milestones, "papers_days_before", _("Registration papers due by the organisation's standing rule"),
                 exam - json_object_get_int_member (papers_rule->rule, "value"), papers_rule, FALSE, TRUE);

  approximate = FALSE;
  results = add_working_days (calendar, results_rule->rule, exam, &approximate);
  add_derived (milestones, "results", _("Results published by"), results, results_rule, approximate, FALSE);
  review = add_working_days (calendar, review_rule->rule, results, &approximate);
  add_derived (milestones, "review_request", _("Last day to request a review of the results"), review, review_rule,
               approximate, TRUE);
  answer = add_working_days (calendar, answer_rule->rule, review, &approximate);
  add_derived (milestones, "review_answer", _("Review answered by"), answer, answer_rule, approximate, FALSE);

  approximate = FALSE;
  certificate = add_working_days (calendar, certificate_rule->rule, exam, &approximate);
  add_derived (milestones, "certificate", _("Certificate on the national lookup site, about"), certificate,
               certificate_rule, approximate, FALSE);
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
               retake_rule->rule != NULL ? cp_date_add_months (exam, json_object_get_int_member (retake_rule->rule, "value")) : 0,
               retake_rule, FALSE, TRUE);

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
