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
  cp_notice_reader_set_date (self, channel, "closes", field, closes);
  json_object_set_null_member (channel, "url");
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
            /* 2026.5.28(技能广东…系统), 2026年7月17日17:00前(…): the
             * channel's name after its date and hour. */
            if (name_end == value && date.end < end)
              {
                name_start = date.end;
                name_end = end;
                while (name_start < name_end && (g_ascii_isdigit (plain[name_start]) || plain[name_start] == ':' ||
                                                 plain[name_start] == ' '))
                  name_start++;
                if (cp_notice_has_word (plain, name_start, name_end, "前"))
                  name_start += strlen ("前");
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
