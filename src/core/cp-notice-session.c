/* cp-notice-session.c: the fields of an exam session notice (seed 004)
 *
 * Labels as evaluation organisations write them, each at the start of its
 * line after a list marker: 认定职业, 认定级别, 认定人数, 认定日期, 报名码,
 * 报名截止日期 (numbered channels, each with its date on the same or the
 * next line), 考试地点. Other facts are found inside sentences: 满 30 人才
 * 开考, 纸质资料 … 于 DATE 前, 拟定于 DATE, 计划号.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cp-notice-reader.h"
#include "cp-policy-query.h"
#include "cp-text.h"

#define CP_NOTICE_MAX_CHANNELS 8

typedef enum
{
  LABEL_NONE,
  LABEL_OCCUPATION,
  LABEL_LEVELS,
  LABEL_CAPACITY,
  LABEL_EXAM_DATE,
  LABEL_CODE,
  LABEL_REGISTRATION,
  LABEL_ADDRESS,
  LABEL_PLAN,
} Label;

/* Longer labels before the shorter ones they start with. */
static const struct
{
  const char *word;
  Label       label;
} labels[] = {
  { "认定职业", LABEL_OCCUPATION }, { "鉴定职业", LABEL_OCCUPATION }, { "考试职业", LABEL_OCCUPATION },
  { "职业名称", LABEL_OCCUPATION }, { "职业", LABEL_OCCUPATION }, { "工种", LABEL_OCCUPATION },
  { "认定级别", LABEL_LEVELS }, { "鉴定级别", LABEL_LEVELS }, { "考试级别", LABEL_LEVELS },
  { "报考级别", LABEL_LEVELS }, { "申报级别", LABEL_LEVELS }, { "级别", LABEL_LEVELS }, { "等级", LABEL_LEVELS },
  { "认定人数", LABEL_CAPACITY }, { "计划人数", LABEL_CAPACITY }, { "考试人数", LABEL_CAPACITY },
  { "招生人数", LABEL_CAPACITY }, { "名额", LABEL_CAPACITY }, { "人数", LABEL_CAPACITY },
  { "认定日期", LABEL_EXAM_DATE }, { "认定时间", LABEL_EXAM_DATE }, { "考试日期", LABEL_EXAM_DATE },
  { "考试时间", LABEL_EXAM_DATE }, { "鉴定日期", LABEL_EXAM_DATE }, { "鉴定时间", LABEL_EXAM_DATE },
  { "报名码", LABEL_CODE }, { "报名代码", LABEL_CODE },
  { "报名截止日期", LABEL_REGISTRATION }, { "报名截止时间", LABEL_REGISTRATION },
  { "截止报名日期", LABEL_REGISTRATION }, { "截止报名时间", LABEL_REGISTRATION },
  { "报名截止", LABEL_REGISTRATION }, { "报名时间", LABEL_REGISTRATION }, { "报名日期", LABEL_REGISTRATION },
  { "考试地点", LABEL_ADDRESS }, { "认定地点", LABEL_ADDRESS }, { "鉴定地点", LABEL_ADDRESS },
  { "考点地址", LABEL_ADDRESS }, { "考点", LABEL_ADDRESS },
  { "计划号", LABEL_PLAN }, { "计划编号", LABEL_PLAN },
};

static gsize
skip_spaces (const char *plain,
             gsize       i,
             gsize       end)
{
  while (i < end && plain[i] == ' ')
    i++;
  return i;
}

/* A label starts the line and is followed by a colon (after an optional
 * "(工种)"), or stands alone. */
static Label
find_label (const char *plain,
            gsize       start,
            gsize       end,
            gsize      *out_value)
{
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      gsize i;

      if (!cp_notice_has_word (plain, start, end, labels[k].word))
        continue;
      i = skip_spaces (plain, start + strlen (labels[k].word), end);
      if (i < end && plain[i] == '(')
        {
          gssize close = cp_notice_find (plain, i, MIN (end, i + 24), ")");

          if (close > 0)
            i = skip_spaces (plain, close + 1, end);
        }
      if (i < end && plain[i] != ':')
        continue;
      *out_value = i < end ? skip_spaces (plain, i + 1, end) : end;
      return labels[k].label;
    }
  return LABEL_NONE;
}

