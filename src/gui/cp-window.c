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
#include "cp-candidates-folder.h"
#include "cp-draft-keeper.h"
#include "cp-refresh.h"
#include "cp-reminders.h"
#include "cp-roster-window.h"
#include "cp-spreadsheet.h"
#include "cp-unsaved-dialog.h"
#include "cp-window.h"
#include "pages/cp-agenda-page.h"
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
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *stack;
  AdwStatusPage        *error_page;
  CpEligibilityPage    *eligibility_page;
  CpSubsidyPage        *subsidy_page;
  CpCalendarPage       *calendar_page;
  CpCoursesPage        *courses_page;
  CpAgendaPage         *agenda_page;
  CpCandidateList      *candidate_list;
  GtkPopover           *candidates_popover;

  /* Owned */
  GSettings            *settings;
  CpPolicyPack         *pack;
  CpProfile            *profile;
  char                 *path;
  CpCandidateStore     *store;
  CpUserSessions       *own;
  char                 *store_id;        /* the current candidate's file in the store, or NULL */
  GBytes               *deleted;         /* for undo */
  char                 *deleted_id;
  gulong                changed_handler;
  gboolean              dirty;           /* changed since loaded or saved (maybe back again) */
  char                 *clean_data;      /* the profile as loaded or saved; NULL: not known */
  GtkFileChooserNative *chooser;
  CpReminders          *reminders;

  /* Nothing lost */
  CpDraftKeeper        *drafts;
  guint                 draft_source;    /* a draft write pending after changes */
  gboolean              draft_failing;
  guint                 recovered_source;  /* the offer, shown once the window is up */
  GtkWindow            *unsaved_dialog;  /* the Save / Discard / Cancel question, while shown */
  gboolean              may_close;       /* the question about closing was answered */
  CpDraft              *offered;         /* a draft left by a crash, offered back */
  GtkWindow            *recovered_dialog;
  guint                 prepare_id;
  guint                 reveal_id;       /* the tabs move to the bottom bar or back */
};

/* How long after a change its draft is written: a crash loses at most
 * this much typing, and a burst of keys costs one write. */
#define DRAFT_DELAY_MS 2000

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

static gboolean write_draft_cb (gpointer user_data);

static void
profile_changed_cb (CpWindow *self)
{
  self->dirty = TRUE;
  update_title (self);
  /* Coalesced: the first change starts the clock, later ones ride along. */
  if (self->draft_source == 0 && self->drafts != NULL)
    self->draft_source = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

/* Saved, discarded or replaced: nothing is left to keep. */
static void
mark_clean (CpWindow *self)
{
  self->dirty = FALSE;
  g_clear_pointer (&self->clean_data, g_free);
  if (self->profile != NULL)
    self->clean_data = cp_profile_to_data (self->profile);
  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->drafts != NULL)
    cp_draft_keeper_discard (self->drafts);
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
  cp_agenda_page_set_candidate (self->agenda_page, profile, store_id);
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
  self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb),
                                                   self, G_CONNECT_SWAPPED);

  cp_eligibility_page_set_context (self->eligibility_page, self->pack, profile);
  cp_subsidy_page_set_context (self->subsidy_page, self->pack, profile);
  cp_calendar_page_set_context (self->calendar_page, self->pack, profile);
  cp_courses_page_set_context (self->courses_page, self->pack, profile);
  mark_clean (self);
}

/* Real changes only: a candidate changed and typed back as it was has
 * none. */
gboolean
cp_window_has_unsaved_changes (CpWindow *self)
{
  g_autofree char *data = NULL;

  g_return_val_if_fail (CP_IS_WINDOW (self), FALSE);

  if (!self->dirty || self->profile == NULL)
    return FALSE;
  if (self->clean_data == NULL)
    return TRUE;
  data = cp_profile_to_data (self->profile);
  return g_strcmp0 (data, self->clean_data) != 0;
}

