/* cp-roster-values.c
 *
 * Front desks type what they see on paper; every form below was met in
 * class lists kept in WPS or Excel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-roster-values.h"
#include "cp-text.h"

#include <string.h>

char *
cp_roster_normalize (const char *text)
{
  g_autofree char *folded = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);
  GString *out = g_string_new (NULL);

  if (folded == NULL)  /* not UTF-8: compare it as it is */
    folded = g_strdup (text);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF)
        continue;
      if (c < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char) c));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Up to @max digits (at least one) as a number; moves @p past them. */
static gboolean
read_number (const char **p,
             guint        max,
             int         *out)
{
  guint count = 0;

  *out = 0;
  while (count < max && g_ascii_isdigit ((*p)[0]))
    {
      *out = *out * 10 + ((*p)[0] - '0');
      (*p)++;
      count++;
    }
  return count > 0;
}

static gboolean
skip (const char **p,
      const char  *text)
{
  gsize length = strlen (text);

  if (strncmp (*p, text, length) != 0)
    return FALSE;
  *p += length;
  return TRUE;
}

/* What may follow a date: a time of day ("00:00:00", "t00:00"). */
static gboolean
is_time_of_day (const char *p)
{
  if (*p == 't')
    p++;
  if (*p == '\0')
    return TRUE;
  if (!g_ascii_isdigit (*p) || strchr (p, ':') == NULL)
    return FALSE;
  return strspn (p, "0123456789:.") == strlen (p);
}

CpDateParseResult
cp_roster_parse_date (const char *text,
                      CpDay      *out_day)
{
  g_autofree char *normal = cp_roster_normalize (text);
  const char *p = normal;
  int year, month, mday;
  gboolean chinese = FALSE;
  char separator;

  if (strlen (normal) == 8 && strspn (normal, "0123456789") == 8)
    {
      year = (normal[0] - '0') * 1000 + (normal[1] - '0') * 100 + (normal[2] - '0') * 10 + (normal[3] - '0');
      month = (normal[4] - '0') * 10 + (normal[5] - '0');
      mday = (normal[6] - '0') * 10 + (normal[7] - '0');
    }
  else
    {
      if (!read_number (&p, 4, &year) || p - normal != 4)
        return CP_DATE_MALFORMED;
      separator = *p;
      if (skip (&p, "年"))
        chinese = TRUE;
      else if (separator == '-' || separator == '/' || separator == '.')
        p++;
      else
        return CP_DATE_MALFORMED;
      if (!read_number (&p, 2, &month))
        return CP_DATE_MALFORMED;
      if (chinese ? !skip (&p, "月") : *p++ != separator)
        return CP_DATE_MALFORMED;
      if (!read_number (&p, 2, &mday))
        return CP_DATE_MALFORMED;
      if (chinese && !skip (&p, "日"))
        skip (&p, "号");
      if (!is_time_of_day (p))
        return CP_DATE_MALFORMED;
    }
  if (year < 1900 || year > 2200 || !g_date_valid_dmy (mday, month, year))
    return CP_DATE_IMPOSSIBLE;
  if (out_day != NULL)
    *out_day = cp_date_from_ymd (year, month, mday);
  return CP_DATE_OK;
}

