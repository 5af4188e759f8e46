/* cp-notice-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cp-notice-text.h"

/* Full-width forms (U+FF01–U+FF5E) are ASCII moved up by 0xFEE0; the
 * ideographic space and the many dashes count as their plain forms. */
static gunichar
plain_char (gunichar c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFEE0;
  if (c == 0x3000 || c == 0x00A0)
    return ' ';
  if ((c >= 0x2010 && c <= 0x2014) || c == 0x2212 || c == 0xFE63)
    return '-';
  return c;
}

static void
append (CpNoticeText *self,
        gunichar      c,
        gsize         from,
        gsize         to)
{
  gsize before = self->plain->len;

  g_string_append_unichar (self->plain, c);
  for (gsize i = before; i < self->plain->len; i++)
    {
      g_array_append_val (self->from, from);
      g_array_append_val (self->to, to);
    }
}

CpNoticeText *
cp_notice_text_new (const char *text,
                    gsize       length)
{
  CpNoticeText *self = g_new0 (CpNoticeText, 1);
  const char *end = text + length;
  const char *p = text;

  self->plain = g_string_sized_new (length);
  self->from = g_array_sized_new (FALSE, FALSE, sizeof (gsize), length);
  self->to = g_array_sized_new (FALSE, FALSE, sizeof (gsize), length);

  while (p < end)
    {
      const char *next = g_utf8_next_char (p);
      gunichar c = plain_char (g_utf8_get_char (p));

      if (next > end)
        break;
      /* ** marks bold in pasted Markdown; a single * is a sign (2400*30%). */
      if (c == '*' && next < end && plain_char (g_utf8_get_char (next)) == '*')
        {
          p = g_utf8_next_char (next);
          continue;
        }
      if (c == '\r')
        {
          if (next < end && *next == '\n')
            {
              p = next;
              continue;
            }
          c = '\n';
        }
      append (self, c, p - text, next - text);
      p = next;
    }
  return self;
}

void
cp_notice_text_free (CpNoticeText *self)
{
  if (self == NULL)
    return;
  g_string_free (self->plain, TRUE);
  g_array_unref (self->from);
  g_array_unref (self->to);
  g_free (self);
}

void
cp_notice_text_to_original (CpNoticeText *self,
                            gsize         start,
                            gsize         end,
                            gsize        *out_start,
                            gsize        *out_end)
{
  g_return_if_fail (start < end && end <= self->plain->len);

  *out_start = g_array_index (self->from, gsize, start);
  *out_end = g_array_index (self->to, gsize, end - 1);
}

gboolean
cp_notice_has_word (const char *plain,
                    gsize       i,
                    gsize       end,
                    const char *word)
{
  gsize length = strlen (word);

  return i + length <= end && memcmp (plain + i, word, length) == 0;
}

gssize
cp_notice_find (const char *plain,
                gsize       start,
                gsize       end,
                const char *needle)
{
  const char *found;

  if (start >= end)
    return -1;
  found = g_strstr_len (plain + start, end - start, needle);
  return found != NULL ? found - plain : -1;
}

static gboolean
is_digit (const char *plain,
          gsize       i,
          gsize       end)
{
  return i < end && g_ascii_isdigit (plain[i]);
}

/* The digits at @i (no more than @max of them, and not part of a longer
 * run); @i moves past them. */
static gboolean
read_digits (const char *plain,
             gsize      *i,
             gsize       end,
             guint       min,
             guint       max,
             int        *out_value)
{
  gsize j = *i;
  int value = 0;

  while (is_digit (plain, j, end) && j - *i < max)
    value = value * 10 + (plain[j++] - '0');
  if (j - *i < min || is_digit (plain, j, end))
    return FALSE;
  *i = j;
  *out_value = value;
  return TRUE;
}

static void
skip_spaces (const char *plain,
             gsize      *i,
             gsize       end)
{
  while (*i < end && (plain[*i] == ' ' || plain[*i] == '\t'))
    (*i)++;
}

/* @word, after spaces; @i moves past it. */
static gboolean
read_word (const char *plain,
           gsize      *i,
           gsize       end,
           const char *word)
{
  gsize j = *i;

  skip_spaces (plain, &j, end);
  if (!cp_notice_has_word (plain, j, end, word))
    return FALSE;
  *i = j + strlen (word);
  return TRUE;
}

