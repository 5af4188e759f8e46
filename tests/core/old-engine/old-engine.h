/* old-engine.h: the engines as they were before the compiled model, on
 * the pack's JSON, kept only to check the new ones against
 * (test-engine-differential.c). Not built into the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-eligibility.h"
#include "cp-subsidy.h"

G_BEGIN_DECLS

CpEligibility   *old_eligibility_evaluate   (CpPolicyPack               *pack,
                                             CpProfile                  *profile,
                                             CpDay                       on);
CpSubsidyAnswer *old_subsidy_evaluate       (CpPolicyPack               *pack,
                                             CpProfile                  *profile,
                                             const CpSubsidyCertificate *certificate,
                                             const char                 *claim_city,
                                             CpDay                       on);

void        old_condition_evaluate          (JsonObject        *condition,
                                             CpProfile         *profile,
                                             CpDay              on,
                                             CpConditionResult *result);
void        old_condition_result_clear      (CpConditionResult *result);
const char *old_education_kind_name         (const char        *kind);
const char *old_title_grade_name            (const char        *grade);

int      old_region_distance          (CpPolicyPack       *pack,
                                       const char         *region,
                                       const char         *city);
CpDay    old_date_add_years           (CpDay               day,
                                       int                 years);
gboolean old_work_period_is_valid     (const CpWorkPeriod *period);
guint    old_work_periods_n_invalid   (GArray             *periods);
guint    old_work_days_before         (GArray             *periods,
                                       CpDay               since,
                                       CpDay               day);
guint    old_years_in_days            (CpDay               day,
                                       guint               years);
gboolean old_work_years_met           (GArray             *periods,
                                       CpDay               since,
                                       guint               years,
                                       CpDay               day);
CpDay    old_work_years_met_from      (GArray             *periods,
                                       CpDay               since,
                                       guint               years);
void     old_work_days_to_years_months (guint              days,
                                        CpDay              on,
                                        guint             *years,
                                        guint             *months);

G_END_DECLS
