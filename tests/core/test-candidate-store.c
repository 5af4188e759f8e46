/* test-candidate-store.c: saved candidates, reloaded, renamed, deleted and
 * restored; an interrupted save leaves the previous file whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "cp-candidate-store.h"

static CpPolicyPack *pack;

static CpProfile *
make (const char *name)
{
  g_autofree char *json = g_strdup_printf ("{\"format\": \"certpath-profile\", \"version\": 1, \"name\": \"%s\","
                                           " \"birth_date\": \"1990-01-15\", \"city\": \"guangzhou\"}", name);
  g_autoptr(GError) error = NULL;
  CpProfile *profile = cp_profile_new_from_data (json, -1, "made.json", pack, &error);

  g_assert_no_error (error);
  return profile;
}

static void
test_life_cycle (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("certpath-store-XXXXXX", &error);
  g_autofree char *folder = g_build_filename (directory, "candidates", NULL);
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autoptr(CpProfile) zhang = make ("张三");
  g_autoptr(CpProfile) li = make ("李四");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GBytes) deleted = NULL;
  g_autofree char *zhang_id = cp_candidate_store_new_id (store);
  g_autofree char *li_id = NULL;
  GStatBuf buf;

  g_assert_no_error (error);
  g_assert_true (cp_candidate_store_save (store, zhang_id, zhang, &error));
  li_id = cp_candidate_store_new_id (store);
  g_assert_cmpstr (li_id, !=, zhang_id);
  g_assert_true (cp_candidate_store_save (store, li_id, li, &error));
  g_assert_no_error (error);

  /* The folder is the user's alone. */
  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 2);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Renamed and saved again: one file, the new name. */
  cp_profile_set_name (zhang, "张三丰");
  g_assert_true (cp_candidate_store_save (store, zhang_id, zhang, &error));
  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (cp_profile_get_name (((CpCandidateEntry *) g_ptr_array_index (entries, 0))->profile), ==, "张三丰");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Deleted, then restored with undo. */
  deleted = cp_candidate_store_delete (store, li_id, &error);
  g_assert_no_error (error);
  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 1);
  g_clear_pointer (&entries, g_ptr_array_unref);
  g_assert_true (cp_candidate_store_restore (store, li_id, deleted, &error));
  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 2);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* A save cut off half-way leaves its temporary file beside the old one;
   * the old file still reads, and the stray is not a candidate. A broken
   * file is listed with its error rather than hidden. */
  {
    g_autofree char *stray = g_build_filename (folder, "candidate-x.json.ABC123", NULL);
    g_autofree char *broken = g_build_filename (folder, "broken.json", NULL);

    g_file_set_contents (stray, "{\"format\": \"certpath-pro", -1, &error);
    g_file_set_contents (broken, "{\"format\": \"certpath-profile\", \"version\": 1, \"birth_date\": \"1990-02-30\"}", -1, &error);
    g_assert_no_error (error);
    entries = cp_candidate_store_list (store);
    g_assert_cmpuint (entries->len, ==, 3);
    for (guint i = 0; i < entries->len; i++)
      {
        CpCandidateEntry *entry = g_ptr_array_index (entries, i);

        if (g_str_equal (entry->id, "broken"))
          g_assert_cmpstr (entry->error, ==, "broken.json: $.birth_date: 1990-02-30 is not a date");
        else
          g_assert_nonnull (entry->profile);
      }
    g_clear_pointer (&entries, g_ptr_array_unref);
    g_remove (stray);
    g_remove (broken);
  }

  /* An id cannot climb out of the folder. */
  g_assert_false (cp_candidate_store_save (store, "../escape", zhang, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);

  {
    g_autofree char *a = g_strconcat (folder, "/", zhang_id, ".json", NULL);
    g_autofree char *b = g_strconcat (folder, "/", li_id, ".json", NULL);
    g_remove (a);
    g_remove (b);
    g_rmdir (folder);
    g_rmdir (directory);
  }
}

/* A folder as a crash and another program left it: a stray temporary file
 * of an interrupted save, a folder others may read, a file nested deeper
 * than any reader allows. Opening the store tidies the first two; the
 * third is listed with its error, and the list still comes. */
static void
test_hygiene (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("certpath-store-XXXXXX", &error);
  g_autofree char *stray = g_build_filename (directory, "candidate-1.json.Ab3xY9", NULL);
  g_autofree char *not_stray = g_build_filename (directory, "notes.json.txt", NULL);
  g_autofree char *deep = g_build_filename (directory, "deep.json", NULL);
  g_autofree char *nesting = g_strnfill (100000, '[');
  g_autoptr(CpCandidateStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  CpCandidateEntry *entry;
  GStatBuf buf;

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (directory, 0755), ==, 0);
  g_file_set_contents (stray, "{\"format\": \"certpath-profile\", \"name\": \"王", -1, &error);
  g_file_set_contents (not_stray, "kept", -1, &error);
  g_file_set_contents (deep, nesting, -1, &error);
  g_assert_no_error (error);

  store = cp_candidate_store_new (directory, pack);
  g_assert_cmpint (g_stat (directory, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (not_stray, G_FILE_TEST_EXISTS));

  entries = cp_candidate_store_list (store);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->id, ==, "deep");
  g_assert_null (entry->profile);
  g_assert_cmpstr (entry->error, ==, "deep.json: not valid JSON: byte 16: arrays and objects nested more than 16 deep");

  g_remove (not_stray);
  g_remove (deep);
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

  g_test_add_func ("/candidate-store/life-cycle", test_life_cycle);
  g_test_add_func ("/candidate-store/hygiene", test_hygiene);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
