/* cp-roster-columns.c
 *
 * The synonyms are the headers seen in class lists of training schools in
 * Guangdong; the first Chinese one is the header of the Chinese template.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-roster-columns.h"
#include "cp-roster-values.h"

#include <string.h>

const CpRosterColumn cp_roster_column_list[] = {
  { "name", N_("Name"), "姓名|名字|学员姓名|考生姓名|学员" },
  { "id_number", N_("ID number"), "身份证号|身份证号码|身份证|公民身份号码|证件号码|证件号|idno|idcard" },
  { "birth_date", N_("Birth date"), "出生日期|出生年月日|生日|出生时间|dateofbirth" },
  { "city", N_("City"), "城市|报考城市|所在城市|申报城市|所在地市|地市|报考地" },
  { "occupation", N_("Occupation code"), "职业编码|职业代码|职业编号" },
  { "target_level", N_("Level applied for"), "报考等级|申报等级|等级|报考级别|申报级别|级别" },
  { "work_start", N_("Work start"), "参加工作时间|工作开始|工作起始时间|工作开始时间|开始工作时间|从业开始时间" },
  { "work_end", N_("Work end"), "工作结束|离职时间|工作结束时间|结束工作时间" },
  { "certificate_level", N_("Certificate level"), "证书等级|最高证书等级|已有证书等级|原证书等级" },
  { "certificate_issued", N_("Certificate issued"), "发证日期|证书发证日期|发证时间|证书日期|取证时间" },
  { "certificate_issuer", N_("Certificate issued by"), "发证机构类型|证书发证单位|评价机构类型|发证单位类型" },
  { "title_grade", N_("Professional title"), "职称|职称等级|专业技术职称" },
  { "title_matches_major", N_("Title matches major"), "职称专业对口|职称专业对应|职称是否对口" },
  { "title_obtained", N_("Title obtained"), "职称取得时间|职称取得日期|职称时间" },
  { "education_kind", N_("Schooling"), "学历|最高学历|文化程度|学历层次" },
  { "education_related_major", N_("Related major"), "专业相关|相关专业|是否相关专业|专业是否相关" },
  { "education_assessed", N_("Programme assessed"), "经评估论证|专业经评估论证|是否经评估论证" },
  { "education_graduated", N_("Graduated"), "毕业时间|毕业日期|毕业年月" },
  { "education_final_year", N_("Final-year student"), "应届毕业生|在读应届|是否应届" },
  { "training_hours", N_("Training hours"), "培训学时|学时|培训课时" },
  { "hukou_city", N_("Household registration city"), "户籍所在城市|户籍地|户籍城市|户籍|户口所在地" },
  { "insured_city", N_("Social insurance city"), "社保所在城市|参保城市|参保地|社保城市|社保缴纳地" },
  { "documents_done", N_("Documents gathered"), "已交材料|已备材料|已提交材料" },
  { NULL }
};

/* Headers also carry "*" for a required column and a trailing colon. */
static char *
normalize_header (const char *header)
{
  char *normal = cp_roster_normalize (header);
  char *out = normal;

  for (char *p = normal; *p != '\0'; p++)
    if (strchr ("*_:", *p) == NULL)
      *out++ = *p;
  *out = '\0';
  if (g_str_has_suffix (normal, "："))
    normal[strlen (normal) - strlen ("：")] = '\0';
  return normal;
}

static gboolean
names_column (const CpRosterColumn *column,
              const char           *normal)
{
  g_autofree char *id = normalize_header (column->id);
  g_autofree char *label = normalize_header (column->label);
  g_autofree char *translated = normalize_header (g_dgettext (GETTEXT_PACKAGE, column->label));
  g_auto(GStrv) synonyms = g_strsplit (column->synonyms, "|", -1);

  if (g_str_equal (normal, id) || g_str_equal (normal, label) || g_str_equal (normal, translated))
    return TRUE;
  return g_strv_contains ((const char * const *) synonyms, normal);
}

const CpRosterColumn *
cp_roster_column_find (const char *header)
{
  g_autofree char *normal = normalize_header (header);

  if (normal[0] == '\0')
    return NULL;
  for (guint i = 0; cp_roster_column_list[i].id != NULL; i++)
    if (names_column (&cp_roster_column_list[i], normal))
      return &cp_roster_column_list[i];
  return NULL;
}

const CpRosterColumn *
cp_roster_column_by_id (const char *id)
{
  for (guint i = 0; cp_roster_column_list[i].id != NULL; i++)
    if (g_str_equal (cp_roster_column_list[i].id, id))
      return &cp_roster_column_list[i];
  return NULL;
}

guint
cp_roster_column_count (void)
{
  return G_N_ELEMENTS (cp_roster_column_list) - 1;
}
