/* cp-subsidy.c  (as it was before the compiled model; see old-engine.h)
 *
 * Each step of the answer is a reason: the rule, met or not, the figure and
 * the record it comes from. Where the data does not give a figure the
 * answer gives none, rather than a guess.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-policy-query.h"
#include "cp-yuan.h"
#include "cp-subsidy-deadline.h"
#include "cp-text.h"
#include "old-engine.h"

#define SCHEME "skill_upgrade"

static void
reason_free (CpSubsidyReason *reason)
{
  g_free (reason->text);
  g_free (reason);
}

/* A reason resting on @record as it holds on @day; a @payable one is a
 * step of the amount (or the apply-by date), which a not-eligible answer
 * does not show. */
static void G_GNUC_PRINTF (6, 7)
add_step (CpSubsidyAnswer *self,
          gboolean         payable,
          CpReasonStatus   status,
          JsonObject      *record,
          CpDay            day,
          const char      *format,
          ...)
{
  CpSubsidyReason *reason = g_new0 (CpSubsidyReason, 1);
  va_list args;

  va_start (args, format);
  reason->text = g_strdup_vprintf (format, args);
  va_end (args);
  reason->status = status;
  reason->record = record;
  reason->payable = payable;
  g_ptr_array_add (self->reasons, reason);

  if (status == CP_REASON_NOT_MET)
    self->eligible = FALSE;
  if (status == CP_REASON_CONFIRM)
    self->needs_confirmation = TRUE;
  /* Data gaps show in the base and the uplift; an input the answer needs
   * (the birth date, say) is what makes it wait. */
  if (status == CP_REASON_UNKNOWN && !payable)
    self->unknown = TRUE;
  /* Said once, in the banner, rather than on every row. */
  if (record != NULL && cp_policy_past_end (record, day) &&
      !g_ptr_array_find (self->ended_rules, record, NULL))
    {
      self->unconfirmed_validity = TRUE;
      g_ptr_array_add (self->ended_rules, record);
    }
}

#define add_reason(self, ...) add_step ((self), FALSE, __VA_ARGS__)
#define add_payable(self, ...) add_step ((self), TRUE, __VA_ARGS__)

/* The record of @member in subsidy.json for the scheme that holds in
 * @city on @day and is the closest to it (the city's own before the
 * province's); with @kind, only records of that kind. */
static JsonObject *
find_rule (CpPolicyPack *pack,
           const char   *member,
           const char   *city,
           CpDay         day,
           const char   *kind)
{
  JsonArray *records = cp_policy_pack_get_records (pack, "subsidy.json", member);
  JsonObject *best = NULL;
  int best_distance = G_MAXINT;

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      int distance = old_region_distance (pack, json_object_get_string_member (record, "region"), city);

      if (distance < 0 || distance >= best_distance || !cp_policy_in_force (record, day))
        continue;
      if (g_strcmp0 (json_object_get_string_member (record, "scheme"), SCHEME) != 0)
        continue;
      if (kind != NULL && g_strcmp0 (json_object_get_string_member (record, "kind"), kind) != 0)
        continue;
      best = record;
      best_distance = distance;
    }
  return best;
}

static const char *
name_of (JsonObject *record)
{
  return cp_text_get_member (record, "name", NULL);
}

static char *
format_day (CpDay day)
{
  return day != 0 ? cp_date_format (day) : g_strdup (_("unknown"));
}

/* ---------- Amount ---------- */

