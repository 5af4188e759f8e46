/* cp-work-time.h: how long someone has worked, and since when a
 * "N years' work" condition holds
 *
 * The rules are written down in docs/counting-time.md; this is the only
 * place that applies them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-profile.h"

G_BEGIN_DECLS

/* @day moved by @years whole years; 29 February becomes 1 March in a year
 * without it (so a period started on 29 February has lasted one year on
 * 1 March of the next year). */
CpDay    cp_date_add_years        (CpDay   day,
                                   int     years);

/* Whole years of age on @on of someone born on @birth (0 before birth):
 * a person is N on their Nth birthday, as cp_date_add_years () moves it. */
int      cp_age_on                (CpDay   birth,
                                   CpDay   on);

/* A draft may hold a period with no start, or one that ends before it
 * starts; such a period counts for nothing and is reported, not guessed. */
gboolean cp_work_period_is_valid  (const CpWorkPeriod *period);
guint    cp_work_periods_n_invalid (GArray           *periods);

/* Days worked before @day (up to @day − 1), counting only work on or after
 * @since (0: all work); overlapping periods count once. */
guint    cp_work_days_before      (GArray *periods,
                                   CpDay   since,
                                   CpDay   day);

/* The length in days of the @years years that end the day before @day. */
guint    cp_years_in_days         (CpDay   day,
                                   guint   years);

gboolean cp_work_years_met        (GArray *periods,
                                   CpDay   since,
                                   guint   years,
                                   CpDay   day);

/* The first day on which @years years are met, supposing that ongoing
 * work goes on; 0 when time alone cannot meet them. */
CpDay    cp_work_years_met_from   (GArray *periods,
                                   CpDay   since,
                                   guint   years);

/* A profile's work periods sorted and merged once, so that every
 * condition of an answer counts on the same few spans. */
typedef struct
{
  CpDay first;
  CpDay last;   /* CP_WORK_ONGOING while the work goes on */
} CpWorkSpan;

#define CP_WORK_ONGOING G_MAXUINT32

typedef struct
{
  CpWorkSpan *spans;
  guint       n_spans;
  guint       n_invalid;         /* periods that count for nothing */
  CpWorkSpan  inline_spans[8];   /* most candidates have a few jobs */
} CpWorkSpans;

void     cp_work_spans_init        (CpWorkSpans       *self,
                                    GArray            *periods);
void     cp_work_spans_clear       (CpWorkSpans       *self);
guint    cp_work_spans_days_before (const CpWorkSpans *self,
                                    CpDay              since,
                                    CpDay              day);
gboolean cp_work_spans_years_met   (const CpWorkSpans *self,
                                    CpDay              since,
                                    guint              years,
                                    CpDay              day);
CpDay    cp_work_spans_met_from    (const CpWorkSpans *self,
                                    CpDay              since,
                                    guint              years);

/* Whole years (by the rule above, counted back from @on) and months in
 * @days, to show how far a candidate has come. */
void     cp_work_days_to_years_months (guint  days,
                                       CpDay  on,
                                       guint *years,
                                       guint *months);

G_END_DECLS
