/* cp-notice-dialog.c
 *
 * The text is read a moment after the last change, not on each key; the
 * field rows are then filled in place, and the words each field came from
 * are highlighted in the text (those the reader is unsure of in another
 * colour). Focusing a row shows its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-notice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-notice-dialog.h"
#include "cp-notice-fields.h"
#include "cp-policy-query.h"
#include "cp-row-list.h"
#include "cp-split-view.h"
#include "cp-text.h"

#include <string.h>

/* Long enough to wait out a burst of typing, short enough to feel live. */
#define READ_DELAY_MS 300

struct _CpNoticeDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkWidget            *open_button;
  GtkWidget            *save_button;
  GtkWidget            *text_scroller;
  GtkTextView          *text_view;
  GtkLabel             *summary_label;
  GtkWidget            *centre_list;
  AdwComboRow          *centre_row;
  GtkListBox           *field_list;
  GtkLabel             *error_label;
  GtkRevealer          *error_revealer;

  /* Owned */
  CpPolicyPack         *pack;
  CpUserSessions       *store;
  CpNotice             *notice;
  JsonObject           *draft;
  GPtrArray            *fields;        /* CpNoticeField * */
  CpNoticeKind          kind;
  CpUserOrigin          origin;
  char                 *edit_id;       /* the saved record being edited, or NULL */
  GPtrArray            *centre_ids;    /* char *, as listed in centre_row */
  GHashTable           *bad;           /* paths whose text is not of their kind */
  GtkFileChooserNative *chooser;
  guint                 read_source;
  gboolean              filling;
  GtkTextTag           *found_tag;
  GtkTextTag           *unsure_tag;
  GtkTextTag           *current_tag;
};

G_DEFINE_FINAL_TYPE (CpNoticeDialog, cp_notice_dialog, ADW_TYPE_WINDOW)

/* ---------- Spans and highlights ---------- */

/* The reader names a course's prices by their member alone ("price"). */
static const CpNoticeSpan *
span_for (CpNoticeDialog *self,
          const char     *path)
{
  const CpNoticeSpan *span;
  const char *member = strrchr (path, '.');

  if (self->notice == NULL)
    return NULL;
  span = cp_notice_find_span (self->notice, path);
  if (span == NULL && member != NULL)
    span = cp_notice_find_span (self->notice, member + 1);
  return span;
}

static void
span_iters (CpNoticeDialog     *self,
            const CpNoticeSpan *span,
            GtkTextIter        *start,
            GtkTextIter        *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *text = self->notice->text;

  /* Spans count bytes, the buffer characters. */
  gtk_text_buffer_get_iter_at_offset (buffer, start, (int) g_utf8_pointer_to_offset (text, text + span->start));
  gtk_text_buffer_get_iter_at_offset (buffer, end, (int) g_utf8_pointer_to_offset (text, text + span->end));
}

static void
highlight (CpNoticeDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_all_tags (buffer, &start, &end);
  if (self->notice == NULL)
    return;
  for (guint i = 0; i < self->notice->spans->len; i++)
    {
      const CpNoticeSpan *span = g_ptr_array_index (self->notice->spans, i);

      if (span->end > strlen (self->notice->text) || span->start >= span->end)
        continue;
      span_iters (self, span, &start, &end);
      gtk_text_buffer_apply_tag (buffer, span->unsure ? self->unsure_tag : self->found_tag, &start, &end);
    }
}

static void
row_focused_cb (GtkEventControllerFocus *controller,
                CpNoticeDialog          *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  const CpNoticeSpan *span = span_for (self, g_object_get_data (G_OBJECT (row), "cp-path"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start, &end);
  if (span == NULL || span->end > strlen (self->notice->text))
    return;
  span_iters (self, span, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->current_tag, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, FALSE, 0, 0);
}

/* ---------- Field rows ---------- */

static const CpNoticeField *
field_at (CpNoticeDialog *self,
          const char     *path)
{
  for (guint i = 0; self->fields != NULL && i < self->fields->len; i++)
    {
      const CpNoticeField *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->path, path) == 0)
        return field;
    }
  return NULL;
}

