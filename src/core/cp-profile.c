/* cp-profile.c
 *
 * The saved format is version 1 of "certpath-profile" (docs/profile-format.md).
 * It may gain members but never change, so members this version does not
 * know are kept as they were and written back on save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-profile"

#include "config.h"

#include "cp-profile.h"
#include "cp-json-guard.h"
#include "cp-policy-query.h"
#include "cp-schema.h"

#include <stdlib.h>
#include <string.h>

struct _CpProfile
{
  GObject     parent_instance;

  char       *name;
  CpDay       birth_date;
  char       *occupation;
  char       *city;
  int         training_hours;
  char       *links[4];   /* in the order of cp_profile_link_members */

  GArray     *work_periods;
  GArray     *certificates;
  GArray     *titles;
  GArray     *education;
  GArray     *subsidies;
  GHashTable *documents_done;  /* "LEVEL/DOCUMENT-ID" */
  GPtrArray  *registered_sessions;  /* char *: session ids, in the order marked */

  JsonObject *extra;  /* the file as read */
};

G_DEFINE_FINAL_TYPE (CpProfile, cp_profile, G_TYPE_OBJECT)

G_DEFINE_QUARK (cp-profile-error-quark, cp_profile_error)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char * const cp_profile_link_members[] = {
  "hukou_city", "insured_city", "registered_unemployed_city", "graduate_registered_city", NULL
};

/* ---------- The format ---------- */

static const char * const formats[] = { "certpath-profile", NULL };
const char * const cp_profile_issuers[] = { "evaluation_org", "employer", NULL };
const char * const cp_profile_grades[] = { "junior", "intermediate", "senior", NULL };
const char * const cp_profile_education_kinds[] = {
  "secondary_vocational", "technician_school", "technician_school_senior",
  "technician_college", "college", "bachelor", "postgraduate", NULL
};
const char * const cp_profile_subsidy_kinds[] = {
  "skill_upgrade", "unemployment_insurance_skill", "new_apprenticeship", "project_training",
  "skill_evaluation", NULL
};

static const CpSchema string_s = { CP_SCHEMA_STRING };
static const CpSchema name_s = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE };
static const CpSchema bool_s = { CP_SCHEMA_BOOL };
static const CpSchema date_s = { CP_SCHEMA_DATE };
static const CpSchema date_or_null = { CP_SCHEMA_DATE, CP_SCHEMA_NULLABLE };
static const CpSchema level_s = { CP_SCHEMA_INT, .min = 1, .max = 5 };
static const CpSchema hours_s = { CP_SCHEMA_INT, .min = 0, .max = 100000 };
static const CpSchema occupation_ref = { CP_SCHEMA_STRING, .refers = "occupation" };
static const CpSchema city_ref = { CP_SCHEMA_STRING, .refers = "city" };
static const CpSchema city_ref_or_null = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE, .refers = "city" };

static const CpSchemaMember work_period_members[] = {
  { "start", &date_s, FALSE },
  { "end", &date_or_null, FALSE },
  { NULL }
};
static const CpSchemaMember certificate_members[] = {
  { "occupation", &string_s, FALSE },
  { "related", &bool_s, FALSE },
  { "level", &level_s, FALSE },
  { "issued", &date_s, FALSE },
  { "issuer", &(const CpSchema) { CP_SCHEMA_ENUM, .values = cp_profile_issuers }, FALSE },
  { NULL }
};
static const CpSchemaMember title_members[] = {
  { "grade", &(const CpSchema) { CP_SCHEMA_ENUM, .values = cp_profile_grades }, FALSE },
  { "matches_major", &bool_s, FALSE },
  { "obtained", &date_s, FALSE },
  { NULL }
};
static const CpSchemaMember education_members[] = {
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = cp_profile_education_kinds }, FALSE },
  { "related_major", &bool_s, FALSE },
  { "assessed", &bool_s, FALSE },
  { "graduated", &date_or_null, FALSE },
  { "final_year", &bool_s, FALSE },
  { NULL }
};
static const CpSchemaMember subsidy_members[] = {
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = cp_profile_subsidy_kinds }, FALSE },
  { "occupation", &string_s, FALSE },
  { "level", &level_s, FALSE },
  { "date", &date_s, FALSE },
  { NULL }
};

