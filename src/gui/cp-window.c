/* cp-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-advice-sheet.h"
#include "cp-candidate-list.h"
#include "cp-candidate-store.h"
#include "cp-json-guard.h"
#include "cp-roster-window.h"
#include "cp-window.h"
#include "pages/cp-calendar-page.h"
#include "pages/cp-courses-page.h"
#include "pages/cp-eligibility-page.h"
#include "pages/cp-subsidy-page.h"

struct _CpWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *stack;
  AdwStatusPage        *error_page;
  CpEligibilityPage    *eligibility_page;
  CpSubsidyPage        *subsidy_page;
  CpCalendarPage       *calendar_page;
  CpCoursesPage        *courses_page;
  CpCandidateList      *candidate_list;
  GtkPopover           *candidates_popover;

  /* Owned */
  GSettings            *settings;
  CpPolicyPack         *pack;
  CpProfile            *profile;
  char                 *path;
  CpCandidateStore     *store;
  char                 *store_id;        /* the current candidate's file in the store, or NULL */
  GBytes               *deleted;         /* for undo */
  char                 *deleted_id;
  gulong                changed_handler;
  gboolean              dirty;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CpWindow, cp_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (CpWindow *self)
{
  const char *name = self->profile != NULL ? cp_profile_get_name (self->profile) : NULL;
  g_autofree char *subtitle = NULL;

  if (name == NULL || name[0] == '\0')
    name = _("New candidate");
  /* Translators: the candidate's name, marked when not saved yet */
  subtitle = self->dirty ? g_strdup_printf (_("%s (not saved)"), name) : g_strdup (name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->pack != NULL);
}

static void
profile_changed_cb (CpWindow *self)
{
  self->dirty = TRUE;
  update_title (self);
}

static void
set_current (CpWindow   *self,
             CpProfile  *profile,
             const char *path,
             const char *store_id)
{
  cp_window_set_profile (self, profile, path);
  g_free (self->store_id);
  self->store_id = g_strdup (store_id);
}

void
cp_window_set_profile (CpWindow   *self,
                       CpProfile  *profile,
                       const char *path)
{
  g_return_if_fail (CP_IS_WINDOW (self));
  g_return_if_fail (CP_IS_PROFILE (profile));

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  g_set_object (&self->profile, profile);
  g_free (self->path);
  self->path = g_strdup (path);
  self->dirty = FALSE;
  self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb),
                                                   self, G_CONNECT_SWAPPED);

  cp_eligibility_page_set_context (self->eligibility_page, self->pack, profile);
  cp_subsidy_page_set_context (self->subsidy_page, self->pack, profile);
  cp_calendar_page_set_context (self->calendar_page, self->pack, profile);
  cp_courses_page_set_context (self->courses_page, self->pack, profile);
  update_title (self);
}

CpProfile *
cp_window_get_profile (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);
  return self->profile;
}

static CpProfile *
new_profile (CpWindow *self)
{
  CpProfile *profile = cp_profile_new ();
  g_autofree char *city = g_settings_get_string (self->settings, "default-city");

  cp_profile_set_occupation (profile, "4-04-05-05");
  cp_profile_set_city (profile, city);
  return profile;
}

void
cp_window_add_toast (CpWindow   *self,
                     const char *text)
{
  g_return_if_fail (CP_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

gboolean
cp_window_load_file (CpWindow    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(CpProfile) profile = NULL;

  g_return_val_if_fail (CP_IS_WINDOW (self), FALSE);

  profile = cp_profile_new_from_file (path, self->pack, error);
  if (profile == NULL)
    return FALSE;
  set_current (self, profile, path, NULL);
  return TRUE;
}

gboolean
cp_window_save_file (CpWindow    *self,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), FALSE);

  /* Checked against the pack too, so that the file imports again. */
  if (!cp_candidate_editor_check (cp_eligibility_page_get_editor (self->eligibility_page), error) ||
      !cp_profile_check (self->profile, self->pack, error) || !cp_profile_save (self->profile, path, error))
    return FALSE;
  g_free (self->path);
  self->path = g_strdup (path);
  self->dirty = FALSE;
  update_title (self);
  return TRUE;
}

AdwViewStack *
cp_window_get_stack (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);
  return self->stack;
}

static void
feeds_changed_cb (CpWindow *self)
{
  g_auto(GStrv) urls = g_settings_get_strv (self->settings, "feed-urls");

  cp_calendar_page_set_feeds (self->calendar_page, (const char * const *) urls, NULL);
}

