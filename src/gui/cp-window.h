/* cp-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-application.h"
#include "cp-profile.h"

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
gboolean    cp_window_load_file     (CpWindow      *self,
                                     const char    *path,
                                     GError       **error);
gboolean    cp_window_save_file     (CpWindow      *self,
                                     const char    *path,
                                     GError       **error);

/* Reads a class roster and shows it in its own window. */
gboolean    cp_window_open_roster   (CpWindow      *self,
                                     const char    *path,
                                     GError       **error);
/* Saves the current candidate among the saved ones (win.save). */
AdwViewStack *cp_window_get_stack   (CpWindow      *self);
void        cp_window_add_toast     (CpWindow      *self,
                                     const char    *text);

G_END_DECLS
