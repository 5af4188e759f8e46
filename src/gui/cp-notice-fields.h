/* cp-notice-fields.h: the fields of a session or course read from a
 * notice (or entered by hand), as the rows a person checks and corrects
 *
 * A field is a path into a draft record ("exam_date",
 * "registration[1].closes", "fees[0].total", "prices[0].member_price"),
 * the same names the notice reader gives its spans. The draft is the
 * record with the notice's fee table (and a course's exam fee) put in as
 * members "fees" and "exam_fee", so that one path reaches everything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-notice.h"

G_BEGIN_DECLS

typedef enum
{
  CP_FIELD_TEXT,
  CP_FIELD_DATE,     /* YYYY-MM-DD */
  CP_FIELD_MONTH,    /* YYYY-MM */
  CP_FIELD_NUMBER,   /* a whole number (places, yuan) */
  CP_FIELD_LEVELS,   /* "3" or "3/4" */
  CP_FIELD_LIST,     /* strings, shown "a, b" */
} CpFieldKind;

typedef struct
{
  char        *path;
  char        *label;   /* in the UI language */
  CpFieldKind  kind;
} CpNoticeField;

/* The draft of @notice's session or course: a copy of the record with
 * "fees" (and for a course "exam_fee") added. NULL for CP_NOTICE_NOTHING. */
JsonObject *cp_notice_draft_new         (CpNotice     *notice);
/* The rows to show for @draft, whose kind is @kind: the usual fields
 * whether found or not, then one per registration channel and fee found.
 * CpNoticeField *. */
GPtrArray  *cp_notice_fields_list       (CpPolicyPack *pack,
                                         CpNoticeKind  kind,
                                         JsonObject   *draft);
/* The field's value in @draft as text ("" when absent or null). */
char       *cp_notice_field_get_text    (const CpNoticeField *field,
                                         JsonObject          *draft);
/* Sets the field in @draft from @text ("" makes it null); FALSE with a
 * message in the UI language when @text is not of the field's kind. */
gboolean    cp_notice_field_set_text    (const CpNoticeField *field,
                                         JsonObject          *draft,
                                         const char          *text,
                                         GError             **error);
/* The record to save from @draft: a copy without "fees" and "exam_fee". */
JsonObject *cp_notice_draft_to_record   (JsonObject   *draft);
void        cp_notice_field_free        (CpNoticeField *field);
/* A deep copy (json_node_copy would share the members). */
JsonObject *cp_notice_copy_object       (JsonObject   *object);

G_END_DECLS
