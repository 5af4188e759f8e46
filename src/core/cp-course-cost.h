/* cp-course-cost.h: what a training course really costs a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-subsidy.h"

G_BEGIN_DECLS

typedef struct
{
  int         group_size;   /* people enrolling together, 1 for one person */
  gboolean    member;       /* the employer is a member of the organiser */
  const char *city;         /* where the subsidy is claimed; NULL: the candidate's */
  CpDay       on;           /* the certificate is taken to be issued that day */
} CpCourseTerms;

typedef struct
{
  JsonObject      *course;     /* borrowed */
  int              level;
  gint64           price;      /* list price; CP_YUAN_UNKNOWN if not given */
  gint64           discount;   /* taken off the price */
  char            *discount_text;
  gint64           exam_fee;   /* 0 when included */
  gint64           upfront;    /* price − discount + exam fee */
  gint64           subsidy;    /* 0 without a candidate or when not eligible; UNKNOWN for a range */
  gint64           after_subsidy;
  gint64           subsidy_min;          /* the subsidy's range, and what the course */
  gint64           subsidy_max;          /* then costs: a range in, a range out */
  gint64           after_subsidy_min;    /* (upfront − subsidy_max) */
  gint64           after_subsidy_max;    /* (upfront − subsidy_min) */
  char            *prices_published;     /* the date (or month) of the document the prices come from */
  CpSubsidyAnswer *subsidy_answer;  /* NULL without a candidate */
  GPtrArray       *unknown;    /* char *: the terms the data does not give */
} CpCourseCost;

/* @profile may be NULL: then no subsidy is counted, and the result says so. */
CpCourseCost *cp_course_cost_new   (CpPolicyPack        *pack,
                                    JsonObject          *course,
                                    int                  level,
                                    CpProfile           *profile,
                                    const CpCourseTerms *terms);
void          cp_course_cost_free  (CpCourseCost        *self);

/* Every course and level of the pack, filtered by @level (0: all) and
 * @city (NULL: all), as CpCourseCost *. */
GPtrArray    *cp_course_costs_list (CpPolicyPack        *pack,
                                    CpProfile           *profile,
                                    int                  level,
                                    const char          *city,
                                    const CpCourseTerms *terms);

JsonNode     *cp_course_costs_to_json (GPtrArray *costs);
/* UTF-8 with a byte-order mark, so spreadsheet programs read Chinese right. */
char         *cp_course_costs_to_csv  (GPtrArray *costs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpCourseCost, cp_course_cost_free)

G_END_DECLS