static JsonArray *
registration (CpNoticeReader *self)
{
  return json_object_get_array_member (self->notice->session, "registration");
}

static void
trim (const char *plain,
      gsize      *start,
      gsize      *end)
{
  while (*end > *start && (plain[*end - 1] == ' ' || plain[*end - 1] == ':' || plain[*end - 1] == ','))
    (*end)--;
  *start = skip_spaces (plain, *start, *end);
}

/* Skills Guangdong is the provincial system every candidate registers in;
 * any other named platform is the centre's own. */
static void
add_channel (CpNoticeReader     *self,
             gsize               name_start,
             gsize               name_end,
             const CpNoticeDate *closes)
{
  JsonArray *channels = registration (self);
  guint index = json_array_get_length (channels);
  g_autofree char *field = NULL;
  g_autofree char *name_field = NULL;
  JsonObject *channel;
  JsonObject *name;

  /* A session has one or two; a page of them is not a session's. */
  if (index >= CP_NOTICE_MAX_CHANNELS)
    return;
  field = g_strdup_printf ("registration[%u].closes", index);
  name_field = g_strdup_printf ("registration[%u].name", index);
  channel = json_object_new ();
  name = json_object_new ();

  trim (self->plain, &name_start, &name_end);
  json_array_add_object_element (channels, channel);
  if (name_end > name_start)
    {
      g_autofree char *words = g_strndup (self->plain + name_start, name_end - name_start);
      gboolean provincial = cp_notice_find (self->plain, name_start, name_end, "技能广东") >= 0 ||
                            cp_notice_find (self->plain, name_start, name_end, "监管系统") >= 0;

      json_object_set_string_member (channel, "channel", provincial ? "jineng_guangdong" : "centre_platform");
      json_object_set_string_member (name, "en", words);
      json_object_set_string_member (name, "zh_CN", words);
      cp_notice_reader_span (self, name_field, name_start, name_end, FALSE, NULL);
    }
  else
    {
      g_autofree char *channel_field = g_strdup_printf ("registration[%u].channel", index);

      json_object_set_string_member (channel, "channel", "jineng_guangdong");
      json_object_set_string_member (name, "en", "Skills Guangdong");
      json_object_set_string_member (name, "zh_CN", "技能广东");
      cp_notice_reader_span (self, channel_field, self->label_start, self->label_end, TRUE,
                             _("The notice does not say where to register; Skills Guangdong is assumed"));
    }
  json_object_set_object_member (channel, "name", name);
  json_object_set_null_member (channel, "url");
  cp_notice_reader_set_date (self, channel, "closes", field, closes);
}

/* Inside 报名截止日期: "1. NAME:" with its date on the line or the next;
 * a date alone closes the channel named last. Anything else ends it. */
static gboolean
read_registration_line (CpNoticeReader *self,
                        CpNoticeLine   *line)
{
  const char *plain = self->plain;
  gsize body = cp_notice_skip_marker (plain, line->start, line->end);
  CpNoticeDate date;
  gboolean has_date = cp_notice_find_date (plain, body, line->end, &date);
  gboolean numbered = body > line->start &&
                      (g_ascii_isdigit (plain[line->start]) ||
                       (plain[line->start] == '(' && g_ascii_isdigit (plain[line->start + 1])));

  if (numbered)
    {
      if (has_date)
        {
          add_channel (self, body, date.start, &date);
          self->channel_waiting = FALSE;
        }
      else
        {
          self->channel_waiting = TRUE;
          self->channel_start = body;
          self->channel_end = line->end;
        }
      return TRUE;
    }
  if (has_date && date.start == line->start)
    {
      if (self->channel_waiting)
        add_channel (self, self->channel_start, self->channel_end, &date);
      else
        add_channel (self, 0, 0, &date);
      self->channel_waiting = FALSE;
      return TRUE;
    }
  self->in_registration = FALSE;
  self->channel_waiting = FALSE;
  return FALSE;
}

/* The value of a label whose words are on the next line. */
static CpNoticeLine *
value_line (CpNoticeReader *self,
            gsize          *value,
            gsize           end)
{
  CpNoticeLine *next;

  if (*value < end)
    return NULL;
  next = cp_notice_reader_next_line (self);
  if (next == NULL || cp_notice_skip_marker (self->plain, next->start, next->end) != next->start)
    return NULL;
  return next;
}

