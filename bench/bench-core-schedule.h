/* bench-core-schedule.h: issue 19's measures of the schedule side, for
 * bench-core: milestones, a month of a 10 000-session calendar, and a
 * class list of 10 000 rows read, evaluated and put out row by row
 *
 * Inputs vary on every iteration (exam days, centres, rows), so nothing
 * is answered twice or optimised away. CPU time of this process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cp-policy-pack.h"

G_BEGIN_DECLS

typedef struct
{
  double milestones_per_second;           /* sessions' whole timelines, each counted once */
  double calendar_month_10k_sessions_ms;  /* one month's marks, the index already built */
  double calendar_index_10k_sessions_ms;  /* building that index, once per change of the sessions */
  double roster_rows_per_second;          /* CSV in, each row evaluated and written as CSV */
} BenchSchedule;

void bench_schedule_measure  (CpPolicyPack        *pack,
                              BenchSchedule       *out);
/* The keys of bench-core --json. */
void bench_schedule_add_json (JsonBuilder         *builder,
                              const BenchSchedule *measured);
void bench_schedule_print    (const BenchSchedule *measured);

G_END_DECLS
