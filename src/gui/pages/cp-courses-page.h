/* cp-courses-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"
#include "cp-user-sessions.h"

G_BEGIN_DECLS

#define CP_TYPE_COURSES_PAGE (cp_courses_page_get_type ())
G_DECLARE_FINAL_TYPE (CpCoursesPage, cp_courses_page, CP, COURSES_PAGE, AdwBin)

void        cp_courses_page_set_context (CpCoursesPage *self,
                                         CpPolicyPack  *pack,
                                         CpProfile     *profile);
/* One's own courses (from a notice or by hand), listed with the others. */
void        cp_courses_page_set_own     (CpCoursesPage  *self,
                                         CpUserSessions *own);
/* The day the certificate is taken to be issued; today unless set. */
void        cp_courses_page_set_day     (CpCoursesPage *self,
                                         CpDay          day);
/* The rows shown, after filters and sorting, for tests and export. */
GListModel *cp_courses_page_get_rows    (CpCoursesPage *self);
/* The side-by-side window for the selected courses (NULL unless 2–4). */
GtkWindow  *cp_courses_page_compare     (CpCoursesPage *self);

G_END_DECLS
