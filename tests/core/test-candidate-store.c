/* test-candidate-store.c: saved candidates, reloaded, renamed, deleted and
 * restored; an interrupted save leaves the previous file whole; the index
 * spares reading unchanged files; the live list follows the store's own
 * changes and those from outside; a sync tool's conflict copies are shown
 * under their original
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "cp-candidate-index.h"
#include "cp-candidate-store.h"
#include "cp-sync-conflict.h"
#include "../cp-test-folder.h"

static CpPolicyPack *pack;

static char *
profile_json (const char *name,
              const char *birth_date)
{
  return g_strdup_printf ("{\"format\": \"certpath-profile\", \"version\": 1, \"name\": \"%s\","
                          " \"birth_date\": \"%s\", \"city\": \"guangzhou\"}", name, birth_date);
}

static CpProfile *
make (const char *name)
{
  g_autofree char *json = profile_json (name, "1990-01-15");
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

/* ---------- The index and the live list ---------- */

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("certpath-store-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

/* Writes a candidate as another program would (a sync tool, a copy). */
static void
put (const char *folder,
     const char *file_name,
     const char *name,
     const char *birth_date)
{
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autofree char *json = profile_json (name, birth_date);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
}

static CpCandidateSummary *
row (GListModel *model,
     guint       position)
{
  CpCandidateSummary *summary = g_list_model_get_item (model, position);

  /* The model keeps its own reference. */
  g_object_unref (summary);
  return summary;
}

static CpCandidateSummary *
find_row (GListModel *model,
          const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (cp_candidate_summary_get_id (row (model, i)), id))
      return row (model, i);
  return NULL;
}

