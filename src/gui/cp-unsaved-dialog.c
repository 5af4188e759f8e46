/* cp-unsaved-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-unsaved-dialog.h"

static gboolean
has_name (const char *name)
{
  return name != NULL && name[0] != '\0';
}

/* Both questions: Discard in red, the answer that keeps the work
 * suggested and taken by Enter. Escape answers "cancel" when offered, else
 * "close". */
static AdwMessageDialog *
new_question (GtkWindow  *parent,
              const char *heading,
              const char *body,
              gboolean    cancellable,
              const char *keep_id,
              const char *keep_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  if (cancellable)
    adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_responses (dialog, "discard", _("_Discard"), keep_id, keep_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, keep_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, keep_id);
  adw_message_dialog_set_close_response (dialog, cancellable ? "cancel" : "close");
  cp_accessible_tidy (GTK_WIDGET (dialog));
  return dialog;
}

AdwMessageDialog *
cp_unsaved_dialog_new (GtkWindow  *parent,
                       const char *name)
{
  g_autofree char *body = NULL;

  /* The name in the body, where a long one wraps well. */
  if (has_name (name))
    /* Translators: asked before leaving a candidate; %s is the candidate's name */
    body = g_strdup_printf (_("Changes to %s are not saved and will be lost."), name);
  else
    body = g_strdup (_("The new candidate is not saved and will be lost."));
  return new_question (parent, _("Save Changes?"), body, TRUE, "save", _("_Save"));
}

static char *
format_written (GDateTime *written)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = g_date_time_to_local (written);

  /* The time alone when it is today, as a clock shows it. */
  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    return g_date_time_format (local, "%H:%M");
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

AdwMessageDialog *
cp_recovered_dialog_new (GtkWindow  *parent,
                         const char *name,
                         GDateTime  *written)
{
  g_autofree char *when = format_written (written);
  g_autofree char *body = NULL;

  if (has_name (name))
    /* Translators: offered at start after a crash; %1$s is the candidate's name, %2$s a time such as 10:32 */
    body = g_strdup_printf (_("Unsaved changes to %1$s from %2$s were recovered."), name, when);
  else
    /* Translators: offered at start after a crash; %s is a time such as 10:32 */
    body = g_strdup_printf (_("Unsaved changes to a new candidate from %s were recovered."), when);
  return new_question (parent, _("Unsaved Changes Recovered"), body, FALSE, "restore", _("_Restore"));
}
