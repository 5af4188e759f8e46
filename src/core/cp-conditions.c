/* cp-conditions.c
 *
 * The closed set of condition kinds of docs/policy-data.md. A clause is data;
 * what each kind of condition means is here, once: first the decision, on
 * the compiled condition and the profile's facts, then, only for an answer
 * someone reads, its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-conditions.h"
#include "cp-text.h"

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

static const char * const kind_names[CP_MODEL_N_CONDITION_KINDS] = {
  [CP_MODEL_AGE_AT_LEAST] = "age_at_least",
  [CP_MODEL_DECLARATION] = "declaration",
  [CP_MODEL_WORKING_NOW] = "working_now",
  [CP_MODEL_WORK_YEARS] = "work_years",
  [CP_MODEL_CERTIFICATE] = "certificate",
  [CP_MODEL_CERTIFICATE_HELD_YEARS] = "certificate_held_years",
  [CP_MODEL_EDUCATION] = "education",
  [CP_MODEL_TITLE] = "title",
  [CP_MODEL_STUDENT] = "student",
  [CP_MODEL_TRAINING_HOURS] = "training_hours",
};

const char *
cp_education_kind_name (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (education_names); i++)
    if (g_strcmp0 (education_names[i].kind, kind) == 0)
      return _(education_names[i].name);
  return kind;
}

const char *
cp_title_grade_name (const char *grade)
{
  if (g_strcmp0 (grade, "junior") == 0)
    return _("junior");
  if (g_strcmp0 (grade, "intermediate") == 0)
    return _("intermediate");
  if (g_strcmp0 (grade, "senior") == 0)
    return _("senior");
  return grade;
}

guint
cp_education_kind_bit (const char *kind)
{
  for (guint i = 0; kind != NULL && cp_profile_education_kinds[i] != NULL; i++)
    if (g_str_equal (cp_profile_education_kinds[i], kind))
      return 1u << i;
  return 0;
}

void
cp_condition_result_clear (CpConditionResult *result)
{
  /* The text is the pack's; the detail is the answer's own. */
  result->text = NULL;
  g_clear_pointer (&result->detail, g_free);
}

/* ---------- Compiling ---------- */

void
cp_model_condition_init (CpModelCondition *condition,
                         JsonObject       *object)
{
  const char *kind = json_object_get_string_member (object, "kind");
  JsonObject *after = json_object_has_member (object, "after") ? json_object_get_object_member (object, "after") : NULL;

  memset (condition, 0, sizeof *condition);
  condition->record = object;
  condition->kind_name = kind;
  for (guint i = 0; i < CP_MODEL_N_CONDITION_KINDS; i++)
    if (g_str_equal (kind_names[i], kind))
      condition->kind = i;  /* the schema allows no other kind */
  condition->years = json_object_get_int_member_with_default (object, "years", 0);
  condition->level = json_object_get_int_member_with_default (object, "level", 0);
  condition->hours = json_object_get_int_member_with_default (object, "hours", 0);
  condition->grade = json_object_get_string_member_with_default (object, "grade", NULL);
  condition->matches_major = json_object_get_boolean_member_with_default (object, "matches_major", FALSE);
  condition->related_major = json_object_get_boolean_member_with_default (object, "related_major", FALSE);
  condition->assessed = json_object_get_boolean_member_with_default (object, "assessed", FALSE);
  condition->final_year_counts = json_object_get_boolean_member_with_default (object, "final_year_counts", FALSE);
  if (json_object_has_member (object, "education_kinds"))
    {
      condition->education_list = json_object_get_array_member (object, "education_kinds");
      for (guint i = 0; i < json_array_get_length (condition->education_list); i++)
        condition->education_kinds |= cp_education_kind_bit (json_array_get_string_element (condition->education_list, i));
    }
  if (after != NULL && g_str_equal (json_object_get_string_member (after, "kind"), "certificate"))
    {
      condition->after = CP_MODEL_AFTER_CERTIFICATE;
      condition->after_level = json_object_get_int_member_with_default (after, "level", 0);
    }
  else if (after != NULL)
    {
      condition->after = CP_MODEL_AFTER_TITLE;
      condition->grade = json_object_get_string_member_with_default (after, "grade", NULL);
    }
}

/* ---------- The profile's facts ---------- */

