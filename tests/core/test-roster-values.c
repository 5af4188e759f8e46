/* test-roster-values.c: cells as front desks type them, headers as they
 * write them; every expected value worked by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-policy-pack.h"
#include "cp-roster-columns.h"
#include "cp-roster-values.h"

static void
test_dates (void)
{
  static const struct
  {
    const char        *text;
    CpDateParseResult  result;
    const char        *day;
  } cases[] = {
    { "1992-03-08", CP_DATE_OK, "1992-03-08" },
    { "1992/3/8", CP_DATE_OK, "1992-03-08" },
    { "1992.3.8", CP_DATE_OK, "1992-03-08" },
    { "1992年3月8日", CP_DATE_OK, "1992-03-08" },
    { "1992年03月08号", CP_DATE_OK, "1992-03-08" },
    { "19920308", CP_DATE_OK, "1992-03-08" },
    { " １９９２－０３－０８ ", CP_DATE_OK, "1992-03-08" },   /* full-width, spaced */
    { "1992-03-08 00:00:00", CP_DATE_OK, "1992-03-08" },     /* a date cell saved as CSV */
    { "1992-03-08T00:00", CP_DATE_OK, "1992-03-08" },
    { "1995/2/30", CP_DATE_IMPOSSIBLE, NULL },
    { "19950230", CP_DATE_IMPOSSIBLE, NULL },
    { "1992-13-01", CP_DATE_IMPOSSIBLE, NULL },
    { "1992/3-8", CP_DATE_MALFORMED, NULL },                /* separators must agree */
    { "1992年3月", CP_DATE_MALFORMED, NULL },
    { "92/3/8", CP_DATE_MALFORMED, NULL },
    { "三月八日", CP_DATE_MALFORMED, NULL },
    { "", CP_DATE_MALFORMED, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CpDay day = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (cp_roster_parse_date (cases[i].text, &day), ==, cases[i].result);
      if (cases[i].day != NULL)
        {
          g_autofree char *text = cp_date_format (day);
          g_assert_cmpstr (text, ==, cases[i].day);
        }
    }
}

static void
test_id_numbers (void)
{
  CpDay day = 0;
  g_autofree char *text = NULL;

  /* 4·7+4·9+0·10+1·5+0·8+6·4+1·2+9·1+9·6+0·3+0·7+3·9+0·10+7·5+1·8+2·4+3·2
   * = 242 = 22·11: remainder 0, check character "1". */
  g_assert_cmpint (cp_roster_id_number_birth_date ("440106199003071231", &day), ==, CP_ID_NUMBER_OK);
  text = cp_date_format (day);
  g_assert_cmpstr (text, ==, "1990-03-07");
  g_assert_cmpint (cp_roster_id_number_birth_date ("440106199003071232", NULL), ==, CP_ID_NUMBER_CHECK_DIGIT);
  /* Remainder 2 gives X, upper or lower case. */
  g_assert_cmpint (cp_roster_id_number_birth_date ("44030519880520135X", NULL), ==, CP_ID_NUMBER_OK);
  g_assert_cmpint (cp_roster_id_number_birth_date ("44030519880520135x", NULL), ==, CP_ID_NUMBER_OK);
  g_assert_cmpint (cp_roster_id_number_birth_date ("4401061990030712", NULL), ==, CP_ID_NUMBER_MALFORMED);
  g_assert_cmpint (cp_roster_id_number_birth_date ("4.40106199003071E+17", NULL), ==, CP_ID_NUMBER_MALFORMED);
  /* 1990-02-30 with a check character that fits: 4·7+4·9+1·5+6·4+1·2+9·1+9·6+2·9+3·10+0·5
   * +1·8+2·4+3·2 = 228 = 20·11+8: remainder 8, "4". */
  g_assert_cmpint (cp_roster_id_number_birth_date ("440106199002301234", NULL), ==, CP_ID_NUMBER_BAD_DATE);
}

