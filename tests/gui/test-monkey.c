/* test-monkey.c: thousands of seeded random actions on the real window
 *
 * Types into every field key by key (Chinese, half-typed and impossible
 * dates), clears fields, picks choices, toggles, spins, clicks every
 * button it can reach, expands level cards, switches tabs, and runs
 * new / save / duplicate / delete / undo / open-a-saved-candidate.  Any
 * crash, GLib critical or warning fails it, and the seed and the last
 * actions are printed so the run can be repeated:
 *
 *   CERTPATH_MONKEY_SEED=1234 CERTPATH_MONKEY_SECONDS=60 meson test -C _build --suite monkey
 *
 * Only what a person can reach is touched (mapped, sensitive widgets); a
 * dialog that appears is answered at random first, as a person must.
 * File choosers and printing are left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cp-gui-test-util.h"
#include "cp-gui-walk.h"
#include "cp-window.h"
#include "pages/cp-calendar-page.h"

#define RECENT_ACTIONS 40

static CpPolicyPack *pack;

static guint32  seed;
static guint64  action_count;
static char    *recent[RECENT_ACTIONS];
static char     header[128];

/* What a person types: names, dates whole and half-typed, impossible
 * dates, numbers and nonsense. */
static const char *const words[] = {
  "张三", "陈老五", "王小明", "Li Lei", "O'Brien", " ", "",
  "2023-02-3", "2023-02-30", "2023-02-28", "abcd", "1899-01-01", "2300-01-01",
  "1992-08-15", "2024-13-01", "0000-00-00", "2016-07-01", "2025-", "20",
  "0", "-1", "3.5", "99999999999", "١٢٣", "😀", "\t", "%s%n",
};

/* Actions that open a file chooser, a print dialog or other windows a
 * test cannot answer, or close the window. */
static const char *const skipped_actions[] = {
  "win.open", "win.save-as", "win.roster", "win.print", "win.sheet-pdf", "win.show-help-overlay",
  "app.quit", "app.preferences", "app.about", NULL
};

/* Buttons known by id that do the same (the Calendar's and the Courses'
 * export).  A chooser another button opens is cancelled when it shows. */
static const char *const skipped_ids[] = { "export_button", NULL };

/* ---------- Remembering what was done ---------- */

/* Starts the next action, forgetting the one that used its slot. */
static void
next_action (void)
{
  action_count++;
  g_clear_pointer (&recent[action_count % RECENT_ACTIONS], g_free);
}

static void
remember (const char *format,
          ...) G_GNUC_PRINTF (1, 2);

static void
remember (const char *format,
          ...)
{
  va_list args;
  guint slot = action_count % RECENT_ACTIONS;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_free (recent[slot]);
  recent[slot] = g_strdup_printf ("#%" G_GUINT64_FORMAT " %s\n", action_count, text);
  g_free (text);
}

/* Written with write(2) only: it also runs from a signal handler. */
static void
dump_recent (void)
{
  static const char tail[] = "monkey: rerun with CERTPATH_MONKEY_SEED set to the seed above\n";
  static gboolean dumped;

  if (dumped)
    return;
  dumped = TRUE;
  if (write (STDERR_FILENO, header, strlen (header)) < 0)
    return;
  for (guint i = 1; i <= RECENT_ACTIONS; i++)
    {
      const char *line = recent[(action_count + i) % RECENT_ACTIONS];

      if (line != NULL && write (STDERR_FILENO, line, strlen (line)) < 0)
        return;
    }
  if (write (STDERR_FILENO, tail, sizeof tail - 1) < 0)
    return;
}

static struct sigaction previous[NSIG];

static void
crash_handler (int signal_number)
{
  dump_recent ();
  /* Hand over to what was there (ASan's report, or the default). */
  sigaction (signal_number, &previous[signal_number], NULL);
  raise (signal_number);
}

