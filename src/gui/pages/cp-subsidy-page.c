/* cp-subsidy-page.c: the Subsidy tab
 *
 * For the current candidate: the amount, its breakdown, each condition
 * with its source, the last day to apply and what the order of claims
 * changes. And the whole catalogue of a city, for a front desk answering
 * without a candidate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-subsidy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-date-row.h"
#include "cp-eligibility.h"
#include "cp-policy-sources.h"
#include "cp-refresh.h"
#include "cp-region-model.h"
#include "cp-row-list.h"
#include "cp-split-view.h"
#include "cp-subsidy-page.h"
#include "cp-subsidy-plan.h"
#include "cp-text.h"

#include <string.h>

struct _CpSubsidyPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwComboRow    *source_row;
  AdwComboRow    *occupation_row;
  AdwComboRow    *level_row;
  AdwEntryRow    *issued_row;
  GtkSwitch      *employer_switch;
  AdwComboRow    *city_row;
  AdwEntryRow    *on_row;
  GtkWidget      *banner_box;
  GtkLabel       *banner_label;
  GtkLabel       *level_note_label;
  GtkLabel       *amount_label;
  GtkLabel       *breakdown_label;
  GtkLabel       *deadline_label;
  GtkListBox     *reasons_list;
  GtkListBox     *plan_list;
  AdwPreferencesGroup *claim_group;
  GtkListBox     *claim_list;
  AdwPreferencesGroup *plan_group;
  AdwComboRow    *catalogue_city_row;
  GtkSearchEntry *catalogue_search;
  GtkLabel       *catalogue_note;
  GtkListBox     *catalogue_list;

  /* Owned */
  CpPolicyPack   *pack;
  CpProfile      *profile;
  CpRegionModel  *cities;
  GPtrArray      *occupation_codes;
  gulong          changed_handler;
  char           *profile_city;   /* to follow the candidate when they move */
  CpDay           day;
  gboolean        filling;
  CpRefresh      *refresh;
  gboolean        pack_stale;       /* what the widgets show is behind */
  gboolean        context_stale;
  gboolean        dates_stale;
  gboolean        profile_stale;
  gboolean        catalogue_stale;
};

G_DEFINE_FINAL_TYPE (CpSubsidyPage, cp_subsidy_page, ADW_TYPE_BIN)

static CpDay
today (CpSubsidyPage *self)
{
  return self->day != 0 ? self->day : cp_date_today ();
}

/* The documents @record rests on, by name and date, and how sure they are. */
static char *
sources_of (CpSubsidyPage *self,
            JsonObject    *record)
{
  g_autofree char *cited = cp_policy_record_cite (self->pack, record);

  if (cited == NULL)
    return NULL;
  /* Translators: the documents a figure comes from, then how sure it is */
  return g_strdup_printf (_("Source: %s (%s)"), cited,
                          cp_certainty_label (cp_policy_record_certainty (self->pack, record)));
}

static const char *
mark (CpReasonStatus status)
{
  switch (status)
    {
    case CP_REASON_MET:
      return "✔";
    case CP_REASON_NOT_MET:
      return "✘";
    case CP_REASON_UNKNOWN:
      return "?";
    case CP_REASON_CONFIRM:
      return "…";
    case CP_REASON_INFO:
    default:
      return "·";
    }
}

static char *
amount_text (gint64 yuan)
{
  if (yuan == CP_YUAN_UNKNOWN)
    return g_strdup (_("unknown"));
  /* Translators: an amount of money, in yuan */
  return g_strdup_printf (_("%d yuan"), (int) yuan);
}

/* A firm figure, else the range, else unknown. */
static char *
range_text (gint64 firm,
            gint64 min,
            gint64 max)
{
  if (firm != CP_YUAN_UNKNOWN)
    return amount_text (firm);
  if (min != CP_YUAN_UNKNOWN && max != CP_YUAN_UNKNOWN)
    return g_strdup_printf (_("%d–%d yuan"), (int) min, (int) max);
  return amount_text (CP_YUAN_UNKNOWN);
}

/* Said once above the answer, not on every row. */
static void
show_banner (CpSubsidyPage   *self,
             CpSubsidyAnswer *answer)
{
  g_autofree char *banner = cp_subsidy_answer_banner (answer);

  gtk_label_set_label (self->banner_label, banner != NULL ? banner : "");
  gtk_widget_set_visible (self->banner_box, banner != NULL);
}

