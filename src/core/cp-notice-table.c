/* cp-notice-table.c: fee tables, as pasted from a notice
 *
 * A header row (级别, 理论, 技能操作, 综合评审, 耗材, 合计; or 认定费, 总费用,
 * 会员价 for a course) then one row per level, cells apart by a tab, a |
 * (a Markdown table, its |---| line skipped) or two spaces or more (one
 * space when no row has more). A row with fewer
 * cells than the header is read from the right, where the amounts are,
 * and said to be unsure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cp-notice-reader.h"

typedef struct
{
  gsize start;
  gsize end;
} Cell;

static void
split_on (const char *plain,
          gsize       start,
          gsize       end,
          guint       min_spaces,
          GArray     *cells)
{
  gsize i = start;

  g_array_set_size (cells, 0);
  while (i < end)
    {
      Cell cell = { i, i };
      gsize gap_start;

      while (i < end)
        {
          gsize spaces = 0;

          if (plain[i] == '\t' || plain[i] == '|')
            break;
          while (i + spaces < end && plain[i + spaces] == ' ')
            spaces++;
          if (spaces >= min_spaces)
            break;
          i += spaces > 0 ? spaces : 1;
        }
      cell.end = i;
      gap_start = i;
      while (i < end && (plain[i] == '\t' || plain[i] == ' ' || plain[i] == '|'))
        i++;
      while (cell.end > cell.start && plain[cell.end - 1] == ' ')
        cell.end--;
      if (cell.end > cell.start)
        g_array_append_val (cells, cell);
      if (i == gap_start)
        i++;
    }
}

static guint
split_cells (const char *plain,
             gsize       start,
             gsize       end,
             GArray     *cells)
{
  split_on (plain, start, end, 2, cells);
  if (cells->len < 3)
    split_on (plain, start, end, 1, cells);
  return cells->len;
}

/* The cell's words without the spaces a narrow column wrapped them with. */
static char *
cell_words (const char *plain,
            const Cell *cell)
{
  GString *words = g_string_new (NULL);

  for (gsize i = cell->start; i < cell->end; i++)
    if (plain[i] != ' ')
      g_string_append_c (words, plain[i]);
  return g_string_free (words, FALSE);
}

/* Order matters: 总费用合计 is a price, not an exam total; 技能操作 is
 * practical, 职业技能等级 is not a column we read. */
static CpNoticeColumn
column_kind (const char *words)
{
  static const struct
  {
    const char     *word;
    CpNoticeColumn  column;
  } kinds[] = {
    { "会员", CP_NOTICE_COLUMN_MEMBER_PRICE },
    { "总费用", CP_NOTICE_COLUMN_PRICE },
    { "补贴", CP_NOTICE_COLUMN_NONE },
    { "合计", CP_NOTICE_COLUMN_TOTAL },
    { "总计", CP_NOTICE_COLUMN_TOTAL },
    { "认定费", CP_NOTICE_COLUMN_EXAM_FEE },
    { "鉴定费", CP_NOTICE_COLUMN_EXAM_FEE },
    { "考试费", CP_NOTICE_COLUMN_EXAM_FEE },
    { "培训费", CP_NOTICE_COLUMN_TRAINING },
    { "耗材", CP_NOTICE_COLUMN_MATERIALS },
    { "材料", CP_NOTICE_COLUMN_MATERIALS },
    { "评审", CP_NOTICE_COLUMN_REVIEW },
    { "理论", CP_NOTICE_COLUMN_THEORY },
    { "技能", CP_NOTICE_COLUMN_PRACTICAL },
    { "实操", CP_NOTICE_COLUMN_PRACTICAL },
    { "实践", CP_NOTICE_COLUMN_PRACTICAL },
    { "操作", CP_NOTICE_COLUMN_PRACTICAL },
    { "级别", CP_NOTICE_COLUMN_LEVEL },
  };

  if (g_str_has_prefix (words, "等级"))
    return CP_NOTICE_COLUMN_LEVEL;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strstr (words, kinds[i].word) != NULL)
      return kinds[i].column;
  return CP_NOTICE_COLUMN_NONE;
}