static void
read_date_label (CpNoticeReader *self,
                 const char     *member,
                 gsize           value,
                 gsize           end)
{
  CpNoticeLine *next = value_line (self, &value, end);
  CpNoticeDate date;

  if (next != NULL)
    {
      value = next->start;
      end = next->end;
    }
  if (json_object_has_member (self->notice->session, member) ||
      !cp_notice_find_date (self->plain, value, end, &date))
    return;
  if (next != NULL)
    next->used = TRUE;
  cp_notice_reader_set_date (self, self->notice->session, member, member, &date);
}

static void
read_code (CpNoticeReader *self,
           const char     *member,
           gsize           value,
           gsize           end)
{
  const char *plain = self->plain;
  gsize i = value;
  g_autofree char *code = NULL;

  while (i < end && (g_ascii_isalnum (plain[i]) || plain[i] == '-' || plain[i] == '_'))
    i++;
  if (i == value || json_object_has_member (self->notice->session, member))
    return;
  code = g_strndup (plain + value, i - value);
  json_object_set_string_member (self->notice->session, member, code);
  cp_notice_reader_span (self, member, value, i, FALSE, NULL);
}

static void
read_label (CpNoticeReader *self,
            Label           label,
            gsize           body,
            gsize           value,
            gsize           end)
{
  JsonObject *session = self->notice->session;
  const char *plain = self->plain;
  gsize found_start, found_end;
  gint64 number;

  switch (label)
    {
    case LABEL_OCCUPATION:
      {
        const char *code = cp_notice_find_record (self, "occupations.json", "occupations", "code",
                                                  value, end, &found_start, &found_end);

        if (json_object_has_member (session, "occupation"))
          break;
        if (code != NULL)
          {
            json_object_set_string_member (session, "occupation", code);
            cp_notice_reader_span (self, "occupation", found_start, found_end, FALSE, NULL);
          }
        else if (value < end)
          cp_notice_reader_span (self, "occupation", value, end, TRUE,
                                 _("Not an occupation Certpath knows"));
      }
      break;
    case LABEL_LEVELS:
      {
        g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
        JsonArray *array;

        if (!cp_notice_read_levels (self, value, end, FALSE, levels, &found_start, &found_end) ||
            json_object_has_member (session, "levels"))
          break;
        array = json_array_new ();
        for (guint i = 0; i < levels->len; i++)
          json_array_add_int_element (array, g_array_index (levels, int, i));
        json_object_set_array_member (session, "levels", array);
        cp_notice_reader_span (self, "levels", found_start, found_end, FALSE, NULL);
      }
      break;
    case LABEL_CAPACITY:
      if (!json_object_has_member (session, "capacity") &&
          cp_notice_find_number (plain, value, MIN (end, value + 12), &number, &found_start, &found_end) &&
          found_start == value)
        {
          json_object_set_int_member (session, "capacity", number);
          cp_notice_reader_span (self, "capacity", found_start, found_end, FALSE, NULL);
        }
      break;
    case LABEL_EXAM_DATE:
      read_date_label (self, "exam_date", value, end);
      break;
    case LABEL_CODE:
      {
        CpNoticeLine *next = value_line (self, &value, end);

        if (next != NULL)
          {
            next->used = TRUE;
            read_code (self, "registration_code", next->start, next->end);
          }
        else
          read_code (self, "registration_code", value, end);
      }
      break;
    case LABEL_REGISTRATION:
      {
        CpNoticeDate date;

        self->label_start = body;
        self->label_end = value > body ? value : end;
        trim (plain, &self->label_start, &self->label_end);
        if (cp_notice_find_last_date (plain, value, end, &date))
          {
            gsize name_start = value, name_end = date.start;
            CpNoticeDate first;

            /* 3月1日至3月23日: the channel closes on the last date. */
            if (cp_notice_find_date (plain, value, end, &first))
              name_end = first.start;
            /* 2026.5.28(技能广东…系统): the channel's name after its date. */
            if (name_end == value && date.end < end)
              {
                name_start = date.end;
                name_end = end;
                if (plain[name_start] == '(' && plain[name_end - 1] == ')')
                  {
                    name_start++;
                    name_end--;
                  }
              }
            add_channel (self, name_start, name_end, &date);
          }
        else
          self->in_registration = TRUE;
      }
      break;
    case LABEL_ADDRESS:
      {
        CpNoticeLine *next = value_line (self, &value, end);

        if (next != NULL)
          {
            next->used = TRUE;
            value = next->start;
            end = next->end;
          }
        if (self->address_end > 0 || value >= end)
          break;
        self->address_start = value;
        self->address_end = end;
        cp_notice_reader_span (self, "address", value, end, FALSE, NULL);
      }
      break;
    case LABEL_PLAN:
      read_code (self, "plan_number", value, end);
      break;
    case LABEL_NONE:
    default:
      break;
    }
}