static char *
amount_headline (CpSubsidyAnswer *answer)
{
  g_autofree char *amount = cp_subsidy_answer_format_amount (answer);

  if (!answer->eligible)
    return g_strdup (_("Not eligible: nothing is payable"));
  if (cp_subsidy_answer_waits_for_input (answer))
    return g_strdup (_("Cannot tell yet: information marked ? is missing"));
  if (amount == NULL)
    return g_strdup (_("Amount unknown"));
  return g_steal_pointer (&amount);
}

/* Where the figure comes from and how sure it is; nothing when not eligible. */
static char *
breakdown_text (CpSubsidyAnswer *answer)
{
  g_autofree char *base = amount_text (answer->base);
  g_autofree char *uplift = amount_text (answer->uplift);
  const char *sure_min = cp_certainty_label (answer->certainty_min);
  const char *sure_max = cp_certainty_label (answer->certainty_max);

  if (!answer->eligible)
    return g_strdup ("");
  if (answer->uplift_ceiling)
    /* Translators: base, the most uplift and its rate, then how sure each end is */
    return g_strdup_printf (_("%s from the catalogue, plus perhaps up to %s shortage-occupation uplift (%d%%), "
                              "which no source confirms for this city, level and date. How sure: %s; the top, %s."),
                            base, uplift, answer->uplift_percent, sure_min, sure_max);
  if (answer->uplift_percent > 0)
    /* Translators: base amount, uplift amount and its rate, then how sure it is */
    return g_strdup_printf (_("%s from the catalogue + %s shortage-occupation uplift (%d%%). How sure: %s."),
                            base, uplift, answer->uplift_percent, sure_max);
  /* Translators: base amount, then how sure it is */
  return g_strdup_printf (_("%s from the catalogue, no uplift. How sure: %s."), base, sure_min);
}

static char *
deadline_text (CpSubsidyAnswer *answer)
{
  g_autofree char *date = NULL;
  char *deadline;

  if (answer->deadline == 0)
    return g_strdup ("");
  date = cp_date_format (answer->deadline);
  if (answer->days_left < 0)
    /* Translators: %s is a date */
    deadline = g_strdup_printf (_("The last day to apply was %s"), date);
  else
    /* Translators: a date, then the days from the application day */
    deadline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Apply by %s — %d day left",
                                             "Apply by %s — %d days left", answer->days_left),
                                date, answer->days_left);
  if (answer->deadline_approximate)
    {
      char *approximate = g_strconcat (deadline, _(" (approximate: that year’s holidays are not published)"), NULL);
      g_free (deadline);
      deadline = approximate;
    }
  return deadline;
}

/* One procedure in a row: what to do, where, the documents, how long. */
static char *
procedure_text (JsonObject *procedure)
{
  JsonArray *documents = json_object_get_array_member (procedure, "documents");
  GString *text = g_string_new (cp_text_get_member (procedure, "text", NULL));

  if (!json_object_get_null_member (procedure, "url"))
    g_string_append_printf (text, " %s", json_object_get_string_member (procedure, "url"));
  for (guint k = 0; k < json_array_get_length (documents); k++)
    g_string_append_printf (text, "\n• %s", cp_text_get (json_array_get_object_element (documents, k), NULL));
  if (!json_object_get_null_member (procedure, "review_working_days"))
    {
      JsonObject *days = json_object_get_object_member (procedure, "review_working_days");
      g_string_append (text, "\n");
      /* Translators: a range of working days */
      g_string_append_printf (text, _("Review: usually %d–%d working days"),
                              (int) json_object_get_int_member (days, "min"),
                              (int) json_object_get_int_member (days, "max"));
    }
  return g_string_free (text, FALSE);
}

static void
show_procedures (CpSubsidyPage   *self,
                 CpSubsidyAnswer *answer)
{
  guint shown = answer->eligible ? answer->procedures->len : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->claim_group), shown > 0);
  for (guint i = 0; i < shown; i++)
    {
      JsonObject *procedure = g_ptr_array_index (answer->procedures, i);
      g_autofree char *title = procedure_text (procedure);
      g_autofree char *sources = sources_of (self, procedure);

      cp_row_list_set_text (self->claim_list, i, title, sources);
    }
  cp_row_list_truncate (self->claim_list, shown);
}

