/* test-profile.c: reading, checking and saving candidate profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "cp-profile.h"

#include <string.h>

static CpPolicyPack *pack;

#define HEAD "{\"format\": \"certpath-profile\", \"version\": 1, "

static void
test_bad_profiles (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } cases[] = {
    { HEAD "\"birth_date\": 19950301}",
      "profile.json: $.birth_date: expected a date as YYYY-MM-DD, got 19950301" },
    { HEAD "\"work_periods\": [{\"start\": \"2010-01-01\", \"end\": \"2012-01-01\"}, {\"start\": \"2014-01-01\", \"end\": \"2015-02-30\"}]}",
      "profile.json: $.work_periods[1].end: 2015-02-30 is not a date" },
    { HEAD "\"work_periods\": [{\"start\": \"2020-01-01\", \"end\": \"2019-12-31\"}]}",
      "profile.json: $.work_periods[0].end: end is before start" },
    { HEAD "\"city\": \"hangzhou\"}",
      "profile.json: $.city: no city has the id \"hangzhou\"" },
    { HEAD "\"city\": \"guangdong\"}",
      "profile.json: $.city: no city has the id \"guangdong\"" },
    { HEAD "\"education\": [{\"kind\": \"university\", \"related_major\": true, \"assessed\": false, \"graduated\": null, \"final_year\": false}]}",
      "profile.json: $.education[0].kind: expected one of \"secondary_vocational\", \"technician_school\", "
      "\"technician_school_senior\", \"technician_college\", \"college\", \"bachelor\" or \"postgraduate\", got \"university\"" },
    { "{\"format\": \"certpath-profile\", \"version\": 2}",
      "profile.json: $.version: expected 1, got 2" },
    { HEAD "\"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": \"4\", \"issued\": \"2021-05-10\", \"issuer\": \"evaluation_org\"}]}",
      "profile.json: $.certificates[0].level: expected a whole number from 1 to 5, got \"4\"" },
    { HEAD "\"work_periods\": {}}",
      "profile.json: $.work_periods: expected an array, got an object" },
    { HEAD "\"work_periods\": [{\"end\": null}]}",
      "profile.json: $.work_periods[0]: the member \"start\" is missing" },
    { HEAD "\"occupation\": \"4-04-05-99\"}",
      "profile.json: $.occupation: no occupation has the id \"4-04-05-99\"" },
    { "{\"version\": 1}",
      "profile.json: $: the member \"format\" is missing" },
    { HEAD "\"registered_sessions\": \"gd-ecommerce-2026-04-12-l3\"}",
      "profile.json: $.registered_sessions: expected an array, got \"gd-ecommerce-2026-04-12-l3\"" },
    { HEAD "\"registered_sessions\": [\"a\", \"a\"]}",
      "profile.json: $.registered_sessions[1]: \"a\" is listed twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CpProfile) profile = cp_profile_new_from_data (cases[i].json, -1, "profile.json", pack, &error);

      g_test_message ("%s", cases[i].json);
      g_assert_null (profile);
      g_assert_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_not_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data ("{\"format\": ", -1, "profile.json", pack, &error);

  g_assert_null (profile);
  g_assert_true (g_str_has_prefix (error->message, "profile.json: not valid JSON: "));
}

static const char example[] =
  "{\"format\": \"certpath-profile\", \"version\": 1, \"name\": \"王小明\", \"birth_date\": \"1995-03-01\","
  " \"occupation\": \"4-04-05-05\", \"city\": \"shenzhen\","
  " \"work_periods\": [{\"start\": \"2016-07-01\", \"end\": null, \"employer\": \"某公司\"}],"
  " \"certificates\": [{\"occupation\": \"4-04-05-05\", \"related\": true, \"level\": 4, \"issued\": \"2021-05-10\", \"issuer\": \"evaluation_org\"}],"
  " \"titles\": [{\"grade\": \"junior\", \"matches_major\": true, \"obtained\": \"2020-07-01\"}],"
  " \"education\": [{\"kind\": \"college\", \"related_major\": true, \"assessed\": false, \"graduated\": \"2016-06-30\", \"final_year\": false}],"
  " \"training_hours\": 0, \"hukou_city\": null, \"insured_city\": \"shenzhen\","
  " \"registered_unemployed_city\": null, \"graduate_registered_city\": null,"
  " \"subsidies_claimed\": [{\"kind\": \"skill_upgrade\", \"occupation\": \"4-04-05-05\", \"level\": 4, \"date\": \"2021-08-01\"}],"
  " \"counsellor_note\": \"call back in March\"}";

static void
test_read_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data (example, -1, "profile.json", pack, &error);
  const CpCertificate *certificate;

  g_assert_no_error (error);
  g_assert_cmpstr (cp_profile_get_name (profile), ==, "王小明");
  g_assert_cmpuint (cp_profile_get_birth_date (profile), ==, cp_date_from_ymd (1995, 3, 1));
  g_assert_cmpstr (cp_profile_get_city (profile), ==, "shenzhen");
  g_assert_cmpstr (cp_profile_get_link_city (profile, "insured_city"), ==, "shenzhen");
  g_assert_null (cp_profile_get_link_city (profile, "hukou_city"));
  g_assert_cmpuint (cp_profile_get_work_periods (profile)->len, ==, 1);
  g_assert_cmpuint (g_array_index (cp_profile_get_work_periods (profile), CpWorkPeriod, 0).end, ==, 0);
  certificate = &g_array_index (cp_profile_get_certificates (profile), CpCertificate, 0);
  g_assert_cmpint (certificate->level, ==, 4);
  g_assert_cmpstr (certificate->issuer, ==, "evaluation_org");
  g_assert_cmpuint (cp_profile_get_subsidies (profile)->len, ==, 1);
}

static void
test_round_trip_keeps_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data (example, -1, "profile.json", pack, &error);
  g_autoptr(CpProfile) again = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autofree char *data = NULL;
  g_autofree char *data_again = NULL;
  JsonObject *root;

  g_assert_no_error (error);
  cp_profile_set_document_done (profile, 3, "photo", TRUE);
  cp_profile_set_document_done (profile, 3, "id-card", TRUE);
  data = cp_profile_to_data (profile);
  saved = json_from_string (data, &error);
  g_assert_no_error (error);
  root = json_node_get_object (saved);

  /* Members this version does not know, at the top and inside a record. */
  g_assert_cmpstr (json_object_get_string_member (root, "counsellor_note"), ==, "call back in March");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (root, "work_periods"), 0),
                                                  "employer"), ==, "某公司");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (json_object_get_array_member (root, "work_periods"), 0), "end"));

  again = cp_profile_new_from_data (data, -1, "profile.json", pack, &error);
  g_assert_no_error (error);
  g_assert_true (cp_profile_get_document_done (again, 3, "photo"));
  g_assert_true (cp_profile_get_document_done (again, 3, "id-card"));
  g_assert_false (cp_profile_get_document_done (again, 4, "photo"));
  data_again = cp_profile_to_data (again);
  g_assert_cmpstr (data_again, ==, data);
}