static int
find_word (const char * const *table,
           const char         *normal)
{
  for (int i = 0; table[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (table[i], "|", -1);

      if (g_strv_contains ((const char * const *) words, normal))
        return i;
    }
  return -1;
}

/* The value whose words (in @words, at the same place) name @text. */
static const char *
pick (const char * const *values,
      const char * const *words,
      const char         *text)
{
  g_autofree char *normal = cp_roster_normalize (text);
  int found = find_word (words, normal);

  return found >= 0 ? values[found] : NULL;
}

gboolean
cp_roster_parse_yes_no (const char *text,
                        gboolean   *out_yes)
{
  static const char * const words[] = {
    "是|y|yes|√|✓|✔|true|有|对",
    "否|n|no|×|✗|✘|x|false|无|不是",
    NULL
  };
  g_autofree char *normal = cp_roster_normalize (text);
  int found = find_word (words, normal);

  if (found < 0)
    return FALSE;
  *out_yes = found == 0;
  return TRUE;
}

const char *
cp_roster_parse_education (const char *text)
{
  static const char * const kinds[] = {
    "secondary_vocational", "technician_school", "technician_school_senior", "technician_college",
    "college", "bachelor", "postgraduate", "",
  };
  static const char * const words[] = {
    "secondary_vocational|中专|中职|职高|职业高中|中等职业学校|中等专业学校",
    "technician_school|技校|技工学校|技工院校|中级工班",
    "technician_school_senior|高级技工学校|高级工班|技工院校高级工班",
    "technician_college|技师学院|预备技师班|技师班",
    "college|大专|高职|专科|大学专科|高职高专|高等职业学校",
    "bachelor|本科|大学本科|学士",
    "postgraduate|硕士|博士|研究生|硕士研究生|博士研究生",
    "none|小学|初中|高中|普通高中",
    NULL
  };
  return pick (kinds, words, text);
}

const char *
cp_roster_parse_title (const char *text)
{
  static const char * const grades[] = { "junior", "intermediate", "senior" };
  static const char * const words[] = {
    "junior|初级|初级职称|员级|助理级",
    "intermediate|中级|中级职称",
    "senior|高级|高级职称|副高|副高级|正高|正高级",
    NULL
  };
  return pick (grades, words, text);
}

const char *
cp_roster_parse_issuer (const char *text)
{
  static const char * const issuers[] = { "evaluation_org", "employer" };
  static const char * const words[] = {
    "evaluation_org|评价机构|社会培训评价组织|第三方评价机构|第三方",
    "employer|用人单位|企业|单位|企业自主评价|用人单位自主评价|自主评价",
    NULL
  };
  return pick (issuers, words, text);
}

CpIdNumberResult
cp_roster_id_number_birth_date (const char *text,
                                CpDay      *out_day)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  g_autofree char *normal = cp_roster_normalize (text);
  int sum = 0, year, month, mday;

  if (strlen (normal) != 18 || strspn (normal, "0123456789") < 17 ||
      (!g_ascii_isdigit (normal[17]) && normal[17] != 'x'))
    return CP_ID_NUMBER_MALFORMED;
  for (guint i = 0; i < 17; i++)
    sum += (normal[i] - '0') * weights[i];
  if ("10x98765432"[sum % 11] != normal[17])
    return CP_ID_NUMBER_CHECK_DIGIT;
  year = (normal[6] - '0') * 1000 + (normal[7] - '0') * 100 + (normal[8] - '0') * 10 + (normal[9] - '0');
  month = (normal[10] - '0') * 10 + (normal[11] - '0');
  mday = (normal[12] - '0') * 10 + (normal[13] - '0');
  if (year < 1900 || !g_date_valid_dmy (mday, month, year))
    return CP_ID_NUMBER_BAD_DATE;
  if (out_day != NULL)
    *out_day = cp_date_from_ymd (year, month, mday);
  return CP_ID_NUMBER_OK;
}

/* ---------- Names from the pack ---------- */

struct _CpRosterNames
{
  GHashTable *cities;     /* normalized name → id (borrowed from the pack) */
  GHashTable *levels;     /* normalized name → level */
  GHashTable *documents;  /* normalized name → id */
};

static void
add_name (GHashTable *table,
          const char *name,
          gpointer    value)
{
  if (name != NULL && name[0] != '\0')
    g_hash_table_insert (table, cp_roster_normalize (name), value);
}

static void
add_texts (GHashTable *table,
           JsonObject *text,
           gpointer    value)
{
  add_name (table, cp_text_get (text, "en"), value);
  add_name (table, cp_text_get (text, "zh_CN"), value);
}

