/* cp-icalendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-icalendar.h"
#include "cp-policy-query.h"
#include "cp-text.h"

#include <string.h>

/* RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped. */
static void
append_escaped (GString    *line,
                const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
      case ';':
      case ',':
        g_string_append_c (line, '\\');
        g_string_append_c (line, *p);
        break;
      case '\n':
        g_string_append (line, "\\n");
        break;
      case '\r':
        break;
      default:
        g_string_append_c (line, *p);
      }
}

/* RFC 5545 §3.1: lines of at most 75 octets, CRLF, continued with a space;
 * never cut inside a UTF-8 sequence. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize limit = 75;

  while (length - start > limit)
    {
      gsize cut = start + limit;

      while (cut > start && (line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + start, cut - start);
      g_string_append (out, "\r\n ");
      start = cut;
      /* The leading space of a continuation counts. */
      limit = 74;
    }
  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

static void
property (GString    *out,
          const char *name,
          const char *value,
          gboolean    escape)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  if (escape)
    append_escaped (line, value);
  else
    g_string_append (line, value);
  append_folded (out, line->str);
}

static char *
ical_date (CpDay day)
{
  int year, month, mday;

  cp_date_to_ymd (day, &year, &month, &mday);
  return g_strdup_printf ("%04d%02d%02d", year, month, mday);
}

static void
add_event (GString           *out,
           CpPolicyPack      *pack,
           JsonObject        *session,
           const CpMilestone *milestone,
           const char        *stamp)
{
  JsonObject *centre = cp_policy_find (pack, "exams.json", "centres", "id", json_object_get_string_member (session, "centre"));
  g_autofree char *uid = g_strdup_printf ("%s-%s@certpath.github.io", json_object_get_string_member (session, "id"),
                                          milestone->kind);
  g_autofree char *summary = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GString) levels = g_string_new (NULL);
  JsonArray *level_array = json_object_get_array_member (session, "levels");
  CpIcalEvent event = { NULL };

  for (guint i = 0; i < json_array_get_length (level_array); i++)
    g_string_append_printf (levels, "%s%" G_GINT64_FORMAT, i > 0 ? "/" : "", json_array_get_int_element (level_array, i));
  /* Translators: milestone, exam date, levels */
  summary = g_strdup_printf (_("%s — exam of %s (level %s)"), milestone->label,
                             json_object_get_string_member (session, "exam_date"), levels->str);

  g_string_append_printf (description, "%s\n", cp_text_get_member (centre, "name", NULL));
  if (milestone->derived && milestone->rule != NULL)
    /* Translators: the id of the rule a date was worked out from */
    g_string_append_printf (description, _("Worked out from rule %s, not printed in the notice."),
                            json_object_get_string_member (milestone->rule, "id"));
  else
    g_string_append (description, _("As printed in the session's notice."));
  if (milestone->approximate)
    g_string_append_printf (description, "\n%s", _("Approximate: that year's public holidays are not published yet."));

  event.uid = uid;
  event.date = milestone->date;
  event.summary = summary;
  event.description = description->str;
  if (centre != NULL && !json_object_get_null_member (centre, "address"))
    event.location = cp_text_get_member (centre, "address", NULL);
  event.alarm = milestone->deadline ? "-P1D" : NULL;
  cp_icalendar_add (out, &event, stamp);
}

void
cp_icalendar_add (GString           *out,
                  const CpIcalEvent *event,
                  const char        *stamp)
{
  g_autofree char *start = ical_date (event->date);
  g_autofree char *end = ical_date (event->date + 1);

  append_folded (out, "BEGIN:VEVENT");
  property (out, "UID", event->uid, FALSE);
  property (out, "DTSTAMP", stamp, FALSE);
  property (out, "DTSTART;VALUE=DATE", start, FALSE);
  property (out, "DTEND;VALUE=DATE", end, FALSE);
  property (out, "SUMMARY", event->summary, TRUE);
  property (out, "DESCRIPTION", event->description, TRUE);
  if (event->location != NULL)
    property (out, "LOCATION", event->location, TRUE);
  property (out, "TRANSP", "TRANSPARENT", FALSE);
  if (event->alarm != NULL)
    {
      append_folded (out, "BEGIN:VALARM");
      property (out, "ACTION", "DISPLAY", FALSE);
      property (out, "DESCRIPTION", event->summary, TRUE);
      property (out, "TRIGGER", event->alarm, FALSE);
      append_folded (out, "END:VALARM");
    }
  append_folded (out, "END:VEVENT");
}

GString *
cp_icalendar_begin (void)
{
  GString *out = g_string_new (NULL);
  g_autofree char *product = g_strdup_printf ("-//Certpath//Certpath %s//EN", PACKAGE_VERSION);

  append_folded (out, "BEGIN:VCALENDAR");
  property (out, "VERSION", "2.0", FALSE);
  property (out, "PRODID", product, FALSE);
  property (out, "CALSCALE", "GREGORIAN", FALSE);
  property (out, "METHOD", "PUBLISH", FALSE);
  return out;
}

char *
cp_icalendar_end (GString *out)
{
  append_folded (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

char *
cp_icalendar_stamp (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

char *
cp_icalendar_from_sessions (CpPolicyPack   *pack,
                            CpWorkCalendar *calendar,
                            GPtrArray      *sessions,
                            GDateTime      *stamp)
{
  GString *out = cp_icalendar_begin ();
  g_autofree char *stamp_text = cp_icalendar_stamp (stamp);

  for (guint i = 0; i < sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (sessions, i);
      g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, session);

      for (guint k = 0; k < milestones->len; k++)
        {
          const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, k);

          if (milestone->date != 0)
            add_event (out, pack, session, milestone, stamp_text);
        }
    }
  return cp_icalendar_end (out);
}
