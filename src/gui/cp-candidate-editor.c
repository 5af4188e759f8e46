/* cp-candidate-editor.c
 *
 * A wrong value is marked at its field and never reaches the profile, so
 * the other fields and the answers stay as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-candidate-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-candidate-editor.h"
#include "cp-date-row.h"
#include "cp-refresh.h"
#include "cp-region-model.h"
#include "cp-row-list.h"
#include "cp-text.h"

struct _CpCandidateEditor
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwEntryRow    *name_row;
  AdwEntryRow    *birth_row;
  AdwComboRow    *occupation_row;
  AdwComboRow    *city_row;
  AdwComboRow    *insured_row;
  AdwComboRow    *hukou_row;
  AdwActionRow   *hours_row;
  GtkSpinButton  *hours_spin;
  GtkListBox     *work_list;
  AdwEntryRow    *work_start_row;
  AdwEntryRow    *work_end_row;
  GtkListBox     *certificate_list;
  AdwComboRow    *certificate_level_row;
  AdwEntryRow    *certificate_issued_row;
  GtkSwitch      *certificate_employer_switch;
  GtkListBox     *title_list;
  AdwComboRow    *title_grade_row;
  AdwEntryRow    *title_obtained_row;
  GtkSwitch      *title_matches_switch;
  GtkListBox     *education_list;
  AdwComboRow    *education_kind_row;
  GtkSwitch      *education_related_switch;
  GtkSwitch      *education_assessed_switch;
  GtkSwitch      *education_final_switch;
  AdwEntryRow    *education_graduated_row;
  GtkButton      *work_add_button;
  GtkButton      *certificate_add_button;
  GtkButton      *title_add_button;
  GtkButton      *education_add_button;

  /* Owned */
  CpPolicyPack   *pack;
  CpProfile      *profile;
  CpRegionModel  *cities;
  CpRegionModel  *link_cities;
  GPtrArray      *occupation_codes;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (CpCandidateEditor, cp_candidate_editor, ADW_TYPE_BIN)

/* In the order of the kind-of-school list in the template. */
static const char * const education_kinds[] = {
  "secondary_vocational", "technician_school", "technician_school_senior", "technician_college",
  "college", "bachelor", "postgraduate", NULL
};
static const char * const grades[] = { "junior", "intermediate", "senior", NULL };

static guint
index_of (const char * const *values,
          const char         *value)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

/* The position chosen in @row, or 0 when none is (an empty model). */
static guint
selected_below (AdwComboRow *row,
                guint        n_items)
{
  guint position = adw_combo_row_get_selected (row);

  return position < n_items ? position : 0;
}

static const char *
selected_occupation (CpCandidateEditor *self)
{
  if (self->occupation_codes->len == 0)
    return NULL;
  return g_ptr_array_index (self->occupation_codes, selected_below (self->occupation_row, self->occupation_codes->len));
}

static const char *
combo_text (AdwComboRow *row,
            guint        position)
{
  GListModel *model = adw_combo_row_get_model (row);
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return item != NULL ? gtk_string_object_get_string (item) : "";
}

static char *
format_day (CpDay day)
{
  return cp_date_format (day);
}

static void
notify_changed (CpCandidateEditor *self)
{
  if (!self->filling && self->profile != NULL)
    cp_profile_changed (self->profile);
}

/* ---------- Lists ---------- */

typedef void (*ItemAction) (CpCandidateEditor *self, guint index, gboolean edit);

static void item_button_clicked_cb (GtkButton *button, CpCandidateEditor *self);

/* A row of an item list, with its edit and remove buttons; which item it
 * is, is its position. */
static GtkWidget *
item_row_new (gpointer user_data)
{
  CpCandidateEditor *self = user_data;
  GtkWidget *row = adw_action_row_new ();

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (i == 0 ? "document-edit-symbolic" : "user-trash-symbolic");

      gtk_widget_set_tooltip_text (button, i == 0 ? _("Edit") : _("Remove"));
      g_object_set_data (G_OBJECT (row), i == 0 ? "cp-edit-button" : "cp-remove-button", button);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "cp-edit", GINT_TO_POINTER (i == 0));
      g_signal_connect (button, "clicked", G_CALLBACK (item_button_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

/* Item @index of @list shows @title and @subtitle; the rows already there
 * are kept, so only texts that changed cost anything. */
static void
show_item (CpCandidateEditor *self,
           GtkListBox        *list,
           guint              index,
           const char        *title,
           const char        *subtitle)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (list, 0);
  GtkWidget *row;

  if (index == 0 && first != NULL && g_object_get_data (G_OBJECT (first), "cp-empty") != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (first));
  row = cp_row_list_get (list, index, item_row_new, self);
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    {
      /* Translators: the spoken name of an item's button; %s is the item, such as a period of work */
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), title);
      /* Translators: the spoken name of an item's button; %s is the item, such as a period of work */
      g_autofree char *remove = g_strdup_printf (_("Remove %s"), title);

      /* Said with the item, since a screen reader reaches the button alone. */
      cp_accessible_set_label (g_object_get_data (G_OBJECT (row), "cp-edit-button"), edit);
      cp_accessible_set_label (g_object_get_data (G_OBJECT (row), "cp-remove-button"), remove);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
}