#define LIST(item_members) \
  (&(const CpSchema) { CP_SCHEMA_ARRAY, \
                       .items = &(const CpSchema) { CP_SCHEMA_OBJECT, CP_SCHEMA_OPEN, .members = (item_members) } })

static const CpSchemaMember profile_members[] = {
  { "format", &(const CpSchema) { CP_SCHEMA_ENUM, .values = formats }, FALSE },
  { "version", &(const CpSchema) { CP_SCHEMA_INT, .min = 1, .max = 1 }, FALSE },
  { "name", &name_s, TRUE },
  { "birth_date", &date_or_null, TRUE },
  { "occupation", &occupation_ref, TRUE },
  { "city", &city_ref, TRUE },
  { "work_periods", &(const CpSchema) { CP_SCHEMA_ARRAY, .max = CP_PROFILE_MAX_WORK_PERIODS,
                                        .items = &(const CpSchema) { CP_SCHEMA_OBJECT, CP_SCHEMA_OPEN,
                                                                     .members = work_period_members } }, TRUE },
  { "certificates", LIST (certificate_members), TRUE },
  { "titles", LIST (title_members), TRUE },
  { "education", LIST (education_members), TRUE },
  { "training_hours", &hours_s, TRUE },
  { "hukou_city", &city_ref_or_null, TRUE },
  { "insured_city", &city_ref_or_null, TRUE },
  { "registered_unemployed_city", &city_ref_or_null, TRUE },
  { "graduate_registered_city", &city_ref_or_null, TRUE },
  { "subsidies_claimed", LIST (subsidy_members), TRUE },
  { "documents_done", &(const CpSchema) { CP_SCHEMA_MAP,
                                          .items = &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE,
                                                                       .items = &string_s } }, TRUE },
  { "registered_sessions", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE,
                                               .max = CP_PROFILE_MAX_REGISTERED_SESSIONS,
                                               .items = &string_s }, TRUE },
  { NULL }
};
static const CpSchema profile_s = { CP_SCHEMA_OBJECT, CP_SCHEMA_OPEN, .members = profile_members };

/* ---------- Records ---------- */

static void
work_period_clear (gpointer data)
{
  CpWorkPeriod *period = data;

  g_clear_pointer (&period->extra, json_object_unref);
}

static void
certificate_clear (gpointer data)
{
  CpCertificate *certificate = data;

  g_clear_pointer (&certificate->occupation, g_free);
  g_clear_pointer (&certificate->issuer, g_free);
  g_clear_pointer (&certificate->extra, json_object_unref);
}

static void
title_clear (gpointer data)
{
  CpTitle *title = data;

  g_clear_pointer (&title->grade, g_free);
  g_clear_pointer (&title->extra, json_object_unref);
}

static void
education_clear (gpointer data)
{
  CpEducation *education = data;

  g_clear_pointer (&education->kind, g_free);
  g_clear_pointer (&education->extra, json_object_unref);
}

static void
subsidy_clear (gpointer data)
{
  CpSubsidyClaim *claim = data;

  g_clear_pointer (&claim->kind, g_free);
  g_clear_pointer (&claim->occupation, g_free);
  g_clear_pointer (&claim->extra, json_object_unref);
}

static GArray *
new_list (gsize          element_size,
          GDestroyNotify clear)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (array, clear);
  return array;
}

/* ---------- GObject ---------- */

static void
cp_profile_finalize (GObject *object)
{
  CpProfile *self = CP_PROFILE (object);

  g_free (self->name);
  g_free (self->occupation);
  g_free (self->city);
  for (guint i = 0; i < G_N_ELEMENTS (self->links); i++)
    g_free (self->links[i]);
  g_array_unref (self->work_periods);
  g_array_unref (self->certificates);
  g_array_unref (self->titles);
  g_array_unref (self->education);
  g_array_unref (self->subsidies);
  g_hash_table_unref (self->documents_done);
  g_ptr_array_unref (self->registered_sessions);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (cp_profile_parent_class)->finalize (object);
}

