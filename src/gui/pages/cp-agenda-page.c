/* cp-agenda-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-agenda-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-agenda-page.h"
#include "cp-roster-window.h"
#include "cp-spreadsheet.h"

/* iCalendar reminders the day before each event. */
#define ALARM_DAYS 1

struct _CpAgendaPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkSpinButton        *days_spin;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  GtkLabel             *summary_label;
  GtkStack             *content_stack;
  GtkListView          *list_view;
  AdwStatusPage        *empty_page;

  /* Owned */
  CpPolicyPack         *pack;
  GSettings            *settings;
  CpAgendaModel        *model;
  CpProfile            *profile;
  char                 *candidate_id;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CpAgendaPage, cp_agenda_page, ADW_TYPE_BIN)

enum
{
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------- Rows ---------- */

typedef struct
{
  GtkWidget *heading;
  GtkWidget *countdown;
  GtkWidget *title;
  GtkWidget *subtitle;
} RowWidgets;

/* No label wraps: a wrapping label costs several text layouts each time
 * it is measured, and GTK 4.8's list view keeps some 200 rows, measured
 * again whenever the tab is shown. A sentence too long for the window
 * ends in "…" and is whole in its tooltip. */
static GtkWidget *
row_label (const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  RowWidgets *widgets = g_new0 (RowWidgets, 1);

  widgets->heading = row_label ("heading", FALSE);
  gtk_widget_set_margin_top (widgets->heading, 12);
  widgets->countdown = row_label ("numeric", FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (widgets->countdown), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_width_chars (GTK_LABEL (widgets->countdown), 16);
  widgets->title = row_label (NULL, FALSE);
  widgets->subtitle = row_label ("dim-label", FALSE);
  gtk_widget_add_css_class (widgets->subtitle, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), widgets->title);
  gtk_box_append (GTK_BOX (texts), widgets->subtitle);
  gtk_box_append (GTK_BOX (row), widgets->heading);
  gtk_box_append (GTK_BOX (row), widgets->countdown);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  g_object_set_data_full (G_OBJECT (row), "cp-widgets", widgets, g_free);
  gtk_list_item_set_child (list_item, row);
}

static char *
countdown_text (int      days,
                gboolean approximate)
{
  g_autofree char *text = NULL;

  if (days == 0)
    text = g_strdup (_("Today"));
  else
    /* Translators: how many working days until an event */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day", "%d working days", days), days);
  /* Translators: a count through a year whose holidays are not published yet */
  return approximate ? g_strdup_printf (_("about %s"), text) : g_steal_pointer (&text);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             CpAgendaPage             *self)
{
  CpAgendaItem *item = gtk_list_item_get_item (list_item);
  RowWidgets *widgets = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "cp-widgets");
  const CpAgendaEvent *event = cp_agenda_item_get_event (item);
  g_autofree char *date = cp_date_format (cp_agenda_item_get_day (item));
  gboolean week = event == NULL;

  /* A week's heading is no stop on the way through with the keyboard. */
  gtk_list_item_set_activatable (list_item, !week);
  gtk_list_item_set_selectable (list_item, !week);
  gtk_widget_set_visible (widgets->heading, week);
  gtk_widget_set_visible (widgets->countdown, !week);
  gtk_widget_set_visible (gtk_widget_get_parent (widgets->title), !week);
  if (week)
    {
      guint n = cp_agenda_item_get_n_events (item);
      /* Translators: the heading of a week of the agenda: its Monday, then how many events */
      g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Week of %s · %u event", "Week of %s · %u events", n), date, n);

      gtk_label_set_label (GTK_LABEL (widgets->heading), heading);
    }
  else
    {
      gboolean approximate = FALSE;
      int days = cp_agenda_item_get_countdown (item, &approximate);
      /* The date's own uncertainty is in the event's text. */
      g_autofree char *countdown = countdown_text (days, approximate);
      const char *name = event->candidate != NULL && event->candidate[0] != '\0' ? event->candidate
                                                                                 : _("Unnamed candidate");
      /* Translators: an agenda event's date, candidate and kind */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"), date, name, cp_agenda_kind_label (event->kind));

      gtk_label_set_label (GTK_LABEL (widgets->countdown), countdown);
      gtk_label_set_label (GTK_LABEL (widgets->title), cp_agenda_item_get_text (item, self->pack));
      gtk_widget_set_tooltip_text (widgets->title, cp_agenda_item_get_text (item, self->pack));
      gtk_label_set_label (GTK_LABEL (widgets->subtitle), subtitle);
    }
}