/* An unknown member 15 deep (the reader takes 16) holding 400 000 zeros:
 * 800 KB compact, some 14 MB pretty-printed with an indent per level.
 * Saved, it stays within the reader's 1 MiB cap, and reads back. */
/* Registered sessions read back in the order marked; an old file without
 * the member has none, and gains none on a save. */
static void
test_registered_sessions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) old = cp_profile_new_from_data (example, -1, "profile.json", pack, &error);
  g_autoptr(CpProfile) again = NULL;
  g_autoptr(CpProfile) copy = NULL;
  g_autofree char *data = NULL;
  g_autofree char *cleared = NULL;
  GPtrArray *ids;

  g_assert_no_error (error);
  g_assert_cmpuint (cp_profile_get_registered_sessions (old)->len, ==, 0);
  data = cp_profile_to_data (old);
  g_assert_null (strstr (data, "registered_sessions"));
  g_clear_pointer (&data, g_free);

  cp_profile_set_registered (old, "gd-ecommerce-2026-04-12-l3", TRUE);
  cp_profile_set_registered (old, "sz-2026-06-l4", TRUE);
  cp_profile_set_registered (old, "gd-ecommerce-2026-04-12-l3", TRUE);
  cp_profile_set_registered (old, "", TRUE);
  g_assert_true (cp_profile_check (old, pack, &error));
  g_assert_no_error (error);
  data = cp_profile_to_data (old);
  again = cp_profile_new_from_data (data, -1, "profile.json", pack, &error);
  g_assert_no_error (error);
  ids = cp_profile_get_registered_sessions (again);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "gd-ecommerce-2026-04-12-l3");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "sz-2026-06-l4");
  g_assert_true (cp_profile_get_registered (again, "sz-2026-06-l4"));
  g_assert_false (cp_profile_get_registered (again, "sz-2026-06"));

  copy = cp_profile_copy (again);
  g_assert_true (cp_profile_get_registered (copy, "gd-ecommerce-2026-04-12-l3"));

  /* Unmarking both removes the member from the file it was read from. */
  cp_profile_set_registered (again, "gd-ecommerce-2026-04-12-l3", FALSE);
  cp_profile_set_registered (again, "sz-2026-06-l4", FALSE);
  cleared = cp_profile_to_data (again);
  g_assert_null (strstr (cleared, "registered_sessions"));
  g_assert_true (cp_profile_get_registered (copy, "sz-2026-06-l4"));
}