void
cp_profile_facts_init (CpProfileFacts *facts,
                       CpProfile      *profile,
                       CpDay           on)
{
  facts->on = on;
  cp_date_to_ymd (on, &facts->on_year, &facts->on_month, &facts->on_mday);
  facts->profile = profile;
  facts->language = 0;
  facts->birth = cp_profile_get_birth_date (profile);
  facts->periods = cp_profile_get_work_periods (profile);
  cp_work_spans_init (&facts->work, facts->periods);
  facts->certificates = cp_profile_get_certificates (profile);
  facts->titles = cp_profile_get_titles (profile);
  facts->education = cp_profile_get_education (profile);
  facts->training_hours = cp_profile_get_training_hours (profile);
  facts->education_kinds = facts->education->len <= G_N_ELEMENTS (facts->inline_kinds)
                           ? facts->inline_kinds : g_new (guint, facts->education->len);
  for (guint i = 0; i < facts->education->len; i++)
    facts->education_kinds[i] = cp_education_kind_bit (g_array_index (facts->education, CpEducation, i).kind);
}

void
cp_profile_facts_clear (CpProfileFacts *facts)
{
  cp_work_spans_clear (&facts->work);
  if (facts->education_kinds != facts->inline_kinds)
    g_free (facts->education_kinds);
  facts->education_kinds = NULL;
}

/* ---------- Deciding ---------- */

static void
set_met_by_date (CpConditionDecision *decision,
                 CpDay                met_from,
                 CpDay                on)
{
  decision->reachable = TRUE;
  decision->met_from = met_from;
  decision->status = met_from <= on ? CP_CONDITION_MET : CP_CONDITION_NOT_MET;
}

static void
set_unreachable (CpConditionDecision *decision)
{
  decision->reachable = FALSE;
  decision->met_from = 0;
  decision->status = CP_CONDITION_NOT_MET;
}

/* Nothing dated was found, but an undated item was: the answer waits for
 * its date rather than saying no. */
static void
set_waiting_for_date (CpConditionDecision *decision)
{
  decision->status = CP_CONDITION_UNKNOWN;
  decision->reachable = FALSE;
  decision->met_from = 0;
  decision->item = CP_ITEM_UNDATED;
}

/* The earliest related certificate of @level; NULL if there is none.
 * One with no date of issue (a draft's) tells nothing about time, so it
 * is passed over and *@undated says it was there. */
