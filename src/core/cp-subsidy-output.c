/* cp-subsidy-output.c: a subsidy answer as JSON and as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cp-policy-query.h"
#include "cp-subsidy.h"
#include "cp-text.h"

static const char *
status_name (CpReasonStatus status)
{
  switch (status)
    {
    case CP_REASON_MET:
      return "met";
    case CP_REASON_NOT_MET:
      return "not_met";
    case CP_REASON_UNKNOWN:
      return "unknown";
    case CP_REASON_CONFIRM:
      return "confirm";
    case CP_REASON_INFO:
      return "info";
    default:
      g_assert_not_reached ();
    }
}

void
cp_json_add_yuan (JsonBuilder *builder,
                  const char  *member,
                  gint64       yuan)
{
  json_builder_set_member_name (builder, member);
  if (yuan == CP_YUAN_UNKNOWN)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, yuan);
}

JsonNode *
cp_subsidy_answer_to_json (CpSubsidyAnswer *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "eligible");
  json_builder_add_boolean_value (builder, self->eligible);
  json_builder_set_member_name (builder, "needs_confirmation");
  json_builder_add_boolean_value (builder, self->needs_confirmation);
  json_builder_set_member_name (builder, "unknown");
  json_builder_add_boolean_value (builder, self->unknown);
  cp_json_add_yuan (builder, "amount", self->amount);
  cp_json_add_yuan (builder, "amount_min", self->amount_min);
  cp_json_add_yuan (builder, "amount_max", self->amount_max);
  json_builder_set_member_name (builder, "certainty_min");
  json_builder_add_string_value (builder, cp_certainty_to_string (self->certainty_min));
  json_builder_set_member_name (builder, "certainty_max");
  json_builder_add_string_value (builder, cp_certainty_to_string (self->certainty_max));
  cp_json_add_yuan (builder, "base", self->base);
  cp_json_add_yuan (builder, "uplift", self->uplift);
  json_builder_set_member_name (builder, "uplift_confirmed");
  json_builder_add_boolean_value (builder, !self->uplift_ceiling);
  json_builder_set_member_name (builder, "uplift_percent");
  json_builder_add_int_value (builder, self->uplift_percent);
  json_builder_set_member_name (builder, "currency");
  json_builder_add_string_value (builder, "CNY");
  json_builder_set_member_name (builder, "catalogue");
  if (self->catalogue != NULL)
    json_builder_add_string_value (builder, json_object_get_string_member (self->catalogue, "id"));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "deadline");
  if (self->deadline != 0)
    {
      g_autofree char *date = cp_date_format (self->deadline);
      json_builder_add_string_value (builder, date);
      json_builder_set_member_name (builder, "days_left");
      json_builder_add_int_value (builder, self->days_left);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "deadline_approximate");
  json_builder_add_boolean_value (builder, self->deadline_approximate);
  json_builder_set_member_name (builder, "validity_unconfirmed");
  json_builder_add_boolean_value (builder, self->unconfirmed_validity);
  json_builder_set_member_name (builder, "banner");
  {
    g_autofree char *banner = cp_subsidy_answer_banner (self);
    if (banner != NULL)
      json_builder_add_string_value (builder, banner);
    else
      json_builder_add_null_value (builder);
  }

  json_builder_set_member_name (builder, "how_to_claim");
  json_builder_begin_array (builder);
  for (guint i = 0; self->eligible && i < self->procedures->len; i++)
    json_builder_add_value (builder, json_node_init_object (json_node_alloc (), g_ptr_array_index (self->procedures, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const CpSubsidyReason *reason = g_ptr_array_index (self->reasons, i);

      if (reason->payable && !self->eligible)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, reason->text);
      json_builder_set_member_name (builder, "met");
      json_builder_add_boolean_value (builder, reason->status != CP_REASON_NOT_MET &&
                                               reason->status != CP_REASON_UNKNOWN);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, status_name (reason->status));
      json_builder_set_member_name (builder, "rule");
      if (reason->record != NULL)
        json_builder_add_string_value (builder, json_object_get_string_member (reason->record, "id"));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "source");
      if (reason->record != NULL)
        json_builder_add_string_value (builder,
                                       json_array_get_string_element (json_object_get_array_member (reason->record, "sources"), 0));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "sources");
      if (reason->record != NULL)
        json_builder_add_value (builder, json_node_copy (json_object_get_member (reason->record, "sources")));
      else
        {
          json_builder_begin_array (builder);
          json_builder_end_array (builder);
        }
      json_builder_set_member_name (builder, "certainty");
      json_builder_add_string_value (builder,
                                     cp_certainty_to_string (cp_policy_record_certainty (self->pack, reason->record)));
      json_builder_set_member_name (builder, "cited");
      {
        g_autofree char *cited = cp_policy_record_cite (self->pack, reason->record);
        if (cited != NULL)
          json_builder_add_string_value (builder, cited);
        else
          json_builder_add_null_value (builder);
      }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static const char *
mark (CpReasonStatus status)
{
  switch (status)
    {
    case CP_REASON_MET:
      return "✔";
    case CP_REASON_NOT_MET:
      return "✘";
    case CP_REASON_UNKNOWN:
      return "?";
    case CP_REASON_CONFIRM:
      return "…";
    case CP_REASON_INFO:
      return "·";
    default:
      g_assert_not_reached ();
    }
}

char *
cp_subsidy_answer_format_amount (CpSubsidyAnswer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->amount != CP_YUAN_UNKNOWN)
    return g_strdup_printf (_("%d yuan"), (int) self->amount);
  if (self->amount_min != CP_YUAN_UNKNOWN && self->amount_max != CP_YUAN_UNKNOWN)
    /* Translators: a range of amounts in yuan, "2400–3120 yuan" */
    return g_strdup_printf (_("%d–%d yuan"), (int) self->amount_min, (int) self->amount_max);
  if (self->amount_min != CP_YUAN_UNKNOWN)
    /* Translators: an amount in yuan, and an uplift the data cannot give */
    return g_strdup_printf (_("at least %d yuan"), (int) self->amount_min);
  return NULL;
}

