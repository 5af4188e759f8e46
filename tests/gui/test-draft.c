/* test-draft.c: the first edits of a new candidate in the whole window,
 * as a tester found them: a birth date typed before any name, the name
 * cleared, an impossible date saved
 *
 * Expected answers, worked by hand (on 2026-06-30): level 5, clause 1 asks
 * an age of 16 and a declaration. With no birth date it cannot be told;
 * born 1990-05-01 the candidate is 36, so it is met once the candidate
 * confirms the declaration.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cp-gui-test-util.h"
#include "cp-policy-query.h"
#include "cp-text.h"
#include "cp-window.h"
#include "pages/cp-eligibility-page.h"
#include "pages/cp-subsidy-page.h"

static CpPolicyPack *pack;

typedef struct
{
  CpWindow          *window;
  CpEligibilityPage *eligibility;
  char              *store;
} Fixture;

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GtkWidget *widget = (GtkWidget *) gtk_widget_get_template_child (
    GTK_WIDGET (cp_eligibility_page_get_editor (fixture->eligibility)), CP_TYPE_CANDIDATE_EDITOR, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
type (Fixture    *fixture,
      const char *row,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, row)), text);
  /* Let any update queued for idle or the next frame run. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", name);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Picks @city in the combo row @row, by the name it shows. */
static void
choose_city (Fixture    *fixture,
             const char *row,
             const char *city)
{
  AdwComboRow *combo = ADW_COMBO_ROW (child (fixture, row));
  GListModel *names = adw_combo_row_get_model (combo);
  const char *name = cp_text_get_member (cp_policy_find (pack, "regions.json", "regions", "id", city), "name", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        adw_combo_row_set_selected (combo, i);
        return;
      }
  g_assert_not_reached ();
}

static CpSubsidyPage *
subsidy_page (Fixture *fixture)
{
  return CP_SUBSIDY_PAGE (adw_view_stack_get_child_by_name (cp_window_get_stack (fixture->window), "subsidy"));
}

static guint
n_saved (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->store, 0, NULL);
  const char *name;
  guint n = 0;

  /* Candidates only: the store keeps its index beside them. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".json");
  return n;
}

/* Whether a label showing @text is somewhere in @widget: a toast's title. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_label (c, text))
      return TRUE;
  return FALSE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = g_dir_make_tmp ("certpath-draft-XXXXXX", NULL);
  g_assert_nonnull (fixture->store);
  g_setenv ("CERTPATH_CANDIDATES_DIR", fixture->store, TRUE);
  fixture->window = cp_window_new (NULL, pack, NULL, NULL);
  fixture->eligibility = CP_ELIGIBILITY_PAGE (adw_view_stack_get_child_by_name (cp_window_get_stack (fixture->window),
                                                                                 "eligibility"));
  cp_eligibility_page_set_day (fixture->eligibility, cp_date_from_ymd (2026, 6, 30));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->store, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->store, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->store);
  g_free (fixture->store);
}

static const char *
card_subtitle (Fixture *fixture,
               int      level)
{
  return adw_expander_row_get_subtitle (cp_level_list_get_card (cp_eligibility_page_get_levels (fixture->eligibility),
                                                                level));
}

/* The tester's crash: cp-subsidy-plan.c "assertion failed: (copy != NULL)". */
static void
test_birth_date_before_name (Fixture       *fixture,
                             gconstpointer  data)
{
  CpProfile *profile = cp_window_get_profile (fixture->window);

  show_page (fixture, "subsidy");
  show_page (fixture, "eligibility");
  g_assert_cmpstr (card_subtitle (fixture, 5), ==, _("Cannot tell yet: information marked ? is missing"));
  type (fixture, "birth_row", "1990-05-01");
  g_assert_cmpuint (cp_profile_get_birth_date (profile), ==, cp_date_from_ymd (1990, 5, 1));
  g_assert_null (cp_profile_get_name (profile));
  g_assert_cmpstr (card_subtitle (fixture, 5), ==,
                   _("Meets the published conditions, once the candidate confirms what the app cannot check"));
  show_page (fixture, "subsidy");
  show_page (fixture, "courses");
  show_page (fixture, "eligibility");

  /* A name typed, then cleared again: no name, and still alive. */
  type (fixture, "name_row", "陈老五");
  g_assert_cmpstr (cp_profile_get_name (profile), ==, "陈老五");
  type (fixture, "name_row", "");
  g_assert_null (cp_profile_get_name (profile));
  show_page (fixture, "subsidy");
  g_assert_nonnull (cp_subsidy_page_get_amount_text (subsidy_page (fixture)));

  /* The draft saves and reads back, nameless as it is. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_cmpuint (n_saved (fixture), ==, 1);
}

/* Save refuses the draft: the message starts with the title of @field (as
 * translated: the zh_CN run checks it), shows the @text typed there and is
 * shown in a toast; nothing is written. */
static void
assert_save_refused (Fixture    *fixture,
                     const char *field,
                     const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cp_candidate_editor_check (cp_eligibility_page_get_editor (fixture->eligibility), &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, field));
  g_assert_nonnull (strstr (error->message, text));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_cmpuint (n_saved (fixture), ==, 0);
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), error->message));
}

