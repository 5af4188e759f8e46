/* cp-conditions.h: one condition of a clause, checked against a profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-eligibility.h"

G_BEGIN_DECLS

/* Fills @result for @condition (a record of eligibility.json) on @on. */
void        cp_condition_evaluate     (JsonObject        *condition,
                                       CpProfile         *profile,
                                       CpDay              on,
                                       CpConditionResult *result);
void        cp_condition_result_clear (CpConditionResult *result);

const char *cp_education_kind_name    (const char        *kind);
const char *cp_title_grade_name       (const char        *grade);

G_END_DECLS
