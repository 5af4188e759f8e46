/* cp-subsidy.c
 *
 * The whole subsidy answer: the decision of cp-compiled-subsidy.c with
 * each of its steps put in words, the rules past their end it rests on,
 * and how to claim.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-compiled-subsidy.h"
#include "cp-text.h"

static void
reason_free (CpSubsidyReason *reason)
{
  g_free (reason->text);
  g_free (reason);
}

void
cp_subsidy_answer_free (CpSubsidyAnswer *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->reasons);
  g_ptr_array_unref (self->ended_rules);
  g_clear_pointer (&self->procedures, g_ptr_array_unref);
  g_clear_object (&self->pack);
  g_free (self);
}

static char *
format_day (CpDay day)
{
  return day != 0 ? cp_date_format (day) : g_strdup (_("unknown"));
}

static const char *
link_name (const char *link)
{
  if (g_str_equal (link, "hukou"))
    return _("household registration (户籍)");
  if (g_str_equal (link, "insured"))
    return _("social insurance paid there");
  if (g_str_equal (link, "registered_unemployed"))
    return _("registered as unemployed there");
  if (g_str_equal (link, "registered_graduate"))
    return _("registered there as a graduate without a job");
  return link;
}

static const char *
doubt_text (CpUpliftDoubt doubt)
{
  switch (doubt)
    {
    case CP_DOUBT_ONLY_CEILING:
      return _("the sources give no rate for this city, only the provincial ceiling");
    case CP_DOUBT_OTHER_LEVELS:
      return _("the sources give the city's rate for other levels only");
    case CP_DOUBT_LIST_ENDED:
      return _("the shortage-occupation list's period ended before the issue date and nothing says whether it holds later");
    case CP_DOUBT_LIST_NOT_KNOWN:
      return _("the occupation is not known to be on the city's list on the issue date");
    case CP_DOUBT_RULE_NOT_KNOWN:
      return _("the city's uplift is not known to hold on the issue date");
    case CP_DOUBT_NONE:
    default:
      return NULL;
    }
}

/* The step in the UI language. */
static char *
step_text (const CpSubsidyStep *step)
{
  JsonObject *record = step->rule != NULL ? step->rule->record : NULL;
  const char *rule_text = record != NULL ? cp_text_get_member (record, "text", NULL) : NULL;
  int a = (int) step->figures[0], b = (int) step->figures[1], c = (int) step->figures[2];
  g_autofree char *date = NULL;

  switch (step->kind)
    {
    case CP_STEP_NO_CATALOGUE:
      date = format_day (step->day);
      /* Translators: %s is a date */
      return g_strdup_printf (_("No subsidy catalogue in the data covers a certificate issued on %s; the amount is unknown"),
                              date);
    case CP_STEP_CATALOGUE:
      date = format_day (step->day);
      /* Translators: first %s is a date, second the catalogue's name */
      return g_strdup_printf (_("Catalogue in force on the issue date %s: %s"), date,
                              cp_text_get_member (record, "name", NULL));
    case CP_STEP_NO_ROW:
      /* Translators: %s is an occupation code */
      return g_strdup_printf (_("The data has no row of this catalogue for occupation %s; the amount is unknown"),
                              step->name);
    case CP_STEP_AMOUNT_NOT_GIVEN:
      /* Translators: first %s is a class (A, B…), %d a level */
      return g_strdup_printf (_("Class %s, level %d: the amount is not given in the sources"), step->name, a);
    case CP_STEP_AMOUNT_INFERRED:
      /* Translators: class, level, amount in yuan */
      return g_strdup_printf (_("Class %s, level %d: %d yuan (inferred from the sources, not confirmed)"),
                              step->name, a, b);
    case CP_STEP_AMOUNT:
      return g_strdup_printf (_("Class %s, level %d: %d yuan"), step->name, a, b);
    case CP_STEP_NO_UPLIFT:
      return g_strdup (_("No shortage-occupation uplift of this city is in the data"));
    case CP_STEP_NOT_LISTED:
      return g_strdup (_("The occupation is not on the city's shortage-occupation list on the issue date: no uplift"));
    case CP_STEP_UPLIFT_LEVELS_UNKNOWN:
      return g_strdup (_("The sources do not say which levels the city's uplift is for"));
    case CP_STEP_UPLIFT_OTHER_LEVELS:
      /* Translators: %d is a level */
      return g_strdup_printf (_("The uplift is for level 3 and above, not level %d"), a);
    case CP_STEP_UPLIFT_NOT_INSURED:
      return g_strdup (_("The city's uplift is only for workers insured in the city, and the candidate is not: no uplift"));
    case CP_STEP_UPLIFT_RATE_UNKNOWN:
      return g_strdup (_("The city's uplift rate is not given in the sources"));
    case CP_STEP_UPLIFT_OF_UNKNOWN:
      return g_strdup_printf (_("Shortage-occupation uplift: %d%% of an unknown amount"), a);
    case CP_STEP_UPLIFT:
      return g_strdup_printf (_("Shortage-occupation uplift: %d%% of %d = %d yuan"), a, b, c);
    case CP_STEP_UPLIFT_DOUBTED:
      /* Translators: why the uplift is not firm, then percent, base and the most uplift in yuan */
      return g_strdup_printf (_("Shortage-occupation uplift not confirmed, since %s: between 0 and %d%% of %d, at most %d yuan"),
                              doubt_text (step->doubt), a, b, c);
    case CP_STEP_NO_CLAIMANT_RULE:
      return g_strdup (_("Who may claim in this city is not in the data"));
    case CP_STEP_LINK:
      /* Translators: %s is a link such as "social insurance paid there" */
      return g_strdup_printf (_("May claim here: %s"), link_name (step->name));
    case CP_STEP_NO_LINK:
      return g_strdup (_("No link to the claim city: needs household registration, social insurance or unemployment registration there"));
    case CP_STEP_AGE_UNKNOWN:
      return g_strdup (_("Age limits apply; enter the birth date to tell"));
    case CP_STEP_AGE_OUTSIDE:
      /* Translators: %d is an age */
      return g_strdup_printf (_("Aged %d: outside the age limits"), a);
    case CP_STEP_AGE_WOMEN:
      return g_strdup_printf (_("Aged %d: within the limit for men (%d), over the limit for women (%d)"), a, b, c);
    case CP_STEP_AGE_WITHIN:
      return g_strdup_printf (_("Aged %d: within the age limits"), a);
    case CP_STEP_EXCLUDED:
      /* Translators: %s is a group of people, such as full-time students */
      return g_strdup_printf (_("Not one of: %s"),
                              cp_text_get (json_array_get_object_element (json_object_get_array_member (record, "excluded"),
                                                                          a), NULL));
    case CP_STEP_LIMIT:
      return g_strdup (rule_text);
    case CP_STEP_HIGHER_CLAIMED:
      /* Translators: %d is a level, then the rule's text */
      return g_strdup_printf (_("Level %d of this occupation was already subsidised. %s"), a, rule_text);
    case CP_STEP_SAME_CLAIMED:
      return g_strdup_printf (_("This level was already subsidised. %s"), rule_text);
    case CP_STEP_ONCE_PER_YEAR:
      /* Translators: %d is a year */
      return g_strdup_printf (_("%u skill upgrade subsidies already in %d. %s"), (guint) a, b, rule_text);
    case CP_STEP_MAX_PER_YEAR:
      return g_strdup_printf (_("%u subsidies of these kinds already in %d. %s"), (guint) a, b, rule_text);
    case CP_STEP_TOO_LATE:
      date = format_day ((CpDay) step->figures[0]);
      /* Translators: %s is a date */
      return g_strdup_printf (_("Too late: the last day to apply was %s. %s"), date, rule_text);
    case CP_STEP_APPLY_BY:
      date = format_day ((CpDay) step->figures[0]);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Apply by %s (%d day left). %s",
                                           "Apply by %s (%d days left). %s", b),
                              date, b, rule_text);
    default:
      g_assert_not_reached ();
    }
}

