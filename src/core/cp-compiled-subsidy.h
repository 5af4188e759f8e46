/* cp-compiled-subsidy.h: the subsidy rules on the compiled pack, shared by
 * the decision-only and the explained answers (internal)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-model.h"
#include "cp-subsidy.h"

G_BEGIN_DECLS

/* Each step of an answer: the sentence it will be, once put in words. */
typedef enum
{
  CP_STEP_NO_CATALOGUE,
  CP_STEP_CATALOGUE,
  CP_STEP_NO_ROW,
  CP_STEP_AMOUNT_NOT_GIVEN,
  CP_STEP_AMOUNT,
  CP_STEP_AMOUNT_INFERRED,
  CP_STEP_NO_UPLIFT,
  CP_STEP_NOT_LISTED,
  CP_STEP_UPLIFT_LEVELS_UNKNOWN,
  CP_STEP_UPLIFT_OTHER_LEVELS,
  CP_STEP_UPLIFT_NOT_INSURED,
  CP_STEP_UPLIFT_RATE_UNKNOWN,
  CP_STEP_UPLIFT_OF_UNKNOWN,
  CP_STEP_UPLIFT,
  CP_STEP_UPLIFT_DOUBTED,
  CP_STEP_NO_CLAIMANT_RULE,
  CP_STEP_LINK,
  CP_STEP_NO_LINK,
  CP_STEP_AGE_UNKNOWN,
  CP_STEP_AGE_OUTSIDE,
  CP_STEP_AGE_WOMEN,
  CP_STEP_AGE_WITHIN,
  CP_STEP_EXCLUDED,
  CP_STEP_LIMIT,             /* the limit's own text */
  CP_STEP_HIGHER_CLAIMED,
  CP_STEP_SAME_CLAIMED,
  CP_STEP_ONCE_PER_YEAR,
  CP_STEP_MAX_PER_YEAR,
  CP_STEP_TOO_LATE,
  CP_STEP_APPLY_BY,
} CpSubsidyStepKind;

/* Why an uplift that may apply is not firm. */
typedef enum
{
  CP_DOUBT_NONE,
  CP_DOUBT_ONLY_CEILING,
  CP_DOUBT_OTHER_LEVELS,
  CP_DOUBT_LIST_ENDED,
  CP_DOUBT_LIST_NOT_KNOWN,
  CP_DOUBT_RULE_NOT_KNOWN,
} CpUpliftDoubt;

typedef struct
{
  CpSubsidyStepKind    kind;
  CpReasonStatus       status;
  gboolean             payable;
  const CpModelRecord *rule;     /* what it rests on, or NULL */
  CpDay                day;      /* the day it is judged on */
  gint64               figures[3];
  const char          *name;     /* an occupation, a class, a link */
  CpUpliftDoubt        doubt;
} CpSubsidyStep;

/* Decides into @out; with @steps (of CpSubsidyStep), records every step. */
void cp_compiled_subsidy_run (const CpPolicyModel        *model,
                              CpProfile                  *profile,
                              const CpSubsidyCertificate *certificate,
                              const char                 *claim_city,
                              CpDay                       on,
                              CpSubsidyDecision          *out,
                              GArray                     *steps);

/* The records of @array (each @stride bytes, a CpModelRecord first) of the
 * scheme in force on @day for @city and the regions above it, the city's
 * first, into @out (room for @n); how many. */
guint cp_compiled_subsidy_rules (const CpPolicyModel  *model,
                                 gconstpointer         array,
                                 guint                 n,
                                 gsize                 stride,
                                 int                   city,
                                 CpDay                 day,
                                 const CpModelRecord **out);

G_END_DECLS