static const CpCertificate *
find_certificate (const CpProfileFacts *facts,
                  int                   level,
                  gboolean             *undated)
{
  const CpCertificate *found = NULL;

  *undated = FALSE;
  for (guint i = 0; i < facts->certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (facts->certificates, CpCertificate, i);

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
find_title (const CpProfileFacts *facts,
            const char           *grade,
            gboolean              needs_matching_major,
            gboolean             *undated)
{
  const CpTitle *found = NULL;

  *undated = FALSE;
  for (guint i = 0; i < facts->titles->len; i++)
    {
      const CpTitle *title = &g_array_index (facts->titles, CpTitle, i);

      if (g_strcmp0 (title->grade, grade) != 0 || (!title->matches_major && needs_matching_major))
        continue;
      if (title->obtained == 0)
        *undated = TRUE;
      else if (found == NULL || title->obtained < found->obtained)
        found = title;
    }
  return found;
}

/* The date an item was issued or obtained, or how it is missing. */
static gboolean
found_dated (CpDay                found,
             gboolean             undated,
             CpConditionDecision *decision)
{
  if (found == 0 && undated)
    {
      set_waiting_for_date (decision);
      return FALSE;
    }
  if (found == 0)
    {
      set_unreachable (decision);
      decision->item = CP_ITEM_NONE;
      return FALSE;
    }
  decision->item_day = found;
  return TRUE;
}

static CpDay
certificate_day (const CpProfileFacts *facts,
                 int                   level,
                 gboolean             *undated)
{
  const CpCertificate *certificate = find_certificate (facts, level, undated);

  return certificate != NULL ? certificate->issued : 0;
}

static CpDay
title_day (const CpProfileFacts *facts,
           const char           *grade,
           gboolean              needs_matching_major,
           gboolean             *undated)
{
  const CpTitle *title = find_title (facts, grade, needs_matching_major, undated);

  return title != NULL ? title->obtained : 0;
}

/* cp_years_in_days (@on, @years) for the day the facts are for, from its
 * date worked out once: every work condition asks it. */
static guint
years_before_on (const CpProfileFacts *facts,
                 CpDay                 on,
                 int                   years)
{
  int year = facts->on_year - years;
  int month = facts->on_month, mday = facts->on_mday;

  if (on != facts->on)
    return cp_years_in_days (on, years);
  if (month == 2 && mday == 29 && !cp_date_is_leap_year (year))
    {
      month = 3;
      mday = 1;
    }
  return on - cp_date_from_ymd (year, month, mday);
}

static void
decide_working_now (const CpProfileFacts *facts,
                    CpDay                 on,
                    CpConditionDecision  *decision)
{
  const CpWorkPeriod *current = NULL;
  const CpWorkPeriod *future = NULL;

  for (guint i = 0; i < facts->periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (facts->periods, CpWorkPeriod, i);

      if (!cp_work_period_is_valid (period))
        continue;
      if (period->start <= on && (period->end == 0 || period->end >= on))
        current = period;
      else if (period->start > on && period->end == 0)
        future = period;
    }
  if (current != NULL || future != NULL)
    {
      decision->item = current != NULL ? CP_ITEM_FOUND : CP_ITEM_FUTURE;
      decision->item_day = current != NULL ? current->start : future->start;
      set_met_by_date (decision, decision->item_day, on);
    }
  else
    {
      decision->item = CP_ITEM_NONE;
      set_unreachable (decision);
    }
}

static void
decide_work_years (const CpModelCondition *condition,
                   const CpProfileFacts   *facts,
                   CpDay                   on,
                   CpConditionDecision    *decision)
{
  gboolean undated = FALSE;
  CpDay since = 0;
  CpDay met_from;

  if (condition->after == CP_MODEL_AFTER_CERTIFICATE)
    {
      since = certificate_day (facts, condition->after_level, &undated);
      if (!found_dated (since, undated, decision))
        return;
    }
  else if (condition->after == CP_MODEL_AFTER_TITLE)
    {
      since = title_day (facts, condition->grade, TRUE, &undated);
      if (!found_dated (since, undated, decision))
        return;
    }

  decision->since = since;
  decision->figure = cp_work_spans_days_before (&facts->work, since, on);
  met_from = cp_work_spans_met_from (&facts->work, since, condition->years);
  if (decision->figure >= years_before_on (facts, on, condition->years))
    {
      decision->status = CP_CONDITION_MET;
      decision->reachable = TRUE;
      decision->met_from = met_from != 0 && met_from <= on ? met_from : on;
    }
  else if (met_from != 0)
    set_met_by_date (decision, met_from, on);
  else
    set_unreachable (decision);
}

static void
decide_certificate (const CpModelCondition *condition,
                    const CpProfileFacts   *facts,
                    CpDay                   on,
                    CpConditionDecision    *decision)
{
  gboolean undated;
  CpDay issued = certificate_day (facts, condition->level, &undated);
  int held_years = condition->kind == CP_MODEL_CERTIFICATE_HELD_YEARS ? condition->years : 0;

  if (found_dated (issued, undated, decision))
    set_met_by_date (decision, held_years > 0 ? cp_date_add_years (issued, held_years) : issued, on);
}

static void
decide_education (const CpModelCondition *condition,
                  const CpProfileFacts   *facts,
                  CpDay                   on,
                  CpConditionDecision    *decision)
{
  gboolean undated = FALSE;
  CpDay best = 0;

  for (guint i = 0; i < facts->education->len; i++)
    {
      const CpEducation *item = &g_array_index (facts->education, CpEducation, i);

      if (!(facts->education_kinds[i] & condition->education_kinds) ||
          (condition->related_major && !item->related_major) || (condition->assessed && !item->assessed))
        continue;
      if (item->final_year && condition->final_year_counts && (item->graduated == 0 || item->graduated > on))
        {
          decision->item = CP_ITEM_FINAL_YEAR;
          decision->status = CP_CONDITION_MET;
          decision->reachable = TRUE;
          decision->met_from = 0;
          return;
        }
      if (item->graduated == 0)
        undated = TRUE;
      else if (best == 0 || item->graduated < best)
        best = item->graduated;
    }

  if (best != 0)
    {
      decision->item_day = best;
      set_met_by_date (decision, best, on);
    }
  else if (undated)
    {
      decision->item = CP_ITEM_UNDATED;
      decision->status = CP_CONDITION_UNKNOWN;
    }
  else
    {
      decision->item = CP_ITEM_NONE;
      set_unreachable (decision);
    }
}

static void
decide_student (const CpModelCondition *condition,
                const CpProfileFacts   *facts,
                CpDay                   on,
                CpConditionDecision    *decision)
{
  for (guint i = 0; i < facts->education->len; i++)
    {
      const CpEducation *item = &g_array_index (facts->education, CpEducation, i);

      /* Still studying: no graduation yet, or one still to come. */
      if ((facts->education_kinds[i] & condition->education_kinds) && (item->graduated == 0 || item->graduated > on))
        {
          decision->status = CP_CONDITION_MET;
          decision->reachable = TRUE;
          return;
        }
    }
  decision->item = CP_ITEM_NONE;
  set_unreachable (decision);
}

void
cp_condition_decide (const CpModelCondition *condition,
                     const CpProfileFacts   *facts,
                     CpDay                   on,
                     CpConditionDecision    *decision)
{
  gboolean undated;
  CpDay day;

  memset (decision, 0, sizeof *decision);
  switch (condition->kind)
    {
    case CP_MODEL_AGE_AT_LEAST:
      /* A person is N on their Nth birthday. */
      if (facts->birth == 0)
        decision->status = CP_CONDITION_UNKNOWN;
      else
        set_met_by_date (decision, cp_date_add_years (facts->birth, condition->years), on);
      break;
    case CP_MODEL_DECLARATION:
      decision->status = CP_CONDITION_CONFIRM;
      decision->reachable = TRUE;
      break;
    case CP_MODEL_WORKING_NOW:
      decide_working_now (facts, on, decision);
      break;
    case CP_MODEL_WORK_YEARS:
      decide_work_years (condition, facts, on, decision);
      break;
    case CP_MODEL_CERTIFICATE:
    case CP_MODEL_CERTIFICATE_HELD_YEARS:
      decide_certificate (condition, facts, on, decision);
      break;
    case CP_MODEL_EDUCATION:
      decide_education (condition, facts, on, decision);
      break;
    case CP_MODEL_TITLE:
      day = title_day (facts, condition->grade, condition->matches_major, &undated);
      if (found_dated (day, undated, decision))
        set_met_by_date (decision, day, on);
      break;
    case CP_MODEL_STUDENT:
      decide_student (condition, facts, on, decision);
      break;
    case CP_MODEL_TRAINING_HOURS:
      decision->figure = (guint) MAX (facts->training_hours, 0);
      if (facts->training_hours >= condition->hours)
        {
          decision->status = CP_CONDITION_MET;
          decision->reachable = TRUE;
        }
      else
        set_unreachable (decision);
      break;
    case CP_MODEL_N_CONDITION_KINDS:
    default:
      g_assert_not_reached ();  /* the pack's schema allows no other kind */
    }
}

/* ---------- Explaining ---------- */

static char *
describe_kinds (JsonArray *kinds)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      if (i > 0)
        /* Translators: separates the kinds of school in a list */
        g_string_append (text, _(" / "));
      g_string_append (text, cp_education_kind_name (json_array_get_string_element (kinds, i)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
education_text (const CpModelCondition *condition)
{
  g_autofree char *kinds_text = describe_kinds (condition->education_list);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: %s is a list of kinds of school */
  g_string_printf (text, _("A diploma from: %s"), kinds_text);
  if (condition->related_major)
    g_string_append (text, _("; in the same or a related major"));
  if (condition->assessed)
    g_string_append (text, _("; from a programme that passed assessment (经评估论证)"));
  if (condition->final_year_counts)
    g_string_append (text, _("; graduating students count"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
work_years_text (const CpModelCondition *condition)
{
  int years = condition->years;

  if (condition->after == CP_MODEL_AFTER_NOTHING)
    /* Translators: %d is a number of years */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year's work in this or a related occupation",
                                         "%d years' work in this or a related occupation", years),
                            years);
  if (condition->after == CP_MODEL_AFTER_CERTIFICATE)
    /* Translators: first %d is years, second a level (1 to 5) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year's work after the level %d certificate",
                                         "%d years' work after the level %d certificate", years),
                            years, condition->after_level);
  /* Translators: %d is years, %s a title grade (junior, intermediate, senior) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year's work after the title (%s)",
                                       "%d years' work after the title (%s)", years),
                          years, cp_title_grade_name (condition->grade));
}

/* What the condition asks, the same for every candidate. */
static char *
condition_text (const CpModelCondition *condition)
{
  g_autofree char *kinds_text = NULL;

  switch (condition->kind)
    {
    case CP_MODEL_AGE_AT_LEAST:
      /* Translators: %d is an age in years */
      return g_strdup_printf (_("Aged %d or over"), condition->years);
    case CP_MODEL_DECLARATION:
      return g_strdup (cp_text_get_member (condition->record, "text", NULL));
    case CP_MODEL_WORKING_NOW:
      return g_strdup (_("Working in this or a related occupation"));
    case CP_MODEL_WORK_YEARS:
      return work_years_text (condition);
    case CP_MODEL_CERTIFICATE:
    case CP_MODEL_CERTIFICATE_HELD_YEARS:
      if (condition->kind == CP_MODEL_CERTIFICATE_HELD_YEARS && condition->years > 0)
        /* Translators: first %d is a level, second a number of years */
        return g_strdup_printf (_("Held a level %d certificate of this or a related occupation for %d years"),
                                condition->level, condition->years);
      /* Translators: %d is a level (1 to 5) */
      return g_strdup_printf (_("A level %d certificate of this or a related occupation"), condition->level);
    case CP_MODEL_EDUCATION:
      return education_text (condition);
    case CP_MODEL_TITLE:
      /* Translators: %s is a title grade (junior, intermediate, senior) */
      return g_strdup_printf (_("Professional title (%s) in a matching major"), cp_title_grade_name (condition->grade));
    case CP_MODEL_STUDENT:
      kinds_text = describe_kinds (condition->education_list);
      /* Translators: %s is a list of kinds of school */
      return g_strdup_printf (_("Now a student of: %s"), kinds_text);
    case CP_MODEL_TRAINING_HOURS:
      /* Translators: %d is a number of hours */
      return g_strdup_printf (_("At least %d standard hours of training, with a completion certificate"),
                              condition->hours);
    case CP_MODEL_N_CONDITION_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* The text in the UI language, worded once per language and kept with
 * the condition: a rule reads the same for every candidate. */
static const char *
cached_text (const CpModelCondition *condition,
             guint                   language)
{
  gpointer *slot = (gpointer *) &condition->texts[language];
  char *text = g_atomic_pointer_get (slot);

  if (text == NULL)
    {
      text = condition_text (condition);
      /* Should another thread have been quicker, its text is the same. */
      if (!g_atomic_pointer_compare_and_exchange (slot, NULL, text))
        {
          g_free (text);
          text = g_atomic_pointer_get (slot);
        }
    }
  return text;
}

void
cp_model_condition_clear (CpModelCondition *condition)
{
  for (guint i = 0; i < G_N_ELEMENTS (condition->texts); i++)
    g_clear_pointer (&condition->texts[i], g_free);
}

/* The words of the details, kept per language: an answer has dozens. */
static struct
{
  const char *not_counted[2][2];
  const char *birth_unknown[2];
  const char *aged[2];
  const char *working_since[2];
  const char *work_starts[2];
  const char *no_work[2];
  const char *certificate_undated[2];
  const char *title_undated[2];
  const char *no_certificate[2];
  const char *no_title[2];
  const char *n_years[2][2];
  const char *n_months[2][2];
  const char *years_of[2];
  const char *graduating[2];
  const char *graduated[2];
  const char *graduates[2];
  const char *graduation_unknown[2];
  const char *no_diploma[2];
  const char *none_entered[2];
  const char *obtained[2];
  const char *issued[2];
  const char *confirms[2];
  const char *studying[2];
  const char *not_student[2];
  const char *hours[2];
} tr;

/* Periods that count for nothing are said so beside the figures. */
static void
note_invalid_periods (CpConditionResult    *result,
                      const CpProfileFacts *facts)
{
  guint n = facts->work.n_invalid;
  g_autofree char *detail = NULL;

  if (n == 0)
    return;
  detail = result->detail;
  /* Translators: appended to what the work periods show; %u is a count */
  result->detail = cp_text_format (CP_TEXT_ONCE (tr.not_counted[facts->language][n == 1],
                                                  g_dngettext (GETTEXT_PACKAGE,
                                                               "%s; %u work period not counted: it has no start or ends before it starts",
                                                               "%s; %u work periods not counted: they have no start or end before they start",
                                                               n)),
                                    detail, n);
}

static char *
age_detail (const CpModelCondition    *condition,
            const CpProfileFacts      *facts,
            CpDay                      on,
            const CpConditionDecision *decision)
{
  guint language = facts->language;
  char date[CP_DATE_TEXT_SIZE];

  if (facts->birth == 0)
    return g_strdup (CP_TEXT_ONCE (tr.birth_unknown[language], _("Enter the birth date to tell")));
  /* Translators: "aged 31; 16 on 2011-03-01" */
  return cp_text_format (CP_TEXT_ONCE (tr.aged[language], _("aged %d; %d on %s")), cp_age_on (facts->birth, on),
                          condition->years, cp_date_write (decision->met_from, date));
}

static char *
working_now_detail (const CpConditionDecision *decision,
                    guint                      language)
{
  char date[CP_DATE_TEXT_SIZE];

  if (decision->item == CP_ITEM_FOUND)
    /* Translators: %s is a date */
    return cp_text_format (CP_TEXT_ONCE (tr.working_since[language], _("working since %s")),
                            cp_date_write (decision->item_day, date));
  if (decision->item == CP_ITEM_FUTURE)
    return cp_text_format (CP_TEXT_ONCE (tr.work_starts[language], _("work starts on %s")),
                            cp_date_write (decision->item_day, date));
  return g_strdup (CP_TEXT_ONCE (tr.no_work[language], _("no work period covers this day")));
}

static const char *
certificate_undated (guint language)
{
  return CP_TEXT_ONCE (tr.certificate_undated[language], _("Enter the date of issue of the certificate to tell"));
}

static const char *
title_undated (guint language)
{
  return CP_TEXT_ONCE (tr.title_undated[language], _("Enter the date the title was obtained to tell"));
}

static char *
no_certificate (int   level,
                guint language)
{
  /* Translators: %d is a level (1 to 5) */
  return cp_text_format (CP_TEXT_ONCE (tr.no_certificate[language], _("no level %d certificate entered")), level);
}

static char *
work_years_detail (const CpModelCondition    *condition,
                   CpDay                      on,
                   const CpConditionDecision *decision,
                   guint                      language)
{
  guint worked_years, worked_months;
  g_autofree char *years_text = NULL;
  g_autofree char *months_text = NULL;

  if (decision->item == CP_ITEM_UNDATED)
    return g_strdup (condition->after == CP_MODEL_AFTER_CERTIFICATE ? certificate_undated (language)
                                                                    : title_undated (language));
  if (decision->item == CP_ITEM_NONE && condition->after == CP_MODEL_AFTER_CERTIFICATE)
    return no_certificate (condition->after_level, language);
  if (decision->item == CP_ITEM_NONE)
    /* Translators: %s is a title grade */
    return cp_text_format (CP_TEXT_ONCE (tr.no_title[language], _("no title (%s) in a matching major entered")),
                            cp_title_grade_name (condition->grade));

  cp_work_days_to_years_months (decision->figure, on, &worked_years, &worked_months);
  /* Translators: part of "8 years 4 months of 10" */
  years_text = cp_text_format (CP_TEXT_ONCE (tr.n_years[language][worked_years == 1],
                                              g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", worked_years)),
                                worked_years);
  /* Translators: part of "8 years 4 months of 10" */
  months_text = cp_text_format (CP_TEXT_ONCE (tr.n_months[language][worked_months == 1],
                                               g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", worked_months)),
                                 worked_months);
  /* Translators: years worked, months worked, years needed: "8 years 4 months of 10" */
  return cp_text_format (CP_TEXT_ONCE (tr.years_of[language], _("%s %s of %d")), years_text, months_text,
                          condition->years);
}

static char *
education_detail (CpDay                      on,
                  const CpConditionDecision *decision,
                  guint                      language)
{
  char date[CP_DATE_TEXT_SIZE];

  if (decision->item == CP_ITEM_FINAL_YEAR)
    return g_strdup (CP_TEXT_ONCE (tr.graduating[language], _("graduating student")));
  if (decision->item == CP_ITEM_FOUND && decision->item_day <= on)
    /* Translators: %s is a date */
    return cp_text_format (CP_TEXT_ONCE (tr.graduated[language], _("graduated on %s")),
                            cp_date_write (decision->item_day, date));
  if (decision->item == CP_ITEM_FOUND)
    /* Translators: %s is a date */
    return cp_text_format (CP_TEXT_ONCE (tr.graduates[language], _("graduates on %s")),
                            cp_date_write (decision->item_day, date));
  if (decision->item == CP_ITEM_UNDATED)
    return g_strdup (CP_TEXT_ONCE (tr.graduation_unknown[language], _("Enter the graduation date to tell")));
  return g_strdup (CP_TEXT_ONCE (tr.no_diploma[language], _("no such diploma entered")));
}

/* For a certificate or a title: what the profile holds. */
static char *
item_detail (const CpModelCondition    *condition,
             const CpConditionDecision *decision,
             guint                      language)
{
  char date[CP_DATE_TEXT_SIZE];
  gboolean title = condition->kind == CP_MODEL_TITLE;

  if (decision->item == CP_ITEM_UNDATED)
    return g_strdup (title ? title_undated (language) : certificate_undated (language));
  if (decision->item == CP_ITEM_NONE && title)
    return g_strdup (CP_TEXT_ONCE (tr.none_entered[language], _("none entered")));
  if (decision->item == CP_ITEM_NONE)
    return no_certificate (condition->level, language);
  if (title)
    /* Translators: %s is a date */
    return cp_text_format (CP_TEXT_ONCE (tr.obtained[language], _("obtained on %s")),
                            cp_date_write (decision->item_day, date));
  /* Translators: %s is a date */
  return cp_text_format (CP_TEXT_ONCE (tr.issued[language], _("issued on %s")), cp_date_write (decision->item_day, date));
}

void
cp_condition_explain (const CpModelCondition    *condition,
                      const CpProfileFacts      *facts,
                      CpDay                      on,
                      const CpConditionDecision *decision,
                      CpConditionResult         *result)
{
  guint language = facts->language;

  result->kind = condition->kind_name;
  result->status = decision->status;
  result->reachable = decision->reachable;
  result->met_from = decision->met_from;
  result->text = cached_text (condition, language);

  switch (condition->kind)
    {
    case CP_MODEL_AGE_AT_LEAST:
      result->detail = age_detail (condition, facts, on, decision);
      break;
    case CP_MODEL_DECLARATION:
      result->detail = g_strdup (CP_TEXT_ONCE (tr.confirms[language],
                                               _("The candidate confirms this; the app cannot check it")));
      break;
    case CP_MODEL_WORKING_NOW:
      result->detail = working_now_detail (decision, language);
      note_invalid_periods (result, facts);
      break;
    case CP_MODEL_WORK_YEARS:
      result->detail = work_years_detail (condition, on, decision, language);
      if (decision->item == CP_ITEM_FOUND)
        note_invalid_periods (result, facts);
      break;
    case CP_MODEL_CERTIFICATE:
    case CP_MODEL_CERTIFICATE_HELD_YEARS:
    case CP_MODEL_TITLE:
      result->detail = item_detail (condition, decision, language);
      break;
    case CP_MODEL_EDUCATION:
      result->detail = education_detail (on, decision, language);
      break;
    case CP_MODEL_STUDENT:
      result->detail = g_strdup (decision->status == CP_CONDITION_MET
                                 ? CP_TEXT_ONCE (tr.studying[language], _("studying"))
                                 : CP_TEXT_ONCE (tr.not_student[language], _("not entered as a student there")));
      break;
    case CP_MODEL_TRAINING_HOURS:
      /* Translators: "40 of 60 hours" */
      result->detail = cp_text_format (CP_TEXT_ONCE (tr.hours[language], _("%d of %d hours")), facts->training_hours,
                                        condition->hours);
      break;
    case CP_MODEL_N_CONDITION_KINDS:
    default:
      g_assert_not_reached ();
    }
}
