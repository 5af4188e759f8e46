/* cp-policy-checks.h: checks across the records of a policy pack that a
 * schema cannot express
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-schema.h"

G_BEGIN_DECLS

/* Validity windows that end before they start or overlap for the same rule,
 * session deadlines after the exam, holidays outside their year, conditions
 * missing the figures their kind needs. @files maps file names to root
 * nodes; only files that matched their schema are in it. */
void cp_policy_checks_run (CpSchemaChecker *checker,
                           GHashTable      *files);

/* A session's deadlines (registration, papers, publication) may not be after
 * its exam; @path is where the session is, for the messages. */
void cp_policy_check_session (CpSchemaChecker *checker,
                              const char      *file_name,
                              JsonObject      *session,
                              const char      *path);

G_END_DECLS