static void
on_list_view_activate_cb (CpAgendaPage *self,
                          guint         position)
{
  GListModel *items = G_LIST_MODEL (gtk_list_view_get_model (self->list_view));
  g_autoptr(CpAgendaItem) item = g_list_model_get_item (items, position);
  const CpAgendaEvent *event = item != NULL ? cp_agenda_item_get_event (item) : NULL;

  if (event != NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, event->candidate_id);
}

/* ---------- State ---------- */

static gpointer
release_thread (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

/* The rows of the agenda just computed, in a view started afresh. */
static void
updated_cb (CpAgendaPage *self)
{
  GListModel *items = cp_agenda_model_get_items (self->model);
  GtkSelectionModel *shown = gtk_list_view_get_model (self->list_view);
  GListModel *old = shown != NULL ? gtk_no_selection_get_model (GTK_NO_SELECTION (shown)) : NULL;

  if (old != items)
    {
      g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (items));

      /* Tens of thousands of old rows and events take a frame or more to
       * free: a thread of their own does it (nothing else holds them but
       * the odd row, on its way to its new item). */
      if (old != NULL)
        g_object_ref (old);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
      if (old != NULL)
        g_thread_unref (g_thread_new ("cp-agenda-free", release_thread, old));
    }
}

static void
update_state (CpAgendaPage *self)
{
  gboolean busy = cp_agenda_model_is_busy (self->model);
  guint n_items = g_list_model_get_n_items (cp_agenda_model_get_items (self->model));
  CpAgendaShared *shared = cp_agenda_model_get_agenda (self->model);
  CpAgenda *agenda = shared != NULL ? cp_agenda_shared_get (shared) : NULL;
  guint days = cp_agenda_model_get_days (self->model);

  gtk_widget_set_visible (self->progress_box, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), !busy);
  if (busy)
    {
      guint done = cp_agenda_model_get_done (self->model);
      guint total = cp_agenda_model_get_total (self->model);
      g_autofree char *progress = NULL;

      if (total == 0)
        progress = g_strdup (_("Reading the saved candidates…"));
      else
        /* Translators: progress of the agenda: candidates looked at, of how many */
        progress = g_strdup_printf (_("%u of %u candidates"), done, total);

      if (total > 0)
        gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
      else
        gtk_progress_bar_pulse (self->progress_bar);
      gtk_label_set_label (self->progress_label, progress);
    }
  else if (cp_agenda_model_get_error (self->model) != NULL)
    gtk_label_set_label (self->summary_label, cp_agenda_model_get_error (self->model));
  else if (agenda != NULL)
    {
      g_autofree char *from = cp_date_format (agenda->from);
      g_autofree char *to = cp_date_format (agenda->to);
      /* Translators: the agenda's events, of how many candidates, between two days */
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %u candidates looked at, %s – %s",
                                                            "%u events, %u candidates looked at, %s – %s",
                                                            agenda->events->len),
                                                  agenda->events->len, agenda->n_candidates, from, to);

      if (agenda->unreadable->len > 0)
        {
          /* Translators: after the agenda's summary: files the agenda could not read */
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u file could not be read", "%s; %u files could not be read",
                                                             agenda->unreadable->len),
                                                   summary, agenda->unreadable->len);
          g_free (summary);
          summary = g_steal_pointer (&more);
        }
      gtk_label_set_label (self->summary_label, summary);
    }

  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (busy)
    gtk_stack_set_visible_child_name (self->content_stack, "computing");
  else
    {
      g_autofree char *description = NULL;

      if (agenda == NULL || agenda->n_candidates == 0)
        description = g_strdup (_("There are no saved candidates yet. What is due for them appears here once they are saved."));
      else
        /* Translators: the agenda is empty */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No saved candidate has anything due in the next %u day.",
                                                 "No saved candidate has anything due in the next %u days.", days),
                                       days);
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
}

static void
days_changed_cb (CpAgendaPage *self)
{
  int days = gtk_spin_button_get_value_as_int (self->days_spin);

  if (self->settings != NULL)
    g_settings_set_int (self->settings, "agenda-days", days);
  cp_agenda_model_set_days (self->model, days);
}

static void
settings_days_cb (CpAgendaPage *self)
{
  gtk_spin_button_set_value (self->days_spin, g_settings_get_int (self->settings, "agenda-days"));
}