static void
find_base (CpSubsidyAnswer            *self,
           CpPolicyPack               *pack,
           const CpSubsidyCertificate *certificate,
           const char                 *city)
{
  JsonObject *catalogue = find_rule (pack, "catalogues", city, certificate->issued, NULL);
  g_autofree char *issued = format_day (certificate->issued);
  CpDay day = certificate->issued;
  JsonArray *rows;
  JsonNode *amount;
  const char *klass = NULL;

  self->base = CP_YUAN_UNKNOWN;
  self->catalogue = catalogue;
  if (catalogue == NULL)
    {
      /* Translators: %s is a date */
      add_payable (self, CP_REASON_UNKNOWN, NULL, day,
                   _("No subsidy catalogue in the data covers a certificate issued on %s; the amount is unknown"), issued);
      return;
    }

  /* Translators: first %s is a date, second the catalogue's name */
  add_payable (self, CP_REASON_INFO, catalogue, day, _("Catalogue in force on the issue date %s: %s"),
               issued, name_of (catalogue));

  rows = json_object_get_array_member (catalogue, "rows");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_strcmp0 (json_object_get_string_member (row, "occupation"), certificate->occupation) == 0)
        klass = json_object_get_string_member (row, "class");
    }
  if (klass == NULL)
    {
      /* Translators: %s is an occupation code */
      add_payable (self, CP_REASON_UNKNOWN, catalogue, day,
                   _("The data has no row of this catalogue for occupation %s; the amount is unknown"),
                   certificate->occupation);
      return;
    }

  /* Five amounts per class, levels 5 to 1 in the catalogue's order. */
  amount = json_array_get_element (json_object_get_array_member (json_object_get_object_member (catalogue, "amounts"),
                                                                 klass), 5 - certificate->level);
  if (JSON_NODE_HOLDS_NULL (amount))
    {
      /* Translators: first %s is a class (A, B…), %d a level */
      add_payable (self, CP_REASON_UNKNOWN, catalogue, day,
                   _("Class %s, level %d: the amount is not given in the sources"), klass, certificate->level);
      return;
    }

  self->base = json_node_get_int (amount);
  if (json_object_get_boolean_member_with_default (catalogue, "amounts_inferred", FALSE))
    /* Translators: class, level, amount in yuan */
    add_payable (self, CP_REASON_INFO, catalogue, day,
                 _("Class %s, level %d: %d yuan (inferred from the sources, not confirmed)"),
                 klass, certificate->level, (int) self->base);
  else
    add_payable (self, CP_REASON_INFO, catalogue, day, _("Class %s, level %d: %d yuan"),
                 klass, certificate->level, (int) self->base);
}

typedef enum
{
  NOT_LISTED,
  LISTED,
  LIST_ENDED,   /* listed, but the list's window ended before the day */
} Listing;

static Listing
find_listing (CpPolicyPack *pack,
              const char   *list_id,
              const char   *occupation,
              CpDay         day,
              JsonObject  **out_list)
{
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");

  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonArray *lists = json_object_get_array_member (json_array_get_object_element (regions, i), "shortage_lists");

      for (guint k = 0; k < json_array_get_length (lists); k++)
        {
          JsonObject *list = json_array_get_object_element (lists, k);

          if (!g_str_equal (json_object_get_string_member (list, "id"), list_id))
            continue;
          *out_list = list;
          if (!cp_json_array_has_string (json_object_get_array_member (list, "occupations"), occupation))
            return NOT_LISTED;
          if (cp_policy_in_force (list, day))
            return LISTED;
          return cp_policy_past_end (list, day) ? LIST_ENDED : NOT_LISTED;
        }
    }
  return NOT_LISTED;
}

/* Why an uplift that may apply is not firm, or NULL when it is: a rate
 * the sources give only as a ceiling or for other levels, a list or rule
 * not known to hold on the issue date. Sets the percent to use. */
static const char *
uplift_doubt (JsonObject *rule,
              JsonObject *list,
              Listing     listing,
              int         level,
              CpDay       issued,
              int        *percent)
{
  JsonNode *rate = json_object_get_member (rule, "rate_percent");
  gint64 most = json_object_get_int_member_with_default (rule, "max_rate_percent", 0);

  *percent = 0;
  if (JSON_NODE_HOLDS_NULL (rate))
    {
      *percent = (int) most;
      return most > 0 ? _("the sources give no rate for this city, only the provincial ceiling") : NULL;
    }
  *percent = json_node_get_int (rate);
  if (json_object_has_member (rule, "rate_for_levels") &&
      !cp_json_array_has_int (json_object_get_array_member (rule, "rate_for_levels"), level))
    {
      *percent = most > 0 ? (int) most : *percent;
      return _("the sources give the city's rate for other levels only");
    }
  if (listing == LIST_ENDED)
    return _("the shortage-occupation list's period ended before the issue date and nothing says whether it holds later");
  if (!cp_policy_known_on (list, issued))
    return _("the occupation is not known to be on the city's list on the issue date");
  if (!cp_policy_known_on (rule, issued))
    return _("the city's uplift is not known to hold on the issue date");
  return NULL;
}

