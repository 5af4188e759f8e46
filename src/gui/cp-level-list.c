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

struct _CpLevelList
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkLabel       *heading_label;
  GtkLabel       *rule_set_label;
  GtkListBox     *levels_list;

  /* Borrowed: the cards, levels 5 to 1 */
  AdwExpanderRow *cards[5];

  /* Owned */
  CpProfile      *profile;
  gboolean        expanded[5];
  gboolean        ticking;
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

  /* A tick changes no answer: keep the cards as they are. */
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

static AdwExpanderRow *
level_card (CpLevelList         *self,
            CpPolicyPack        *pack,
            const CpLevelResult *level,
            CpDay                on)
{
  AdwExpanderRow *card = ADW_EXPANDER_ROW (adw_expander_row_new ());
  JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");
  g_autofree char *headline = cp_level_result_headline (level, on);
  g_autofree char *escaped = g_markup_escape_text (headline, -1);
  GtkWidget *icon;
  GtkWidget *heading;

  for (guint i = 0; i < json_array_get_length (levels); i++)
    if (json_object_get_int_member (json_array_get_object_element (levels, i), "level") == level->level)
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (card),
                                     cp_text_get_member (json_array_get_object_element (levels, i), "name", NULL));
  adw_expander_row_set_subtitle (card, escaped);

  icon = gtk_image_new_from_icon_name (level->eligible ? "emblem-ok-symbolic"
                                       : level->eligible_from != 0 ? "task-due-symbolic" : "action-unavailable-symbolic");
  gtk_widget_add_css_class (icon, level->eligible ? "success" : level->eligible_from != 0 ? "accent" : "dim-label");
  adw_expander_row_add_prefix (card, icon);

  for (guint i = 0; i < level->clauses->len; i++)
    adw_expander_row_add_row (card, clause_row (pack, g_ptr_array_index (level->clauses, i)));
  for (guint i = 0; i < level->extras->len; i++)
    adw_expander_row_add_row (card, extra_row (pack, g_ptr_array_index (level->extras, i)));

  if (level->chosen != NULL)
    {
      g_autofree char *title = documents_title (level);

      heading = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), title);
      gtk_widget_add_css_class (heading, "heading");
      adw_expander_row_add_row (card, heading);
      for (guint i = 0; i < level->documents->len; i++)
        adw_expander_row_add_row (card, document_row (self, g_ptr_array_index (level->documents, i), level->level));
    }
  return card;
}

void
cp_level_list_show (CpLevelList  *self,
                    CpPolicyPack *pack,
                    CpProfile    *profile,
                    CpDay         on)
{
  g_autoptr(CpEligibility) eligibility = NULL;
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *child;

  g_return_if_fail (CP_IS_LEVEL_LIST (self));

  if (self->ticking)
    return;
  g_set_object (&self->profile, profile);

  /* Cards that were open stay open across a change. */
  for (guint i = 0; i < 5; i++)
    {
      self->expanded[i] = self->cards[i] != NULL && adw_expander_row_get_expanded (self->cards[i]);
      self->cards[i] = NULL;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->levels_list))) != NULL)
    gtk_list_box_remove (self->levels_list, child);

  if (pack == NULL || profile == NULL)
    return;

  eligibility = cp_eligibility_evaluate (pack, profile, on);
  date = cp_date_format (on);
  /* Translators: %s is a date */
  heading = g_strdup_printf (_("Levels as of %s"), date);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->rule_set_label, eligibility->rule_set != NULL
                                             ? cp_text_get_member (eligibility->rule_set, "name", NULL)
                                             : _("No application conditions in the data cover this candidate's city and occupation."));

  for (guint i = 0; i < eligibility->levels->len; i++)
    {
      AdwExpanderRow *card = level_card (self, pack, g_ptr_array_index (eligibility->levels, i), on);

      self->cards[i] = card;
      adw_expander_row_set_expanded (card, self->expanded[i]);
      gtk_list_box_append (self->levels_list, GTK_WIDGET (card));
    }
}

AdwExpanderRow *
cp_level_list_get_card (CpLevelList *self,
                        int          level)
{
  g_return_val_if_fail (CP_IS_LEVEL_LIST (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= 5, NULL);

  return self->cards[5 - level];
}

static void
cp_level_list_dispose (GObject *object)
{
  CpLevelList *self = CP_LEVEL_LIST (object);

  g_clear_object (&self->profile);

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
}
