/* cp-conditions.h: one condition of a clause, decided against a profile,
 * and put in words when someone reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-eligibility.h"
#include "cp-policy-model.h"
#include "cp-work-time.h"

G_BEGIN_DECLS

/* What a condition found in the profile. */
typedef enum
{
  CP_ITEM_FOUND,       /* the dated item (or the figures) it rests on */
  CP_ITEM_UNDATED,     /* only an item without its date */
  CP_ITEM_NONE,        /* nothing that counts */
  CP_ITEM_FINAL_YEAR,  /* a graduating student */
  CP_ITEM_FUTURE,      /* work that starts later */
} CpConditionItem;

typedef struct
{
  CpConditionStatus status;
  gboolean          reachable;  /* met now, or time alone will meet it */
  CpDay             met_from;   /* when reachable: from that day (0: no date limit) */
  CpConditionItem   item;
  CpDay             item_day;   /* the item's date: issued, obtained, graduated, work start */
  CpDay             since;      /* work counted from this day (0: all of it) */
  guint             figure;     /* days worked; hours trained */
} CpConditionDecision;

/* The profile as the conditions read it, gathered once per answer. */
typedef struct
{
  CpProfile   *profile;
  CpDay        birth;
  GArray      *periods;
  CpWorkSpans  work;
  GArray      *certificates;
  GArray      *titles;
  GArray      *education;
  guint       *education_kinds;  /* per education item: its kind's bit, 0 if none */
  guint        inline_kinds[8];
  int          training_hours;
  CpDay        on;               /* the day asked about, and its date */
  int          on_year, on_month, on_mday;
  guint        language;         /* of the words: 0 English, 1 Chinese; set by who explains */
} CpProfileFacts;

void        cp_profile_facts_init     (CpProfileFacts            *facts,
                                       CpProfile                 *profile,
                                       CpDay                      on);
void        cp_profile_facts_clear    (CpProfileFacts            *facts);

void        cp_condition_decide       (const CpModelCondition    *condition,
                                       const CpProfileFacts      *facts,
                                       CpDay                      on,
                                       CpConditionDecision       *decision);
/* Fills @result from @decision, with the text in the UI language. */
void        cp_condition_explain      (const CpModelCondition    *condition,
                                       const CpProfileFacts      *facts,
                                       CpDay                      on,
                                       const CpConditionDecision *decision,
                                       CpConditionResult         *result);
void        cp_condition_result_clear (CpConditionResult         *result);

/* Compiles @object (a condition of eligibility.json). */
void        cp_model_condition_init   (CpModelCondition          *condition,
                                       JsonObject                *object);
void        cp_model_condition_clear  (CpModelCondition          *condition);
/* The bit of an education kind of the profile format, 0 if unknown. */
guint       cp_education_kind_bit     (const char                *kind);

const char *cp_education_kind_name    (const char                *kind);
const char *cp_title_grade_name       (const char                *grade);

G_END_DECLS
