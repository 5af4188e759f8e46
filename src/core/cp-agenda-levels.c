/* cp-agenda-levels.c
 *
 * The agenda needs each level's verdict and date, not the words of every
 * condition: a day's answer is reduced to that and kept, so asking again
 * (the window's first day, then each session's exam day) costs nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-agenda-levels.h"
#include "cp-eligibility.h"

typedef struct
{
  CpDay         day;
  CpAgendaLevel levels[5];  /* [level - 1] */
} DayAnswer;

struct _CpAgendaLevels
{
  CpPolicyPack *pack;
  CpProfile    *profile;
  GArray       *days;  /* DayAnswer: a candidate is asked about a few days only */
};

CpAgendaLevels *
cp_agenda_levels_new (CpPolicyPack *pack,
                      CpProfile    *profile)
{
  CpAgendaLevels *self = g_new0 (CpAgendaLevels, 1);

  /* Borrowed: the levels live only while the agenda looks at one profile. */
  self->pack = pack;
  self->profile = profile;
  self->days = g_array_sized_new (FALSE, FALSE, sizeof (DayAnswer), 4);
  return self;
}

void
cp_agenda_levels_free (CpAgendaLevels *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->days);
  g_free (self);
}

/* The engine's decision without its words: all the agenda needs, at a
 * fraction of the cost of the whole answer. */
static void
decide (CpAgendaLevels *self,
        DayAnswer      *answer)
{
  CpEligibilityDecision decision;

  cp_eligibility_decide (self->pack, self->profile, answer->day, &decision);
  for (guint i = 0; i < G_N_ELEMENTS (decision.levels); i++)
    {
      const CpLevelDecision *result = &decision.levels[i];
      CpAgendaLevel *out;

      if (result->level < 1 || result->level > 5)
        continue;
      out = &answer->levels[result->level - 1];
      out->eligible = result->eligible;
      out->eligible_from = result->eligible_from;
      out->clause = result->chosen;
      out->clause_number = result->chosen_number;
    }
}

const CpAgendaLevel *
cp_agenda_levels_get (CpAgendaLevels *self,
                      CpDay           day,
                      int             level)
{
  DayAnswer answer = { day, { { 0 } } };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level >= 1 && level <= 5, NULL);

  for (guint i = 0; i < self->days->len; i++)
    if (g_array_index (self->days, DayAnswer, i).day == day)
      return &g_array_index (self->days, DayAnswer, i).levels[level - 1];
  decide (self, &answer);
  g_array_append_val (self->days, answer);
  return &g_array_index (self->days, DayAnswer, self->days->len - 1).levels[level - 1];
}
