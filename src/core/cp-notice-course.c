/* cp-notice-course.c: the fields of a course notice (seed 002)
 *
 * Course notices have few labels; their facts are in sentences: 总费用
 * 3500元, 协会会员 … 可按3120元, 已含 … 认定费用、教材费用, 2025 年 4 月中旬
 * 开班，7 月初考试, 每个班至少30人开班, 3人以上8折.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cp-notice-reader.h"

/* The end of the sentence or clause that starts at @start. */
static gsize
sentence_end (const char *plain,
              gsize       start,
              gsize       end)
{
  static const char * const stops[] = { "。", ";", "；", NULL };
  gsize best = MIN (end, start + 300);  /* a sentence, not the rest of a page-long line */

  for (guint i = 0; stops[i] != NULL; i++)
    {
      gssize at = cp_notice_find (plain, start, best, stops[i]);

      if (at >= 0)
        best = at;
    }
  return best;
}

/* The first "N元" in plain [@start, @end). */
static gboolean
find_yuan (const char *plain,
           gsize       start,
           gsize       end,
           gint64     *out_value,
           gsize      *out_start,
           gsize      *out_end)
{
  for (gsize i = start; cp_notice_find_number (plain, i, end, out_value, out_start, out_end); i = *out_end)
    {
      gsize after = *out_end;

      while (after < end && plain[after] == ' ')
        after++;
      if (cp_notice_find (plain, after, MIN (end, after + strlen ("元")), "元") == (gssize) after)
        return TRUE;
    }
  return FALSE;
}

static void
read_amount (CpNoticeReader *self,
             CpNoticeLine   *line,
             const char     *keyword,
             const char     *member)
{
  gssize at = cp_notice_find (self->plain, line->start, line->end, keyword);
  gint64 value;
  gsize start, end;

  if (at < 0 || json_object_has_member (self->notice->course, member))
    return;
  at += strlen (keyword);
  if (find_yuan (self->plain, at, sentence_end (self->plain, at, line->end), &value, &start, &end))
    {
      json_object_set_int_member (self->notice->course, member, value);
      cp_notice_reader_span (self, member, start, end, FALSE, NULL);
    }
}

static void
add_inclusion (JsonObject *course,
               const char *inclusion)
{
  JsonArray *includes;

  if (!json_object_has_member (course, "includes"))
    json_object_set_array_member (course, "includes", json_array_new ());
  includes = json_object_get_array_member (course, "includes");
  for (guint i = 0; i < json_array_get_length (includes); i++)
    if (g_str_equal (json_array_get_string_element (includes, i), inclusion))
      return;
  json_array_add_string_element (includes, inclusion);
}

void
cp_notice_read_inclusions (CpNoticeReader *self,
                           gsize           start,
                           gsize           end)
{
  static const struct { const char *word, *inclusion; } words[] = {
    { "培训", "training" },
    { "教材", "textbooks" },
    { "平台", "online_platform" },
    { "认定费", "first_exam_fee" },
    { "鉴定费", "first_exam_fee" },
    { "考试费", "first_exam_fee" },
    { "报考费", "first_exam_fee" },
  };
  GString *words_only = g_string_new (NULL);
  gboolean found = FALSE;

  for (gsize i = start; i < end; i++)
    if (self->plain[i] != ' ')
      g_string_append_c (words_only, self->plain[i]);
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (strstr (words_only->str, words[k].word) != NULL)
      {
        add_inclusion (self->notice->course, words[k].inclusion);
        found = TRUE;
      }
  if (found)
    cp_notice_reader_span (self, "includes", start, end, FALSE, NULL);
  g_string_free (words_only, TRUE);
}

/* "已含 …，不含 …": what follows 含 to the end of its clause, on a line
 * about fees; 不含 is the opposite. */
static void
read_included (CpNoticeReader *self,
               CpNoticeLine   *line)
{
  const char *plain = self->plain;
  gsize next = line->start;

  if (cp_notice_find (plain, line->start, line->end, "费") < 0)
    return;
  /* Each clause is read once: the next 含 is looked for after it. */
  for (gssize at = cp_notice_find (plain, line->start, line->end, "含");
       at >= 0;
       at = cp_notice_find (plain, MAX (next, (gsize) at + strlen ("含")), line->end, "含"))
    {
      gsize start = at + strlen ("含");
      gsize end = sentence_end (plain, start, line->end);
      gssize comma = cp_notice_find (plain, start, end, "，");
      gssize ascii_comma = cp_notice_find (plain, start, end, ",");
      gssize close = cp_notice_find (plain, start, end, ")");

      next = start;
      if (at >= (gssize) (line->start + strlen ("不")) && cp_notice_has_word (plain, at - strlen ("不"), at, "不"))
        continue;
      if (comma >= 0)
        end = comma;
      if (ascii_comma >= 0 && (gsize) ascii_comma < end)
        end = ascii_comma;
      if (close >= 0 && (gsize) close < end)
        end = close;
      if (end > start)
        cp_notice_read_inclusions (self, start, end);
      next = end;
    }
}