static gboolean
write_draft_cb (gpointer user_data)
{
  CpWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->draft_source = 0;
  if (!cp_window_has_unsaved_changes (self))
    cp_draft_keeper_discard (self->drafts);
  else if (cp_draft_keeper_write (self->drafts, self->profile, self->store_id, self->path, &error))
    self->draft_failing = FALSE;
  else if (!self->draft_failing)
    {
      /* Said once, not every few seconds while typing. */
      g_autofree char *text = NULL;

      /* Translators: unsaved changes could not be copied to disk; %s says why */
      text = g_strdup_printf (_("Unsaved changes cannot be kept safe: %s"), error->message);
      cp_window_add_toast (self, text);
      self->draft_failing = TRUE;
    }
  return G_SOURCE_REMOVE;
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
  mark_clean (self);
  return TRUE;
}

AdwViewStack *
cp_window_get_stack (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);
  return self->stack;
}

/* One's own sessions and courses, shown in both tabs; tests keep theirs
 * in $CERTPATH_OWN_SESSIONS_DIR. The windows of one application share
 * them, so that one window's save does not overwrite another's. */
static void
load_own (CpWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  CpUserSessions *shared = application != NULL ? g_object_get_data (G_OBJECT (application), "cp-own-sessions") : NULL;
  g_autoptr(GError) error = NULL;

  if (shared != NULL)
    self->own = g_object_ref (shared);
  else
    {
      self->own = cp_user_sessions_new (g_getenv ("CERTPATH_OWN_SESSIONS_DIR"), self->pack);
      if (!cp_user_sessions_load (self->own, &error))
        cp_window_add_toast (self, error->message);
      if (application != NULL)
        g_object_set_data_full (G_OBJECT (application), "cp-own-sessions", g_object_ref (self->own), g_object_unref);
    }
  cp_calendar_page_set_own (self->calendar_page, self->own);
  cp_courses_page_set_own (self->courses_page, self->own);
}

static void
feeds_changed_cb (CpWindow *self)
{
  g_auto(GStrv) urls = g_settings_get_strv (self->settings, "feed-urls");

  cp_calendar_page_set_feeds (self->calendar_page, (const char * const *) urls, NULL);
}

/* ---------- Saving ---------- */

/* The saved candidate @id, as the store has it on disk. */
static CpProfile *
read_saved (CpWindow    *self,
            const char  *id,
            GError     **error)
{
  g_autofree char *path = cp_candidate_store_get_path (self->store, id);

  if (path == NULL)
    {
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_IO, _("%s is not a saved candidate"), id);
      return NULL;
    }
  return cp_profile_new_from_file (path, self->pack, error);
}

/* The saved list follows the store by itself; this marks which row is
 * the current candidate. */
static void
refresh_candidate_list (CpWindow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->candidates_popover)))
    cp_candidate_list_show (self->candidate_list, self->store, self->store_id);
}

/* Saved in the user's own candidates folder; a file elsewhere is what
 * Export is for. On failure the toast says why and nothing changes. */
static gboolean
save_to_store (CpWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return FALSE;
  /* A date shown in red is not in the profile: saving would lose it. */
  if (!cp_candidate_editor_check (cp_eligibility_page_get_editor (self->eligibility_page), &error))
    {
      cp_window_add_toast (self, error->message);
      return FALSE;
    }
  if (self->store_id == NULL)
    {
      self->store_id = cp_candidate_store_new_id (self->store);
      cp_agenda_page_set_candidate (self->agenda_page, self->profile, self->store_id);
    }
  if (!cp_candidate_store_save (self->store, self->store_id, self->profile, &error))
    {
      cp_window_add_toast (self, error->message);
      return FALSE;
    }
  mark_clean (self);
  refresh_candidate_list (self);
  return TRUE;
}

/* ---------- Leaving a candidate ---------- */

typedef struct
{
  CpWindow          *self;
  CpWindowLeaveFunc  then;
  gpointer           data;
  GDestroyNotify     destroy;
} Leave;

