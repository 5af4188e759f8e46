/* cp-notice-reader.h: what the parts of the notice reader share
 *
 * One pass over the lines of the plain text; each part looks at the line
 * in hand (and, for a label whose value is on the next line, that line)
 * and no more, so reading is linear in the length of the notice. Private
 * to cp-notice*.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-notice.h"
#include "cp-notice-text.h"

G_BEGIN_DECLS

typedef struct
{
  gsize    start;   /* in plain, without leading spaces */
  gsize    end;     /* before the \n, without trailing spaces */
  gboolean used;    /* its words went into a field already */
} CpNoticeLine;

typedef struct
{
  JsonObject   *object;  /* borrowed from the result */
  char         *member;
  CpNoticeDate  date;
  guint         span;    /* index in the result's spans */
} CpNoticePendingDate;

typedef enum
{
  CP_NOTICE_COLUMN_NONE,
  CP_NOTICE_COLUMN_LEVEL,
  CP_NOTICE_COLUMN_THEORY,
  CP_NOTICE_COLUMN_PRACTICAL,
  CP_NOTICE_COLUMN_REVIEW,
  CP_NOTICE_COLUMN_MATERIALS,
  CP_NOTICE_COLUMN_TOTAL,
  CP_NOTICE_COLUMN_EXAM_FEE,
  CP_NOTICE_COLUMN_TRAINING,
  CP_NOTICE_COLUMN_PRICE,
  CP_NOTICE_COLUMN_MEMBER_PRICE,
} CpNoticeColumn;

typedef struct
{
  CpPolicyPack  *pack;
  CpNoticeText  *text;
  const char    *plain;
  GArray        *lines;        /* CpNoticeLine */
  guint          current;      /* index of the line in hand */
  CpNotice      *notice;       /* spans in plain offsets until the end */

  gboolean       seen_label;   /* past the title and the opening lines */
  gssize         title_line;   /* -1 */
  gssize         issuer_line;  /* -1 */
  gboolean       in_registration;
  gboolean       channel_waiting;  /* a channel named, its date not yet read */
  gsize          channel_start;    /* its name */
  gsize          channel_end;
  gsize          label_start;      /* the registration label, for a channel with no name */
  gsize          label_end;
  gsize          address_start;    /* the exam address, if read */
  gsize          address_end;
  GArray        *urls;         /* gsize pairs: start and end of each web address */
  GArray        *columns;      /* CpNoticeColumn of the fee table in hand, or empty */
  CpNoticeDate   published;    /* year 0 until found */
  CpNoticeDate   intro_exam;   /* "拟定于 DATE", year 0 until found */
  char          *other_occupation;  /* named beside the plan number */
  GArray        *pending;      /* CpNoticePendingDate: dates with no year */
} CpNoticeReader;

/* Records that @field came from plain [@start, @end); returns its index. */
guint        cp_notice_reader_span        (CpNoticeReader     *self,
                                           const char         *field,
                                           gsize               start,
                                           gsize               end,
                                           gboolean            unsure,
                                           const char         *why);
void         cp_notice_reader_mark_unsure (CpNoticeReader     *self,
                                           const char         *field,
                                           const char         *why);
/* Sets @object.@member to the date as YYYY-MM-DD (or YYYY-MM for a month),
 * or keeps it for later when the text gave no year. */
void         cp_notice_reader_set_date    (CpNoticeReader     *self,
                                           JsonObject         *object,
                                           const char         *member,
                                           const char         *field,
                                           const CpNoticeDate *date);
/* The line after the current one that has words, or NULL. */
CpNoticeLine *cp_notice_reader_next_line  (CpNoticeReader     *self);
/* The line without its list marker: "(一)", "一、", "1.", "(1)", "- ". */
gsize        cp_notice_skip_marker        (const char         *plain,
                                           gsize               start,
                                           gsize               end);

/* Levels named in plain [@start, @end), in order and once each, known to
 * the pack. @ranks_only: only "三级" forms (a title names a 技师学院).
 * @out_start, @out_end (may be NULL): from the first name to the last. */
gboolean     cp_notice_read_levels        (CpNoticeReader     *self,
                                           gsize               start,
                                           gsize               end,
                                           gboolean            ranks_only,
                                           GArray             *levels,
                                           gsize              *out_start,
                                           gsize              *out_end);
/* A pack record's id whose zh_CN name is in plain [@start, @end), or NULL;
 * @out_start/@out_end: where. @key is "id" or "code". */
const char  *cp_notice_find_record        (CpNoticeReader     *self,
                                           const char         *file,
                                           const char         *member,
                                           const char         *key,
                                           gsize               start,
                                           gsize               end,
                                           gsize              *out_start,
                                           gsize              *out_end);
/* The city (or, failing one, the province) named in plain [@start, @end). */
const char  *cp_notice_find_region        (CpNoticeReader     *self,
                                           gsize               start,
                                           gsize               end,
                                           gsize              *out_start,
                                           gsize              *out_end);

/* Each part looks at the current line and returns TRUE if it used it. */
gboolean     cp_notice_read_session_line  (CpNoticeReader     *self,
                                           CpNoticeLine       *line);
gboolean     cp_notice_read_course_line   (CpNoticeReader     *self,
                                           CpNoticeLine       *line);
gboolean     cp_notice_read_table_line    (CpNoticeReader     *self,
                                           CpNoticeLine       *line);
/* What a price covers, from a "含 …" clause or a "培训费(含教材…)"
 * header cell in plain [@start, @end). */
void         cp_notice_read_inclusions    (CpNoticeReader     *self,
                                           gsize               start,
                                           gsize               end);
/* "满 30 人才开考", "至少30人开班": the number of people just before
 * @keyword on the line, into @object.@member. */
void         cp_notice_read_minimum       (CpNoticeReader     *self,
                                           CpNoticeLine       *line,
                                           JsonObject         *object,
                                           const char         *member,
                                           const char         *keyword);
/* After the last line: what needs the whole notice (the centre, ids…). */
void         cp_notice_finish_session     (CpNoticeReader     *self);
void         cp_notice_finish_course      (CpNoticeReader     *self);

G_END_DECLS