static void
find_uplift (CpSubsidyAnswer            *self,
             CpPolicyPack               *pack,
             CpProfile                  *profile,
             const CpSubsidyCertificate *certificate,
             const char                 *city)
{
  CpDay day = certificate->issued;
  JsonObject *rule = find_rule (pack, "uplifts", city, day, NULL);
  JsonObject *list = NULL;
  JsonNode *levels;
  const char *doubt;
  Listing listing;
  int percent;

  self->uplift = 0;
  self->uplift_percent = 0;
  if (rule == NULL || json_object_get_null_member (rule, "shortage_list"))
    {
      add_payable (self, CP_REASON_INFO, rule, day, _("No shortage-occupation uplift of this city is in the data"));
      return;
    }
  listing = find_listing (pack, json_object_get_string_member (rule, "shortage_list"), certificate->occupation,
                          day, &list);
  if (listing == NOT_LISTED)
    {
      add_payable (self, CP_REASON_INFO, list, day,
                   _("The occupation is not on the city's shortage-occupation list on the issue date: no uplift"));
      return;
    }

  levels = json_object_get_member (rule, "levels");
  if (JSON_NODE_HOLDS_NULL (levels))
    {
      self->uplift = CP_YUAN_UNKNOWN;
      add_payable (self, CP_REASON_UNKNOWN, rule, day, _("The sources do not say which levels the city's uplift is for"));
      return;
    }
  if (!cp_json_array_has_int (json_node_get_array (levels), certificate->level))
    {
      /* Translators: %d is a level */
      add_payable (self, CP_REASON_INFO, rule, day, _("The uplift is for level 3 and above, not level %d"),
                   certificate->level);
      return;
    }

  if (g_str_equal (json_object_get_string_member (rule, "who"), "insured_in_city") &&
      g_strcmp0 (cp_profile_get_link_city (profile, "insured_city"), city) != 0)
    {
      add_payable (self, CP_REASON_INFO, rule, day,
                   _("The city's uplift is only for workers insured in the city, and the candidate is not: no uplift"));
      return;
    }

  doubt = uplift_doubt (rule, list, listing, certificate->level, day, &percent);
  if (percent == 0)
    {
      self->uplift = CP_YUAN_UNKNOWN;
      add_payable (self, CP_REASON_UNKNOWN, rule, day, _("The city's uplift rate is not given in the sources"));
      return;
    }

  self->uplift_percent = percent;
  self->uplift_ceiling = doubt != NULL;
  if (self->base == CP_YUAN_UNKNOWN)
    {
      self->uplift = CP_YUAN_UNKNOWN;
      add_payable (self, CP_REASON_INFO, rule, day, _("Shortage-occupation uplift: %d%% of an unknown amount"),
                   self->uplift_percent);
      return;
    }
  /* Whole yuan, rounded half up: 2400 × 30% = 720 as seed 002 prints it. */
  self->uplift = cp_yuan_percent (self->base, self->uplift_percent);
  if (doubt == NULL)
    add_payable (self, CP_REASON_INFO, rule, day, _("Shortage-occupation uplift: %d%% of %d = %d yuan"),
                 self->uplift_percent, (int) self->base, (int) self->uplift);
  else
    /* Translators: why the uplift is not firm, then percent, base and the most uplift in yuan */
    add_payable (self, CP_REASON_UNKNOWN, rule, day,
                 _("Shortage-occupation uplift not confirmed, since %s: between 0 and %d%% of %d, at most %d yuan"),
                 doubt, self->uplift_percent, (int) self->base, (int) self->uplift);
}

/* ---------- Who may claim ---------- */

static const char *
link_member (const char *link)
{
  if (g_str_equal (link, "hukou"))
    return "hukou_city";
  if (g_str_equal (link, "insured"))
    return "insured_city";
  if (g_str_equal (link, "registered_unemployed"))
    return "registered_unemployed_city";
  if (g_str_equal (link, "registered_graduate"))
    return "graduate_registered_city";
  return NULL;
}

static const char *
link_name (const char *link)
{
  if (g_str_equal (link, "hukou"))
    return _("household registration (户籍)");
  if (g_str_equal (link, "insured"))
    return _("social insurance paid there");
  if (g_str_equal (link, "registered_unemployed"))
    return _("registered as unemployed there");
  if (g_str_equal (link, "registered_graduate"))
    return _("registered there as a graduate without a job");
  return link;
}

/* The records of @member in subsidy.json in force on @day for the city and
 * every region above it, the city's first: the province's claimant ages
 * and exclusions hold in every city, and a city adds its own links. */