static void
leave_free (gpointer user_data,
            GClosure *closure)
{
  Leave *leave = user_data;

  if (leave->destroy != NULL)
    leave->destroy (leave->data);
  g_object_unref (leave->self);
  g_free (leave);
}

/* A question closes as it is answered; the window forgets it then. */
static void
forget_dialog (GtkWindow **dialog)
{
  if (*dialog == NULL)
    return;
  g_object_remove_weak_pointer (G_OBJECT (*dialog), (gpointer *) dialog);
  *dialog = NULL;
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Leave            *leave)
{
  CpWindow *self = leave->self;

  forget_dialog (&self->unsaved_dialog);
  if (g_str_equal (response, "save"))
    {
      /* A save that fails (the toast says why) keeps the candidate. */
      if (!save_to_store (self))
        return;
      cp_window_add_toast (self, _("Candidate saved"));
    }
  else if (g_str_equal (response, "discard"))
    mark_clean (self);
  else
    return;
  leave->then (self, leave->data);
}

static const char *
current_name (CpWindow *self)
{
  return self->profile != NULL ? cp_profile_get_name (self->profile) : NULL;
}

void
cp_window_leave_candidate (CpWindow          *self,
                           CpWindowLeaveFunc  then,
                           gpointer           data,
                           GDestroyNotify     destroy)
{
  Leave *leave;

  g_return_if_fail (CP_IS_WINDOW (self));
  g_return_if_fail (then != NULL);

  if (!cp_window_has_unsaved_changes (self))
    {
      /* Nothing to keep, not even a draft of changes typed back. */
      mark_clean (self);
      then (self, data);
      if (destroy != NULL)
        destroy (data);
      return;
    }
  if (self->unsaved_dialog != NULL)
    {
      /* One question at a time: the one already asked stands. */
      gtk_window_present (self->unsaved_dialog);
      if (destroy != NULL)
        destroy (data);
      return;
    }

  leave = g_new0 (Leave, 1);
  leave->self = g_object_ref (self);
  leave->then = then;
  leave->data = data;
  leave->destroy = destroy;
  self->unsaved_dialog = GTK_WINDOW (cp_unsaved_dialog_new (GTK_WINDOW (self), current_name (self)));
  g_object_add_weak_pointer (G_OBJECT (self->unsaved_dialog), (gpointer *) &self->unsaved_dialog);
  g_signal_connect_data (self->unsaved_dialog, "response", G_CALLBACK (unsaved_response_cb), leave, leave_free, 0);
  gtk_window_present (self->unsaved_dialog);
}

typedef struct
{
  CpProfile *profile;
  char      *path;
  char      *store_id;
  gboolean   import;     /* joins the saved candidates at once */
} Switch;

static void
switch_free (gpointer data)
{
  Switch *next = data;

  g_object_unref (next->profile);
  g_free (next->path);
  g_free (next->store_id);
  g_free (next);
}

static void
switch_then (CpWindow *self,
             gpointer  data)
{
  Switch *next = data;

  set_current (self, next->profile, next->path, next->store_id);
  if (next->import && save_to_store (self))
    cp_window_add_toast (self, _("Candidate saved"));
}

/* @profile becomes current once the changes to the current candidate are
 * saved or discarded; Cancel keeps everything as it is. */
static void
switch_candidate (CpWindow   *self,
                  CpProfile  *profile,
                  const char *path,
                  const char *store_id,
                  gboolean    import)
{
  Switch *next = g_new0 (Switch, 1);

  next->profile = g_object_ref (profile);
  next->path = g_strdup (path);
  next->store_id = g_strdup (store_id);
  next->import = import;
  cp_window_leave_candidate (self, switch_then, next, switch_free);
}

