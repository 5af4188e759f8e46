/* cp-policy-checks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-checks.h"
#include "cp-date.h"

#include <string.h>

typedef struct
{
  CpSchemaChecker *checker;
  const char      *file_name;
} Context;

static void G_GNUC_PRINTF (3, 4)
report (Context    *context,
        const char *path,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  cp_schema_checker_add_error (context->checker, context->file_name, path, "%s", message);
}

static JsonArray *
member_array (JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static CpDay
member_day (JsonObject *object,
            const char *member)
{
  CpDay day = 0;

  if (cp_date_parse (member_string (object, member), &day) != CP_DATE_OK)
    return 0;
  return day;
}

/* ---------- Validity windows ---------- */

typedef struct
{
  char  *key;
  char  *path;
  CpDay  from;  /* 0: open start */
  CpDay  to;    /* 0: open end */
} Window;

static void
window_clear (gpointer data)
{
  Window *window = data;

  g_free (window->key);
  g_free (window->path);
}

static char *
describe_window (const Window *window)
{
  g_autofree char *from = window->from ? cp_date_format (window->from) : g_strdup ("open");
  g_autofree char *to = window->to ? cp_date_format (window->to) : g_strdup ("open");

  return g_strdup_printf ("%s – %s", from, to);
}

static gboolean
windows_overlap (const Window *a,
                 const Window *b)
{
  gboolean a_ends_before_b = a->to != 0 && b->from != 0 && a->to < b->from;
  gboolean b_ends_before_a = b->to != 0 && a->from != 0 && b->to < a->from;

  return !a_ends_before_b && !b_ends_before_a;
}

/* Adds the record's window to @windows under @key, after checking that it
 * does not end before it starts. */
static void
collect_window (Context    *context,
                GArray     *windows,
                JsonObject *record,
                const char *path,
                const char *key)
{
  Window window = {
    .key = g_strdup (key),
    .path = g_strdup (path),
    .from = member_day (record, "valid_from"),
    .to = member_day (record, "valid_to"),
  };

  if (window.from != 0 && window.to != 0 && window.to < window.from)
    report (context, path, "valid_to %s is before valid_from %s",
            member_string (record, "valid_to"), member_string (record, "valid_from"));
  g_array_append_val (windows, window);
}

static void
check_overlaps (Context    *context,
                GArray     *windows,
                const char *what)
{
  for (guint i = 0; i < windows->len; i++)
    for (guint j = 0; j < i; j++)
      {
        Window *a = &g_array_index (windows, Window, i);
        Window *b = &g_array_index (windows, Window, j);

        if (g_str_equal (a->key, b->key) && windows_overlap (a, b))
          {
            g_autofree char *a_text = describe_window (a);
            g_autofree char *b_text = describe_window (b);

            report (context, a->path,
                    "its validity %s overlaps that of %s (%s) for the same %s",
                    a_text, b->path, b_text, what);
          }
      }
}

static void
check_rule_windows (Context    *context,
                    JsonObject *root,
                    const char *member,
                    const char *key_members[],
                    const char *what)
{
  g_autoptr(GArray) windows = g_array_new (FALSE, TRUE, sizeof (Window));
  JsonArray *records = member_array (root, member);

  g_array_set_clear_func (windows, window_clear);

  for (guint i = 0; records != NULL && i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", member, i);
      g_autoptr(GString) key = g_string_new (NULL);

      for (guint k = 0; key_members[k] != NULL; k++)
        g_string_append_printf (key, "%s|", member_string (record, key_members[k]));
      collect_window (context, windows, record, path, key->str);
    }
  check_overlaps (context, windows, what);
}

/* Exam rules hold for a list of occupations: a window clashes with another
 * of the same region and kind when the two lists share an occupation. */
static void
check_exam_rule_windows (Context    *context,
                         JsonObject *root)
{
  g_autoptr(GArray) windows = g_array_new (FALSE, TRUE, sizeof (Window));
  JsonArray *records = member_array (root, "exam_rules");

  g_array_set_clear_func (windows, window_clear);

  for (guint i = 0; records != NULL && i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      JsonArray *occupations = member_array (record, "occupations");
      g_autofree char *path = g_strdup_printf ("$.exam_rules[%u]", i);

      for (guint k = 0; k < json_array_get_length (occupations); k++)
        {
          g_autofree char *key = g_strdup_printf ("%s|%s|%s|%s",
                                                  member_string (record, "region"),
                                                  member_string (record, "centre") ? member_string (record, "centre") : "",
                                                  member_string (record, "kind"),
                                                  json_array_get_string_element (occupations, k));
          collect_window (context, windows, record, path, key);
        }
    }
  check_overlaps (context, windows, "region, kind and occupation");
}

