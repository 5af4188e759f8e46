/* cp-region-model.h: the pack's cities (and "none"), as a list a combo row
 * can show, in the UI's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cp-policy-pack.h"

G_BEGIN_DECLS

#define CP_TYPE_REGION_MODEL (cp_region_model_get_type ())
G_DECLARE_FINAL_TYPE (CpRegionModel, cp_region_model, CP, REGION_MODEL, GObject)

/* @with_none: a first entry "Not entered" for an optional city. */
CpRegionModel *cp_region_model_new       (CpPolicyPack  *pack,
                                          gboolean       with_none);
GtkStringList *cp_region_model_get_names (CpRegionModel *self);
/* The id at @position; NULL for "Not entered" or out of range. */
const char    *cp_region_model_get_id    (CpRegionModel *self,
                                          guint          position);
/* The position of @id (NULL: "Not entered"), or 0. */
guint          cp_region_model_find      (CpRegionModel *self,
                                          const char    *id);
/* "All cities", then the names: the choices of a filter (position - 1 is
 * the city's position). @self may be NULL. */
GtkStringList *cp_region_model_new_filter_names (CpRegionModel *self);

G_END_DECLS