gboolean
cp_window_open_file (CpWindow  *self,
                     GFile     *file)
{
  g_autofree char *path = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (self->pack == NULL)
    return FALSE;
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: a file given to the app that is not on this computer; %s is its address */
      g_autofree char *text = g_strdup_printf (_("%s: only files on this computer can be opened"), uri);

      cp_window_add_toast (self, text);
      return FALSE;
    }
  profile = cp_profile_new_from_file (path, self->pack, &error);
  if (profile == NULL)
    {
      /* A broken file says what is wrong with it and the current
       * candidate stays as it was. */
      cp_window_add_toast (self, error->message);
      return FALSE;
    }
  switch_candidate (self, profile, path, NULL, FALSE);
  return TRUE;
}

/* ---------- A draft left by a crash ---------- */

static void
release_offered (gpointer data)
{
  CpWindow *self = data;

  /* Not restored (Cancel was chosen for the current candidate): kept on
   * disk for next time. */
  if (self->offered != NULL)
    cp_draft_keeper_release (self->drafts, self->offered, FALSE);
  g_clear_pointer (&self->offered, cp_draft_free);
}

static void
restore_then (CpWindow *self,
              gpointer  data)
{
  g_autoptr(CpDraft) draft = g_steal_pointer (&self->offered);

  set_current (self, draft->profile, draft->path, draft->store_id);
  /* The draft is this window's now: kept up to date, removed on save. */
  cp_draft_keeper_adopt (self->drafts, draft);
  self->dirty = TRUE;
  g_clear_pointer (&self->clean_data, g_free);
  update_title (self);
}

static void
recovered_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       CpWindow         *self)
{
  forget_dialog (&self->recovered_dialog);
  if (self->offered == NULL)
    return;
  if (g_str_equal (response, "restore"))
    {
      cp_window_leave_candidate (self, restore_then, self, release_offered);
      return;
    }
  /* Discard removes it; closing the question keeps it for next time. */
  cp_draft_keeper_release (self->drafts, self->offered, g_str_equal (response, "discard"));
  g_clear_pointer (&self->offered, cp_draft_free);
}

static gboolean
present_recovered_cb (gpointer user_data)
{
  CpWindow *self = user_data;

  self->recovered_source = 0;
  if (self->recovered_dialog != NULL)
    gtk_window_present (self->recovered_dialog);
  return G_SOURCE_REMOVE;
}

static void
window_mapped_cb (CpWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, window_mapped_cb, self);
  /* Once the window itself is up, so that the question comes over it
   * even without a window manager to keep it there. */
  if (self->recovered_source == 0)
    self->recovered_source = g_idle_add (present_recovered_cb, self);
}

