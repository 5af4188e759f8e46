/* cp-policy-model.c
 *
 * The regions and what the records share; each file's rules are compiled
 * beside their engine (cp-compiled-eligibility.c, cp-compiled-subsidy.c).
 * Only a pack that passed its checks is compiled, so the shapes are known;
 * what the checks do not bound (how deep regions go) is refused here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-conditions.h"
#include "cp-policy-model.h"
#include "cp-policy-query.h"

gpointer
cp_policy_model_alloc (CpPolicyModel *self,
                       gsize          n,
                       gsize          size)
{
  gpointer memory = g_malloc0_n (MAX (n, 1), size);

  g_ptr_array_add (self->owned, memory);
  return memory;
}

int
cp_policy_model_find_region (const CpPolicyModel *self,
                             const char          *id)
{
  if (id == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->region_index, id)) - 1;
}

void
cp_model_record_init (CpModelRecord *record,
                      CpPolicyModel *model,
                      CpPolicyPack  *pack,
                      JsonObject    *object)
{
  record->record = object;
  record->id = json_object_get_string_member_with_default (object, "id", NULL);
  record->region = cp_policy_model_find_region (model, json_object_get_string_member_with_default (object, "region", NULL));
  record->skill_upgrade = g_strcmp0 (json_object_get_string_member_with_default (object, "scheme", NULL),
                                     "skill_upgrade") == 0;
  record->validity.from = cp_json_get_day (object, "valid_from");
  record->validity.to = cp_json_get_day (object, "valid_to");
  record->validity.known_by = cp_json_get_day (object, "known_in_force_by");
  record->validity.continues = json_object_get_boolean_member_with_default (object, "continues_unconfirmed", FALSE);
  record->certainty = cp_policy_record_certainty (pack, object);
}

guint
cp_model_levels_mask (JsonArray *levels)
{
  guint mask = 0;

  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    {
      gint64 level = json_array_get_int_element (levels, i);

      if (level >= 1 && level <= 5)
        mask |= 1u << level;
    }
  return mask;
}

GQuark *
cp_model_quarks_new (JsonArray *strings,
                     guint     *n)
{
  guint length = strings != NULL ? json_array_get_length (strings) : 0;
  GQuark *quarks = g_new0 (GQuark, MAX (length, 1));

  for (guint i = 0; i < length; i++)
    quarks[i] = g_quark_from_string (json_array_get_string_element (strings, i));
  *n = length;
  return quarks;
}

static gboolean
build_regions (CpPolicyModel *self,
               CpPolicyPack  *pack,
               GPtrArray     *errors)
{
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");

  self->n_regions = json_array_get_length (regions);
  self->regions = cp_policy_model_alloc (self, self->n_regions, sizeof (CpModelRegion));
  for (guint i = 0; i < self->n_regions; i++)
    {
      JsonObject *record = json_array_get_object_element (regions, i);

      self->regions[i].record = record;
      self->regions[i].id = json_object_get_string_member (record, "id");
      g_hash_table_insert (self->region_index, (gpointer) self->regions[i].id, GINT_TO_POINTER (i + 1));
    }

  /* Each region's chain up to the top, as cp_policy_region_distance ()
   * walks it; a parent that is no region ends it. A loop is said once, for
   * the first region found in it: every region under it would say it too. */
  for (guint i = 0; i < self->n_regions; i++)
    {
      CpModelRegion *region = &self->regions[i];
      int current = (int) i;

      while (current >= 0)
        {
          JsonObject *record = self->regions[current].record;

          if (region->depth == CP_MODEL_MAX_REGION_DEPTH)
            {
              g_ptr_array_add (errors, g_strdup_printf ("regions.json: the parents of %s go round in a loop or "
                                                        "more than %d regions deep",
                                                        region->id, CP_MODEL_MAX_REGION_DEPTH));
              return FALSE;
            }
          region->chain[region->depth++] = current;
          current = json_object_get_null_member (record, "parent")
                    ? -1 : cp_policy_model_find_region (self, json_object_get_string_member (record, "parent"));
        }
    }
  return TRUE;
}

/* Every top-level array of records with ids, in every file, indexed. */
static void
build_id_index (CpPolicyModel *self,
                CpPolicyPack  *pack)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  for (guint f = 0; cp_policy_pack_files[f] != NULL; f++)
    {
      JsonObject *root = cp_policy_pack_get_file (pack, cp_policy_pack_files[f]);
      g_autoptr(GList) members = root != NULL ? json_object_get_members (root) : NULL;

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *node = json_object_get_member (root, l->data);
          JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
          GHashTable *index = NULL;

          for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
            {
              JsonNode *element = json_array_get_element (array, i);
              JsonObject *record = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
              JsonNode *id = record != NULL ? json_object_get_member (record, "id") : NULL;

              if (id == NULL || json_node_get_value_type (id) != G_TYPE_STRING)
                continue;
              if (index == NULL)
                {
                  index = g_hash_table_new (g_str_hash, g_str_equal);
                  g_hash_table_insert (self->by_id, g_strdup_printf ("%s/%s", cp_policy_pack_files[f], (char *) l->data),
                                       index);
                }
              if (!g_hash_table_contains (index, json_node_get_string (id)))
                g_hash_table_insert (index, (gpointer) json_node_get_string (id), record);
            }
        }
    }
}

gboolean
cp_policy_model_find_by_id (const CpPolicyModel *self,
                            const char          *file_name,
                            const char          *member,
                            const char          *id,
                            JsonObject         **record)
{
  char key[128];
  GHashTable *index;

  if (g_snprintf (key, sizeof key, "%s/%s", file_name, member) >= (int) sizeof key)
    return FALSE;
  index = g_hash_table_lookup (self->by_id, key);
  if (index == NULL)
    return FALSE;
  *record = id != NULL ? g_hash_table_lookup (index, id) : NULL;
  return TRUE;
}

void
cp_policy_model_free (CpPolicyModel *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_rule_sets; i++)
    for (guint k = 0; k < self->rule_sets[i].n_clauses; k++)
      for (guint c = 0; c < self->rule_sets[i].clauses[k].n_conditions; c++)
        cp_model_condition_clear (&self->rule_sets[i].clauses[k].conditions[c]);
  for (guint i = 0; i < self->n_extras; i++)
    cp_model_condition_clear (&self->extras[i].condition);
  g_clear_pointer (&self->region_index, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->owned, g_ptr_array_unref);
  g_free (self);
}

CpPolicyModel *
cp_policy_model_new (CpPolicyPack *pack,
                     GPtrArray    *errors)
{
  CpPolicyModel *self = g_new0 (CpPolicyModel, 1);
  gboolean ok;

  self->owned = g_ptr_array_new_with_free_func (g_free);
  self->region_index = g_hash_table_new (g_str_hash, g_str_equal);
  ok = build_regions (self, pack, errors);
  ok = ok && cp_compiled_eligibility_build (self, pack, errors);
  ok = ok && cp_compiled_subsidy_build (self, pack, errors);
  if (!ok)
    {
      cp_policy_model_free (self);
      return NULL;
    }
  self->calendar = cp_work_calendar_for_pack (pack);
  build_id_index (self, pack);
  return self;
}