static gboolean
read_header (CpNoticeReader *self,
             GArray         *cells)
{
  gboolean level = FALSE, money = FALSE;

  g_array_set_size (self->columns, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      g_autofree char *words = cell_words (self->plain, &g_array_index (cells, Cell, i));
      CpNoticeColumn column = column_kind (words);

      level |= column == CP_NOTICE_COLUMN_LEVEL;
      money |= column != CP_NOTICE_COLUMN_LEVEL && column != CP_NOTICE_COLUMN_NONE;
      g_array_append_val (self->columns, column);
    }
  if (!level || !money)
    g_array_set_size (self->columns, 0);
  return self->columns->len > 0;
}

/* "65", "65元", "65 元": a whole amount and nothing else. */
static gboolean
cell_amount (const char *plain,
             const Cell *cell,
             gint64     *out_value,
             gsize      *out_end)
{
  gint64 value;
  gsize start, end, rest;

  if (!cp_notice_find_number (plain, cell->start, cell->end, &value, &start, &end) || start != cell->start)
    return FALSE;
  rest = end;
  while (rest < cell->end && plain[rest] == ' ')
    rest++;
  if (rest < cell->end && cp_notice_find (plain, rest, cell->end, "元") != (gssize) rest)
    return FALSE;
  *out_value = value;
  *out_end = end;
  return TRUE;
}

static const char *
fee_member (CpNoticeColumn column)
{
  switch (column)
    {
    case CP_NOTICE_COLUMN_THEORY:
      return "theory";
    case CP_NOTICE_COLUMN_PRACTICAL:
      return "practical";
    case CP_NOTICE_COLUMN_REVIEW:
      return "review";
    case CP_NOTICE_COLUMN_MATERIALS:
      return "materials";
    case CP_NOTICE_COLUMN_TOTAL:
      return "total";
    default:
      return NULL;
    }
}

/* @span: the index of the total's span, marked unsure right here (not by
 * field name: a table of thousands of rows stays linear). */
static void
check_total (CpNoticeReader *self,
             JsonObject     *fee,
             guint           span)
{
  static const char * const parts[] = { "theory", "practical", "review", "materials", NULL };
  gint64 sum = 0;

  if (!json_object_has_member (fee, "total"))
    return;
  for (guint i = 0; parts[i] != NULL; i++)
    if (json_object_has_member (fee, parts[i]))
      sum += json_object_get_int_member (fee, parts[i]);
  if (sum != json_object_get_int_member (fee, "total"))
    {
      CpNoticeSpan *total = g_ptr_array_index (self->notice->spans, span);

      if (!total->unsure)
        {
          total->unsure = TRUE;
          total->why = g_strdup_printf (_("The parts add up to %lld"), (long long) sum);
        }
    }
}

/* The course's figures from a price table: the first row's, once. */
static void
course_cell (CpNoticeReader *self,
             CpNoticeColumn  column,
             int             level,
             gint64          value,
             gsize           start,
             gsize           end)
{
  JsonObject *course = self->notice->course;

  switch (column)
    {
    case CP_NOTICE_COLUMN_EXAM_FEE:
      if (self->notice->exam_fee < 0)
        {
          self->notice->exam_fee = value;
          cp_notice_reader_span (self, "exam_fee", start, end, FALSE, NULL);
        }
      break;
    case CP_NOTICE_COLUMN_PRICE:
    case CP_NOTICE_COLUMN_MEMBER_PRICE:
      {
        const char *member = column == CP_NOTICE_COLUMN_PRICE ? "price" : "member_price";

        if (!json_object_has_member (course, member))
          {
            json_object_set_int_member (course, member, value);
            cp_notice_reader_span (self, member, start, end, FALSE, NULL);
          }
        if (!json_object_has_member (course, "level"))
          json_object_set_int_member (course, "level", level);
      }
      break;
    default:
      break;
    }
}