static void
cp_profile_class_init (CpProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cp_profile_finalize;

  /* One signal for any change: every view recomputes from the whole
   * profile, so finer notifications would buy nothing. */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cp_profile_init (CpProfile *self)
{
  self->work_periods = new_list (sizeof (CpWorkPeriod), work_period_clear);
  self->certificates = new_list (sizeof (CpCertificate), certificate_clear);
  self->titles = new_list (sizeof (CpTitle), title_clear);
  self->education = new_list (sizeof (CpEducation), education_clear);
  self->subsidies = new_list (sizeof (CpSubsidyClaim), subsidy_clear);
  self->documents_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->registered_sessions = g_ptr_array_new_with_free_func (g_free);
}

CpProfile *
cp_profile_new (void)
{
  return g_object_new (CP_TYPE_PROFILE, NULL);
}

/* ---------- Reading ---------- */

static char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static JsonArray *
list_member (JsonObject *object,
             const char *member)
{
  return json_object_has_member (object, member) ? json_object_get_array_member (object, member) : NULL;
}

/* Checks that could not be said in the schema: a period ending before it
 * starts, and the same for the certificate and title dates. */
static void
check_periods (CpSchemaChecker *checker,
               const char      *file_name,
               JsonObject      *root)
{
  JsonArray *periods = list_member (root, "work_periods");

  for (guint i = 0; periods != NULL && i < json_array_get_length (periods); i++)
    {
      JsonObject *period = json_array_get_object_element (periods, i);
      CpDay start = cp_json_get_day (period, "start");
      CpDay end = cp_json_get_day (period, "end");

      if (start != 0 && end != 0 && end < start)
        {
          g_autofree char *path = g_strdup_printf ("$.work_periods[%u].end", i);
          cp_schema_checker_add_error (checker, file_name, path, "end is before start");
        }
    }
}

static void
define_pack_ids (CpSchemaChecker *checker,
                 CpPolicyPack    *pack)
{
  JsonArray *regions = cp_policy_pack_get_records (pack, "regions.json", "regions");
  JsonArray *occupations = cp_policy_pack_get_records (pack, "occupations.json", "occupations");

  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonObject *region = json_array_get_object_element (regions, i);

      /* Candidates live and claim in cities; a province is not a city. */
      if (!g_str_equal (json_object_get_string_member (region, "kind"), "province"))
        cp_schema_checker_define_id (checker, "city", json_object_get_string_member (region, "id"), "regions.json");
    }
  for (guint i = 0; i < json_array_get_length (occupations); i++)
    cp_schema_checker_define_id (checker, "occupation",
                                 json_object_get_string_member (json_array_get_object_element (occupations, i), "code"),
                                 "occupations.json");
}

static void
read_lists (CpProfile  *self,
            JsonObject *root)
{
  JsonArray *list;

  list = list_member (root, "work_periods");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);
      CpWorkPeriod period = { cp_json_get_day (item, "start"), cp_json_get_day (item, "end"), json_object_ref (item) };
      g_array_append_val (self->work_periods, period);
    }

  list = list_member (root, "certificates");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);
      CpCertificate certificate = {
        string_member (item, "occupation"), json_object_get_boolean_member (item, "related"),
        json_object_get_int_member (item, "level"), cp_json_get_day (item, "issued"),
        string_member (item, "issuer"), json_object_ref (item)
      };
      g_array_append_val (self->certificates, certificate);
    }

  list = list_member (root, "titles");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);
      CpTitle title = {
        string_member (item, "grade"), json_object_get_boolean_member (item, "matches_major"),
        cp_json_get_day (item, "obtained"), json_object_ref (item)
      };
      g_array_append_val (self->titles, title);
    }

  list = list_member (root, "education");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);
      CpEducation education = {
        string_member (item, "kind"), json_object_get_boolean_member (item, "related_major"),
        json_object_get_boolean_member (item, "assessed"), cp_json_get_day (item, "graduated"),
        json_object_get_boolean_member (item, "final_year"), json_object_ref (item)
      };
      g_array_append_val (self->education, education);
    }

  list = list_member (root, "subsidies_claimed");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);
      CpSubsidyClaim claim = {
        string_member (item, "kind"), string_member (item, "occupation"),
        json_object_get_int_member (item, "level"), cp_json_get_day (item, "date"), json_object_ref (item)
      };
      g_array_append_val (self->subsidies, claim);
    }
}

