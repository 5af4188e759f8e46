/* test-user-sessions.c: one's own sessions, centres and courses, saved,
 * read back, refused when wrong, and exported as a feed that reads back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cp-feed-export.h"
#include "cp-notice.h"
#include "cp-user-sessions.h"

static CpPolicyPack *pack;

typedef struct
{
  char           *directory;
  CpUserSessions *store;
  guint           changed;
} Fixture;

static void
on_changed (CpUserSessions *store,
            Fixture        *fixture)
{
  fixture->changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->directory = g_dir_make_tmp ("certpath-own-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = cp_user_sessions_new (fixture->directory, pack);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), fixture);
  g_assert_true (cp_user_sessions_load (fixture->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (cp_user_sessions_get_path (fixture->store));

  g_object_unref (fixture->store);
  g_unlink (path);
  g_rmdir (fixture->directory);
  g_free (fixture->directory);
}

/* The notice's JSON, as the CLI prints it and a person corrects it. */
static JsonObject *
read_notice (const char *file,
             const char *member)
{
  g_autofree char *path = g_build_filename (g_getenv ("CERTPATH_TESTS_DATA"), "notices", file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpNotice) notice = NULL;
  g_autoptr(JsonNode) json = NULL;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  notice = cp_notice_read (pack, text, length, &error);
  g_assert_no_error (error);
  json = cp_notice_to_json (notice);
  return json_object_ref (json_object_get_object_member (json_node_get_object (json), member));
}