static GPtrArray *
find_rules (CpPolicyPack *pack,
            const char   *member,
            const char   *city,
            CpDay         day)
{
  JsonObject *root = cp_policy_pack_get_file (pack, "subsidy.json");
  JsonArray *records = json_object_has_member (root, member) ? json_object_get_array_member (root, member) : NULL;
  GPtrArray *rules = g_ptr_array_new ();
  int nearest_left = G_MAXINT;

  /* Nearest first: one pass per distance until none is left. */
  for (int distance = 0; records != NULL && distance <= nearest_left; distance++)
    {
      nearest_left = -1;
      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          JsonObject *record = json_array_get_object_element (records, i);
          int d = old_region_distance (pack, json_object_get_string_member (record, "region"), city);

          if (d > distance)
            nearest_left = MAX (nearest_left, d);
          if (d == distance && g_strcmp0 (json_object_get_string_member (record, "scheme"), SCHEME) == 0 &&
              cp_policy_in_force (record, day))
            g_ptr_array_add (rules, record);
        }
    }
  return rules;
}

static void
check_links (CpSubsidyAnswer *self,
             CpProfile       *profile,
             GPtrArray       *rules,
             const char      *city,
             CpDay            on)
{
  for (guint r = 0; r < rules->len; r++)
    {
      JsonArray *links = json_object_get_array_member (g_ptr_array_index (rules, r), "links");

      for (guint i = 0; i < json_array_get_length (links); i++)
        {
          const char *link = json_array_get_string_element (links, i);
          const char *member = link_member (link);

          /* The claim goes to the office of the place the candidate is
           * linked to (户籍地、参保地 …), so the link must be to the claim
           * city itself. */
          if (member != NULL && g_strcmp0 (cp_profile_get_link_city (profile, member), city) == 0)
            {
              /* Translators: %s is a link such as "social insurance paid there" */
              add_reason (self, CP_REASON_MET, g_ptr_array_index (rules, r), on, _("May claim here: %s"),
                          link_name (link));
              return;
            }
        }
    }
  add_reason (self, CP_REASON_NOT_MET, g_ptr_array_index (rules, 0), on,
              _("No link to the claim city: needs household registration, social insurance or unemployment registration there"));
}

static void
check_age (CpSubsidyAnswer *self,
           CpProfile       *profile,
           JsonObject      *rule,
           CpDay            on)
{
  CpDay birth = cp_profile_get_birth_date (profile);
  gint64 min_age = json_object_get_int_member (rule, "min_age");
  gint64 max_women = json_object_get_int_member_with_default (rule, "max_age_women", 0);
  gint64 max_men = json_object_get_int_member_with_default (rule, "max_age_men", 0);
  int age = 0;

  if (birth == 0)
    {
      add_reason (self, CP_REASON_UNKNOWN, rule, on, _("Age limits apply; enter the birth date to tell"));
      return;
    }
  while (old_date_add_years (birth, age + 1) <= on)
    age++;
  if (age < min_age || (max_men > 0 && age > max_men))
    /* Translators: %d is an age */
    add_reason (self, CP_REASON_NOT_MET, rule, on, _("Aged %d: outside the age limits"), age);
  else if (max_women > 0 && age > max_women)
    add_reason (self, CP_REASON_CONFIRM, rule, on,
                _("Aged %d: within the limit for men (%d), over the limit for women (%d)"),
                age, (int) max_men, (int) max_women);
  else
    add_reason (self, CP_REASON_MET, rule, on, _("Aged %d: within the age limits"), age);
}

static void
check_claimant (CpSubsidyAnswer *self,
                CpPolicyPack    *pack,
                CpProfile       *profile,
                const char      *city,
                CpDay            on)
{
  g_autoptr(GPtrArray) rules = find_rules (pack, "claimants", city, on);
  JsonObject *age_rule = NULL;

  if (rules->len == 0)
    {
      add_reason (self, CP_REASON_UNKNOWN, NULL, on, _("Who may claim in this city is not in the data"));
      return;
    }
  check_links (self, profile, rules, city, on);

  /* The nearest record that sets ages; every record's exclusions. */
  for (guint r = 0; r < rules->len && age_rule == NULL; r++)
    if (!json_object_get_null_member (g_ptr_array_index (rules, r), "min_age"))
      age_rule = g_ptr_array_index (rules, r);
  if (age_rule != NULL)
    check_age (self, profile, age_rule, on);

  for (guint r = 0; r < rules->len; r++)
    {
      JsonObject *rule = g_ptr_array_index (rules, r);
      JsonArray *excluded = json_object_get_array_member (rule, "excluded");

      for (guint i = 0; i < json_array_get_length (excluded); i++)
        /* Translators: %s is a group of people, such as full-time students */
        add_reason (self, CP_REASON_CONFIRM, rule, on, _("Not one of: %s"),
                    cp_text_get (json_array_get_object_element (excluded, i), NULL));
    }
}