/* After the @n items: no more rows, or the one that says there are none. */
static void
end_items (GtkListBox *list,
           guint       n,
           const char *empty)
{
  GtkWidget *row;

  cp_row_list_truncate (list, n);
  if (n > 0 || gtk_list_box_get_row_at_index (list, 0) != NULL)
    return;
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), empty);
  gtk_widget_add_css_class (row, "dim-label");
  g_object_set_data (G_OBJECT (row), "cp-empty", GINT_TO_POINTER (TRUE));
  gtk_list_box_append (list, row);
}

static void work_action (CpCandidateEditor *self, guint index, gboolean edit);
static void certificate_action (CpCandidateEditor *self, guint index, gboolean edit);
static void title_action (CpCandidateEditor *self, guint index, gboolean edit);
static void education_action (CpCandidateEditor *self, guint index, gboolean edit);

static void
fill_lists (CpCandidateEditor *self)
{
  GArray *periods = cp_profile_get_work_periods (self->profile);
  GArray *certificates = cp_profile_get_certificates (self->profile);
  GArray *titles = cp_profile_get_titles (self->profile);
  GArray *education = cp_profile_get_education (self->profile);

  for (guint i = 0; i < periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (periods, CpWorkPeriod, i);
      g_autofree char *start = format_day (period->start);
      g_autofree char *end = period->end != 0 ? format_day (period->end) : g_strdup (_("ongoing"));
      /* Translators: a period of work, "2016-07-01 – ongoing" */
      g_autofree char *title = g_strdup_printf (_("%s – %s"), start, end);

      show_item (self, self->work_list, i, title, NULL);
    }
  end_items (self->work_list, periods->len, _("No work entered"));

  for (guint i = 0; i < certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (certificates, CpCertificate, i);
      g_autofree char *issued = format_day (certificate->issued);
      /* Translators: %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("Issued %s%s"), issued,
                                                   g_strcmp0 (certificate->issuer, "employer") == 0
                                                   ? _(" · employer’s own evaluation") : "");

      show_item (self, self->certificate_list, i, combo_text (self->certificate_level_row, 5 - certificate->level),
                 subtitle);
    }
  end_items (self->certificate_list, certificates->len, _("No certificate entered"));

  for (guint i = 0; i < titles->len; i++)
    {
      const CpTitle *title = &g_array_index (titles, CpTitle, i);
      g_autofree char *obtained = format_day (title->obtained);
      /* Translators: %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("Obtained %s%s"), obtained,
                                                   title->matches_major ? _(" · major matches") : _(" · other major"));

      show_item (self, self->title_list, i, combo_text (self->title_grade_row, index_of (grades, title->grade)),
                 subtitle);
    }
  end_items (self->title_list, titles->len, _("No title entered"));

  for (guint i = 0; i < education->len; i++)
    {
      const CpEducation *item = &g_array_index (education, CpEducation, i);
      g_autofree char *graduated = item->graduated != 0 ? format_day (item->graduated) : NULL;
      g_autofree char *when = item->final_year ? g_strdup (_("Graduating this year"))
                              : graduated != NULL ? g_strdup_printf (_("Graduated %s"), graduated)
                              : g_strdup (_("Studying"));
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s", when,
                                                   item->related_major ? _(" · related major") : _(" · other major"),
                                                   item->assessed ? _(" · assessed programme") : "");

      show_item (self, self->education_list, i,
                 combo_text (self->education_kind_row, index_of (education_kinds, item->kind)), subtitle);
    }
  end_items (self->education_list, education->len, _("No diploma entered"));
}

static void
item_button_clicked_cb (GtkButton         *button,
                        CpCandidateEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *list = gtk_widget_get_parent (row);
  ItemAction action = g_object_get_data (G_OBJECT (list), "cp-action");
  gboolean edit = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "cp-edit"));

  action (self, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), edit);
  fill_lists (self);
  notify_changed (self);
}

/* Editing an item moves it back into the form; saving it adds it again. */
static void
work_action (CpCandidateEditor *self,
             guint              index,
             gboolean           edit)
{
  GArray *periods = cp_profile_get_work_periods (self->profile);

  if (edit)
    {
      cp_date_row_set (self->work_start_row, g_array_index (periods, CpWorkPeriod, index).start);
      cp_date_row_set (self->work_end_row, g_array_index (periods, CpWorkPeriod, index).end);
    }
  g_array_remove_index (periods, index);
}

static void
certificate_action (CpCandidateEditor *self,
                    guint              index,
                    gboolean           edit)
{
  GArray *certificates = cp_profile_get_certificates (self->profile);
  const CpCertificate *certificate = &g_array_index (certificates, CpCertificate, index);

  if (edit)
    {
      adw_combo_row_set_selected (self->certificate_level_row, 5 - certificate->level);
      cp_date_row_set (self->certificate_issued_row, certificate->issued);
      gtk_switch_set_active (self->certificate_employer_switch, g_strcmp0 (certificate->issuer, "employer") == 0);
    }
  g_array_remove_index (certificates, index);
}

static void
title_action (CpCandidateEditor *self,
              guint              index,
              gboolean           edit)
{
  GArray *titles = cp_profile_get_titles (self->profile);
  const CpTitle *title = &g_array_index (titles, CpTitle, index);

  if (edit)
    {
      adw_combo_row_set_selected (self->title_grade_row, index_of (grades, title->grade));
      cp_date_row_set (self->title_obtained_row, title->obtained);
      gtk_switch_set_active (self->title_matches_switch, title->matches_major);
    }
  g_array_remove_index (titles, index);
}

static void
education_action (CpCandidateEditor *self,
                  guint              index,
                  gboolean           edit)
{
  GArray *education = cp_profile_get_education (self->profile);
  const CpEducation *item = &g_array_index (education, CpEducation, index);

  if (edit)
    {
      adw_combo_row_set_selected (self->education_kind_row, index_of (education_kinds, item->kind));
      gtk_switch_set_active (self->education_related_switch, item->related_major);
      gtk_switch_set_active (self->education_assessed_switch, item->assessed);
      gtk_switch_set_active (self->education_final_switch, item->final_year);
      cp_date_row_set (self->education_graduated_row, item->graduated);
    }
  g_array_remove_index (education, index);
}

static void
on_work_add_button_clicked_cb (CpCandidateEditor *self)
{
  CpWorkPeriod period = { 0, };

  if (self->profile == NULL)
    return;
  /* Both rows are read, so both show what is wrong with them. */
  if (!cp_date_row_get (self->work_start_row, &period.start) | !cp_date_row_get (self->work_end_row, &period.end))
    return;
  if (period.end != 0 && period.end < period.start)
    {
      /* Translators: beside the last day of a work period */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->work_end_row), _("Last day worked — before the start"));
      gtk_widget_add_css_class (GTK_WIDGET (self->work_end_row), "error");
      return;
    }
  g_array_append_val (cp_profile_get_work_periods (self->profile), period);
  cp_date_row_set (self->work_start_row, 0);
  cp_date_row_set (self->work_end_row, 0);
  fill_lists (self);
  notify_changed (self);
}