/* Asked once the window is on screen, over it. */
static void
offer_recovered_draft (CpWindow *self)
{
  self->offered = cp_draft_keeper_claim_orphan (self->drafts);
  if (self->offered == NULL)
    return;
  self->recovered_dialog = GTK_WINDOW (cp_recovered_dialog_new (GTK_WINDOW (self),
                                                                cp_profile_get_name (self->offered->profile),
                                                                self->offered->written));
  g_object_add_weak_pointer (G_OBJECT (self->recovered_dialog), (gpointer *) &self->recovered_dialog);
  g_signal_connect_object (self->recovered_dialog, "response", G_CALLBACK (recovered_response_cb), self, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    window_mapped_cb (self);
  else
    g_signal_connect_swapped (self, "map", G_CALLBACK (window_mapped_cb), self);
}

/* ---------- Actions ---------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(CpProfile) profile = new_profile (self);

  switch_candidate (self, profile, NULL, NULL, FALSE);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     CpWindow        *self)
{
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CpProfile) profile = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (!saving)
        profile = cp_profile_new_from_file (path, self->pack, &error);
      if (saving ? !cp_window_save_file (self, path, &error) : profile == NULL)
        /* A broken file says what is wrong with it and the current
         * candidate stays as it was. */
        cp_window_add_toast (self, error->message);
      else if (saving)
        cp_window_add_toast (self, _("Candidate exported"));
      else
        /* An imported candidate joins the saved ones. */
        switch_candidate (self, profile, path, NULL, TRUE);
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

  if (save_to_store (self))
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
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;

  if (self->deleted == NULL)
    return;
  /* The file comes back byte for byte, whatever is asked next. */
  if (!cp_candidate_store_restore (self->store, self->deleted_id, self->deleted, &error))
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->deleted, g_bytes_unref);
  gtk_widget_action_set_enabled (widget, "win.undo-delete", FALSE);
  refresh_candidate_list (self);
  profile = read_saved (self, self->deleted_id, &error);
  if (profile == NULL)
    cp_window_add_toast (self, error->message);
  else
    switch_candidate (self, profile, NULL, self->deleted_id, FALSE);
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
  /* Deleting is the answer to "what about this candidate": no question. */
  fresh = new_profile (self);
  set_current (self, fresh, NULL, NULL);
  refresh_candidate_list (self);

  toast = adw_toast_new (_("Candidate deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  /* An action rather than a handler on the toast: it works from the
   * keyboard and in tests. */
  adw_toast_set_action_name (toast, "win.undo-delete");
  /* Shown at once, ahead of any "saved" toast still waiting its turn. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  gtk_widget_action_set_enabled (widget, "win.undo-delete", TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
cp_window_open_saved (CpWindow   *self,
                      const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;

  g_return_if_fail (CP_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  if (self->store == NULL)
    return;
  profile = read_saved (self, id, &error);
  if (profile == NULL)
    {
      cp_window_add_toast (self, error->message);
      return;
    }
  if (g_strcmp0 (id, self->store_id) != 0)
    switch_candidate (self, profile, NULL, id, FALSE);
}

static void
on_candidate_activated_cb (CpWindow   *self,
                           const char *id)
{
  gtk_popover_popdown (self->candidates_popover);
  cp_window_open_saved (self, id);
}

static void
on_agenda_candidate_activated_cb (CpWindow   *self,
                                  const char *id)
{
  cp_window_open_saved (self, id);
  /* Opened (no unsaved changes to ask about first): the candidate's own
   * tabs answer "what about this one". */
  if (g_strcmp0 (id, self->store_id) == 0)
    adw_view_stack_set_visible_child_name (self->stack, "eligibility");
}

/* The agenda counts on the sessions the Exam calendar shows: feeds and
 * one's own as well as the bundled ones. */
static void
calendar_sessions_changed_cb (CpWindow *self)
{
  g_autoptr(GPtrArray) sessions = cp_calendar_page_dup_scheduled (self->calendar_page);

  cp_agenda_model_set_sessions (cp_agenda_page_get_model (self->agenda_page), sessions);
}

CpReminders *
cp_window_get_reminders (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);
  return self->reminders;
}

CpAgendaPage *
cp_window_get_agenda_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);
  return self->agenda_page;
}

static void
on_candidates_popover_show_cb (CpWindow *self)
{
  cp_candidate_list_show (self->candidate_list, self->store, self->store_id);
}

static void
show_candidates_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_popover_popup (CP_WINDOW (widget)->candidates_popover);
}

/* The folder moved (Preferences): the list shows the new one; the current
 * candidate is saved there as a new file when saved next. */
static void
candidates_folder_changed_cb (CpWindow *self)
{
  g_autofree char *folder = cp_candidates_folder_get (self->settings);

  if (g_strcmp0 (folder, cp_candidate_store_get_directory (self->store)) == 0)
    return;
  g_clear_object (&self->store);
  self->store = cp_candidate_store_new (folder, self->pack);
  g_clear_pointer (&self->store_id, g_free);
  cp_agenda_page_set_candidate (self->agenda_page, self->profile, NULL);
  cp_agenda_model_set_directory (cp_agenda_page_get_model (self->agenda_page), folder);
  cp_candidate_list_show (self->candidate_list, NULL, NULL);
}

/* ---------- Rosters ---------- */