static void
show_answer (CpSubsidyPage   *self,
             CpSubsidyAnswer *answer,
             CpDay            on)
{
  g_autofree char *amount = amount_headline (answer);
  g_autofree char *breakdown = breakdown_text (answer);
  g_autofree char *deadline = deadline_text (answer);
  guint shown = 0;

  show_banner (self, answer);
  gtk_label_set_label (self->amount_label, amount);
  gtk_label_set_label (self->breakdown_label, breakdown);
  gtk_widget_set_visible (GTK_WIDGET (self->breakdown_label), breakdown[0] != '\0');
  gtk_label_set_label (self->deadline_label, deadline);

  for (guint i = 0; i < answer->reasons->len; i++)
    {
      CpSubsidyReason *reason = g_ptr_array_index (answer->reasons, i);
      g_autofree char *title = NULL;
      g_autofree char *sources = NULL;

      /* A not-eligible answer shows no payable breakdown. */
      if (reason->payable && !answer->eligible)
        continue;
      title = g_strdup_printf ("%s %s", mark (reason->status), reason->text);
      sources = sources_of (self, reason->record);
      cp_row_list_set_text (self->reasons_list, shown++, title, sources);
    }
  cp_row_list_truncate (self->reasons_list, shown);
  show_procedures (self, answer);
}

static void
show_plan (CpSubsidyPage *self,
           const char    *occupation,
           int            level,
           const char    *city,
           CpDay          issued)
{
  g_autoptr(GPtrArray) plan = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->plan_group), level < 5);
  if (level >= 5)
    {
      cp_row_list_truncate (self->plan_list, 0);
      return;
    }

  /* The form's certificate on the form's issue day; the level below it a
   * year before. */
  plan = cp_subsidy_plan (self->pack, self->profile, occupation, city, level + 1, level,
                          cp_date_add_months (issued, -12), issued);
  for (guint i = 0; i < plan->len; i++)
    {
      CpPlanScenario *scenario = g_ptr_array_index (plan, i);
      g_autofree char *total = range_text (scenario->total, scenario->total_min, scenario->total_max);
      g_autoptr(GString) steps = g_string_new (NULL);
      g_autofree char *title = g_strdup_printf ("%s: %s", scenario->title, total);

      for (guint k = 0; k < scenario->steps->len; k++)
        {
          CpPlanStep *step = &g_array_index (scenario->steps, CpPlanStep, k);
          g_autofree char *date = cp_date_format (step->issued);
          g_autofree char *money = step->answer->eligible ? amount_headline (step->answer) : amount_text (0);

          /* Translators: level, date, amount */
          g_string_append_printf (steps, _("%sLevel %d issued %s: %s"), k > 0 ? " · " : "", step->level, date, money);
        }
      cp_row_list_set_text (self->plan_list, i, title, steps->str);
    }
  cp_row_list_truncate (self->plan_list, plan->len);
}

/* ---------- The planned certificate's level ---------- */

static gboolean
planned (CpSubsidyPage *self)
{
  return adw_combo_row_get_selected (self->source_row) == 0;
}

/* The highest level open in @eligibility (level 1 is the highest), or 0
 * when none is. */
static int
highest_open_level (CpEligibility *eligibility)
{
  for (int level = 1; level <= 5; level++)
    if (cp_eligibility_get_level (eligibility, level)->eligible)
      return level;
  return 0;
}

/* A planned certificate starts at the highest level the candidate may
 * take now. */
static void
select_open_level (CpSubsidyPage *self)
{
  g_autoptr(CpEligibility) eligibility = NULL;
  CpDay on;
  int level;

  if (!planned (self) || !cp_date_row_get (self->on_row, &on))
    return;
  eligibility = cp_eligibility_evaluate (self->pack, self->profile, on);
  level = highest_open_level (eligibility);
  if (level != 0)
    adw_combo_row_set_selected (self->level_row, 5 - level);
}

/* Says so when the planned level is not open to the candidate on @on. */
static void
show_level_note (CpSubsidyPage *self,
                 int            level,
                 CpDay          on)
{
  g_autoptr(CpEligibility) eligibility = planned (self) ? cp_eligibility_evaluate (self->pack, self->profile, on) : NULL;
  g_autofree char *date = cp_date_format (on);
  g_autofree char *note = NULL;

  if (eligibility != NULL && !cp_eligibility_get_level (eligibility, level)->eligible)
    {
      int open = highest_open_level (eligibility);

      if (open == 0)
        /* Translators: %s is a date */
        note = g_strdup_printf (_("No level is open to the candidate on %s: this is what the certificate would bring."), date);
      else
        /* Translators: a level, a date, the highest level open then */
        note = g_strdup_printf (_("Level %d is not open to the candidate on %s; the highest level open then is level %d."),
                                level, date, open);
    }
  gtk_label_set_label (self->level_note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->level_note_label), note != NULL);
}

