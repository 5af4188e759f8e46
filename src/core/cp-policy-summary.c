/* cp-policy-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-summary.h"
#include "cp-text.h"

typedef struct
{
  const char *name;       /* the key in the summary */
  const char *file_name;
  const char *member;     /* top-level array */
  const char *nested;     /* array inside each record, counted instead; or NULL */
} Count;

static const Count counts[] = {
  { "sources", "sources.json", "sources", NULL },
  { "regions", "regions.json", "regions", NULL },
  { "shortage_lists", "regions.json", "regions", "shortage_lists" },
  { "occupations", "occupations.json", "occupations", NULL },
  { "levels", "levels.json", "levels", NULL },
  { "eligibility_rule_sets", "eligibility.json", "rule_sets", NULL },
  { "eligibility_clauses", "eligibility.json", "rule_sets", "clauses" },
  { "extra_requirements", "eligibility.json", "extra_requirements", NULL },
  { "documents", "eligibility.json", "documents", NULL },
  { "subsidy_schemes", "subsidy.json", "schemes", NULL },
  { "subsidy_catalogues", "subsidy.json", "catalogues", NULL },
  { "uplift_rules", "subsidy.json", "uplifts", NULL },
  { "claimant_rules", "subsidy.json", "claimants", NULL },
  { "subsidy_limits", "subsidy.json", "limits", NULL },
  { "claim_procedures", "subsidy.json", "claim_procedures", NULL },
  { "exam_subjects", "exams.json", "subjects", NULL },
  { "exam_rules", "exams.json", "exam_rules", NULL },
  { "exam_centres", "exams.json", "centres", NULL },
  { "exam_sessions", "exams.json", "sessions", NULL },
  { "course_providers", "courses.json", "providers", NULL },
  { "courses", "courses.json", "courses", NULL },
  { "holiday_years", "holidays.json", "years", NULL },
};

static guint
count_records (CpPolicyPack *pack,
               const Count  *count)
{
  JsonObject *root = cp_policy_pack_get_file (pack, count->file_name);
  JsonArray *records;
  guint total = 0;

  /* An optional list a pack may leave out counts none. */
  if (!json_object_has_member (root, count->member))
    return 0;
  records = json_object_get_array_member (root, count->member);
  if (count->nested == NULL)
    return json_array_get_length (records);

  for (guint i = 0; i < json_array_get_length (records); i++)
    total += json_array_get_length (json_object_get_array_member (json_array_get_object_element (records, i),
                                                                  count->nested));
  return total;
}

static void
add_holiday_years (JsonBuilder  *builder,
                   CpPolicyPack *pack)
{
  JsonArray *years = cp_policy_pack_get_records (pack, "holidays.json", "years");
  const char *statuses[] = { "published", "not_published" };

  json_builder_set_member_name (builder, "holiday_years");
  json_builder_begin_object (builder);
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      json_builder_set_member_name (builder, statuses[s]);
      json_builder_begin_array (builder);
      for (guint i = 0; i < json_array_get_length (years); i++)
        {
          JsonObject *year = json_array_get_object_element (years, i);

          if (g_str_equal (json_object_get_string_member (year, "status"), statuses[s]))
            json_builder_add_int_value (builder, json_object_get_int_member (year, "year"));
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
add_session_dates (JsonBuilder  *builder,
                   CpPolicyPack *pack)
{
  JsonArray *sessions = cp_policy_pack_get_records (pack, "exams.json", "sessions");
  const char *first = NULL, *last = NULL;

  /* Dates are YYYY-MM-DD, so they order as text. */
  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      const char *date = json_object_get_string_member (json_array_get_object_element (sessions, i), "exam_date");

      if (first == NULL || g_strcmp0 (date, first) < 0)
        first = date;
      if (last == NULL || g_strcmp0 (date, last) > 0)
        last = date;
    }

  json_builder_set_member_name (builder, "exam_sessions");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "first");
  json_builder_add_string_value (builder, first);
  json_builder_set_member_name (builder, "last");
  json_builder_add_string_value (builder, last);
  json_builder_end_object (builder);
}

