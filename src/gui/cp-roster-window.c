/* cp-roster-window.c
 *
 * The cells are computed once per row (cp-roster-item.c); the rows shown
 * sit in slots that stay put (cp-roster-rows.c), so a search key costs a
 * filter pass and new text in the cells in view, not new rows; tooltips
 * are asked for (query-tooltip), never set on a bind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-roster-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-json-guard.h"
#include "cp-roster-item.h"
#include "cp-roster-rows.h"
#include "cp-roster-window.h"
#include "cp-spreadsheet.h"
#include "cp-text-column.h"

#include <string.h>

struct _CpRosterWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkColumnView        *column_view;
  GtkButton            *open_button;
  GtkSearchEntry       *search_entry;
  GtkCheckButton       *problems_check;
  GtkLabel             *summary_label;
  AdwToastOverlay      *toast_overlay;

  /* Owned */
  CpRoster             *roster;
  CpCandidateStore     *candidates;
  CpRosterRows         *rows;
  GtkCustomFilter      *filter;
  GtkMultiSelection    *selection;
  GtkFileChooserNative *chooser;
  char                 *needle;      /* the search text, case-folded */
};

G_DEFINE_FINAL_TYPE (CpRosterWindow, cp_roster_window, ADW_TYPE_WINDOW)

enum { SIGNAL_OPEN_CANDIDATE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The problems get the room; long texts have a width and a tooltip. */
static const struct
{
  const char *title;
  gboolean    expand;
  int         width;  /* -1: as wide as the cells */
} columns[CP_ROSTER_N_COLUMNS] = {
  [CP_ROSTER_COLUMN_ROW] = { N_("Row"), FALSE, -1 },
  [CP_ROSTER_COLUMN_NAME] = { N_("Name"), FALSE, -1 },
  [CP_ROSTER_COLUMN_BIRTH_DATE] = { N_("Birth date"), FALSE, -1 },
  [CP_ROSTER_COLUMN_PROBLEMS] = { N_("Problems"), TRUE, -1 },
  [CP_ROSTER_COLUMN_LEVELS] = { N_("Levels open"), FALSE, -1 },
  [CP_ROSTER_COLUMN_TARGET] = { N_("Level applied for"), FALSE, -1 },
  [CP_ROSTER_COLUMN_ELIGIBLE] = { N_("Eligible"), FALSE, -1 },
  [CP_ROSTER_COLUMN_FROM] = { N_("From"), FALSE, -1 },
  [CP_ROSTER_COLUMN_CLAUSE] = { N_("Clause"), FALSE, 160 },
  [CP_ROSTER_COLUMN_SUBSIDY] = { N_("Subsidy"), FALSE, -1 },
  [CP_ROSTER_COLUMN_MISSING] = { N_("Missing documents"), FALSE, 160 },
};

static void
toast (CpRosterWindow *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  CpRosterWindow *self = user_data;

  if (!cp_roster_item_matches (item, self->needle))
    return FALSE;
  return !gtk_check_button_get_active (self->problems_check) || cp_roster_item_needs_attention (item);
}

/* Shows the rows again after a search key, a filter or a sort; the rows
 * that were selected stay selected. */
static void
refresh_rows (CpRosterWindow *self,
              gboolean        sort)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GHashTable) items = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkBitset) reselected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) everything = NULL;
  GtkBitsetIter iter;
  guint position, n;

  if (self->rows == NULL)  /* the column view's sorter, while disposed */
    return;
  selected = gtk_selection_model_get_selection (selection);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_hash_table_add (items, cp_roster_rows_get_item (self->rows, position));
  cp_roster_rows_refresh (self->rows, sort);
  if (g_hash_table_size (items) == 0)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (items, cp_roster_rows_get_item (self->rows, i)))
      gtk_bitset_add (reselected, i);
  everything = gtk_bitset_new_range (0, n);
  gtk_selection_model_set_selection (selection, reselected, everything);
}

static void
filters_changed_cb (CpRosterWindow *self)
{
  g_free (self->needle);
  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  refresh_rows (self, FALSE);
}

static void
sorter_changed_cb (CpRosterWindow *self)
{
  refresh_rows (self, TRUE);
}

