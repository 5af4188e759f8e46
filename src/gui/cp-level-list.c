/* cp-level-list.c
 *
 * One card a level: eligible now ✔, or from a date, or what it needs.
 * Open, a card lists every clause with its conditions, figures and
 * sources, then the documents to bring, which can be ticked off. The cards
 * only read; the editor is where the candidate changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-level-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-level-list.h"
#include "cp-policy-sources.h"
#include "cp-text.h"

typedef struct _Card Card;

struct _CpLevelList
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkLabel       *heading_label;
  GtkLabel       *rule_set_label;
  GtkListBox     *levels_list;

  /* Owned */
  Card           *cards[5];       /* levels 5 to 1, made once and kept */
  CpPolicyPack   *pack;           /* the sources the rows name */
  CpProfile      *profile;
  CpEligibility  *eligibility;    /* what the cards show */
  gboolean        ticking;
};

/* One level: the expander row stays, its texts change; its rows inside
 * exist only once it has been opened. */
struct _Card
{
  CpLevelList    *list;
  guint           index;
  AdwExpanderRow *row;            /* borrowed: in levels_list */
  GtkImage       *icon;
  GPtrArray      *rows;           /* GtkWidget *, borrowed: inside row */
  char           *digest;         /* of the answer the card was last shown with */
  gboolean        rows_stale;     /* rows missing or showing an older answer */
};

G_DEFINE_FINAL_TYPE (CpLevelList, cp_level_list, ADW_TYPE_BIN)

static const char *
mark (CpConditionStatus status)
{
  switch (status)
    {
    case CP_CONDITION_MET:
      return "✔";
    case CP_CONDITION_NOT_MET:
      return "✘";
    case CP_CONDITION_UNKNOWN:
      return "?";
    case CP_CONDITION_CONFIRM:
      return "…";
    default:
      g_assert_not_reached ();
    }
}

/* The documents @record rests on, by name and date, and how sure they are. */
static char *
join_sources (CpPolicyPack *pack,
              JsonObject   *record)
{
  g_autofree char *cited = cp_policy_record_cite (pack, record);

  /* Translators: documents, then how sure they are */
  return g_strdup_printf (_("%s (%s)"), cited != NULL ? cited : "",
                          cp_certainty_label (cp_policy_record_certainty (pack, record)));
}

static GtkWidget *
clause_row (CpPolicyPack         *pack,
            const CpClauseResult *clause)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf ("%s (%d) %s", clause->met ? "✔" : "✘", clause->number,
                                            cp_text_get_member (clause->clause, "text", NULL));
  g_autofree char *sources = join_sources (pack, clause->clause);
  g_autofree char *escaped = NULL;

  for (guint i = 0; i < clause->conditions->len; i++)
    {
      const CpConditionResult *condition = &g_array_index (clause->conditions, CpConditionResult, i);
      g_string_append_printf (subtitle, "%s %s — %s\n", mark (condition->status), condition->text, condition->detail);
    }
  if (!clause->met && clause->eligible_from != 0)
    {
      g_autofree char *from = cp_date_format (clause->eligible_from);
      /* Translators: %s is a date */
      g_string_append_printf (subtitle, _("Met from %s if the current work goes on"), from);
      g_string_append_c (subtitle, '\n');
    }
  /* Translators: the ids of the documents a clause comes from */
  g_string_append_printf (subtitle, _("Source: %s"), sources);

  escaped = g_markup_escape_text (title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  g_clear_pointer (&escaped, g_free);
  escaped = g_markup_escape_text (subtitle->str, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static GtkWidget *
extra_row (CpPolicyPack        *pack,
           const CpExtraResult *extra)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: an organisation's own rule: organisation, rule */
  g_autofree char *title = g_strdup_printf (_("%s At %s: %s"), mark (extra->result.status),
                                            cp_text_get_member (extra->requirement, "organisation", NULL),
                                            cp_text_get_member (extra->requirement, "text", NULL));
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *sources = join_sources (pack, extra->requirement);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s%s", extra->result.detail, sources,
                                               json_object_has_member (extra->requirement, "centre")
                                               ? _(" · that organisation's own rule, for its sessions only") : "");
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
document_toggled_cb (GtkCheckButton *check,
                     CpLevelList    *self)
{
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "cp-level"));
  const char *id = g_object_get_data (G_OBJECT (check), "cp-document");

  if (self->ticking)
    return;
  /* A tick changes no answer: the cards stay as they are. */
  self->ticking = TRUE;
  cp_profile_set_document_done (self->profile, level, id, gtk_check_button_get_active (check));
  cp_profile_changed (self->profile);
  self->ticking = FALSE;
}

static GtkWidget *
document_row (CpLevelList *self,
              JsonObject  *document,
              int          level)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *id = json_object_get_string_member (document, "id");
  g_autofree char *title = g_markup_escape_text (cp_text_get_member (document, "name", NULL), -1);
  g_autofree char *subtitle = g_markup_escape_text (cp_text_get_member (document, "description", NULL), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cp_profile_get_document_done (self->profile, level, id));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (check), "cp-level", GINT_TO_POINTER (level));
  g_object_set_data_full (G_OBJECT (check), "cp-document", g_strdup (id), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (document_toggled_cb), self);
  g_object_set_data (G_OBJECT (row), "cp-check", check);
  return row;
}

