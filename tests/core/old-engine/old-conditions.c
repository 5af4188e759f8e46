/* cp-conditions.c  (as it was before the compiled model; see old-engine.h)
 *
 * The closed set of condition kinds of docs/policy-data.md. A clause is data;
 * what each kind of condition means is here, once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-text.h"
#include "old-engine.h"

#include <string.h>

static const struct
{
  const char *kind;
  const char *name;
} education_names[] = {
  { "secondary_vocational", N_("secondary vocational school") },
  { "technician_school", N_("technician school") },
  { "technician_school_senior", N_("technician school, senior-worker class or above") },
  { "technician_college", N_("technician college, (preparatory) technician class") },
  { "college", N_("higher vocational college") },
  { "bachelor", N_("bachelor's degree") },
  { "postgraduate", N_("postgraduate degree") },
};

const char *
old_education_kind_name (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (education_names); i++)
    if (g_strcmp0 (education_names[i].kind, kind) == 0)
      return _(education_names[i].name);
  return kind;
}

const char *
old_title_grade_name (const char *grade)
{
  if (g_strcmp0 (grade, "junior") == 0)
    return _("junior");
  if (g_strcmp0 (grade, "intermediate") == 0)
    return _("intermediate");
  if (g_strcmp0 (grade, "senior") == 0)
    return _("senior");
  return grade;
}

void
old_condition_result_clear (CpConditionResult *result)
{
  g_free ((char *) result->text);
  result->text = NULL;
  g_clear_pointer (&result->detail, g_free);
}

static gint64
int_member (JsonObject *object,
            const char *member)
{
  return json_object_get_int_member_with_default (object, member, 0);
}

static gboolean
bool_member (JsonObject *object,
             const char *member)
{
  return json_object_get_boolean_member_with_default (object, member, FALSE);
}

static void
set_met_by_date (CpConditionResult *result,
                 CpDay              met_from,
                 CpDay              on)
{
  result->reachable = TRUE;
  result->met_from = met_from;
  result->status = met_from <= on ? CP_CONDITION_MET : CP_CONDITION_NOT_MET;
}

static void
set_unreachable (CpConditionResult *result)
{
  result->reachable = FALSE;
  result->met_from = 0;
  result->status = CP_CONDITION_NOT_MET;
}

static char *
format_day (CpDay day)
{
  return cp_date_format (day);
}

/* The earliest related certificate of @level; NULL if there is none.
 * One with no date of issue (a draft's) tells nothing about time, so it
 * is passed over and *@undated says it was there. */
static const CpCertificate *
find_certificate (CpProfile *profile,
                  gint64     level,
                  gboolean  *undated)
{
  GArray *certificates = cp_profile_get_certificates (profile);
  const CpCertificate *found = NULL;

  *undated = FALSE;
  for (guint i = 0; i < certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (certificates, CpCertificate, i);

      if (!certificate->related || certificate->level != level)
        continue;
      if (certificate->issued == 0)
        *undated = TRUE;
      else if (found == NULL || certificate->issued < found->issued)
        found = certificate;
    }
  return found;
}

static const CpTitle *
find_title (CpProfile  *profile,
            const char *grade,
            gboolean    needs_matching_major,
            gboolean   *undated)
{
  GArray *titles = cp_profile_get_titles (profile);
  const CpTitle *found = NULL;

  *undated = FALSE;
  for (guint i = 0; i < titles->len; i++)
    {
      const CpTitle *title = &g_array_index (titles, CpTitle, i);

      if (g_strcmp0 (title->grade, grade) != 0 || (!title->matches_major && needs_matching_major))
        continue;
      if (title->obtained == 0)
        *undated = TRUE;
      else if (found == NULL || title->obtained < found->obtained)
        found = title;
    }
  return found;
}

/* Nothing dated was found, but an undated item was: the answer waits for
 * its date rather than saying no. */
static void
set_waiting_for_date (CpConditionResult *result,
                      const char        *detail)
{
  result->status = CP_CONDITION_UNKNOWN;
  result->reachable = FALSE;
  result->met_from = 0;
  result->detail = g_strdup (detail);
}

/* Periods that count for nothing are said so beside the figures. */
static void
note_invalid_periods (CpConditionResult *result,
                      GArray            *periods)
{
  guint n = old_work_periods_n_invalid (periods);
  g_autofree char *detail = NULL;

  if (n == 0)
    return;
  detail = result->detail;
  /* Translators: appended to what the work periods show; %u is a count */
  result->detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s; %u work period not counted: it has no start or ends before it starts",
                                                 "%s; %u work periods not counted: they have no start or end before they start",
                                                 n),
                                    detail, n);
}

