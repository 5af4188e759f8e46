/* test-draft-store.c: drafts written, read back, listed newest first,
 * replaced and removed; broken drafts are listed with their error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <utime.h>

#include "cp-draft-store.h"

static CpPolicyPack *pack;

static CpProfile *
make (const char *name)
{
  CpProfile *profile = cp_profile_new ();

  cp_profile_set_name (profile, name);
  cp_profile_set_birth_date (profile, cp_date_from_ymd (1990, 1, 15));
  cp_profile_set_city (profile, "guangzhou");
  return profile;
}

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *directory = g_dir_make_tmp ("certpath-drafts-XXXXXX", &error);

  g_assert_no_error (error);
  return directory;
}

static void
test_write_read (void)
{
  g_autofree char *directory = make_folder ();
  g_autofree char *folder = g_build_filename (directory, "drafts", NULL);
  g_autoptr(CpDraftStore) store = cp_draft_store_new (folder, pack);
  g_autoptr(CpProfile) chen = make ("陈老五");
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) written = g_date_time_new (shanghai, 2026, 12, 1, 10, 32, 5);
  g_autofree char *id = cp_draft_store_new_id ();
  g_autofree char *file_name = g_strconcat (id, ".json", NULL);
  g_autofree char *file = g_build_filename (folder, file_name, NULL);
  g_autoptr(CpDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  /* A change the saved file does not have yet. */
  cp_profile_set_training_hours (chen, 64);
  g_assert_true (cp_draft_store_write (store, id, chen, "candidate-20261201-103000-1", NULL, written, &error));
  g_assert_no_error (error);

  /* Personal data: the folder and the file are the user's alone. */
  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (file, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  draft = cp_draft_store_read (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (draft->id, ==, id);
  g_assert_cmpstr (draft->store_id, ==, "candidate-20261201-103000-1");
  g_assert_null (draft->path);
  g_assert_null (draft->error);
  g_assert_true (g_date_time_equal (draft->written, written));
  g_assert_cmpstr (cp_profile_get_name (draft->profile), ==, "陈老五");
  g_assert_cmpint (cp_profile_get_training_hours (draft->profile), ==, 64);
  g_assert_cmpint (cp_profile_get_birth_date (draft->profile), ==, cp_date_from_ymd (1990, 1, 15));

  /* Written again: the same file, the newer content. */
  cp_profile_set_training_hours (chen, 80);
  g_assert_true (cp_draft_store_write (store, id, chen, "candidate-20261201-103000-1", "/tmp/陈老五.json",
                                       written, &error));
  g_clear_pointer (&draft, cp_draft_free);
  draft = cp_draft_store_read (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cp_profile_get_training_hours (draft->profile), ==, 80);
  g_assert_cmpstr (draft->path, ==, "/tmp/陈老五.json");

  /* Removed, and removing again is no error. */
  g_assert_true (cp_draft_store_remove (store, id, &error));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_true (cp_draft_store_remove (store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&draft, cp_draft_free);
  draft = cp_draft_store_read (store, id, &error);
  g_assert_null (draft);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_rmdir (folder);
  g_rmdir (directory);
}

static void
write_file (const char *folder,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
}

static void
test_list (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(CpDraftStore) store = cp_draft_store_new (folder, pack);
  g_autoptr(CpProfile) zhang = make ("张三");
  g_autoptr(CpProfile) li = make ("李四");
  g_autoptr(GDateTime) nine = g_date_time_new_local (2026, 12, 1, 9, 0, 0);
  g_autoptr(GDateTime) ten = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autofree char *zhang_id = cp_draft_store_new_id ();
  g_autofree char *li_id = cp_draft_store_new_id ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "not-json.json", "other.json", "no-time.json", "bad-profile.json",
                          "draft-x.json.ABC123", "draft-y.json.DEF456", NULL };
  g_autofree char *fresh_temporary = g_build_filename (folder, "draft-x.json.ABC123", NULL);
  g_autofree char *stale_temporary = g_build_filename (folder, "draft-y.json.DEF456", NULL);
  struct utimbuf an_hour_ago;
  CpDraft *draft;

  g_assert_cmpstr (zhang_id, !=, li_id);
  /* Nothing there yet: an empty list, not an error. */
  drafts = cp_draft_store_list (store);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (cp_draft_store_write (store, zhang_id, zhang, NULL, NULL, nine, &error));
  g_assert_true (cp_draft_store_write (store, li_id, li, NULL, NULL, ten, &error));
  g_assert_no_error (error);
  write_file (folder, "not-json.json", "{\"format\": ");
  write_file (folder, "other.json", "{\"format\": \"certpath-profile\", \"version\": 1, \"name\": \"王五\"}");
  write_file (folder, "no-time.json", "{\"format\": \"certpath-draft\", \"profile\": {}}");
  write_file (folder, "bad-profile.json", "{\"format\": \"certpath-draft\", \"written\": \"2026-12-01T08:00:00Z\","
                                          " \"profile\": {\"format\": \"certpath-profile\", \"version\": 1,"
                                          " \"name\": \"王五\", \"birth_date\": 7}}");
  /* A write cut off half-way leaves a temporary file: not a draft. One
   * an hour old is removed (it holds personal data); a fresh one may be a
   * write under way in another window and stays. */
  write_file (folder, "draft-x.json.ABC123", "{");
  write_file (folder, "draft-y.json.DEF456", "{");
  an_hour_ago.actime = an_hour_ago.modtime = g_get_real_time () / G_USEC_PER_SEC - 3600;
  g_assert_cmpint (g_utime (stale_temporary, &an_hour_ago), ==, 0);

  /* Newest first (李四 at 10:00, 张三 at 9:00), then the four broken ones,
   * each with why. */
  drafts = cp_draft_store_list (store);
  g_assert_cmpuint (drafts->len, ==, 6);
  g_assert_true (g_file_test (fresh_temporary, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_temporary, G_FILE_TEST_EXISTS));
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->id, ==, li_id);
  g_assert_cmpstr (cp_profile_get_name (draft->profile), ==, "李四");
  draft = g_ptr_array_index (drafts, 1);
  g_assert_cmpstr (draft->id, ==, zhang_id);
  g_assert_cmpstr (cp_profile_get_name (draft->profile), ==, "张三");
  for (guint i = 2; i < drafts->len; i++)
    {
      draft = g_ptr_array_index (drafts, i);
      g_assert_null (draft->profile);
      g_assert_nonnull (draft->error);
      g_assert_true (g_str_has_prefix (draft->error, draft->id));
    }

  /* A broken draft says what is wrong with it. */
  g_assert_null (cp_draft_store_read (store, "no-time", &error));
  g_assert_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "no-time.json: not a Certpath draft: \"written\" is not an ISO 8601 time");
  g_clear_error (&error);
  g_assert_null (cp_draft_store_read (store, "other", &error));
  g_assert_cmpstr (error->message, ==, "other.json: not a Certpath draft: no \"format\": \"certpath-draft\"");
  g_clear_error (&error);

  /* Ids are file names in the folder, nothing else. */
  g_assert_false (cp_draft_store_write (store, "../escape", zhang, NULL, NULL, nine, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);
  g_assert_false (cp_draft_store_remove (store, "", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);
      g_remove (path);
    }
  g_assert_true (cp_draft_store_remove (store, zhang_id, NULL));
  g_assert_true (cp_draft_store_remove (store, li_id, NULL));
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_hostile (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(CpDraftStore) store = cp_draft_store_new (folder, pack);
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"certpath-draft\", \"profile\": ");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;

  /* Nested far deeper than json-glib's stack would survive: refused by
   * the guard before parsing, listed as broken, never a crash. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  write_file (folder, "deep.json", deep->str);
  g_assert_null (cp_draft_store_read (store, "deep", &error));
  g_assert_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "deep.json: not a Certpath draft: "));
  drafts = cp_draft_store_list (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_null (((CpDraft *) g_ptr_array_index (drafts, 0))->profile);

  {
    g_autofree char *path = g_build_filename (folder, "deep.json", NULL);
    g_assert_cmpint (g_remove (path), ==, 0);
  }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_unwritable (void)
{
  g_autoptr(CpDraftStore) store = cp_draft_store_new ("/dev/null/drafts", pack);
  g_autoptr(CpProfile) zhang = make ("张三");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  /* A folder that cannot be made is an error to show, not a crash. */
  g_assert_false (cp_draft_store_write (store, "draft-1", zhang, NULL, NULL, now, &error));
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = cp_policy_pack_bundled_directory ();
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);

  g_test_add_func ("/draft-store/write-read", test_write_read);
  g_test_add_func ("/draft-store/list", test_list);
  g_test_add_func ("/draft-store/hostile", test_hostile);
  g_test_add_func ("/draft-store/unwritable", test_unwritable);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