static void
test_words (void)
{
  gboolean yes = FALSE;
  const char * const yes_words[] = { "是", "Y", "yes", "√", "ＹＥＳ", " 是 " };
  const char * const no_words[] = { "否", "n", "No", "×" };

  for (guint i = 0; i < G_N_ELEMENTS (yes_words); i++)
    {
      g_assert_true (cp_roster_parse_yes_no (yes_words[i], &yes));
      g_assert_true (yes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (no_words); i++)
    {
      g_assert_true (cp_roster_parse_yes_no (no_words[i], &yes));
      g_assert_false (yes);
    }
  g_assert_false (cp_roster_parse_yes_no ("maybe", &yes));

  g_assert_cmpstr (cp_roster_parse_education ("中专"), ==, "secondary_vocational");
  g_assert_cmpstr (cp_roster_parse_education ("中职"), ==, "secondary_vocational");
  g_assert_cmpstr (cp_roster_parse_education ("技校"), ==, "technician_school");
  g_assert_cmpstr (cp_roster_parse_education ("高级技工学校"), ==, "technician_school_senior");
  g_assert_cmpstr (cp_roster_parse_education ("技师学院"), ==, "technician_college");
  g_assert_cmpstr (cp_roster_parse_education ("大专"), ==, "college");
  g_assert_cmpstr (cp_roster_parse_education ("高职"), ==, "college");
  g_assert_cmpstr (cp_roster_parse_education ("本科"), ==, "bachelor");
  g_assert_cmpstr (cp_roster_parse_education ("硕士"), ==, "postgraduate");
  g_assert_cmpstr (cp_roster_parse_education ("博士"), ==, "postgraduate");
  g_assert_cmpstr (cp_roster_parse_education ("初中"), ==, "");
  g_assert_cmpstr (cp_roster_parse_education ("高中"), ==, "");
  g_assert_null (cp_roster_parse_education ("幼儿园"));
  g_assert_cmpstr (cp_roster_parse_title ("中级职称"), ==, "intermediate");
  g_assert_cmpstr (cp_roster_parse_issuer ("用人单位"), ==, "employer");
}

static void
test_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = cp_policy_pack_load (g_getenv ("CERTPATH_POLICY_DIR"), &error);
  g_autoptr(CpRosterNames) names = NULL;

  g_assert_no_error (error);
  names = cp_roster_names_new (pack);
  g_assert_cmpstr (cp_roster_names_city (names, "广州"), ==, "guangzhou");
  g_assert_cmpstr (cp_roster_names_city (names, "广州市"), ==, "guangzhou");
  g_assert_cmpstr (cp_roster_names_city (names, "Guangzhou"), ==, "guangzhou");
  g_assert_cmpstr (cp_roster_names_city (names, "东莞"), ==, "dongguan");
  g_assert_cmpstr (cp_roster_names_city (names, "Huizhou City"), ==, "huizhou");
  g_assert_null (cp_roster_names_city (names, "广东"));     /* a province is not a city */
  g_assert_null (cp_roster_names_city (names, "杭州"));
  g_assert_cmpint (cp_roster_names_level (names, "三级"), ==, 3);
  g_assert_cmpint (cp_roster_names_level (names, "三级/高级工"), ==, 3);
  g_assert_cmpint (cp_roster_names_level (names, "高级工"), ==, 3);
  g_assert_cmpint (cp_roster_names_level (names, "３"), ==, 3);
  g_assert_cmpint (cp_roster_names_level (names, "高级技师"), ==, 1);
  g_assert_cmpint (cp_roster_names_level (names, "技师"), ==, 2);
  g_assert_cmpint (cp_roster_names_level (names, "Level 4"), ==, 4);
  g_assert_cmpint (cp_roster_names_level (names, "6"), ==, 0);
  g_assert_cmpstr (cp_roster_names_document (names, "证件照"), ==, "photo");
}

static void
test_headers (void)
{
  static const struct { const char *header; const char *id; } cases[] = {
    { "姓名", "name" }, { "　姓 名　", "name" }, { "*姓名", "name" }, { "Name", "name" },
    { "身份证号码", "id_number" }, { "报考城市", "city" }, { "所在城市", "city" },
    { "申报等级", "target_level" }, { "工作起始时间", "work_start" }, { "离职时间", "work_end" },
    { "最高证书等级", "certificate_level" }, { "证书发证日期", "certificate_issued" },
    { "是否相关专业", "education_related_major" }, { "毕业日期", "education_graduated" },
    { "参保地", "insured_city" }, { "户籍地", "hukou_city" }, { "培训学时", "training_hours" },
    { "birth_date", "birth_date" }, { "Birth date", "birth_date" },
    { "备注", NULL }, { "手机", NULL }, { "序号", NULL }, { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const CpRosterColumn *column = cp_roster_column_find (cases[i].header);

      g_test_message ("%s", cases[i].header);
      g_assert_cmpstr (column != NULL ? column->id : NULL, ==, cases[i].id);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/roster-values/dates", test_dates);
  g_test_add_func ("/roster-values/id-numbers", test_id_numbers);
  g_test_add_func ("/roster-values/words", test_words);
  g_test_add_func ("/roster-values/names", test_names);
  g_test_add_func ("/roster-values/headers", test_headers);
  return g_test_run ();
}