static void
open_row_candidate_cb (CpRosterWindow *roster_window,
                       CpProfile      *profile,
                       CpWindow       *self)
{
  g_autoptr(CpProfile) copy = cp_profile_copy (profile);

  if (copy != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      switch_candidate (self, copy, NULL, NULL, FALSE);
    }
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
  roster = cp_spreadsheet_read_roster (self->pack, contents, length, cp_date_today (), 0, error);
  if (roster == NULL)
    return FALSE;
  roster_window = cp_roster_window_new (roster, self->store);
  gtk_window_set_transient_for (GTK_WINDOW (roster_window), GTK_WINDOW (self));
  /* Closed with the candidate window (Ctrl+Q after its question). */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (roster_window), TRUE);
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
  gtk_file_filter_set_name (filter, _("Spreadsheets (XLSX, ODS, CSV)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "ods");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (roster_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
roster_template_response_cb (GtkNativeDialog *dialog,
                             int              response,
                             CpWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      target = cp_roster_window_spreadsheet_path (path);
      if (!cp_roster_window_save_template (target, &error))
        cp_window_add_toast (self, error->message);
      else
        {
          g_autofree char *base_name = g_path_get_basename (target);
          g_autofree char *message = g_strdup_printf (_("Saved %s"), base_name);
          cp_window_add_toast (self, message);
        }
    }
  g_clear_object (&self->chooser);
}

/* A front desk starts from the template before it has a roster. */
static void
roster_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Save Roster Template"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("roster-template.xlsx"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (roster_template_response_cb), self);
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

/* The sheet lists the sessions the Exam Calendar knows: bundled, from
 * feeds and the person's own. */
static CpAdviceSheet *
new_sheet (CpWindow *self)
{
  g_autoptr(GPtrArray) sessions = cp_calendar_page_dup_sessions (self->calendar_page);

  return cp_advice_sheet_new_with_sessions (self->pack, self->profile, cp_date_today (), sessions);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  CpAdviceSheet *sheet = new_sheet (self);
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
      g_autoptr(CpAdviceSheet) sheet = new_sheet (self);

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

/* ---------- Tabs not shown at start ---------- */

/* One tab a time, at idle once the window is on screen: the window
 * appears as fast as an empty one, and a first switch is quick. */
static gboolean
prepare_next_page_cb (gpointer user_data)
{
  CpWindow *self = user_data;
  GtkWidget *pages[] = {
    GTK_WIDGET (self->subsidy_page), GTK_WIDGET (self->calendar_page), GTK_WIDGET (self->courses_page)
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (!cp_refresh_is_built (pages[i]))
      {
        cp_refresh_prepare (pages[i]);
        if (pages[i] == GTK_WIDGET (self->calendar_page) && g_settings_get_boolean (self->settings, "refresh-at-start"))
          cp_calendar_page_refresh (self->calendar_page);
        return G_SOURCE_CONTINUE;
      }
  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                CpWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  if (self->pack != NULL && self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_next_page_cb, self, NULL);
  /* The agenda (and its reminders) once the window is up, in a thread. */
  if (self->store != NULL)
    cp_agenda_model_set_directory (cp_agenda_page_get_model (self->agenda_page),
                                   cp_candidate_store_get_directory (self->store));
}

static void
realize_cb (CpWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_paint_cb), self, 0);
}

/* ---------- Size ---------- */

static gboolean
reveal_switcher_bar_cb (gpointer user_data)
{
  CpWindow *self = user_data;

  self->reveal_id = 0;
  adw_view_switcher_bar_set_reveal (self->switcher_bar, adw_view_switcher_title_get_title_visible (self->switcher_title));
  return G_SOURCE_REMOVE;
}

/* The tabs go to the bottom bar when the title has no room for them.
 * Not at once: the title decides while the header bar is allocated, and
 * a bar revealed then is allocated no height (GTK 4.8 warns). */
static void
switcher_title_visible_cb (CpWindow *self)
{
  if (self->reveal_id == 0)
    self->reveal_id = g_idle_add (reveal_switcher_bar_cb, self);
}

static void
save_size (CpWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
close_then (CpWindow *self,
            gpointer  data)
{
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
cp_window_close_request (GtkWindow *window)
{
  CpWindow *self = CP_WINDOW (window);

  /* Closing (and app.quit, which closes every window) asks first. */
  if (!self->may_close && cp_window_has_unsaved_changes (self))
    {
      cp_window_leave_candidate (self, close_then, NULL, NULL);
      return TRUE;
    }
  /* Closed on purpose: no draft stays behind to be offered back. */
  mark_clean (self);
  save_size (self);
  return GTK_WINDOW_CLASS (cp_window_parent_class)->close_request (window);
}

static void
cp_window_dispose (GObject *object)
{
  CpWindow *self = CP_WINDOW (object);

  /* Gone without closing (a crash would do the same): the draft stays on
   * disk to be offered back. */
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_handle_id (&self->recovered_source, g_source_remove);
  if (self->unsaved_dialog != NULL)
    gtk_window_destroy (self->unsaved_dialog);
  forget_dialog (&self->unsaved_dialog);
  if (self->recovered_dialog != NULL)
    gtk_window_destroy (self->recovered_dialog);
  forget_dialog (&self->recovered_dialog);
  if (self->drafts != NULL)
    release_offered (self);
  g_clear_pointer (&self->drafts, cp_draft_keeper_free);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  g_clear_handle_id (&self->reveal_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->reminders);
  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  g_clear_object (&self->profile);
  g_clear_object (&self->pack);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->clean_data, g_free);
  g_clear_pointer (&self->store_id, g_free);
  g_clear_pointer (&self->deleted, g_bytes_unref);
  g_clear_pointer (&self->deleted_id, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->own);

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
  g_type_ensure (CP_TYPE_AGENDA_PAGE);
  g_type_ensure (CP_TYPE_CANDIDATE_LIST);

  object_class->dispose = cp_window_dispose;
  window_class->close_request = cp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CpWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, candidates_popover);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, agenda_page);
  gtk_widget_class_bind_template_callback (widget_class, on_agenda_candidate_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidates_popover_show_cb);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, courses_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, eligibility_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, subsidy_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, switcher_title);
  gtk_widget_class_bind_template_callback (widget_class, switcher_title_visible_cb);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.show-candidates", NULL, show_candidates_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.roster", NULL, roster_action);
  gtk_widget_class_install_action (widget_class, "win.roster-template", NULL, roster_template_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.sheet-pdf", NULL, sheet_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.show-candidates", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "eligibility");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "subsidy");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "courses");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-page", "s", "agenda");
}