static void
catch_crashes (void)
{
  const int signals[] = { SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
  struct sigaction action = { 0 };

  action.sa_handler = crash_handler;
  action.sa_flags = SA_RESETHAND | SA_NODEFER;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    sigaction (signals[i], &action, &previous[signals[i]]);
}

/* GTK 4.8's GtkText checks, at each cursor blink, that no selection is
 * showing, and if one is it warns "unexpected blinking selection.
 * Removing" and removes it itself. The monkey's direct GtkEditable calls
 * (text and positions set while a field has focus, a spin button's value
 * set from code) reach that state without any of the app's code between;
 * it is GTK's own check repairing itself, so it is counted, not failed. */
static guint n_blink_checks;

static gboolean
is_gtk_blink_check (const GLogField *fields,
                    gsize            n_fields)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }
  return g_strcmp0 (domain, "Gtk") == 0 && message != NULL
         && g_str_has_prefix (message, "GtkText - unexpected blinking selection");
}

/* Criticals and warnings are fatal in tests (gtk_test_init); this says
 * what led to them before the default writer aborts. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if ((log_level & G_LOG_LEVEL_WARNING) && is_gtk_blink_check (fields, n_fields))
    {
      /* Said once in the log, counted, and not a failure (see above). */
      if (n_blink_checks++ == 0)
        g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      return G_LOG_WRITER_HANDLED;
    }
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      dump_recent ();
      abort ();
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* ---------- What can be reached ---------- */

static gboolean
is_skipped_button (GtkWidget *widget)
{
  const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));

  /* A menu button's inner toggle is reached through the menu button;
   * the title bar's close button would end the test. */
  if (cp_gui_walk_ancestor (widget, GTK_TYPE_MENU_BUTTON) != NULL
      || cp_gui_walk_ancestor (widget, GTK_TYPE_WINDOW_CONTROLS) != NULL)
    return TRUE;
  if (action != NULL && (g_str_has_prefix (action, "window.")
                         || g_strv_contains ((const char * const *) skipped_actions, action)))
    return TRUE;
  return id != NULL && g_strv_contains ((const char * const *) skipped_ids, id);
}

typedef enum
{
  KIND_TYPE,
  KIND_ERASE,
  KIND_ENTER,
  KIND_CHOOSE,
  KIND_TOGGLE,
  KIND_SPIN,
  KIND_CLICK,
  KIND_EXPAND,
  KIND_ROW,
  KIND_TAB,
  KIND_WINDOW_ACTION,
  KIND_POPUP,
  KIND_POPDOWN,
  N_KINDS
} Kind;

/* How often each kind is tried: mostly typing, as in real use. */
static const guint kind_weights[N_KINDS] = { 30, 10, 4, 10, 8, 5, 12, 6, 5, 5, 6, 3, 2 };

static gboolean
is_kind (GtkWidget *widget,
         Kind       kind)
{
  switch (kind)
    {
    case KIND_TYPE:
    case KIND_ERASE:
    case KIND_ENTER:
      return GTK_IS_TEXT (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget));
    case KIND_CHOOSE:
      return ADW_IS_COMBO_ROW (widget) || GTK_IS_DROP_DOWN (widget);
    case KIND_TOGGLE:
      return GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget);
    case KIND_SPIN:
      return GTK_IS_SPIN_BUTTON (widget);
    case KIND_CLICK:
      return GTK_IS_BUTTON (widget) && !is_skipped_button (widget);
    case KIND_EXPAND:
      return ADW_IS_EXPANDER_ROW (widget) || GTK_IS_EXPANDER (widget);
    case KIND_ROW:
      return (GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))
              && !ADW_IS_COMBO_ROW (widget) && !ADW_IS_EXPANDER_ROW (widget))
             || GTK_IS_LIST_VIEW (widget) || GTK_IS_COLUMN_VIEW (widget) || GTK_IS_GRID_VIEW (widget);
    case KIND_TAB:
      return ADW_IS_VIEW_STACK (widget);
    case KIND_POPDOWN:
      return GTK_IS_POPOVER (widget);
    case KIND_POPUP:
      /* A popover anchored off screen is what GTK cannot place (and a
       * person cannot click). */
      return GTK_IS_MENU_BUTTON (widget) && cp_gui_walk_in_sight (widget) && !GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)))
             && gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)) != NULL;
    case KIND_WINDOW_ACTION:
    case N_KINDS:
    default:
      return FALSE;
    }
}

