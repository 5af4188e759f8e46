/* cp-notice.h: an exam session or a course read from the text of its notice
 *
 * An evaluation organisation publishes each session as a notice like seed
 * 004, a school each course as one like seed 002. The reader finds what it
 * can, says for every field the words it came from and whether it is sure,
 * and never invents: a field that is not in the text is absent, not 0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* A notice is a page or two; a text longer than this is not one. */
#define CP_NOTICE_MAX_BYTES (256 * 1024)

typedef enum
{
  CP_NOTICE_NOTHING,  /* nothing recognisable: say so, read nothing */
  CP_NOTICE_SESSION,  /* an exam session (认定公告) */
  CP_NOTICE_COURSE,   /* a training course (培训班通知) */
} CpNoticeKind;

/* Where one field was read: bytes [start, end) of the notice's text,
 * always on UTF-8 character boundaries. */
typedef struct
{
  char     *field;    /* "exam_date", "registration[1].closes", "fees[0].total", "price"… */
  gsize     start;
  gsize     end;
  gboolean  unsure;   /* guessed (a year taken from elsewhere, two texts that disagree…) */
  char     *why;      /* translated reason when unsure, else NULL */
} CpNoticeSpan;

typedef struct
{
  CpNoticeKind  kind;
  char         *text;       /* a copy of the text read; the spans index it */

  /* CP_NOTICE_SESSION: a session in the feed format (docs/feed-format.md)
   * with only the members found, plus "id" (made from the centre, date and
   * levels) and "sources": []. "centre" is a pack centre's id when the
   * organisation is one, else the id of @centre below. */
  JsonObject   *session;
  /* A centre record in the pack's shape when the notice's organisation is
   * not a pack centre (its name from the first line, region, address and
   * fees as found; phone and website null), else NULL. */
  JsonObject   *centre;

  /* CP_NOTICE_COURSE: a course in the shape of courses.json with only the
   * members found (name, occupation, region, prices, discounts, includes,
   * start_month, exam_month, min_class_size…). */
  JsonObject   *course;
  gint64        exam_fee;   /* a course's exam fee in yuan, -1 if not found */

  /* Both kinds: the fee table, one object per level:
   * {"level", "theory", "practical", "review", "materials", "total"},
   * each member present only when its column is. */
  JsonArray    *fees;

  GPtrArray    *spans;      /* CpNoticeSpan *, in the order of the text */
} CpNotice;

/* Reads @text (@length bytes, -1: NUL-terminated). Text that is not UTF-8,
 * is empty or too long is an error; text with nothing recognisable is not
 * (kind CP_NOTICE_NOTHING). @pack gives the occupations, levels, regions
 * and centres the names are matched to. */
CpNotice           *cp_notice_read        (CpPolicyPack *pack,
                                           const char   *text,
                                           gssize        length,
                                           GError      **error);
void                cp_notice_free        (CpNotice     *self);

/* The span of @field, or NULL. */
const CpNoticeSpan *cp_notice_find_span   (CpNotice     *self,
                                           const char   *field);
/* The names of the unsure fields, NULL-terminated; free with g_strfreev. */
char              **cp_notice_dup_unsure  (CpNotice     *self);

/* The CLI's JSON: {"kind", "session" or "course", "centre"?, "fees",
 * "exam_fee"?, "found": {field: words}, "unsure": [field…],
 * "why_unsure": {field: reason}}; a field found twice shows its first words. */
JsonNode           *cp_notice_to_json     (CpNotice     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpNotice, cp_notice_free)

G_END_DECLS
