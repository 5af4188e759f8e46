/* cp-roster-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-roster-item.h"

#include <string.h>

struct _CpRosterItem
{
  GObject      parent_instance;
  CpRosterRow *row;                          /* borrowed */
  char        *texts[CP_ROSTER_N_COLUMNS];
  char        *keys[CP_ROSTER_N_COLUMNS];    /* collation keys */
  char        *folded_name;
};

G_DEFINE_FINAL_TYPE (CpRosterItem, cp_roster_item, G_TYPE_OBJECT)

static void
cp_roster_item_finalize (GObject *object)
{
  CpRosterItem *self = CP_ROSTER_ITEM (object);

  for (guint i = 0; i < CP_ROSTER_N_COLUMNS; i++)
    {
      g_free (self->texts[i]);
      g_free (self->keys[i]);
    }
  g_free (self->folded_name);
  G_OBJECT_CLASS (cp_roster_item_parent_class)->finalize (object);
}

static void
cp_roster_item_class_init (CpRosterItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_roster_item_finalize;
}

static void
cp_roster_item_init (CpRosterItem *self)
{
}

static CpLevelResult *
target_of (CpRosterRow *row)
{
  return row->eligibility != NULL ? cp_eligibility_get_level (row->eligibility, row->target_level) : NULL;
}

/* The amount, or its range, and how sure its top is; a not-eligible row
 * says so rather than 0. */
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

CpRosterItem *
cp_roster_item_new (CpRoster    *roster,
                    CpRosterRow *row)
{
  CpRosterItem *self = g_object_new (CP_TYPE_ROSTER_ITEM, NULL);
  CpLevelResult *level = target_of (row);
  const char *level_name = level != NULL ? cp_roster_level_name (roster->pack, row->target_level) : NULL;
  char **texts = self->texts;

  self->row = row;
  texts[CP_ROSTER_COLUMN_ROW] = g_strdup_printf ("%u", row->row);
  texts[CP_ROSTER_COLUMN_NAME] = g_strdup (row->name != NULL ? row->name : "");
  texts[CP_ROSTER_COLUMN_BIRTH_DATE] = row->birth_date != 0 ? cp_date_format (row->birth_date) : g_strdup ("");
  texts[CP_ROSTER_COLUMN_PROBLEMS] = cp_roster_row_problems_text (row);
  texts[CP_ROSTER_COLUMN_LEVELS] = cp_roster_row_levels_text (roster, row);
  texts[CP_ROSTER_COLUMN_TARGET] = g_strdup (level_name != NULL ? level_name : "");
  texts[CP_ROSTER_COLUMN_ELIGIBLE] = g_strdup (level == NULL ? "" : level->eligible ? _("yes") : _("no"));
  texts[CP_ROSTER_COLUMN_FROM] = level != NULL && level->eligible_from != 0 ? cp_date_format (level->eligible_from)
                                                                             : g_strdup ("");
  texts[CP_ROSTER_COLUMN_CLAUSE] = cp_roster_row_clause_text (row);
  texts[CP_ROSTER_COLUMN_SUBSIDY] = subsidy_text (row->subsidy);
  texts[CP_ROSTER_COLUMN_MISSING] = cp_roster_row_documents_text (row);
  /* "for filename" collates the numbers in the row, subsidy and date
   * columns by value (9 before 10), and words as the locale does. */
  for (guint i = 0; i < CP_ROSTER_N_COLUMNS; i++)
    self->keys[i] = g_utf8_collate_key_for_filename (texts[i], -1);
  self->folded_name = g_utf8_casefold (texts[CP_ROSTER_COLUMN_NAME], -1);
  return self;
}

CpRosterRow *
cp_roster_item_get_row (CpRosterItem *self)
{
  return self->row;
}

const char *
cp_roster_item_get_text (CpRosterItem     *self,
                         CpRosterColumnId  column)
{
  g_return_val_if_fail (column < CP_ROSTER_N_COLUMNS, "");
  return self->texts[column];
}

int
cp_roster_item_compare (CpRosterItem     *a,
                        CpRosterItem     *b,
                        CpRosterColumnId  column)
{
  gboolean a_empty = a->texts[column][0] == '\0';
  gboolean b_empty = b->texts[column][0] == '\0';

  if (a_empty != b_empty)
    return a_empty ? 1 : -1;
  if (column == CP_ROSTER_COLUMN_SUBSIDY && a->row->subsidy != NULL && b->row->subsidy != NULL)
    /* A range sorts by the least it may bring. */
    return (a->row->subsidy->amount_min > b->row->subsidy->amount_min) -
           (a->row->subsidy->amount_min < b->row->subsidy->amount_min);
  return strcmp (a->keys[column], b->keys[column]);
}

gboolean
cp_roster_item_needs_attention (CpRosterItem *self)
{
  CpLevelResult *level = target_of (self->row);

  return self->row->errors->len > 0 || level == NULL || !level->eligible;
}

gboolean
cp_roster_item_matches (CpRosterItem *self,
                        const char   *needle)
{
  return needle[0] == '\0' || strstr (self->folded_name, needle) != NULL;
}