static guint
count (CpUserSessions *store,
       CpUserKind      kind)
{
  g_autoptr(GPtrArray) records = cp_user_sessions_list (store, kind);

  return records->len;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  return json_object_ref (json_node_get_object (node));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) seed = read_notice ("seed-004.txt", "session");
  g_autoptr(JsonObject) foshan = read_notice ("foshan-fullwidth.txt", "session");
  g_autoptr(JsonObject) centre = read_notice ("foshan-fullwidth.txt", "centre");
  g_autoptr(CpUserSessions) again = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  CpUserRecord *record;

  g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_SESSION, seed, CP_USER_ORIGIN_NOTICE, &error));
  g_assert_no_error (error);
  /* The Foshan session is at a centre of one's own: not before it is saved. */
  g_assert_false (cp_user_sessions_add (fixture->store, CP_USER_SESSION, foshan, CP_USER_ORIGIN_NOTICE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_CENTRE, centre, CP_USER_ORIGIN_NOTICE, &error));
  g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_SESSION, foshan, CP_USER_ORIGIN_HAND, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed, ==, 4);  /* load, then three saves */

  /* The same again is refused; the centre is in use. */
  g_assert_false (cp_user_sessions_add (fixture->store, CP_USER_SESSION, seed, CP_USER_ORIGIN_NOTICE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (cp_user_sessions_remove (fixture->store, CP_USER_CENTRE, "notice-centre-51fc7588", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);

  /* Read back from the file by another store: the same records, with
   * what the notice did not say as null, sorted by exam date. */
  again = cp_user_sessions_new (fixture->directory, pack);
  g_assert_true (cp_user_sessions_load (again, &error));
  sessions = cp_user_sessions_list (again, CP_USER_SESSION);
  g_assert_cmpuint (sessions->len, ==, 2);
  record = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (record->id, ==, "notice-gd-ecommerce-college-2026-04-12-l3");
  g_assert_cmpint (record->origin, ==, CP_USER_ORIGIN_NOTICE);
  g_assert_cmpstr (cp_user_record_get_string (record, "papers_due"), ==, "2026-03-27");
  record = g_ptr_array_index (sessions, 1);
  g_assert_cmpstr (record->id, ==, "notice-centre-51fc7588-2026-05-17-l4-l3");
  g_assert_cmpint (record->origin, ==, CP_USER_ORIGIN_HAND);
  g_assert_true (json_object_get_null_member (record->record, "plan_number"));
  g_assert_nonnull (cp_user_sessions_lookup (again, CP_USER_CENTRE, "notice-centre-51fc7588"));

  /* Replace, then remove both sessions and the centre. */
  json_object_set_int_member (seed, "capacity", 350);
  g_assert_true (cp_user_sessions_replace (again, CP_USER_SESSION, seed, CP_USER_ORIGIN_HAND, &error));
  record = cp_user_sessions_lookup (again, CP_USER_SESSION, "notice-gd-ecommerce-college-2026-04-12-l3");
  g_assert_cmpint (json_object_get_int_member (record->record, "capacity"), ==, 350);
  g_assert_cmpint (record->origin, ==, CP_USER_ORIGIN_HAND);
  g_assert_true (cp_user_sessions_remove (again, CP_USER_SESSION, "notice-centre-51fc7588-2026-05-17-l4-l3", &error));
  g_assert_true (cp_user_sessions_remove (again, CP_USER_CENTRE, "notice-centre-51fc7588", &error));
  g_assert_true (cp_user_sessions_remove (again, CP_USER_SESSION, "notice-gd-ecommerce-college-2026-04-12-l3", &error));
  g_assert_no_error (error);
  g_assert_false (cp_user_sessions_remove (again, CP_USER_SESSION, "notice-gd-ecommerce-college-2026-04-12-l3", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cp_user_sessions_replace (again, CP_USER_SESSION, seed, CP_USER_ORIGIN_HAND, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (cp_user_sessions_load (fixture->store, &error));
  g_assert_cmpuint (count (fixture->store, CP_USER_SESSION), ==, 0);
}

/* What a feed would leave out is not saved. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) session = read_notice ("seed-004.txt", "session");
  g_autoptr(JsonObject) course = read_notice ("course-guangzhou.txt", "course");
  g_autoptr(JsonObject) zhuhai = read_notice ("seed-002.txt", "course");
  g_autoptr(JsonObject) no_id = parse_object ("{\"exam_date\": \"2026-04-12\"}");
  JsonArray *registration = json_object_get_array_member (session, "registration");

  /* A deadline after the exam. */
  json_object_set_string_member (json_array_get_object_element (registration, 1), "closes", "2026-04-20");
  g_assert_false (cp_user_sessions_add (fixture->store, CP_USER_SESSION, session, CP_USER_ORIGIN_HAND, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  /* In words a front desk can act on: the field, not the file and a JSON path. */
  g_assert_cmpstr (error->message, ==, "Registration closes: 2026-04-20 is after the exam date 2026-04-12");
  g_clear_error (&error);
  g_assert_false (cp_user_sessions_add (fixture->store, CP_USER_SESSION, no_id, CP_USER_ORIGIN_HAND, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  /* A provider the pack does not know is for the person to name. */
  g_assert_false (cp_user_sessions_add (fixture->store, CP_USER_COURSE, course, CP_USER_ORIGIN_NOTICE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_COURSE, zhuhai, CP_USER_ORIGIN_NOTICE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (fixture->store, CP_USER_SESSION), ==, 0);
  g_assert_cmpuint (count (fixture->store, CP_USER_COURSE), ==, 1);
}

/* A file that cannot be read is never overwritten. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) session = read_notice ("seed-004.txt", "session");
  const char *path = cp_user_sessions_get_path (fixture->store);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"certpath-own-schedule\", \"version\": 1, \"records\": [", -1, NULL));
  g_assert_false (cp_user_sessions_load (fixture->store, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (cp_user_sessions_add (fixture->store, CP_USER_SESSION, session, CP_USER_ORIGIN_HAND, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "{\"format\": \"certpath-own-schedule\", \"version\": 1, \"records\": [");

  /* An entry of the wrong shape inside a right file is left out alone; a
   * record that is wrong (a centre with no name) is kept as it is, and
   * does not stop a right session from being saved beside it. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"certpath-own-schedule\", \"version\": 1, \"records\": "
                                            "[{\"kind\": \"session\"}, 7, {\"kind\": \"centre\", \"origin\": \"hand\", "
                                            "\"record\": {\"id\": 3}}, {\"kind\": \"centre\", \"origin\": \"hand\", "
                                            "\"record\": {\"id\": \"broken\"}}]}", -1, NULL));
  g_assert_true (cp_user_sessions_load (fixture->store, &error));
  g_assert_cmpuint (count (fixture->store, CP_USER_SESSION), ==, 0);
  g_assert_cmpuint (count (fixture->store, CP_USER_CENTRE), ==, 1);
  g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_SESSION, session, CP_USER_ORIGIN_HAND, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (fixture->store, CP_USER_CENTRE), ==, 1);
}

/* The export reads back through cp_feed_parse with every session whole. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const files[] = { "seed-004.txt", "shenzhen-slash-crlf.txt", "zhuhai-next-line.txt", "foshan-fullwidth.txt" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) centre = read_notice ("foshan-fullwidth.txt", "centre");
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 ("2026-03-10T09:00:00+08:00", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CpFeed) feed = NULL;
  g_autoptr(CpFeed) merged = NULL;

  g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_CENTRE, centre, CP_USER_ORIGIN_NOTICE, &error));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(JsonObject) session = read_notice (files[i], "session");

      g_assert_true (cp_user_sessions_add (fixture->store, CP_USER_SESSION, session, CP_USER_ORIGIN_NOTICE, &error));
      g_assert_no_error (error);
    }

  bytes = cp_feed_export (fixture->store, "Test school", when);
  feed = cp_feed_parse (pack, bytes, "export.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feed->skipped->len, ==, 0);
  g_assert_cmpuint (json_array_get_length (feed->sessions), ==, 4);
  g_assert_cmpstr (feed->generated_at, ==, "2026-03-10T09:00:00+08:00");
  g_assert_cmpstr (cp_feed_get_publisher_name (feed), ==, "Test school");
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *exported = json_array_get_object_element (feed->sessions, i);
      CpUserRecord *saved = cp_user_sessions_lookup (fixture->store, CP_USER_SESSION,
                                                     json_object_get_string_member (exported, "id"));
      g_autofree char *own = g_strdup_printf ("own-%s", saved->id);
      JsonArray *sources = json_object_get_array_member (exported, "sources");

      g_assert_nonnull (saved);
      g_assert_cmpstr (json_array_get_string_element (sources, 0), ==, own);
      g_assert_cmpstr (json_object_get_string_member (exported, "exam_date"), ==,
                       cp_user_record_get_string (saved, "exam_date"));
    }

  merged = cp_feed_export_as_feed (fixture->store, pack, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cp_feed_get_publisher_name (merged), ==, "Certpath user");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  pack = cp_policy_pack_load (g_getenv ("CERTPATH_POLICY_DIR"), &error);
  g_assert_no_error (error);

  g_test_add ("/user-sessions/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/user-sessions/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/user-sessions/unreadable", Fixture, NULL, fixture_set_up, test_unreadable, fixture_tear_down);
  g_test_add ("/user-sessions/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  return g_test_run ();
}