static void
show_cell (GtkWidget    *label,
           CpRosterSlot *slot)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "column"));
  const char *text = cp_roster_item_get_text (cp_roster_slot_get_item (slot), column);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (column == CP_ROSTER_COLUMN_PROBLEMS && text[0] != '\0')
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
slot_changed_cb (CpRosterSlot *slot,
                 GtkWidget    *label)
{
  show_cell (label, slot);
}

/* The cell follows its slot while bound; the column's factory drops the
 * handler on unbind. */
static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  column)
{
  CpRosterSlot *slot = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (label), "column", column);
  show_cell (label, slot);
  g_signal_connect (slot, "changed", G_CALLBACK (slot_changed_cb), label);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      column)
{
  return cp_roster_item_compare ((CpRosterItem *) a, (CpRosterItem *) b, GPOINTER_TO_INT (column));
}

static void
add_columns (CpRosterWindow *self)
{
  for (int i = 0; i < CP_ROSTER_N_COLUMNS; i++)
    {
      GtkColumnViewColumn *view_column = cp_text_column_new (_(columns[i].title), G_CALLBACK (cell_bind_cb),
                                                             GINT_TO_POINTER (i), NULL, columns[i].expand);
      GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (i), NULL);

      gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
      gtk_column_view_column_set_fixed_width (view_column, columns[i].width);
      gtk_column_view_append_column (self->column_view, view_column);
      g_object_unref (sorter);
      g_object_unref (view_column);
    }
}

CpRosterItem *
cp_roster_window_get_item (CpRosterWindow *self,
                           guint           position)
{
  g_return_val_if_fail (CP_IS_ROSTER_WINDOW (self), NULL);
  return cp_roster_rows_get_item (self->rows, position);
}

void
cp_roster_window_open_row (CpRosterWindow *self,
                           guint           position)
{
  CpRosterItem *item;
  CpRosterRow *row;

  g_return_if_fail (CP_IS_ROSTER_WINDOW (self));

  item = cp_roster_rows_get_item (self->rows, position);
  if (item == NULL)
    return;
  row = cp_roster_item_get_row (item);
  if (row->profile == NULL)
    {
      toast (self, _("This row has errors: correct them in the file, then open it again"));
      return;
    }
  g_signal_emit (self, signals[SIGNAL_OPEN_CANDIDATE], 0, row->profile);
}

static void
activate_cb (CpRosterWindow *self,
             guint           position)
{
  cp_roster_window_open_row (self, position);
}

static void
open_candidate_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CpRosterWindow *self = CP_ROSTER_WINDOW (widget);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (!gtk_bitset_is_empty (selected))
    cp_roster_window_open_row (self, gtk_bitset_get_minimum (selected));
}

static void
selection_changed_cb (CpRosterWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.open-candidate", !gtk_bitset_is_empty (selected));
}

/* ---------- Saved candidates ---------- */

static char *
candidate_key (const char *name,
               CpDay       birth_date)
{
  return g_strdup_printf ("%s\x1f%u", name != NULL ? name : "", birth_date);
}

guint
cp_roster_window_add_candidates (CpRosterWindow  *self,
                                 guint           *skipped,
                                 GError         **error)
{
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *saved_list;
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  guint added = 0;

  g_return_val_if_fail (CP_IS_ROSTER_WINDOW (self), 0);

  *skipped = 0;
  if (self->candidates == NULL)
    return 0;
  /* The store's index: names and birth dates without reading every file. */
  saved_list = cp_candidate_store_get_model (self->candidates);
  for (guint i = 0; i < g_list_model_get_n_items (saved_list); i++)
    {
      g_autoptr(CpCandidateSummary) summary = g_list_model_get_item (saved_list, i);

      g_hash_table_add (saved, candidate_key (cp_candidate_summary_get_name (summary),
                                              cp_candidate_summary_get_birth_date (summary)));
    }

  /* The selected rows as shown, or when none is, every row. */
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    for (guint i = 0; i < cp_roster_rows_get_all (self->rows)->len; i++)
      g_ptr_array_add (chosen, g_ptr_array_index (cp_roster_rows_get_all (self->rows), i));
  else
    {
      GtkBitsetIter iter;
      guint position;

      for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
           more = gtk_bitset_iter_next (&iter, &position))
        g_ptr_array_add (chosen, cp_roster_rows_get_item (self->rows, position));
    }
  for (guint i = 0; i < chosen->len; i++)
    {
      CpRosterRow *row = cp_roster_item_get_row (g_ptr_array_index (chosen, i));
      g_autofree char *id = NULL;
      char *key;

      if (row->profile == NULL)
        continue;
      key = candidate_key (row->name, row->birth_date);
      if (!g_hash_table_add (saved, key))
        {
          (*skipped)++;
          continue;
        }
      id = cp_candidate_store_new_id (self->candidates);
      if (!cp_candidate_store_save (self->candidates, id, row->profile, error))
        return added;
      added++;
    }
  return added;
}

