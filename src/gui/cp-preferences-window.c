/* cp-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-preferences-window.h"
#include "cp-region-model.h"

struct _CpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *city_row;
  AdwActionRow         *version_row;
  AdwActionRow         *folder_row;
  AdwActionRow         *problem_row;

  /* Owned */
  GSettings            *settings;
  CpRegionModel        *cities;
};

G_DEFINE_FINAL_TYPE (CpPreferencesWindow, cp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
city_selected_cb (CpPreferencesWindow *self)
{
  const char *id = cp_region_model_get_id (self->cities, adw_combo_row_get_selected (self->city_row));

  if (id != NULL)
    g_settings_set_string (self->settings, "default-city", id);
}

static void
cp_preferences_window_dispose (GObject *object)
{
  CpPreferencesWindow *self = CP_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cities);

  G_OBJECT_CLASS (cp_preferences_window_parent_class)->dispose (object);
}

static void
cp_preferences_window_class_init (CpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, city_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, problem_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, version_row);
}

static void
cp_preferences_window_init (CpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CpPreferencesWindow *
cp_preferences_window_new (CpPolicyPack *pack,
                           const char   *pack_problem,
                           GSettings    *settings)
{
  CpPreferencesWindow *self = g_object_new (CP_TYPE_PREFERENCES_WINDOW, NULL);
  g_autofree char *city = g_settings_get_string (settings, "default-city");

  self->settings = g_object_ref (settings);
  if (pack != NULL)
    {
      g_autofree char *version = g_strdup_printf (_("%s, dated %s"), cp_policy_pack_get_version (pack),
                                                  cp_policy_pack_get_date (pack));

      self->cities = cp_region_model_new (pack, FALSE);
      adw_combo_row_set_model (self->city_row, G_LIST_MODEL (cp_region_model_get_names (self->cities)));
      adw_combo_row_set_selected (self->city_row, cp_region_model_find (self->cities, city));
      adw_action_row_set_subtitle (self->version_row, version);
      adw_action_row_set_subtitle (self->folder_row, cp_policy_pack_get_directory (pack));
    }
  if (pack_problem != NULL)
    {
      adw_action_row_set_subtitle (self->problem_row, pack_problem);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_row), TRUE);
    }
  g_signal_connect_object (self->city_row, "notify::selected", G_CALLBACK (city_selected_cb), self, G_CONNECT_SWAPPED);
  return self;
}
