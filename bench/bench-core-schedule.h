/* bench-core-schedule.h: issue 19's figures of the schedule side, for
 * bench-core: sessions' milestones, a month of a 10 000-session calendar,
 * and a class list of 10 000 rows read, evaluated and put out row by row
 *
 * Inputs vary on every iteration (exam days, centres, rows), so nothing
 * is answered twice or optimised away. This thread's CPU time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* Sessions' whole timelines (a dozen dates each) a second. */
double bench_milestones_per_second          (CpPolicyPack *pack);
/* One month's marks of 10 000 sessions, their index already built (as it
 * is once per change of the sessions), in ms. */
double bench_calendar_month_10k_sessions_ms (CpPolicyPack *pack);
/* Rows of a 10 000-row class a second: CSV in, each row evaluated and
 * written out as CSV, as certpath-cli roster does. */
double bench_roster_rows_per_second         (CpPolicyPack *pack);

G_END_DECLS