/* "不足 20 人不开考" says the same as "满 20 人开考". */
void
cp_notice_read_minimum (CpNoticeReader *self,
                        CpNoticeLine   *line,
                        JsonObject     *object,
                        const char     *member,
                        const char     *keyword)
{
  gsize start, end;
  gint64 number;

  if (json_object_has_member (object, member))
    return;
  /* 开班时间：… 满20人开班: the first with a count of people before it. */
  for (gssize at = cp_notice_find (self->plain, line->start, line->end, keyword);
       at >= 0;
       at = cp_notice_find (self->plain, at + 1, line->end, keyword))
    if (cp_notice_find_number_before (self->plain, cp_notice_back (line->start, at, CP_NOTICE_NEAR), at,
                                      &number, &start, &end) &&
        at - end <= 12 && cp_notice_find (self->plain, end, at, "人") >= 0)
      {
        json_object_set_int_member (object, member, number);
        cp_notice_reader_span (self, member, start, end, FALSE, NULL);
        return;
      }
}

/* 纸质资料 … 于 DATE 前: a date followed by 前 on a line about papers. */
static void
read_papers (CpNoticeReader *self,
             CpNoticeLine   *line)
{
  const char *plain = self->plain;
  CpNoticeDate date;

  if (json_object_has_member (self->notice->session, "papers_due") ||
      (cp_notice_find (plain, line->start, line->end, "纸质") < 0 &&
       cp_notice_find (plain, line->start, line->end, "资料") < 0 &&
       cp_notice_find (plain, line->start, line->end, "材料") < 0))
    return;
  for (gsize i = line->start; cp_notice_find_date (plain, i, line->end, &date); i = date.end)
    if (cp_notice_has_word (plain, skip_spaces (plain, date.end, line->end), line->end, "前"))
      {
        cp_notice_reader_set_date (self, self->notice->session, "papers_due", "papers_due", &date);
        return;
      }
}

/* "中式烹调师(计划号:2602000673)": the plan number, and the occupation
 * written beside it, which may not be the one the notice is about. */
static void
read_plan (CpNoticeReader *self,
           CpNoticeLine   *line)
{
  const char *plain = self->plain;
  gssize at = cp_notice_find (plain, line->start, line->end, "计划号");
  gsize value, name_end, name_start;

  if (at < 0)
    return;
  value = at + strlen ("计划号");
  if (value < line->end && plain[value] == ':')
    value++;
  read_code (self, "plan_number", skip_spaces (plain, value, line->end), line->end);

  name_end = at;
  if (name_end > line->start && plain[name_end - 1] == '(')
    name_end--;
  name_start = name_end;
  /* Back over the Chinese characters (three bytes each) to a space or digit. */
  while (name_start >= line->start + 3 && (guchar) plain[name_start - 3] >= 0xE0)
    name_start -= 3;
  if (name_end > name_start && self->other_occupation == NULL)
    self->other_occupation = g_strndup (plain + name_start, name_end - name_start);
}

static void
read_url (CpNoticeReader *self,
          CpNoticeLine   *line)
{
  const char *plain = self->plain;

  gsize end;

  /* Each address is read once and is at most 512 bytes long. */
  for (gssize at = cp_notice_find (plain, line->start, line->end, "http");
       at >= 0;
       at = cp_notice_find (plain, MAX (end, (gsize) at + 4), line->end, "http"))
    {
      end = at;
      while (end < line->end && end - at < 512 && (guchar) plain[end] > ' ' && (guchar) plain[end] < 0x80 &&
             strchr ("<>()\"',", plain[end]) == NULL)
        end++;
      if (cp_notice_has_word (plain, at, end, "http://") || cp_notice_has_word (plain, at, end, "https://"))
        {
          gsize start = at;

          g_array_append_val (self->urls, start);
          g_array_append_val (self->urls, end);
        }
    }
}