/* Shortage lists are windows of their own, one record per list. */
static void
check_shortage_list_windows (Context    *context,
                             JsonObject *root)
{
  g_autoptr(GArray) windows = g_array_new (FALSE, TRUE, sizeof (Window));
  JsonArray *regions = member_array (root, "regions");

  g_array_set_clear_func (windows, window_clear);

  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonArray *lists = member_array (json_array_get_object_element (regions, i), "shortage_lists");

      for (guint k = 0; k < json_array_get_length (lists); k++)
        {
          JsonObject *list = json_array_get_object_element (lists, k);
          g_autofree char *path = g_strdup_printf ("$.regions[%u].shortage_lists[%u]", i, k);

          collect_window (context, windows, list, path, member_string (list, "id"));
        }
    }
  check_overlaps (context, windows, "list");
}

/* ---------- Records of one kind ---------- */

static void
check_levels (Context    *context,
              JsonObject *root)
{
  JsonArray *levels = member_array (root, "levels");
  gboolean seen[6] = { FALSE, };

  for (guint i = 0; i < json_array_get_length (levels); i++)
    {
      gint64 level = json_object_get_int_member (json_array_get_object_element (levels, i), "level");
      g_autofree char *path = g_strdup_printf ("$.levels[%u].level", i);

      if (seen[level])
        report (context, path, "level %" G_GINT64_FORMAT " is listed twice", level);
      seen[level] = TRUE;
    }
  for (guint level = 1; level <= 5; level++)
    if (!seen[level])
      report (context, "$.levels", "level %u is missing; a pack names all five levels", level);
}

static void
check_occupation_codes (Context    *context,
                        JsonObject *root)
{
  JsonArray *occupations = member_array (root, "occupations");

  for (guint i = 0; i < json_array_get_length (occupations); i++)
    {
      const char *code = member_string (json_array_get_object_element (occupations, i), "code");
      g_autofree char *path = g_strdup_printf ("$.occupations[%u].code", i);

      /* The national classification writes codes as 4-04-05-05. */
      if (!g_regex_match_simple ("^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$", code, 0, 0))
        report (context, path, "expected an occupation code like \"4-04-05-05\", got \"%s\"", code);
    }
}

typedef struct
{
  const char *kind;
  const char *needs[3];
} ConditionNeeds;

static const ConditionNeeds condition_needs[] = {
  { "age_at_least", { "years" } },
  { "declaration", { "text" } },
  { "working_now", { NULL } },
  { "work_years", { "years" } },
  { "certificate", { "level" } },
  { "certificate_held_years", { "level", "years" } },
  { "education", { "education_kinds", "related_major" } },
  { "title", { "grade", "matches_major" } },
  { "student", { "education_kinds" } },
  { "training_hours", { "hours" } },
};

static void
check_condition (Context    *context,
                 JsonObject *condition,
                 const char *path)
{
  const char *kind = member_string (condition, "kind");
  JsonNode *after = json_object_get_member (condition, "after");

  for (guint i = 0; i < G_N_ELEMENTS (condition_needs); i++)
    {
      if (!g_str_equal (condition_needs[i].kind, kind))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (condition_needs[i].needs) && condition_needs[i].needs[k]; k++)
        if (!json_object_has_member (condition, condition_needs[i].needs[k]))
          report (context, path, "a \"%s\" condition needs the member \"%s\"",
                  kind, condition_needs[i].needs[k]);
    }

  if (after != NULL && JSON_NODE_HOLDS_OBJECT (after))
    {
      JsonObject *object = json_node_get_object (after);
      const char *after_kind = member_string (object, "kind");
      const char *needs = g_strcmp0 (after_kind, "certificate") == 0 ? "level" : "grade";

      if (!json_object_has_member (object, needs))
        report (context, path, "\"after\" a %s needs the member \"%s\"", after_kind, needs);
    }
}

static void
check_eligibility (Context    *context,
                   JsonObject *root)
{
  JsonArray *rule_sets = member_array (root, "rule_sets");
  JsonArray *extras = member_array (root, "extra_requirements");

  for (guint i = 0; i < json_array_get_length (rule_sets); i++)
    {
      JsonObject *rule_set = json_array_get_object_element (rule_sets, i);
      JsonArray *clauses = member_array (rule_set, "clauses");
      g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint k = 0; k < json_array_get_length (clauses); k++)
        {
          JsonObject *clause = json_array_get_object_element (clauses, k);
          JsonArray *conditions = member_array (clause, "conditions");
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                                                  json_object_get_int_member (clause, "level"),
                                                  json_object_get_int_member (clause, "number"));
          g_autofree char *path = g_strdup_printf ("$.rule_sets[%u].clauses[%u]", i, k);

          if (!g_hash_table_add (numbers, g_strdup (key)))
            report (context, path, "level %" G_GINT64_FORMAT " already has a clause number %" G_GINT64_FORMAT,
                    json_object_get_int_member (clause, "level"),
                    json_object_get_int_member (clause, "number"));

          for (guint c = 0; c < json_array_get_length (conditions); c++)
            {
              g_autofree char *condition_path = g_strdup_printf ("%s.conditions[%u]", path, c);
              check_condition (context, json_array_get_object_element (conditions, c), condition_path);
            }
        }
    }

  for (guint i = 0; i < json_array_get_length (extras); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.extra_requirements[%u].condition", i);
      check_condition (context,
                       json_object_get_object_member (json_array_get_object_element (extras, i), "condition"),
                       path);
    }

  check_rule_windows (context, root, "rule_sets", (const char *[]) { "region", NULL }, "region");
}

