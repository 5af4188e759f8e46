/* cp-roster-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-roster-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-roster-window.h"
#include "cp-text-column.h"

#include <string.h>

/* One roster row as a list item; the row itself stays in the roster. */
#define CP_TYPE_ROSTER_ITEM (cp_roster_item_get_type ())
G_DECLARE_FINAL_TYPE (CpRosterItem, cp_roster_item, CP, ROSTER_ITEM, GObject)

struct _CpRosterItem
{
  GObject      parent_instance;
  CpRosterRow *row;          /* borrowed from the window's roster */
  char        *texts[10];
};

G_DEFINE_FINAL_TYPE (CpRosterItem, cp_roster_item, G_TYPE_OBJECT)

enum { ITEM_PROP_0, ITEM_PROP_NAME, ITEM_PROP_FROM_KEY, ITEM_PROP_SUBSIDY_KEY, ITEM_PROP_ROW_KEY, ITEM_N_PROPS };
static GParamSpec *item_properties[ITEM_N_PROPS];

enum { COLUMN_ROW, COLUMN_NAME, COLUMN_PROBLEMS, COLUMN_LEVELS, COLUMN_TARGET, COLUMN_ELIGIBLE, COLUMN_FROM,
       COLUMN_CLAUSE, COLUMN_SUBSIDY, COLUMN_MISSING };

static CpLevelResult *
target_of (CpRosterRow *row)
{
  return row->eligibility != NULL ? cp_eligibility_get_level (row->eligibility, row->target_level) : NULL;
}

