/* cp-notice.c: reading a notice, line by line, once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cp-notice-reader.h"
#include "cp-json-guard.h"

static void
span_free (gpointer data)
{
  CpNoticeSpan *span = data;

  g_free (span->field);
  g_free (span->why);
  g_free (span);
}

void
cp_notice_free (CpNotice *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_clear_pointer (&self->session, json_object_unref);
  g_clear_pointer (&self->centre, json_object_unref);
  g_clear_pointer (&self->course, json_object_unref);
  g_clear_pointer (&self->fees, json_array_unref);
  g_ptr_array_unref (self->spans);
  g_free (self);
}

guint
cp_notice_reader_span (CpNoticeReader *self,
                       const char     *field,
                       gsize           start,
                       gsize           end,
                       gboolean        unsure,
                       const char     *why)
{
  CpNoticeSpan *span = g_new0 (CpNoticeSpan, 1);

  span->field = g_strdup (field);
  span->start = start;
  span->end = MAX (end, start);
  span->unsure = unsure;
  span->why = g_strdup (why);
  g_ptr_array_add (self->notice->spans, span);
  return self->notice->spans->len - 1;
}

void
cp_notice_reader_mark_unsure (CpNoticeReader *self,
                              const char     *field,
                              const char     *why)
{
  for (guint i = 0; i < self->notice->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (self->notice->spans, i);

      if (g_str_equal (span->field, field) && !span->unsure)
        {
          span->unsure = TRUE;
          span->why = g_strdup (why);
        }
    }
}

static void
set_date_member (JsonObject         *object,
                 const char         *member,
                 const CpNoticeDate *date)
{
  g_autofree char *text = date->day == 0
                          ? g_strdup_printf ("%04d-%02d", date->year, date->month)
                          : g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);

  json_object_set_string_member (object, member, text);
}

void
cp_notice_reader_set_date (CpNoticeReader     *self,
                           JsonObject         *object,
                           const char         *member,
                           const char         *field,
                           const CpNoticeDate *date)
{
  guint span = cp_notice_reader_span (self, field, date->start, date->end, FALSE, NULL);

  if (date->year != 0)
    set_date_member (object, member, date);
  else
    {
      CpNoticePendingDate pending = { object, g_strdup (member), *date, span };

      g_array_append_val (self->pending, pending);
    }
}

CpNoticeLine *
cp_notice_reader_next_line (CpNoticeReader *self)
{
  for (guint i = self->current + 1; i < self->lines->len; i++)
    {
      CpNoticeLine *line = &g_array_index (self->lines, CpNoticeLine, i);

      if (line->end > line->start)
        return line;
    }
  return NULL;
}

gsize
cp_notice_skip_marker (const char *plain,
                       gsize       start,
                       gsize       end)
{
  static const char * const numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL };
  gsize i = start;

  if (cp_notice_has_word (plain, i, end, "- ") || cp_notice_has_word (plain, i, end, "• "))
    i += plain[i] == '-' ? 2 : strlen ("• ");
  while (i < end && plain[i] == ' ')
    i++;
  if (i < end && plain[i] == '(')
    {
      gssize close = cp_notice_find (plain, i, MIN (end, i + 12), ")");

      if (close > 0)
        i = close + 1;
    }
  else if (i < end && g_ascii_isdigit (plain[i]))
    {
      gsize j = i;

      while (j < end && g_ascii_isdigit (plain[j]))
        j++;
      if (cp_notice_has_word (plain, j, end, ".") && !(j + 1 < end && g_ascii_isdigit (plain[j + 1])))
        i = j + 1;
      else if (cp_notice_has_word (plain, j, end, "、"))
        i = j + strlen ("、");
    }
  else
    for (guint k = 0; numerals[k] != NULL; k++)
      if (cp_notice_has_word (plain, i, end, numerals[k]) &&
          cp_notice_has_word (plain, i + strlen (numerals[k]), end, "、"))
        {
          i += strlen (numerals[k]) + strlen ("、");
          break;
        }
  while (i < end && plain[i] == ' ')
    i++;
  return i;
}

static GArray *
split_lines (const char *plain,
             gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (CpNoticeLine));
  gsize start = 0;

  while (start <= length)
    {
      const char *newline = memchr (plain + start, '\n', length - start);
      gsize end = newline != NULL ? (gsize) (newline - plain) : length;
      CpNoticeLine line = { start, end, FALSE };

      while (line.start < line.end && g_ascii_isspace (plain[line.start]))
        line.start++;
      /* "## 关于…的通知": a Markdown heading's marks are not its words. */
      if (line.start < line.end && plain[line.start] == '#')
        {
          gsize words = line.start;

          while (words < line.end && plain[words] == '#')
            words++;
          if (words < line.end && plain[words] == ' ')
            {
              line.start = words;
              while (line.start < line.end && plain[line.start] == ' ')
                line.start++;
            }
        }
      while (line.end > line.start && g_ascii_isspace (plain[line.end - 1]))
        line.end--;
      g_array_append_val (lines, line);
      start = end + 1;
    }
  return lines;
}