static gboolean
kind_listed (JsonArray  *kinds,
             const char *kind)
{
  for (guint i = 0; i < json_array_get_length (kinds); i++)
    if (g_strcmp0 (json_array_get_string_element (kinds, i), kind) == 0)
      return TRUE;
  return FALSE;
}

static char *
describe_kinds (JsonArray *kinds)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      if (i > 0)
        /* Translators: separates the kinds of school in a list */
        g_string_append (text, _(" / "));
      g_string_append (text, old_education_kind_name (json_array_get_string_element (kinds, i)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
evaluate_age (JsonObject        *condition,
              CpProfile         *profile,
              CpDay              on,
              CpConditionResult *result)
{
  gint64 years = int_member (condition, "years");
  CpDay birth = cp_profile_get_birth_date (profile);
  CpDay reached;
  int age;

  /* Translators: %d is an age in years */
  result->text = g_strdup_printf (_("Aged %d or over"), (int) years);
  if (birth == 0)
    {
      result->status = CP_CONDITION_UNKNOWN;
      result->detail = g_strdup (_("Enter the birth date to tell"));
      return;
    }

  /* A person is N on their Nth birthday. */
  reached = old_date_add_years (birth, years);
  set_met_by_date (result, reached, on);
  for (age = 0; old_date_add_years (birth, age + 1) <= on; age++)
    ;
  {
    g_autofree char *date = format_day (reached);
    /* Translators: "aged 31; 16 on 2011-03-01" */
    result->detail = g_strdup_printf (_("aged %d; %d on %s"), age, (int) years, date);
  }
}

static void
evaluate_declaration (JsonObject        *condition,
                      CpConditionResult *result)
{
  result->text = g_strdup (cp_text_get_member (condition, "text", NULL));
  result->status = CP_CONDITION_CONFIRM;
  result->reachable = TRUE;
  result->met_from = 0;
  result->detail = g_strdup (_("The candidate confirms this; the app cannot check it"));
}

static void
evaluate_working_now (CpProfile         *profile,
                      CpDay              on,
                      CpConditionResult *result)
{
  GArray *periods = cp_profile_get_work_periods (profile);
  const CpWorkPeriod *current = NULL;
  const CpWorkPeriod *future = NULL;

  result->text = g_strdup (_("Working in this or a related occupation"));
  for (guint i = 0; i < periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (periods, CpWorkPeriod, i);

      if (!old_work_period_is_valid (period))
        continue;
      if (period->start <= on && (period->end == 0 || period->end >= on))
        current = period;
      else if (period->start > on && period->end == 0)
        future = period;
    }

  if (current != NULL)
    {
      g_autofree char *date = format_day (current->start);
      set_met_by_date (result, current->start, on);
      /* Translators: %s is a date */
      result->detail = g_strdup_printf (_("working since %s"), date);
    }
  else if (future != NULL)
    {
      g_autofree char *date = format_day (future->start);
      set_met_by_date (result, future->start, on);
      result->detail = g_strdup_printf (_("work starts on %s"), date);
    }
  else
    {
      set_unreachable (result);
      result->detail = g_strdup (_("no work period covers this day"));
    }
  note_invalid_periods (result, periods);
}

static void
evaluate_work_years (JsonObject        *condition,
                     CpProfile         *profile,
                     CpDay              on,
                     CpConditionResult *result)
{
  GArray *periods = cp_profile_get_work_periods (profile);
  gint64 years = int_member (condition, "years");
  JsonObject *after = json_object_has_member (condition, "after")
                      ? json_object_get_object_member (condition, "after") : NULL;
  CpDay since = 0;
  guint worked_years, worked_months;
  CpDay met_from;

  if (after == NULL)
    /* Translators: %d is a number of years */
    result->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year's work in this or a related occupation",
                                                 "%d years' work in this or a related occupation", years),
                                    (int) years);
  else if (g_str_equal (json_object_get_string_member (after, "kind"), "certificate"))
    {
      gint64 level = int_member (after, "level");
      gboolean undated;
      const CpCertificate *certificate = find_certificate (profile, level, &undated);

      /* Translators: first %d is years, second a level (1 to 5) */
      result->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year's work after the level %d certificate",
                                                   "%d years' work after the level %d certificate", years),
                                      (int) years, (int) level);
      if (certificate == NULL && undated)
        {
          set_waiting_for_date (result, _("Enter the date of issue of the certificate to tell"));
          return;
        }
      if (certificate == NULL)
        {
          set_unreachable (result);
          /* Translators: %d is a level (1 to 5) */
          result->detail = g_strdup_printf (_("no level %d certificate entered"), (int) level);
          return;
        }
      since = certificate->issued;
    }
  else
    {
      const char *grade = json_object_get_string_member (after, "grade");
      gboolean undated;
      const CpTitle *title = find_title (profile, grade, TRUE, &undated);

      /* Translators: %d is years, %s a title grade (junior, intermediate, senior) */
      result->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year's work after the title (%s)",
                                                   "%d years' work after the title (%s)", years),
                                      (int) years, old_title_grade_name (grade));
      if (title == NULL && undated)
        {
          set_waiting_for_date (result, _("Enter the date the title was obtained to tell"));
          return;
        }
      if (title == NULL)
        {
          set_unreachable (result);
          /* Translators: %s is a title grade */
          result->detail = g_strdup_printf (_("no title (%s) in a matching major entered"), old_title_grade_name (grade));
          return;
        }
      since = title->obtained;
    }

  old_work_days_to_years_months (old_work_days_before (periods, since, on), on, &worked_years, &worked_months);
  {
    /* Translators: part of "8 years 4 months of 10" */
    g_autofree char *years_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", worked_years),
                                                   worked_years);
    /* Translators: part of "8 years 4 months of 10" */
    g_autofree char *months_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", worked_months),
                                                    worked_months);
    /* Translators: years worked, months worked, years needed: "8 years 4 months of 10" */
    result->detail = g_strdup_printf (_("%s %s of %d"), years_text, months_text, (int) years);
  }
  note_invalid_periods (result, periods);

  met_from = old_work_years_met_from (periods, since, years);
  if (old_work_years_met (periods, since, years, on))
    {
      result->status = CP_CONDITION_MET;
      result->reachable = TRUE;
      result->met_from = met_from != 0 && met_from <= on ? met_from : on;
    }
  else if (met_from != 0)
    set_met_by_date (result, met_from, on);
  else
    set_unreachable (result);
}

