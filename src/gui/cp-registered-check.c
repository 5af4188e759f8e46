/* cp-registered-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-registered-check.h"

struct _CpRegisteredCheck
{
  GtkCheckButton  parent_instance;

  CpProfile      *profile;
  char           *session_id;
  gboolean        showing;    /* set from the profile, not by a person */
};

G_DEFINE_FINAL_TYPE (CpRegisteredCheck, cp_registered_check, GTK_TYPE_CHECK_BUTTON)

static void
toggled_cb (CpRegisteredCheck *self)
{
  if (self->showing || self->profile == NULL || self->session_id == NULL)
    return;
  cp_profile_set_registered (self->profile, self->session_id,
                             gtk_check_button_get_active (GTK_CHECK_BUTTON (self)));
  /* Unsaved like any other change: the window marks it and keeps a draft. */
  cp_profile_changed (self->profile);
}

void
cp_registered_check_set (CpRegisteredCheck *self,
                         CpProfile         *profile,
                         const char        *session_id)
{
  g_return_if_fail (CP_IS_REGISTERED_CHECK (self));

  g_set_object (&self->profile, profile);
  g_free (self->session_id);
  self->session_id = g_strdup (session_id);
  gtk_widget_set_visible (GTK_WIDGET (self), profile != NULL && session_id != NULL);
  self->showing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self),
                               profile != NULL && session_id != NULL && cp_profile_get_registered (profile, session_id));
  self->showing = FALSE;
}

void
cp_registered_check_set_profile (CpRegisteredCheck *self,
                                 CpProfile         *profile)
{
  g_autofree char *session_id = NULL;

  g_return_if_fail (CP_IS_REGISTERED_CHECK (self));

  session_id = g_strdup (self->session_id);
  cp_registered_check_set (self, profile, session_id);
}

static void
cp_registered_check_dispose (GObject *object)
{
  CpRegisteredCheck *self = CP_REGISTERED_CHECK (object);

  g_clear_object (&self->profile);
  g_clear_pointer (&self->session_id, g_free);

  G_OBJECT_CLASS (cp_registered_check_parent_class)->dispose (object);
}

static void
cp_registered_check_class_init (CpRegisteredCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cp_registered_check_dispose;
}

static void
cp_registered_check_init (CpRegisteredCheck *self)
{
  gtk_check_button_set_use_underline (GTK_CHECK_BUTTON (self), TRUE);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (self), _("_Registered for this session"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               _("The agenda then shows this session’s results and the last day to request a review"));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_connect (self, "toggled", G_CALLBACK (toggled_cb), NULL);
}

GtkWidget *
cp_registered_check_new (void)
{
  return g_object_new (CP_TYPE_REGISTERED_CHECK, NULL);
}