void
cp_agenda_page_set_context (CpAgendaPage *self,
                            CpPolicyPack *pack,
                            GSettings    *settings)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (CP_IS_AGENDA_PAGE (self));
  g_return_if_fail (CP_IS_POLICY_PACK (pack));
  g_return_if_fail (self->model == NULL);

  self->pack = g_object_ref (pack);
  self->settings = g_object_ref (settings);
  self->model = cp_agenda_model_new (pack);
  g_signal_connect_object (self->model, "notify::busy", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::done", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "updated", G_CALLBACK (updated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "updated", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  updated_cb (self);

  settings_days_cb (self);
  cp_agenda_model_set_days (self->model, g_settings_get_int (settings, "agenda-days"));
  g_signal_connect_object (self->days_spin, "value-changed", G_CALLBACK (days_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::agenda-days", G_CALLBACK (settings_days_cb), self, G_CONNECT_SWAPPED);
  update_state (self);
}

CpAgendaModel *
cp_agenda_page_get_model (CpAgendaPage *self)
{
  g_return_val_if_fail (CP_IS_AGENDA_PAGE (self), NULL);
  return self->model;
}

void
cp_agenda_page_set_candidate (CpAgendaPage *self,
                              CpProfile    *profile,
                              const char   *id)
{
  g_return_if_fail (CP_IS_AGENDA_PAGE (self));

  g_set_object (&self->profile, profile);
  g_free (self->candidate_id);
  self->candidate_id = g_strdup (id);
}

/* ---------- Export ---------- */

gboolean
cp_agenda_page_export (CpAgendaPage  *self,
                       const char    *what,
                       const char    *path,
                       GError       **error)
{
  g_autoptr(CpAgenda) own = NULL;
  CpAgenda *agenda;
  CpDay today;

  g_return_val_if_fail (CP_IS_AGENDA_PAGE (self), FALSE);
  g_return_val_if_fail (self->model != NULL, FALSE);

  today = cp_agenda_model_get_today (self->model);
  if (g_str_has_suffix (what, "-one"))
    {
      if (self->profile == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no current candidate"));
          return FALSE;
        }
      /* One candidate is quick enough for the main thread. */
      own = cp_agenda_compute_profile (cp_agenda_model_get_context (self->model),
                                       self->candidate_id != NULL ? self->candidate_id : "", self->profile,
                                       today, today + cp_agenda_model_get_days (self->model) - 1);
      agenda = own;
    }
  else if (cp_agenda_model_get_agenda (self->model) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PENDING, _("The agenda is still being worked out"));
      return FALSE;
    }
  else
    agenda = cp_agenda_shared_get (cp_agenda_model_get_agenda (self->model));

  if (g_str_has_prefix (what, "ics-"))
    {
      g_autoptr(GDateTime) stamp = g_date_time_new_now_utc ();
      g_autofree char *text = cp_agenda_to_icalendar (agenda, self->pack, stamp, ALARM_DAYS);

      return g_file_set_contents (path, text, -1, error);
    }
  else
    {
      g_autoptr(GPtrArray) table = cp_agenda_to_table (agenda, self->pack);
      g_autofree char *target = cp_roster_window_spreadsheet_path (path);

      return cp_spreadsheet_write (table, target, error);
    }
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CpAgendaPage    *self)
{
  const char *what = g_object_get_data (G_OBJECT (dialog), "cp-what");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL || !cp_agenda_page_export (self, what, path, &error))
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (error != NULL ? error->message
                                                                  : _("Only files on this computer can be written")));
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Agenda exported")));
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CpAgendaPage *self = CP_AGENDA_PAGE (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  gboolean ics = g_str_has_prefix (what, "ics-");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* No pack, no agenda: nothing to export. */
  if (self->chooser != NULL || self->model == NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Export Agenda"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  if (ics)
    {
      gtk_file_filter_set_name (filter, _("iCalendar files"));
      gtk_file_filter_add_suffix (filter, "ics");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Spreadsheets (XLSX, CSV)"));
      gtk_file_filter_add_suffix (filter, "xlsx");
      gtk_file_filter_add_suffix (filter, "csv");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), ics ? _("agenda.ics") : _("agenda.xlsx"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data_full (G_OBJECT (self->chooser), "cp-what", g_strdup (what), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------- Class ---------- */

static void
cp_agenda_page_dispose (GObject *object)
{
  CpAgendaPage *self = CP_AGENDA_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* A computation under way stops rather than outliving the window. */
  if (self->model != NULL)
    cp_agenda_model_set_directory (self->model, NULL);
  g_clear_object (&self->model);
  g_clear_object (&self->profile);
  g_clear_object (&self->pack);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->candidate_id, g_free);

  G_OBJECT_CLASS (cp_agenda_page_parent_class)->dispose (object);
}

static void
cp_agenda_page_class_init (CpAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_agenda_page_dispose;

  /* A saved candidate's id, to open it. */
  signals[CANDIDATE_ACTIVATED] = g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, days_spin);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CpAgendaPage, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_install_action (widget_class, "agenda.export", "s", export_action);
}

static void
cp_agenda_page_init (CpAgendaPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