static GtkWidget *
pick_reachable (GRand     *rand,
                GtkWidget *root,
                Kind       kind)
{
  g_autoptr(GPtrArray) reachable = cp_gui_walk_reachable (root);
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();

  for (guint i = 0; i < reachable->len; i++)
    if (is_kind (g_ptr_array_index (reachable, i), kind))
      g_ptr_array_add (matching, g_ptr_array_index (reachable, i));
  if (matching->len == 0)
    return NULL;
  return g_ptr_array_index (matching, g_rand_int_range (rand, 0, matching->len));
}

/* ---------- Doing it ---------- */

/* A click into a field: the focus moves there and the cursor stays where
 * it was, nothing selected (focus by itself selects the whole text). */
static int
click_into (GtkWidget *text)
{
  GtkEditable *editable = GTK_EDITABLE (text);
  int position = gtk_editable_get_position (editable);

  if (!gtk_widget_has_focus (text))
    {
      gtk_widget_grab_focus (text);
      gtk_editable_set_position (editable, position);
      cp_gui_walk_settle (200);
    }
  return position;
}

static void
type_word (GRand     *rand,
           GtkWidget *text)
{
  GtkEditable *editable = GTK_EDITABLE (text);
  const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
  g_autofree char *what = cp_gui_walk_describe (text);
  int position = click_into (text);

  remember ("type “%s” at %d into %s", word, position, what);
  /* Key by key, each key's work done before the next. */
  for (const char *c = word; *c != '\0'; c = g_utf8_next_char (c))
    {
      if (!gtk_widget_get_mapped (text))
        return;
      gtk_editable_insert_text (editable, c, g_utf8_next_char (c) - c, &position);
      gtk_editable_set_position (editable, position);
      cp_gui_walk_settle (200);
    }
}

static void
erase (GRand     *rand,
       GtkWidget *text)
{
  GtkEditable *editable = GTK_EDITABLE (text);
  g_autofree char *what = cp_gui_walk_describe (text);
  int position = click_into (text);
  int keys = g_rand_int_range (rand, 1, 6);

  if (g_rand_boolean (rand))
    {
      remember ("clear %s", what);
      gtk_editable_delete_text (editable, 0, -1);
      return;
    }
  remember ("backspace ×%d at %d in %s", keys, position, what);
  for (int i = 0; i < keys && position > 0 && gtk_widget_get_mapped (text); i++, position--)
    {
      gtk_editable_delete_text (editable, position - 1, position);
      cp_gui_walk_settle (200);
    }
}

static void
choose (GRand     *rand,
        GtkWidget *widget)
{
  GListModel *model = ADW_IS_COMBO_ROW (widget) ? adw_combo_row_get_model (ADW_COMBO_ROW (widget))
                                                : gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  g_autofree char *what = cp_gui_walk_describe (widget);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  guint choice;

  if (n == 0)
    return;
  choice = g_rand_int_range (rand, 0, n);
  remember ("choose %u of %u in %s", choice, n, what);
  if (ADW_IS_COMBO_ROW (widget))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), choice);
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), choice);
}

static void
toggle (GtkWidget *widget)
{
  g_autofree char *what = cp_gui_walk_describe (widget);

  remember ("toggle %s", what);
  if (GTK_IS_SWITCH (widget))
    gtk_switch_set_active (GTK_SWITCH (widget), !gtk_switch_get_active (GTK_SWITCH (widget)));
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), !gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
}

static void
spin (GRand     *rand,
      GtkWidget *widget)
{
  GtkSpinButton *spin_button = GTK_SPIN_BUTTON (widget);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin_button);
  g_autofree char *what = cp_gui_walk_describe (widget);

  if (g_rand_boolean (rand))
    {
      gboolean up = g_rand_boolean (rand);

      remember ("spin %s %s", up ? "up" : "down", what);
      gtk_spin_button_spin (spin_button, up ? GTK_SPIN_STEP_FORWARD : GTK_SPIN_STEP_BACKWARD, 1);
      return;
    }
  /* Anywhere in its range, the ends included. */
  {
    double value = g_rand_double_range (rand, gtk_adjustment_get_lower (adjustment) - 1,
                                        gtk_adjustment_get_upper (adjustment) + 1);

    remember ("set %s to %g", what, value);
    gtk_spin_button_set_value (spin_button, value);
  }
}