static gboolean
valid (const CpNoticeDate *date)
{
  if (date->month < 1 || date->month > 12)
    return FALSE;
  if (date->day == 0)
    return date->year == 0 || (date->year >= 1900 && date->year <= 2199);
  if (date->year == 0)
    return g_date_valid_dmy (date->day, date->month, 2000);  /* 2000 has a 29 February */
  return date->year >= 1900 && date->year <= 2199 &&
         g_date_valid_dmy (date->day, date->month, date->year);
}

/* 年 月 日 with or without the year, the spaces between them allowed;
 * @month_only stops after 月. */
static gboolean
read_chinese (const char   *plain,
              gsize         start,
              gsize         end,
              gboolean      month_only,
              CpNoticeDate *date)
{
  gsize i = start;
  int first;

  if (!read_digits (plain, &i, end, 1, 4, &first))
    return FALSE;
  if (i - start == 4)
    {
      date->year = first;
      if (!read_word (plain, &i, end, "年"))
        return FALSE;
      skip_spaces (plain, &i, end);
      if (!read_digits (plain, &i, end, 1, 2, &date->month))
        return FALSE;
    }
  else if (i - start <= 2)
    date->month = first;
  else
    return FALSE;
  if (!read_word (plain, &i, end, "月"))
    return FALSE;
  date->end = i;
  if (month_only)
    return TRUE;
  skip_spaces (plain, &i, end);
  if (!read_digits (plain, &i, end, 1, 2, &date->day))
    return FALSE;
  if (!read_word (plain, &i, end, "日") && !read_word (plain, &i, end, "号"))
    return FALSE;
  date->end = i;
  return TRUE;
}

/* 2026-3-23, 2026/3/23, 2026.3.23: the same separator twice. */
static gboolean
read_numeric (const char   *plain,
              gsize         start,
              gsize         end,
              CpNoticeDate *date)
{
  gsize i = start;
  char separator;

  if (!read_digits (plain, &i, end, 4, 4, &date->year) || i >= end)
    return FALSE;
  separator = plain[i];
  if (separator != '-' && separator != '/' && separator != '.')
    return FALSE;
  i++;
  if (!read_digits (plain, &i, end, 1, 2, &date->month) || i >= end || plain[i] != separator)
    return FALSE;
  i++;
  if (!read_digits (plain, &i, end, 1, 2, &date->day))
    return FALSE;
  /* 2026.3.23.5 is a version, not a date. */
  if (i + 1 < end && plain[i] == separator && g_ascii_isdigit (plain[i + 1]))
    return FALSE;
  date->end = i;
  return TRUE;
}

/* 〇 一 … 九 as 0 … 9 (零 for 〇 too), or -1. */
static int
numeral_at (const char *plain,
            gsize       i,
            gsize       end)
{
  static const char * const numerals[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL };

  if (cp_notice_has_word (plain, i, end, "零"))
    return 0;
  for (guint k = 0; numerals[k] != NULL; k++)
    if (cp_notice_has_word (plain, i, end, numerals[k]))
      return k;
  return -1;
}

/* 九, 十, 十二, 二十, 三十一: at most 31; @i moves past it. */
static gboolean
read_numeral_number (const char *plain,
                     gsize      *i,
                     gsize       end,
                     int        *out_value)
{
  int tens = 0, ones = numeral_at (plain, *i, end);
  gsize j = *i;

  if (ones > 0)
    j += strlen ("一");
  if (cp_notice_has_word (plain, j, end, "十"))
    {
      tens = ones > 0 ? ones : 1;
      j += strlen ("十");
      ones = numeral_at (plain, j, end);
      if (ones > 0)
        j += strlen ("一");
      else
        ones = 0;
    }
  if (j == *i || ones < 0 || tens * 10 + ones > 31)
    return FALSE;
  *out_value = tens * 10 + ones;
  *i = j;
  return TRUE;
}