static void
update_save (CpNoticeDialog *self)
{
  gtk_widget_set_sensitive (self->save_button, self->draft != NULL && g_hash_table_size (self->bad) == 0);
}

static void
show_error (CpNoticeDialog *self,
            const char     *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* The person is taken to what is to be corrected: the scroller follows. */
static void
focus_first_bad (CpNoticeDialog *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->field_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_has_css_class (row, "error"))
      {
        gtk_widget_grab_focus (row);
        return;
      }
}

static void
row_changed_cb (GtkEditable    *row,
                CpNoticeDialog *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "cp-path");
  const CpNoticeField *field = field_at (self, path);
  g_autoptr(GError) error = NULL;

  if (self->filling || field == NULL || self->draft == NULL)
    return;
  if (cp_notice_field_set_text (field, self->draft, gtk_editable_get_text (row), &error))
    {
      g_hash_table_remove (self->bad, path);
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      show_error (self, NULL);
    }
  else
    {
      g_hash_table_add (self->bad, g_strdup (path));
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      show_error (self, error->message);
    }
  update_save (self);
}

static GtkWidget *
field_row_new (gpointer user_data)
{
  CpNoticeDialog *self = user_data;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *unsure = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (unsure), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not sure"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), unsure);
  g_object_set_data (G_OBJECT (row), "cp-unsure", unsure);
  g_signal_connect (row, "changed", G_CALLBACK (row_changed_cb), self);
  g_signal_connect (focus, "enter", G_CALLBACK (row_focused_cb), self);
  gtk_widget_add_controller (row, focus);
  return row;
}

/* The rows are kept and refilled: a new reading changes their texts, not
 * the widgets. */
static void
show_fields (CpNoticeDialog *self)
{
  guint n = 0;

  g_hash_table_remove_all (self->bad);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  if (self->draft != NULL)
    self->fields = cp_notice_fields_list (self->pack, self->kind, self->draft);
  for (; self->fields != NULL && n < self->fields->len; n++)
    {
      const CpNoticeField *field = g_ptr_array_index (self->fields, n);
      GtkWidget *row = cp_row_list_get (self->field_list, n, field_row_new, self);
      GtkWidget *unsure = g_object_get_data (G_OBJECT (row), "cp-unsure");
      const CpNoticeSpan *span = span_for (self, field->path);
      g_autofree char *text = cp_notice_field_get_text (field, self->draft);

      g_object_set_data_full (G_OBJECT (row), "cp-path", g_strdup (field->path), g_free);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field->label);
      self->filling = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      self->filling = FALSE;
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_visible (unsure, span != NULL && span->unsure);
      gtk_widget_set_tooltip_text (unsure, span != NULL ? span->why : NULL);
      if (span != NULL && span->unsure)
        gtk_widget_add_css_class (row, "warning");
      else
        gtk_widget_remove_css_class (row, "warning");
    }
  cp_row_list_truncate (self->field_list, n);
  show_error (self, NULL);
  update_save (self);
}

/* ---------- Reading ---------- */

static const char *
centre_name (CpNoticeDialog *self,
             const char     *id)
{
  JsonObject *centre = cp_policy_find (self->pack, "exams.json", "centres", "id", id);
  CpUserRecord *own = centre == NULL && id != NULL ? cp_user_sessions_lookup (self->store, CP_USER_CENTRE, id) : NULL;

  if (own != NULL)
    centre = own->record;
  if (centre == NULL && self->notice != NULL && self->notice->centre != NULL)
    centre = self->notice->centre;
  return centre != NULL ? cp_text_get_member (centre, "name", NULL) : NULL;
}