static void
activate_row (GRand     *rand,
              GtkWidget *widget)
{
  g_autofree char *what = cp_gui_walk_describe (widget);
  GListModel *model = NULL;
  guint n;

  if (GTK_IS_LIST_BOX_ROW (widget))
    {
      remember ("activate %s", what);
      gtk_widget_activate (widget);
      return;
    }
  if (GTK_IS_LIST_VIEW (widget))
    model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (widget)));
  else if (GTK_IS_COLUMN_VIEW (widget))
    model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (widget)));
  else
    model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (widget)));
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  if (n == 0)
    return;
  {
    guint position = g_rand_int_range (rand, 0, n);

    remember ("activate item %u of %u in %s", position, n, what);
    g_signal_emit_by_name (widget, "activate", position);
  }
}

static void
switch_tab (GRand        *rand,
            AdwViewStack *stack)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));
  guint position;
  g_autoptr(AdwViewStackPage) page = NULL;

  if (n == 0)
    return;
  position = g_rand_int_range (rand, 0, n);
  page = g_list_model_get_item (G_LIST_MODEL (pages), position);
  remember ("switch to tab “%s”", adw_view_stack_page_get_name (page));
  adw_view_stack_set_visible_child (stack, adw_view_stack_page_get_child (page));
}

/* The Undo (or any) button of a toast on screen. */
static gboolean
click_toast_button (GRand     *rand,
                    GtkWidget *root)
{
  g_autoptr(GPtrArray) reachable = cp_gui_walk_reachable (root);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  for (guint i = 0; i < reachable->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (reachable, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);

      /* AdwToastWidget is private; its name is the only way to know it. */
      if (GTK_IS_BUTTON (widget) && parent != NULL && strstr (G_OBJECT_TYPE_NAME (parent), "Toast") != NULL
          && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        g_ptr_array_add (buttons, widget);
    }
  if (buttons->len == 0)
    return FALSE;
  {
    GtkWidget *button = g_ptr_array_index (buttons, g_rand_int_range (rand, 0, buttons->len));

    remember ("click the toast's “%s”", gtk_button_get_label (GTK_BUTTON (button)));
    cp_gui_walk_click (button);
  }
  return TRUE;
}

static void
window_action (GRand     *rand,
               GtkWidget *window)
{
  static const char *const actions[] = { "win.new", "win.save", "win.duplicate", "win.delete", "undo",
                                         "calendar.paste-notice", "calendar.add-by-hand" };
  const char *action = actions[g_rand_int_range (rand, 0, G_N_ELEMENTS (actions))];

  if (g_str_equal (action, "undo"))
    {
      if (!click_toast_button (rand, window))
        remember ("undo: no toast to click");
      return;
    }
  remember ("activate %s", action);
  /* The Exam Calendar's own actions (a notice, a session by hand) open a
   * window, answered as any other is. */
  if (g_str_has_prefix (action, "calendar."))
    gtk_widget_activate_action (cp_gui_walk_find (window, CP_TYPE_CALENDAR_PAGE, NULL), action, NULL);
  else
    gtk_widget_activate_action (window, action, NULL);
  /* A person who just deleted often takes it back at once. */
  if (g_str_equal (action, "win.delete") && g_rand_boolean (rand))
    {
      cp_gui_walk_settle (200);
      next_action ();
      if (!click_toast_button (rand, window))
        remember ("undo after delete: no toast to click");
    }
}

static void
open_popover (GRand     *rand,
              GtkWidget *menu_button)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  GtkWidget *row;
  g_autofree char *what = cp_gui_walk_describe (menu_button);

  remember ("open the popover of %s", what);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  cp_gui_walk_settle (200);
  if (popover == NULL || !gtk_widget_get_mapped (popover))
    return;
  /* Then pick a row in it, as a person opens a saved candidate (the
   * saved list is the header's popover). */
  row = pick_reachable (rand, popover, KIND_ROW);
  next_action ();
  if (row != NULL)
    activate_row (rand, row);
}