/* "2025 年 4 月中旬开班，7 月初考试". */
static void
read_months (CpNoticeReader *self,
             CpNoticeLine   *line)
{
  const char *plain = self->plain;
  JsonObject *course = self->notice->course;
  gssize opens;
  gssize exam;
  CpNoticeDate month;

  if (json_object_has_member (course, "start_month"))
    return;
  /* 开班时间：2026年3月中旬开班: the 开班 with a month just before it. */
  for (opens = cp_notice_find (plain, line->start, line->end, "开班");
       opens >= 0;
       opens = cp_notice_find (plain, opens + 1, line->end, "开班"))
    if (cp_notice_find_month_before (plain, cp_notice_back (line->start, opens, CP_NOTICE_NEAR), opens, &month) &&
        opens - (gssize) month.end <= 12)
      {
        cp_notice_reader_set_date (self, course, "start_month", "start_month", &month);
        break;
      }
  /* A start month with no year (kept for later) gives the exam month none. */
  if (opens < 0 || !json_object_has_member (course, "start_month"))
    return;

  exam = cp_notice_find (plain, opens, line->end, "考试");
  if (exam >= 0 && cp_notice_find_month_before (plain, cp_notice_back (opens, exam, CP_NOTICE_NEAR), exam, &month) &&
      exam - (gssize) month.end <= 9)
    {
      const char *start = json_object_get_string_member (course, "start_month");
      int start_year = (int) g_ascii_strtoll (start, NULL, 10);
      int start_month = (int) g_ascii_strtoll (start + 5, NULL, 10);
      gboolean guessed = month.year == 0;
      g_autofree char *text = NULL;

      if (guessed)
        month.year = month.month >= start_month ? start_year : start_year + 1;
      text = g_strdup_printf ("%04d-%02d", month.year, month.month);
      json_object_set_string_member (course, "exam_month", text);
      cp_notice_reader_span (self, "exam_month", month.start, month.end, guessed,
                             guessed ? _("The year is not written; it is taken from the start month") : NULL);
    }
}

static int
numeral (const char *plain,
         gsize       at,
         gsize       start)
{
  static const char * const numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL };

  if (at > start && g_ascii_isdigit (plain[at - 1]))
    return plain[at - 1] - '0';
  for (guint i = 0; numerals[i] != NULL; i++)
    if (at >= start + strlen (numerals[i]) && cp_notice_has_word (plain, at - strlen (numerals[i]), at, numerals[i]))
      return i + 1;
  return 0;
}

/* "3人以上成团可享8折": a group of 3 or more pays 80%, 20% off. */
static void
read_group_discount (CpNoticeReader *self,
                     CpNoticeLine   *line)
{
  const char *plain = self->plain;
  JsonObject *course = self->notice->course;
  gssize group = cp_notice_find (plain, line->start, line->end, "人以上");
  gssize tenths = group >= 0 ? cp_notice_find (plain, group, line->end, "折") : -1;
  gint64 size;
  gsize start, end;
  int paid;
  JsonObject *discount;
  JsonArray *discounts;

  if (tenths < 0 || json_object_has_member (course, "discounts") ||
      !cp_notice_find_number_before (plain, cp_notice_back (line->start, group, CP_NOTICE_NEAR), group,
                                     &size, &start, &end) ||
      end != (gsize) group)
    return;
  paid = numeral (plain, tenths, group);
  if (paid == 0 || size < 1)
    return;
  discount = json_object_new ();
  json_object_set_string_member (discount, "kind", "group");
  json_object_set_int_member (discount, "min_size", size);
  json_object_set_int_member (discount, "rate_percent", 100 - 10 * paid);
  discounts = json_array_new ();
  json_array_add_object_element (discounts, discount);
  json_object_set_array_member (course, "discounts", discounts);
  cp_notice_reader_span (self, "discounts", start, tenths + strlen ("折"), FALSE, NULL);
}

gboolean
cp_notice_read_course_line (CpNoticeReader *self,
                            CpNoticeLine   *line)
{
  static const char * const price_words[] = { "总费用", "培训费用", "学费", "培训费", NULL };

  cp_notice_read_minimum (self, line, self->notice->course, "min_class_size", "开班");
  read_months (self, line);
  for (guint i = 0; price_words[i] != NULL; i++)
    read_amount (self, line, price_words[i], "price");
  read_amount (self, line, "会员", "member_price");
  read_included (self, line);
  read_group_discount (self, line);
  return FALSE;
}

