/* cp-candidate-list.c
 *
 * A virtual list: rows are made for what is on screen and reused as it
 * scrolls, so 20 000 candidates cost what a screenful does. The search is a
 * substring test on each summary's prepared key, narrowed rather than
 * redone when a letter is added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-candidate-list.h"
#include "cp-candidate-row.h"
#include "cp-conflict-dialog.h"

#include <string.h>

struct _CpCandidateList
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkLabel           *empty_label;

  /* Owned */
  CpCandidateStore   *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  char               *needle;      /* the search, case-folded */
  GStrv               terms;       /* its words, each to be found */
  char               *current_id;
  GHashTable         *rows;        /* the CpCandidateRow widgets bound now */
};

G_DEFINE_FINAL_TYPE (CpCandidateList, cp_candidate_list, ADW_TYPE_BIN)

enum
{
  SIGNAL_CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "陈老五 1979" or "陈老五 深圳": every word somewhere in name, birth date
 * or city. */
static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  CpCandidateList *self = user_data;
  const char *key = cp_candidate_summary_get_search_key (item);

  for (guint i = 0; self->terms[i] != NULL; i++)
    if (strstr (key, self->terms[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
update_empty_label (CpCandidateList *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  if (empty)
    gtk_label_set_text (self->empty_label, all == NULL || g_list_model_get_n_items (all) == 0
                                           ? _("No saved candidates yet") : _("No candidate matches the search"));
}

static GStrv
split_words (const char *text)
{
  g_autoptr(GString) spaced = g_string_new (text);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

  /* A Chinese input method types the wide space. */
  g_string_replace (spaced, "\u3000", " ", 0);
  parts = g_strsplit_set (spaced->str, " \t", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (words, parts[i]);
  return g_strv_builder_end (words);
}

static void
search_changed_cb (CpCandidateList *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  GtkFilterChange change = strstr (needle, self->needle) != NULL ? GTK_FILTER_CHANGE_MORE_STRICT
                           : strstr (self->needle, needle) != NULL ? GTK_FILTER_CHANGE_LESS_STRICT
                           : GTK_FILTER_CHANGE_DIFFERENT;

  if (g_str_equal (needle, self->needle))
    return;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  g_strfreev (self->terms);
  self->terms = split_words (self->needle);
  /* A choice made among other matches is not kept for this search. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
version_chosen_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   CpCandidateList  *self)
{
  if (!g_str_equal (response, "cancel"))
    g_signal_emit (self, signals[SIGNAL_CANDIDATE_ACTIVATED], 0, response);
}

static void
activate_position (CpCandidateList *self,
                   guint            position)
{
  g_autoptr(CpCandidateSummary) summary = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  AdwMessageDialog *dialog;

  /* A file that cannot be read says why in its row; there is nothing to open. */
  if (summary == NULL || cp_candidate_summary_get_error (summary) != NULL)
    return;
  if (!cp_candidate_summary_has_conflict (summary))
    {
      g_signal_emit (self, signals[SIGNAL_CANDIDATE_ACTIVATED], 0, cp_candidate_summary_get_id (summary));
      return;
    }
  dialog = cp_conflict_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, summary);
  g_signal_connect_object (dialog, "response", G_CALLBACK (version_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_list_view_activate_cb (CpCandidateList *self,
                          guint            position)
{
  activate_position (self, position);
}

/* Enter in the search: the only match, or the one picked with the arrows. */
static void
on_search_entry_activate_cb (CpCandidateList *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 1)
    activate_position (self, 0);
  else if (selected != GTK_INVALID_LIST_POSITION)
    activate_position (self, selected);
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       CpCandidateList       *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    return FALSE;
  /* Down from the search goes into the list, at the first match. */
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  gtk_single_selection_set_selected (self->selection, selected);
  /* Scrolling to a row also makes it the one the list focuses. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", selected);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return TRUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_list_item_set_child (item, cp_candidate_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CpCandidateList          *self)
{
  CpCandidateRow *row = CP_CANDIDATE_ROW (gtk_list_item_get_child (item));
  CpCandidateSummary *summary = gtk_list_item_get_item (item);

  cp_candidate_row_set_summary (row, summary);
  cp_candidate_row_set_current (row, g_strcmp0 (cp_candidate_summary_get_id (summary), self->current_id) == 0);
  if (self->rows != NULL)
    g_hash_table_add (self->rows, row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CpCandidateList          *self)
{
  CpCandidateRow *row = CP_CANDIDATE_ROW (gtk_list_item_get_child (item));

  cp_candidate_row_set_summary (row, NULL);
  if (self->rows != NULL)
    g_hash_table_remove (self->rows, row);
}

static void
cp_candidate_list_dispose (GObject *object)
{
  CpCandidateList *self = CP_CANDIDATE_LIST (object);

  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cp_candidate_list_parent_class)->dispose (object);
}

static void
cp_candidate_list_finalize (GObject *object)
{
  CpCandidateList *self = CP_CANDIDATE_LIST (object);

  g_free (self->needle);
  g_strfreev (self->terms);
  g_free (self->current_id);

  G_OBJECT_CLASS (cp_candidate_list_parent_class)->finalize (object);
}

static void
cp_candidate_list_class_init (CpCandidateListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_candidate_list_dispose;
  object_class->finalize = cp_candidate_list_finalize;

  signals[SIGNAL_CANDIDATE_ACTIVATED] = g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass),
                                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                      G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-candidate-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCandidateList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateList, list_view);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateList, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
}

static void
cp_candidate_list_init (CpCandidateList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->needle = g_strdup ("");
  self->terms = g_new0 (char *, 1);
  self->rows = g_hash_table_new (NULL, NULL);
  self->filter = gtk_custom_filter_new (match_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_empty_label), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  update_empty_label (self);
}

void
cp_candidate_list_show (CpCandidateList  *self,
                        CpCandidateStore *store,
                        const char       *current_id)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (CP_IS_CANDIDATE_LIST (self));

  if (store != self->store)
    {
      g_set_object (&self->store, store);
      gtk_filter_list_model_set_model (self->filtered, store != NULL ? cp_candidate_store_get_model (store) : NULL);
      update_empty_label (self);
    }
  g_free (self->current_id);
  self->current_id = g_strdup (current_id);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      CpCandidateSummary *summary = cp_candidate_row_get_summary (row);

      cp_candidate_row_set_current (row, summary != NULL
                                         && g_strcmp0 (cp_candidate_summary_get_id (summary), current_id) == 0);
    }
}

guint
cp_candidate_list_count_visible (CpCandidateList *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}