static void
read_opening_line (CpNoticeReader *self,
                   CpNoticeLine   *line)
{
  const char *plain = self->plain;
  gboolean titled = cp_notice_find (plain, line->start, line->end, "公告") >= 0 ||
                    cp_notice_find (plain, line->start, line->end, "通知") >= 0;
  gssize at;
  CpNoticeDate date;

  if (titled && self->title_line < 0)
    self->title_line = self->current;
  else if (!titled && self->title_line < 0 && self->issuer_line < 0 && line->end - line->start < 120)
    self->issuer_line = self->current;

  at = cp_notice_find (plain, line->start, line->end, "定于");
  if (at >= 0 && self->intro_exam.year == 0 &&
      cp_notice_find_date (plain, at, MIN (line->end, (gsize) at + 40), &date) && date.year != 0)
    self->intro_exam = date;
}

gboolean
cp_notice_read_session_line (CpNoticeReader *self,
                             CpNoticeLine   *line)
{
  const char *plain = self->plain;
  gsize body, value;
  Label label;
  CpNoticeDate date;

  if (self->in_registration && read_registration_line (self, line))
    return TRUE;

  body = cp_notice_skip_marker (plain, line->start, line->end);
  label = find_label (plain, body, line->end, &value);
  if (label != LABEL_NONE)
    {
      self->seen_label = TRUE;
      read_label (self, label, body, value, line->end);
    }
  else if (!self->seen_label)
    read_opening_line (self, line);

  cp_notice_read_minimum (self, line, self->notice->session, "min_to_open", "开考");
  read_papers (self, line);
  if (label != LABEL_PLAN)
    read_plan (self, line);
  read_url (self, line);

  /* A date alone on its line, left over: the notice's own date, under its
   * signature; the last one wins. */
  if (label == LABEL_NONE && cp_notice_find_date (plain, line->start, line->end, &date) &&
      date.start == line->start && date.end == line->end && date.year != 0)
    self->published = date;
  return label != LABEL_NONE;
}

/* The channel named last before each web address gets it: 打开技能广东…
 * 系统(<https://…>), …报名平台”进行报名,…: <https://…> on the next line. */
static void
assign_urls (CpNoticeReader *self)
{
  JsonArray *channels = registration (self);

  for (guint u = 0; u + 1 < self->urls->len; u += 2)
    {
      gsize start = g_array_index (self->urls, gsize, u);
      gsize end = g_array_index (self->urls, gsize, u + 1);
      gsize window = start > 400 ? start - 400 : 0;
      gssize best = -1, best_at = -1;
      JsonObject *channel;
      g_autofree char *url = NULL;

      for (guint c = 0; c < json_array_get_length (channels); c++)
        {
          const char *name = cp_text_get_member (json_array_get_object_element (channels, c), "name", "zh_CN");
          gssize at = -1;

          for (gssize found = cp_notice_find (self->plain, window, start, name);
               found >= 0;
               found = cp_notice_find (self->plain, found + 1, start, name))
            at = found;
          if (at > best_at)
            {
              best = c;
              best_at = at;
            }
        }
      if (best < 0)
        continue;
      channel = json_array_get_object_element (channels, best);
      if (!json_object_get_null_member (channel, "url"))
        continue;
      url = g_strndup (self->plain + start, end - start);
      json_object_set_string_member (channel, "url", url);
      {
        g_autofree char *field = g_strdup_printf ("registration[%d].url", (int) best);

        cp_notice_reader_span (self, field, start, end, FALSE, NULL);
      }
    }
}

static const char *
occupation_name (CpNoticeReader *self,
                 const char     *code)
{
  JsonObject *occupation = cp_policy_find (self->pack, "occupations.json", "occupations", "code", code);

  return occupation != NULL ? cp_text_get_member (occupation, "name", "zh_CN") : NULL;
}

/* The 认定职业 line wins over the title and the opening line; where they
 * name another occupation, the person is told. */