static char *
course_name (const char *plain,
             gsize       start,
             gsize       end)
{
  static const char * const prefixes[] = { "关于开展", "关于举办", "关于组织", "关于", NULL };
  static const char * const suffixes[] = { "的通知", "通知", "的公告", "公告", NULL };
  g_autofree char *title = g_strndup (plain + start, end - start);
  const char *from = title;
  gsize length;

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (from, prefixes[i]))
      {
        from += strlen (prefixes[i]);
        break;
      }
  length = strlen (from);
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (from, suffixes[i]))
      {
        length -= strlen (suffixes[i]);
        break;
      }
  return g_strstrip (g_strndup (from, length));
}

static void
find_in_opening (CpNoticeReader *self,
                 const char     *member,
                 const char     *file,
                 const char     *records,
                 const char     *key)
{
  const gssize lines[] = { self->issuer_line, self->title_line };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      CpNoticeLine *line;
      const char *id;
      gsize start, end;

      if (lines[i] < 0)
        continue;
      line = &g_array_index (self->lines, CpNoticeLine, lines[i]);
      id = file != NULL
           ? cp_notice_find_record (self, file, records, key, line->start, line->end, &start, &end)
           : cp_notice_find_region (self, line->start, line->end, &start, &end);
      if (id != NULL)
        {
          json_object_set_string_member (self->notice->course, member, id);
          cp_notice_reader_span (self, member, start, end, FALSE, NULL);
          return;
        }
    }
}

static void
move_int (JsonObject *from,
          JsonObject *to,
          const char *member)
{
  if (json_object_has_member (from, member))
    {
      json_object_set_int_member (to, member, json_object_get_int_member (from, member));
      json_object_remove_member (from, member);
    }
  else
    json_object_set_null_member (to, member);
}

void
cp_notice_finish_course (CpNoticeReader *self)
{
  JsonObject *course = self->notice->course;
  JsonObject *price = json_object_new ();
  JsonArray *prices = json_array_new ();
  g_autofree char *id = NULL;
  g_autofree char *hash = NULL;

  if (self->title_line >= 0)
    {
      CpNoticeLine *title = &g_array_index (self->lines, CpNoticeLine, self->title_line);
      g_autofree char *name = course_name (self->plain, title->start, title->end);
      JsonObject *text = json_object_new ();

      json_object_set_string_member (text, "en", name);
      json_object_set_string_member (text, "zh_CN", name);
      json_object_set_object_member (course, "name", text);
      hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, name, -1);
      cp_notice_reader_span (self, "name", title->start, title->end, FALSE, NULL);
      if (!json_object_has_member (course, "level"))
        {
          g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
          gsize start, end;

          if (cp_notice_read_levels (self, title->start, title->end, TRUE, levels, &start, &end))
            {
              json_object_set_int_member (course, "level", g_array_index (levels, int, 0));
              cp_notice_reader_span (self, "level", start, end, FALSE, NULL);
            }
        }
    }
  find_in_opening (self, "occupation", "occupations.json", "occupations", "code");
  find_in_opening (self, "provider", "courses.json", "providers", "id");
  find_in_opening (self, "region", NULL, NULL, NULL);

  /* An exam fee table of one total is the course's exam fee. */
  if (self->notice->exam_fee < 0 && json_array_get_length (self->notice->fees) > 0)
    {
      JsonObject *fee = json_array_get_object_element (self->notice->fees, 0);
      const CpNoticeSpan *span = NULL;

      for (guint i = 0; i < self->notice->spans->len && span == NULL; i++)
        if (g_str_equal (((CpNoticeSpan *) g_ptr_array_index (self->notice->spans, i))->field, "fees[0].total"))
          span = g_ptr_array_index (self->notice->spans, i);
      if (json_object_has_member (fee, "total") && span != NULL)
        {
          self->notice->exam_fee = json_object_get_int_member (fee, "total");
          cp_notice_reader_span (self, "exam_fee", span->start, span->end, FALSE, NULL);
        }
    }

  move_int (course, price, "level");
  move_int (course, price, "price");
  move_int (course, price, "member_price");
  json_array_add_object_element (prices, price);
  json_object_set_array_member (course, "prices", prices);

  id = g_strdup_printf ("notice-course-%.8s", hash != NULL ? hash : "untitled");
  json_object_set_string_member (course, "id", id);
  json_object_set_array_member (course, "sources", json_array_new ());
}
