/* cp-policy-sources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-date.h"
#include "cp-policy-query.h"
#include "cp-policy-sources.h"
#include "cp-text.h"

static const char * const certainty_names[] = { "confirmed", "secondary", "seed_only", "unofficial" };

static JsonObject *
find_source (CpPolicyPack *pack,
             const char   *id)
{
  return cp_policy_find (pack, "sources.json", "sources", "id", id);
}

CpCertainty
cp_policy_source_certainty (CpPolicyPack *pack,
                            const char   *id)
{
  JsonObject *source = find_source (pack, id);
  const char *status = source != NULL ? json_object_get_string_member_with_default (source, "status", NULL) : NULL;

  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (certainty_names); i++)
    if (g_str_equal (status, certainty_names[i]))
      return (CpCertainty) i;
  return CP_CERTAINTY_UNOFFICIAL;
}

CpCertainty
cp_policy_record_certainty (CpPolicyPack *pack,
                            JsonObject   *record)
{
  JsonArray *sources = record != NULL && json_object_has_member (record, "sources")
                       ? json_object_get_array_member (record, "sources") : NULL;
  CpCertainty weakest = CP_CERTAINTY_CONFIRMED;

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    weakest = MAX (weakest, cp_policy_source_certainty (pack, json_array_get_string_element (sources, i)));
  return weakest;
}

const char *
cp_certainty_to_string (CpCertainty certainty)
{
  g_return_val_if_fail (certainty <= CP_CERTAINTY_UNOFFICIAL, "unofficial");
  return certainty_names[certainty];
}

const char *
cp_certainty_label (CpCertainty certainty)
{
  switch (certainty)
    {
    case CP_CERTAINTY_CONFIRMED:
      /* Translators: how sure a figure is */
      return _("confirmed");
    case CP_CERTAINTY_SECONDARY:
      return _("secondary sources only");
    case CP_CERTAINTY_SEED_ONLY:
      return _("seed documents only");
    case CP_CERTAINTY_UNOFFICIAL:
    default:
      return _("unofficial article");
    }
}

/* The day, else the month, of @source; NULL when neither is known. */
static char *
source_when (JsonObject *source)
{
  CpDay day = cp_json_get_day (source, "date");

  if (day != 0)
    return cp_date_format (day);
  if (json_object_has_member (source, "month") && !json_object_get_null_member (source, "month"))
    return g_strdup (json_object_get_string_member (source, "month"));
  return NULL;
}

char *
cp_policy_source_cite (CpPolicyPack *pack,
                       const char   *id)
{
  JsonObject *source = find_source (pack, id);
  g_autofree char *when = NULL;
  const char *name;

  if (source == NULL)
    return g_strdup (id);
  name = json_object_get_null_member (source, "number") ? cp_text_get_member (source, "title", NULL)
                                                        : json_object_get_string_member (source, "number");
  when = source_when (source);
  return when != NULL ? g_strdup_printf ("%s, %s", name, when) : g_strdup (name);
}

char *
cp_policy_record_cite (CpPolicyPack *pack,
                       JsonObject   *record)
{
  JsonArray *sources = record != NULL && json_object_has_member (record, "sources")
                       ? json_object_get_array_member (record, "sources") : NULL;
  g_autoptr(GString) text = NULL;

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      g_autofree char *cite = cp_policy_source_cite (pack, json_array_get_string_element (sources, i));

      if (text == NULL)
        text = g_string_new (cite);
      else
        g_string_append_printf (text, "; %s", cite);
    }
  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

char *
cp_policy_source_describe (CpPolicyPack *pack,
                           const char   *id)
{
  JsonObject *source = find_source (pack, id);
  g_autoptr(GString) text = NULL;
  g_autofree char *when = NULL;
  const char *issuer;

  if (source == NULL)
    return g_strdup (id);
  text = g_string_new (cp_text_get_member (source, "title", NULL));
  issuer = json_object_get_null_member (source, "issuer") ? NULL : cp_text_get_member (source, "issuer", NULL);
  if (issuer != NULL)
    g_string_append_printf (text, " — %s", issuer);
  if (!json_object_get_null_member (source, "number"))
    g_string_append_printf (text, ", %s", json_object_get_string_member (source, "number"));
  when = source_when (source);
  /* Translators: "undated" stands for the date of a document that has none */
  g_string_append_printf (text, ", %s", when != NULL ? when : _("undated"));
  if (!json_object_get_null_member (source, "url"))
    g_string_append_printf (text, ", %s", json_object_get_string_member (source, "url"));
  /* Translators: %s is how sure a source is, such as "secondary sources only" */
  g_string_append_printf (text, _(" (%s)"), cp_certainty_label (cp_policy_source_certainty (pack, id)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
cp_policy_checked_text (CpPolicyPack *pack)
{
  JsonObject *root = cp_policy_pack_get_file (pack, "pack.json");
  g_autoptr(GString) text = NULL;
  JsonArray *unknowns;

  if (!json_object_has_member (root, "checked") || json_object_get_null_member (root, "checked"))
    return NULL;
  /* Translators: %s is a date */
  text = g_string_new (NULL);
  g_string_printf (text, _("Data last checked on %s."), json_object_get_string_member (root, "checked"));
  unknowns = json_object_has_member (root, "known_unknowns") ? json_object_get_array_member (root, "known_unknowns") : NULL;
  for (guint i = 0; unknowns != NULL && i < json_array_get_length (unknowns); i++)
    {
      if (i == 0)
        /* Translators: followed by a list of what the data does not know */
        g_string_append_printf (text, " %s", _("Known not to be known then:"));
      g_string_append_printf (text, " %s", cp_text_get (json_array_get_object_element (unknowns, i), NULL));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
