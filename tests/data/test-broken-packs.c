/* test-broken-packs.c: every kind of broken policy pack gives its own message
 *
 * Each tests/data/broken/NAME.json describes one fault as edits to a copy of
 * the bundled pack, and the exact messages expected (worked out from the
 * message formats in docs/policy-data.md, not copied from a run). The broken
 * pack is written to <build>/tests/data/broken-packs/NAME, so anyone can
 * run `certpath-cli check-data` on it too; this test does that as well.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "cp-policy-pack.h"

static const char *cli_path;

static JsonNode *
read_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static void
write_json (JsonNode   *node,
            const char *path)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);
}

/* Follows @path (member names and indexes) but its last step, and returns
 * the container that last step is in. */
static JsonNode *
walk_to_parent (JsonNode  *root,
                JsonArray *path)
{
  JsonNode *node = root;

  for (guint i = 0; i + 1 < json_array_get_length (path); i++)
    {
      JsonNode *step = json_array_get_element (path, i);

      if (json_node_get_value_type (step) == G_TYPE_STRING)
        node = json_object_get_member (json_node_get_object (node), json_node_get_string (step));
      else
        node = json_array_get_element (json_node_get_array (node), json_node_get_int (step));
      g_assert_nonnull (node);
    }
  return node;
}

static void
apply_edit (JsonNode   *root,
            JsonObject *edit)
{
  JsonArray *path = json_object_get_array_member (edit, "path");
  JsonNode *last = json_array_get_element (path, json_array_get_length (path) - 1);
  JsonNode *parent = walk_to_parent (root, path);
  gboolean by_name = json_node_get_value_type (last) == G_TYPE_STRING;

  if (json_object_has_member (edit, "append"))
    {
      JsonNode *target = by_name
        ? json_object_get_member (json_node_get_object (parent), json_node_get_string (last))
        : json_array_get_element (json_node_get_array (parent), json_node_get_int (last));
      json_array_add_element (json_node_get_array (target),
                              json_node_copy (json_object_get_member (edit, "append")));
    }
  else if (json_object_has_member (edit, "delete"))
    {
      if (by_name)
        json_object_remove_member (json_node_get_object (parent), json_node_get_string (last));
      else
        json_array_remove_element (json_node_get_array (parent), json_node_get_int (last));
    }
  else
    {
      JsonNode *value = json_node_copy (json_object_get_member (edit, "set"));

      if (by_name)
        json_object_set_member (json_node_get_object (parent), json_node_get_string (last), value);
      else
        {
          JsonArray *array = json_node_get_array (parent);
          guint index = json_node_get_int (last);
          /* JsonArray has no "replace": rebuild it with the new element. */
          g_autoptr(JsonArray) copy = json_array_new ();

          for (guint i = 0; i < json_array_get_length (array); i++)
            json_array_add_element (copy, i == index ? value : json_node_copy (json_array_get_element (array, i)));
          json_node_set_array (parent, copy);
        }
    }
}

/* Writes the bundled pack with the fixture's fault into @directory. */
static void
make_broken_pack (JsonObject *fixture,
                  const char *directory)
{
  g_autofree char *bundled = cp_policy_pack_bundled_directory ();
  const char *faulty_file = json_object_get_string_member (fixture, "file");
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (directory, 0755);
  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      const char *file_name = cp_policy_pack_files[i];
      g_autofree char *from = g_build_filename (bundled, file_name, NULL);
      g_autofree char *to = g_build_filename (directory, file_name, NULL);
      g_autoptr(JsonNode) root = NULL;

      g_remove (to);
      if (!g_str_equal (file_name, faulty_file))
        {
          g_autofree char *contents = NULL;
          gsize length;

          g_file_get_contents (from, &contents, &length, &error);
          g_assert_no_error (error);
          g_file_set_contents (to, contents, length, &error);
          g_assert_no_error (error);
          continue;
        }

      if (json_object_has_member (fixture, "remove_file"))
        continue;
      if (json_object_has_member (fixture, "raw"))
        {
          g_file_set_contents (to, json_object_get_string_member (fixture, "raw"), -1, &error);
          g_assert_no_error (error);
          continue;
        }
      if (json_object_has_member (fixture, "raw_hex"))
        {
          const char *hex = json_object_get_string_member (fixture, "raw_hex");
          g_autoptr(GByteArray) bytes = g_byte_array_new ();

          for (gsize k = 0; hex[k] != '\0' && hex[k + 1] != '\0'; k += 2)
            {
              guint8 byte = g_ascii_xdigit_value (hex[k]) * 16 + g_ascii_xdigit_value (hex[k + 1]);
              g_byte_array_append (bytes, &byte, 1);
            }
          g_file_set_contents (to, (const char *) bytes->data, bytes->len, &error);
          g_assert_no_error (error);
          continue;
        }

      root = read_json (from);
      {
        JsonArray *edits = json_object_get_array_member (fixture, "edits");
        for (guint k = 0; k < json_array_get_length (edits); k++)
          apply_edit (root, json_array_get_object_element (edits, k));
      }
      write_json (root, to);
    }
}