static void
read_documents_done (CpProfile  *self,
                     JsonObject *root)
{
  JsonObjectIter iter;
  const char *level;
  JsonNode *node;

  if (!json_object_has_member (root, "documents_done"))
    return;

  json_object_iter_init (&iter, json_object_get_object_member (root, "documents_done"));
  while (json_object_iter_next (&iter, &level, &node))
    {
      JsonArray *ids = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (ids); i++)
        g_hash_table_add (self->documents_done,
                          g_strdup_printf ("%s/%s", level, json_array_get_string_element (ids, i)));
    }
}

static void
read_registered_sessions (CpProfile  *self,
                          JsonObject *root)
{
  JsonArray *ids = json_object_has_member (root, "registered_sessions")
                   ? json_object_get_array_member (root, "registered_sessions")
                   : NULL;

  for (guint i = 0; ids != NULL && i < json_array_get_length (ids); i++)
    cp_profile_set_registered (self, json_array_get_string_element (ids, i), TRUE);
}

CpProfile *
cp_profile_new_from_data (const char   *data,
                          gssize        length,
                          const char   *file_name,
                          CpPolicyPack *pack,
                          GError      **error)
{
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GError) parse_error = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  document = cp_json_guard_parse (data, length, CP_GUARD_PROFILE, &parse_error);
  if (document == NULL)
    {
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, "%s: not valid JSON: %s",
                   file_name, parse_error->message);
      return NULL;
    }
  return cp_profile_new_from_node (document, file_name, pack, error);
}

CpProfile *
cp_profile_new_from_node (JsonNode     *document,
                          const char   *file_name,
                          CpPolicyPack *pack,
                          GError      **error)
{
  g_autoptr(CpSchemaChecker) checker = NULL;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  checker = cp_profile_checker_new (pack);
  return cp_profile_new_from_node_with (checker, pack != NULL, document, file_name, error);
}

CpSchemaChecker *
cp_profile_checker_new (CpPolicyPack *pack)
{
  CpSchemaChecker *checker = cp_schema_checker_new ();

  if (pack != NULL)
    define_pack_ids (checker, pack);
  return checker;
}

CpProfile *
cp_profile_new_from_node_with (CpSchemaChecker *checker,
                               gboolean         with_pack,
                               JsonNode        *document,
                               const char      *file_name,
                               GError         **error)
{
  g_autoptr(CpProfile) self = NULL;
  GPtrArray *errors = cp_schema_checker_get_errors (checker);
  JsonObject *root;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  /* A profile defines no ids: only its errors and references are its
   * own, and they go with it. */
  g_ptr_array_set_size (errors, 0);
  cp_schema_checker_drop_refs (checker);
  cp_schema_checker_check (checker, file_name, document, &profile_s);
  if (errors->len == 0)
    check_periods (checker, file_name, json_node_get_object (document));
  if (with_pack)
    cp_schema_checker_resolve_refs (checker);
  else
    cp_schema_checker_drop_refs (checker);

  if (errors->len > 0)
    {
      g_autofree char *message = NULL;

      g_ptr_array_add (errors, NULL);
      message = g_strjoinv ("\n", (char **) errors->pdata);
      g_ptr_array_set_size (errors, 0);
      g_set_error_literal (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_INVALID, message);
      return NULL;
    }

  root = json_node_get_object (document);
  self = cp_profile_new ();
  self->extra = json_object_ref (root);
  self->name = string_member (root, "name");
  self->birth_date = cp_json_get_day (root, "birth_date");
  self->occupation = string_member (root, "occupation");
  self->city = string_member (root, "city");
  self->training_hours = json_object_get_int_member_with_default (root, "training_hours", 0);
  for (guint i = 0; cp_profile_link_members[i] != NULL; i++)
    self->links[i] = string_member (root, cp_profile_link_members[i]);
  read_lists (self, root);
  read_documents_done (self, root);
  read_registered_sessions (self, root);

  return g_steal_pointer (&self);
}

