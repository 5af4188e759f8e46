/* cp-subsidy.h: the skill upgrade subsidy (职业技能提升补贴) for a certificate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"
#include "cp-policy-sources.h"
#include "cp-profile.h"

G_BEGIN_DECLS

typedef enum
{
  CP_REASON_MET,
  CP_REASON_NOT_MET,
  CP_REASON_UNKNOWN,   /* a figure or an input the answer needs is missing */
  CP_REASON_CONFIRM,   /* the candidate must confirm it; the app cannot check */
  CP_REASON_INFO,      /* a step of the calculation, not a condition */
} CpReasonStatus;

typedef struct
{
  CpReasonStatus  status;
  char           *text;     /* in the UI language */
  JsonObject     *record;   /* the pack record it rests on (borrowed), or NULL */
  gboolean        payable;  /* a step of the amount or the apply-by date: not shown when not eligible */
} CpSubsidyReason;

/* The certificate the question is about. */
typedef struct
{
  const char *occupation;
  int         level;
  CpDay       issued;
  const char *issuer;     /* "evaluation_org" or "employer" */
} CpSubsidyCertificate;

#define CP_YUAN_UNKNOWN G_MININT64

typedef struct
{
  CpPolicyPack *pack;           /* the answer's sources are read from it */
  gboolean     eligible;        /* every condition met (or to be confirmed) */
  gboolean     needs_confirmation;
  gboolean     unknown;         /* something the answer needs is missing (the
                                 * reasons marked UNKNOWN, such as the birth
                                 * date): the amount holds only if it turns
                                 * out right */
  gint64       base;            /* CP_YUAN_UNKNOWN when the data does not say */
  gint64       uplift;          /* the uplift, or its most when uplift_ceiling */
  gboolean     uplift_ceiling;  /* it may apply, but no source confirms it for this city, level and date */
  gint64       amount;          /* the firm figure: 0 when not eligible; CP_YUAN_UNKNOWN when a
                                 * range, or when a figure or an input it needs is missing */
  gint64       amount_min;      /* the range the sources allow, equal to amount when firm; */
  gint64       amount_max;      /* CP_YUAN_UNKNOWN where unknown */
  CpCertainty  certainty_min;   /* the weakest source each end rests on */
  CpCertainty  certainty_max;
  int          uplift_percent;  /* 0 when none applies; the most when uplift_ceiling */
  JsonObject  *catalogue;       /* borrowed; NULL if none covers the certificate */
  CpDay        deadline;        /* last day to apply; 0 if unknown */
  gboolean     deadline_approximate;
  int          days_left;       /* from the application day to the deadline */
  gboolean     unconfirmed_validity;  /* rests on a rule past its end date */
  GPtrArray   *ended_rules;     /* JsonObject * (borrowed): those rules */
  GPtrArray   *reasons;         /* CpSubsidyReason * */
  GPtrArray   *procedures;      /* JsonObject * (borrowed): how to claim in the city */
} CpSubsidyAnswer;

/* The figures and verdict of an answer, without its words. */
typedef struct
{
  gboolean     eligible;
  gboolean     needs_confirmation;
  gboolean     unknown;
  gint64       base;
  gint64       uplift;
  gboolean     uplift_ceiling;
  gint64       amount;
  gint64       amount_min;
  gint64       amount_max;
  CpCertainty  certainty_min;
  CpCertainty  certainty_max;
  int          uplift_percent;
  JsonObject  *catalogue;
  CpDay        deadline;
  gboolean     deadline_approximate;
  int          days_left;
  gboolean     unconfirmed_validity;
} CpSubsidyDecision;

/* The same decision as cp_subsidy_evaluate (), in @out; allocates nothing. */
void             cp_subsidy_decide        (CpPolicyPack               *pack,
                                           CpProfile                  *profile,
                                           const CpSubsidyCertificate *certificate,
                                           const char                 *claim_city,
                                           CpDay                       on,
                                           CpSubsidyDecision          *out);
/* The whole answer, each step put in words in the UI language. */
CpSubsidyAnswer *cp_subsidy_evaluate      (CpPolicyPack               *pack,
                                           CpProfile                  *profile,
                                           const CpSubsidyCertificate *certificate,
                                           const char                 *claim_city,
                                           CpDay                       on);
/* The same answer, each reason's text left NULL: for a roster, which
 * prints the figures and not the steps. */
CpSubsidyAnswer *cp_subsidy_evaluate_brief (CpPolicyPack               *pack,
                                            CpProfile                  *profile,
                                            const CpSubsidyCertificate *certificate,
                                            const char                 *claim_city,
                                            CpDay                       on);
void             cp_subsidy_answer_free   (CpSubsidyAnswer            *self);
/* Eligible as far as can be told, every figure known, but an input is
 * missing (the birth date, say): the amount waits for it. */
gboolean         cp_subsidy_answer_waits_for_input (CpSubsidyAnswer *self);

JsonNode        *cp_subsidy_answer_to_json (CpSubsidyAnswer *self);
char            *cp_subsidy_answer_to_text (CpSubsidyAnswer *self);

/* @member: whole yuan, or null for CP_YUAN_UNKNOWN. */
void             cp_json_add_yuan (JsonBuilder *builder,
                                   const char  *member,
                                   gint64       yuan);

/* The first line: the amount or its range and how sure it is. */
char            *cp_subsidy_answer_headline (CpSubsidyAnswer *self);
/* "2400–3120 yuan" or "3120 yuan", NULL when unknown. */
char            *cp_subsidy_answer_format_amount (CpSubsidyAnswer *self);
/* Said once above the answer when it rests on rules past their stated end
 * date; NULL when it does not. */
char            *cp_subsidy_answer_banner (CpSubsidyAnswer *self);
/* How to claim in @city: the procedures of the city and the regions above
 * it in force on @on, JsonObject * (borrowed), the city's first. */
GPtrArray       *cp_subsidy_claim_procedures (CpPolicyPack *pack,
                                              const char   *city,
                                              CpDay         on);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpSubsidyAnswer, cp_subsidy_answer_free)

G_END_DECLS