static void
recompute (CpSubsidyPage *self)
{
  g_autoptr(CpSubsidyAnswer) answer = NULL;
  CpSubsidyCertificate certificate;
  const char *city;
  CpDay on;

  if (self->pack == NULL || self->profile == NULL)
    return;
  if (!cp_date_row_get (self->issued_row, &certificate.issued) || !cp_date_row_get (self->on_row, &on))
    return;

  certificate.occupation = g_ptr_array_index (self->occupation_codes, adw_combo_row_get_selected (self->occupation_row));
  certificate.level = 5 - (int) adw_combo_row_get_selected (self->level_row);
  certificate.issuer = gtk_switch_get_active (self->employer_switch) ? "employer" : "evaluation_org";
  city = cp_region_model_get_id (self->cities, adw_combo_row_get_selected (self->city_row));

  answer = cp_subsidy_evaluate (self->pack, self->profile, &certificate, city, on);
  show_level_note (self, certificate.level, on);
  show_answer (self, answer, on);
  show_plan (self, certificate.occupation, certificate.level, city, certificate.issued);
}

/* ---------- The candidate's certificates ---------- */

static gboolean
same_strings (GListModel *a,
              GListModel *b)
{
  guint n = a != NULL ? g_list_model_get_n_items (a) : 0;

  if (a == NULL || n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) one = g_list_model_get_item (a, i);
      g_autoptr(GtkStringObject) other = g_list_model_get_item (b, i);

      if (g_strcmp0 (gtk_string_object_get_string (one), gtk_string_object_get_string (other)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The combo's list is replaced only when the certificates changed, so
 * other changes keep what is picked. */
static void
fill_sources (CpSubsidyPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *certificates = cp_profile_get_certificates (self->profile);

  gtk_string_list_append (names, _("A planned certificate"));
  for (guint i = 0; i < certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (certificates, CpCertificate, i);
      g_autofree char *issued = cp_date_format (certificate->issued);
      /* Translators: a certificate: level and issue date */
      g_autofree char *label = g_strdup_printf (_("Level %d, issued %s"), certificate->level, issued);

      gtk_string_list_append (names, label);
    }
  if (!same_strings (adw_combo_row_get_model (self->source_row), G_LIST_MODEL (names)))
    adw_combo_row_set_model (self->source_row, G_LIST_MODEL (names));
}

static void
select_occupation (CpSubsidyPage *self,
                   const char    *code)
{
  for (guint i = 0; i < self->occupation_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->occupation_codes, i), code) == 0)
      adw_combo_row_set_selected (self->occupation_row, i);
}

static void
source_selected_cb (CpSubsidyPage *self)
{
  guint selected = adw_combo_row_get_selected (self->source_row);
  GArray *certificates;
  const CpCertificate *certificate;

  if (self->filling || self->profile == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return;
  certificates = cp_profile_get_certificates (self->profile);
  if (selected - 1 >= certificates->len)
    return;
  certificate = &g_array_index (certificates, CpCertificate, selected - 1);

  self->filling = TRUE;
  select_occupation (self, certificate->occupation);
  adw_combo_row_set_selected (self->level_row, 5 - certificate->level);
  cp_date_row_set (self->issued_row, certificate->issued);
  gtk_switch_set_active (self->employer_switch, g_strcmp0 (certificate->issuer, "employer") == 0);
  self->filling = FALSE;
  cp_refresh_queue (self->refresh);
}

/* ---------- The catalogue of a city ---------- */

static void
fill_catalogue (CpSubsidyPage *self)
{
  JsonArray *occupations;
  const char *city;
  g_autoptr(CpProfile) worker = NULL;
  CpDay on = today (self);
  g_autofree char *date = cp_date_format (on);
  g_autofree char *note = NULL;

  if (self->pack == NULL)
    return;
  city = cp_region_model_get_id (self->cities, adw_combo_row_get_selected (self->catalogue_city_row));
  if (city == NULL)
    return;
  /* A worker insured in the city, aged 30: the common case at a front desk. */
  worker = cp_profile_new ();
  cp_profile_set_birth_date (worker, cp_date_from_ymd (1996, 1, 1));
  cp_profile_set_city (worker, city);
  cp_profile_set_link_city (worker, "insured_city", city);

  /* Translators: %s is a date */
  note = g_strdup_printf (_("Amounts for a worker insured in the city, certificate issued on %s; "
                            "with the shortage-occupation uplift where it applies."), date);
  gtk_label_set_label (self->catalogue_note, note);

  occupations = cp_policy_pack_get_records (self->pack, "occupations.json", "occupations");
  for (guint i = 0; i < json_array_get_length (occupations); i++)
    {
      JsonObject *occupation = json_array_get_object_element (occupations, i);
      const char *code = json_object_get_string_member (occupation, "code");
      g_autofree char *title = g_strdup_printf ("%s %s", code, cp_text_get_member (occupation, "name", NULL));
      g_autoptr(GString) amounts = g_string_new (NULL);
      GtkWidget *row;

      for (int level = 5; level >= 1; level--)
        {
          CpSubsidyCertificate certificate = { code, level, on, "evaluation_org" };
          g_autoptr(CpSubsidyAnswer) answer = cp_subsidy_evaluate (self->pack, worker, &certificate, city, on);
          g_autofree char *money = answer->eligible ? amount_headline (answer) : amount_text (answer->base);

          /* Translators: "Level 3: 3120 yuan" in a list */
          g_string_append_printf (amounts, _("%sLevel %d: %s"), level < 5 ? " · " : "", level, money);
        }
      row = cp_row_list_set_text (self->catalogue_list, i, title, amounts->str);
      g_object_set_data_full (G_OBJECT (row), "cp-search", g_utf8_casefold (title, -1), g_free);
    }
  cp_row_list_truncate (self->catalogue_list, json_array_get_length (occupations));
}

static gboolean
catalogue_filter (GtkListBoxRow *row,
                  gpointer       user_data)
{
  CpSubsidyPage *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->catalogue_search));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  const char *haystack = g_object_get_data (G_OBJECT (row), "cp-search");

  return needle[0] == '\0' || (haystack != NULL && strstr (haystack, needle) != NULL);
}