static void
add_candidates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CpRosterWindow *self = CP_ROSTER_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint skipped, added;

  added = cp_roster_window_add_candidates (self, &skipped, &error);
  if (error != NULL)
    message = g_strdup (error->message);
  else
    /* Translators: how many rows were saved, and how many were saved already */
    message = g_strdup_printf (_("%u added to saved candidates, %u already there"), added, skipped);
  toast (self, message);
}

/* ---------- Files ---------- */

static char *
summary_text (CpRoster *roster)
{
  g_autofree char *date = cp_date_format (roster->on);
  g_autofree char *ignored = g_strjoinv (_(", "), roster->ignored_columns);
  guint errors = 0, eligible = 0;
  char *summary;

  for (guint i = 0; i < roster->rows->len; i++)
    {
      CpRosterRow *row = g_ptr_array_index (roster->rows, i);
      CpLevelResult *level = row->eligibility != NULL ? cp_eligibility_get_level (row->eligibility, row->target_level)
                                                      : NULL;

      errors += row->errors->len > 0;
      eligible += level != NULL && level->eligible;
    }
  /* Translators: rows, rows with errors, rows eligible for their target level, a date, the file's kind */
  summary = g_strdup_printf (_("%u rows: %u with errors, %u meet the conditions of their target level on %s (%s)"),
                             roster->rows->len, errors, eligible, date, roster->encoding);
  if (ignored[0] == '\0')
    return summary;
  /* Translators: the summary, then the columns of the file that were not read */
  return g_strdup_printf (_("%s · not read: %s"), g_steal_pointer (&summary), ignored);
}

void
cp_roster_window_set_roster (CpRosterWindow *self,
                             CpRoster       *roster)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;

  g_return_if_fail (CP_IS_ROSTER_WINDOW (self));

  for (guint i = 0; i < roster->rows->len; i++)
    g_ptr_array_add (items, cp_roster_item_new (roster, g_ptr_array_index (roster->rows, i)));
  /* The old items go before the roster whose rows they borrow. */
  cp_roster_rows_set_items (self->rows, items);
  g_clear_pointer (&self->roster, cp_roster_free);
  self->roster = roster;
  summary = summary_text (roster);
  gtk_label_set_label (self->summary_label, summary);
}

gboolean
cp_roster_window_open_file (CpRosterWindow  *self,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *contents = NULL;
  CpRoster *roster;
  gsize length;

  if (!cp_guard_read_file (path, CP_GUARD_ROSTER, &contents, &length, error))
    return FALSE;
  roster = cp_spreadsheet_read_roster (self->roster->pack, contents, length, cp_date_today (), 0, error);
  if (roster == NULL)
    return FALSE;
  cp_roster_window_set_roster (self, roster);
  return TRUE;
}

gboolean
cp_roster_window_export (CpRosterWindow  *self,
                         const char      *path,
                         GError         **error)
{
  g_autoptr(GPtrArray) table = cp_roster_to_table (self->roster);

  return cp_spreadsheet_write (table, path, error);
}

gboolean
cp_roster_window_save_template (const char  *path,
                                GError     **error)
{
  g_autoptr(GPtrArray) table = cp_roster_template_table ();

  return cp_spreadsheet_write (table, path, error);
}

typedef enum { CHOOSE_OPEN, CHOOSE_EXPORT, CHOOSE_TEMPLATE } ChooserPurpose;

char *
cp_roster_window_spreadsheet_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".csv"))
    return g_strdup (path);
  return g_strconcat (path, ".xlsx", NULL);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     CpRosterWindow  *self)
{
  ChooserPurpose purpose = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "purpose"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  gboolean done = TRUE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      target = purpose == CHOOSE_OPEN ? g_strdup (path) : cp_roster_window_spreadsheet_path (path);
      if (purpose == CHOOSE_OPEN)
        done = cp_roster_window_open_file (self, target, &error);
      else if (purpose == CHOOSE_EXPORT)
        done = cp_roster_window_export (self, target, &error);
      else
        done = cp_roster_window_save_template (target, &error);
      if (!done)
        toast (self, error->message);
      else if (purpose != CHOOSE_OPEN)
        {
          g_autofree char *base_name = g_path_get_basename (target);
          /* Translators: %s is a file name */
          g_autofree char *message = g_strdup_printf (_("Saved %s"), base_name);
          toast (self, message);
        }
    }
  g_clear_object (&self->chooser);
}