/* A dialog comes first: a person has to answer it before anything else. */
static gboolean
answer_other_window (GRand     *rand,
                     GtkWindow *main)
{
  g_autoptr(GPtrArray) windows = cp_gui_walk_other_windows (main);
  GtkWindow *window;

  if (windows->len == 0)
    return FALSE;
  window = g_ptr_array_index (windows, windows->len - 1);
  if (ADW_IS_MESSAGE_DIALOG (window))
    {
      g_autoptr(GPtrArray) reachable = cp_gui_walk_reachable (GTK_WIDGET (window));
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

      for (guint i = 0; i < reachable->len; i++)
        if (GTK_IS_BUTTON (g_ptr_array_index (reachable, i)))
          g_ptr_array_add (buttons, g_ptr_array_index (reachable, i));
      if (buttons->len > 0)
        {
          GtkWidget *button = g_ptr_array_index (buttons, g_rand_int_range (rand, 0, buttons->len));
          const char *label = gtk_button_get_label (GTK_BUTTON (button));

          remember ("answer the dialog “%s” with “%s”",
                    adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), label != NULL ? label : "?");
          cp_gui_walk_click (button);
          return TRUE;
        }
      remember ("answer the dialog with its close response");
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (window),
                                   adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (window)));
      return TRUE;
    }
  /* Anything else (a comparison window, a chooser a button opened) is
   * closed, as a person would. */
  remember ("close the window %s", G_OBJECT_TYPE_NAME (window));
  if (GTK_IS_DIALOG (window))
    gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_CANCEL);
  else
    gtk_window_close (window);
  return TRUE;
}

/* A click outside an open popover closes it (autohide), so an action
 * elsewhere first closes what is open, as it does for a person.  (A
 * popover left open while the page under it moves off screen is what GTK
 * on X11 cannot place: gdk_monitor_get_geometry criticals.) */
static void
close_popovers_outside (GtkWidget *root,
                        GtkWidget *target)
{
  g_autoptr(GPtrArray) reachable = cp_gui_walk_reachable (root);

  for (guint i = 0; i < reachable->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (reachable, i);

      if (GTK_IS_POPOVER (widget) && (target == NULL || !gtk_widget_is_ancestor (target, widget)))
        gtk_popover_popdown (GTK_POPOVER (widget));
    }
  cp_gui_walk_settle (200);
}

static Kind
pick_kind (GRand *rand)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < N_KINDS; i++)
    total += kind_weights[i];
  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < N_KINDS; i++)
    {
      if (roll < kind_weights[i])
        return i;
      roll -= kind_weights[i];
    }
  return KIND_TYPE;
}

static void
one_action (GRand    *rand,
            CpWindow *window)
{
  GtkWidget *root = GTK_WIDGET (window);
  Kind kind = KIND_TYPE;
  GtkWidget *target = NULL;

  next_action ();
  if (answer_other_window (rand, GTK_WINDOW (window)))
    return;

  /* A kind with nothing on screen gives way to another. */
  for (guint attempt = 0; attempt < 8 && target == NULL; attempt++)
    {
      kind = pick_kind (rand);
      if (kind == KIND_WINDOW_ACTION)
        {
          close_popovers_outside (root, NULL);
          window_action (rand, root);
          return;
        }
      target = pick_reachable (rand, root, kind);
    }
  if (target == NULL)
    return;
  if (kind != KIND_POPDOWN)
    {
      close_popovers_outside (root, target);
      if (!gtk_widget_get_mapped (target))
        return;
    }

  switch (kind)
    {
    case KIND_TYPE:
      type_word (rand, target);
      break;
    case KIND_ERASE:
      erase (rand, target);
      break;
    case KIND_ENTER:
      {
        g_autofree char *what = cp_gui_walk_describe (target);

        remember ("press Enter in %s", what);
        click_into (target);
        gtk_widget_activate (target);
      }
      break;
    case KIND_CHOOSE:
      choose (rand, target);
      break;
    case KIND_TOGGLE:
      toggle (target);
      break;
    case KIND_SPIN:
      spin (rand, target);
      break;
    case KIND_CLICK:
      {
        g_autofree char *what = cp_gui_walk_describe (target);
        const char *label = gtk_button_get_label (GTK_BUTTON (target));

        remember ("click %s “%s”", what, label != NULL ? label : "");
        cp_gui_walk_click (target);
      }
      break;
    case KIND_EXPAND:
      {
        g_autofree char *what = cp_gui_walk_describe (target);

        remember ("expand or collapse %s", what);
        if (ADW_IS_EXPANDER_ROW (target))
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (target),
                                         !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (target)));
        else
          gtk_expander_set_expanded (GTK_EXPANDER (target), !gtk_expander_get_expanded (GTK_EXPANDER (target)));
      }
      break;
    case KIND_ROW:
      activate_row (rand, target);
      break;
    case KIND_TAB:
      switch_tab (rand, ADW_VIEW_STACK (target));
      break;
    case KIND_POPUP:
      open_popover (rand, target);
      break;
    case KIND_POPDOWN:
      remember ("close a popover (Escape)");
      gtk_popover_popdown (GTK_POPOVER (target));
      break;
    case KIND_WINDOW_ACTION:
    case N_KINDS:
    default:
      break;
    }
}

