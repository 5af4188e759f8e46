/* cp-subsidy-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

#define CP_TYPE_SUBSIDY_PAGE (cp_subsidy_page_get_type ())
G_DECLARE_FINAL_TYPE (CpSubsidyPage, cp_subsidy_page, CP, SUBSIDY_PAGE, AdwBin)

void        cp_subsidy_page_set_context (CpSubsidyPage *self,
                                         CpPolicyPack  *pack,
                                         CpProfile     *profile);
/* The day asked about, and the default issue day; today unless set. */
void        cp_subsidy_page_set_day     (CpSubsidyPage *self,
                                         CpDay          day);
/* The big figure, as shown ("3120 yuan"), for tests. */
const char *cp_subsidy_page_get_amount_text (CpSubsidyPage *self);

G_END_DECLS
