/* cp-subsidy.h: the skill upgrade subsidy (职业技能提升补贴) for a certificate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"
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
  gboolean     eligible;        /* every condition met (or to be confirmed) */
  gboolean     needs_confirmation;
  gboolean     unknown;         /* something the answer needs is missing (the
                                 * reasons marked UNKNOWN, such as the birth
                                 * date): the amount holds only if it turns
                                 * out right */
  gint64       base;            /* CP_YUAN_UNKNOWN when the data does not say */
  gint64       uplift;
  gint64       amount;          /* 0 when not eligible; CP_YUAN_UNKNOWN when a
                                 * figure or an input it needs is missing */
  int          uplift_percent;  /* 0 when none applies */
  JsonObject  *catalogue;       /* borrowed; NULL if none covers the certificate */
  CpDay        deadline;        /* last day to apply; 0 if unknown */
  gboolean     deadline_approximate;
  int          days_left;       /* from the application day to the deadline */
  gboolean     unconfirmed_validity;  /* rests on a rule past its end date */
  GPtrArray   *reasons;         /* CpSubsidyReason * */
} CpSubsidyAnswer;

CpSubsidyAnswer *cp_subsidy_evaluate      (CpPolicyPack               *pack,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpSubsidyAnswer, cp_subsidy_answer_free)

G_END_DECLS