static void
evaluate_certificate (JsonObject        *condition,
                      CpProfile         *profile,
                      CpDay              on,
                      CpConditionResult *result,
                      gint64             held_years)
{
  gint64 level = int_member (condition, "level");
  gboolean undated;
  const CpCertificate *certificate = find_certificate (profile, level, &undated);

  if (held_years > 0)
    /* Translators: first %d is a level, second a number of years */
    result->text = g_strdup_printf (_("Held a level %d certificate of this or a related occupation for %d years"),
                                    (int) level, (int) held_years);
  else
    /* Translators: %d is a level (1 to 5) */
    result->text = g_strdup_printf (_("A level %d certificate of this or a related occupation"), (int) level);

  if (certificate == NULL && undated)
    {
      set_waiting_for_date (result, _("Enter the date of issue of the certificate to tell"));
      return;
    }
  if (certificate == NULL)
    {
      set_unreachable (result);
      result->detail = g_strdup_printf (_("no level %d certificate entered"), (int) level);
      return;
    }

  set_met_by_date (result, old_date_add_years (certificate->issued, held_years), on);
  {
    g_autofree char *date = format_day (certificate->issued);
    /* Translators: %s is a date */
    result->detail = g_strdup_printf (_("issued on %s"), date);
  }
}

static void
evaluate_education (JsonObject        *condition,
                    CpProfile         *profile,
                    CpDay              on,
                    CpConditionResult *result)
{
  GArray *education = cp_profile_get_education (profile);
  JsonArray *kinds = json_object_get_array_member (condition, "education_kinds");
  gboolean related = bool_member (condition, "related_major");
  gboolean assessed = bool_member (condition, "assessed");
  gboolean final_year_counts = bool_member (condition, "final_year_counts");
  g_autofree char *kinds_text = describe_kinds (kinds);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean undated = FALSE;
  CpDay best = 0;
  gboolean best_final_year = FALSE;

  /* Translators: %s is a list of kinds of school */
  g_string_printf (text, _("A diploma from: %s"), kinds_text);
  if (related)
    g_string_append (text, _("; in the same or a related major"));
  if (assessed)
    g_string_append (text, _("; from a programme that passed assessment (经评估论证)"));
  if (final_year_counts)
    g_string_append (text, _("; graduating students count"));
  result->text = g_string_free (g_steal_pointer (&text), FALSE);

  for (guint i = 0; i < education->len; i++)
    {
      const CpEducation *item = &g_array_index (education, CpEducation, i);

      if (!kind_listed (kinds, item->kind) || (related && !item->related_major) || (assessed && !item->assessed))
        continue;
      if (item->final_year && final_year_counts && (item->graduated == 0 || item->graduated > on))
        {
          best_final_year = TRUE;
          best = 0;
          break;
        }
      if (item->graduated == 0)
        undated = TRUE;
      else if (best == 0 || item->graduated < best)
        best = item->graduated;
    }

  if (best_final_year)
    {
      result->status = CP_CONDITION_MET;
      result->reachable = TRUE;
      result->met_from = 0;
      result->detail = g_strdup (_("graduating student"));
    }
  else if (best != 0)
    {
      g_autofree char *date = format_day (best);
      set_met_by_date (result, best, on);
      /* Translators: %s is a date */
      result->detail = g_strdup_printf (best <= on ? _("graduated on %s") : _("graduates on %s"), date);
    }
  else if (undated)
    {
      result->status = CP_CONDITION_UNKNOWN;
      result->detail = g_strdup (_("Enter the graduation date to tell"));
    }
  else
    {
      set_unreachable (result);
      result->detail = g_strdup (_("no such diploma entered"));
    }
}

