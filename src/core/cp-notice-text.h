/* cp-notice-text.h: a notice's text made plain, with the way back
 *
 * Notices mix full-width and half-width digits and punctuation, wrap dates
 * in ** bold markers and end lines with \r\n. The reader works on a plain
 * copy (ASCII digits and punctuation, no markers) in which every byte
 * remembers the original character it came from, so that a span found in
 * the copy is the exact words of the original. Private to cp-notice*.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GString *plain;
  GArray  *from;   /* gsize per byte of plain: where its character starts in the original */
  GArray  *to;     /* gsize per byte of plain: where its character ends in the original */
} CpNoticeText;

/* @text must be valid UTF-8 of @length bytes. */
CpNoticeText *cp_notice_text_new         (const char   *text,
                                          gsize         length);
void          cp_notice_text_free        (CpNoticeText *self);
/* The original bytes of plain [@start, @end), @end > @start. */
void          cp_notice_text_to_original (CpNoticeText *self,
                                          gsize         start,
                                          gsize         end,
                                          gsize        *out_start,
                                          gsize        *out_end);

/* How far around a keyword its number or month is looked for: far enough
 * for "2025 年 4 月中旬开班", near enough that a line of ten thousand
 * keywords is read in linear time. */
#define CP_NOTICE_NEAR 40

/* @at - @distance, but not before @start. */
static inline gsize
cp_notice_back (gsize start,
                gsize at,
                gsize distance)
{
  return at > start + distance ? at - distance : start;
}

/* A date or month as written, in plain; year 0 when the text gives none. */
typedef struct
{
  int   year;
  int   month;
  int   day;     /* 0 for a month alone */
  gsize start;
  gsize end;
} CpNoticeDate;

/* The first date in plain [@start, @end): 2026-3-23, 2026/03/23,
 * 2026.3.23, 2026年3月23日, 二〇二六年三月二十三日, 3月23日. Impossible
 * days are not dates. */
gboolean      cp_notice_find_date        (const char   *plain,
                                          gsize         start,
                                          gsize         end,
                                          CpNoticeDate *out_date);
/* The last, for "from … to …" ranges. */
gboolean      cp_notice_find_last_date   (const char   *plain,
                                          gsize         start,
                                          gsize         end,
                                          CpNoticeDate *out_date);
/* The last "2025 年 4 月" or "4 月" before @end, not farther back than
 * @start; a full date counts as its month. */
gboolean      cp_notice_find_month_before (const char  *plain,
                                           gsize        start,
                                           gsize        end,
                                           CpNoticeDate *out_month);

/* A whole number of at most 9 digits starting at or after @start, before
 * @end: its value and bytes. */
gboolean      cp_notice_find_number      (const char   *plain,
                                          gsize         start,
                                          gsize         end,
                                          gint64       *out_value,
                                          gsize        *out_start,
                                          gsize        *out_end);
/* The nearest number ending at or before @end, no farther back than
 * @start; never part of a longer number that starts before @start. */
gboolean      cp_notice_find_number_before (const char *plain,
                                            gsize       start,
                                            gsize       end,
                                            gint64     *out_value,
                                            gsize      *out_start,
                                            gsize      *out_end);

/* Whether plain has @word at @i, before @end. */
gboolean      cp_notice_has_word         (const char   *plain,
                                          gsize         i,
                                          gsize         end,
                                          const char   *word);

/* Where @needle first is in plain [@start, @end), or -1. */
gssize        cp_notice_find             (const char   *plain,
                                          gsize         start,
                                          gsize         end,
                                          const char   *needle);

G_END_DECLS