static void
check_occupation (CpNoticeReader *self,
                  CpNoticeLine   *title)
{
  JsonObject *session = self->notice->session;
  gsize start = 0, end = 0;
  const char *in_title = title != NULL
                         ? cp_notice_find_record (self, "occupations.json", "occupations", "code",
                                                  title->start, title->end, &start, &end)
                         : NULL;
  const char *code;
  const char *name;

  if (!json_object_has_member (session, "occupation") && in_title != NULL)
    {
      json_object_set_string_member (session, "occupation", in_title);
      cp_notice_reader_span (self, "occupation", start, end, FALSE, NULL);
    }
  if (!json_object_has_member (session, "occupation"))
    return;
  code = json_object_get_string_member (session, "occupation");
  name = occupation_name (self, code);
  if (in_title != NULL && !g_str_equal (in_title, code))
    {
      g_autofree char *why = g_strdup_printf (_("The title names another occupation, %s"),
                                              occupation_name (self, in_title));

      cp_notice_reader_mark_unsure (self, "occupation", why);
    }
  if (self->other_occupation != NULL && g_strcmp0 (self->other_occupation, name) != 0)
    {
      g_autofree char *why = g_strdup_printf (_("The notice also names another occupation, %s"),
                                              self->other_occupation);
      g_autofree char *plan_why = g_strdup_printf (_("Printed beside another occupation, %s"),
                                                   self->other_occupation);

      cp_notice_reader_mark_unsure (self, "occupation", why);
      cp_notice_reader_mark_unsure (self, "plan_number", plan_why);
    }
}

static void
check_levels_and_date (CpNoticeReader *self,
                       CpNoticeLine   *title)
{
  JsonObject *session = self->notice->session;

  if (!json_object_has_member (session, "levels") && title != NULL)
    {
      g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
      gsize start, end;

      if (cp_notice_read_levels (self, title->start, title->end, TRUE, levels, &start, &end))
        {
          JsonArray *array = json_array_new ();

          for (guint i = 0; i < levels->len; i++)
            json_array_add_int_element (array, g_array_index (levels, int, i));
          json_object_set_array_member (session, "levels", array);
          cp_notice_reader_span (self, "levels", start, end, FALSE, NULL);
        }
    }

  if (self->intro_exam.year == 0)
    return;
  if (!json_object_has_member (session, "exam_date"))
    cp_notice_reader_set_date (self, session, "exam_date", "exam_date", &self->intro_exam);
  else
    {
      g_autofree char *intro = g_strdup_printf ("%04d-%02d-%02d", self->intro_exam.year,
                                                self->intro_exam.month, self->intro_exam.day);

      if (!g_str_equal (intro, json_object_get_string_member (session, "exam_date")))
        {
          g_autofree char *why = g_strdup_printf (_("The opening lines give another date, %s"), intro);

          cp_notice_reader_mark_unsure (self, "exam_date", why);
        }
    }
}

static CpNoticeLine *
line_at (CpNoticeReader *self,
         gssize          index)
{
  return index >= 0 ? &g_array_index (self->lines, CpNoticeLine, index) : NULL;
}

static JsonObject *
fee_record (JsonObject *fee)
{
  static const char * const parts[] = { "theory", "practical", "review", "materials", "total", NULL };
  JsonObject *record = json_object_new ();
  JsonArray *levels = json_array_new ();

  json_array_add_int_element (levels, json_object_get_int_member (fee, "level"));
  json_object_set_array_member (record, "levels", levels);
  for (guint i = 0; parts[i] != NULL; i++)
    if (json_object_has_member (fee, parts[i]))
      json_object_set_int_member (record, parts[i], json_object_get_int_member (fee, parts[i]));
    else
      json_object_set_null_member (record, parts[i]);
  json_object_set_array_member (record, "sources", json_array_new ());
  return record;
}

/* An organisation that is not one of the pack's: a centre of the person's
 * own, with what the notice says of it. */
