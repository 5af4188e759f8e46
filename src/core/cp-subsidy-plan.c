/* cp-subsidy-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-subsidy-plan.h"
#include "cp-yuan.h"

static void
step_clear (gpointer data)
{
  CpPlanStep *step = data;

  g_clear_pointer (&step->answer, cp_subsidy_answer_free);
}

static void
scenario_free (CpPlanScenario *scenario)
{
  g_free (scenario->title);
  g_array_unref (scenario->steps);
  g_free (scenario);
}

/* Claims @levels in order on a copy of @profile, recording each paid claim
 * in the copy so that the next one sees it, as the office would. */
static CpPlanScenario *
run_order (CpPolicyPack *pack,
           CpProfile    *profile,
           const char   *occupation,
           const char   *city,
           const int    *levels,
           const CpDay  *issued,
           guint         n_steps,
           char         *title)
{
  /* Copied, not written and read back: a draft being typed may not be a
   * valid file yet (no name, say), and it must be planned all the same. */
  g_autoptr(CpProfile) copy = cp_profile_copy (profile);
  CpPlanScenario *scenario = g_new0 (CpPlanScenario, 1);

  scenario->title = title;
  scenario->steps = g_array_new (FALSE, TRUE, sizeof (CpPlanStep));
  g_array_set_clear_func (scenario->steps, step_clear);

  for (guint i = 0; i < n_steps; i++)
    {
      CpSubsidyCertificate certificate = { occupation, levels[i], issued[i], "evaluation_org" };
      CpPlanStep step = { levels[i], issued[i], cp_subsidy_evaluate (pack, copy, &certificate, city, issued[i]) };

      scenario->total = cp_yuan_add (scenario->total, step.answer->amount);
      scenario->total_min = cp_yuan_add (scenario->total_min, step.answer->amount_min);
      scenario->total_max = cp_yuan_add (scenario->total_max, step.answer->amount_max);

      if (step.answer->eligible)
        {
          CpSubsidyClaim claim = { g_strdup ("skill_upgrade"), g_strdup (occupation), levels[i], issued[i], NULL };
          g_array_append_val (cp_profile_get_subsidies (copy), claim);
        }
      g_array_append_val (scenario->steps, step);
    }
  return scenario;
}

GPtrArray *
cp_subsidy_plan (CpPolicyPack *pack,
                 CpProfile    *profile,
                 const char   *occupation,
                 const char   *city,
                 int           lower,
                 int           higher,
                 CpDay         first_issued,
                 CpDay         second_issued)
{
  GPtrArray *scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) scenario_free);
  const int lower_then_higher[] = { lower, higher };
  const int higher_then_lower[] = { higher, lower };
  const CpDay dates[] = { first_issued, second_issued };

  g_return_val_if_fail (lower > higher, scenarios);

  /* Translators: "Level 4, then level 3" */
  g_ptr_array_add (scenarios, run_order (pack, profile, occupation, city, lower_then_higher, dates, 2,
                                         g_strdup_printf (_("Level %d, then level %d"), lower, higher)));
  /* Translators: "Level 3 directly" */
  g_ptr_array_add (scenarios, run_order (pack, profile, occupation, city, &higher, &second_issued, 1,
                                         g_strdup_printf (_("Level %d directly"), higher)));
  g_ptr_array_add (scenarios, run_order (pack, profile, occupation, city, higher_then_lower, dates, 2,
                                         g_strdup_printf (_("Level %d, then level %d"), higher, lower)));
  return scenarios;
}
