/* cp-courses-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

#define CP_TYPE_COURSES_PAGE (cp_courses_page_get_type ())
G_DECLARE_FINAL_TYPE (CpCoursesPage, cp_courses_page, CP, COURSES_PAGE, AdwBin)

void cp_courses_page_set_context (CpCoursesPage *self,
                                  CpPolicyPack *pack,
                                  CpProfile    *profile);

G_END_DECLS