/* "seed documents only" or, for a range whose ends differ in that,
 * "2400: seed documents only; 3120: unofficial article". */
static char *
format_certainty (CpSubsidyAnswer *self)
{
  if (self->amount_min == self->amount_max || self->certainty_min == self->certainty_max ||
      self->amount_max == CP_YUAN_UNKNOWN)
    return g_strdup (cp_certainty_label (self->certainty_min));
  /* Translators: each end of a range of yuan and how sure it is */
  return g_strdup_printf (_("%d: %s; %d: %s"), (int) self->amount_min, cp_certainty_label (self->certainty_min),
                          (int) self->amount_max, cp_certainty_label (self->certainty_max));
}

/* The names of the regions whose ended rules the answer rests on, and the
 * latest of their end dates. */
char *
cp_subsidy_answer_banner (CpSubsidyAnswer *self)
{
  g_autoptr(GString) regions = g_string_new (NULL);
  JsonObject *pack_file;
  const char *checked;
  CpDay latest_end = 0;
  g_autofree char *end = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->ended_rules->len == 0)
    return NULL;
  for (guint i = 0; i < self->ended_rules->len; i++)
    {
      JsonObject *rule = g_ptr_array_index (self->ended_rules, i);
      JsonObject *region = cp_policy_find (self->pack, "regions.json", "regions", "id",
                                           json_object_get_string_member_with_default (rule, "region", NULL));
      const char *name = region != NULL ? cp_text_get_member (region, "name", NULL) : NULL;

      latest_end = MAX (latest_end, cp_json_get_day (rule, "valid_to"));
      if (name != NULL && strstr (regions->str, name) == NULL)
        /* Translators: the separator of a list of region names */
        g_string_append_printf (regions, "%s%s", regions->len > 0 ? _(", ") : "", name);
    }
  end = cp_date_format (latest_end);
  pack_file = cp_policy_pack_get_file (self->pack, "pack.json");
  checked = json_object_has_member (pack_file, "checked") && !json_object_get_null_member (pack_file, "checked")
            ? json_object_get_string_member (pack_file, "checked") : cp_policy_pack_get_date (self->pack);
  /* Translators: regions, the date their rules ran to, the date the data was checked */
  return g_strdup_printf (_("The subsidy rules of %s ran to %s; no successor was found by %s, the date this data was last checked; later notices still apply them."),
                          regions->str, end, checked);
}