/* Names the clause the level rests on, and for an open level the date
 * that clause opened it, the same date as everywhere else. */
static char *
documents_title (const CpLevelResult *level)
{
  g_autofree char *from = NULL;

  if (!level->eligible || level->eligible_from == 0)
    /* Translators: %d is a clause number */
    return g_strdup_printf (_("Documents to bring (clause %d)"), level->chosen->number);
  from = cp_date_format (level->eligible_from);
  /* Translators: a clause number and the date it opened the level */
  return g_strdup_printf (_("Documents to bring (clause %d, open since %s)"), level->chosen->number, from);
}

/* ---------- A card ---------- */

/* What a card's rows show, in one string: when it is the same after a
 * change, the rows stay as they are. */
static char *
level_digest (const CpLevelResult *level)
{
  GString *digest = g_string_new (NULL);

  g_string_append_printf (digest, "%d %d %d %u|", level->eligible, level->needs_confirmation,
                          level->eligible_from, level->chosen != NULL ? (guint) level->chosen->number : 0);
  for (guint i = 0; i < level->clauses->len; i++)
    {
      const CpClauseResult *clause = g_ptr_array_index (level->clauses, i);

      g_string_append_printf (digest, "c%s %d %u|", clause->id, clause->met, clause->eligible_from);
      for (guint k = 0; k < clause->conditions->len; k++)
        {
          const CpConditionResult *condition = &g_array_index (clause->conditions, CpConditionResult, k);
          g_string_append_printf (digest, "%d %s %s|", condition->status, condition->text, condition->detail);
        }
    }
  for (guint i = 0; i < level->extras->len; i++)
    {
      const CpExtraResult *extra = g_ptr_array_index (level->extras, i);
      g_string_append_printf (digest, "e%s %d %s|", cp_text_get_member (extra->requirement, "text", NULL),
                              extra->result.status, extra->result.detail);
    }
  for (guint i = 0; i < level->documents->len; i++)
    g_string_append_printf (digest, "d%s|",
                            json_object_get_string_member (g_ptr_array_index (level->documents, i), "id"));
  return g_string_free (digest, FALSE);
}

static void
remove_rows (Card *card)
{
  for (guint i = 0; i < card->rows->len; i++)
    adw_expander_row_remove (card->row, g_ptr_array_index (card->rows, i));
  g_ptr_array_set_size (card->rows, 0);
}

static void
add_row (Card      *card,
         GtkWidget *row)
{
  g_ptr_array_add (card->rows, row);
  adw_expander_row_add_row (card->row, row);
}

/* The clauses, the organisations' own rules and the documents: built when
 * the card is first opened, and again only when its answer changed. */
static void
build_rows (CpLevelList *self,
            Card        *card)
{
  const CpLevelResult *level = g_ptr_array_index (self->eligibility->levels, card->index);

  remove_rows (card);
  card->rows_stale = FALSE;
  for (guint i = 0; i < level->clauses->len; i++)
    add_row (card, clause_row (self->pack, g_ptr_array_index (level->clauses, i)));
  for (guint i = 0; i < level->extras->len; i++)
    add_row (card, extra_row (self->pack, g_ptr_array_index (level->extras, i)));

  if (level->chosen != NULL)
    {
      g_autofree char *title = documents_title (level);
      GtkWidget *heading = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), title);
      gtk_widget_add_css_class (heading, "heading");
      add_row (card, heading);
      for (guint i = 0; i < level->documents->len; i++)
        add_row (card, document_row (self, g_ptr_array_index (level->documents, i), level->level));
    }
}

/* Ticks follow the candidate (another one may have other ticks) without
 * rebuilding the rows. */
static void
sync_ticks (CpLevelList *self,
            Card        *card)
{
  self->ticking = TRUE;
  for (guint i = 0; i < card->rows->len; i++)
    {
      GtkCheckButton *check = g_object_get_data (g_ptr_array_index (card->rows, i), "cp-check");

      if (check != NULL)
        gtk_check_button_set_active (check, cp_profile_get_document_done (self->profile,
                                                                          GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "cp-level")),
                                                                          g_object_get_data (G_OBJECT (check), "cp-document")));
    }
  self->ticking = FALSE;
}

static void
card_expanded_cb (AdwExpanderRow *row,
                  GParamSpec     *pspec,
                  Card           *card)
{
  if (adw_expander_row_get_expanded (row) && card->rows_stale && card->list->eligibility != NULL)
    build_rows (card->list, card);
}

static void
card_free (Card *card)
{
  g_ptr_array_unref (card->rows);
  g_free (card->digest);
  g_free (card);
}

