/* cp-cli-courses.c: certpath-cli courses [PROFILE.json]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-course-cost.h"
#include "cp-text.h"

#include <stdio.h>

static void
print_yuan (gint64 yuan)
{
  if (yuan == CP_YUAN_UNKNOWN)
    g_print (" %9s", "unknown");
  else
    g_print (" %9" G_GINT64_FORMAT, yuan);
}

/* A firm figure, else its range: a range in, a range out. */
static void
print_range (gint64 firm,
             gint64 min,
             gint64 max)
{
  g_autofree char *range = NULL;

  if (firm != CP_YUAN_UNKNOWN || min == CP_YUAN_UNKNOWN || max == CP_YUAN_UNKNOWN)
    range = firm != CP_YUAN_UNKNOWN ? g_strdup_printf ("%" G_GINT64_FORMAT, firm) : g_strdup ("unknown");
  else
    range = g_strdup_printf ("%" G_GINT64_FORMAT "..%" G_GINT64_FORMAT, min, max);
  g_print (" %11s", range);
}

static void
print_table (GPtrArray *costs)
{
  g_print ("%-28s %5s %9s %9s %9s %11s %11s %10s  %s\n", "course", "level", "price", "discount", "upfront",
           "subsidy", "after", "published", "unknown");
  for (guint i = 0; i < costs->len; i++)
    {
      CpCourseCost *cost = g_ptr_array_index (costs, i);

      g_print ("%-28s %5d", json_object_get_string_member (cost->course, "id"), cost->level);
      print_yuan (cost->price);
      print_yuan (cost->discount);
      print_yuan (cost->upfront);
      print_range (cost->subsidy, cost->subsidy_min, cost->subsidy_max);
      print_range (cost->after_subsidy, cost->after_subsidy_min, cost->after_subsidy_max);
      g_print (" %10s  ", cost->prices_published != NULL ? cost->prices_published : "unknown");
      for (guint k = 0; k < cost->unknown->len; k++)
        g_print ("%s%s", k > 0 ? " " : "", (char *) g_ptr_array_index (cost->unknown, k));
      if (json_object_get_boolean_member (cost->course, "ended"))
        g_print ("%s(ended)", cost->unknown->len > 0 ? " " : "");
      g_print ("\n");
    }
}

int
cp_cli_courses (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(GPtrArray) costs = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *on_text = NULL;
  g_autofree char *city = NULL;
  gboolean member = FALSE;
  int level = 0, group_size = 1;
  CpCourseTerms terms = { 0, };
  const GOptionEntry entries[] = {
    { "level", 'l', 0, G_OPTION_ARG_INT, &level, "Only this level (1 to 5)", "N" },
    { "city", 0, 0, G_OPTION_ARG_STRING, &city, "Only courses in this city", "CITY" },
    { "group-size", 0, 0, G_OPTION_ARG_INT, &group_size, "People enrolling together (default 1)", "N" },
    { "member", 0, 0, G_OPTION_ARG_NONE, &member, "The employer is a member of the organiser", NULL },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, "Day the certificate is taken to be issued (default: today)", "YYYY-MM-DD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text, json or csv", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("[PROFILE.json] - training courses by net cost after the subsidy");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (format_text != NULL && !g_str_equal (format_text, "text") && !g_str_equal (format_text, "json") &&
      !g_str_equal (format_text, "csv"))
    return cp_cli_usage_error (context, "--format must be text, json or csv");
  if (argc > 2)
    return cp_cli_usage_error (context, "give at most one profile file");
  if (level < 0 || level > 5 || group_size < 1)
    return cp_cli_usage_error (context, "--level must be 1 to 5 and --group-size at least 1");
  if (!cp_cli_parse_day (on_text, &terms.on))
    return cp_cli_usage_error (context, "--on must be a date as YYYY-MM-DD");

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  if (city != NULL && !cp_cli_region_exists (pack, city))
    return cp_cli_usage_error (context, "--city is not a region of the policy data");
  if (argc == 2)
    {
      profile = cp_profile_new_from_file (argv[1], pack, &error);
      if (profile == NULL)
        {
          g_printerr ("%s\n", error->message);
          return CP_CLI_EXIT_INVALID;
        }
    }

  terms.group_size = group_size;
  terms.member = member;
  costs = cp_course_costs_list (pack, profile, level, city, &terms);

  if (g_strcmp0 (format_text, "json") == 0)
    {
      g_autoptr(JsonNode) node = cp_course_costs_to_json (costs);
      cp_cli_print_json (node);
    }
  else if (g_strcmp0 (format_text, "csv") == 0)
    {
      g_autofree char *csv = cp_course_costs_to_csv (costs);
      fputs (csv, stdout);
    }
  else
    print_table (costs);
  return CP_CLI_EXIT_OK;
}
