/* test-schema.c: the JSON shape checker, on small made-up shapes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "cp-schema.h"

static const char * const colours[] = { "red", "green", "blue", NULL };
static const CpSchema string_s = { CP_SCHEMA_STRING };
static const CpSchema id_s = { CP_SCHEMA_STRING, .defines = "thing" };
static const CpSchema ref_s = { CP_SCHEMA_STRING, .refers = "thing" };
static const CpSchema text_s = { CP_SCHEMA_TEXT };
static const CpSchema level_s = { CP_SCHEMA_INT, .min = 1, .max = 5 };
static const CpSchema yuan_s = { CP_SCHEMA_YUAN, CP_SCHEMA_NULLABLE };
static const CpSchema date_s = { CP_SCHEMA_DATE };
static const CpSchema url_s = { CP_SCHEMA_URL };
static const CpSchema colour_s = { CP_SCHEMA_ENUM, .values = colours };
static const CpSchema five_s = { CP_SCHEMA_ARRAY, .items = &yuan_s, .min = 5, .max = 5 };
static const CpSchema tags_s = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &string_s };
static const CpSchema map_s = { CP_SCHEMA_MAP, .values = colours, .items = &five_s };

static const CpSchemaMember thing_members[] = {
  { "id", &id_s, FALSE },
  { "name", &text_s, FALSE },
  { "level", &level_s, TRUE },
  { "date", &date_s, TRUE },
  { "url", &url_s, TRUE },
  { "colour", &colour_s, TRUE },
  { "amounts", &map_s, TRUE },
  { "tags", &tags_s, TRUE },
  { "other", &ref_s, TRUE },
  { NULL }
};
static const CpSchema thing_s = { CP_SCHEMA_OBJECT, .members = thing_members };
static const CpSchemaMember root_members[] = {
  { "things", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &thing_s, .min = 1 }, FALSE },
  { NULL }
};
static const CpSchema root_s = { CP_SCHEMA_OBJECT, .members = root_members };

#define NAME "\"name\": {\"en\": \"A\", \"zh_CN\": \"甲\"}"

/* Checks @json and returns the errors joined by newlines ("" for none). */
static char *
check (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(CpSchemaChecker) checker = cp_schema_checker_new ();
  GPtrArray *errors;
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_nonnull (node);
  cp_schema_checker_check (checker, "x.json", node, &root_s);
  cp_schema_checker_resolve_refs (checker);
  errors = cp_schema_checker_get_errors (checker);
  for (guint i = 0; i < errors->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (errors, i));
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
test_cases (void)
{
  static const struct
  {
    const char *json;
    const char *errors;
  } cases[] = {
    { "{\"things\": [{\"id\": \"a\", " NAME "}]}", "" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"level\": 3, \"date\": \"2024-02-29\", \"url\": \"https://x.cn/a\","
      " \"colour\": \"red\", \"amounts\": {\"blue\": [1, 2, null, 4, 5]}, \"tags\": [\"p\", \"q\"]}]}", "" },
    { "[]", "x.json: $: expected an object, got an array" },
    { "{}", "x.json: $: the member \"things\" is missing" },
    { "{\"things\": []}", "x.json: $.things: expected at least 1 item, got 0" },
    { "{\"things\": [{" NAME "}]}", "x.json: $.things[0]: the member \"id\" is missing" },
    { "{\"things\": [{\"id\": \"\", " NAME "}]}", "x.json: $.things[0].id: expected a non-empty string, got \"\"" },
    { "{\"things\": [{\"id\": 7, " NAME "}]}", "x.json: $.things[0].id: expected a non-empty string, got 7" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"colur\": \"red\"}]}",
      "x.json: $.things[0].colur: unknown member; a misspelt or misplaced key is an error" },
    { "{\"things\": [{\"id\": \"a\", \"name\": {\"en\": \"A\"}}]}",
      "x.json: $.things[0].name: the text has no \"zh_CN\" version" },
    { "{\"things\": [{\"id\": \"a\", \"name\": \"A\"}]}",
      "x.json: $.things[0].name: expected a text as {\"en\": …, \"zh_CN\": …}, got \"A\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"level\": 6}]}",
      "x.json: $.things[0].level: expected a whole number from 1 to 5, got 6" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"level\": 2.5}]}",
      "x.json: $.things[0].level: expected a whole number from 1 to 5, got 2.5" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"date\": \"2015-02-30\"}]}",
      "x.json: $.things[0].date: 2015-02-30 is not a date" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"date\": \"12/04/2026\"}]}",
      "x.json: $.things[0].date: expected a date as YYYY-MM-DD, got \"12/04/2026\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"url\": \"ftp://x.cn\"}]}",
      "x.json: $.things[0].url: expected an http:// or https:// address, got \"ftp://x.cn\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"colour\": \"pink\"}]}",
      "x.json: $.things[0].colour: expected one of \"red\", \"green\" or \"blue\", got \"pink\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"amounts\": {\"red\": [1, 2, 3, 4]}}]}",
      "x.json: $.things[0].amounts.red: expected exactly 5 items, got 4" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"amounts\": {\"red\": [1, 2, \"3元\", 4, 5]}}]}",
      "x.json: $.things[0].amounts.red[2]: expected a whole number of yuan from 0 to 1000000, or null where the figure is unknown, got \"3元\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"amounts\": {\"red\": [1, 2, -3, 4, 5]}}]}",
      "x.json: $.things[0].amounts.red[2]: expected a whole number of yuan from 0 to 1000000, or null where the figure is unknown, got -3" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"amounts\": {\"pink\": [1, 2, 3, 4, 5]}}]}",
      "x.json: $.things[0].amounts.pink: unknown key; expected one of \"red\", \"green\" or \"blue\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"tags\": [\"p\", \"p\"]}]}",
      "x.json: $.things[0].tags[1]: \"p\" is listed twice" },
    { "{\"things\": [{\"id\": \"a\", " NAME "}, {\"id\": \"a\", " NAME "}]}",
      "x.json: $.things[1].id: the thing id \"a\" is already used at x.json: $.things[0].id" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"other\": \"b\"}]}",
      "x.json: $.things[0].other: no thing has the id \"b\"" },
    { "{\"things\": [{\"id\": \"a\", " NAME ", \"other\": \"b\"}, {\"id\": \"b\", " NAME "}]}", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *errors = check (cases[i].json);

      g_test_message ("case %u: %s", i, cases[i].json);
      g_assert_cmpstr (errors, ==, cases[i].errors);
    }
}

static void
test_path_quoting (void)
{
  static const CpSchemaMember members[] = { { NULL } };
  static const CpSchema empty_s = { CP_SCHEMA_OBJECT, .members = members };
  g_autoptr(JsonNode) node = json_from_string ("{\"a b\": 1}", NULL);
  g_autoptr(CpSchemaChecker) checker = cp_schema_checker_new ();
  GPtrArray *errors;

  cp_schema_checker_check (checker, "y.json", node, &empty_s);
  errors = cp_schema_checker_get_errors (checker);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (errors, 0), ==,
                   "y.json: $[\"a b\"]: unknown member; a misspelt or misplaced key is an error");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/cases", test_cases);
  g_test_add_func ("/schema/path-quoting", test_path_quoting);

  return g_test_run ();
}
