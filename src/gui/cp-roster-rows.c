/* cp-roster-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-roster-rows.h"

/* ---------- A slot ---------- */

struct _CpRosterSlot
{
  GObject       parent_instance;
  CpRosterItem *item;  /* owned */
};

G_DEFINE_FINAL_TYPE (CpRosterSlot, cp_roster_slot, G_TYPE_OBJECT)

enum { SLOT_CHANGED, SLOT_N_SIGNALS };
static guint slot_signals[SLOT_N_SIGNALS];

static void
cp_roster_slot_finalize (GObject *object)
{
  g_clear_object (&CP_ROSTER_SLOT (object)->item);
  G_OBJECT_CLASS (cp_roster_slot_parent_class)->finalize (object);
}

static void
cp_roster_slot_class_init (CpRosterSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_roster_slot_finalize;
  slot_signals[SLOT_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cp_roster_slot_init (CpRosterSlot *self)
{
}

CpRosterItem *
cp_roster_slot_get_item (CpRosterSlot *self)
{
  return self->item;
}

static void
slot_set_item (CpRosterSlot *self,
               CpRosterItem *item)
{
  if (self->item == item)
    return;
  g_set_object (&self->item, item);
  g_signal_emit (self, slot_signals[SLOT_CHANGED], 0);
}

/* ---------- The rows ---------- */

struct _CpRosterRows
{
  GObject    parent_instance;
  GtkFilter *filter;
  GtkSorter *sorter;
  GPtrArray *all;     /* CpRosterItem *, the file's order */
  GPtrArray *sorted;  /* the same, sorted (borrowed) */
  GPtrArray *slots;   /* CpRosterSlot *, one for each row shown */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CpRosterRows, cp_roster_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return CP_TYPE_ROSTER_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  return CP_ROSTER_ROWS (model)->slots->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  CpRosterRows *self = CP_ROSTER_ROWS (model);

  return position < self->slots->len ? g_object_ref (g_ptr_array_index (self->slots, position)) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
cp_roster_rows_finalize (GObject *object)
{
  CpRosterRows *self = CP_ROSTER_ROWS (object);

  g_ptr_array_unref (self->slots);
  g_ptr_array_unref (self->sorted);
  g_ptr_array_unref (self->all);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  G_OBJECT_CLASS (cp_roster_rows_parent_class)->finalize (object);
}

static void
cp_roster_rows_class_init (CpRosterRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_roster_rows_finalize;
}

static void
cp_roster_rows_init (CpRosterRows *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->sorted = g_ptr_array_new ();
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
}

CpRosterRows *
cp_roster_rows_new (GtkFilter *filter,
                    GtkSorter *sorter)
{
  CpRosterRows *self = g_object_new (CP_TYPE_ROSTER_ROWS, NULL);

  self->filter = g_object_ref (filter);
  self->sorter = g_object_ref (sorter);
  return self;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      sorter)
{
  CpRosterItem *first = *(CpRosterItem **) a;
  CpRosterItem *second = *(CpRosterItem **) b;
  int order = gtk_sorter_compare (sorter, first, second);

  /* Ties keep the file's order. */
  if (order == GTK_ORDERING_EQUAL)
    return cp_roster_item_get_row (first)->row < cp_roster_item_get_row (second)->row ? -1 : 1;
  return order;
}

void
cp_roster_rows_refresh (CpRosterRows *self,
                        gboolean      sort)
{
  guint old_count = self->slots->len, count = 0;

  if (sort)
    {
      g_ptr_array_set_size (self->sorted, 0);
      for (guint i = 0; i < self->all->len; i++)
        g_ptr_array_add (self->sorted, g_ptr_array_index (self->all, i));
      if (gtk_sorter_get_order (self->sorter) != GTK_SORTER_ORDER_NONE)
        g_ptr_array_sort_with_data (self->sorted, compare_cb, self->sorter);
    }
  for (guint i = 0; i < self->sorted->len; i++)
    {
      CpRosterItem *item = g_ptr_array_index (self->sorted, i);

      if (!gtk_filter_match (self->filter, item))
        continue;
      if (count == self->slots->len)
        g_ptr_array_add (self->slots, g_object_new (CP_TYPE_ROSTER_SLOT, NULL));
      slot_set_item (g_ptr_array_index (self->slots, count), item);
      count++;
    }
  if (count < old_count)
    {
      g_ptr_array_set_size (self->slots, count);
      g_list_model_items_changed (G_LIST_MODEL (self), count, old_count - count, 0);
    }
  else if (count > old_count)
    g_list_model_items_changed (G_LIST_MODEL (self), old_count, 0, count - old_count);
}

void
cp_roster_rows_set_items (CpRosterRows *self,
                          GPtrArray    *items)
{
  guint old_count = self->slots->len;

  /* A new file: new slots, so that nothing of the old one stays bound. */
  g_ptr_array_set_size (self->slots, 0);
  g_ptr_array_set_size (self->sorted, 0);
  g_ptr_array_set_size (self->all, 0);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->all, g_object_ref (g_ptr_array_index (items, i)));
  if (old_count > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_count, 0);
  cp_roster_rows_refresh (self, TRUE);
}

CpRosterItem *
cp_roster_rows_get_item (CpRosterRows *self,
                         guint         position)
{
  return position < self->slots->len ? ((CpRosterSlot *) g_ptr_array_index (self->slots, position))->item : NULL;
}

guint
cp_roster_rows_find (CpRosterRows *self,
                     CpRosterItem *item)
{
  for (guint i = 0; i < self->slots->len; i++)
    if (((CpRosterSlot *) g_ptr_array_index (self->slots, i))->item == item)
      return i;
  return G_MAXUINT;
}

GPtrArray *
cp_roster_rows_get_all (CpRosterRows *self)
{
  return self->all;
}
