/* cp-eligibility.h: which levels a candidate may apply for on a day, by
 * which clause, and from when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

typedef enum
{
  CP_CONDITION_MET,
  CP_CONDITION_NOT_MET,
  CP_CONDITION_UNKNOWN,   /* the profile lacks what is needed to tell */
  CP_CONDITION_CONFIRM,   /* the app cannot check it; the candidate confirms it */
} CpConditionStatus;

typedef struct
{
  const char        *kind;
  CpConditionStatus  status;
  const char        *text;       /* what the clause asks, in the UI language (borrowed from the pack) */
  char              *detail;     /* what the profile shows, with the numbers */
  gboolean           reachable;  /* met now, or time alone will meet it */
  CpDay              met_from;   /* when reachable: from that day (0: no date limit) */
} CpConditionResult;

typedef struct
{
  JsonObject *clause;           /* borrowed from the pack */
  const char *id;
  int         number;
  gboolean    met;
  gboolean    needs_confirmation;
  gboolean    unknown;          /* some input is missing */
  CpDay       eligible_from;    /* 0: time alone cannot meet it */
  GArray     *conditions;       /* CpConditionResult */
} CpClauseResult;

typedef struct
{
  JsonObject        *requirement;  /* borrowed from the pack */
  CpConditionResult  result;
} CpExtraResult;

typedef struct
{
  int           level;
  gboolean      eligible;
  gboolean      needs_confirmation;
  CpDay         eligible_from;  /* 0: time alone cannot make the level eligible */
  GPtrArray    *clauses;        /* CpClauseResult * */
  CpClauseResult *chosen;       /* the clause the documents are for */
  GPtrArray    *extras;         /* CpExtraResult * */
  GPtrArray    *documents;      /* JsonObject * (borrowed), the documents to bring */
} CpLevelResult;

typedef struct
{
  CpDay       on;
  JsonObject *rule_set;  /* borrowed; NULL when no rule set covers the candidate */
  GPtrArray  *levels;    /* CpLevelResult *, levels 5 to 1 */
} CpEligibility;

/* A level decided, without its words: what the roster, the agenda and
 * the benchmarks need, at a fraction of the cost of the whole answer. */
typedef struct
{
  int         level;
  gboolean    eligible;
  gboolean    needs_confirmation;
  gboolean    unknown;          /* a clause lacks an input */
  CpDay       eligible_from;    /* 0: time alone cannot make the level eligible */
  JsonObject *chosen;           /* the clause it rests on (borrowed); NULL without clauses */
  int         chosen_number;
  guint       n_clauses;
} CpLevelDecision;

typedef struct
{
  CpDay           on;
  JsonObject     *rule_set;     /* borrowed; NULL when no rule set covers the candidate */
  CpLevelDecision levels[5];    /* levels 5 to 1 */
} CpEligibilityDecision;

/* The same decisions as cp_eligibility_evaluate (), in @out; allocates nothing. */
void           cp_eligibility_decide   (CpPolicyPack          *pack,
                                        CpProfile             *profile,
                                        CpDay                  on,
                                        CpEligibilityDecision *out);

/* The whole answer, each condition put in words in the UI language. */
CpEligibility *cp_eligibility_evaluate (CpPolicyPack  *pack,
                                        CpProfile     *profile,
                                        CpDay          on);
/* The same answer, each condition's text and detail left NULL: for a
 * roster, which prints levels, clauses and documents but no condition. */
CpEligibility *cp_eligibility_evaluate_brief (CpPolicyPack  *pack,
                                              CpProfile     *profile,
                                              CpDay          on);
void           cp_eligibility_free     (CpEligibility *self);

CpLevelResult *cp_eligibility_get_level (CpEligibility *self,
                                         int            level);

/* One line that says where the level stands, as its card in the app does. */
char          *cp_level_result_headline (const CpLevelResult *level,
                                         CpDay                on);

JsonNode      *cp_eligibility_to_json  (CpEligibility *self,
                                        CpProfile     *profile);
char          *cp_eligibility_to_text  (CpEligibility *self,
                                        CpPolicyPack  *pack,
                                        CpProfile     *profile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpEligibility, cp_eligibility_free)

G_END_DECLS
