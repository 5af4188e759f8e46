/* cp-agenda-levels.h: what the agenda asks of the eligibility engine, one
 * candidate at a time (internal to the agenda)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean    eligible;
  CpDay       eligible_from;  /* 0: time alone cannot open the level */
  JsonObject *clause;         /* the clause it rests on (borrowed from the pack), or NULL */
  int         clause_number;
} CpAgendaLevel;

/* The engine's answers for one candidate, each day asked once. */
typedef struct _CpAgendaLevels CpAgendaLevels;

CpAgendaLevels      *cp_agenda_levels_new  (CpPolicyPack   *pack,
                                            CpProfile      *profile);
void                 cp_agenda_levels_free (CpAgendaLevels *self);
/* @level 1–5 on @day. */
const CpAgendaLevel *cp_agenda_levels_get  (CpAgendaLevels *self,
                                            CpDay           day,
                                            int             level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAgendaLevels, cp_agenda_levels_free)

G_END_DECLS