static void
search_changed_cb (CpSubsidyPage *self)
{
  gtk_list_box_invalidate_filter (self->catalogue_list);
}

/* ---------- Context ---------- */

static void
fill_occupations (CpSubsidyPage *self)
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

/* The claim city and the certificates to pick from follow the candidate. */
static void
follow_profile (CpSubsidyPage *self)
{
  guint selected = adw_combo_row_get_selected (self->source_row);
  const char *city = cp_profile_get_city (self->profile);

  self->filling = TRUE;
  /* The claim city follows the candidate's, unless only something else
   * changed (the user may have picked another city here). */
  if (g_strcmp0 (city, self->profile_city) != 0)
    {
      g_free (self->profile_city);
      self->profile_city = g_strdup (city);
      adw_combo_row_set_selected (self->city_row, cp_region_model_find (self->cities, city));
    }
  fill_sources (self);
  if (selected < g_list_model_get_n_items (adw_combo_row_get_model (self->source_row)))
    adw_combo_row_set_selected (self->source_row, selected);
  self->filling = FALSE;
}

/* The pack's lists, and the candidate's occupation, city and certificates,
 * into the widgets. */
static void
show_context (CpSubsidyPage *self)
{
  self->filling = TRUE;
  if (self->pack_stale && self->pack != NULL)
    {
      adw_combo_row_set_model (self->city_row, G_LIST_MODEL (cp_region_model_get_names (self->cities)));
      adw_combo_row_set_model (self->catalogue_city_row, G_LIST_MODEL (cp_region_model_get_names (self->cities)));
      fill_occupations (self);
    }
  self->pack_stale = FALSE;
  if (self->profile != NULL && self->pack != NULL)
    {
      fill_sources (self);
      g_free (self->profile_city);
      self->profile_city = g_strdup (cp_profile_get_city (self->profile));
      select_occupation (self, cp_profile_get_occupation (self->profile));
      adw_combo_row_set_selected (self->city_row, cp_region_model_find (self->cities, cp_profile_get_city (self->profile)));
      adw_combo_row_set_selected (self->catalogue_city_row,
                                  cp_region_model_find (self->cities, cp_profile_get_city (self->profile)));
      self->dates_stale = TRUE;
    }
  self->filling = FALSE;
}

static void
update (GtkWidget *widget)
{
  CpSubsidyPage *self = CP_SUBSIDY_PAGE (widget);

  if (self->context_stale)
    show_context (self);
  self->context_stale = FALSE;
  if (self->dates_stale)
    {
      self->filling = TRUE;
      cp_date_row_set (self->issued_row, today (self));
      cp_date_row_set (self->on_row, today (self));
      if (self->profile != NULL && self->pack != NULL)
        select_open_level (self);
      self->filling = FALSE;
    }
  self->dates_stale = FALSE;
  if (self->profile_stale && self->profile != NULL && self->pack != NULL)
    follow_profile (self);
  self->profile_stale = FALSE;
  if (self->catalogue_stale)
    fill_catalogue (self);
  self->catalogue_stale = FALSE;
  recompute (self);
}