static void
check_subsidy (Context    *context,
               JsonObject *root)
{
  JsonArray *catalogues = member_array (root, "catalogues");

  for (guint i = 0; i < json_array_get_length (catalogues); i++)
    {
      JsonObject *catalogue = json_array_get_object_element (catalogues, i);
      JsonObject *amounts = json_object_get_object_member (catalogue, "amounts");
      JsonArray *rows = member_array (catalogue, "rows");

      for (guint k = 0; k < json_array_get_length (rows); k++)
        {
          const char *klass = member_string (json_array_get_object_element (rows, k), "class");
          g_autofree char *path = g_strdup_printf ("$.catalogues[%u].rows[%u].class", i, k);

          if (!json_object_has_member (amounts, klass))
            report (context, path, "the catalogue has no amounts for class \"%s\"", klass);
        }
    }

  check_rule_windows (context, root, "catalogues", (const char *[]) { "scheme", "region", NULL },
                      "scheme and region");
  check_rule_windows (context, root, "uplifts", (const char *[]) { "scheme", "region", NULL },
                      "scheme and region");
  check_rule_windows (context, root, "claimants", (const char *[]) { "scheme", "region", NULL },
                      "scheme and region");
  check_rule_windows (context, root, "limits", (const char *[]) { "scheme", "region", "kind", NULL },
                      "scheme, region and kind");
}

static void
check_deadline (Context    *context,
                JsonObject *record,
                const char *member,
                CpDay       exam_day,
                const char *exam_text,
                const char *path)
{
  CpDay day = member_day (record, member);
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);

  if (day != 0 && day > exam_day)
    report (context, member_path, "%s is after the exam date %s", member_string (record, member), exam_text);
}

void
cp_policy_check_session (CpSchemaChecker *checker,
                         const char      *file_name,
                         JsonObject      *session,
                         const char      *path)
{
  Context context = { checker, file_name };
  JsonArray *registration = member_array (session, "registration");
  const char *exam_text = member_string (session, "exam_date");
  CpDay exam_day = member_day (session, "exam_date");

  check_deadline (&context, session, "papers_due", exam_day, exam_text, path);
  check_deadline (&context, session, "published", exam_day, exam_text, path);
  for (guint k = 0; k < json_array_get_length (registration); k++)
    {
      g_autofree char *channel_path = g_strdup_printf ("%s.registration[%u]", path, k);
      check_deadline (&context, json_array_get_object_element (registration, k), "closes",
                      exam_day, exam_text, channel_path);
    }
}

static void
check_sessions (Context    *context,
                JsonObject *root)
{
  JsonArray *sessions = member_array (root, "sessions");

  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sessions[%u]", i);
      cp_policy_check_session (context->checker, context->file_name,
                               json_array_get_object_element (sessions, i), path);
    }

  check_exam_rule_windows (context, root);
}

static gboolean
in_year (CpDay day,
         gint64 year)
{
  int day_year;

  cp_date_to_ymd (day, &day_year, NULL, NULL);
  return day_year == year;
}

