/* cp-test-sessions.h: thousands of exam sessions made from the bundled
 * one, for the differential tests and the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-query.h"

static inline void
cp_test_set_day (JsonObject *object,
                 const char *member,
                 CpDay       day)
{
  g_autofree char *text = cp_date_format (day);

  json_object_set_string_member (object, member, text);
}

/* @n copies of the bundled session (JsonObject *, each its own), at every
 * centre in turn, on exam days @spacing days apart over @span days from
 * @first; with @every_region, in each region of the pack in turn (not
 * only the centre's city); every third without a papers date. */
static inline GPtrArray *
cp_test_sessions_new (CpPolicyPack *pack,
                      guint         n,
                      CpDay         first,
                      guint         spacing,
                      guint         span,
                      gboolean      every_region)
{
  JsonObject *bundled = json_array_get_object_element (cp_policy_pack_get_records (pack, "exams.json", "sessions"), 0);
  JsonArray *centres = cp_policy_pack_get_records (pack, "exams.json", "centres");
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");
  g_autoptr(JsonNode) template = json_node_init_object (json_node_alloc (), bundled);
  g_autofree char *text = json_to_string (template, FALSE);
  GPtrArray *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  for (guint i = 0; i < n; i++)
    {
      /* A copy of its own: json_node_copy () would share the object. */
      g_autoptr(JsonNode) copy = json_from_string (text, NULL);
      JsonObject *session = json_node_dup_object (copy);
      JsonArray *registration = json_object_get_array_member (session, "registration");
      JsonObject *centre = json_array_get_object_element (centres, i % json_array_get_length (centres));
      JsonObject *region = json_array_get_object_element (regions, (i / 3) % json_array_get_length (regions));
      CpDay exam = first + (i * spacing) % span;
      g_autofree char *id = g_strdup_printf ("generated-%05u", i);

      json_object_set_string_member (session, "id", id);
      json_object_set_string_member (session, "centre", json_object_get_string_member (centre, "id"));
      json_object_set_string_member (session, "region", every_region ? json_object_get_string_member (region, "id")
                                                                     : json_object_get_string_member (centre, "region"));
      cp_test_set_day (session, "exam_date", exam);
      if (i % 3 == 0)
        json_object_set_null_member (session, "papers_due");
      else
        cp_test_set_day (session, "papers_due", exam - 16);
      for (guint k = 0; k < json_array_get_length (registration); k++)
        cp_test_set_day (json_array_get_object_element (registration, k), "closes", exam - 20 + k);
      g_ptr_array_add (sessions, session);
    }
  return sessions;
}