static GPtrArray *
find_procedures (const CpPolicyModel *model,
                 const char          *city,
                 CpDay                on)
{
  g_autofree const CpModelRecord **found = g_new (const CpModelRecord *, MAX (model->n_procedures, 1));
  guint n = cp_compiled_subsidy_rules (model, model->procedures, model->n_procedures, sizeof (CpModelRecord),
                                       cp_policy_model_find_region (model, city), on, found);
  GPtrArray *procedures = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (procedures, found[i]->record);
  return procedures;
}

static CpSubsidyAnswer *
evaluate (CpPolicyPack               *pack,
          CpProfile                  *profile,
          const CpSubsidyCertificate *certificate,
          const char                 *claim_city,
          CpDay                       on,
          gboolean                    words)
{
  const CpPolicyModel *model;
  g_autoptr(GArray) steps = NULL;
  CpSubsidyAnswer *self;
  CpSubsidyDecision decision;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (CP_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (certificate != NULL && certificate->issued != 0, NULL);
  g_return_val_if_fail (certificate->level >= 1 && certificate->level <= 5, NULL);
  g_return_val_if_fail (claim_city != NULL, NULL);

  model = cp_policy_pack_get_model (pack);
  steps = g_array_sized_new (FALSE, FALSE, sizeof (CpSubsidyStep), 16);
  cp_compiled_subsidy_run (model, profile, certificate, claim_city, on, &decision, steps);

  self = g_new0 (CpSubsidyAnswer, 1);
  self->pack = g_object_ref (pack);
  self->eligible = decision.eligible;
  self->needs_confirmation = decision.needs_confirmation;
  self->unknown = decision.unknown;
  self->base = decision.base;
  self->uplift = decision.uplift;
  self->uplift_ceiling = decision.uplift_ceiling;
  self->amount = decision.amount;
  self->amount_min = decision.amount_min;
  self->amount_max = decision.amount_max;
  self->certainty_min = decision.certainty_min;
  self->certainty_max = decision.certainty_max;
  self->uplift_percent = decision.uplift_percent;
  self->catalogue = decision.catalogue;
  self->deadline = decision.deadline;
  self->deadline_approximate = decision.deadline_approximate;
  self->days_left = decision.days_left;
  self->unconfirmed_validity = decision.unconfirmed_validity;

  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
  self->ended_rules = g_ptr_array_new ();
  for (guint i = 0; i < steps->len; i++)
    {
      const CpSubsidyStep *step = &g_array_index (steps, CpSubsidyStep, i);
      CpSubsidyReason *reason = g_new0 (CpSubsidyReason, 1);
      JsonObject *record = step->rule != NULL ? step->rule->record : NULL;

      reason->status = step->status;
      reason->text = words ? step_text (step) : NULL;
      reason->record = record;
      reason->payable = step->payable;
      g_ptr_array_add (self->reasons, reason);
      /* Said once, in the banner, rather than on every row. */
      if (record != NULL && cp_validity_past_end (&step->rule->validity, step->day) &&
          !g_ptr_array_find (self->ended_rules, record, NULL))
        g_ptr_array_add (self->ended_rules, record);
    }
  self->procedures = find_procedures (model, claim_city, on);
  return self;
}

CpSubsidyAnswer *
cp_subsidy_evaluate (CpPolicyPack               *pack,
                     CpProfile                  *profile,
                     const CpSubsidyCertificate *certificate,
                     const char                 *claim_city,
                     CpDay                       on)
{
  return evaluate (pack, profile, certificate, claim_city, on, TRUE);
}

CpSubsidyAnswer *
cp_subsidy_evaluate_brief (CpPolicyPack               *pack,
                           CpProfile                  *profile,
                           const CpSubsidyCertificate *certificate,
                           const char                 *claim_city,
                           CpDay                       on)
{
  return evaluate (pack, profile, certificate, claim_city, on, FALSE);
}

gboolean
cp_subsidy_answer_waits_for_input (CpSubsidyAnswer *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->eligible && self->unknown && self->base != CP_YUAN_UNKNOWN && self->uplift != CP_YUAN_UNKNOWN;
}

GPtrArray *
cp_subsidy_claim_procedures (CpPolicyPack *pack,
                             const char   *city,
                             CpDay         on)
{
  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (city != NULL, NULL);

  return find_procedures (cp_policy_pack_get_model (pack), city, on);
}
