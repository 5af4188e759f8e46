/* cp-candidate-list.c
 *
 * A virtual list: rows are made for what is on screen and reused as it
 * scrolls, so 20 000 candidates cost what a screenful does. The search is
 * CpCandidateSearch's (see there why not GtkFilterListModel).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-candidate-list.h"
#include "cp-candidate-row.h"
#include "cp-candidate-search.h"
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
  CpCandidateSearch  *search;
  GtkSingleSelection *selection;
  char               *current_id;
  GHashTable         *rows;        /* CpCandidateRow → its GtkListItem, those bound now */
};

G_DEFINE_FINAL_TYPE (CpCandidateList, cp_candidate_list, ADW_TYPE_BIN)

enum
{
  SIGNAL_CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_empty_label (CpCandidateList *self)
{
  GListModel *all = cp_candidate_search_get_source (self->search);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->search)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  if (empty)
    gtk_label_set_text (self->empty_label, all == NULL || g_list_model_get_n_items (all) == 0
                                           ? _("No saved candidates yet") : _("No candidate matches the search"));
}

static void
search_changed_cb (CpCandidateList *self)
{
  /* A choice made among other matches is not kept for another search. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  cp_candidate_search_set_text (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  /* The best matches are at the top. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->search)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
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
  CpCandidateSummary *summary = cp_candidate_search_get_summary (self->search, position);
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

  if (g_list_model_get_n_items (G_LIST_MODEL (self->search)) == 1)
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
      || g_list_model_get_n_items (G_LIST_MODEL (self->search)) == 0)
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
fill_row (CpCandidateList *self,
          CpCandidateRow  *row,
          GtkListItem     *item)
{
  CpCandidateSlot *slot = gtk_list_item_get_item (item);
  CpCandidateSummary *summary = cp_candidate_search_get_summary (self->search, cp_candidate_slot_get_position (slot));

  cp_candidate_row_set_summary (row, summary);
  cp_candidate_row_set_current (row, summary != NULL
                                     && g_strcmp0 (cp_candidate_summary_get_id (summary), self->current_id) == 0);
}

/* The places on screen show other candidates: their texts change, the
 * widgets stay. */
static void
rows_changed_cb (CpCandidateList *self)
{
  GHashTableIter iter;
  gpointer row, item;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, &item))
    fill_row (self, row, item);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CpCandidateList          *self)
{
  CpCandidateRow *row = CP_CANDIDATE_ROW (gtk_list_item_get_child (item));

  fill_row (self, row, item);
  if (self->rows != NULL)
    g_hash_table_insert (self->rows, row, item);
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

  g_clear_pointer (&self->rows, g_hash_table_unref);
  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->search);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cp_candidate_list_parent_class)->dispose (object);
}

static void
cp_candidate_list_finalize (GObject *object)
{
  CpCandidateList *self = CP_CANDIDATE_LIST (object);

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
  cp_accessible_tidy (GTK_WIDGET (self));

  self->rows = g_hash_table_new (NULL, NULL);
  self->search = cp_candidate_search_new ();
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->search)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->search, "items-changed", G_CALLBACK (update_empty_label), self);
  g_signal_connect_swapped (self->search, "rows-changed", G_CALLBACK (rows_changed_cb), self);
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
  g_return_if_fail (CP_IS_CANDIDATE_LIST (self));

  if (store != self->store)
    {
      g_set_object (&self->store, store);
      cp_candidate_search_set_source (self->search, store != NULL ? cp_candidate_store_get_model (store) : NULL);
      update_empty_label (self);
    }
  g_free (self->current_id);
  self->current_id = g_strdup (current_id);
  rows_changed_cb (self);
}

CpCandidateSummary *
cp_candidate_list_get_shown (CpCandidateList *self,
                             guint            position)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_LIST (self), NULL);
  return cp_candidate_search_get_summary (self->search, position);
}

guint
cp_candidate_list_count_visible (CpCandidateList *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->search));
}
