/* cp-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"

G_BEGIN_DECLS

#define CP_TYPE_APPLICATION (cp_application_get_type ())
G_DECLARE_FINAL_TYPE (CpApplication, cp_application, CP, APPLICATION, AdwApplication)

CpApplication *cp_application_new             (void);
CpPolicyPack  *cp_application_get_policy_pack (CpApplication *self);
/* Why the user's own policy data is not used, or NULL. */
const char    *cp_application_get_pack_problem (CpApplication *self);
GSettings     *cp_application_get_settings    (CpApplication *self);

G_END_DECLS