/* A notice announces what is to come: a month and day that would fall
 * before the notice's own date is in the following year (a December
 * notice for a January exam). */
static gboolean
falls_before (const CpNoticeDate *date,
              const CpNoticeDate *notice)
{
  if (date->month != notice->month)
    return date->month < notice->month;
  return date->day != 0 && date->day < notice->day;
}

/* A date with no year takes the notice's own (its signature date), or
 * failing that the exam's; either way it is a guess, and said to be. */
static void
resolve_years (CpNoticeReader *self)
{
  JsonObject *session = self->notice->session;
  int year = self->published.year;
  gboolean from_notice = year != 0;
  const char *why = _("The year is not written; it is taken from the notice’s date");

  if (year == 0 && json_object_has_member (session, "exam_date"))
    {
      year = (int) g_ascii_strtoll (json_object_get_string_member (session, "exam_date"), NULL, 10);
      why = _("The year is not written; it is taken from the exam date");
    }
  for (guint i = 0; i < self->pending->len; i++)
    {
      CpNoticePendingDate *pending = &g_array_index (self->pending, CpNoticePendingDate, i);
      CpNoticeSpan *span = g_ptr_array_index (self->notice->spans, pending->span);

      span->unsure = TRUE;
      g_free (span->why);
      if (year == 0)
        {
          span->why = g_strdup (_("The year is not written anywhere in the notice"));
          continue;
        }
      pending->date.year = year;
      if (from_notice && falls_before (&pending->date, &self->published))
        {
          pending->date.year = year + 1;
          span->why = g_strdup (_("The year is not written; the day would fall before the notice’s date, "
                                  "so it is taken as the next year"));
        }
      else
        span->why = g_strdup (why);
      set_date_member (pending->object, pending->member, &pending->date);
    }
}

static gboolean
has_any (JsonObject         *object,
         const char * const *members)
{
  for (guint i = 0; members[i] != NULL; i++)
    if (json_object_has_member (object, members[i]))
      return TRUE;
  return FALSE;
}

static CpNoticeKind
decide_kind (CpNoticeReader *self)
{
  static const char * const session_members[] = {
    "exam_date", "registration_code", "capacity", "papers_due", NULL
  };
  static const char * const course_members[] = {
    "price", "member_price", "start_month", "min_class_size", NULL
  };
  CpNotice *notice = self->notice;

  if (has_any (notice->session, session_members) ||
      json_array_get_length (json_object_get_array_member (notice->session, "registration")) > 0)
    return CP_NOTICE_SESSION;
  if (has_any (notice->course, course_members) || notice->exam_fee >= 0)
    return CP_NOTICE_COURSE;
  if (json_array_get_length (notice->fees) > 0)
    return CP_NOTICE_SESSION;
  return CP_NOTICE_NOTHING;
}