static JsonObject *
new_centre (CpNoticeReader *self,
            CpNoticeLine   *issuer)
{
  JsonObject *centre = json_object_new ();
  JsonObject *name = json_object_new ();
  JsonArray *fees = json_array_new ();
  g_autofree char *words = g_strndup (self->plain + issuer->start, issuer->end - issuer->start);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, words, -1);
  g_autofree char *id = g_strdup_printf ("notice-centre-%.8s", hash);
  gsize start, end;
  const char *region = NULL;

  json_object_set_string_member (centre, "id", id);
  json_object_set_string_member (name, "en", words);
  json_object_set_string_member (name, "zh_CN", words);
  json_object_set_object_member (centre, "name", name);
  cp_notice_reader_span (self, "centre", issuer->start, issuer->end, FALSE, NULL);
  if (self->address_end > 0)
    region = cp_notice_find_region (self, self->address_start, self->address_end, &start, &end);
  if (region == NULL)
    region = cp_notice_find_region (self, issuer->start, issuer->end, &start, &end);
  if (region != NULL)
    {
      json_object_set_string_member (centre, "region", region);
      cp_notice_reader_span (self, "region", start, end, FALSE, NULL);
    }
  if (self->address_end > 0)
    {
      g_autofree char *address = g_strndup (self->plain + self->address_start,
                                            self->address_end - self->address_start);
      JsonObject *text = json_object_new ();

      json_object_set_string_member (text, "en", address);
      json_object_set_string_member (text, "zh_CN", address);
      json_object_set_object_member (centre, "address", text);
    }
  else
    json_object_set_null_member (centre, "address");
  json_object_set_null_member (centre, "phone");
  json_object_set_null_member (centre, "website");
  for (guint i = 0; i < json_array_get_length (self->notice->fees); i++)
    json_array_add_object_element (fees, fee_record (json_array_get_object_element (self->notice->fees, i)));
  json_object_set_array_member (centre, "fees", fees);
  json_object_set_array_member (centre, "sources", json_array_new ());
  return centre;
}

static void
find_centre (CpNoticeReader *self,
             CpNoticeLine   *issuer,
             CpNoticeLine   *title)
{
  JsonObject *session = self->notice->session;
  const struct { gsize start, end; } places[] = {
    { issuer != NULL ? issuer->start : 0, issuer != NULL ? issuer->end : 0 },
    { title != NULL ? title->start : 0, title != NULL ? title->end : 0 },
    { self->address_start, self->address_end },
  };
  const char *region = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      gsize start, end;
      const char *id = cp_notice_find_record (self, "exams.json", "centres", "id",
                                              places[i].start, places[i].end, &start, &end);

      if (id != NULL)
        {
          JsonObject *centre = cp_policy_find (self->pack, "exams.json", "centres", "id", id);

          json_object_set_string_member (session, "centre", id);
          cp_notice_reader_span (self, "centre", start, end, FALSE, NULL);
          region = json_object_get_string_member (centre, "region");
          break;
        }
    }
  if (!json_object_has_member (session, "centre") && issuer != NULL)
    {
      self->notice->centre = new_centre (self, issuer);
      json_object_set_string_member (session, "centre",
                                     json_object_get_string_member (self->notice->centre, "id"));
      if (json_object_has_member (self->notice->centre, "region"))
        region = json_object_get_string_member (self->notice->centre, "region");
    }
  if (region != NULL)
    json_object_set_string_member (session, "region", region);
}

static char *
make_id (JsonObject *session)
{
  GString *id = g_string_new ("notice-");
  JsonArray *levels = json_object_has_member (session, "levels")
                      ? json_object_get_array_member (session, "levels") : NULL;

  const char *centre = json_object_has_member (session, "centre")
                       ? json_object_get_string_member (session, "centre") : "unknown-centre";

  /* notice-centre-51fc7588-…, not notice-notice-centre-…. */
  g_string_append (id, g_str_has_prefix (centre, "notice-") ? centre + strlen ("notice-") : centre);
  g_string_append_c (id, '-');
  g_string_append (id, json_object_has_member (session, "exam_date")
                       ? json_object_get_string_member (session, "exam_date") : "undated");
  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    g_string_append_printf (id, "-l%" G_GINT64_FORMAT, json_array_get_int_element (levels, i));
  return g_string_free (id, FALSE);
}

void
cp_notice_finish_session (CpNoticeReader *self)
{
  JsonObject *session = self->notice->session;
  CpNoticeLine *title = line_at (self, self->title_line);
  CpNoticeLine *issuer = line_at (self, self->issuer_line);
  g_autofree char *id = NULL;

  check_occupation (self, title);
  check_levels_and_date (self, title);
  find_centre (self, issuer, title);
  assign_urls (self);
  if (self->published.year != 0 && !json_object_has_member (session, "published"))
    cp_notice_reader_set_date (self, session, "published", "published", &self->published);

  id = make_id (session);
  json_object_set_string_member (session, "id", id);
  json_object_set_array_member (session, "sources", json_array_new ());
}