/* ---------- Actions ---------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(CpProfile) profile = new_profile (self);

  set_current (self, profile, NULL, NULL);
}

static void save_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     CpWindow        *self)
{
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (saving ? !cp_window_save_file (self, path, &error) : !cp_window_load_file (self, path, &error))
        /* A broken file says what is wrong with it and the current
         * candidate stays as it was. */
        cp_window_add_toast (self, error->message);
      else if (saving)
        cp_window_add_toast (self, _("Candidate exported"));
      else
        /* An imported candidate joins the saved ones. */
        save_action (GTK_WIDGET (self), "win.save", NULL);
    }
  g_clear_object (&self->chooser);
}

static void
run_chooser (CpWindow             *self,
             GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* GtkFileDialog needs GTK 4.10; Debian 12 has 4.8. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("Export Candidate")
                                                                                       : _("Import Candidate"),
                                               GTK_WINDOW (self), action, NULL, NULL);
  gtk_file_filter_set_name (filter, _("Candidate files (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      const char *name = cp_profile_get_name (self->profile);
      g_autofree char *file_name = g_strdup_printf ("%s.json", name != NULL && name[0] != '\0' ? name : _("candidate"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  run_chooser (CP_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run_chooser (CP_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  /* A date shown in red is not in the profile: saving would lose it. */
  if (!cp_candidate_editor_check (cp_eligibility_page_get_editor (self->eligibility_page), &error))
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  /* Saved in the user's own candidates folder; a file elsewhere is what
   * Export is for. */
  if (self->store_id == NULL)
    self->store_id = cp_candidate_store_new_id (self->store);
  if (!cp_candidate_store_save (self->store, self->store_id, self->profile, &error))
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  self->dirty = FALSE;
  update_title (self);
  cp_window_add_toast (self, _("Candidate saved"));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(CpProfile) copy = cp_profile_copy (self->profile);
  g_autofree char *name = NULL;
  g_autofree char *id = cp_candidate_store_new_id (self->store);
  g_autoptr(GError) error = NULL;

  /* Translators: the name of a copied candidate */
  name = g_strdup_printf (_("%s (copy)"), cp_profile_get_name (self->profile) != NULL ? cp_profile_get_name (self->profile) : "");
  cp_profile_set_name (copy, name);
  if (!cp_candidate_store_save (self->store, id, copy, &error))
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  set_current (self, copy, NULL, id);
}

static void
undo_delete_cb (AdwToast *toast,
                CpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autofree char *path = NULL;

  if (self->deleted == NULL)
    return;
  if (!cp_candidate_store_restore (self->store, self->deleted_id, self->deleted, &error))
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  path = g_strdup_printf ("%s/%s.json", cp_candidate_store_get_directory (self->store), self->deleted_id);
  profile = cp_profile_new_from_file (path, self->pack, NULL);
  if (profile != NULL)
    set_current (self, profile, NULL, self->deleted_id);
  g_clear_pointer (&self->deleted, g_bytes_unref);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) fresh = NULL;
  AdwToast *toast;

  if (self->store_id == NULL)
    return;
  g_clear_pointer (&self->deleted, g_bytes_unref);
  self->deleted = cp_candidate_store_delete (self->store, self->store_id, &error);
  if (self->deleted == NULL)
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  g_free (self->deleted_id);
  self->deleted_id = g_strdup (self->store_id);
  fresh = new_profile (self);
  set_current (self, fresh, NULL, NULL);

  toast = adw_toast_new (_("Candidate deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_candidate_activated_cb (CpWindow   *self,
                           const char *id)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.json", cp_candidate_store_get_directory (self->store), id);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_file (path, self->pack, &error);

  if (profile == NULL)
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  set_current (self, profile, NULL, id);
  gtk_popover_popdown (self->candidates_popover);
}

static void
on_candidates_popover_show_cb (CpWindow *self)
{
  cp_candidate_list_show (self->candidate_list, self->store, self->store_id);
}

/* ---------- Rosters ---------- */

static void
open_row_candidate_cb (CpRosterWindow *roster_window,
                       CpProfile      *profile,
                       CpWindow       *self)
{
  g_autoptr(CpProfile) copy = cp_profile_copy (profile);

  set_current (self, copy, NULL, NULL);
  gtk_window_present (GTK_WINDOW (self));
}

gboolean
cp_window_open_roster (CpWindow    *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  CpRoster *roster;
  CpRosterWindow *roster_window;
  gsize length;

  g_return_val_if_fail (CP_IS_WINDOW (self), FALSE);

  if (!cp_guard_read_file (path, CP_GUARD_ROSTER, &contents, &length, error))
    return FALSE;
  roster = cp_roster_new_from_data (self->pack, contents, length, cp_date_today (), 0, error);
  if (roster == NULL)
    return FALSE;
  roster_window = cp_roster_window_new (roster);
  gtk_window_set_transient_for (GTK_WINDOW (roster_window), GTK_WINDOW (self));
  g_signal_connect_object (roster_window, "open-candidate", G_CALLBACK (open_row_candidate_cb), self, 0);
  gtk_window_present (GTK_WINDOW (roster_window));
  return TRUE;
}

static void
roster_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CpWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (!cp_window_open_roster (self, path, &error))
        cp_window_add_toast (self, error->message);
    }
  g_clear_object (&self->chooser);
}

static void
roster_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Evaluate a Class Roster"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  gtk_file_filter_set_name (filter, _("Spreadsheets saved as CSV"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (roster_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------- The advice sheet ---------- */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                CpAdviceSheet     *sheet)
{
  gtk_print_operation_set_n_pages (operation,
                                   cp_advice_sheet_paginate (sheet, gtk_print_context_get_cairo_context (context),
                                                             gtk_print_context_get_width (context),
                                                             gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              CpAdviceSheet     *sheet)
{
  cp_advice_sheet_draw_page (sheet, gtk_print_context_get_cairo_context (context), page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  CpAdviceSheet *sheet = cp_advice_sheet_new (self->pack, self->profile, cp_date_today ());
  g_autoptr(GError) error = NULL;

  /* The same layout as the PDF of certpath-cli sheet; the dialog can save
   * it as PDF too. */
  gtk_print_operation_set_job_name (operation, _("Certpath advice sheet"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), sheet);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), sheet);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (error != NULL)
    cp_window_add_toast (self, error->message);
  cp_advice_sheet_free (sheet);
}

static void
sheet_response_cb (GtkNativeDialog *dialog,
                   int              response,
                   CpWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(CpAdviceSheet) sheet = cp_advice_sheet_new (self->pack, self->profile, cp_date_today ());

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (!cp_advice_sheet_write_pdf (sheet, path, &error))
        cp_window_add_toast (self, error->message);
      else
        cp_window_add_toast (self, _("Advice sheet saved"));
    }
  g_clear_object (&self->chooser);
}

static void
sheet_pdf_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Save Advice Sheet as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("advice-sheet.pdf"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (sheet_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  adw_view_stack_set_visible_child_name (CP_WINDOW (widget)->stack, g_variant_get_string (parameter, NULL));
}

/* ---------- Size ---------- */

static void
save_size (CpWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
cp_window_close_request (GtkWindow *window)
{
  save_size (CP_WINDOW (window));
  return GTK_WINDOW_CLASS (cp_window_parent_class)->close_request (window);
}

static void
cp_window_dispose (GObject *object)
{
  CpWindow *self = CP_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  g_clear_object (&self->profile);
  g_clear_object (&self->pack);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->store_id, g_free);
  g_clear_pointer (&self->deleted, g_bytes_unref);
  g_clear_pointer (&self->deleted_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cp_window_parent_class)->dispose (object);
}

static void
cp_window_class_init (CpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (CP_TYPE_ELIGIBILITY_PAGE);
  g_type_ensure (CP_TYPE_SUBSIDY_PAGE);
  g_type_ensure (CP_TYPE_CALENDAR_PAGE);
  g_type_ensure (CP_TYPE_COURSES_PAGE);
  g_type_ensure (CP_TYPE_CANDIDATE_LIST);

  object_class->dispose = cp_window_dispose;
  window_class->close_request = cp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CpWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, candidates_popover);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidates_popover_show_cb);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, courses_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, eligibility_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, subsidy_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.roster", NULL, roster_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.sheet-pdf", NULL, sheet_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "eligibility");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "subsidy");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "courses");
}

static void
cp_window_init (CpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("io.github.certpath.Certpath");
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

CpWindow *
cp_window_new (CpApplication *application,
               CpPolicyPack  *pack,
               const char    *pack_error,
               const char    *pack_problem)
{
  CpWindow *self = g_object_new (CP_TYPE_WINDOW, "application", application, NULL);
  g_autoptr(CpProfile) profile = NULL;

  if (pack == NULL)
    {
      adw_status_page_set_description (self->error_page, pack_error);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);
      return self;
    }

  self->pack = g_object_ref (pack);
  /* Tests and demos keep their candidates apart from the user's. */
  self->store = cp_candidate_store_new (g_getenv ("CERTPATH_CANDIDATES_DIR"), pack);
  profile = new_profile (self);
  feeds_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::feed-urls", G_CALLBACK (feeds_changed_cb), self, G_CONNECT_SWAPPED);
  if (g_settings_get_boolean (self->settings, "refresh-at-start"))
    cp_calendar_page_refresh (self->calendar_page);
  cp_window_set_profile (self, profile, NULL);
  if (pack_problem != NULL)
    /* Translators: the user's own policy data was not valid */
    cp_window_add_toast (self, _("Your own policy data is not valid; the bundled data is used. See Preferences."));
  return self;
}
