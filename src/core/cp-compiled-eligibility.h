/* cp-compiled-eligibility.h: the eligibility rules on the compiled pack,
 * shared by the decision-only and the explained answers (internal)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-conditions.h"

G_BEGIN_DECLS

/* One clause: met when all of its conditions are. */
typedef struct
{
  gboolean met;
  gboolean needs_confirmation;
  gboolean unknown;          /* some input is missing */
  gboolean reachable;
  CpDay    latest;
} CpClauseTally;

void  cp_clause_tally_init          (CpClauseTally             *tally);
void  cp_clause_tally_add           (CpClauseTally             *tally,
                                     const CpConditionDecision *condition);
/* 0: time alone cannot meet it. */
CpDay cp_clause_tally_eligible_from (const CpClauseTally       *tally,
                                     CpDay                      on);

typedef struct
{
  gboolean met;
  gboolean needs_confirmation;
  gboolean unknown;
  CpDay    eligible_from;
} CpClauseOutcome;

/* One level: open when any clause is; the clause it rests on. */
typedef struct
{
  gboolean        eligible;
  gboolean        unknown;
  CpDay           eligible_from;
  guint           n_clauses;
  int             met;        /* indexes among the level's clauses, -1: none */
  int             soonest;
  CpClauseOutcome met_outcome;
  CpClauseOutcome soonest_outcome;
  CpClauseOutcome first_outcome;
} CpLevelTally;

void  cp_level_tally_init           (CpLevelTally              *tally);
void  cp_level_tally_add            (CpLevelTally              *tally,
                                     const CpClauseOutcome     *clause);
/* The index of the chosen clause (-1 without clauses), and the level's
 * date and whether it waits for a confirmation. */
int   cp_level_tally_finish         (CpLevelTally              *tally,
                                     CpDay                     *eligible_from,
                                     gboolean                  *needs_confirmation);

/* Every distinct condition of @rule_set (none when NULL) decided, into
 * @stack when they fit, else into memory to g_free () once it is not
 * @stack; the decisions are returned. */
#define CP_DECISIONS_ON_STACK 64
CpConditionDecision  *cp_compiled_decide_distinct  (const CpModelRuleSet *rule_set,
                                                    const CpProfileFacts *facts,
                                                    CpDay                 on,
                                                    CpConditionDecision  *stack);

/* The candidate's region for the rules: the city, else the province. */
int                   cp_compiled_candidate_region (const CpPolicyModel *model,
                                                    CpProfile           *profile);
const CpModelRuleSet *cp_compiled_find_rule_set    (const CpPolicyModel *model,
                                                    int                  region,
                                                    GQuark               occupation,
                                                    CpDay                on);
gboolean              cp_compiled_extra_applies    (const CpPolicyModel *model,
                                                    const CpModelExtra  *extra,
                                                    int                  region,
                                                    GQuark               occupation,
                                                    int                  level,
                                                    CpDay                on);
/* The trigger of a condition of the chosen clause, for its documents. */
guint                 cp_compiled_trigger          (const CpModelCondition    *condition,
                                                    CpConditionStatus          status,
                                                    CpDay                      met_from);

G_END_DECLS