static void
evaluate_title (JsonObject        *condition,
                CpProfile         *profile,
                CpDay              on,
                CpConditionResult *result)
{
  const char *grade = json_object_get_string_member (condition, "grade");
  gboolean undated;
  const CpTitle *title = find_title (profile, grade, bool_member (condition, "matches_major"), &undated);

  /* Translators: %s is a title grade (junior, intermediate, senior) */
  result->text = g_strdup_printf (_("Professional title (%s) in a matching major"), old_title_grade_name (grade));
  if (title == NULL && undated)
    {
      set_waiting_for_date (result, _("Enter the date the title was obtained to tell"));
      return;
    }
  if (title == NULL)
    {
      set_unreachable (result);
      result->detail = g_strdup (_("none entered"));
      return;
    }
  set_met_by_date (result, title->obtained, on);
  {
    g_autofree char *date = format_day (title->obtained);
    /* Translators: %s is a date */
    result->detail = g_strdup_printf (_("obtained on %s"), date);
  }
}

static void
evaluate_student (JsonObject        *condition,
                  CpProfile         *profile,
                  CpDay              on,
                  CpConditionResult *result)
{
  GArray *education = cp_profile_get_education (profile);
  JsonArray *kinds = json_object_get_array_member (condition, "education_kinds");
  g_autofree char *kinds_text = describe_kinds (kinds);

  /* Translators: %s is a list of kinds of school */
  result->text = g_strdup_printf (_("Now a student of: %s"), kinds_text);
  for (guint i = 0; i < education->len; i++)
    {
      const CpEducation *item = &g_array_index (education, CpEducation, i);

      /* Still studying: no graduation yet, or one still to come. */
      if (kind_listed (kinds, item->kind) && (item->graduated == 0 || item->graduated > on))
        {
          result->status = CP_CONDITION_MET;
          result->reachable = TRUE;
          result->detail = g_strdup (_("studying"));
          return;
        }
    }
  set_unreachable (result);
  result->detail = g_strdup (_("not entered as a student there"));
}

static void
evaluate_training_hours (JsonObject        *condition,
                         CpProfile         *profile,
                         CpConditionResult *result)
{
  gint64 hours = int_member (condition, "hours");
  int done = cp_profile_get_training_hours (profile);

  /* Translators: %d is a number of hours */
  result->text = g_strdup_printf (_("At least %d standard hours of training, with a completion certificate"), (int) hours);
  /* Translators: "40 of 60 hours" */
  result->detail = g_strdup_printf (_("%d of %d hours"), done, (int) hours);
  if (done >= hours)
    {
      result->status = CP_CONDITION_MET;
      result->reachable = TRUE;
    }
  else
    set_unreachable (result);
}

void
old_condition_evaluate (JsonObject        *condition,
                       CpProfile         *profile,
                       CpDay              on,
                       CpConditionResult *result)
{
  const char *kind = json_object_get_string_member (condition, "kind");

  memset (result, 0, sizeof *result);
  result->kind = kind;

  if (g_str_equal (kind, "age_at_least"))
    evaluate_age (condition, profile, on, result);
  else if (g_str_equal (kind, "declaration"))
    evaluate_declaration (condition, result);
  else if (g_str_equal (kind, "working_now"))
    evaluate_working_now (profile, on, result);
  else if (g_str_equal (kind, "work_years"))
    evaluate_work_years (condition, profile, on, result);
  else if (g_str_equal (kind, "certificate"))
    evaluate_certificate (condition, profile, on, result, 0);
  else if (g_str_equal (kind, "certificate_held_years"))
    evaluate_certificate (condition, profile, on, result, int_member (condition, "years"));
  else if (g_str_equal (kind, "education"))
    evaluate_education (condition, profile, on, result);
  else if (g_str_equal (kind, "title"))
    evaluate_title (condition, profile, on, result);
  else if (g_str_equal (kind, "student"))
    evaluate_student (condition, profile, on, result);
  else if (g_str_equal (kind, "training_hours"))
    evaluate_training_hours (condition, profile, result);
  else
    g_assert_not_reached ();  /* the pack's schema allows no other kind */
}
