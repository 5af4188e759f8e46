/* cp-policy-sources.h: the documents behind a figure, as people can read
 * them, and how sure the figure is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* From the firmest to the weakest; a figure is as sure as the weakest
 * source it rests on. */
typedef enum
{
  CP_CERTAINTY_CONFIRMED,    /* checked outside the seeds */
  CP_CERTAINTY_SECONDARY,    /* news or reposts only */
  CP_CERTAINTY_SEED_ONLY,    /* found only in the seed documents */
  CP_CERTAINTY_UNOFFICIAL,   /* an unofficial article */
} CpCertainty;

/* The status of source @id, or CP_CERTAINTY_UNOFFICIAL if unknown. */
CpCertainty  cp_policy_source_certainty  (CpPolicyPack *pack,
                                          const char   *id);
/* The weakest status of the sources of @record (CONFIRMED for NULL). */
CpCertainty  cp_policy_record_certainty  (CpPolicyPack *pack,
                                          JsonObject   *record);
/* "confirmed", "secondary", "seed_only", "unofficial" */
const char  *cp_certainty_to_string      (CpCertainty   certainty);
/* In the UI language: "confirmed", "seed documents only"… */
const char  *cp_certainty_label          (CpCertainty   certainty);

/* One source in a line: "粤人社规〔2023〕13号, 2023-07-22" (its number, else
 * its title, and its date or month). */
char        *cp_policy_source_cite       (CpPolicyPack *pack,
                                          const char   *id);
/* The sources of @record cited, joined by "; "; NULL if it has none. */
char        *cp_policy_record_cite       (CpPolicyPack *pack,
                                          JsonObject   *record);
/* All of it: title, issuer, number, date, link, status. */
char        *cp_policy_source_describe   (CpPolicyPack *pack,
                                          const char   *id);

/* "Data last checked on 2026-12-01. Not known then: …" from pack.json;
 * NULL when the pack does not say. */
char        *cp_policy_checked_text      (CpPolicyPack *pack);

G_END_DECLS