/* 二〇二六年三月九日, as official notices sign them. */
static gboolean
read_numerals (const char   *plain,
               gsize         start,
               gsize         end,
               CpNoticeDate *date)
{
  gsize i = start;

  for (guint k = 0; k < 4; k++, i += strlen ("一"))
    {
      int digit = numeral_at (plain, i, end);

      if (digit < 0)
        return FALSE;
      date->year = date->year * 10 + digit;
    }
  if (!read_word (plain, &i, end, "年") || !read_numeral_number (plain, &i, end, &date->month) ||
      !read_word (plain, &i, end, "月") || !read_numeral_number (plain, &i, end, &date->day) ||
      !(read_word (plain, &i, end, "日") || read_word (plain, &i, end, "号")))
    return FALSE;
  date->end = i;
  return TRUE;
}

static gboolean
date_at (const char   *plain,
         gsize         i,
         gsize         end,
         gboolean      month_only,
         CpNoticeDate *out_date)
{
  CpNoticeDate date = { 0, 0, 0, i, i };

  /* Only where a numeral starts (三 bytes, the first from 0xE3 to 0xE9). */
  if (!month_only && (guchar) plain[i] >= 0xE3 && (guchar) plain[i] <= 0xE9 &&
      (i < 3 || numeral_at (plain, i - 3, end) < 0) &&
      read_numerals (plain, i, end, &date) && valid (&date))
    {
      *out_date = date;
      return TRUE;
    }
  date = (CpNoticeDate) { 0, 0, 0, i, i };
  if (!g_ascii_isdigit (plain[i]) || (i > 0 && g_ascii_isdigit (plain[i - 1])))
    return FALSE;
  if (!month_only && read_numeric (plain, i, end, &date) && valid (&date))
    {
      *out_date = date;
      return TRUE;
    }
  date = (CpNoticeDate) { 0, 0, 0, i, i };
  if (read_chinese (plain, i, end, month_only, &date) && valid (&date))
    {
      *out_date = date;
      return TRUE;
    }
  return FALSE;
}

gboolean
cp_notice_find_date (const char   *plain,
                     gsize         start,
                     gsize         end,
                     CpNoticeDate *out_date)
{
  for (gsize i = start; i < end; i++)
    if (date_at (plain, i, end, FALSE, out_date))
      return TRUE;
  return FALSE;
}

gboolean
cp_notice_find_last_date (const char   *plain,
                          gsize         start,
                          gsize         end,
                          CpNoticeDate *out_date)
{
  gboolean found = FALSE;
  CpNoticeDate date;

  for (gsize i = start; i < end && cp_notice_find_date (plain, i, end, &date); i = date.end)
    {
      *out_date = date;
      found = TRUE;
    }
  return found;
}

gboolean
cp_notice_find_month_before (const char   *plain,
                             gsize         start,
                             gsize         end,
                             CpNoticeDate *out_month)
{
  gboolean found = FALSE;

  for (gsize i = start; i < end; i++)
    {
      CpNoticeDate month;

      if (date_at (plain, i, end, TRUE, &month))
        {
          *out_month = month;
          out_month->day = 0;
          found = TRUE;
          i = month.end - 1;
        }
    }
  return found;
}

gboolean
cp_notice_find_number (const char *plain,
                       gsize       start,
                       gsize       end,
                       gint64     *out_value,
                       gsize      *out_start,
                       gsize      *out_end)
{
  for (gsize i = start; i < end; i++)
    {
      gsize j = i;
      int value;

      if (!g_ascii_isdigit (plain[i]) || (i > 0 && g_ascii_isdigit (plain[i - 1])))
        continue;
      if (read_digits (plain, &j, end, 1, 9, &value))
        {
          *out_value = value;
          *out_start = i;
          *out_end = j;
          return TRUE;
        }
      while (is_digit (plain, i + 1, end))
        i++;
    }
  return FALSE;
}

gboolean
cp_notice_find_number_before (const char *plain,
                              gsize       start,
                              gsize       end,
                              gint64     *out_value,
                              gsize      *out_start,
                              gsize      *out_end)
{
  gsize j = end;

  while (j > start && !g_ascii_isdigit (plain[j - 1]))
    j--;
  if (j == start)
    return FALSE;
  *out_end = j;
  while (j > start && g_ascii_isdigit (plain[j - 1]))
    j--;
  if (*out_end - j > 9 || (j > 0 && g_ascii_isdigit (plain[j - 1])))
    return FALSE;
  *out_start = j;
  *out_value = g_ascii_strtoll (plain + j, NULL, 10);
  return TRUE;
}