static void
summarise (CpNoticeDialog *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_auto(GStrv) unsure = cp_notice_dup_unsure (self->notice);
  const char *organisation = self->notice->kind == CP_NOTICE_SESSION
                             ? centre_name (self, json_object_get_string_member_with_default (self->notice->session, "centre", NULL))
                             : cp_text_get_member (self->notice->course, "name", NULL);

  if (self->notice->kind == CP_NOTICE_SESSION)
    /* Translators: the evaluation organisation */
    g_string_append_printf (summary, _("Read as an exam session of %s."), organisation != NULL ? organisation : _("an organisation not known"));
  else
    /* Translators: the course's name */
    g_string_append_printf (summary, _("Read as a training course: %s."), organisation != NULL ? organisation : "");
  g_string_append (summary, _(" Check each field against the highlighted words and correct what is wrong."));
  for (guint i = 0; unsure != NULL && unsure[i] != NULL; i++)
    {
      const CpNoticeSpan *span = cp_notice_find_span (self->notice, unsure[i]);

      /* Translators: a field the reader is unsure of, and why */
      const CpNoticeField *field = field_at (self, unsure[i]);
      const char *name = field != NULL ? field->label : g_str_equal (unsure[i], "occupation") ? _("the occupation")
                                                                                             : unsure[i];

      g_string_append_printf (summary, _("\n⚠ Not sure of %s: %s"), name,
                              span != NULL && span->why != NULL ? span->why : _("check it"));
    }
  gtk_label_set_label (self->summary_label, summary->str);
}

void
cp_notice_dialog_read_now (CpNoticeDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *trimmed = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CP_IS_NOTICE_DIALOG (self));

  g_clear_handle_id (&self->read_source, g_source_remove);
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_clear_pointer (&self->notice, cp_notice_free);
  g_clear_pointer (&self->draft, json_object_unref);
  trimmed = g_strstrip (g_strdup (text));

  if (trimmed[0] == '\0')
    gtk_label_set_label (self->summary_label, _("Paste the text of an exam session’s or a course’s notice, or open it "
                                                "as a .txt file. Certpath reads it as you paste."));
  else if ((self->notice = cp_notice_read (self->pack, text, -1, &error)) == NULL)
    gtk_label_set_label (self->summary_label, error->message);
  else if (self->notice->kind == CP_NOTICE_NOTHING)
    gtk_label_set_label (self->summary_label, _("Nothing recognisable: this does not read as the notice of an exam "
                                                "session or of a training course. Paste the whole text of the "
                                                "notice, or enter the session by hand."));
  else
    {
      self->kind = self->notice->kind;
      self->draft = cp_notice_draft_new (self->notice);
    }
  show_fields (self);
  if (self->draft != NULL)
    summarise (self);
  highlight (self);
}

