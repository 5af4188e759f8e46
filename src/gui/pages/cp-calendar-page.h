/* cp-calendar-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

#define CP_TYPE_CALENDAR_PAGE (cp_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (CpCalendarPage, cp_calendar_page, CP, CALENDAR_PAGE, AdwBin)

void cp_calendar_page_set_context (CpCalendarPage *self,
                                   CpPolicyPack *pack,
                                   CpProfile    *profile);

G_END_DECLS