/* ---------- Limits ---------- */

static guint
count_claims (CpProfile  *profile,
              const char *kind,
              int         year)
{
  GArray *claims = cp_profile_get_subsidies (profile);
  guint count = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (claims, CpSubsidyClaim, i);
      int claim_year;

      /* An undated claim (only a draft has one) falls in no year. */
      if (claim->date == 0)
        continue;
      cp_date_to_ymd (claim->date, &claim_year, NULL, NULL);
      /* The yearly limit is on the four kinds the Shenzhen FAQ names; the
       * unemployment-insurance subsidy is a scheme apart. */
      if (claim_year != year || g_strcmp0 (claim->kind, "unemployment_insurance_skill") == 0)
        continue;
      if (kind == NULL || g_strcmp0 (claim->kind, kind) == 0)
        count++;
    }
  return count;
}

static const CpSubsidyClaim *
find_claim (CpProfile                  *profile,
            const char                 *kind,
            const CpSubsidyCertificate *certificate,
            gboolean                    higher)
{
  GArray *claims = cp_profile_get_subsidies (profile);

  for (guint i = 0; i < claims->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (claims, CpSubsidyClaim, i);

      if (g_strcmp0 (claim->kind, kind) != 0 || g_strcmp0 (claim->occupation, certificate->occupation) != 0)
        continue;
      /* Level 1 is the highest. */
      if (higher ? claim->level < certificate->level : claim->level == certificate->level)
        return claim;
    }
  return NULL;
}

static void
check_limit (CpSubsidyAnswer            *self,
             CpPolicyPack               *pack,
             CpProfile                  *profile,
             const CpSubsidyCertificate *certificate,
             JsonObject                 *limit,
             CpDay                       on)
{
  const char *kind = json_object_get_string_member (limit, "kind");
  const char *text = cp_text_get_member (limit, "text", NULL);
  int year;

  cp_date_to_ymd (on, &year, NULL, NULL);

  if (g_str_equal (kind, "higher_level_claimed"))
    {
      const CpSubsidyClaim *claim = find_claim (profile, SCHEME, certificate, TRUE);
      if (claim != NULL)
        /* Translators: %d is a level, then the rule's text */
        add_reason (self, CP_REASON_NOT_MET, limit, on, _("Level %d of this occupation was already subsidised. %s"),
                    claim->level, text);
      else
        add_reason (self, CP_REASON_MET, limit, on, "%s", text);
    }
  else if (g_str_equal (kind, "same_level_claimed"))
    {
      gboolean claimed = find_claim (profile, SCHEME, certificate, FALSE) != NULL;
      add_reason (self, claimed ? CP_REASON_NOT_MET : CP_REASON_MET, limit, on,
                  claimed ? _("This level was already subsidised. %s") : "%s", text);
    }
  else if (g_str_equal (kind, "once_per_kind_per_year"))
    {
      guint claims = count_claims (profile, SCHEME, year);
      /* Translators: %d is a year */
      add_reason (self, claims >= (guint) json_object_get_int_member_with_default (limit, "value", 1) ? CP_REASON_NOT_MET : CP_REASON_MET,
                  limit, on, _("%u skill upgrade subsidies already in %d. %s"), claims, year, text);
    }
  else if (g_str_equal (kind, "max_per_year"))
    {
      guint claims = count_claims (profile, NULL, year);
      add_reason (self, claims >= (guint) json_object_get_int_member_with_default (limit, "value", 3) ? CP_REASON_NOT_MET : CP_REASON_MET,
                  limit, on, _("%u subsidies of these kinds already in %d. %s"), claims, year, text);
    }
  else if (g_str_equal (kind, "employer_evaluation_excluded"))
    add_reason (self, g_strcmp0 (certificate->issuer, "employer") == 0 ? CP_REASON_NOT_MET : CP_REASON_MET,
                limit, on, "%s", text);
  else if (g_str_equal (kind, "no_double_with_unemployment_insurance"))
    {
      gboolean claimed = find_claim (profile, "unemployment_insurance_skill", certificate, FALSE) != NULL;
      add_reason (self, claimed ? CP_REASON_NOT_MET : CP_REASON_MET, limit, on, "%s", text);
    }
  else if (g_str_equal (kind, "claim_deadline_months"))
    {
      gboolean approximate = FALSE;
      CpDay deadline = cp_subsidy_deadline (pack, certificate->issued,
                                            json_object_get_int_member (limit, "value"), &approximate);
      g_autofree char *date = format_day (deadline);

      self->deadline = deadline;
      self->deadline_approximate = approximate;
      self->days_left = (int) deadline - (int) on;
      if (on > deadline)
        /* Translators: %s is a date */
        add_reason (self, CP_REASON_NOT_MET, limit, on, _("Too late: the last day to apply was %s. %s"), date, text);
      else
        add_payable (self, CP_REASON_MET, limit, on,
                     g_dngettext (GETTEXT_PACKAGE, "Apply by %s (%d day left). %s", "Apply by %s (%d days left). %s",
                                  self->days_left),
                     date, self->days_left, text);
    }
}