static void
add_catalogue_windows (JsonBuilder  *builder,
                       CpPolicyPack *pack)
{
  JsonArray *catalogues = cp_policy_pack_get_records (pack, "subsidy.json", "catalogues");

  json_builder_set_member_name (builder, "subsidy_catalogues");
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (catalogues); i++)
    {
      JsonObject *catalogue = json_array_get_object_element (catalogues, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, json_object_get_string_member (catalogue, "id"));
      json_builder_set_member_name (builder, "region");
      json_builder_add_string_value (builder, json_object_get_string_member (catalogue, "region"));
      json_builder_set_member_name (builder, "valid_from");
      json_builder_add_value (builder, json_node_copy (json_object_get_member (catalogue, "valid_from")));
      json_builder_set_member_name (builder, "valid_to");
      json_builder_add_value (builder, json_node_copy (json_object_get_member (catalogue, "valid_to")));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_sources (JsonBuilder  *builder,
             CpPolicyPack *pack)
{
  JsonArray *sources = cp_policy_pack_get_records (pack, "sources.json", "sources");
  static const char * const copied[] = { "id", "status", "number", "date", "url", "title" };

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      json_builder_begin_object (builder);
      for (guint k = 0; k < G_N_ELEMENTS (copied); k++)
        {
          json_builder_set_member_name (builder, copied[k]);
          json_builder_add_value (builder, json_node_copy (json_object_get_member (source, copied[k])));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
cp_policy_summary_new (CpPolicyPack *pack)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "valid");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "directory");
  json_builder_add_string_value (builder, cp_policy_pack_get_directory (pack));
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, cp_policy_pack_get_version (pack));
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, cp_policy_pack_get_date (pack));

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      json_builder_set_member_name (builder, counts[i].name);
      json_builder_add_int_value (builder, count_records (pack, &counts[i]));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "covered");
  json_builder_begin_object (builder);
  add_holiday_years (builder, pack);
  add_session_dates (builder, pack);
  add_catalogue_windows (builder, pack);
  json_builder_end_object (builder);

  add_sources (builder, pack);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
append_years (GString    *text,
              JsonObject *years,
              const char *status)
{
  JsonArray *list = json_object_get_array_member (years, status);

  if (json_array_get_length (list) == 0)
    g_string_append (text, "none");
  for (guint i = 0; i < json_array_get_length (list); i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                            json_array_get_int_element (list, i));
}

static const char *
or_open (JsonObject *object,
         const char *member)
{
  return json_object_get_null_member (object, member) ? "open" : json_object_get_string_member (object, member);
}

char *
cp_policy_summary_to_text (JsonNode     *summary,
                           CpPolicyPack *pack,
                           const char   *language)
{
  JsonObject *root = json_node_get_object (summary);
  JsonObject *counts_object = json_object_get_object_member (root, "counts");
  JsonObject *covered = json_object_get_object_member (root, "covered");
  JsonObject *holiday_years = json_object_get_object_member (covered, "holiday_years");
  JsonObject *session_dates = json_object_get_object_member (covered, "exam_sessions");
  JsonArray *catalogues = json_object_get_array_member (covered, "subsidy_catalogues");
  JsonArray *sources = json_object_get_array_member (root, "sources");
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_string_append_printf (text, "Policy pack %s, dated %s: valid\n",
                          json_object_get_string_member (root, "version"),
                          json_object_get_string_member (root, "date"));
  g_string_append_printf (text, "  %s\n", cp_policy_pack_get_title (pack, language));
  g_string_append_printf (text, "  from %s\n\nRecords\n", json_object_get_string_member (root, "directory"));

  json_object_iter_init_ordered (&iter, counts_object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    g_string_append_printf (text, "  %-24s %4" G_GINT64_FORMAT "\n", name, json_node_get_int (value));

  g_string_append (text, "\nDates covered\n  public holidays published: ");
  append_years (text, holiday_years, "published");
  g_string_append (text, "\n  public holidays not yet published: ");
  append_years (text, holiday_years, "not_published");
  g_string_append_printf (text, "\n  exam sessions: %s to %s\n",
                          json_object_get_string_member_with_default (session_dates, "first", "none"),
                          json_object_get_string_member_with_default (session_dates, "last", "none"));
  for (guint i = 0; i < json_array_get_length (catalogues); i++)
    {
      JsonObject *catalogue = json_array_get_object_element (catalogues, i);

      g_string_append_printf (text, "  subsidy catalogue %s (%s): %s to %s\n",
                              json_object_get_string_member (catalogue, "id"),
                              json_object_get_string_member (catalogue, "region"),
                              or_open (catalogue, "valid_from"), or_open (catalogue, "valid_to"));
    }

  g_string_append (text, "\nSources\n");
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);
      const char *number = json_object_get_null_member (source, "number")
                           ? NULL : json_object_get_string_member (source, "number");

      g_string_append_printf (text, "  %-28s %-10s %-10s %s%s%s\n",
                              json_object_get_string_member (source, "id"),
                              json_object_get_string_member (source, "status"),
                              json_object_get_null_member (source, "date")
                                ? "undated" : json_object_get_string_member (source, "date"),
                              cp_text_get_member (source, "title", language),
                              number != NULL ? " " : "", number != NULL ? number : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