static void
choose_file (CpRosterWindow *self,
             ChooserPurpose  purpose)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *title = purpose == CHOOSE_OPEN ? _("Open a Class Roster")
                      : purpose == CHOOSE_EXPORT ? _("Export Results") : _("Save Roster Template");

  if (self->chooser != NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                               purpose == CHOOSE_OPEN ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                                      : GTK_FILE_CHOOSER_ACTION_SAVE,
                                               NULL, NULL);
  gtk_file_filter_set_name (filter, purpose == CHOOSE_OPEN ? _("Spreadsheets (XLSX, ODS, CSV)")
                                                           : _("Spreadsheets (XLSX, CSV)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "csv");
  if (purpose == CHOOSE_OPEN)
    gtk_file_filter_add_suffix (filter, "ods");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (purpose == CHOOSE_EXPORT)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("roster-results.xlsx"));
  else if (purpose == CHOOSE_TEMPLATE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("roster-template.xlsx"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data (G_OBJECT (self->chooser), "purpose", GINT_TO_POINTER (purpose));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChooserPurpose purpose = g_str_equal (action_name, "roster.open") ? CHOOSE_OPEN
                           : g_str_equal (action_name, "roster.export") ? CHOOSE_EXPORT : CHOOSE_TEMPLATE;

  choose_file (CP_ROSTER_WINDOW (widget), purpose);
}

/* ---------- The window ---------- */

GListModel *
cp_roster_window_get_rows (CpRosterWindow *self)
{
  g_return_val_if_fail (CP_IS_ROSTER_WINDOW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

static void
cp_roster_window_dispose (GObject *object)
{
  CpRosterWindow *self = CP_ROSTER_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->candidates);

  G_OBJECT_CLASS (cp_roster_window_parent_class)->dispose (object);
}

static void
cp_roster_window_finalize (GObject *object)
{
  CpRosterWindow *self = CP_ROSTER_WINDOW (object);

  /* After the items, which borrow its rows. */
  g_clear_pointer (&self->roster, cp_roster_free);
  g_free (self->needle);
  G_OBJECT_CLASS (cp_roster_window_parent_class)->finalize (object);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (CP_ROSTER_WINDOW (widget)->search_entry));
}

static void
cp_roster_window_class_init (CpRosterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_roster_window_dispose;
  object_class->finalize = cp_roster_window_finalize;

  signals[SIGNAL_OPEN_CANDIDATE] = g_signal_new ("open-candidate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, CP_TYPE_PROFILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-roster-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CpRosterWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, CpRosterWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, CpRosterWindow, problems_check);
  gtk_widget_class_bind_template_child (widget_class, CpRosterWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CpRosterWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CpRosterWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "roster.open-candidate", NULL, open_candidate_action);
  gtk_widget_class_install_action (widget_class, "roster.add-candidates", NULL, add_candidates_action);
  gtk_widget_class_install_action (widget_class, "roster.open", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "roster.export", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "roster.template", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "roster.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "roster.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "roster.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "roster.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
cp_roster_window_init (CpRosterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cp_accessible_tidy (GTK_WIDGET (self));
  self->needle = g_strdup ("");
  add_columns (self);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->rows = cp_roster_rows_new (GTK_FILTER (self->filter), gtk_column_view_get_sorter (self->column_view));
  g_object_unref (self->filter);  /* the rows keep it */
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  /* Typing anywhere in the window searches; Enter on a row opens it. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->problems_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sorter_changed_cb), self);
  selection_changed_cb (self);
}

CpRosterWindow *
cp_roster_window_new (CpRoster         *roster,
                      CpCandidateStore *store)
{
  CpRosterWindow *self = g_object_new (CP_TYPE_ROSTER_WINDOW, NULL);

  self->candidates = store != NULL ? g_object_ref (store) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.add-candidates", store != NULL);
  cp_roster_window_set_roster (self, roster);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  return self;
}
