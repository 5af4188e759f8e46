/* cp-notice-names.c: the names a notice uses for levels, occupations,
 * cities and organisations, matched to the pack's ids
 *
 * Table cells wrap words with spaces ("人工智能训练 师", "三级/高级 工"), so
 * spaces inside a name are skipped when matching.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cp-notice-reader.h"
#include "cp-text.h"

/* Where @word ends if plain has it at @i (spaces in plain skipped), or 0. */
static gsize
match_at (const char *plain,
          gsize       i,
          gsize       end,
          const char *word)
{
  for (const char *w = word; *w != '\0'; w++)
    {
      while (i < end && plain[i] == ' ' && w != word)
        i++;
      if (i >= end || plain[i] != *w)
        return 0;
      i++;
    }
  return i;
}

/* Longest names first: 高级技师 before 技师, 高级工 before 高级. */
static const struct
{
  const char *name;
  int         level;
  gboolean    rank;
} level_names[] = {
  { "高级技师", 1, FALSE },
  { "高级工", 3, FALSE },
  { "中级工", 4, FALSE },
  { "初级工", 5, FALSE },
  { "一级", 1, TRUE },
  { "二级", 2, TRUE },
  { "三级", 3, TRUE },
  { "四级", 4, TRUE },
  { "五级", 5, TRUE },
  { "技师", 2, FALSE },
  { "高级", 3, FALSE },
  { "中级", 4, FALSE },
  { "初级", 5, FALSE },
};

static gboolean
pack_has_level (CpPolicyPack *pack,
                int           level)
{
  JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");

  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    if (json_object_get_int_member (json_array_get_object_element (levels, i), "level") == level)
      return TRUE;
  return FALSE;
}

static void
add_level (CpNoticeReader *self,
           GArray         *levels,
           int             level)
{
  for (guint i = 0; i < levels->len; i++)
    if (g_array_index (levels, int, i) == level)
      return;
  if (pack_has_level (self->pack, level))
    g_array_append_val (levels, level);
}

/* "3级", and "4-3级" for both. */
static gsize
read_arabic_levels (CpNoticeReader *self,
                    gsize           i,
                    gsize           end,
                    GArray         *levels)
{
  const char *plain = self->plain;
  int first, last;
  gsize j = i;

  if (!g_ascii_isdigit (plain[j]) || (j > 0 && g_ascii_isdigit (plain[j - 1])))
    return 0;
  first = last = plain[j++] - '0';
  if (j + 1 < end && plain[j] == '-' && g_ascii_isdigit (plain[j + 1]))
    {
      last = plain[j + 1] - '0';
      j += 2;
    }
  if (match_at (plain, j, end, "级") == 0 || (j < end && g_ascii_isdigit (plain[j])))
    return 0;
  for (int level = first; first >= last ? level >= last : level <= last; level += first >= last ? -1 : 1)
    add_level (self, levels, level);
  return match_at (plain, j, end, "级");
}

gboolean
cp_notice_read_levels (CpNoticeReader *self,
                       gsize           start,
                       gsize           end,
                       gboolean        ranks_only,
                       GArray         *levels,
                       gsize          *out_start,
                       gsize          *out_end)
{
  gboolean found = FALSE;

  for (gsize i = start; i < end; i++)
    {
      guint before = levels->len;
      gsize after = ranks_only ? 0 : read_arabic_levels (self, i, end, levels);

      for (guint k = 0; after == 0 && k < G_N_ELEMENTS (level_names); k++)
        if ((!ranks_only || level_names[k].rank) &&
            (after = match_at (self->plain, i, end, level_names[k].name)) != 0)
          add_level (self, levels, level_names[k].level);
      if (after == 0)
        continue;
      if (levels->len > before || found)
        {
          if (!found && out_start != NULL)
            *out_start = i;
          if (out_end != NULL)
            *out_end = after;
          found = TRUE;
        }
      i = after - 1;
    }
  return found;
}

const char *
cp_notice_find_record (CpNoticeReader *self,
                       const char     *file,
                       const char     *member,
                       const char     *key,
                       gsize           start,
                       gsize           end,
                       gsize          *out_start,
                       gsize          *out_end)
{
  JsonArray *records = cp_policy_pack_get_records (self->pack, file, member);
  const char *best = NULL;
  gsize best_length = 0;

  /* The longest name that is there: 深圳市人工智能产业协会培训中心 over
   * 深圳市人工智能产业协会. */
  for (guint k = 0; records != NULL && k < json_array_get_length (records); k++)
    {
      JsonObject *record = json_array_get_object_element (records, k);
      const char *name = cp_text_get_member (record, "name", "zh_CN");

      if (name == NULL || strlen (name) <= best_length)
        continue;
      for (gsize i = start; i < end; i++)
        {
          gsize after = match_at (self->plain, i, end, name);

          if (after != 0)
            {
              best = json_object_get_string_member (record, key);
              best_length = strlen (name);
              *out_start = i;
              *out_end = after;
              break;
            }
        }
    }
  return best;
}

const char *
cp_notice_find_region (CpNoticeReader *self,
                       gsize           start,
                       gsize           end,
                       gsize          *out_start,
                       gsize          *out_end)
{
  JsonArray *regions = cp_policy_pack_get_records (self->pack, "regions.json", "regions");
  const char *city = NULL, *province = NULL;
  gsize city_start = end, city_end = 0, province_start = 0, province_end = 0;

  /* The city named first; the province only when no city is. */
  for (guint k = 0; regions != NULL && k < json_array_get_length (regions); k++)
    {
      JsonObject *region = json_array_get_object_element (regions, k);
      const char *name = cp_text_get_member (region, "name", "zh_CN");
      g_autofree char *short_name = NULL;
      gboolean is_province = g_strcmp0 (json_object_get_string_member (region, "kind"), "province") == 0;

      if (name == NULL)
        continue;
      /* 广州市天河区… and 广州天河… both name Guangzhou. */
      short_name = g_str_has_suffix (name, "市") || g_str_has_suffix (name, "省")
                   ? g_strndup (name, strlen (name) - strlen ("市")) : g_strdup (name);
      for (gsize i = start; i < end && i < city_start; i++)
        {
          gsize after = match_at (self->plain, i, end, short_name);
          gsize suffix;

          if (after == 0)
            continue;
          suffix = match_at (self->plain, after, end, is_province ? "省" : "市");
          if (suffix != 0)
            after = suffix;
          if (!is_province)
            {
              city = json_object_get_string_member (region, "id");
              city_start = i;
              city_end = after;
            }
          else if (province == NULL)
            {
              province = json_object_get_string_member (region, "id");
              province_start = i;
              province_end = after;
            }
          break;
        }
    }
  if (city != NULL)
    {
      *out_start = city_start;
      *out_end = city_end;
      return city;
    }
  if (province != NULL)
    {
      *out_start = province_start;
      *out_end = province_end;
    }
  return province;
}
