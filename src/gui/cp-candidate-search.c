/* cp-candidate-search.c
 *
 * Rather than GtkFilterListModel: at 20 000 rows its per-row cost (a
 * reference, a lookup in the store's sequence, a bitset), and GTK 4.8's
 * list making new row widgets for every row that shows another item, made
 * a key cost several frames. Here the candidates are a plain array of the
 * source's summaries, a search is a substring test per candidate on keys
 * made once, narrowed when a letter is added; the list's items are places
 * that stay, so a key costs the test and the texts of the rows on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-candidate-search.h"
#include "cp-candidate-summary.h"

#include <string.h>

struct _CpCandidateSlot
{
  GObject parent_instance;

  guint   position;
};

G_DEFINE_FINAL_TYPE (CpCandidateSlot, cp_candidate_slot, G_TYPE_OBJECT)

static void
cp_candidate_slot_class_init (CpCandidateSlotClass *klass)
{
}

static void
cp_candidate_slot_init (CpCandidateSlot *self)
{
}

guint
cp_candidate_slot_get_position (CpCandidateSlot *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SLOT (self), 0);
  return self->position;
}

struct _CpCandidateSearch
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *all;         /* the source's summaries, in its order (references) */
  GPtrArray  *shown;       /* those that match (borrowed from @all, or @all itself) */
  guint       n_published; /* the places the list was last told of */
  GPtrArray  *slots;       /* the places, made as the list asks for them */
  char       *text;        /* the search, case-folded */
  GStrv       words;
};

enum
{
  SIGNAL_ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void cp_candidate_search_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CpCandidateSearch, cp_candidate_search, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cp_candidate_search_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return CP_TYPE_CANDIDATE_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  return CP_CANDIDATE_SEARCH (model)->n_published;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  CpCandidateSearch *self = CP_CANDIDATE_SEARCH (model);

  if (position >= self->n_published)
    return NULL;
  while (self->slots->len <= position)
    {
      CpCandidateSlot *slot = g_object_new (CP_TYPE_CANDIDATE_SLOT, NULL);

      slot->position = self->slots->len;
      g_ptr_array_add (self->slots, slot);
    }
  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
cp_candidate_search_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static gboolean
matches (CpCandidateSearch  *self,
         CpCandidateSummary *summary)
{
  const char *key = cp_candidate_summary_get_search_key (summary);

  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (key, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* The places grow or shrink at the end; those left show @shown now. */
static void
publish (CpCandidateSearch *self,
         GPtrArray         *shown)
{
  guint old_n = self->n_published;

  if (shown != self->shown)
    {
      g_ptr_array_unref (self->shown);
      self->shown = g_ptr_array_ref (shown);
    }
  self->n_published = shown->len;
  if (shown->len < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), shown->len, old_n - shown->len, 0);
  else if (shown->len > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, shown->len - old_n);
  g_signal_emit (self, signals[SIGNAL_ROWS_CHANGED], 0);
}

/* Shows of @candidates those that match, in order; with no words, all. */
static void
refilter (CpCandidateSearch *self,
          GPtrArray         *candidates)
{
  g_autoptr(GPtrArray) shown = NULL;

  if (self->words[0] == NULL)
    {
      publish (self, self->all);
      return;
    }
  shown = g_ptr_array_sized_new (64);
  for (guint i = 0; i < candidates->len; i++)
    if (matches (self, g_ptr_array_index (candidates, i)))
      g_ptr_array_add (shown, g_ptr_array_index (candidates, i));
  publish (self, shown);
}

static void
source_changed_cb (GListModel        *source,
                   guint              position,
                   guint              removed,
                   guint              added,
                   CpCandidateSearch *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (added, NULL);

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (source, position + i));
  g_ptr_array_remove_range (self->all, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->all, position + i, g_ptr_array_index (items, i));
  refilter (self, self->all);
}

static void
cp_candidate_search_dispose (GObject *object)
{
  cp_candidate_search_set_source (CP_CANDIDATE_SEARCH (object), NULL);

  G_OBJECT_CLASS (cp_candidate_search_parent_class)->dispose (object);
}

static void
cp_candidate_search_finalize (GObject *object)
{
  CpCandidateSearch *self = CP_CANDIDATE_SEARCH (object);

  g_ptr_array_unref (self->shown);
  g_ptr_array_unref (self->all);
  g_ptr_array_unref (self->slots);
  g_free (self->text);
  g_strfreev (self->words);

  G_OBJECT_CLASS (cp_candidate_search_parent_class)->finalize (object);
}

static void
cp_candidate_search_class_init (CpCandidateSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cp_candidate_search_dispose;
  object_class->finalize = cp_candidate_search_finalize;

  signals[SIGNAL_ROWS_CHANGED] = g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                               NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cp_candidate_search_init (CpCandidateSearch *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_ptr_array_ref (self->all);
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
  self->text = g_strdup ("");
  self->words = g_new0 (char *, 1);
}

CpCandidateSearch *
cp_candidate_search_new (void)
{
  return g_object_new (CP_TYPE_CANDIDATE_SEARCH, NULL);
}

void
cp_candidate_search_set_source (CpCandidateSearch *self,
                                GListModel        *source)
{
  g_return_if_fail (CP_IS_CANDIDATE_SEARCH (self));

  if (source == self->source)
    return;
  if (self->source != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->source, source_changed_cb, self);
      source_changed_cb (self->source, 0, self->all->len, 0, self);
      g_clear_object (&self->source);
    }
  if (source != NULL)
    {
      self->source = g_object_ref (source);
      g_signal_connect (source, "items-changed", G_CALLBACK (source_changed_cb), self);
      source_changed_cb (source, 0, 0, g_list_model_get_n_items (source), self);
    }
}

GListModel *
cp_candidate_search_get_source (CpCandidateSearch *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SEARCH (self), NULL);
  return self->source;
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

void
cp_candidate_search_set_text (CpCandidateSearch *self,
                              const char        *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  gboolean narrower;

  g_return_if_fail (CP_IS_CANDIDATE_SEARCH (self));

  if (g_str_equal (folded, self->text))
    return;
  /* Each old word lies inside a new one: only what matched can match. */
  narrower = strstr (folded, self->text) != NULL;
  g_free (self->text);
  self->text = g_steal_pointer (&folded);
  g_strfreev (self->words);
  self->words = split_words (self->text);
  {
    g_autoptr(GPtrArray) candidates = g_ptr_array_ref (narrower ? self->shown : self->all);

    refilter (self, candidates);
  }
}

CpCandidateSummary *
cp_candidate_search_get_summary (CpCandidateSearch *self,
                                 guint              position)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SEARCH (self), NULL);
  return position < self->n_published ? g_ptr_array_index (self->shown, position) : NULL;
}