static void
profile_changed_cb (CpSubsidyPage *self)
{
  self->profile_stale = TRUE;
  cp_refresh_queue (self->refresh);
}

static void
answer_changed_cb (CpSubsidyPage *self)
{
  cp_refresh_queue (self->refresh);
}

static void
catalogue_changed_cb (CpSubsidyPage *self)
{
  self->catalogue_stale = TRUE;
  cp_refresh_queue (self->refresh);
}

void
cp_subsidy_page_set_context (CpSubsidyPage *self,
                             CpPolicyPack  *pack,
                             CpProfile     *profile)
{
  g_return_if_fail (CP_IS_SUBSIDY_PAGE (self));

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  if (pack != self->pack)
    {
      g_set_object (&self->pack, pack);
      g_clear_object (&self->cities);
      if (pack != NULL)
        self->cities = cp_region_model_new (pack, FALSE);
      self->pack_stale = TRUE;
    }
  g_set_object (&self->profile, profile);
  if (profile != NULL && pack != NULL)
    self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  /* The widgets follow when the tab is shown. */
  self->context_stale = TRUE;
  self->profile_stale = FALSE;
  catalogue_changed_cb (self);
}

void
cp_subsidy_page_set_day (CpSubsidyPage *self,
                         CpDay          day)
{
  g_return_if_fail (CP_IS_SUBSIDY_PAGE (self));

  self->day = day;
  self->dates_stale = TRUE;
  catalogue_changed_cb (self);
}

const char *
cp_subsidy_page_get_amount_text (CpSubsidyPage *self)
{
  g_return_val_if_fail (CP_IS_SUBSIDY_PAGE (self), NULL);
  cp_refresh_flush (self->refresh);
  return gtk_label_get_label (self->amount_label);
}

static void
cp_subsidy_page_dispose (GObject *object)
{
  CpSubsidyPage *self = CP_SUBSIDY_PAGE (object);

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  g_clear_object (&self->pack);
  g_clear_object (&self->profile);
  g_clear_object (&self->cities);
  g_clear_pointer (&self->occupation_codes, g_ptr_array_unref);
  g_clear_pointer (&self->profile_city, g_free);
  g_clear_pointer (&self->refresh, cp_refresh_free);

  G_OBJECT_CLASS (cp_subsidy_page_parent_class)->dispose (object);
}

static void
cp_subsidy_page_class_init (CpSubsidyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_SPLIT_VIEW);

  object_class->dispose = cp_subsidy_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-subsidy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, amount_label);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, banner_box);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, claim_group);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, claim_list);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, level_note_label);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, breakdown_label);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, catalogue_city_row);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, catalogue_list);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, catalogue_note);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, catalogue_search);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, city_row);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, employer_switch);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, issued_row);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, level_row);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, occupation_row);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, on_row);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, plan_list);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, reasons_list);
  gtk_widget_class_bind_template_child (widget_class, CpSubsidyPage, source_row);
}

/* Not before the tab is first shown or read. */
static void
build (GtkWidget *widget)
{
  CpSubsidyPage *self = CP_SUBSIDY_PAGE (widget);

  gtk_widget_init_template (widget);
  cp_date_row_setup (self->issued_row, FALSE);
  cp_date_row_setup (self->on_row, FALSE);
  gtk_list_box_set_filter_func (self->catalogue_list, catalogue_filter, self, NULL);

  g_signal_connect_swapped (self->source_row, "notify::selected", G_CALLBACK (source_selected_cb), self);
  g_signal_connect_swapped (self->occupation_row, "notify::selected", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->level_row, "notify::selected", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->issued_row, "changed", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->on_row, "changed", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->employer_switch, "notify::active", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->city_row, "notify::selected", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->catalogue_city_row, "notify::selected", G_CALLBACK (catalogue_changed_cb), self);
  g_signal_connect_swapped (self->catalogue_search, "search-changed", G_CALLBACK (search_changed_cb), self);
}

static void
cp_subsidy_page_init (CpSubsidyPage *self)
{
  self->occupation_codes = g_ptr_array_new_with_free_func (g_free);
  self->refresh = cp_refresh_new (GTK_WIDGET (self), build, update);
}
