/* cp-subsidy-output.c: a subsidy answer as JSON and as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-subsidy.h"

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

static void
add_yuan (JsonBuilder *builder,
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
  add_yuan (builder, "amount", self->amount);
  add_yuan (builder, "base", self->base);
  add_yuan (builder, "uplift", self->uplift);
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

  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const CpSubsidyReason *reason = g_ptr_array_index (self->reasons, i);

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
cp_subsidy_answer_to_text (CpSubsidyAnswer *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!self->eligible)
    g_string_append (text, _("Not eligible: 0 yuan"));
  else if (cp_subsidy_answer_waits_for_input (self))
    g_string_append (text, _("Cannot tell yet: information marked ? is missing"));
  else if (self->base == CP_YUAN_UNKNOWN)
    g_string_append (text, _("Amount unknown: the data does not give the catalogue amount"));
  else if (self->uplift == CP_YUAN_UNKNOWN)
    /* Translators: %s is an amount in yuan */
    g_string_append_printf (text, _("%d yuan, plus an uplift the data cannot give"), (int) self->base);
  else if (self->uplift > 0)
    /* Translators: amount = base + uplift, in yuan */
    g_string_append_printf (text, _("%d yuan (%d + %d uplift)"),
                            (int) self->amount, (int) self->base, (int) self->uplift);
  else
    g_string_append_printf (text, _("%d yuan"), (int) self->amount);
  g_string_append (text, "\n");
  if (self->eligible && self->needs_confirmation)
    g_string_append (text, _("To confirm by the candidate: the points marked …\n"));

  for (guint i = 0; i < self->reasons->len; i++)
    {
      const CpSubsidyReason *reason = g_ptr_array_index (self->reasons, i);

      g_string_append_printf (text, "  %s %s", mark (reason->status), reason->text);
      if (reason->record != NULL)
        {
          JsonArray *sources = json_object_get_array_member (reason->record, "sources");

          g_string_append (text, " [");
          for (guint k = 0; k < json_array_get_length (sources); k++)
            g_string_append_printf (text, "%s%s", k > 0 ? ", " : "", json_array_get_string_element (sources, k));
          g_string_append (text, "]");
        }
      g_string_append (text, "\n");
    }
  if (self->unconfirmed_validity)
    g_string_append (text, _("Some rules above are past their end date and no successor was found; later documents still apply them. Check the latest official notice.\n"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