static void
cp_window_init (CpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-delete", FALSE);
  g_signal_connect_object (self->calendar_page, "sessions-changed", G_CALLBACK (calendar_sessions_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);

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
  {
    g_autofree char *folder = cp_candidates_folder_get (self->settings);

    self->store = cp_candidate_store_new (folder, pack);
  }
  g_signal_connect_object (self->settings, "changed::candidates-folder", G_CALLBACK (candidates_folder_changed_cb),
                           self, G_CONNECT_SWAPPED);
  cp_agenda_page_set_context (self->agenda_page, pack, self->settings);
  self->reminders = cp_reminders_new (application != NULL ? G_APPLICATION (application) : NULL, self->settings,
                                      cp_agenda_page_get_model (self->agenda_page), pack);
  profile = new_profile (self);
  feeds_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::feed-urls", G_CALLBACK (feeds_changed_cb), self, G_CONNECT_SWAPPED);
  load_own (self);
  /* Refreshed at start once the Calendar tab is built (prepare_next_page_cb). */
  cp_window_set_profile (self, profile, NULL);
  self->drafts = cp_draft_keeper_new (pack);
  offer_recovered_draft (self);
  if (pack_problem != NULL)
    /* Translators: the user's own policy data was not valid */
    cp_window_add_toast (self, _("Your own policy data is not valid; the bundled data is used. See Preferences."));
  return self;
}