static void
test_index_reuse (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(CpCandidateStore) first = cp_candidate_store_new (folder, pack);
  g_autoptr(CpCandidateStore) second = NULL;
  g_autoptr(CpCandidateStore) third = NULL;
  g_autofree char *index_path = g_build_filename (folder, CP_CANDIDATE_INDEX_NAME, NULL);
  GListModel *model;
  GStatBuf buf;

  put (folder, "a.json", "陈老五", "1990-01-15");
  put (folder, "b.json", "李四", "1985-06-01");

  /* No index yet: both files read, and the index written, for the user only. */
  model = cp_candidate_store_get_model (first);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (cp_candidate_store_get_n_parsed (first), ==, 2);
  g_assert_cmpint (g_stat (index_path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* Listed again: nothing read, everything from the index. */
  second = cp_candidate_store_new (folder, pack);
  model = cp_candidate_store_get_model (second);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (cp_candidate_store_get_n_parsed (second), ==, 0);
  g_assert_cmpstr (cp_candidate_summary_get_name (find_row (model, "a")), ==, "陈老五");
  g_assert_cmpstr (cp_candidate_summary_get_city_id (find_row (model, "a")), ==, "guangzhou");
  g_assert_cmpuint (cp_candidate_summary_get_birth_date (find_row (model, "b")), ==, cp_date_from_ymd (1985, 6, 1));
  g_assert_nonnull (cp_candidate_summary_get_city_name (find_row (model, "a")));

  /* One file changed from outside: that one read again, the other not. */
  put (folder, "b.json", "李四光", "1985-06-01");
  third = cp_candidate_store_new (folder, pack);
  model = cp_candidate_store_get_model (third);
  g_assert_cmpuint (cp_candidate_store_get_n_parsed (third), ==, 1);
  g_assert_cmpstr (cp_candidate_summary_get_name (find_row (model, "b")), ==, "李四光");
  g_assert_cmpstr (cp_candidate_summary_get_name (find_row (model, "a")), ==, "陈老五");

  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&third);
  cp_test_remove_folder (folder);
}

static void
test_damaged_index (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *index_path = g_build_filename (folder, CP_CANDIDATE_INDEX_NAME, NULL);
  g_autoptr(CpCandidateStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  put (folder, "a.json", "陈老五", "1990-01-15");
  put (folder, "b.json", "李四", "1985-06-01");
  /* A good header, then a line with too few fields, one with a size that is
   * no number, a hidden id, and a last line cut off. */
  g_file_set_contents (index_path,
                       "certpath-candidate-index 1\n"
                       "a\t12\n"
                       "b\t1\tlots\t李四\t\t\t\n"
                       ".certpath-index\t1\t1\tx\t\t\t\n"
                       "a\t1\t1\t王五\t1990-01-15\tguangzhou\t", -1, &error);
  g_assert_no_error (error);

  store = cp_candidate_store_new (folder, pack);
  model = cp_candidate_store_get_model (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (cp_candidate_store_get_n_parsed (store), ==, 2);
  g_assert_cmpstr (cp_candidate_summary_get_name (find_row (model, "a")), ==, "陈老五");

  g_clear_object (&store);
  cp_test_remove_folder (folder);
}

static void
test_escaped_index (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *index_path = g_build_filename (folder, "index", NULL);
  g_autoptr(GHashTable) written = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GHashTable) read = NULL;
  g_autoptr(GError) error = NULL;
  CpCandidateSummary *odd = cp_candidate_summary_new ("odd", "tab\there\nand \\ back", 0, NULL, NULL, 7, 9,
                                                      "odd.json: line 1\nline 2");
  CpCandidateSummary *back;

  g_hash_table_insert (written, (gpointer) cp_candidate_summary_get_id (odd), odd);
  g_assert_true (cp_candidate_index_write (index_path, written, &error));
  g_assert_no_error (error);
  read = cp_candidate_index_read (index_path, NULL);
  back = g_hash_table_lookup (read, "odd");
  g_assert_nonnull (back);
  g_assert_cmpstr (cp_candidate_summary_get_name (back), ==, "tab\there\nand \\ back");
  g_assert_cmpstr (cp_candidate_summary_get_error (back), ==, "odd.json: line 1\nline 2");
  g_assert_cmpint (cp_candidate_summary_get_modified (back), ==, 7);
  g_assert_cmpint (cp_candidate_summary_get_size (back), ==, 9);
  g_assert_cmpuint (cp_candidate_summary_get_birth_date (back), ==, 0);
  g_assert_null (cp_candidate_summary_get_city_id (back));
  cp_test_remove_folder (folder);
}

static void
test_conflict_names (void)
{
  const struct { const char *id; const char *original; } cases[] = {
    { "candidate-1 (conflicted copy 2026-12-01 101112)", "candidate-1" },             /* Nextcloud */
    { "candidate-1 (conflicted copy li 2026-12-01 101112)", "candidate-1" },          /* Nextcloud, with a user */
    { "candidate-1 (Li Hua's conflicted copy 2026-12-01)", "candidate-1" },           /* Dropbox */
    { "candidate-1 (Li Hua's Conflicted Copy 2026-12-01)", "candidate-1" },
    { "candidate-1.sync-conflict-20261201-101112-ABCDEFG", "candidate-1" },           /* Syncthing */
    { "candidate-1_conflict-20261201-101112", "candidate-1" },                        /* ownCloud */
    { "陈老五 (conflicted copy 2026-12-01 101112)", "陈老五" },
    { "candidate-1", NULL },
    { "陈老五 (copy)", NULL },
    { "(conflicted copy 2026-12-01)", NULL },
    { " (conflicted copy 2026-12-01)", NULL },
    { "x (conflicted copy 2026-12-01", NULL },
    { ".sync-conflict-20261201-101112-ABC", NULL },
    { "notes.sync-conflict-later", NULL },
    { "a_conflict-resolution", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *original = cp_sync_conflict_original (cases[i].id);

      g_assert_cmpstr (original, ==, cases[i].original);
    }
  g_assert_null (cp_sync_conflict_original (NULL));
}

static void
test_candidate_file_names (void)
{
  const struct { const char *file_name; const char *id; } cases[] = {
    { "candidate-1.json", "candidate-1" },
    { "candidate-1.json.ABC123", NULL },  /* a save in progress */
    { CP_CANDIDATE_INDEX_NAME, NULL },
    { ".certpath-index.json", NULL },
    { ".json", NULL },
    { "notes.txt", NULL },
    { "陈老五.json", "陈老五" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = cp_candidate_store_id_for_file_name (cases[i].file_name);

      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

static void
test_conflict_rows (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autofree char *stray = g_build_filename (folder, "a.json.XYZ123", NULL);
  CpCandidateSummary *a, *lonely;
  GPtrArray *conflicts;
  GListModel *model;

  put (folder, "a.json", "陈老五", "1990-01-15");
  put (folder, "a (conflicted copy 2026-12-01 101112).json", "陈老五", "1990-01-16");
  put (folder, "a.sync-conflict-20261201-101112-ABCDEFG.json", "陈老五", "1990-01-17");
  /* Its original is gone: the copy is the only version left, so it shows. */
  put (folder, "b (conflicted copy 2026-12-01 101112).json", "李四", "1985-06-01");
  /* A second person of the same name is no conflict. */
  put (folder, "c.json", "陈老五", "1979-03-03");
  g_file_set_contents (stray, "{\"format\": \"certpath-pro", -1, NULL);

  model = cp_candidate_store_get_model (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  a = find_row (model, "a");
  conflicts = cp_candidate_summary_get_conflicts (a);
  g_assert_true (cp_candidate_summary_has_conflict (a));
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "a (conflicted copy 2026-12-01 101112)");
  g_assert_cmpstr (g_ptr_array_index (conflicts, 1), ==, "a.sync-conflict-20261201-101112-ABCDEFG");
  lonely = find_row (model, "b (conflicted copy 2026-12-01 101112)");
  g_assert_nonnull (lonely);
  g_assert_false (cp_candidate_summary_has_conflict (lonely));
  g_assert_false (cp_candidate_summary_has_conflict (find_row (model, "c")));

  /* The user keeps one version: deleting the copies resolves the conflict. */
  g_bytes_unref (cp_candidate_store_delete (store, "a (conflicted copy 2026-12-01 101112)", NULL));
  g_assert_cmpuint (cp_candidate_summary_get_conflicts (find_row (model, "a"))->len, ==, 1);
  g_bytes_unref (cp_candidate_store_delete (store, "a.sync-conflict-20261201-101112-ABCDEFG", NULL));
  g_assert_false (cp_candidate_summary_has_conflict (find_row (model, "a")));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* The original deleted while a copy is left: the copy takes its place. */
  put (folder, "c.sync-conflict-20261201-101112-ABCDEFG.json", "陈老五", "1979-03-04");
  cp_candidate_store_refresh (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_true (cp_candidate_summary_has_conflict (find_row (model, "c")));
  g_bytes_unref (cp_candidate_store_delete (store, "c", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_nonnull (find_row (model, "c.sync-conflict-20261201-101112-ABCDEFG"));
  g_assert_null (find_row (model, "c"));

  g_clear_object (&store);
  cp_test_remove_folder (folder);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_live_rows (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autoptr(CpProfile) zhang = make ("张三");
  g_autoptr(GBytes) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = cp_candidate_store_new_id (store);
  GListModel *model = cp_candidate_store_get_model (store);
  guint changes = 0;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  /* Saved: in the list at once, with no main loop running. */
  g_assert_true (cp_candidate_store_save (store, id, zhang, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (cp_candidate_summary_get_name (row (model, 0)), ==, "张三");
  g_assert_cmpuint (changes, >, 0);

  /* Renamed and saved. */
  cp_profile_set_name (zhang, "张三丰");
  g_assert_true (cp_candidate_store_save (store, id, zhang, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (cp_candidate_summary_get_name (row (model, 0)), ==, "张三丰");

  /* Deleted: gone from the list at once; restored: back. */
  deleted = cp_candidate_store_delete (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (cp_candidate_store_restore (store, id, deleted, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (cp_candidate_summary_get_id (row (model, 0)), ==, id);

  /* A broken file is a row with its error. */
  put (folder, "broken.json", "x", "1990-02-30");
  cp_candidate_store_refresh (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (cp_candidate_summary_get_error (find_row (model, "broken")), ==,
                   "broken.json: $.birth_date: 1990-02-30 is not a date");
  g_assert_null (cp_candidate_summary_get_name (find_row (model, "broken")));

  /* Nothing changed: a refresh changes no row. */
  changes = 0;
  cp_candidate_store_refresh (store);
  g_assert_cmpuint (changes, ==, 0);

  g_clear_object (&store);
  cp_test_remove_folder (folder);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the row @id is in @model or not, as @present
 * says; FALSE after 10 s, a bound for a monitor that never reports, not a
 * measure of speed. */
static gboolean
wait_for_row (GListModel *model,
              const char *id,
              gboolean    present)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (10, timed_out_cb, &timed_out);

  while ((find_row (model, id) != NULL) != present && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  return !timed_out;
}

static void
test_monitor (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(CpCandidateStore) store = cp_candidate_store_new (folder, pack);
  g_autofree char *path = g_build_filename (folder, "from-sync.json", NULL);
  GListModel *model = cp_candidate_store_get_model (store);
  guint parsed;

  /* A sync tool brings a candidate, then a conflict copy, then deletes it. */
  put (folder, "from-sync.json", "王五", "1992-08-15");
  g_assert_true (wait_for_row (model, "from-sync", TRUE));
  g_assert_cmpstr (cp_candidate_summary_get_name (row (model, 0)), ==, "王五");

  put (folder, "from-sync (conflicted copy 2026-12-01 101112).json", "王五", "1992-08-16");
  put (folder, "other.json", "赵六", "1993-01-01");
  g_assert_true (wait_for_row (model, "other", TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (cp_candidate_summary_has_conflict (find_row (model, "from-sync")));

  /* Deleted from outside: the copy takes its place; nothing is read for it. */
  parsed = cp_candidate_store_get_n_parsed (store);
  g_remove (path);
  g_assert_true (wait_for_row (model, "from-sync", FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_nonnull (find_row (model, "from-sync (conflicted copy 2026-12-01 101112)"));
  g_assert_cmpuint (cp_candidate_store_get_n_parsed (store), ==, parsed);

  g_clear_object (&store);
  cp_test_remove_folder (folder);
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
  g_test_add_func ("/candidate-store/index-reuse", test_index_reuse);
  g_test_add_func ("/candidate-store/damaged-index", test_damaged_index);
  g_test_add_func ("/candidate-store/escaped-index", test_escaped_index);
  g_test_add_func ("/candidate-store/conflict-names", test_conflict_names);
  g_test_add_func ("/candidate-store/candidate-file-names", test_candidate_file_names);
  g_test_add_func ("/candidate-store/conflict-rows", test_conflict_rows);
  g_test_add_func ("/candidate-store/live-rows", test_live_rows);
  g_test_add_func ("/candidate-store/monitor", test_monitor);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