static void
reader_clear (CpNoticeReader *self)
{
  for (guint i = 0; i < self->pending->len; i++)
    g_free (g_array_index (self->pending, CpNoticePendingDate, i).member);
  g_array_unref (self->pending);
  g_array_unref (self->lines);
  g_array_unref (self->columns);
  g_array_unref (self->urls);
  g_free (self->other_occupation);
  cp_notice_text_free (self->text);
}

/* Spans were found in the plain text; the person sees the original. */
static void
map_spans (CpNoticeReader *self)
{
  for (guint i = 0; i < self->notice->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (self->notice->spans, i);

      if (span->end > span->start)
        cp_notice_text_to_original (self->text, span->start, span->end, &span->start, &span->end);
    }
}

/* The members in the order docs/feed-format.md and courses.json write
 * them, so that what the CLI prints reads as a feed's session does. */
static JsonObject *
in_order (JsonObject         *object,
          const char * const *order)
{
  JsonObject *ordered = json_object_new ();
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  for (guint i = 0; order[i] != NULL; i++)
    if (json_object_has_member (object, order[i]))
      json_object_set_member (ordered, order[i], json_node_copy (json_object_get_member (object, order[i])));
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &value))
    if (!json_object_has_member (ordered, member))
      json_object_set_member (ordered, member, json_node_copy (value));
  json_object_unref (object);
  return ordered;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const CpNoticeSpan *x = *(CpNoticeSpan **) a, *y = *(CpNoticeSpan **) b;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : g_strcmp0 (x->field, y->field);
}

CpNotice *
cp_notice_read (CpPolicyPack *pack,
                const char   *text,
                gssize        length,
                GError      **error)
{
  g_autoptr(GError) check_error = NULL;
  CpNoticeReader reader = { 0 };
  CpNotice *notice;
  const char *start;
  gsize size;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  size = length < 0 ? strlen (text) : (gsize) length;
  if (size > CP_NOTICE_MAX_BYTES)
    {
      g_set_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_TOO_LARGE,
                   _("%zu bytes is too long for a notice (at most %d)"), size, CP_NOTICE_MAX_BYTES);
      return NULL;
    }
  /* The same checks as every file from many hands: empty, NUL, BOM. */
  start = cp_guard_check_text (text, size, CP_GUARD_FEED, &size, &check_error);
  if (start == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&check_error));
      return NULL;
    }
  if (!g_utf8_validate_len (start, size, NULL))
    {
      g_set_error_literal (error, CP_GUARD_ERROR, CP_GUARD_ERROR_ENCODING,
                           _("The notice is not UTF-8 text; save it as UTF-8 and try again"));
      return NULL;
    }

  notice = g_new0 (CpNotice, 1);
  notice->text = g_strndup (start, size);
  notice->session = json_object_new ();
  json_object_set_array_member (notice->session, "registration", json_array_new ());
  notice->course = json_object_new ();
  notice->exam_fee = -1;
  notice->fees = json_array_new ();
  notice->spans = g_ptr_array_new_with_free_func (span_free);

  reader.pack = pack;
  reader.text = cp_notice_text_new (notice->text, size);
  reader.plain = reader.text->plain->str;
  reader.lines = split_lines (reader.plain, reader.text->plain->len);
  reader.notice = notice;
  reader.title_line = -1;
  reader.issuer_line = -1;
  reader.columns = g_array_new (FALSE, FALSE, sizeof (CpNoticeColumn));
  reader.pending = g_array_new (FALSE, FALSE, sizeof (CpNoticePendingDate));
  reader.urls = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (reader.current = 0; reader.current < reader.lines->len; reader.current++)
    {
      CpNoticeLine *line = &g_array_index (reader.lines, CpNoticeLine, reader.current);

      if (line->end == line->start || line->used)
        continue;
      if (cp_notice_read_table_line (&reader, line))
        continue;
      cp_notice_read_session_line (&reader, line);
      cp_notice_read_course_line (&reader, line);
    }

  resolve_years (&reader);
  notice->kind = decide_kind (&reader);
  if (notice->kind == CP_NOTICE_SESSION)
    {
      static const char * const order[] = {
        "id", "occupation", "levels", "centre", "region", "exam_date", "registration", "papers_due",
        "capacity", "min_to_open", "registration_code", "plan_number", "published", "sources", NULL
      };

      cp_notice_finish_session (&reader);
      notice->session = in_order (notice->session, order);
    }
  else if (notice->kind == CP_NOTICE_COURSE)
    {
      static const char * const order[] = {
        "id", "provider", "name", "occupation", "region", "prices", "discounts", "includes",
        "start_month", "exam_month", "min_class_size", "sources", NULL
      };

      cp_notice_finish_course (&reader);
      notice->course = in_order (notice->course, order);
    }

  if (notice->kind != CP_NOTICE_SESSION)
    g_clear_pointer (&notice->session, json_object_unref);
  if (notice->kind != CP_NOTICE_COURSE)
    {
      g_clear_pointer (&notice->course, json_object_unref);
      notice->exam_fee = -1;
    }
  if (notice->kind == CP_NOTICE_NOTHING)
    {
      g_ptr_array_set_size (notice->spans, 0);
      json_array_unref (notice->fees);
      notice->fees = json_array_new ();
    }
  map_spans (&reader);
  g_ptr_array_sort (notice->spans, compare_spans);
  reader_clear (&reader);
  return notice;
}