static void
assert_saves (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_candidate_editor_check (cp_eligibility_page_get_editor (fixture->eligibility), &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_cmpuint (n_saved (fixture), ==, 1);
}

/* A date shown in red is not saved as null: Save names it, saves nothing. */
static void
test_save_refuses_red_date (Fixture       *fixture,
                            gconstpointer  data)
{
  type (fixture, "name_row", "陈老五");
  type (fixture, "birth_row", "2023-02-30");
  g_assert_true (gtk_widget_has_css_class (child (fixture, "birth_row"), "error"));
  assert_save_refused (fixture, _("Birth date"), "2023-02-30");

  type (fixture, "birth_row", "2023-02-28");
  assert_saves (fixture);
}

/* A period typed (or moved back into the form by Edit) but not added is
 * not in the profile: Save says so rather than drop it. */
static void
test_save_refuses_item_not_added (Fixture       *fixture,
                                  gconstpointer  data)
{
  type (fixture, "name_row", "陈老五");
  type (fixture, "work_start_row", "2016-07-01");
  assert_save_refused (fixture, _("Start"), "2016-07-01");

  g_signal_emit_by_name (child (fixture, "work_add_button"), "clicked");
  g_assert_cmpuint (cp_profile_get_work_periods (cp_window_get_profile (fixture->window))->len, ==, 1);
  assert_saves (fixture);

  /* Half typed for one candidate, it is not carried to the next. */
  type (fixture, "certificate_issued_row", "2021-05-10");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "certificate_issued_row"))), ==, "");
}

/* The Subsidy tab follows the draft: a level 3 certificate issued
 * 2025-07-01 to a worker insured in Zhuhai is 2400 + 30% = 3120 yuan
 * (seed 002), but Zhuhai has age limits, so with no birth date it cannot
 * tell yet. */
static void
test_subsidy_waits_for_birth_date (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *expected = g_strdup_printf (_("%d yuan"), 3120);

  choose_city (fixture, "city_row", "zhuhai");
  choose_city (fixture, "insured_row", "zhuhai");
  cp_subsidy_page_set_day (subsidy_page (fixture), cp_date_from_ymd (2025, 7, 1));
  show_page (fixture, "subsidy");
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (subsidy_page (fixture)), ==,
                   _("Cannot tell yet: information marked ? is missing"));

  show_page (fixture, "eligibility");
  type (fixture, "birth_row", "1992-08-15");
  show_page (fixture, "subsidy");
  g_assert_cmpstr (cp_subsidy_page_get_amount_text (subsidy_page (fixture)), ==, expected);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add ("/draft/birth-date-before-name", Fixture, NULL, fixture_set_up, test_birth_date_before_name,
              fixture_tear_down);
  g_test_add ("/draft/subsidy-waits-for-birth-date", Fixture, NULL, fixture_set_up, test_subsidy_waits_for_birth_date,
              fixture_tear_down);
  g_test_add ("/draft/save-refuses-red-date", Fixture, NULL, fixture_set_up, test_save_refuses_red_date,
              fixture_tear_down);
  g_test_add ("/draft/save-refuses-item-not-added", Fixture, NULL, fixture_set_up, test_save_refuses_item_not_added,
              fixture_tear_down);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
