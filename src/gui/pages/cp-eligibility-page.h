/* cp-eligibility-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-candidate-editor.h"
#include "cp-level-list.h"

G_BEGIN_DECLS

#define CP_TYPE_ELIGIBILITY_PAGE (cp_eligibility_page_get_type ())
G_DECLARE_FINAL_TYPE (CpEligibilityPage, cp_eligibility_page, CP, ELIGIBILITY_PAGE, AdwBin)

void               cp_eligibility_page_set_context (CpEligibilityPage *self,
                                                    CpPolicyPack      *pack,
                                                    CpProfile         *profile);
/* The day the answers are for; today unless set (tests, screenshots). */
void               cp_eligibility_page_set_day     (CpEligibilityPage *self,
                                                    CpDay              day);
CpCandidateEditor *cp_eligibility_page_get_editor  (CpEligibilityPage *self);
CpLevelList       *cp_eligibility_page_get_levels  (CpEligibilityPage *self);

G_END_DECLS