static void
cp_roster_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CpRosterItem *self = CP_ROSTER_ITEM (object);
  CpLevelResult *level = target_of (self->row);

  switch (prop_id)
    {
    case ITEM_PROP_NAME:
      g_value_set_string (value, self->row->name);
      break;
    case ITEM_PROP_FROM_KEY:
      g_value_set_int64 (value, level != NULL && level->eligible_from != 0 ? level->eligible_from : G_MAXINT64);
      break;
    case ITEM_PROP_SUBSIDY_KEY:
      /* A range sorts by the least it may bring. */
      g_value_set_int64 (value, self->row->subsidy != NULL && self->row->subsidy->amount_min != CP_YUAN_UNKNOWN
                                ? self->row->subsidy->amount_min : G_MININT64);
      break;
    case ITEM_PROP_ROW_KEY:
      g_value_set_int64 (value, self->row->row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_roster_item_finalize (GObject *object)
{
  CpRosterItem *self = CP_ROSTER_ITEM (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);
  G_OBJECT_CLASS (cp_roster_item_parent_class)->finalize (object);
}

static void
cp_roster_item_class_init (CpRosterItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cp_roster_item_get_property;
  object_class->finalize = cp_roster_item_finalize;
  item_properties[ITEM_PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  item_properties[ITEM_PROP_FROM_KEY] = g_param_spec_int64 ("from-key", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  item_properties[ITEM_PROP_SUBSIDY_KEY] = g_param_spec_int64 ("subsidy-key", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  item_properties[ITEM_PROP_ROW_KEY] = g_param_spec_int64 ("row-key", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
cp_roster_item_init (CpRosterItem *self)
{
}


/* The amount, or its range and how sure it is; a not-eligible row says so. */
static char *
subsidy_text (CpSubsidyAnswer *answer)
{
  g_autofree char *amount = answer != NULL ? cp_subsidy_answer_format_amount (answer) : NULL;

  if (answer == NULL)
    return g_strdup ("");
  if (!answer->eligible)
    return g_strdup (_("not eligible"));
  if (amount == NULL)
    return g_strdup (_("unknown"));
  /* Translators: an amount or a range, then how sure its top is */
  return g_strdup_printf (_("%s (%s)"), amount, cp_certainty_label (answer->certainty_max));
}

static CpRosterItem *
cp_roster_item_new (CpRosterRow *row)
{
  CpRosterItem *self = g_object_new (CP_TYPE_ROSTER_ITEM, NULL);
  CpLevelResult *level = target_of (row);
  g_autoptr(GString) levels = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);

  self->row = row;
  for (guint i = 0; row->eligibility != NULL && i < row->eligibility->levels->len; i++)
    if (((CpLevelResult *) g_ptr_array_index (row->eligibility->levels, i))->eligible)
      g_string_append_printf (levels, "%s%d", levels->len > 0 ? " " : "",
                              ((CpLevelResult *) g_ptr_array_index (row->eligibility->levels, i))->level);
  for (guint i = 0; row->missing_documents != NULL && i < row->missing_documents->len; i++)
    g_string_append_printf (missing, "%s%s", i > 0 ? ", " : "",
                            json_object_get_string_member (g_ptr_array_index (row->missing_documents, i), "id"));
  g_ptr_array_add (row->errors, NULL);
  self->texts[COLUMN_PROBLEMS] = g_strjoinv ("; ", (char **) row->errors->pdata);
  g_ptr_array_remove_index (row->errors, row->errors->len - 1);

  self->texts[COLUMN_ROW] = g_strdup_printf ("%u", row->row);
  self->texts[COLUMN_NAME] = g_strdup (row->name != NULL ? row->name : "");
  self->texts[COLUMN_LEVELS] = g_string_free (g_steal_pointer (&levels), FALSE);
  self->texts[COLUMN_TARGET] = level != NULL ? g_strdup_printf ("%d", row->target_level) : g_strdup ("");
  self->texts[COLUMN_ELIGIBLE] = g_strdup (level == NULL ? "" : level->eligible ? _("yes") : _("no"));
  self->texts[COLUMN_FROM] = level != NULL && level->eligible_from != 0 ? cp_date_format (level->eligible_from) : g_strdup ("");
  self->texts[COLUMN_CLAUSE] = level != NULL && level->chosen != NULL
                               /* Translators: the clause a level rests on */
                               ? g_strdup_printf (_("clause (%d)"), level->chosen->number) : g_strdup ("");
  self->texts[COLUMN_SUBSIDY] = subsidy_text (row->subsidy);
  self->texts[COLUMN_MISSING] = g_string_free (g_steal_pointer (&missing), FALSE);
  return self;
}

/* ---------- The window ---------- */

struct _CpRosterWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkColumnView        *column_view;
  GtkSearchEntry       *search_entry;
  GtkCheckButton       *problems_check;
  GtkLabel             *summary_label;
  GtkButton            *open_button;

  /* Owned */
  CpRoster             *roster;
  GtkCustomFilter      *filter;
  GtkSingleSelection   *selection;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CpRosterWindow, cp_roster_window, ADW_TYPE_WINDOW)

enum { SIGNAL_OPEN_CANDIDATE, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  CpRosterWindow *self = user_data;
  CpRosterItem *roster_item = item;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_autofree char *name = g_utf8_casefold (roster_item->texts[COLUMN_NAME], -1);
  CpLevelResult *level = target_of (roster_item->row);

  if (needle[0] != '\0' && strstr (name, needle) == NULL)
    return FALSE;
  /* Rows that need attention: errors, not eligible, documents missing. */
  if (gtk_check_button_get_active (self->problems_check) && roster_item->row->errors->len == 0 &&
      level != NULL && level->eligible && roster_item->texts[COLUMN_MISSING][0] == '\0')
    return FALSE;
  return TRUE;
}

static void
filters_changed_cb (CpRosterWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  column)
{
  CpRosterItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *text = item->texts[GPOINTER_TO_INT (column)];

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text[0] != '\0' ? text : NULL);
  if (GPOINTER_TO_INT (column) == COLUMN_PROBLEMS && text[0] != '\0')
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
add_column (CpRosterWindow *self,
            const char     *title,
            int             column,
            const char     *sort_property,
            gboolean        expand)
{
  GtkColumnViewColumn *view_column = cp_text_column_new (title, G_CALLBACK (cell_bind_cb),
                                                         GINT_TO_POINTER (column), NULL, expand);

  if (sort_property != NULL)
    {
      GtkExpression *expression = gtk_property_expression_new (CP_TYPE_ROSTER_ITEM, NULL, sort_property);
      GtkSorter *sorter = g_str_equal (sort_property, "name") ? GTK_SORTER (gtk_string_sorter_new (expression))
                                                              : GTK_SORTER (gtk_numeric_sorter_new (expression));
      gtk_column_view_column_set_sorter (view_column, sorter);
      g_object_unref (sorter);
    }
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

void
cp_roster_window_open_row (CpRosterWindow *self,
                           guint           position)
{
  g_autoptr(CpRosterItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL && item->row->profile != NULL)
    g_signal_emit (self, signals[SIGNAL_OPEN_CANDIDATE], 0, item->row->profile);
}

static void
on_open_button_clicked_cb (CpRosterWindow *self)
{
  cp_roster_window_open_row (self, gtk_single_selection_get_selected (self->selection));
}

static void
selected_cb (CpRosterWindow *self)
{
  CpRosterItem *item = gtk_single_selection_get_selected_item (self->selection);

  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), item != NULL && item->row->profile != NULL);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CpRosterWindow  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      csv = cp_roster_to_csv (self->roster);
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, NULL, &error))
        g_warning ("The roster could not be exported: %s", error->message);
    }
  g_clear_object (&self->chooser);
}

static void
on_export_button_clicked_cb (CpRosterWindow *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Export Roster"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("roster-results.csv"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

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
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (cp_roster_window_parent_class)->dispose (object);
}

static void
cp_roster_window_finalize (GObject *object)
{
  CpRosterWindow *self = CP_ROSTER_WINDOW (object);

  /* After the items, which borrow its rows. */
  g_clear_pointer (&self->roster, cp_roster_free);
  G_OBJECT_CLASS (cp_roster_window_parent_class)->finalize (object);
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
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_button_clicked_cb);
}

