/* cp-candidate-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-candidate-list.h"

#include <string.h>

struct _CpCandidateList
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkListBox     *list_box;
};

G_DEFINE_FINAL_TYPE (CpCandidateList, cp_candidate_list, ADW_TYPE_BIN)

enum
{
  SIGNAL_CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  CpCandidateList *self = user_data;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  const char *name = g_object_get_data (G_OBJECT (row), "cp-search");

  return needle[0] == '\0' || (name != NULL && strstr (name, needle) != NULL);
}

static void
search_changed_cb (CpCandidateList *self)
{
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
on_list_box_row_activated_cb (CpCandidateList *self,
                              GtkListBoxRow   *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "cp-id");

  if (id != NULL)
    g_signal_emit (self, signals[SIGNAL_CANDIDATE_ACTIVATED], 0, id);
}

void
cp_candidate_list_show (CpCandidateList  *self,
                        CpCandidateStore *store,
                        const char       *current_id)
{
  g_autoptr(GPtrArray) entries = NULL;
  GtkWidget *child;

  g_return_if_fail (CP_IS_CANDIDATE_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  if (store == NULL)
    return;

  entries = cp_candidate_store_list (store);
  for (guint i = 0; i < entries->len; i++)
    {
      CpCandidateEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = adw_action_row_new ();
      const char *name = entry->profile != NULL ? cp_profile_get_name (entry->profile) : NULL;
      g_autofree char *escaped = g_markup_escape_text (name != NULL && name[0] != '\0' ? name : _("Unnamed candidate"), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      if (entry->profile == NULL)
        {
          /* A broken file stays in sight, with what is wrong with it. */
          g_autofree char *error = g_markup_escape_text (entry->error, -1);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error);
          gtk_widget_add_css_class (row, "error");
        }
      else
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data_full (G_OBJECT (row), "cp-id", g_strdup (entry->id), g_free);
        }
      if (g_strcmp0 (entry->id, current_id) == 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "cp-search", g_utf8_casefold (name != NULL ? name : "", -1), g_free);
      gtk_list_box_append (self->list_box, row);
    }
  if (entries->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No saved candidates yet"));
      gtk_list_box_append (self->list_box, row);
    }
}

guint
cp_candidate_list_count_visible (CpCandidateList *self)
{
  guint count = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    count += gtk_widget_get_child_visible (row) && g_object_get_data (G_OBJECT (row), "cp-id") != NULL;
  return count;
}

static void
cp_candidate_list_class_init (CpCandidateListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[SIGNAL_CANDIDATE_ACTIVATED] = g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass),
                                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                      G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-candidate-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCandidateList, list_box);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateList, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
}

static void
cp_candidate_list_init (CpCandidateList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list_box, filter_cb, self, NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
}
