/* cp-agenda-event.c: one thing due, and what it is called
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-agenda.h"
#include "cp-policy-query.h"
#include "cp-text.h"

static const char * const kind_names[CP_AGENDA_N_KINDS] = {
  "eligible", "subsidy_deadline", "registration_closes", "papers_due", "exam", "results", "review_request",
};

const char *
cp_agenda_kind_to_string (CpAgendaKind kind)
{
  g_return_val_if_fail (kind < CP_AGENDA_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
cp_agenda_kind_from_string (const char   *text,
                            CpAgendaKind *out_kind)
{
  for (guint i = 0; i < CP_AGENDA_N_KINDS; i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
cp_agenda_kind_label (CpAgendaKind kind)
{
  switch (kind)
    {
    case CP_AGENDA_ELIGIBLE:
      return _("Becomes eligible");
    case CP_AGENDA_SUBSIDY_DEADLINE:
      return _("Subsidy claim closes");
    case CP_AGENDA_REGISTRATION_CLOSES:
      return _("Registration closes");
    case CP_AGENDA_PAPERS_DUE:
      return _("Papers due");
    case CP_AGENDA_EXAM:
      return _("Exam");
    case CP_AGENDA_RESULTS:
      return _("Results");
    case CP_AGENDA_REVIEW_REQUEST:
      return _("Review request closes");
    default:
      g_return_val_if_reached (NULL);
    }
}

CpAgendaEvent *
cp_agenda_event_copy (const CpAgendaEvent *event)
{
  CpAgendaEvent *copy = g_memdup2 (event, sizeof *event);

  copy->candidate_id = g_strdup (event->candidate_id);
  copy->candidate = g_strdup (event->candidate);
  copy->session_id = g_strdup (event->session_id);
  copy->channel = g_strdup (event->channel);
  copy->occupation = g_strdup (event->occupation);
  copy->sources = g_strdupv (event->sources);
  return copy;
}

void
cp_agenda_event_free (CpAgendaEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->candidate_id);
  g_free (event->candidate);
  g_free (event->session_id);
  g_free (event->channel);
  g_free (event->occupation);
  g_strfreev (event->sources);
  g_free (event);
}

/* The registration system a channel id stands for, as the session names it. */
static const char *
channel_name (const CpAgendaEvent *event)
{
  JsonArray *channels = json_object_get_array_member (event->session, "registration");

  for (guint i = 0; i < json_array_get_length (channels); i++)
    {
      JsonObject *channel = json_array_get_object_element (channels, i);

      if (g_strcmp0 (json_object_get_string_member (channel, "channel"), event->channel) == 0)
        return cp_text_get_member (channel, "name", NULL);
    }
  return event->channel;
}

static char *
session_text (const CpAgendaEvent *event,
              CpPolicyPack        *pack)
{
  const char *exam = json_object_get_string_member (event->session, "exam_date");
  const char *centre_id = json_object_get_string_member_with_default (event->session, "centre", NULL);
  JsonObject *centre = centre_id != NULL ? cp_policy_find (pack, "exams.json", "centres", "id", centre_id) : NULL;
  const char *place = centre != NULL ? cp_text_get_member (centre, "name", NULL) : centre_id;

  if (place == NULL)
    place = event->session_id;
  switch (event->kind)
    {
    case CP_AGENDA_REGISTRATION_CLOSES:
      /* Translators: a registration system, the exam date, a level, an exam centre */
      return g_strdup_printf (_("Registration closes on %s for the exam of %s (level %d, %s)"),
                              channel_name (event), exam, event->level, place);
    case CP_AGENDA_PAPERS_DUE:
      /* Translators: the exam date, a level, an exam centre */
      return g_strdup_printf (_("Signed papers due for the exam of %s (level %d, %s)"), exam, event->level, place);
    case CP_AGENDA_EXAM:
      /* Translators: a level, an exam centre */
      return g_strdup_printf (_("Exam, level %d, at %s"), event->level, place);
    case CP_AGENDA_RESULTS:
      /* Translators: the exam date, a level */
      return g_strdup_printf (_("Results of the exam of %s (level %d) published by this day"), exam, event->level);
    case CP_AGENDA_REVIEW_REQUEST:
      /* Translators: the exam date, a level */
      return g_strdup_printf (_("Last day to request a review of the exam of %s (level %d)"), exam, event->level);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
cp_agenda_event_text (const CpAgendaEvent *event,
                      CpPolicyPack        *pack)
{
  g_autofree char *text = NULL;
  g_autofree char *issued = NULL;

  g_return_val_if_fail (event != NULL, NULL);

  switch (event->kind)
    {
    case CP_AGENDA_ELIGIBLE:
      if (event->clause != 0)
        /* Translators: a level, then the number of the clause of the rules */
        text = g_strdup_printf (_("Level %d becomes open to apply for, by clause %d"), event->level, event->clause);
      else
        /* Translators: a level */
        text = g_strdup_printf (_("Level %d becomes open to apply for"), event->level);
      break;
    case CP_AGENDA_SUBSIDY_DEADLINE:
      issued = cp_date_format (event->issued);
      /* Translators: a level, then the certificate's date of issue */
      text = g_strdup_printf (_("Last day to claim the skill upgrade subsidy for the level %d certificate issued %s"),
                              event->level, issued);
      break;
    default:
      if (event->session == NULL)
        return g_strdup (cp_agenda_kind_label (event->kind));
      text = session_text (event, pack);
    }
  if (event->approximate)
    /* Translators: a sentence of the agenda whose date is approximate */
    return g_strdup_printf (_("%s (approximate)"), text);
  return g_steal_pointer (&text);
}

int
cp_agenda_event_countdown (const CpAgendaEvent *event,
                           CpWorkCalendar      *calendar,
                           CpDay                today,
                           gboolean            *approximate)
{
  g_return_val_if_fail (event != NULL && calendar != NULL, 0);
  return cp_work_calendar_between (calendar, today, event->date, approximate);
}

int
cp_agenda_event_compare (const CpAgendaEvent *a,
                         const CpAgendaEvent *b)
{
  int order;

  if (a->date != b->date)
    return a->date < b->date ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  if ((order = g_strcmp0 (a->candidate, b->candidate)) != 0 ||
      (order = g_strcmp0 (a->candidate_id, b->candidate_id)) != 0 ||
      (order = g_strcmp0 (a->session_id, b->session_id)) != 0 ||
      (order = g_strcmp0 (a->channel, b->channel)) != 0)
    return order;
  return a->level - b->level;
}