const CpNoticeSpan *
cp_notice_find_span (CpNotice   *self,
                     const char *field)
{
  for (guint i = 0; i < self->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (self->spans, i);

      if (g_str_equal (span->field, field))
        return span;
    }
  return NULL;
}

char **
cp_notice_dup_unsure (CpNotice *self)
{
  GPtrArray *fields = g_ptr_array_new ();

  for (guint i = 0; i < self->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (self->spans, i);

      if (span->unsure)
        g_ptr_array_add (fields, g_strdup (span->field));
    }
  g_ptr_array_add (fields, NULL);
  return (char **) g_ptr_array_free (fields, FALSE);
}

static const char *
kind_name (CpNoticeKind kind)
{
  switch (kind)
    {
    case CP_NOTICE_SESSION:
      return "session";
    case CP_NOTICE_COURSE:
      return "course";
    case CP_NOTICE_NOTHING:
    default:
      return "nothing";
    }
}

JsonNode *
cp_notice_to_json (CpNotice *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  JsonObject *found = json_object_new ();
  JsonObject *why = json_object_new ();
  JsonArray *unsure = json_array_new ();
  JsonNode *root;
  JsonObject *object;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind_name (self->kind));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  object = json_node_get_object (root);

  if (self->session != NULL)
    json_object_set_object_member (object, "session", json_object_ref (self->session));
  if (self->centre != NULL)
    json_object_set_object_member (object, "centre", json_object_ref (self->centre));
  if (self->course != NULL)
    json_object_set_object_member (object, "course", json_object_ref (self->course));
  if (self->exam_fee >= 0)
    json_object_set_int_member (object, "exam_fee", self->exam_fee);
  json_object_set_array_member (object, "fees", json_array_ref (self->fees));

  for (guint i = 0; i < self->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (self->spans, i);
      g_autofree char *words = g_strndup (self->text + span->start, span->end - span->start);

      if (!json_object_has_member (found, span->field))
        json_object_set_string_member (found, span->field, words);
      if (span->unsure && !json_object_has_member (why, span->field))
        {
          json_array_add_string_element (unsure, span->field);
          json_object_set_string_member (why, span->field, span->why != NULL ? span->why : "");
        }
    }
  json_object_set_object_member (object, "found", found);
  json_object_set_array_member (object, "unsure", unsure);
  json_object_set_object_member (object, "why_unsure", why);
  return root;
}