CpProfile *
cp_profile_new_from_file (const char   *path,
                          CpPolicyPack *pack,
                          GError      **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *base_name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  base_name = g_path_get_basename (path);
  if (!cp_guard_read_file (path, CP_GUARD_PROFILE, &contents, &length, &local_error))
    {
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_IO, "%s: cannot be read: %s",
                   base_name, local_error->message);
      return NULL;
    }
  return cp_profile_new_from_data (contents, length, base_name, pack, error);
}

/* ---------- Writing ---------- */

static void
set_day (JsonObject *object,
         const char *member,
         CpDay       day)
{
  g_autofree char *text = NULL;

  if (day == 0)
    {
      json_object_set_null_member (object, member);
      return;
    }
  text = cp_date_format (day);
  json_object_set_string_member (object, member, text);
}

static void
set_string (JsonObject *object,
            const char *member,
            const char *value)
{
  if (value == NULL)
    json_object_set_null_member (object, member);
  else
    json_object_set_string_member (object, member, value);
}

static void
set_or_remove_string (JsonObject *object,
                      const char *member,
                      const char *value)
{
  if (value == NULL)
    json_object_remove_member (object, member);
  else
    json_object_set_string_member (object, member, value);
}

/* A copy of the record as read (unknown members included), or a new one. */
static JsonObject *
start_record (JsonObject *extra)
{
  JsonObject *record = json_object_new ();
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  if (extra == NULL)
    return record;
  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &member, &value))
    json_object_set_member (record, member, json_node_copy (value));
  return record;
}