static void
check_messages (JsonObject *fixture,
                GPtrArray  *errors)
{
  JsonArray *expected = json_object_get_array_member (fixture, "expect");

  for (guint i = 0; i < errors->len; i++)
    g_test_message ("got: %s", (const char *) g_ptr_array_index (errors, i));

  if (json_object_has_member (fixture, "expect_prefix"))
    {
      /* The parser's own words differ between json-glib versions; the file
       * and the position are ours to promise. */
      g_assert_cmpuint (errors->len, ==, 1);
      g_assert_true (g_str_has_prefix (g_ptr_array_index (errors, 0),
                                       json_object_get_string_member (fixture, "expect_prefix")));
      return;
    }

  g_assert_cmpuint (errors->len, ==, json_array_get_length (expected));
  for (guint i = 0; i < errors->len; i++)
    g_assert_cmpstr (g_ptr_array_index (errors, i), ==, json_array_get_string_element (expected, i));
}

static void
check_cli (JsonObject *fixture,
           const char *directory)
{
  g_autofree char *standard_output = NULL;
  g_autofree char *standard_error = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { cli_path, "check-data", directory, NULL };
  JsonArray *expected = json_object_get_array_member (fixture, "expect");
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &standard_output, &standard_error, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  for (guint i = 0; i < json_array_get_length (expected); i++)
    g_assert_nonnull (strstr (standard_error, json_array_get_string_element (expected, i)));
  if (json_object_has_member (fixture, "expect_prefix"))
    g_assert_nonnull (strstr (standard_error, json_object_get_string_member (fixture, "expect_prefix")));
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *fixture_path = g_test_build_filename (G_TEST_DIST, "broken", name, NULL);
  g_autofree char *directory = g_test_build_filename (G_TEST_BUILT, "broken-packs", name, NULL);
  g_autoptr(JsonNode) fixture_node = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  JsonObject *fixture;

  g_assert_true (g_str_has_suffix (directory, ".json"));
  directory[strlen (directory) - strlen (".json")] = '\0';

  fixture_node = read_json (fixture_path);
  fixture = json_node_get_object (fixture_node);
  g_test_message ("%s", json_object_get_string_member (fixture, "description"));

  make_broken_pack (fixture, directory);
  pack = cp_policy_pack_load_with_errors (directory, &errors);
  g_assert_null (pack);
  g_assert_nonnull (errors);
  check_messages (fixture, errors);
  if (cli_path != NULL)
    check_cli (fixture, directory);
}

static void
test_cli_bundled (void)
{
  g_autofree char *standard_output = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { cli_path, "check-data", NULL };
  int status;

  if (cli_path == NULL)
    {
      g_test_skip ("no CLI path given");
      return;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &standard_output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_nonnull (strstr (standard_output, ": valid"));
  /* The sources list names the seed documents and the holiday notices. */
  g_assert_nonnull (strstr (standard_output, "seed-004"));
  g_assert_nonnull (strstr (standard_output, "国办发明电〔2024〕12号"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *broken_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  cli_path = g_getenv ("CERTPATH_CLI");

  broken_dir = g_test_build_filename (G_TEST_DIST, "broken", NULL);
  dir = g_dir_open (broken_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/broken-pack/%s", (char *) g_ptr_array_index (names, i));
      g_test_add_data_func (test_path, g_ptr_array_index (names, i), test_fixture);
    }
  g_test_add_func ("/check-data/bundled", test_cli_bundled);

  return g_test_run ();
}
