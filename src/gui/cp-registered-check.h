/* cp-registered-check.h: "Registered for this session", where a session is
 * shown for the current candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cp-profile.h"

G_BEGIN_DECLS

#define CP_TYPE_REGISTERED_CHECK (cp_registered_check_get_type ())
G_DECLARE_FINAL_TYPE (CpRegisteredCheck, cp_registered_check, CP, REGISTERED_CHECK, GtkCheckButton)

GtkWidget *cp_registered_check_new (void);
/* Shows whether @profile is registered for @session_id and marks it when
 * toggled (the agenda then has the session's results and review dates).
 * Hidden while either is NULL. */
void       cp_registered_check_set (CpRegisteredCheck *self,
                                    CpProfile         *profile,
                                    const char        *session_id);

/* Another candidate, the same session. */
void       cp_registered_check_set_profile (CpRegisteredCheck *self,
                                            CpProfile         *profile);

G_END_DECLS
