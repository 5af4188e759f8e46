/* cp-profile-check.c
 *
 * A draft may hold what the file format cannot: an item with no date, a
 * period ending before it starts. Saving such a draft would write a file
 * that does not read back, so the save names the first such field, in the
 * words of the editor, and writes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-profile"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-policy-query.h"
#include "cp-profile.h"

/* Item @index (from 0) of a list, with what is wrong with one of its fields. */
static gboolean
item_error (GError    **error,
            const char *item,
            guint       index,
            const char *message)
{
  /* Translators: "Certificate 2: Issued on is missing" */
  g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, _("%s %u: %s"), item, index + 1, message);
  return FALSE;
}

static gboolean
missing (GError    **error,
         const char *item,
         guint       index,
         const char *field)
{
  /* Translators: a field of a list item, as the editor titles it */
  g_autofree char *message = g_strdup_printf (_("%s is missing"), field);

  return item_error (error, item, index, message);
}

/* NULL, "" and values the format does not know all block a save. */
static gboolean
check_choice (GError             **error,
              const char          *item,
              guint                index,
              const char          *field,
              const char          *value,
              const char * const  *choices)
{
  if (value == NULL || value[0] == '\0')
    return missing (error, item, index, field);
  if (!g_strv_contains (choices, value))
    {
      /* Translators: a field, then its value, such as Grade “expert” */
      g_autofree char *message = g_strdup_printf (_("%s “%s” is not one the file format knows"), field, value);

      return item_error (error, item, index, message);
    }
  return TRUE;
}

static gboolean
check_level (GError    **error,
             const char *item,
             guint       index,
             int         level)
{
  if (level < 1 || level > 5)
    {
      /* Translators: %d is a number that should be 1 to 5 */
      g_autofree char *message = g_strdup_printf (_("level %d is not a level from 1 to 5"), level);

      return item_error (error, item, index, message);
    }
  return TRUE;
}

static gboolean
check_lists (CpProfile *profile,
             GError   **error)
{
  GArray *periods = cp_profile_get_work_periods (profile);
  GArray *certificates = cp_profile_get_certificates (profile);
  GArray *titles = cp_profile_get_titles (profile);
  GArray *education = cp_profile_get_education (profile);
  GArray *claims = cp_profile_get_subsidies (profile);

  for (guint i = 0; i < periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (periods, CpWorkPeriod, i);

      if (period->start == 0)
        return missing (error, _("Work period"), i, _("Start"));
      if (period->end != 0 && period->end < period->start)
        {
          g_autofree char *start = cp_date_format (period->start);
          g_autofree char *end = cp_date_format (period->end);
          /* Translators: the field, its date, then the start date */
          g_autofree char *message = g_strdup_printf (_("%s %s is before the start %s"), _("Last day worked"),
                                                      end, start);

          return item_error (error, _("Work period"), i, message);
        }
    }
  for (guint i = 0; i < certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (certificates, CpCertificate, i);

      if (!check_level (error, _("Certificate"), i, certificate->level))
        return FALSE;
      if (certificate->issued == 0)
        return missing (error, _("Certificate"), i, _("Issued on"));
      if (certificate->occupation == NULL || certificate->occupation[0] == '\0')
        return missing (error, _("Certificate"), i, _("Occupation"));
      if (!check_choice (error, _("Certificate"), i, _("Issued by"), certificate->issuer, cp_profile_issuers))
        return FALSE;
    }
  for (guint i = 0; i < titles->len; i++)
    {
      const CpTitle *title = &g_array_index (titles, CpTitle, i);

      if (!check_choice (error, _("Professional title"), i, _("Grade"), title->grade, cp_profile_grades))
        return FALSE;
      if (title->obtained == 0)
        return missing (error, _("Professional title"), i, _("Obtained on"));
    }
  for (guint i = 0; i < education->len; i++)
    {
      const CpEducation *item = &g_array_index (education, CpEducation, i);

      if (!check_choice (error, _("Diploma"), i, _("Kind of school"), item->kind, cp_profile_education_kinds))
        return FALSE;
    }
  for (guint i = 0; i < claims->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (claims, CpSubsidyClaim, i);

      if (!check_choice (error, _("Subsidy claimed"), i, _("Kind"), claim->kind, cp_profile_subsidy_kinds) ||
          !check_level (error, _("Subsidy claimed"), i, claim->level))
        return FALSE;
      if (claim->occupation == NULL || claim->occupation[0] == '\0')
        return missing (error, _("Subsidy claimed"), i, _("Occupation"));
      if (claim->date == 0)
        return missing (error, _("Subsidy claimed"), i, _("Date"));
    }
  if (cp_profile_get_registered_sessions (profile)->len > CP_PROFILE_MAX_REGISTERED_SESSIONS)
    {
      /* Translators: a field, a count, then the most allowed */
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, _("%s: %u sessions are more than %d"),
                   _("Registered for"), cp_profile_get_registered_sessions (profile)->len,
                   CP_PROFILE_MAX_REGISTERED_SESSIONS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_city (CpPolicyPack *pack,
         const char   *id)
{
  JsonObject *region = cp_policy_find (pack, "regions.json", "regions", "id", id);

  /* Candidates live and claim in cities; a province is not a city. */
  return region != NULL && g_strcmp0 (json_object_get_string_member_with_default (region, "kind", NULL),
                                      "province") != 0;
}

static gboolean
check_references (CpProfile    *profile,
                  CpPolicyPack *pack,
                  GError      **error)
{
  static const struct { const char *link; const char *title; } links[] = {
    { "insured_city", N_("Social insurance paid in") },
    { "hukou_city", N_("Household registration (户籍) in") },
    { "registered_unemployed_city", N_("Registered as unemployed in") },
    { "graduate_registered_city", N_("Registered as a graduate in") },
  };
  const char *occupation = cp_profile_get_occupation (profile);
  const char *city = cp_profile_get_city (profile);

  if (occupation != NULL && cp_policy_find (pack, "occupations.json", "occupations", "code", occupation) == NULL)
    {
      /* Translators: a field, then its value */
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, _("%s: “%s” is not an occupation of the policy data"),
                   _("Occupation"), occupation);
      return FALSE;
    }
  if (city != NULL && !is_city (pack, city))
    {
      /* Translators: a field, then its value */
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, _("%s: “%s” is not a city of the policy data"),
                   _("City of application"), city);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      const char *link = cp_profile_get_link_city (profile, links[i].link);

      if (link != NULL && !is_city (pack, link))
        {
          g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID,
                       _("%s: “%s” is not a city of the policy data"), _(links[i].title), link);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
cp_profile_check (CpProfile    *self,
                  CpPolicyPack *pack,
                  GError      **error)
{
  g_autofree char *data = NULL;
  g_autoptr(CpProfile) again = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CP_IS_PROFILE (self), FALSE);

  if (cp_profile_get_training_hours (self) > 100000)
    {
      /* Translators: a field, then its value */
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, _("%s: %d is more than 100000"),
                   _("Training hours finished"), cp_profile_get_training_hours (self));
      return FALSE;
    }
  if (!check_lists (self, error))
    return FALSE;
  if (pack != NULL && !check_references (self, pack, error))
    return FALSE;

  /* Whatever the checks above did not foresee: never write a file that
   * would not read back. */
  data = cp_profile_to_data (self);
  again = cp_profile_new_from_data (data, -1, "candidate", pack, &local_error);
  if (again == NULL)
    {
      /* Translators: %s says which member of the file is wrong */
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, _("The candidate cannot be saved: %s"),
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
