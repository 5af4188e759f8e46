/* cp-agenda-output.c: the agenda as JSON, a table (CSV, XLSX) and iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-agenda.h"
#include "cp-icalendar.h"
#include "cp-roster.h"

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_day (JsonBuilder *builder,
         const char  *member,
         CpDay        day)
{
  g_autofree char *text = cp_date_format (day);

  add_string (builder, member, text);
}

JsonNode *
cp_agenda_to_json (CpAgenda     *self,
                   CpPolicyPack *pack)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_day (builder, "from", self->from);
  add_day (builder, "to", self->to);
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->events->len; i++)
    {
      const CpAgendaEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *text = cp_agenda_event_text (event, pack);

      json_builder_begin_object (builder);
      add_day (builder, "date", event->date);
      add_string (builder, "kind", cp_agenda_kind_to_string (event->kind));
      add_string (builder, "candidate", event->candidate);
      add_string (builder, "candidate_id", event->candidate_id);
      json_builder_set_member_name (builder, "level");
      json_builder_add_int_value (builder, event->level);
      add_string (builder, "session", event->session_id);
      add_string (builder, "text", text);
      json_builder_set_member_name (builder, "sources");
      json_builder_begin_array (builder);
      for (guint k = 0; event->sources != NULL && event->sources[k] != NULL; k++)
        json_builder_add_string_value (builder, event->sources[k]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static GStrv
record (const char *first,
        ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);
  return g_strv_builder_end (builder);
}

GPtrArray *
cp_agenda_to_table (CpAgenda     *self,
                    CpPolicyPack *pack)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_return_val_if_fail (self != NULL, table);

  g_ptr_array_add (table, record (_("Date"), _("Kind"), _("Candidate"), _("Candidate id"), _("Level"),
                                  _("Session"), _("What is due"), _("Sources"), NULL));
  for (guint i = 0; i < self->events->len; i++)
    {
      const CpAgendaEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *date = cp_date_format (event->date);
      g_autofree char *level = g_strdup_printf ("%d", event->level);
      g_autofree char *text = cp_agenda_event_text (event, pack);
      g_autofree char *sources = event->sources != NULL ? g_strjoinv (", ", event->sources) : g_strdup ("");

      g_ptr_array_add (table, record (date, cp_agenda_kind_label (event->kind),
                                      event->candidate != NULL ? event->candidate : "", event->candidate_id,
                                      level, event->session_id != NULL ? event->session_id : "", text, sources,
                                      NULL));
    }
  return table;
}

char *
cp_agenda_to_csv (CpAgenda     *self,
                  CpPolicyPack *pack)
{
  g_autoptr(GPtrArray) table = cp_agenda_to_table (self, pack);

  return cp_roster_table_to_csv (table);
}

/* Stable across exports, so a calendar that imports the file again
 * updates its events rather than doubling them. */
static char *
event_uid (const CpAgendaEvent *event)
{
  g_autoptr(GString) uid = g_string_new (event->candidate_id);

  g_string_append_printf (uid, "-%s-%d", cp_agenda_kind_to_string (event->kind), event->level);
  if (event->session_id != NULL)
    g_string_append_printf (uid, "-%s", event->session_id);
  if (event->channel != NULL)
    g_string_append_printf (uid, "-%s", event->channel);
  if (event->issued != 0)
    g_string_append_printf (uid, "-%u", event->issued);
  g_string_append (uid, "@certpath.github.io");
  return g_string_free (g_steal_pointer (&uid), FALSE);
}

char *
cp_agenda_to_icalendar (CpAgenda     *self,
                        CpPolicyPack *pack,
                        GDateTime    *stamp,
                        guint         alarm_days)
{
  GString *out;
  g_autofree char *stamp_text = NULL;
  /* All-day events start at midnight: a reminder on the day itself comes
   * at nine in the morning. */
  g_autofree char *alarm = alarm_days > 0 ? g_strdup_printf ("-P%uD", alarm_days) : g_strdup ("PT9H");

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  out = cp_icalendar_begin ();
  stamp_text = cp_icalendar_stamp (stamp);
  for (guint i = 0; i < self->events->len; i++)
    {
      const CpAgendaEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *uid = event_uid (event);
      g_autofree char *text = cp_agenda_event_text (event, pack);
      /* Translators: a candidate's name, then what is due */
      g_autofree char *summary = g_strdup_printf (_("%s: %s"), event->candidate != NULL ? event->candidate
                                                                                        : event->candidate_id, text);
      g_autofree char *sources = event->sources != NULL ? g_strjoinv (", ", event->sources) : NULL;
      /* Translators: the kind of agenda event, then the ids of its sources */
      g_autofree char *description = g_strdup_printf (_("%s. Sources: %s"), cp_agenda_kind_label (event->kind),
                                                      sources != NULL && sources[0] != '\0' ? sources : "—");
      CpIcalEvent ical = { uid, event->date, summary, description, NULL, alarm };

      cp_icalendar_add (out, &ical, stamp_text);
    }
  return cp_icalendar_end (out);
}