static Card *
card_new (CpLevelList *self,
          guint        index)
{
  Card *card = g_new0 (Card, 1);

  card->list = self;
  card->index = index;
  card->rows = g_ptr_array_new ();
  card->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  card->icon = GTK_IMAGE (gtk_image_new ());
  adw_expander_row_add_prefix (card->row, GTK_WIDGET (card->icon));
  g_signal_connect (card->row, "notify::expanded", G_CALLBACK (card_expanded_cb), card);
  gtk_list_box_append (self->levels_list, GTK_WIDGET (card->row));
  return card;
}

static void
set_icon (Card       *card,
          const char *name,
          const char *style)
{
  static const char * const styles[] = { "success", "accent", "dim-label" };

  if (g_strcmp0 (gtk_image_get_icon_name (card->icon), name) != 0)
    gtk_image_set_from_icon_name (card->icon, name);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (!g_str_equal (styles[i], style))
      gtk_widget_remove_css_class (GTK_WIDGET (card->icon), styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (card->icon), style);
}

static JsonObject *
level_record (CpPolicyPack *pack,
              int           level)
{
  JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");

  for (guint i = 0; i < json_array_get_length (levels); i++)
    if (json_object_get_int_member (json_array_get_object_element (levels, i), "level") == level)
      return json_array_get_object_element (levels, i);
  return NULL;
}

static void
show_card (CpLevelList         *self,
           CpPolicyPack        *pack,
           Card                *card,
           const CpLevelResult *level,
           CpDay                on)
{
  JsonObject *record = level_record (pack, level->level);
  g_autofree char *headline = cp_level_result_headline (level, on);
  g_autofree char *escaped = g_markup_escape_text (headline, -1);
  g_autofree char *digest = level_digest (level);

  if (record != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (card->row), cp_text_get_member (record, "name", NULL));
  adw_expander_row_set_subtitle (card->row, escaped);
  set_icon (card, level->eligible ? "emblem-ok-symbolic" : level->eligible_from != 0 ? "task-due-symbolic"
                                                                                   : "action-unavailable-symbolic",
            level->eligible ? "success" : level->eligible_from != 0 ? "accent" : "dim-label");

  if (g_strcmp0 (digest, card->digest) != 0)
    {
      g_free (card->digest);
      card->digest = g_steal_pointer (&digest);
      card->rows_stale = TRUE;
    }
  /* A closed card waits until it is opened. */
  if (card->rows_stale && adw_expander_row_get_expanded (card->row))
    build_rows (self, card);
  else
    sync_ticks (self, card);
}

void
cp_level_list_show (CpLevelList  *self,
                    CpPolicyPack *pack,
                    CpProfile    *profile,
                    CpDay         on)
{
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;

  g_return_if_fail (CP_IS_LEVEL_LIST (self));

  g_set_object (&self->pack, pack);
  g_set_object (&self->profile, profile);
  g_clear_pointer (&self->eligibility, cp_eligibility_free);
  gtk_widget_set_visible (GTK_WIDGET (self->levels_list), pack != NULL && profile != NULL);
  if (pack == NULL || profile == NULL)
    return;

  self->eligibility = cp_eligibility_evaluate (pack, profile, on);
  date = cp_date_format (on);
  /* Translators: %s is a date */
  heading = g_strdup_printf (_("Levels as of %s"), date);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->rule_set_label, self->eligibility->rule_set != NULL
                                             ? cp_text_get_member (self->eligibility->rule_set, "name", NULL)
                                             : _("No application conditions in the data cover this candidate's city and occupation."));

  for (guint i = 0; i < G_N_ELEMENTS (self->cards); i++)
    show_card (self, pack, self->cards[i], g_ptr_array_index (self->eligibility->levels, i), on);
}

AdwExpanderRow *
cp_level_list_get_card (CpLevelList *self,
                        int          level)
{
  g_return_val_if_fail (CP_IS_LEVEL_LIST (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= 5, NULL);

  return self->cards[5 - level]->row;
}

guint
cp_level_list_count_rows (CpLevelList *self,
                          int          level)
{
  g_return_val_if_fail (CP_IS_LEVEL_LIST (self), 0);
  g_return_val_if_fail (level >= 1 && level <= 5, 0);

  return self->cards[5 - level]->rows->len;
}

static void
cp_level_list_dispose (GObject *object)
{
  CpLevelList *self = CP_LEVEL_LIST (object);

  g_clear_object (&self->pack);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->eligibility, cp_eligibility_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->cards); i++)
    g_clear_pointer (&self->cards[i], card_free);

  G_OBJECT_CLASS (cp_level_list_parent_class)->dispose (object);
}

static void
cp_level_list_class_init (CpLevelListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_level_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-level-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CpLevelList, heading_label);
  gtk_widget_class_bind_template_child (widget_class, CpLevelList, levels_list);
  gtk_widget_class_bind_template_child (widget_class, CpLevelList, rule_set_label);
}

static void
cp_level_list_init (CpLevelList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (self->cards); i++)
    self->cards[i] = card_new (self, i);
}
