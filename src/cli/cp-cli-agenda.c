/* cp-cli-agenda.c: certpath-cli agenda — what is due across saved candidates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "cp-agenda-export.h"
#include "cp-candidates-folder.h"
#include "cp-cli.h"
#include "cp-cli-known-sessions.h"
#include "cp-user-sessions.h"

#define DEFAULT_DAYS 60
#define MAX_DAYS 3660

static void
print_text (CpAgenda        *agenda,
            CpAgendaContext *context,
            CpDay            today)
{
  CpPolicyPack *pack = cp_agenda_context_get_pack (context);
  g_autofree char *from = cp_date_format (agenda->from);
  g_autofree char *to = cp_date_format (agenda->to);

  CpDay week = 0;

  g_print ("%s – %s: %u events, %u candidates\n", from, to, agenda->events->len, agenda->n_candidates);
  for (guint i = 0; i < agenda->events->len; i++)
    {
      const CpAgendaEvent *event = g_ptr_array_index (agenda->events, i);
      g_autofree char *date = cp_date_format (event->date);
      g_autofree char *text = cp_agenda_event_text (event, pack);
      int left = cp_agenda_event_countdown (event, cp_agenda_context_get_calendar (context), today, NULL);
      /* Grouped by week, Monday to Sunday, as the app shows them. */
      CpDay monday = event->date - (cp_date_weekday (event->date) - G_DATE_MONDAY);

      if (monday != week)
        {
          g_autofree char *monday_text = cp_date_format (monday);

          g_print ("\nWeek of %s\n", monday_text);
          week = monday;
        }

      g_print ("%s  %3d wd  %-22s  %s (%s): %s\n", date, left, cp_agenda_kind_to_string (event->kind),
               event->candidate != NULL ? event->candidate : "—", event->candidate_id, text);
    }
}

static CpAgenda *
compute_one (CpAgendaContext   *context,
             CpCandidateStore  *store,
             const char        *id,
             CpDay              from,
             CpDay              to,
             GError           **error)
{
  g_autofree char *path = cp_candidate_store_get_path (store, id);
  g_autoptr(CpProfile) profile = NULL;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, "%s is not a candidate id", id);
      return NULL;
    }
  profile = cp_profile_new_from_file (path, cp_agenda_context_get_pack (context), error);
  return profile != NULL ? cp_agenda_compute_profile (context, id, profile, from, to) : NULL;
}

int
cp_cli_agenda (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_feed_free);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(CpUserSessions) own = NULL;
  g_autoptr(CpAgendaContext) agenda_context = NULL;
  g_autoptr(CpCandidateStore) store = NULL;
  g_autoptr(CpAgenda) agenda = NULL;
  g_autofree char *store_dir = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *candidate = NULL;
  int days = DEFAULT_DAYS;
  int alarm_days = 1;
  CpDay from, today;
  const char *format;
  const GOptionEntry entries[] = {
    { "store", 0, 0, G_OPTION_ARG_FILENAME, &store_dir,
      "The saved candidates folder (default: the app's)", "DIR" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, "First day of the agenda (default: today)", "YYYY-MM-DD" },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, "Days in the agenda, the first included (default: 60)", "N" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text, json, ics or csv", "FORMAT" },
    { "candidate", 'c', 0, G_OPTION_ARG_STRING, &candidate, "Only this saved candidate (its id: the file name without .json)",
      "ID" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Also write the agenda to FILE (.ics, .xlsx or .csv)", "FILE" },
    { "alarm-days", 0, 0, G_OPTION_ARG_INT, &alarm_days,
      "iCalendar reminders this many days before (0: on the morning of the day; default 1)", "N" },
    { NULL }
  };

  context = g_option_context_new ("- what is due across the saved candidates");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  format = format_text != NULL ? format_text : "text";
  if (!g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "ics") &&
      !g_str_equal (format, "csv"))
    return cp_cli_usage_error (context, "--format must be text, json, ics or csv");
  if (argc != 1)
    return cp_cli_usage_error (context, "no arguments but options");
  if (days < 1 || days > MAX_DAYS)
    return cp_cli_usage_error (context, "--days is 1 to 3660");
  if (alarm_days < 0 || alarm_days > 365)
    return cp_cli_usage_error (context, "--alarm-days is 0 to 365");
  if (!cp_cli_parse_day (from_text, &from))
    return cp_cli_usage_error (context, "dates are written YYYY-MM-DD");
  if (from + (CpDay) days - 1 > cp_date_from_ymd (CP_DATE_LAST_YEAR, 12, 31))
    return cp_cli_usage_error (context, "the agenda would end after 2199-12-31");
  /* The countdown is from the agenda's first day: the day it is made for. */
  today = from;

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  settings = cp_cli_app_settings ();
  /* The app's folder may not exist before the first save: no candidates
   * yet. A folder named on the command line must. */
  if (store_dir == NULL)
    store_dir = cp_candidates_folder_get (settings);
  else if (!g_file_test (store_dir, G_FILE_TEST_IS_DIR))
    {
      g_printerr ("certpath-cli: %s: no saved candidates folder there\n", store_dir);
      return CP_CLI_EXIT_INVALID;
    }

  own = cp_user_sessions_new (NULL, pack);
  sessions = cp_cli_known_sessions (pack, settings, feeds, own);
  agenda_context = cp_agenda_context_new (pack, sessions);
  store = cp_candidate_store_new (store_dir, pack);
  if (candidate != NULL)
    agenda = compute_one (agenda_context, store, candidate, from, from + (CpDay) days - 1, &error);
  else
    agenda = cp_agenda_compute_store (agenda_context, store, from, from + (CpDay) days - 1, NULL, NULL, NULL, &error);
  if (agenda == NULL)
    {
      g_printerr ("certpath-cli: %s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  for (guint i = 0; i < agenda->unreadable->len; i++)
    g_printerr ("certpath-cli: %s\n", (const char *) g_ptr_array_index (agenda->unreadable, i));

  if (output != NULL && !cp_agenda_export (agenda, pack, output, (guint) alarm_days, &error))
    {
      g_printerr ("certpath-cli: %s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  if (g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) node = cp_agenda_to_json (agenda, pack);
      cp_cli_print_json (node);
    }
  else if (g_str_equal (format, "ics"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *ics = cp_agenda_to_icalendar (agenda, pack, now, (guint) alarm_days);
      fputs (ics, stdout);
    }
  else if (g_str_equal (format, "csv"))
    {
      g_autofree char *csv = cp_agenda_to_csv (agenda, pack);
      fputs (csv, stdout);
    }
  else
    print_text (agenda, agenda_context, today);
  return CP_CLI_EXIT_OK;
}
