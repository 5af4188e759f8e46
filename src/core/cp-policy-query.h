/* cp-policy-query.h: looking things up in a policy pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* Whether a rule with valid_from / valid_to holds on @day; a rule past its
 * end that documents still apply (continues_unconfirmed) holds too. */
gboolean    cp_policy_in_force          (JsonObject   *record,
                                         CpDay         day);
/* Whether @record is known to hold on @day: in force, and on or after
 * its known start or the day it is known to have been in force by. A rule
 * whose start is unknown may hold before that, but nothing says so. */
gboolean    cp_policy_known_on          (JsonObject   *record,
                                         CpDay         day);
/* Whether @record ended before @day and is only taken to continue. */
gboolean    cp_policy_past_end          (JsonObject   *record,
                                         CpDay         day);

/* How many steps up from @city @region is (0: the city itself), or -1 if
 * @region is not @city nor above it. A rule of Guangdong holds in Shenzhen,
 * and Shenzhen's own rule comes first. */
int         cp_policy_region_distance   (CpPolicyPack *pack,
                                         const char   *region,
                                         const char   *city);

JsonObject *cp_policy_find              (CpPolicyPack *pack,
                                         const char   *file_name,
                                         const char   *member,
                                         const char   *key,
                                         const char   *value);

gboolean    cp_json_array_has_string    (JsonArray    *array,
                                         const char   *value);
gboolean    cp_json_array_has_int       (JsonArray    *array,
                                         gint64        value);

/* A date member, or 0 when null or absent. */
CpDay       cp_json_get_day             (JsonObject   *object,
                                         const char   *member);

G_END_DECLS