static void
check_limits (CpSubsidyAnswer            *self,
              CpPolicyPack               *pack,
              CpProfile                  *profile,
              const CpSubsidyCertificate *certificate,
              const char                 *city,
              CpDay                       on)
{
  JsonArray *limits = cp_policy_pack_get_records (pack, "subsidy.json", "limits");

  /* Every limit of the city and of the regions above it holds. */
  for (guint i = 0; i < json_array_get_length (limits); i++)
    {
      JsonObject *limit = json_array_get_object_element (limits, i);

      if (g_strcmp0 (json_object_get_string_member (limit, "scheme"), SCHEME) == 0 &&
          old_region_distance (pack, json_object_get_string_member (limit, "region"), city) >= 0 &&
          cp_policy_in_force (limit, on))
        check_limit (self, pack, profile, certificate, limit, on);
    }
}

/* The range the answer allows, and how sure each end is: the catalogue's
 * sources, and the uplift's where it adds to that end. */
static void
settle_amount (CpSubsidyAnswer *self,
               CpPolicyPack    *pack,
               JsonObject      *uplift_rule)
{
  CpCertainty base = cp_policy_record_certainty (pack, self->catalogue);
  CpCertainty with_uplift = MAX (base, cp_policy_record_certainty (pack, uplift_rule));

  if (!self->eligible)
    {
      /* Nothing payable, so no apply-by date either, unless it is what
       * ran out. */
      self->amount = self->amount_min = self->amount_max = 0;
      if (self->deadline != 0 && self->days_left >= 0)
        self->deadline = self->days_left = 0;
      self->certainty_min = self->certainty_max = CP_CERTAINTY_CONFIRMED;
      return;
    }
  /* What is not known is not counted: without the birth date, say, no
   * amount is given, only the figures it would be made of. */
  if (self->base == CP_YUAN_UNKNOWN || self->unknown)
    {
      self->amount = self->amount_min = self->amount_max = CP_YUAN_UNKNOWN;
      return;
    }
  if (self->uplift == CP_YUAN_UNKNOWN)
    {
      self->amount = self->amount_max = CP_YUAN_UNKNOWN;
      self->amount_min = self->base;
      self->certainty_min = self->certainty_max = base;
      return;
    }
  self->amount_max = cp_yuan_add (self->base, self->uplift);
  self->amount_min = self->uplift_ceiling ? self->base : self->amount_max;
  self->amount = self->uplift_ceiling ? CP_YUAN_UNKNOWN : self->amount_max;
  self->certainty_max = self->uplift > 0 ? with_uplift : base;
  self->certainty_min = self->uplift > 0 && !self->uplift_ceiling ? with_uplift : base;
}

CpSubsidyAnswer *
old_subsidy_evaluate (CpPolicyPack               *pack,
                     CpProfile                  *profile,
                     const CpSubsidyCertificate *certificate,
                     const char                 *claim_city,
                     CpDay                       on)
{
  CpSubsidyAnswer *self;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (CP_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (certificate != NULL && certificate->issued != 0, NULL);
  g_return_val_if_fail (certificate->level >= 1 && certificate->level <= 5, NULL);
  g_return_val_if_fail (claim_city != NULL, NULL);

  self = g_new0 (CpSubsidyAnswer, 1);
  self->pack = g_object_ref (pack);
  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
  self->ended_rules = g_ptr_array_new ();
  self->eligible = TRUE;

  find_base (self, pack, certificate, claim_city);
  find_uplift (self, pack, profile, certificate, claim_city);
  check_claimant (self, pack, profile, claim_city, on);
  check_limits (self, pack, profile, certificate, claim_city, on);
  self->procedures = find_rules (pack, "claim_procedures", claim_city, on);
  settle_amount (self, pack, self->uplift != 0 ? find_rule (pack, "uplifts", claim_city, certificate->issued, NULL) : NULL);
  return self;
}
