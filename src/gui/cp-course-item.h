/* cp-course-item.h: one row of the Courses table (a course at one level)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cp-course-cost.h"

G_BEGIN_DECLS

#define CP_TYPE_COURSE_ITEM (cp_course_item_get_type ())
G_DECLARE_FINAL_TYPE (CpCourseItem, cp_course_item, CP, COURSE_ITEM, GObject)

/* Takes @cost. Text properties are for showing, "*-key" ones for sorting
 * (an unknown figure sorts last). A course is ended when its data says so
 * or when it started before the month of @on. @own_how: "notice" or
 * "hand" for one's own course, else NULL. */
CpCourseItem *cp_course_item_new      (CpPolicyPack *pack,
                                       CpCourseCost *cost,
                                       CpDay         on,
                                       const char   *own_how);
CpCourseCost *cp_course_item_get_cost (CpCourseItem *self);
const char   *cp_course_item_get_text (CpCourseItem *self,
                                       const char   *column);

G_END_DECLS
