/* cp-candidate-row.c
 *
 * As few widgets as a row can be: GTK 4.8's list makes new rows rather than
 * reusing old ones when a search changes what is shown, so each widget of
 * a row is paid again at every key. Name and details share one label; the
 * status and the mark of the current candidate are made when first needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-candidate-row.h"

struct _CpCandidateRow
{
  GtkBox              parent_instance;

  GtkLabel           *text;
  GtkLabel           *status;        /* NULL until needed */
  GtkWidget          *current_icon;  /* NULL until needed */
};

G_DEFINE_FINAL_TYPE (CpCandidateRow, cp_candidate_row, GTK_TYPE_BOX)

static GtkLabel *
add_label (GtkBox *box)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
cp_candidate_row_class_init (CpCandidateRowClass *klass)
{
}

static void
cp_candidate_row_init (CpCandidateRow *self)
{
  gtk_box_set_spacing (GTK_BOX (self), 6);
  self->text = add_label (GTK_BOX (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self->text), TRUE);
}

GtkWidget *
cp_candidate_row_new (void)
{
  return g_object_new (CP_TYPE_CANDIDATE_ROW, "orientation", GTK_ORIENTATION_HORIZONTAL, NULL);
}

static void
set_status (CpCandidateRow *self,
            const char     *text,
            const char     *css_class)
{
  if (self->status == NULL && text == NULL)
    return;
  if (self->status == NULL)
    {
      self->status = add_label (GTK_BOX (self));
      gtk_widget_add_css_class (GTK_WIDGET (self->status), "caption");
      if (self->current_icon != NULL)
        gtk_widget_insert_before (GTK_WIDGET (self->status), GTK_WIDGET (self), self->current_icon);
    }
  gtk_label_set_text (self->status, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status), text != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status), "warning");
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->status), css_class);
}

/* The name on one line, the details dimmed and smaller below. */
static void
set_text (CpCandidateRow *self,
          const char     *title,
          const char     *details)
{
  g_autofree char *markup = g_markup_printf_escaped ("%s\n<span size=\"small\" alpha=\"55%%\">%s</span>", title, details);

  gtk_label_set_markup (self->text, markup);
}

/* "1990-01-15 · Guangzhou": what tells two 陈老五 apart. */
static char *
describe (CpCandidateSummary *summary)
{
  CpDay birth = cp_candidate_summary_get_birth_date (summary);
  const char *city = cp_candidate_summary_get_city_name (summary);
  g_autofree char *birth_text = birth != 0 ? cp_date_format (birth) : g_strdup (_("No birth date"));

  if (city == NULL)
    city = cp_candidate_summary_get_city_id (summary);
  /* Translators: a saved candidate's birth date and city */
  return city != NULL ? g_strdup_printf (_("%s · %s"), birth_text, city) : g_steal_pointer (&birth_text);
}

void
cp_candidate_row_set_summary (CpCandidateRow     *self,
                              CpCandidateSummary *summary)
{
  g_return_if_fail (CP_IS_CANDIDATE_ROW (self));

  if (summary == NULL)
    return;
  if (cp_candidate_summary_get_error (summary) != NULL)
    {
      g_autofree char *file_name = g_strconcat (cp_candidate_summary_get_id (summary), ".json", NULL);

      /* A broken file stays in sight, with what is wrong with it. */
      set_text (self, file_name, cp_candidate_summary_get_error (summary));
      set_status (self, _("Cannot be read"), "error");
    }
  else
    {
      const char *name = cp_candidate_summary_get_name (summary);
      g_autofree char *description = describe (summary);
      guint n_conflicts = cp_candidate_summary_get_conflicts (summary)->len;
      g_autofree char *conflict = NULL;

      set_text (self, name != NULL && name[0] != '\0' ? name : _("Unnamed candidate"), description);
      if (n_conflicts > 0)
        /* Translators: a sync tool kept several versions of one candidate */
        conflict = g_strdup_printf (ngettext ("Conflict: %u versions", "Conflict: %u versions", n_conflicts + 1),
                                    n_conflicts + 1);
      set_status (self, conflict, "warning");
    }
}

void
cp_candidate_row_set_current (CpCandidateRow *self,
                              gboolean        current)
{
  g_return_if_fail (CP_IS_CANDIDATE_ROW (self));

  if (self->current_icon == NULL && !current)
    return;
  if (self->current_icon == NULL)
    {
      self->current_icon = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_box_append (GTK_BOX (self), self->current_icon);
    }
  gtk_widget_set_visible (self->current_icon, current);
}
