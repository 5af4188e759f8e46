/* cp-policy-schema.h: the shape of each file of a policy pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-schema.h"

G_BEGIN_DECLS

/* The file's schema; NULL for a file name that is not part of a pack. */
const CpSchema *cp_policy_schema_for_file (const char *file_name);

/* The records a schedule feed shares with exams.json and sources.json. */
const CpSchema *cp_policy_schema_session (void);
const CpSchema *cp_policy_schema_centre  (void);
const CpSchema *cp_policy_schema_source  (void);
/* A course of courses.json, for one's own courses. */
const CpSchema *cp_policy_schema_course  (void);

G_END_DECLS