static gboolean
read_row (CpNoticeReader *self,
          GArray         *cells)
{
  guint columns = self->columns->len;
  guint shift = columns > cells->len ? columns - cells->len : 0;
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean unsure = shift > 0 || cells->len > columns;
  guint level_cell = G_MAXUINT;

  for (guint c = 0; c < columns; c++)
    if (g_array_index (self->columns, CpNoticeColumn, c) == CP_NOTICE_COLUMN_LEVEL && c >= shift)
      level_cell = c - shift;
  if (level_cell >= cells->len)
    return FALSE;
  if (!cp_notice_read_levels (self, g_array_index (cells, Cell, level_cell).start,
                              g_array_index (cells, Cell, level_cell).end, FALSE, levels, NULL, NULL))
    return FALSE;

  for (guint l = 0; l < levels->len; l++)
    {
      JsonObject *fee = json_object_new ();
      guint index = json_array_get_length (self->notice->fees);
      int level = g_array_index (levels, int, l);
      g_autofree char *level_field = g_strdup_printf ("fees[%u].level", index);
      const Cell *level_at = &g_array_index (cells, Cell, level_cell);
      guint total_span = G_MAXUINT;

      json_object_set_int_member (fee, "level", level);
      for (guint c = shift; c < columns && c - shift < cells->len; c++)
        {
          CpNoticeColumn column = g_array_index (self->columns, CpNoticeColumn, c);
          const Cell *cell = &g_array_index (cells, Cell, c - shift);
          const char *member = fee_member (column);
          gint64 value;
          gsize end;

          if (!cell_amount (self->plain, cell, &value, &end))
            continue;
          if (member == NULL)
            {
              if (l == 0)
                course_cell (self, column, level, value, cell->start, end);
              continue;
            }
          {
            g_autofree char *field = g_strdup_printf ("fees[%u].%s", index, member);

            guint span = cp_notice_reader_span (self, field, cell->start, end, unsure,
                                                unsure ? _("The row has another number of cells than the header") : NULL);

            json_object_set_int_member (fee, member, value);
            if (column == CP_NOTICE_COLUMN_TOTAL)
              total_span = span;
          }
        }
      if (json_object_get_size (fee) == 1)
        {
          json_object_unref (fee);
          continue;
        }
      cp_notice_reader_span (self, level_field, level_at->start, level_at->end, FALSE, NULL);
      json_array_add_object_element (self->notice->fees, fee);
      if (total_span != G_MAXUINT)
        check_total (self, fee, total_span);
    }
  return TRUE;
}

/* |---|:---:|: a Markdown table's rule under its header. */
static gboolean
is_rule (const char *plain,
         gsize       start,
         gsize       end)
{
  gboolean dashes = FALSE;

  for (gsize i = start; i < end; i++)
    if (plain[i] == '-')
      dashes = TRUE;
    else if (plain[i] != '|' && plain[i] != ':' && plain[i] != ' ')
      return FALSE;
  return dashes && plain[start] == '|';
}

gboolean
cp_notice_read_table_line (CpNoticeReader *self,
                           CpNoticeLine   *line)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (Cell));

  if (self->columns->len > 0 && is_rule (self->plain, line->start, line->end))
    return TRUE;

  if (split_cells (self->plain, line->start, line->end, cells) < 3)
    {
      g_array_set_size (self->columns, 0);
      return FALSE;
    }
  if (self->columns->len > 0)
    {
      if (read_row (self, cells))
        return TRUE;
      g_array_set_size (self->columns, 0);
    }
  /* A training fee column says what the course price covers. */
  if (read_header (self, cells))
    {
      for (guint c = 0; c < self->columns->len; c++)
        if (g_array_index (self->columns, CpNoticeColumn, c) == CP_NOTICE_COLUMN_TRAINING)
          {
            const Cell *cell = &g_array_index (cells, Cell, c);

            cp_notice_read_inclusions (self, cell->start, cell->end);
          }
      return TRUE;
    }
  return FALSE;
}