static void
on_certificate_add_button_clicked_cb (CpCandidateEditor *self)
{
  CpCertificate certificate = { 0, };

  if (self->profile == NULL || !cp_date_row_get (self->certificate_issued_row, &certificate.issued))
    return;
  /* The occupation shown in the form, which a profile read without one
   * does not have yet. */
  certificate.occupation = g_strdup (selected_occupation (self));
  certificate.related = TRUE;
  certificate.level = 5 - (int) selected_below (self->certificate_level_row, 5);
  certificate.issuer = g_strdup (gtk_switch_get_active (self->certificate_employer_switch) ? "employer" : "evaluation_org");
  g_array_append_val (cp_profile_get_certificates (self->profile), certificate);
  cp_date_row_set (self->certificate_issued_row, 0);
  fill_lists (self);
  notify_changed (self);
}

static void
on_title_add_button_clicked_cb (CpCandidateEditor *self)
{
  CpTitle title = { 0, };

  if (self->profile == NULL || !cp_date_row_get (self->title_obtained_row, &title.obtained))
    return;
  title.grade = g_strdup (grades[selected_below (self->title_grade_row, G_N_ELEMENTS (grades) - 1)]);
  title.matches_major = gtk_switch_get_active (self->title_matches_switch);
  g_array_append_val (cp_profile_get_titles (self->profile), title);
  cp_date_row_set (self->title_obtained_row, 0);
  fill_lists (self);
  notify_changed (self);
}

