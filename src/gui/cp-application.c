/* cp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-application.h"
#include "cp-policy-sources.h"
#include "cp-preferences-window.h"
#include "cp-startup-timing.h"
#include "cp-window.h"

struct _CpApplication
{
  AdwApplication  parent_instance;

  CpPolicyPack   *pack;
  char           *pack_problem;
  char           *pack_error;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CpApplication, cp_application, ADW_TYPE_APPLICATION)

static void
load_policy_pack (CpApplication *self)
{
  g_autofree char *bundled = cp_policy_pack_bundled_directory ();
  g_autofree char *user = cp_policy_pack_user_directory ();
  g_autoptr(GError) user_error = NULL;
  g_autoptr(GError) error = NULL;

  self->pack = cp_policy_pack_load_preferred (bundled, user, &user_error, &error);
  if (user_error != NULL)
    self->pack_problem = g_strdup (user_error->message);
  if (error != NULL)
    self->pack_error = g_strdup (error->message);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  gboolean candidate_left = FALSE;

  /* Closing rather than quitting lets each window keep its size in
   * GSettings and ask about unsaved changes; the application ends with its
   * last window. A candidate window that asks keeps its rosters and
   * dialogs, which close with it later. */
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    if (CP_IS_WINDOW (l->data))
      gtk_window_close (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    candidate_left |= CP_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data);
  for (GList *l = windows; l != NULL && !candidate_left; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CpApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  CpPreferencesWindow *preferences = cp_preferences_window_new (self->pack, self->pack_problem, self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CpApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Certpath developers", NULL };
  g_autofree char *data_line = NULL;
  AdwAboutWindow *about;

  if (self->pack != NULL)
    {
      g_autofree char *checked = cp_policy_checked_text (self->pack);

      /* Translators: the policy data's version and date */
      data_line = g_strdup_printf (_("Policy data %s, dated %s"), cp_policy_pack_get_version (self->pack),
                                   cp_policy_pack_get_date (self->pack));
      if (checked != NULL)
        {
          char *both = g_strdup_printf ("%s\n\n%s", data_line, checked);
          g_free (data_line);
          data_line = both;
        }
    }

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Certpath"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, "The Certpath developers");
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_website (about, "https://github.com/certpath/certpath");
  adw_about_window_set_issue_url (about, "https://github.com/certpath/certpath/issues");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about, data_line != NULL ? data_line : _("No policy data could be loaded"));
  /* Translators: your names, one per line, for the About window */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (about), TRUE);
  gtk_window_present (GTK_WINDOW (about));
}

/* The candidate window used last (not a roster or the preferences), or
 * a new one. */
static CpWindow *
main_window (CpApplication *self)
{
  CpWindow *window;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CP_IS_WINDOW (l->data))
      return l->data;
  cp_startup_timing_mark ("activated");
  window = cp_window_new (self, self->pack, self->pack_error, self->pack_problem);
  cp_startup_timing_mark ("window built");
  cp_startup_timing_watch (GTK_WINDOW (window));
  return window;
}

static CpWindow *
present_main_window (CpApplication *self)
{
  CpWindow *window = main_window (self);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A reminder clicked: its candidate, asking about unsaved work first. */
static void
open_candidate_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  cp_window_open_saved (present_main_window (user_data), g_variant_get_string (parameter, NULL));
}

/* The summary of many reminders clicked. */
static void
show_agenda_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  adw_view_stack_set_visible_child_name (cp_window_get_stack (present_main_window (user_data)), "agenda");
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "open-candidate", open_candidate_activated, "s" },
  { "show-agenda", show_agenda_activated },
};

static void
cp_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (main_window (CP_APPLICATION (application))));
}

/* `certpath FILE.json` and the file manager's "Open With": the first file
 * in the main window, each further one in a window of its own. */
static void
cp_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  CpApplication *self = CP_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      CpWindow *window = i == 0 ? main_window (self)
                                : cp_window_new (self, self->pack, self->pack_error, self->pack_problem);

      gtk_window_present (GTK_WINDOW (window));
      cp_window_open_file (window, files[i]);
    }
}

static void
cp_application_startup (GApplication *application)
{
  CpApplication *self = CP_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (cp_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  self->settings = g_settings_new ("io.github.certpath.Certpath");
  load_policy_pack (self);
}

static void
cp_application_finalize (GObject *object)
{
  CpApplication *self = CP_APPLICATION (object);

  g_clear_object (&self->pack);
  g_clear_object (&self->settings);
  g_free (self->pack_problem);
  g_free (self->pack_error);

  G_OBJECT_CLASS (cp_application_parent_class)->finalize (object);
}

static void
cp_application_class_init (CpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cp_application_finalize;
  application_class->activate = cp_application_activate;
  application_class->open = cp_application_open;
  application_class->startup = cp_application_startup;
}

static void
cp_application_init (CpApplication *self)
{
}

CpApplication *
cp_application_new (void)
{
  return g_object_new (CP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/certpath/Certpath",
                       NULL);
}

CpPolicyPack *
cp_application_get_policy_pack (CpApplication *self)
{
  g_return_val_if_fail (CP_IS_APPLICATION (self), NULL);
  return self->pack;
}

const char *
cp_application_get_pack_problem (CpApplication *self)
{
  g_return_val_if_fail (CP_IS_APPLICATION (self), NULL);
  return self->pack_problem;
}

GSettings *
cp_application_get_settings (CpApplication *self)
{
  g_return_val_if_fail (CP_IS_APPLICATION (self), NULL);
  return self->settings;
}
