/* cp-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-candidates-folder.h"
#include "cp-preferences-window.h"
#include "cp-feed-fetch.h"
#include "cp-region-model.h"

struct _CpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *city_row;
  AdwActionRow         *version_row;
  AdwActionRow         *folder_row;
  AdwActionRow         *problem_row;
  GtkListBox           *feeds_list;
  AdwEntryRow          *feed_entry_row;
  GtkSwitch            *refresh_switch;
  GtkSwitch            *reminders_switch;
  GtkSpinButton        *reminder_days_spin;
  AdwActionRow         *candidates_folder_row;
  GtkWidget            *candidates_default_button;
  GtkWidget            *candidates_choose_button;

  /* Owned */
  GSettings            *settings;
  CpRegionModel        *cities;
  GtkFileChooserNative *folder_chooser;
};

G_DEFINE_FINAL_TYPE (CpPreferencesWindow, cp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
city_selected_cb (CpPreferencesWindow *self)
{
  const char *id = cp_region_model_get_id (self->cities, adw_combo_row_get_selected (self->city_row));

  if (id != NULL)
    g_settings_set_string (self->settings, "default-city", id);
}

static void remove_feed_cb (GtkButton *button, CpPreferencesWindow *self);

static void
fill_feeds (CpPreferencesWindow *self)
{
  g_auto(GStrv) urls = g_settings_get_strv (self->settings, "feed-urls");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->feeds_list))) != NULL)
    gtk_list_box_remove (self->feeds_list, child);
  for (guint i = 0; urls[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *escaped = g_markup_escape_text (urls[i], -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      g_object_set_data_full (G_OBJECT (remove), "cp-url", g_strdup (urls[i]), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_feed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->feeds_list, row);
    }
  if (urls[0] == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No feeds: the bundled sessions only"));
      gtk_list_box_append (self->feeds_list, row);
    }
}

static void
remove_feed_cb (GtkButton           *button,
                CpPreferencesWindow *self)
{
  const char *url = g_object_get_data (G_OBJECT (button), "cp-url");
  g_auto(GStrv) urls = g_settings_get_strv (self->settings, "feed-urls");
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; urls[i] != NULL; i++)
    if (!g_str_equal (urls[i], url))
      g_strv_builder_add (kept, urls[i]);
  result = g_strv_builder_end (kept);
  g_settings_set_strv (self->settings, "feed-urls", (const char * const *) result);
  fill_feeds (self);
}

static void
on_feed_entry_row_apply_cb (CpPreferencesWindow *self)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->feed_entry_row));
  g_auto(GStrv) urls = g_settings_get_strv (self->settings, "feed-urls");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) result = NULL;

  /* Refused here, at the field, rather than failing at every refresh. */
  if (!cp_feed_url_allowed (url, &error))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feed_entry_row), error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->feed_entry_row), "error");
      return;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feed_entry_row), _("Add a feed address"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->feed_entry_row), "error");
  g_strv_builder_addv (builder, (const char **) urls);
  if (!g_strv_contains ((const char * const *) urls, url))
    g_strv_builder_add (builder, url);
  result = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "feed-urls", (const char * const *) result);
  gtk_editable_set_text (GTK_EDITABLE (self->feed_entry_row), "");
  fill_feeds (self);
}

static void
update_candidates_folder_row (CpPreferencesWindow *self)
{
  g_autofree char *folder = cp_candidates_folder_get (self->settings);
  g_autofree char *chosen = g_settings_get_string (self->settings, "candidates-folder");
  gboolean overridden = cp_candidates_folder_overridden ();
  g_autofree char *subtitle = NULL;

  /* Translators: the environment variable decides the folder */
  subtitle = overridden ? g_strdup_printf (_("%s (set by CERTPATH_CANDIDATES_DIR)"), folder) : g_strdup (folder);
  adw_action_row_set_subtitle (self->candidates_folder_row, subtitle);
  gtk_widget_set_sensitive (self->candidates_choose_button, !overridden);
  gtk_widget_set_sensitive (self->candidates_default_button, !overridden && chosen[0] != '\0');
}

static void
on_candidates_default_button_clicked_cb (CpPreferencesWindow *self)
{
  g_settings_set_string (self->settings, "candidates-folder", "");
}

static void
folder_chosen_cb (GtkNativeDialog     *dialog,
                  int                  response,
                  CpPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    g_settings_set_string (self->settings, "candidates-folder", path);
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->folder_chooser);
}

static void
on_candidates_choose_button_clicked_cb (CpPreferencesWindow *self)
{
  g_autofree char *folder = cp_candidates_folder_get (self->settings);
  g_autoptr(GFile) current = g_file_new_for_path (folder);

  if (self->folder_chooser != NULL)
    return;
  self->folder_chooser = gtk_file_chooser_native_new (_("Folder for Saved Candidates"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"), NULL);
  if (g_file_query_exists (current, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->folder_chooser), current, NULL);
  g_signal_connect (self->folder_chooser, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->folder_chooser));
}

static void
cp_preferences_window_dispose (GObject *object)
{
  CpPreferencesWindow *self = CP_PREFERENCES_WINDOW (object);

  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->folder_chooser));
  g_clear_object (&self->folder_chooser);

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
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, candidates_choose_button);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, candidates_default_button);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, candidates_folder_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, city_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, problem_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, version_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, feeds_list);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, feed_entry_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, refresh_switch);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, reminder_days_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_feed_entry_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidates_choose_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidates_default_button_clicked_cb);
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
  g_settings_bind (settings, "refresh-at-start", self->refresh_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "reminders", self->reminders_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "reminder-days", gtk_spin_button_get_adjustment (self->reminder_days_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::candidates-folder", G_CALLBACK (update_candidates_folder_row), self,
                           G_CONNECT_SWAPPED);
  update_candidates_folder_row (self);
  fill_feeds (self);
  return self;
}
