/* cp-region-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-region-model.h"
#include "cp-text.h"

struct _CpRegionModel
{
  GObject        parent_instance;

  GtkStringList *names;
  GPtrArray     *ids;  /* char *, NULL for "Not entered" */
};

G_DEFINE_FINAL_TYPE (CpRegionModel, cp_region_model, G_TYPE_OBJECT)

static void
cp_region_model_finalize (GObject *object)
{
  CpRegionModel *self = CP_REGION_MODEL (object);

  g_clear_object (&self->names);
  g_clear_pointer (&self->ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_region_model_parent_class)->finalize (object);
}

static void
cp_region_model_class_init (CpRegionModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_region_model_finalize;
}

static void
cp_region_model_init (CpRegionModel *self)
{
  self->names = gtk_string_list_new (NULL);
  self->ids = g_ptr_array_new_with_free_func (g_free);
}

CpRegionModel *
cp_region_model_new (CpPolicyPack *pack,
                     gboolean      with_none)
{
  CpRegionModel *self = g_object_new (CP_TYPE_REGION_MODEL, NULL);
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");

  if (with_none)
    {
      gtk_string_list_append (self->names, _("Not entered"));
      g_ptr_array_add (self->ids, NULL);
    }
  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonObject *region = json_array_get_object_element (regions, i);

      /* Candidates live, work and claim in cities, not in a province. */
      if (g_str_equal (json_object_get_string_member (region, "kind"), "province"))
        continue;
      gtk_string_list_append (self->names, cp_text_get_member (region, "name", NULL));
      g_ptr_array_add (self->ids, g_strdup (json_object_get_string_member (region, "id")));
    }
  return self;
}

GtkStringList *
cp_region_model_get_names (CpRegionModel *self)
{
  g_return_val_if_fail (CP_IS_REGION_MODEL (self), NULL);
  return self->names;
}

const char *
cp_region_model_get_id (CpRegionModel *self,
                        guint          position)
{
  g_return_val_if_fail (CP_IS_REGION_MODEL (self), NULL);
  return position < self->ids->len ? g_ptr_array_index (self->ids, position) : NULL;
}

guint
cp_region_model_find (CpRegionModel *self,
                      const char    *id)
{
  g_return_val_if_fail (CP_IS_REGION_MODEL (self), 0);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->ids, i), id) == 0)
      return i;
  return 0;
}

GtkStringList *
cp_region_model_new_filter_names (CpRegionModel *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkStringList *cities = self != NULL ? cp_region_model_get_names (self) : NULL;

  gtk_string_list_append (names, _("All cities"));
  for (guint i = 0; cities != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (cities)); i++)
    gtk_string_list_append (names, gtk_string_list_get_string (cities, i));
  return names;
}