static void
write_lists (CpProfile  *self,
             JsonObject *root)
{
  JsonArray *periods = json_array_new ();
  JsonArray *certificates = json_array_new ();
  JsonArray *titles = json_array_new ();
  JsonArray *education = json_array_new ();
  JsonArray *subsidies = json_array_new ();

  for (guint i = 0; i < self->work_periods->len; i++)
    {
      CpWorkPeriod *period = &g_array_index (self->work_periods, CpWorkPeriod, i);
      JsonObject *record = start_record (period->extra);

      set_day (record, "start", period->start);
      set_day (record, "end", period->end);
      json_array_add_object_element (periods, record);
    }
  for (guint i = 0; i < self->certificates->len; i++)
    {
      CpCertificate *certificate = &g_array_index (self->certificates, CpCertificate, i);
      JsonObject *record = start_record (certificate->extra);

      set_string (record, "occupation", certificate->occupation);
      json_object_set_boolean_member (record, "related", certificate->related);
      json_object_set_int_member (record, "level", certificate->level);
      set_day (record, "issued", certificate->issued);
      set_string (record, "issuer", certificate->issuer);
      json_array_add_object_element (certificates, record);
    }
  for (guint i = 0; i < self->titles->len; i++)
    {
      CpTitle *title = &g_array_index (self->titles, CpTitle, i);
      JsonObject *record = start_record (title->extra);

      set_string (record, "grade", title->grade);
      json_object_set_boolean_member (record, "matches_major", title->matches_major);
      set_day (record, "obtained", title->obtained);
      json_array_add_object_element (titles, record);
    }
  for (guint i = 0; i < self->education->len; i++)
    {
      CpEducation *item = &g_array_index (self->education, CpEducation, i);
      JsonObject *record = start_record (item->extra);

      set_string (record, "kind", item->kind);
      json_object_set_boolean_member (record, "related_major", item->related_major);
      json_object_set_boolean_member (record, "assessed", item->assessed);
      set_day (record, "graduated", item->graduated);
      json_object_set_boolean_member (record, "final_year", item->final_year);
      json_array_add_object_element (education, record);
    }
  for (guint i = 0; i < self->subsidies->len; i++)
    {
      CpSubsidyClaim *claim = &g_array_index (self->subsidies, CpSubsidyClaim, i);
      JsonObject *record = start_record (claim->extra);

      set_string (record, "kind", claim->kind);
      set_string (record, "occupation", claim->occupation);
      json_object_set_int_member (record, "level", claim->level);
      set_day (record, "date", claim->date);
      json_array_add_object_element (subsidies, record);
    }

  json_object_set_array_member (root, "work_periods", periods);
  json_object_set_array_member (root, "certificates", certificates);
  json_object_set_array_member (root, "titles", titles);
  json_object_set_array_member (root, "education", education);
  json_object_set_array_member (root, "subsidies_claimed", subsidies);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
write_documents_done (CpProfile  *self,
                      JsonObject *root)
{
  g_autofree const char **keys = NULL;
  JsonObject *done = json_object_new ();
  guint n_keys;

  /* Sorted, so that saving twice gives the same bytes. */
  keys = (const char **) g_hash_table_get_keys_as_array (self->documents_done, &n_keys);
  qsort (keys, n_keys, sizeof (char *), compare_strings);
  for (guint i = 0; i < n_keys; i++)
    {
      g_auto(GStrv) parts = g_strsplit (keys[i], "/", 2);
      JsonArray *ids;

      if (!json_object_has_member (done, parts[0]))
        json_object_set_array_member (done, parts[0], json_array_new ());
      ids = json_object_get_array_member (done, parts[0]);
      json_array_add_string_element (ids, parts[1]);
    }
  json_object_set_object_member (root, "documents_done", done);
}

/* Left out when there is none, so files of candidates never registered
 * stay as they were. */
static void
write_registered_sessions (CpProfile  *self,
                           JsonObject *root)
{
  JsonArray *ids;

  if (self->registered_sessions->len == 0)
    {
      json_object_remove_member (root, "registered_sessions");
      return;
    }
  ids = json_array_sized_new (self->registered_sessions->len);
  for (guint i = 0; i < self->registered_sessions->len; i++)
    json_array_add_string_element (ids, g_ptr_array_index (self->registered_sessions, i));
  json_object_set_array_member (root, "registered_sessions", ids);
}

char *
cp_profile_to_data (CpProfile *self)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root;
  gsize length;
  char *data;

  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);

  root = start_record (self->extra);
  json_object_set_string_member (root, "format", "certpath-profile");
  json_object_set_int_member (root, "version", 1);
  set_string (root, "name", self->name);
  set_day (root, "birth_date", self->birth_date);
  /* Left out rather than null: null is not a city or an occupation. */
  set_or_remove_string (root, "occupation", self->occupation);
  set_or_remove_string (root, "city", self->city);
  write_lists (self, root);
  json_object_set_int_member (root, "training_hours", self->training_hours);
  for (guint i = 0; cp_profile_link_members[i] != NULL; i++)
    set_string (root, cp_profile_link_members[i], self->links[i]);
  write_documents_done (self, root);
  write_registered_sessions (self, root);

  json_node_take_object (node, root);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  /* Members kept unread may be nested deep, and indenting every level can
   * make a small file huge: past the reader's cap, the file is written
   * compact, which is no larger than what was read. */
  if (length > cp_guard_max_bytes (CP_GUARD_PROFILE))
    {
      g_free (data);
      json_generator_set_pretty (generator, FALSE);
      data = json_generator_to_data (generator, NULL);
    }
  return data;
}

gboolean
cp_profile_save (CpProfile   *self,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CP_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A draft that would not read back is not written at all. */
  if (!cp_profile_check (self, NULL, error))
    return FALSE;
  data = cp_profile_to_data (self);
  /* Written beside the old file, flushed to the disk and renamed over it,
   * readable only by the user: an interrupted save or a power cut leaves
   * the previous file whole, and a first save is on the disk once done. */
  if (!g_file_set_contents_full (path, data, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, CP_PROFILE_ERROR, CP_PROFILE_ERROR_IO, "%s: cannot be saved: %s",
                   path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---------- Copying ---------- */

static JsonNode *copy_node (JsonNode *node);

static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  if (object == NULL)
    return NULL;
  /* A sealed object (as every one read from a file is) never changes, so
   * sharing it is as good as a copy. */
  if (json_object_is_immutable (object))
    return json_object_ref (object);
  copy = json_object_new ();
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, &value))
    json_object_set_member (copy, member, copy_node (value));
  return copy;
}

