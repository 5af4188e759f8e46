/* cp-date-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-date-row.h"

#define TITLE_KEY "cp-date-row-title"
#define OPTIONAL_KEY "cp-date-row-optional"

/* What is wrong with the row's text, or NULL; @out_day gets the day. */
static char *
reason_of (AdwEntryRow *row,
           CpDay       *out_day)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean optional = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), OPTIONAL_KEY));
  *out_day = 0;
  if (text[0] == '\0')
    /* Translators: shown beside a date field */
    return optional ? NULL : g_strdup (_("a date is needed"));
  switch (cp_date_parse (text, out_day))
    {
    case CP_DATE_OK:
      return NULL;
    case CP_DATE_IMPOSSIBLE:
      /* Translators: %s is what was typed, such as 2015-02-30 */
      return g_strdup_printf (_("%s is not a date"), text);
    case CP_DATE_OUT_OF_RANGE:
      /* A typo such as 0216-07-01 is a real day, but none that a candidate
       * lived or worked on. Translators: %s is what was typed */
      return g_strdup_printf (_("%s is not between 1900 and 2199"), text);
    case CP_DATE_MALFORMED:
    default:
      /* Translators: shown beside a date field */
      return g_strdup (_("write the date as YYYY-MM-DD"));
    }
}

/* Marks the row and puts the reason in its title, where the eye is. */
static gboolean
check_row (AdwEntryRow *row,
           CpDay       *out_day,
           gboolean     asked)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const char *title = g_object_get_data (G_OBJECT (row), TITLE_KEY);
  CpDay day;
  g_autofree char *reason = reason_of (row, &day);

  /* An empty field is only marked once its value is asked for: not while
   * the user has not reached it yet. */
  if (reason != NULL && (text[0] != '\0' || asked))
    {
      /* Translators: a field's name, then what is wrong with its value */
      g_autofree char *marked = g_strdup_printf (_("%s — %s"), title, reason);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), marked);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
    }

  if (out_day != NULL)
    *out_day = day;
  return reason == NULL;
}

static void
changed_cb (AdwEntryRow *row)
{
  check_row (row, NULL, FALSE);
}

static void
day_selected_cb (GtkCalendar *calendar,
                 AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The calendar is made when first asked for: a form has many date rows,
 * and a window must not wait for calendars nobody opened. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  AdwEntryRow *row = user_data;
  GtkWidget *popover;
  GtkWidget *calendar;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  popover = gtk_popover_new ();
  calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (button, popover);
  cp_accessible_tidy (calendar);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (day_selected_cb), row, 0);
}

void
cp_date_row_setup (AdwEntryRow *row,
                   gboolean     optional)
{
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: the spoken name of the calendar button of a date field; %s is the field's name */
  g_autofree char *spoken = g_strdup_printf (_("Pick a date for %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  g_object_set_data_full (G_OBJECT (row), TITLE_KEY,
                          g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))), g_free);
  g_object_set_data (G_OBJECT (row), OPTIONAL_KEY, GINT_TO_POINTER (optional));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Pick a date"));
  cp_accessible_set_label (button, spoken);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, row, NULL);
  adw_entry_row_add_suffix (row, button);

  g_signal_connect (row, "changed", G_CALLBACK (changed_cb), NULL);
}

gboolean
cp_date_row_get (AdwEntryRow *row,
                 CpDay       *out_day)
{
  return check_row (row, out_day, TRUE);
}

gboolean
cp_date_row_check_text (AdwEntryRow *row,
                        GError     **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  CpDay day;
  g_autofree char *reason = NULL;

  if (text[0] == '\0')
    return TRUE;
  reason = reason_of (row, &day);
  if (reason == NULL)
    return TRUE;
  check_row (row, NULL, TRUE);
  /* Translators: a field's name, then what is wrong with it: "Birth date: 2023-02-30 is not a date" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: %s"), cp_date_row_get_title (row), reason);
  return FALSE;
}

const char *
cp_date_row_get_title (AdwEntryRow *row)
{
  return g_object_get_data (G_OBJECT (row), TITLE_KEY);
}

void
cp_date_row_set (AdwEntryRow *row,
                 CpDay        day)
{
  g_autofree char *text = day != 0 ? cp_date_format (day) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}