static void
cp_roster_window_init (CpRosterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CpRosterWindow *
cp_roster_window_new (CpRoster *roster)
{
  CpRosterWindow *self = g_object_new (CP_TYPE_ROSTER_WINDOW, NULL);
  GListStore *store = g_list_store_new (CP_TYPE_ROSTER_ITEM);
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  g_autofree char *summary = NULL;
  g_autofree char *date = cp_date_format (roster->on);
  guint errors = 0, eligible = 0;

  self->roster = roster;
  for (guint i = 0; i < roster->rows->len; i++)
    {
      CpRosterRow *row = g_ptr_array_index (roster->rows, i);
      g_autoptr(CpRosterItem) item = cp_roster_item_new (row);
      CpLevelResult *level = target_of (row);

      errors += row->errors->len > 0;
      eligible += level != NULL && level->eligible;
      g_list_store_append (store, item);
    }

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (store), GTK_FILTER (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  add_column (self, _("Row"), COLUMN_ROW, "row-key", FALSE);
  add_column (self, _("Name"), COLUMN_NAME, "name", FALSE);
  add_column (self, _("Problems"), COLUMN_PROBLEMS, NULL, TRUE);
  add_column (self, _("Levels open"), COLUMN_LEVELS, NULL, FALSE);
  add_column (self, _("Target"), COLUMN_TARGET, NULL, FALSE);
  add_column (self, _("Eligible"), COLUMN_ELIGIBLE, NULL, FALSE);
  add_column (self, _("From"), COLUMN_FROM, "from-key", FALSE);
  add_column (self, _("Clause"), COLUMN_CLAUSE, NULL, FALSE);
  add_column (self, _("Subsidy"), COLUMN_SUBSIDY, "subsidy-key", FALSE);
  add_column (self, _("Missing documents"), COLUMN_MISSING, NULL, TRUE);
  gtk_sort_list_model_set_sorter (sorted, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* Translators: rows, rows with errors, rows eligible for their target level, a date */
  summary = g_strdup_printf (_("%u rows: %u with errors, %u meet the conditions of their target level on %s (%s)"),
                             roster->rows->len, errors, eligible, date, roster->encoding);
  gtk_label_set_label (self->summary_label, summary);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->problems_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selected_cb), self);
  return self;
}