static void
test_unknown_member_bounded (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"certpath-profile\", \"version\": 1, \"kept\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpProfile) again = NULL;
  g_autofree char *data = NULL;

  for (guint i = 0; i < 15; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < 400000; i++)
    g_string_append (json, i == 0 ? "0" : ",0");
  for (guint i = 0; i < 15; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');
  g_assert_cmpuint (json->len, <, 1024 * 1024);

  profile = cp_profile_new_from_data (json->str, json->len, "kept.json", pack, &error);
  g_assert_no_error (error);
  data = cp_profile_to_data (profile);
  g_assert_cmpuint (strlen (data), <=, 1024 * 1024);
  again = cp_profile_new_from_data (data, -1, "kept.json", pack, &error);
  g_assert_no_error (error);
}

/* 140 000 numbers 1e+300 in a kept member: 980 KB as read, but json-glib
 * writes each as 1.0000000000000001e+300, 3.2 MiB even compact. The save
 * is refused and the file already there stays, rather than a file the
 * reader would refuse. */
static void
test_save_refuses_too_large (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"certpath-profile\", \"version\": 1, \"kept\": [1e+300");
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = NULL;
  g_autoptr(CpProfile) loaded = NULL;
  g_autofree char *directory = g_dir_make_tmp ("certpath-profile-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "big.json", NULL);

  for (guint i = 1; i < 140000; i++)
    g_string_append (json, ",1e+300");
  g_string_append (json, "]}");
  g_assert_cmpuint (json->len, <, 1024 * 1024);
  profile = cp_profile_new_from_data (json->str, json->len, "big.json", pack, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (path, example, -1, &error));
  g_assert_false (cp_profile_save (profile, path, &error));
  /* cp_profile_check () reads what would be written through the guard. */
  g_assert_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "not valid JSON: the file has 3.2"));
  g_clear_error (&error);
  loaded = cp_profile_new_from_file (path, pack, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cp_profile_get_name (loaded), ==, "王小明");

  g_remove (path);
  g_rmdir (directory);
}

static void
test_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpProfile) profile = cp_profile_new_from_data (example, -1, "profile.json", pack, &error);
  g_autofree char *directory = g_dir_make_tmp ("certpath-profile-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "wang.json", NULL);
  g_autoptr(CpProfile) loaded = NULL;
  GStatBuf buf;

  g_assert_no_error (error);
  g_assert_true (cp_profile_save (profile, path, &error));
  g_assert_no_error (error);
  /* Personal data: readable by the user only. */
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  loaded = cp_profile_new_from_file (path, pack, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cp_profile_get_name (loaded), ==, "王小明");

  g_remove (path);
  g_rmdir (directory);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  directory = cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);

  g_test_add_func ("/profile/bad", test_bad_profiles);
  g_test_add_func ("/profile/not-json", test_not_json);
  g_test_add_func ("/profile/read-example", test_read_example);
  g_test_add_func ("/profile/round-trip-keeps-unknown", test_round_trip_keeps_unknown);
  g_test_add_func ("/profile/save", test_save);
  g_test_add_func ("/profile/registered-sessions", test_registered_sessions);
  g_test_add_func ("/profile/unknown-member-bounded", test_unknown_member_bounded);
  g_test_add_func ("/profile/save-refuses-too-large", test_save_refuses_too_large);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
