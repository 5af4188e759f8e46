/* bench-class.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-class.h"
#include "cp-csv.h"

#include <time.h>

static char *
id_number (guint year,
           guint month,
           guint day,
           guint serial)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  g_autofree char *body = g_strdup_printf ("440106%04u%02u%02u%03u", year, month, day, serial % 1000);
  int sum = 0;

  for (guint i = 0; i < 17; i++)
    sum += (body[i] - '0') * weights[i];
  return g_strdup_printf ("%s%c", body, "10X98765432"[sum % 11]);
}

GPtrArray *
bench_class_table (guint rows)
{
  static const char * const cities[] = { "广州", "深圳市", "东莞", "佛山市", "惠州", "珠海" };
  static const char * const levels[] = { "三级/高级工", "3", "高级工", "四级" };
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (table, g_strsplit ("序号,姓名,身份证号码,报考城市,申报等级,参加工作时间,证书等级,发证日期,学历,"
                                      "是否相关专业,毕业时间,参保地,备注", ",", -1));
  for (guint i = 0; i < rows; i++)
    {
      guint year = 1980 + i % 20, month = 1 + i % 12, day = 1 + i % 28, start = 2005 + i % 18;
      GPtrArray *record = g_ptr_array_new ();

      g_ptr_array_add (record, g_strdup_printf ("%u", i + 1));
      g_ptr_array_add (record, g_strdup_printf ("学员%04u", i + 1));
      g_ptr_array_add (record, id_number (year, month, day, i));
      g_ptr_array_add (record, g_strdup (cities[i % G_N_ELEMENTS (cities)]));
      g_ptr_array_add (record, g_strdup (levels[i % G_N_ELEMENTS (levels)]));
      switch (i % 4)
        {
        case 0: g_ptr_array_add (record, g_strdup_printf ("%u/%u/1", start, month)); break;
        case 1: g_ptr_array_add (record, g_strdup_printf ("%u.%u.1", start, month)); break;
        case 2: g_ptr_array_add (record, g_strdup_printf ("%u年%u月1日", start, month)); break;
        default: g_ptr_array_add (record, g_strdup_printf ("%u%02u01", start, month));
        }
      g_ptr_array_add (record, g_strdup (i % 3 == 0 ? "四级" : ""));
      g_ptr_array_add (record, g_strdup (i % 3 == 0 ? "2020-06-30" : ""));
      g_ptr_array_add (record, g_strdup (i % 5 == 0 ? "大专" : ""));
      g_ptr_array_add (record, g_strdup (i % 5 == 0 ? "是" : ""));
      g_ptr_array_add (record, g_strdup (i % 5 == 0 ? "2004-07-01" : ""));
      g_ptr_array_add (record, g_strdup (cities[i % G_N_ELEMENTS (cities)]));
      g_ptr_array_add (record, g_strdup (""));
      g_ptr_array_add (record, NULL);
      g_ptr_array_add (table, g_ptr_array_free (record, FALSE));
    }
  return table;
}

char *
bench_class_gbk_csv (GPtrArray *table,
                     gsize     *length)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint r = 0; r < table->len; r++)
    {
      GStrv record = g_ptr_array_index (table, r);

      for (guint c = 0; record[c] != NULL; c++)
        cp_csv_append_field (text, record[c], c == 0);
      g_string_append (text, "\r\n");
    }
  return g_convert (text->str, text->len, "GB18030", "UTF-8", NULL, length, NULL);
}

double
bench_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}