static void
append_reason (GString               *text,
               CpSubsidyAnswer       *self,
               const CpSubsidyReason *reason)
{
  g_autofree char *cited = cp_policy_record_cite (self->pack, reason->record);

  g_string_append_printf (text, "  %s %s", mark (reason->status), reason->text);
  if (cited != NULL)
    g_string_append_printf (text, " [%s; %s]", cited,
                            cp_certainty_label (cp_policy_record_certainty (self->pack, reason->record)));
  g_string_append (text, "\n");
}

static void
append_procedures (GString         *text,
                   CpSubsidyAnswer *self)
{
  for (guint i = 0; self->procedures != NULL && i < self->procedures->len; i++)
    {
      JsonObject *procedure = g_ptr_array_index (self->procedures, i);
      JsonArray *documents = json_object_get_array_member (procedure, "documents");
      g_autofree char *cited = cp_policy_record_cite (self->pack, procedure);

      g_string_append_printf (text, "  · %s", cp_text_get_member (procedure, "text", NULL));
      if (!json_object_get_null_member (procedure, "url"))
        g_string_append_printf (text, " %s", json_object_get_string_member (procedure, "url"));
      g_string_append_printf (text, " [%s]\n", cited);
      for (guint k = 0; k < json_array_get_length (documents); k++)
        g_string_append_printf (text, "    - %s\n", cp_text_get (json_array_get_object_element (documents, k), NULL));
      if (!json_object_get_null_member (procedure, "review_working_days"))
        {
          JsonObject *days = json_object_get_object_member (procedure, "review_working_days");
          g_string_append (text, "    ");
          /* Translators: a range of working days */
          g_string_append_printf (text, _("Review: usually %d–%d working days"),
                                  (int) json_object_get_int_member (days, "min"),
                                  (int) json_object_get_int_member (days, "max"));
          g_string_append (text, "\n");
        }
    }
}

char *
cp_subsidy_answer_headline (CpSubsidyAnswer *self)
{
  g_autofree char *amount = NULL;
  g_autofree char *certainty = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  amount = cp_subsidy_answer_format_amount (self);
  certainty = format_certainty (self);
  if (!self->eligible)
    return g_strdup (_("Not eligible: nothing is payable"));
  if (cp_subsidy_answer_waits_for_input (self))
    return g_strdup (_("Cannot tell yet: information marked ? is missing"));
  if (amount == NULL)
    return g_strdup (_("Amount unknown: the data does not give the catalogue amount"));
  if (self->uplift_ceiling)
    /* Translators: a range of yuan, how sure it is */
    return g_strdup_printf (_("%s: the uplift is not confirmed (%s)"), amount, certainty);
  if (self->uplift == CP_YUAN_UNKNOWN)
    return g_strdup_printf (_("%s, plus an uplift the data cannot give (%s)"), amount, certainty);
  if (self->uplift > 0)
    /* Translators: amount = base + uplift, in yuan, then how sure it is */
    return g_strdup_printf (_("%s (%d + %d uplift; %s)"), amount, (int) self->base, (int) self->uplift, certainty);
  return g_strdup_printf (_("%s (%s)"), amount, certainty);
}

char *
cp_subsidy_answer_to_text (CpSubsidyAnswer *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *banner = cp_subsidy_answer_banner (self);
  g_autofree char *headline = cp_subsidy_answer_headline (self);

  if (banner != NULL)
    g_string_append_printf (text, "%s\n\n", banner);
  g_string_append_printf (text, "%s\n", headline);
  if (self->eligible && self->needs_confirmation)
    g_string_append (text, _("To confirm by the candidate: the points marked …\n"));

  for (guint i = 0; i < self->reasons->len; i++)
    {
      const CpSubsidyReason *reason = g_ptr_array_index (self->reasons, i);

      if (!reason->payable || self->eligible)
        append_reason (text, self, reason);
    }
  if (self->eligible && self->procedures->len > 0)
    {
      g_string_append_printf (text, "%s\n", _("How to claim:"));
      append_procedures (text, self);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