static void
check_holiday_year (Context    *context,
                    JsonObject *record,
                    const char *path)
{
  gint64 year = json_object_get_int_member (record, "year");
  gboolean published = g_strcmp0 (member_string (record, "status"), "published") == 0;
  JsonArray *holidays = member_array (record, "holidays");
  JsonNode *days_off = json_object_get_member (record, "days_off");
  JsonNode *make_up_total = json_object_get_member (record, "make_up_total");
  guint n_holidays = json_array_get_length (holidays);
  gint64 off_count = 0, make_up_count = 0;

  if (published && (n_holidays == 0 || JSON_NODE_HOLDS_NULL (json_object_get_member (record, "notice"))))
    report (context, path, "a published year needs its notice and its holidays");
  if (!published && n_holidays > 0)
    report (context, path, "a year whose schedule is not published lists no holidays");

  for (guint i = 0; i < n_holidays; i++)
    {
      JsonObject *holiday = json_array_get_object_element (holidays, i);
      JsonArray *make_up = member_array (holiday, "make_up_days");
      CpDay first = member_day (holiday, "first");
      CpDay last = member_day (holiday, "last");
      g_autofree char *holiday_path = g_strdup_printf ("%s.holidays[%u]", path, i);

      if (!in_year (first, year) || !in_year (last, year))
        report (context, holiday_path, "the days off are not all in %" G_GINT64_FORMAT, year);
      if (last < first)
        report (context, holiday_path, "last %s is before first %s",
                member_string (holiday, "last"), member_string (holiday, "first"));
      else
        off_count += last - first + 1;

      for (guint k = 0; k < i; k++)
        {
          JsonObject *other = json_array_get_object_element (holidays, k);

          if (first <= member_day (other, "last") && member_day (other, "first") <= last)
            report (context, holiday_path, "its days off overlap those of %s.holidays[%u]", path, k);
        }

      for (guint k = 0; k < json_array_get_length (make_up); k++)
        {
          const char *text = json_array_get_string_element (make_up, k);
          g_autofree char *day_path = g_strdup_printf ("%s.make_up_days[%u]", holiday_path, k);
          CpDay day = 0;

          cp_date_parse (text, &day);
          make_up_count++;
          /* A make-up working day is a weekend day that is worked; a
           * weekday would be working anyway, so it is surely a typo. */
          if (!cp_date_is_weekend (day))
            report (context, day_path, "%s is not a Saturday or Sunday, so it cannot be a make-up working day", text);
          if (!in_year (day, year))
            report (context, day_path, "%s is not in %" G_GINT64_FORMAT, text, year);
        }
    }

  /* Make-up days may not fall on any holiday's days off. */
  for (guint i = 0; i < n_holidays; i++)
    {
      JsonArray *make_up = member_array (json_array_get_object_element (holidays, i), "make_up_days");

      for (guint k = 0; k < json_array_get_length (make_up); k++)
        for (guint h = 0; h < n_holidays; h++)
          {
            JsonObject *holiday = json_array_get_object_element (holidays, h);
            CpDay day = 0;

            cp_date_parse (json_array_get_string_element (make_up, k), &day);
            if (day >= member_day (holiday, "first") && day <= member_day (holiday, "last"))
              {
                g_autofree char *day_path = g_strdup_printf ("%s.holidays[%u].make_up_days[%u]", path, i, k);
                report (context, day_path, "a make-up working day cannot be a day off");
              }
          }
    }

  if (!JSON_NODE_HOLDS_NULL (days_off) && json_node_get_int (days_off) != off_count)
    report (context, path, "days_off says %" G_GINT64_FORMAT " but the holidays add up to %" G_GINT64_FORMAT,
            json_node_get_int (days_off), off_count);
  if (!JSON_NODE_HOLDS_NULL (make_up_total) && json_node_get_int (make_up_total) != make_up_count)
    report (context, path, "make_up_total says %" G_GINT64_FORMAT " but %" G_GINT64_FORMAT " make-up days are listed",
            json_node_get_int (make_up_total), make_up_count);
}

static void
check_holidays (Context    *context,
                JsonObject *root)
{
  JsonArray *years = member_array (root, "years");

  for (guint i = 0; i < json_array_get_length (years); i++)
    {
      JsonObject *record = json_array_get_object_element (years, i);
      g_autofree char *path = g_strdup_printf ("$.years[%u]", i);

      for (guint k = 0; k < i; k++)
        if (json_object_get_int_member (json_array_get_object_element (years, k), "year") ==
            json_object_get_int_member (record, "year"))
          report (context, path, "the year %" G_GINT64_FORMAT " is listed twice",
                  json_object_get_int_member (record, "year"));

      check_holiday_year (context, record, path);
    }
}

/* ---------- Entry point ---------- */

static const struct
{
  const char *file_name;
  void      (*check) (Context *context, JsonObject *root);
} file_checks[] = {
  { "levels.json", check_levels },
  { "occupations.json", check_occupation_codes },
  { "regions.json", check_shortage_list_windows },
  { "eligibility.json", check_eligibility },
  { "subsidy.json", check_subsidy },
  { "exams.json", check_sessions },
  { "holidays.json", check_holidays },
};

void
cp_policy_checks_run (CpSchemaChecker *checker,
                      GHashTable      *files)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_checks); i++)
    {
      JsonNode *root = g_hash_table_lookup (files, file_checks[i].file_name);
      Context context = { checker, file_checks[i].file_name };

      if (root != NULL)
        file_checks[i].check (&context, json_node_get_object (root));
    }
}
