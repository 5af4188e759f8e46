/* cp-policy-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-model.h"
#include "cp-policy-query.h"

CpDay
cp_json_get_day (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  CpDay day = 0;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    cp_date_parse (json_node_get_string (node), &day);
  return day;
}

gboolean
cp_policy_in_force (JsonObject *record,
                    CpDay       day)
{
  CpDay from = cp_json_get_day (record, "valid_from");
  CpDay to = cp_json_get_day (record, "valid_to");

  return (from == 0 || from <= day) &&
         (to == 0 || to >= day || json_object_get_boolean_member_with_default (record, "continues_unconfirmed", FALSE));
}

gboolean
cp_policy_known_on (JsonObject *record,
                    CpDay       day)
{
  CpDay from = cp_json_get_day (record, "valid_from");
  CpDay known_by = cp_json_get_day (record, "known_in_force_by");

  return cp_policy_in_force (record, day) &&
         ((from != 0 && from <= day) || (known_by != 0 && known_by <= day));
}

gboolean
cp_policy_past_end (JsonObject *record,
                    CpDay       day)
{
  CpDay to = cp_json_get_day (record, "valid_to");

  return to != 0 && to < day;
}

int
cp_policy_region_distance (CpPolicyPack *pack,
                           const char   *region,
                           const char   *city)
{
  const CpPolicyModel *model = cp_policy_pack_get_model (pack);

  if (region == NULL || city == NULL)
    return -1;
  /* A place the pack does not know is still itself. */
  if (g_str_equal (region, city))
    return 0;
  /* The chains were walked once, when the pack was compiled. */
  return cp_policy_model_region_distance (model, cp_policy_model_find_region (model, region),
                                          cp_policy_model_find_region (model, city));
}

JsonObject *
cp_policy_find (CpPolicyPack *pack,
                const char   *file_name,
                const char   *member,
                const char   *key,
                const char   *value)
{
  const CpPolicyModel *model = cp_policy_pack_get_model (pack);
  JsonArray *records;
  JsonObject *found;

  /* Ids are looked up in the model's index, once there is one (the checks
   * before it and its own making search). */
  if (model != NULL && g_strcmp0 (key, "id") == 0 &&
      cp_policy_model_find_by_id (model, file_name, member, value, &found))
    return found;
  records = cp_policy_pack_get_records (pack, file_name, member);
  for (guint i = 0; value != NULL && i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);

      if (g_strcmp0 (json_object_get_string_member (record, key), value) == 0)
        return record;
    }
  return NULL;
}

gboolean
cp_json_array_has_string (JsonArray  *array,
                          const char *value)
{
  for (guint i = 0; array != NULL && value != NULL && i < json_array_get_length (array); i++)
    if (g_str_equal (json_array_get_string_element (array, i), value))
      return TRUE;
  return FALSE;
}

gboolean
cp_json_array_has_int (JsonArray *array,
                       gint64     value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (json_array_get_int_element (array, i) == value)
      return TRUE;
  return FALSE;
}