static void
add_cities (CpRosterNames *self,
            CpPolicyPack  *pack)
{
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");

  for (guint i = 0; regions != NULL && i < json_array_get_length (regions); i++)
    {
      JsonObject *region = json_array_get_object_element (regions, i);
      const char *id = json_object_get_string_member (region, "id");
      JsonObject *name = json_object_get_object_member (region, "name");
      const char *chinese = cp_text_get (name, "zh_CN");
      g_autofree char *english_city = NULL;

      if (g_str_equal (json_object_get_string_member (region, "kind"), "province"))
        continue;
      add_name (self->cities, id, (gpointer) id);
      add_texts (self->cities, name, (gpointer) id);
      /* 广州 for 广州市, and "Guangzhou City" for Guangzhou. */
      if (chinese != NULL && g_str_has_suffix (chinese, "市"))
        {
          g_autofree char *bare = g_strndup (chinese, strlen (chinese) - strlen ("市"));
          add_name (self->cities, bare, (gpointer) id);
        }
      english_city = g_strconcat (cp_text_get (name, "en"), "city", NULL);
      add_name (self->cities, english_city, (gpointer) id);
    }
}

static void
add_levels (CpRosterNames *self,
            CpPolicyPack  *pack)
{
  static const char * const numerals[] = { "一", "二", "三", "四", "五" };
  JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");

  for (int level = 1; level <= 5; level++)
    {
      g_autofree char *digit = g_strdup_printf ("%d", level);
      g_autofree char *ji = g_strdup_printf ("%d级", level);

      add_name (self->levels, digit, GINT_TO_POINTER (level));
      add_name (self->levels, ji, GINT_TO_POINTER (level));
      add_name (self->levels, numerals[level - 1], GINT_TO_POINTER (level));
    }
  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    {
      JsonObject *record = json_array_get_object_element (levels, i);
      gpointer level = GINT_TO_POINTER ((int) json_object_get_int_member (record, "level"));
      const char *members[] = { "name", "short_name" };

      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          JsonObject *text = json_object_get_object_member (record, members[m]);
          const char *languages[] = { "en", "zh_CN" };

          add_texts (self->levels, text, level);
          /* "三级/高级工": 三级 and 高级工 alone too. */
          for (guint l = 0; text != NULL && l < G_N_ELEMENTS (languages); l++)
            {
              g_auto(GStrv) parts = g_strsplit (cp_text_get (text, languages[l]), "/", -1);

              for (guint k = 0; parts[k] != NULL; k++)
                add_name (self->levels, parts[k], level);
            }
        }
    }
}

static void
add_documents (CpRosterNames *self,
               CpPolicyPack  *pack)
{
  JsonArray *documents = cp_policy_pack_get_records (pack, "eligibility.json", "documents");

  for (guint i = 0; documents != NULL && i < json_array_get_length (documents); i++)
    {
      JsonObject *document = json_array_get_object_element (documents, i);
      const char *id = json_object_get_string_member (document, "id");

      add_name (self->documents, id, (gpointer) id);
      add_texts (self->documents, json_object_get_object_member (document, "name"), (gpointer) id);
    }
}

CpRosterNames *
cp_roster_names_new (CpPolicyPack *pack)
{
  CpRosterNames *self = g_new0 (CpRosterNames, 1);

  self->cities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_cities (self, pack);
  add_levels (self, pack);
  add_documents (self, pack);
  return self;
}

void
cp_roster_names_free (CpRosterNames *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->cities);
  g_hash_table_unref (self->levels);
  g_hash_table_unref (self->documents);
  g_free (self);
}

static gpointer
look_up (GHashTable *table,
         const char *text)
{
  g_autofree char *normal = cp_roster_normalize (text);

  return g_hash_table_lookup (table, normal);
}

const char *
cp_roster_names_city (CpRosterNames *self,
                      const char    *text)
{
  return look_up (self->cities, text);
}

int
cp_roster_names_level (CpRosterNames *self,
                       const char    *text)
{
  return GPOINTER_TO_INT (look_up (self->levels, text));
}

const char *
cp_roster_names_document (CpRosterNames *self,
                          const char    *text)
{
  return look_up (self->documents, text);
}