/* json_node_copy () shares objects and arrays; this copies them too. */
static JsonNode *
copy_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = copy_object (json_node_get_object (node));
      JsonNode *copy = json_node_init_object (json_node_alloc (), object);

      json_object_unref (object);
      return copy;
    }
  if (JSON_NODE_HOLDS_ARRAY (node) && !json_node_is_immutable (node))
    {
      JsonArray *array = json_node_get_array (node);
      JsonArray *copy = json_array_sized_new (json_array_get_length (array));

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, copy_node (json_array_get_element (array, i)));
      return json_node_init_array (json_node_alloc (), copy);
    }
  return json_node_copy (node);
}

CpProfile *
cp_profile_copy (CpProfile *self)
{
  CpProfile *copy;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);

  copy = cp_profile_new ();
  copy->name = g_strdup (self->name);
  copy->birth_date = self->birth_date;
  copy->occupation = g_strdup (self->occupation);
  copy->city = g_strdup (self->city);
  copy->training_hours = self->training_hours;
  for (guint i = 0; i < G_N_ELEMENTS (self->links); i++)
    copy->links[i] = g_strdup (self->links[i]);
  copy->extra = copy_object (self->extra);

  for (guint i = 0; i < self->work_periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (self->work_periods, CpWorkPeriod, i);
      CpWorkPeriod item = { period->start, period->end, copy_object (period->extra) };
      g_array_append_val (copy->work_periods, item);
    }
  for (guint i = 0; i < self->certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (self->certificates, CpCertificate, i);
      CpCertificate item = {
        g_strdup (certificate->occupation), certificate->related, certificate->level, certificate->issued,
        g_strdup (certificate->issuer), copy_object (certificate->extra)
      };
      g_array_append_val (copy->certificates, item);
    }
  for (guint i = 0; i < self->titles->len; i++)
    {
      const CpTitle *title = &g_array_index (self->titles, CpTitle, i);
      CpTitle item = { g_strdup (title->grade), title->matches_major, title->obtained, copy_object (title->extra) };
      g_array_append_val (copy->titles, item);
    }
  for (guint i = 0; i < self->education->len; i++)
    {
      const CpEducation *education = &g_array_index (self->education, CpEducation, i);
      CpEducation item = {
        g_strdup (education->kind), education->related_major, education->assessed, education->graduated,
        education->final_year, copy_object (education->extra)
      };
      g_array_append_val (copy->education, item);
    }
  for (guint i = 0; i < self->subsidies->len; i++)
    {
      const CpSubsidyClaim *claim = &g_array_index (self->subsidies, CpSubsidyClaim, i);
      CpSubsidyClaim item = {
        g_strdup (claim->kind), g_strdup (claim->occupation), claim->level, claim->date, copy_object (claim->extra)
      };
      g_array_append_val (copy->subsidies, item);
    }

  g_hash_table_iter_init (&iter, self->documents_done);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->documents_done, g_strdup (key));
  for (guint i = 0; i < self->registered_sessions->len; i++)
    g_ptr_array_add (copy->registered_sessions, g_strdup (g_ptr_array_index (self->registered_sessions, i)));
  return copy;
}

/* ---------- Fields ---------- */

/* A blank field is an empty one: "" is no name, no city. */
static char *
dup_or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

void
cp_profile_changed (CpProfile *self)
{
  g_return_if_fail (CP_IS_PROFILE (self));

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

const char *
cp_profile_get_name (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->name;
}

void
cp_profile_set_name (CpProfile  *self,
                     const char *name)
{
  g_return_if_fail (CP_IS_PROFILE (self));
  g_free (self->name);
  self->name = dup_or_null (name);
}

CpDay
cp_profile_get_birth_date (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), 0);
  return self->birth_date;
}

