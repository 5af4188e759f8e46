/* cp-policy-pack.c
 *
 * A policy pack is a folder of JSON files. Loading checks all of it before
 * anything is used, so that the app either has a whole, consistent pack or
 * keeps the one it had.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-policy-pack"

#include "config.h"

#include "cp-policy-pack.h"
#include "cp-json-guard.h"
#include "cp-policy-checks.h"
#include "cp-policy-model.h"
#include "cp-policy-schema.h"
#include "cp-text.h"

struct _CpPolicyPack
{
  GObject     parent_instance;

  char       *directory;
  GHashTable *files;  /* file name → JsonNode (sealed root object) */
  CpPolicyModel *model;  /* compiled once the files pass their checks */
};

G_DEFINE_FINAL_TYPE (CpPolicyPack, cp_policy_pack, G_TYPE_OBJECT)

G_DEFINE_QUARK (cp-policy-error-quark, cp_policy_error)

const char * const cp_policy_pack_files[] = {
  "pack.json",
  "sources.json",
  "regions.json",
  "occupations.json",
  "levels.json",
  "eligibility.json",
  "subsidy.json",
  "exams.json",
  "courses.json",
  "holidays.json",
  NULL
};

static void
cp_policy_pack_finalize (GObject *object)
{
  CpPolicyPack *self = CP_POLICY_PACK (object);

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->model, cp_policy_model_free);
  g_clear_pointer (&self->files, g_hash_table_unref);

  G_OBJECT_CLASS (cp_policy_pack_parent_class)->finalize (object);
}

static void
cp_policy_pack_class_init (CpPolicyPackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cp_policy_pack_finalize;
}

static void
cp_policy_pack_init (CpPolicyPack *self)
{
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) json_node_unref);
}