static void
on_education_add_button_clicked_cb (CpCandidateEditor *self)
{
  CpEducation item = { 0, };

  if (self->profile == NULL || !cp_date_row_get (self->education_graduated_row, &item.graduated))
    return;
  item.kind = g_strdup (education_kinds[selected_below (self->education_kind_row, G_N_ELEMENTS (education_kinds) - 1)]);
  item.related_major = gtk_switch_get_active (self->education_related_switch);
  item.assessed = gtk_switch_get_active (self->education_assessed_switch);
  item.final_year = gtk_switch_get_active (self->education_final_switch);
  g_array_append_val (cp_profile_get_education (self->profile), item);
  cp_date_row_set (self->education_graduated_row, 0);
  gtk_switch_set_active (self->education_final_switch, FALSE);
  fill_lists (self);
  notify_changed (self);
}

/* ---------- Choices ---------- */

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  /* The chosen one is checked, as in libadwaita's own list. */
  g_object_bind_property (list_item, "selected", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  gtk_label_set_label (GTK_LABEL (label), GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (item) : "");
}

/* The list of a combo row wraps long choices ("Technician college,
 * (preparatory) technician class") instead of cutting them. */
static void
wrap_choices (AdwComboRow *row)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  adw_combo_row_set_list_factory (row, factory);
  g_object_unref (factory);
}

/* ---------- Single fields ---------- */

/* Marks the hours as refused (@typed is what was refused) or, when NULL,
 * as fine. */
static void
mark_hours (CpCandidateEditor *self,
            const char        *typed)
{
  g_autofree char *reason = NULL;

  if (typed != NULL)
    /* Translators: under the training hours; %s is what was typed there */
    reason = g_strdup_printf (_("“%s” is not a whole number of hours; the hours stay as they were"), typed);
  adw_action_row_set_subtitle (self->hours_row, reason != NULL ? reason : "");
  if (typed != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->hours_spin), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->hours_spin), "error");
}

/* GtkSpinButton reads "12a" as 12 and "abc" as 0; only whole numbers in
 * range are hours here. */
static int
hours_input_cb (GtkSpinButton     *spin,
                double            *new_value,
                CpCandidateEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  guint64 hours = 0;

  if (text[0] != '\0' && !g_ascii_string_to_unsigned (text, 10, 0, (guint64) gtk_adjustment_get_upper (adjustment),
                                                        &hours, NULL))
    {
      mark_hours (self, text);
      return GTK_INPUT_ERROR;
    }
  mark_hours (self, NULL);
  *new_value = (double) hours;
  return TRUE;
}

static void
fields_changed_cb (CpCandidateEditor *self)
{
  CpDay birth;

  if (self->filling || self->profile == NULL)
    return;

  cp_profile_set_name (self->profile, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  if (cp_date_row_get (self->birth_row, &birth))
    cp_profile_set_birth_date (self->profile, birth);
  cp_profile_set_occupation (self->profile, selected_occupation (self));
  cp_profile_set_city (self->profile, cp_region_model_get_id (self->cities, adw_combo_row_get_selected (self->city_row)));
  cp_profile_set_link_city (self->profile, "insured_city",
                            cp_region_model_get_id (self->link_cities, adw_combo_row_get_selected (self->insured_row)));
  cp_profile_set_link_city (self->profile, "hukou_city",
                            cp_region_model_get_id (self->link_cities, adw_combo_row_get_selected (self->hukou_row)));
  cp_profile_set_training_hours (self->profile, gtk_spin_button_get_value_as_int (self->hours_spin));
  notify_changed (self);
}

static void
fill_fields (CpCandidateEditor *self)
{
  const char *name = cp_profile_get_name (self->profile);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  cp_date_row_set (self->birth_row, cp_profile_get_birth_date (self->profile));
  for (guint i = 0; i < self->occupation_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->occupation_codes, i), cp_profile_get_occupation (self->profile)) == 0)
      adw_combo_row_set_selected (self->occupation_row, i);
  adw_combo_row_set_selected (self->city_row, cp_region_model_find (self->cities, cp_profile_get_city (self->profile)));
  adw_combo_row_set_selected (self->insured_row,
                              cp_region_model_find (self->link_cities, cp_profile_get_link_city (self->profile, "insured_city")));
  adw_combo_row_set_selected (self->hukou_row,
                              cp_region_model_find (self->link_cities, cp_profile_get_link_city (self->profile, "hukou_city")));
  gtk_spin_button_set_value (self->hours_spin, cp_profile_get_training_hours (self->profile));
  mark_hours (self, NULL);
}

