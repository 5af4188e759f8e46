/* cp-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-application.h"
#include "cp-profile.h"
#include "cp-reminders.h"
#include "pages/cp-agenda-page.h"

G_BEGIN_DECLS

#define CP_TYPE_WINDOW (cp_window_get_type ())
G_DECLARE_FINAL_TYPE (CpWindow, cp_window, CP, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests); @pack_error says why there is no
 * pack; @pack_problem why the user's own pack is not used. */
CpWindow   *cp_window_new           (CpApplication *application,
                                     CpPolicyPack  *pack,
                                     const char    *pack_error,
                                     const char    *pack_problem);

/* The one current candidate, shared by all four tabs. */
CpProfile  *cp_window_get_profile   (CpWindow      *self);
void        cp_window_set_profile   (CpWindow      *self,
                                     CpProfile     *profile,
                                     const char    *path);
/* Replaces the current candidate without asking (tests, demos); people's
 * paths go through cp_window_open_file. */
gboolean    cp_window_load_file     (CpWindow      *self,
                                     const char    *path,
                                     GError       **error);
gboolean    cp_window_save_file     (CpWindow      *self,
                                     const char    *path,
                                     GError       **error);

/* Opens a candidate's file, as given on the command line: a file that
 * cannot be read says why in a toast; unsaved changes are asked about
 * first. FALSE when the file could not be read. */
gboolean    cp_window_open_file     (CpWindow      *self,
                                     GFile         *file);

/* Changed since last loaded or saved, and not typed back as it was. */
gboolean    cp_window_has_unsaved_changes (CpWindow *self);

typedef void (*CpWindowLeaveFunc) (CpWindow *self,
                                   gpointer  data);
/* Every way away from the current candidate comes through here: with
 * unsaved changes it asks Save / Discard / Cancel and runs @then only
 * after a save that worked or a discard; without, it runs @then at once.
 * @destroy frees @data in every case. */
void        cp_window_leave_candidate (CpWindow          *self,
                                       CpWindowLeaveFunc  then,
                                       gpointer           data,
                                       GDestroyNotify     destroy);

/* Opens saved candidate @id (the list, the agenda, a reminder), asking
 * about unsaved changes first. */
void        cp_window_open_saved    (CpWindow      *self,
                                     const char    *id);

/* Reads a class roster and shows it in its own window. */
gboolean    cp_window_open_roster   (CpWindow      *self,
                                     const char    *path,
                                     GError       **error);
/* Saves the current candidate among the saved ones (win.save). */
AdwViewStack *cp_window_get_stack   (CpWindow      *self);
void        cp_window_add_toast     (CpWindow      *self,
                                     const char    *text);
/* The agenda tab and the reminders it sends (tests). */
CpAgendaPage *cp_window_get_agenda_page (CpWindow *self);
CpReminders  *cp_window_get_reminders   (CpWindow *self);

G_END_DECLS