/* Reads one file into a JSON tree, or says in @errors why it cannot. */
static JsonNode *
read_file (const char *directory,
           const char *file_name,
           GPtrArray  *errors)
{
  g_autofree char *path = g_build_filename (directory, file_name, NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *root = cp_json_guard_load_file (path, CP_GUARD_PACK_FILE, &error);

  if (root != NULL)
    return root;
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_ptr_array_add (errors, g_strdup_printf ("%s: the file is missing from %s", file_name, directory));
  else if (error->domain != CP_GUARD_ERROR || error->code == CP_GUARD_ERROR_IO)
    g_ptr_array_add (errors, g_strdup_printf ("%s: cannot be read: %s", file_name, error->message));
  else
    g_ptr_array_add (errors, g_strdup_printf ("%s: not valid JSON: %s", file_name, error->message));
  return NULL;
}

CpPolicyPack *
cp_policy_pack_load_with_errors (const char  *directory,
                                 GPtrArray  **out_errors)
{
  g_autoptr(CpPolicyPack) self = NULL;
  g_autoptr(CpSchemaChecker) checker = NULL;
  GPtrArray *errors;
  gboolean unreadable = FALSE;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (CP_TYPE_POLICY_PACK, NULL);
  self->directory = g_strdup (directory);
  checker = cp_schema_checker_new ();
  errors = cp_schema_checker_get_errors (checker);

  for (guint i = 0; cp_policy_pack_files[i] != NULL; i++)
    {
      const char *file_name = cp_policy_pack_files[i];
      g_autoptr(JsonNode) root = read_file (directory, file_name, errors);
      guint errors_before = errors->len;

      if (root == NULL)
        {
          unreadable = TRUE;
          continue;
        }
      cp_schema_checker_check (checker, file_name, root, cp_policy_schema_for_file (file_name));
      /* Only a file of the right shape goes on to the checks across records,
       * which may then rely on that shape. */
      if (errors->len == errors_before)
        g_hash_table_insert (self->files, g_strdup (file_name), g_steal_pointer (&root));
    }

  /* A file that could not be read defines none of its ids, so every
   * reference to them would be reported too and bury the one real error. */
  if (!unreadable)
    {
      cp_schema_checker_resolve_refs (checker);
      cp_policy_checks_run (checker, self->files);
    }
  /* Compiled only when whole and consistent: the model relies on it. */
  if (errors->len == 0)
    self->model = cp_policy_model_new (self, errors);

  if (errors->len > 0)
    {
      if (out_errors != NULL)
        *out_errors = g_ptr_array_ref (errors);
      return NULL;
    }

  if (out_errors != NULL)
    *out_errors = NULL;
  return g_steal_pointer (&self);
}

CpPolicyPack *
cp_policy_pack_load (const char  *directory,
                     GError     **error)
{
  g_autoptr(GPtrArray) errors = NULL;
  CpPolicyPack *self;

  g_return_val_if_fail (directory != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = cp_policy_pack_load_with_errors (directory, &errors);
  if (self == NULL)
    {
      g_autofree char *message = NULL;

      g_ptr_array_add (errors, NULL);
      message = g_strjoinv ("\n", (char **) errors->pdata);
      g_set_error_literal (error, CP_POLICY_ERROR, CP_POLICY_ERROR_INVALID, message);
    }
  return self;
}

const char *
cp_policy_pack_get_directory (CpPolicyPack *self)
{
  g_return_val_if_fail (CP_IS_POLICY_PACK (self), NULL);

  return self->directory;
}

const CpPolicyModel *
cp_policy_pack_get_model (CpPolicyPack *pack)
{
  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);

  return pack->model;
}

JsonObject *
cp_policy_pack_get_file (CpPolicyPack *self,
                         const char   *file_name)
{
  JsonNode *root;

  g_return_val_if_fail (CP_IS_POLICY_PACK (self), NULL);

  root = g_hash_table_lookup (self->files, file_name);
  return root != NULL ? json_node_get_object (root) : NULL;
}

JsonArray *
cp_policy_pack_get_records (CpPolicyPack *self,
                            const char   *file_name,
                            const char   *member)
{
  JsonObject *root = cp_policy_pack_get_file (self, file_name);

  g_return_val_if_fail (root != NULL, NULL);

  return json_object_get_array_member (root, member);
}

const char *
cp_policy_pack_get_version (CpPolicyPack *self)
{
  return json_object_get_string_member (cp_policy_pack_get_file (self, "pack.json"), "version");
}

const char *
cp_policy_pack_get_date (CpPolicyPack *self)
{
  return json_object_get_string_member (cp_policy_pack_get_file (self, "pack.json"), "date");
}

const char *
cp_policy_pack_get_title (CpPolicyPack *self,
                          const char   *language)
{
  return cp_text_get_member (cp_policy_pack_get_file (self, "pack.json"), "title", language);
}

char *
cp_policy_pack_bundled_directory (void)
{
  const char *override = g_getenv ("CERTPATH_POLICY_DIR");

  /* Set by the tests and by build-aux/run.sh to run from the source tree. */
  if (override != NULL && override[0] != '\0')
    return g_strdup (override);
  return g_build_filename (PKGDATADIR, "policy", NULL);
}

char *
cp_policy_pack_user_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "certpath", "policy", NULL);
}

CpPolicyPack *
cp_policy_pack_load_preferred (const char  *bundled_directory,
                               const char  *user_directory,
                               GError     **user_error,
                               GError     **error)
{
  g_return_val_if_fail (bundled_directory != NULL, NULL);

  /* A newer pack dropped into the user's data folder wins, but only whole:
   * one bad file and the bundled pack is used, and the caller says why. */
  if (user_directory != NULL && g_file_test (user_directory, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GError) local_error = NULL;
      CpPolicyPack *user_pack = cp_policy_pack_load (user_directory, &local_error);

      if (user_pack != NULL)
        return user_pack;
      g_propagate_prefixed_error (user_error, g_steal_pointer (&local_error),
                                  "%s:\n", user_directory);
    }

  return cp_policy_pack_load (bundled_directory, error);
}
