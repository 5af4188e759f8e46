/* test-accessibility.c: every control a person can reach has a name a
 * screen reader can speak
 *
 * GTK 4.8 has no public getter for an accessible's name, so the name is
 * worked out as its AT-SPI backend does: the control's own label, then the
 * labels of what it is labelled by, and the GType name when there is
 * neither (what Orca said for the menu buttons and dropdowns).  The test
 * context (GTK_A11Y=test) gives the values through its check functions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-notice-dialog.h"
#include "cp-preferences-window.h"
#include "cp-roster-window.h"
#include "cp-unsaved-dialog.h"
#include "cp-window.h"

static CpPolicyPack *pack;

/* A value no control is labelled with: the check functions return NULL
 * when the value matches and the value they found otherwise. */
#define NO_SUCH_LABEL "\x01"

static gboolean
is_control (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The label set on @widget itself, or NULL. */
static char *
own_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, NO_SUCH_LABEL);
}

static void
collect_widgets (GtkWidget  *widget,
                 GHashTable *all)
{
  g_hash_table_add (all, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, all);
}

/* The name AT-SPI gives @widget.  A relation is printed as "Type<0x…>"
 * for each widget it names; only pointers to widgets of the window are
 * followed. */
static char *
spoken_name (GtkWidget  *widget,
             GHashTable *all)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *relation = NULL;
  char *label = own_label (widget);

  if (label != NULL)
    g_ptr_array_add (parts, label);
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    relation = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (const char *at = relation; at != NULL && (at = strstr (at, "<0x")) != NULL; at += 3)
    {
      gpointer target = GSIZE_TO_POINTER (g_ascii_strtoull (at + 3, NULL, 16));

      if (g_hash_table_contains (all, target) && (label = own_label (target)) != NULL)
        g_ptr_array_add (parts, label);
    }
  if (parts->len == 0)
    return g_strdup (G_OBJECT_TYPE_NAME (widget));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" ", (char **) parts->pdata);
}

/* Why @name is not one to speak, or NULL. */
static const char *
fault_of (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  gsize length = strlen (stripped);

  if (length == 0)
    return "no name";
  if (g_type_from_name (stripped) != 0)
    return "a type name";
  if (strchr (stripped, '_') != NULL)
    return "a mnemonic underscore";
  /* "Export Export": the label and the text it labels both read. */
  if (length % 2 == 1 && stripped[length / 2] == ' ' && strncmp (stripped, stripped + length / 2 + 1, length / 2) == 0)
    return "said twice";
  return NULL;
}

static void
check_tree (GtkWidget  *widget,
            GHashTable *all,
            GPtrArray  *faults)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  /* What is hidden is not in the tree a screen reader reads; a popover
   * is, once open. */
  if (!gtk_widget_get_visible (widget) && !GTK_IS_POPOVER (widget))
    return;
  if (is_control (role))
    {
      g_autofree char *name = spoken_name (widget, all);
      const char *fault = fault_of (name);

      if (fault != NULL)
        {
          g_autofree char *described = cp_gui_walk_describe (widget);

          g_ptr_array_add (faults, g_strdup_printf ("%s: “%s” is %s", described, name, fault));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_tree (child, all, faults);
}

/* Fails with the list of every control without a proper name under @root. */
static void
assert_all_named (GtkWidget  *root,
                  const char *where)
{
  g_autoptr(GHashTable) all = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  collect_widgets (root, all);
  check_tree (root, all, faults);
  g_ptr_array_add (faults, NULL);
  list = g_strjoinv ("\n  ", (char **) faults->pdata);
  if (faults->len > 1)
    g_error ("%s: %u controls without a proper spoken name:\n  %s", where, faults->len - 1, list);
}

/* Shows @window, checks it when drawn and destroys it. */
static void
check_window (GtkWindow  *window,
              const char *where)
{
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cp_gui_walk_settle (200);
  assert_all_named (GTK_WIDGET (window), where);
  gtk_window_destroy (window);
}

static void
test_window_pages (void)
{
  static const char * const pages[] = { "eligibility", "subsidy", "calendar", "courses" };
  CpWindow *window = cp_window_new (NULL, pack, NULL, NULL);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  g_autoptr(GError) error = NULL;

  /* A candidate with an item in every list, so that their rows' buttons
   * are there to be checked. */
  g_assert_true (cp_window_load_file (window, example, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  /* Each page is built when first shown; the rows below the fold once drawn. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      cp_gui_walk_settle (200);
    }
  check_window (GTK_WINDOW (window), "main window");
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.certpath.Certpath");
  CpPreferencesWindow *preferences = cp_preferences_window_new (pack, NULL, settings);

  check_window (GTK_WINDOW (preferences), "preferences");
}

static void
test_roster_window (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rosters", "class-30.csv", NULL);
  g_autofree char *folder = g_dir_make_tmp ("certpath-a11y-XXXXXX", NULL);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  CpRoster *roster;
  CpRosterWindow *window;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  roster = cp_roster_new_from_data (pack, data, length, cp_date_from_ymd (2026, 3, 1), 0, &error);
  g_assert_no_error (error);
  window = cp_roster_window_new (roster, store);
  check_window (GTK_WINDOW (window), "roster window");
  g_rmdir (folder);
}

static void
test_questions (void)
{
  g_autoptr(GDateTime) written = g_date_time_new_local (2026, 12, 1, 10, 32, 0);

  /* Their buttons have mnemonics ("_Discard"), read twice before. */
  check_window (GTK_WINDOW (cp_unsaved_dialog_new (NULL, "王小明")), "unsaved changes");
  check_window (GTK_WINDOW (cp_recovered_dialog_new (NULL, "王小明", written)), "recovered changes");
}

static void
test_notice_dialog (void)
{
  g_autofree char *folder = g_dir_make_tmp ("certpath-a11y-XXXXXX", NULL);
  g_autoptr(CpUserSessions) store = cp_user_sessions_new (folder, pack);

  check_window (GTK_WINDOW (cp_notice_dialog_new (pack, store)), "notice dialog");
  check_window (GTK_WINDOW (cp_notice_dialog_new_by_hand (pack, store)), "session by hand");
  g_rmdir (folder);
}

/* The check itself: it must find what Orca found before the fixes. */
static void
test_check_finds_faults (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GHashTable) all = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);

  gtk_box_append (GTK_BOX (box), gtk_button_new_from_icon_name ("document-save-symbolic"));
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_mnemonic ("E_xport"));
  gtk_box_append (GTK_BOX (box), gtk_search_entry_new ());
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Plain"));
  gtk_window_set_child (GTK_WINDOW (window), box);
  collect_widgets (box, all);
  check_tree (box, all, faults);
  for (guint i = 0; i < faults->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (faults, i));
  /* The icon button, the mnemonic one, the search entry; not "Plain". */
  g_assert_cmpuint (faults->len, ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  cp_gui_test_init (&argc, &argv);
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/accessibility/check-finds-faults", test_check_finds_faults);
  g_test_add_func ("/accessibility/window-pages", test_window_pages);
  g_test_add_func ("/accessibility/preferences", test_preferences);
  g_test_add_func ("/accessibility/roster-window", test_roster_window);
  g_test_add_func ("/accessibility/questions", test_questions);
  g_test_add_func ("/accessibility/notice-dialog", test_notice_dialog);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
