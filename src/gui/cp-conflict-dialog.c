/* cp-conflict-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-accessible.h"
#include "cp-conflict-dialog.h"

static char *
format_modified (CpCandidateSummary *summary)
{
  g_autoptr(GDateTime) time = NULL;

  if (summary == NULL)
    return g_strdup ("?");
  time = g_date_time_new_from_unix_local (cp_candidate_summary_get_modified (summary) / G_GINT64_CONSTANT (1000000000));
  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

AdwMessageDialog *
cp_conflict_dialog_new (GtkWindow          *parent,
                        CpCandidateStore   *store,
                        CpCandidateSummary *summary)
{
  const char *name = cp_candidate_summary_get_name (summary);
  GPtrArray *conflicts = cp_candidate_summary_get_conflicts (summary);
  g_autofree char *modified = format_modified (summary);
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a candidate's name */
  heading = g_strdup_printf (_("Several versions of %s"), name != NULL && name[0] != '\0' ? name : _("Unnamed candidate"));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       _("A sync tool kept each version in its own file. "
                                                         "Open the one to keep, and delete the others once you have compared them.")));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  /* Translators: %s is the date and time a version of a candidate was saved */
  label = g_strdup_printf (_("This version, saved %s"), modified);
  adw_message_dialog_add_response (dialog, cp_candidate_summary_get_id (summary), label);
  adw_message_dialog_set_response_appearance (dialog, cp_candidate_summary_get_id (summary), ADW_RESPONSE_SUGGESTED);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const char *id = g_ptr_array_index (conflicts, i);
      g_autofree char *copy_modified = format_modified (cp_candidate_store_lookup (store, id));
      g_autofree char *copy_label = g_strdup_printf (_("Other version, saved %s"), copy_modified);

      adw_message_dialog_add_response (dialog, id, copy_label);
    }
  adw_message_dialog_set_default_response (dialog, cp_candidate_summary_get_id (summary));
  adw_message_dialog_set_close_response (dialog, "cancel");
  cp_accessible_tidy (GTK_WIDGET (dialog));
  return dialog;
}
