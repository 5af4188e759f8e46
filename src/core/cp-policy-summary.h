/* cp-policy-summary.h: what a policy pack holds, in counts and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* A JSON object: the pack's version and date, the count of each kind of
 * record, the dates covered, and every source with how sure we are of it. */
JsonNode *cp_policy_summary_new     (CpPolicyPack *pack);

/* The same summary as lines of text for a terminal, in @language. */
char     *cp_policy_summary_to_text (JsonNode     *summary,
                                     CpPolicyPack *pack,
                                     const char   *language);

G_END_DECLS