static void
fill_occupations (CpCandidateEditor *self)
{
  JsonArray *occupations = cp_policy_pack_get_records (self->pack, "occupations.json", "occupations");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->occupation_codes, 0);
  for (guint i = 0; i < json_array_get_length (occupations); i++)
    {
      JsonObject *occupation = json_array_get_object_element (occupations, i);
      g_autofree char *label = g_strdup_printf ("%s %s", json_object_get_string_member (occupation, "code"),
                                                cp_text_get_member (occupation, "name", NULL));

      gtk_string_list_append (names, label);
      g_ptr_array_add (self->occupation_codes, g_strdup (json_object_get_string_member (occupation, "code")));
    }
  adw_combo_row_set_model (self->occupation_row, G_LIST_MODEL (names));
}

void
cp_candidate_editor_set_context (CpCandidateEditor *self,
                                 CpPolicyPack      *pack,
                                 CpProfile         *profile)
{
  g_return_if_fail (CP_IS_CANDIDATE_EDITOR (self));

  self->filling = TRUE;
  if (pack != self->pack)
    {
      g_set_object (&self->pack, pack);
      g_clear_object (&self->cities);
      g_clear_object (&self->link_cities);
      if (pack != NULL)
        {
          self->cities = cp_region_model_new (pack, FALSE);
          self->link_cities = cp_region_model_new (pack, TRUE);
          adw_combo_row_set_model (self->city_row, G_LIST_MODEL (cp_region_model_get_names (self->cities)));
          adw_combo_row_set_model (self->insured_row, G_LIST_MODEL (cp_region_model_get_names (self->link_cities)));
          adw_combo_row_set_model (self->hukou_row, G_LIST_MODEL (cp_region_model_get_names (self->link_cities)));
          fill_occupations (self);
        }
    }
  /* An item half typed for one candidate is not another's. */
  if (profile != self->profile)
    {
      AdwEntryRow *item_rows[] = {
        self->work_start_row, self->work_end_row, self->certificate_issued_row, self->title_obtained_row,
        self->education_graduated_row,
      };

      for (guint i = 0; i < G_N_ELEMENTS (item_rows); i++)
        cp_date_row_set (item_rows[i], 0);
    }
  g_set_object (&self->profile, profile);
  if (profile != NULL && pack != NULL)
    {
      fill_fields (self);
      fill_lists (self);
    }
  self->filling = FALSE;
}

/* Puts the cursor in the field a save was refused for, when it is on
 * screen; the toast names it otherwise. Without selecting: GTK 4.8 warns
 * about a selection that blinks in a field focused this way. */
static void
focus_field (AdwEntryRow *row)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (!gtk_widget_get_mapped (GTK_WIDGET (row)))
    return;
  if (GTK_IS_TEXT (delegate))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (delegate));
  else
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
cp_candidate_editor_focus_name (CpCandidateEditor *self)
{
  GtkWidget *scrolled;

  g_return_if_fail (CP_IS_CANDIDATE_EDITOR (self));

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
  focus_field (self->name_row);
}

