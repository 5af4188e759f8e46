/* cp-subsidy-plan.h: what claiming in one order or another brings
 *
 * A higher level already subsidised blocks a lower one, and some cities
 * allow one claim a year, so the order of certificates changes the total.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-subsidy.h"

G_BEGIN_DECLS

typedef struct
{
  int              level;
  CpDay            issued;   /* the claim is taken to be made that day */
  CpSubsidyAnswer *answer;
} CpPlanStep;

typedef struct
{
  char   *title;       /* "Level 4, then level 3" */
  GArray *steps;       /* CpPlanStep */
  gint64  total;       /* CP_YUAN_UNKNOWN if a step's amount is unknown or a range */
  gint64  total_min;   /* the steps' ranges added up: a range in, a range out; */
  gint64  total_max;   /* CP_YUAN_UNKNOWN where a step's end is unknown */
} CpPlanScenario;

/* Three orders for two levels @lower (e.g. 4) and @higher (e.g. 3), the
 * first certificate issued on @first_issued and the second on
 * @second_issued: lower then higher, higher alone, higher then lower. */
GPtrArray *cp_subsidy_plan (CpPolicyPack *pack,
                            CpProfile    *profile,
                            const char   *occupation,
                            const char   *city,
                            int           lower,
                            int           higher,
                            CpDay         first_issued,
                            CpDay         second_issued);

G_END_DECLS