static gboolean
read_cb (gpointer user_data)
{
  CpNoticeDialog *self = user_data;

  self->read_source = 0;
  cp_notice_dialog_read_now (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (CpNoticeDialog *self)
{
  g_clear_handle_id (&self->read_source, g_source_remove);
  self->read_source = g_timeout_add (READ_DELAY_MS, read_cb, self);
}

void
cp_notice_dialog_set_text (CpNoticeDialog *self,
                           const char     *text)
{
  g_return_if_fail (CP_IS_NOTICE_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

/* ---------- Opening a .txt ---------- */

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  CpNoticeDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
        show_error (self, error->message);
      else if (length > CP_NOTICE_MAX_BYTES || !g_utf8_validate (contents, length, NULL))
        show_error (self, _("This file is not the text of a notice: it is too long or not UTF-8 text."));
      else
        cp_notice_dialog_set_text (self, contents);
    }
  g_clear_object (&self->chooser);
}

static void
on_open_clicked_cb (CpNoticeDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Text files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Open a Notice"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               NULL, NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------- Saving ---------- */

/* A hand-made session's id, from what makes it one: where, when, which
 * levels. */
static char *
make_id (JsonObject *record)
{
  JsonArray *levels = json_object_get_array_member (record, "levels");
  g_autoptr(GString) id = g_string_new ("own-");

  g_string_append_printf (id, "%s-%s-l", json_object_get_string_member_with_default (record, "centre", ""),
                          json_object_get_string_member_with_default (record, "exam_date", ""));
  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    g_string_append_printf (id, "%" G_GINT64_FORMAT, json_array_get_int_element (levels, i));
  return g_string_free (g_steal_pointer (&id), FALSE);
}

/* The organisation chosen in the form, with its region. */
static gboolean
take_centre (CpNoticeDialog *self,
             JsonObject     *record,
             GError        **error)
{
  guint chosen = adw_combo_row_get_selected (self->centre_row);
  const char *id;
  JsonObject *centre;
  CpUserRecord *own;

  if (chosen == GTK_INVALID_LIST_POSITION || chosen >= self->centre_ids->len)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Choose the evaluation organisation."));
      return FALSE;
    }
  id = g_ptr_array_index (self->centre_ids, chosen);
  centre = cp_policy_find (self->pack, "exams.json", "centres", "id", id);
  own = centre == NULL ? cp_user_sessions_lookup (self->store, CP_USER_CENTRE, id) : NULL;
  if (own != NULL)
    centre = own->record;
  json_object_set_string_member (record, "centre", id);
  if (centre != NULL && json_object_has_member (centre, "region"))
    json_object_set_string_member (record, "region", json_object_get_string_member (centre, "region"));
  return TRUE;
}

/* The notice's organisation, when the data does not know it, with the fee
 * table as corrected: the reader lists the centre's fees in the order of
 * the notice's table. */
static JsonObject *
corrected_centre (CpNoticeDialog *self)
{
  static const char * const columns[] = { "theory", "practical", "review", "materials", "total" };
  JsonObject *centre = cp_notice_copy_object (self->notice->centre);
  JsonArray *fees = json_object_get_array_member (self->draft, "fees");
  JsonArray *kept = json_object_has_member (centre, "fees") ? json_object_get_array_member (centre, "fees") : NULL;

  for (guint i = 0; fees != NULL && kept != NULL && i < json_array_get_length (fees) && i < json_array_get_length (kept); i++)
    {
      JsonObject *fee = json_array_get_object_element (fees, i);
      JsonObject *into = json_array_get_object_element (kept, i);

      for (guint k = 0; fee != NULL && into != NULL && k < G_N_ELEMENTS (columns); k++)
        if (json_object_has_member (fee, columns[k]))
          json_object_set_member (into, columns[k], json_node_copy (json_object_get_member (fee, columns[k])));
    }
  return centre;
}

static gboolean
save_centre (CpNoticeDialog *self,
             GError        **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(JsonObject) centre = NULL;

  if (self->notice == NULL || self->notice->kind != CP_NOTICE_SESSION || self->notice->centre == NULL)
    return TRUE;
  centre = corrected_centre (self);
  if (cp_user_sessions_add (self->store, CP_USER_CENTRE, centre, self->origin, &local))
    return TRUE;
  if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return cp_user_sessions_replace (self->store, CP_USER_CENTRE, centre, self->origin, error);
}

gboolean
cp_notice_dialog_save (CpNoticeDialog *self,
                       GError        **error)
{
  g_autoptr(JsonObject) record = NULL;
  g_autoptr(GError) local = NULL;
  CpUserKind kind;
  gboolean saved;

  g_return_val_if_fail (CP_IS_NOTICE_DIALOG (self), FALSE);

  if (self->draft == NULL || g_hash_table_size (self->bad) > 0)
    {
      g_set_error_literal (&local, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           self->draft == NULL ? _("There is nothing to save.") : _("Correct the fields marked in red first."));
      goto failed;
    }
  record = cp_notice_draft_to_record (self->draft);
  kind = self->kind == CP_NOTICE_COURSE ? CP_USER_COURSE : CP_USER_SESSION;
  if (gtk_widget_get_visible (self->centre_list) && !take_centre (self, record, &local))
    goto failed;
  if (!json_object_has_member (record, "id") || g_strcmp0 (json_object_get_string_member (record, "id"), "") == 0)
    {
      g_autofree char *id = make_id (record);
      json_object_set_string_member (record, "id", id);
    }
  if (!save_centre (self, &local))
    goto failed;
  if (self->edit_id != NULL)
    saved = cp_user_sessions_replace (self->store, kind, record, self->origin, &local);
  else
    saved = cp_user_sessions_add (self->store, kind, record, self->origin, &local);
  if (saved)
    return TRUE;
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_clear_error (&local);
      g_set_error_literal (&local, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("This is saved already: edit the saved one in the calendar or the courses."));
    }

failed:
  show_error (self, local->message);
  focus_first_bad (self);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static void
on_save_clicked_cb (CpNoticeDialog *self)
{
  if (cp_notice_dialog_save (self, NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_cancel_clicked_cb (CpNoticeDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---------- Accessors ---------- */

CpNotice *
cp_notice_dialog_get_notice (CpNoticeDialog *self)
{
  g_return_val_if_fail (CP_IS_NOTICE_DIALOG (self), NULL);
  return self->notice;
}

GtkListBox *
cp_notice_dialog_get_fields (CpNoticeDialog *self)
{
  g_return_val_if_fail (CP_IS_NOTICE_DIALOG (self), NULL);
  return self->field_list;
}

GtkWidget *
cp_notice_dialog_find_row (CpNoticeDialog *self,
                           const char     *path)
{
  g_return_val_if_fail (CP_IS_NOTICE_DIALOG (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->field_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "cp-path"), path) == 0)
      return row;
  return NULL;
}

/* ---------- Construction ---------- */

static void
list_centres (CpNoticeDialog *self,
              const char     *selected)
{
  JsonArray *centres = cp_policy_pack_get_records (self->pack, "exams.json", "centres");
  g_autoptr(GPtrArray) own = cp_user_sessions_list (self->store, CP_USER_CENTRE);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->centre_ids, 0);
  for (guint i = 0; centres != NULL && i < json_array_get_length (centres); i++)
    {
      JsonObject *centre = json_array_get_object_element (centres, i);

      g_ptr_array_add (self->centre_ids, g_strdup (json_object_get_string_member (centre, "id")));
      gtk_string_list_append (names, cp_text_get_member (centre, "name", NULL));
    }
  for (guint i = 0; own != NULL && i < own->len; i++)
    {
      CpUserRecord *centre = g_ptr_array_index (own, i);

      g_ptr_array_add (self->centre_ids, g_strdup (centre->id));
      gtk_string_list_append (names, cp_text_get_member (centre->record, "name", NULL));
    }
  adw_combo_row_set_model (self->centre_row, G_LIST_MODEL (names));
  for (guint i = 0; selected != NULL && i < self->centre_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->centre_ids, i), selected))
      adw_combo_row_set_selected (self->centre_row, i);
}

/* A form with no notice: the text pane goes, the organisation is chosen. */
static void
as_form (CpNoticeDialog *self,
         const char     *title,
         const char     *centre)
{
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->text_scroller, FALSE);
  gtk_widget_set_visible (self->open_button, FALSE);
  gtk_widget_set_visible (self->centre_list, self->kind == CP_NOTICE_SESSION);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  if (self->kind == CP_NOTICE_SESSION)
    list_centres (self, centre);
  show_fields (self);
}

CpNoticeDialog *
cp_notice_dialog_new (CpPolicyPack   *pack,
                      CpUserSessions *store)
{
  CpNoticeDialog *self = g_object_new (CP_TYPE_NOTICE_DIALOG, NULL);

  self->pack = g_object_ref (pack);
  self->store = g_object_ref (store);
  self->origin = CP_USER_ORIGIN_NOTICE;
  adw_window_title_set_title (self->window_title, _("Paste a Notice"));
  cp_notice_dialog_read_now (self);
  return self;
}

/* The shape of a session, empty: the registration channel of the first
 * bundled session (the provincial system every session uses), no date. */
static JsonObject *
empty_session (CpPolicyPack *pack)
{
  JsonArray *sessions = cp_policy_pack_get_records (pack, "exams.json", "sessions");
  JsonObject *first = sessions != NULL && json_array_get_length (sessions) > 0
                      ? json_array_get_object_element (sessions, 0) : NULL;
  g_autofree char *today = cp_date_format (cp_date_today ());
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *session;
  JsonArray *registration = json_array_new ();

  json_parser_load_from_data (parser, "{\"levels\": [], \"exam_date\": null, \"papers_due\": null, \"capacity\": null,"
                              " \"min_to_open\": null, \"registration_code\": null, \"plan_number\": null,"
                              " \"sources\": [], \"fees\": []}", -1, NULL);
  session = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  json_object_set_string_member (session, "occupation",
                                 first != NULL ? json_object_get_string_member (first, "occupation") : "4-04-05-05");
  json_object_set_string_member (session, "published", today);
  if (first != NULL && json_array_get_length (json_object_get_array_member (first, "registration")) > 0)
    {
      JsonObject *channel = cp_notice_copy_object (json_array_get_object_element (json_object_get_array_member (first, "registration"), 0));

      json_object_set_null_member (channel, "closes");
      json_array_add_object_element (registration, channel);
    }
  json_object_set_array_member (session, "registration", registration);
  return session;
}

CpNoticeDialog *
cp_notice_dialog_new_by_hand (CpPolicyPack   *pack,
                              CpUserSessions *store)
{
  CpNoticeDialog *self = g_object_new (CP_TYPE_NOTICE_DIALOG, NULL);

  self->pack = g_object_ref (pack);
  self->store = g_object_ref (store);
  self->origin = CP_USER_ORIGIN_HAND;
  self->kind = CP_NOTICE_SESSION;
  self->draft = empty_session (pack);
  gtk_label_set_label (self->summary_label, _("A session as its notice gives it: leave empty what the notice does not say."));
  as_form (self, _("Enter a Session by Hand"), NULL);
  return self;
}

CpNoticeDialog *
cp_notice_dialog_new_to_edit (CpPolicyPack   *pack,
                              CpUserSessions *store,
                              CpUserKind      kind,
                              const char     *id)
{
  CpNoticeDialog *self = g_object_new (CP_TYPE_NOTICE_DIALOG, NULL);
  CpUserRecord *saved = cp_user_sessions_lookup (store, kind, id);

  self->pack = g_object_ref (pack);
  self->store = g_object_ref (store);
  self->kind = kind == CP_USER_COURSE ? CP_NOTICE_COURSE : CP_NOTICE_SESSION;
  self->edit_id = g_strdup (id);
  if (saved != NULL)
    {
      self->origin = saved->origin;
      self->draft = cp_notice_copy_object (saved->record);
      json_object_set_array_member (self->draft, "fees", json_array_new ());
      gtk_label_set_label (self->summary_label, saved->origin == CP_USER_ORIGIN_NOTICE
                                                ? _("Read from a notice and saved: correct what is wrong.")
                                                : _("Entered by hand and saved: correct what is wrong."));
    }
  else
    gtk_label_set_label (self->summary_label, _("This is no longer saved."));
  as_form (self, kind == CP_USER_COURSE ? _("Edit a Saved Course") : _("Edit a Saved Session"),
           self->draft != NULL ? json_object_get_string_member_with_default (self->draft, "centre", NULL) : NULL);
  return self;
}

static void
cp_notice_dialog_dispose (GObject *object)
{
  CpNoticeDialog *self = CP_NOTICE_DIALOG (object);

  g_clear_handle_id (&self->read_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->pack);
  g_clear_object (&self->store);
  g_clear_pointer (&self->notice, cp_notice_free);
  g_clear_pointer (&self->draft, json_object_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->edit_id, g_free);
  g_clear_pointer (&self->centre_ids, g_ptr_array_unref);
  g_clear_pointer (&self->bad, g_hash_table_unref);

  G_OBJECT_CLASS (cp_notice_dialog_parent_class)->dispose (object);
}

static void
cp_notice_dialog_class_init (CpNoticeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_SPLIT_VIEW);

  object_class->dispose = cp_notice_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-notice-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, centre_list);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, centre_row);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, field_list);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, text_scroller);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, CpNoticeDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cp_notice_dialog_init (CpNoticeDialog *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  cp_accessible_tidy (GTK_WIDGET (self));
  self->centre_ids = g_ptr_array_new_with_free_func (g_free);
  self->bad = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  buffer = gtk_text_view_get_buffer (self->text_view);
  /* Yellow for what was read, orange and underlined for what is unsure,
   * the accent blue for the field in focus. */
  self->found_tag = gtk_text_buffer_create_tag (buffer, "found", "background", "rgba(246,211,45,0.35)", NULL);
  self->unsure_tag = gtk_text_buffer_create_tag (buffer, "unsure", "background", "rgba(255,120,0,0.35)",
                                                 "underline", PANGO_UNDERLINE_ERROR, NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "current", "background", "rgba(53,132,228,0.45)", NULL);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (text_changed_cb), self);
}
