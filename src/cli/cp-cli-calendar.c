/* cp-cli-calendar.c: certpath-cli calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "cp-cli.h"
#include "cp-icalendar.h"
#include "cp-policy-query.h"
#include "cp-text.h"

static gboolean
session_wanted (CpPolicyPack *pack,
                JsonObject   *session,
                const char   *city,
                int           level,
                CpDay         from,
                CpDay         to)
{
  CpDay exam = cp_json_get_day (session, "exam_date");

  if (city != NULL && cp_policy_region_distance (pack, city, json_object_get_string_member (session, "region")) < 0)
    return FALSE;
  if (level != 0 && !cp_json_array_has_int (json_object_get_array_member (session, "levels"), level))
    return FALSE;
  return (from == 0 || exam >= from) && (to == 0 || exam <= to);
}

static void
add_milestones_json (JsonBuilder *builder,
                     GArray      *milestones)
{
  json_builder_set_member_name (builder, "milestones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < milestones->len; i++)
    {
      const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, i);
      g_autofree char *date = milestone->date != 0 ? cp_date_format (milestone->date) : NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, milestone->kind);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, milestone->label);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, date);
      json_builder_set_member_name (builder, "derived");
      json_builder_add_boolean_value (builder, milestone->derived);
      json_builder_set_member_name (builder, "approximate");
      json_builder_add_boolean_value (builder, milestone->approximate);
      json_builder_set_member_name (builder, "other_organisation");
      json_builder_add_boolean_value (builder, milestone->other_organisation);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, milestone->rule != NULL ? json_object_get_string_member (milestone->rule, "id") : NULL);
      json_builder_set_member_name (builder, "sources");
      if (milestone->rule != NULL)
        json_builder_add_value (builder, json_node_copy (json_object_get_member (milestone->rule, "sources")));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

int
cp_cli_calendar (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpWorkCalendar) calendar = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autofree char *format_text = NULL;
  g_autofree char *city = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *today_text = NULL;
  int level = 0;
  CpDay from = 0, to = 0, today;
  JsonArray *all;
  const GOptionEntry entries[] = {
    { "city", 0, 0, G_OPTION_ARG_STRING, &city, "Only sessions in this city (or province)", "CITY" },
    { "level", 'l', 0, G_OPTION_ARG_INT, &level, "Only sessions of this level", "N" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, "Exams on or after this day", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, "Exams on or before this day", "YYYY-MM-DD" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "The day for the status (default: today)", "YYYY-MM-DD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text, json or ics", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("- exam sessions with every deadline and milestone");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (format_text != NULL && !g_str_equal (format_text, "text") && !g_str_equal (format_text, "json") &&
      !g_str_equal (format_text, "ics"))
    return cp_cli_usage_error (context, "--format must be text, json or ics");
  if (argc != 1 || level < 0 || level > 5)
    return cp_cli_usage_error (context, "no arguments but options; --level is 1 to 5");
  if ((from_text != NULL && cp_date_parse (from_text, &from) != CP_DATE_OK) ||
      (to_text != NULL && cp_date_parse (to_text, &to) != CP_DATE_OK) || !cp_cli_parse_day (today_text, &today))
    return cp_cli_usage_error (context, "dates are written YYYY-MM-DD");

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  if (city != NULL && !cp_cli_region_exists (pack, city))
    return cp_cli_usage_error (context, "--city is not a region of the policy data");
  calendar = cp_work_calendar_new (pack);

  all = cp_policy_pack_get_records (pack, "exams.json", "sessions");
  for (guint i = 0; i < json_array_get_length (all); i++)
    if (session_wanted (pack, json_array_get_object_element (all, i), city, level, from, to))
      g_ptr_array_add (sessions, json_array_get_object_element (all, i));

  if (g_strcmp0 (format_text, "ics") == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *ics = cp_icalendar_from_sessions (pack, calendar, sessions, now);
      fputs (ics, stdout);
    }
  else if (g_strcmp0 (format_text, "json") == 0)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "sessions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < sessions->len; i++)
        {
          JsonObject *session = g_ptr_array_index (sessions, i);
          g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, session);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, json_object_get_string_member (session, "id"));
          json_builder_set_member_name (builder, "exam_date");
          json_builder_add_string_value (builder, json_object_get_string_member (session, "exam_date"));
          json_builder_set_member_name (builder, "city");
          json_builder_add_string_value (builder, json_object_get_string_member (session, "region"));
          json_builder_set_member_name (builder, "centre");
          json_builder_add_string_value (builder, json_object_get_string_member (session, "centre"));
          json_builder_set_member_name (builder, "levels");
          json_builder_add_value (builder, json_node_copy (json_object_get_member (session, "levels")));
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, cp_session_status (session, today));
          add_milestones_json (builder, milestones);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      cp_cli_print_json (node);
    }
  else
    for (guint i = 0; i < sessions->len; i++)
      {
        JsonObject *session = g_ptr_array_index (sessions, i);
        g_autoptr(GArray) milestones = cp_session_milestones (pack, calendar, session);

        g_print ("%s  %s (%s)\n", json_object_get_string_member (session, "exam_date"),
                 json_object_get_string_member (session, "id"), cp_session_status (session, today));
        for (guint k = 0; k < milestones->len; k++)
          {
            const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, k);
            g_autofree char *date = milestone->date != 0 ? cp_date_format (milestone->date) : g_strdup ("unknown   ");

            g_print ("  %s  %s%s%s\n", date, milestone->label, milestone->derived ? " [derived]" : "",
                     milestone->approximate ? " [approximate]" : "");
          }
      }
  return CP_CLI_EXIT_OK;
}