gboolean
cp_candidate_editor_check (CpCandidateEditor  *self,
                           GError            **error)
{
  /* In the order of the form, so the first one named is the first seen. */
  AdwEntryRow *date_rows[] = {
    self->birth_row, self->work_start_row, self->work_end_row, self->certificate_issued_row,
    self->title_obtained_row, self->education_graduated_row,
  };

  /* The date every item of its list must have: text there is an item
   * typed (or moved back by Edit) and not added, which a save would drop. */
  AdwEntryRow *pending_rows[] = { self->work_start_row, self->certificate_issued_row, self->title_obtained_row };

  g_return_val_if_fail (CP_IS_CANDIDATE_EDITOR (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    if (!cp_date_row_check_text (date_rows[i], error))
      {
        focus_field (date_rows[i]);
        return FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (pending_rows); i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (pending_rows[i]));

      if (text[0] != '\0')
        {
          /* Translators: a field's title, then the date typed in it */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PENDING, _("%s: %s is typed but not added; add it or clear it"),
                       cp_date_row_get_title (pending_rows[i]), text);
          focus_field (pending_rows[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---------- GObject ---------- */

static void
cp_candidate_editor_dispose (GObject *object)
{
  CpCandidateEditor *self = CP_CANDIDATE_EDITOR (object);

  g_clear_object (&self->pack);
  g_clear_object (&self->profile);
  g_clear_object (&self->cities);
  g_clear_object (&self->link_cities);
  g_clear_pointer (&self->occupation_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_candidate_editor_parent_class)->dispose (object);
}

static void
cp_candidate_editor_class_init (CpCandidateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_candidate_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-candidate-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, birth_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, certificate_employer_switch);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, certificate_issued_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, certificate_level_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, certificate_list);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_assessed_switch);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_final_switch);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_graduated_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_list);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_related_switch);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, hours_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, hukou_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, insured_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, occupation_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, title_grade_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, title_list);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, title_matches_switch);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, title_obtained_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, work_end_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, work_list);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, work_start_row);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, work_add_button);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, certificate_add_button);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, title_add_button);
  gtk_widget_class_bind_template_child (widget_class, CpCandidateEditor, education_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_certificate_add_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_education_add_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_add_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_work_add_button_clicked_cb);
}

/* The groups after the work ones (certificates, titles, education) are
 * below the fold of a new window: they are laid out once it is on screen,
 * so it appears sooner. */
#define GROUPS_AT_START 3

static void
below_the_fold (CpCandidateEditor *self,
                gboolean           visible)
{
  GtkWidget *group = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (self)));

  for (guint i = 0; group != NULL; i++, group = gtk_widget_get_next_sibling (group))
    if (i >= GROUPS_AT_START)
      gtk_widget_set_visible (group, visible);
}

static void
show_below_the_fold (GtkWidget *widget)
{
  below_the_fold (CP_CANDIDATE_EDITOR (widget), TRUE);
}

static void
cp_candidate_editor_init (CpCandidateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->occupation_codes = g_ptr_array_new_with_free_func (g_free);
  /* What the buttons of each list's rows do. */
  g_object_set_data (G_OBJECT (self->work_list), "cp-action", work_action);
  g_object_set_data (G_OBJECT (self->certificate_list), "cp-action", certificate_action);
  g_object_set_data (G_OBJECT (self->title_list), "cp-action", title_action);
  g_object_set_data (G_OBJECT (self->education_list), "cp-action", education_action);
  below_the_fold (self, FALSE);
  cp_refresh_after_first_paint (GTK_WIDGET (self), show_below_the_fold);
  cp_date_row_setup (self->birth_row, TRUE);
  cp_date_row_setup (self->work_start_row, FALSE);
  cp_date_row_setup (self->work_end_row, TRUE);
  cp_date_row_setup (self->certificate_issued_row, FALSE);
  cp_date_row_setup (self->title_obtained_row, FALSE);
  cp_date_row_setup (self->education_graduated_row, TRUE);
  adw_combo_row_set_selected (self->certificate_level_row, 1);
  {
    AdwComboRow *choices[] = {
      self->occupation_row, self->city_row, self->insured_row, self->hukou_row, self->certificate_level_row,
      self->title_grade_row, self->education_kind_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      wrap_choices (choices[i]);
  }

  /* Enter in a field of a new item adds it, as its button does. */
  g_signal_connect_swapped (self->work_start_row, "entry-activated", G_CALLBACK (on_work_add_button_clicked_cb), self);
  g_signal_connect_swapped (self->work_end_row, "entry-activated", G_CALLBACK (on_work_add_button_clicked_cb), self);
  g_signal_connect_swapped (self->certificate_issued_row, "entry-activated",
                            G_CALLBACK (on_certificate_add_button_clicked_cb), self);
  g_signal_connect_swapped (self->title_obtained_row, "entry-activated", G_CALLBACK (on_title_add_button_clicked_cb), self);
  g_signal_connect_swapped (self->education_graduated_row, "entry-activated",
                            G_CALLBACK (on_education_add_button_clicked_cb), self);

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->birth_row, "changed", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->occupation_row, "notify::selected", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->city_row, "notify::selected", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->insured_row, "notify::selected", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->hukou_row, "notify::selected", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect_swapped (self->hours_spin, "value-changed", G_CALLBACK (fields_changed_cb), self);
  g_signal_connect (self->hours_spin, "input", G_CALLBACK (hours_input_cb), self);
}