void
cp_profile_set_birth_date (CpProfile *self,
                           CpDay      day)
{
  g_return_if_fail (CP_IS_PROFILE (self));
  self->birth_date = day;
}

const char *
cp_profile_get_occupation (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->occupation;
}

void
cp_profile_set_occupation (CpProfile  *self,
                           const char *code)
{
  g_return_if_fail (CP_IS_PROFILE (self));
  g_free (self->occupation);
  self->occupation = dup_or_null (code);
}

const char *
cp_profile_get_city (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->city;
}

void
cp_profile_set_city (CpProfile  *self,
                     const char *city)
{
  g_return_if_fail (CP_IS_PROFILE (self));
  g_free (self->city);
  self->city = dup_or_null (city);
}

int
cp_profile_get_training_hours (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), 0);
  return self->training_hours;
}

void
cp_profile_set_training_hours (CpProfile *self,
                               int        hours)
{
  g_return_if_fail (CP_IS_PROFILE (self));
  g_return_if_fail (hours >= 0);
  self->training_hours = hours;
}

static int
link_index (const char *link)
{
  for (guint i = 0; cp_profile_link_members[i] != NULL; i++)
    if (g_str_equal (cp_profile_link_members[i], link))
      return i;
  g_return_val_if_reached (-1);
}

const char *
cp_profile_get_link_city (CpProfile  *self,
                          const char *link)
{
  int index = link_index (link);

  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return index >= 0 ? self->links[index] : NULL;
}

void
cp_profile_set_link_city (CpProfile  *self,
                          const char *link,
                          const char *city)
{
  int index = link_index (link);

  g_return_if_fail (CP_IS_PROFILE (self));
  g_return_if_fail (index >= 0);
  g_free (self->links[index]);
  self->links[index] = dup_or_null (city);
}

GArray *
cp_profile_get_work_periods (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->work_periods;
}

GArray *
cp_profile_get_certificates (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->certificates;
}

GArray *
cp_profile_get_titles (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->titles;
}

GArray *
cp_profile_get_education (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->education;
}

GArray *
cp_profile_get_subsidies (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->subsidies;
}

gboolean
cp_profile_get_document_done (CpProfile  *self,
                              int         level,
                              const char *document_id)
{
  g_autofree char *key = g_strdup_printf ("%d/%s", level, document_id);

  g_return_val_if_fail (CP_IS_PROFILE (self), FALSE);
  return g_hash_table_contains (self->documents_done, key);
}

void
cp_profile_set_document_done (CpProfile  *self,
                              int         level,
                              const char *document_id,
                              gboolean    done)
{
  char *key = g_strdup_printf ("%d/%s", level, document_id);

  g_return_if_fail (CP_IS_PROFILE (self));
  if (done)
    g_hash_table_add (self->documents_done, key);
  else
    {
      g_hash_table_remove (self->documents_done, key);
      g_free (key);
    }
}

GPtrArray *
cp_profile_get_registered_sessions (CpProfile *self)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), NULL);
  return self->registered_sessions;
}

gboolean
cp_profile_get_registered (CpProfile  *self,
                           const char *session_id)
{
  g_return_val_if_fail (CP_IS_PROFILE (self), FALSE);

  for (guint i = 0; session_id != NULL && i < self->registered_sessions->len; i++)
    if (g_str_equal (g_ptr_array_index (self->registered_sessions, i), session_id))
      return TRUE;
  return FALSE;
}

void
cp_profile_set_registered (CpProfile  *self,
                           const char *session_id,
                           gboolean    registered)
{
  g_return_if_fail (CP_IS_PROFILE (self));

  /* A blank id names no session. */
  if (session_id == NULL || session_id[0] == '\0')
    return;
  for (guint i = 0; i < self->registered_sessions->len; i++)
    if (g_str_equal (g_ptr_array_index (self->registered_sessions, i), session_id))
      {
        if (!registered)
          g_ptr_array_remove_index (self->registered_sessions, i);
        return;
      }
  if (registered)
    g_ptr_array_add (self->registered_sessions, g_strdup (session_id));
}