/* ---------- The test ---------- */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static guint64
env_number (const char *name,
            guint64     fallback)
{
  const char *value = g_getenv (name);
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT64, &number, NULL))
    return fallback;
  return number;
}

static void
test_random_actions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("certpath-monkey-XXXXXX", &error);
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "..", "data", "profiles", "wang-xiaoming.json", NULL);
  guint64 seconds = env_number ("CERTPATH_MONKEY_SECONDS", 30);
  guint64 limit = env_number ("CERTPATH_MONKEY_ACTIONS", G_MAXUINT64);
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *slowest = NULL;
  gint64 slowest_us = 0;
  CpWindow *window;

  g_assert_no_error (error);
  g_setenv ("CERTPATH_CANDIDATES_DIR", folder, TRUE);
  window = cp_window_new (NULL, pack, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* It starts from a full profile, saved, so the list has someone in it. */
  remember ("load %s and save it", full);
  g_assert_true (cp_window_load_file (window, full, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);

  while (action_count < limit && g_get_monotonic_time () < deadline)
    {
      gint64 started = g_get_monotonic_time ();
      guint64 first = action_count + 1;

      one_action (rand, window);
      cp_gui_walk_settle (500);
      /* The slowest action is worth knowing too (a monkey that manages
       * few actions is held up somewhere). */
      if (g_get_monotonic_time () - started > slowest_us && recent[first % RECENT_ACTIONS] != NULL)
        {
          slowest_us = g_get_monotonic_time () - started;
          g_free (slowest);
          slowest = g_strdup (recent[first % RECENT_ACTIONS]);
        }
      /* Now and then a frame: sizing and drawing run too. */
      if (action_count % 8 == 0)
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  g_test_message ("monkey: seed %u, %" G_GUINT64_FORMAT " actions in %" G_GUINT64_FORMAT " s",
                  seed, action_count, seconds);
  if (slowest != NULL)
    g_test_message ("monkey: the slowest took %.0f ms: %s", slowest_us / 1000.0, g_strchomp (slowest));
  if (n_blink_checks > 0)
    g_test_message ("monkey: GTK removed a blinking selection by itself %u times", n_blink_checks);
  g_assert_cmpuint (action_count, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  cp_gui_walk_settle (500);
  remove_tree (folder);
}

int
main (int    argc,
      char **argv)
{
  const char *const user_folders[] = { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  g_autofree char *home = g_dir_make_tmp ("certpath-monkey-home-XXXXXX", NULL);
  int status;

  g_log_set_writer_func (log_writer, NULL, NULL);
  /* Drafts, caches and anything else the app keeps stay out of the
   * user's own folders (set before GLib reads them). */
  for (guint i = 0; home != NULL && i < G_N_ELEMENTS (user_folders); i++)
    {
      g_autofree char *path = g_build_filename (home, user_folders[i], NULL);

      g_setenv (user_folders[i], path, TRUE);
    }
  cp_gui_test_init (&argc, &argv);
  seed = (guint32) env_number ("CERTPATH_MONKEY_SEED", g_random_int ());
  g_snprintf (header, sizeof header, "monkey: seed %u; the last actions before it failed:\n", seed);
  g_print ("# monkey: seed %u (set CERTPATH_MONKEY_SEED to repeat)\n", seed);
  catch_crashes ();
  pack = cp_gui_test_load_pack ();

  g_test_add_func ("/monkey/random-actions", test_random_actions);

  status = g_test_run ();
  g_object_unref (pack);
  if (home != NULL)
    remove_tree (home);
  for (guint i = 0; i < RECENT_ACTIONS; i++)
    g_free (recent[i]);
  return status;
}
