/* cp-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-schema.h"
#include "cp-date.h"

#include <string.h>

typedef struct
{
  char *kind;
  char *id;
  char *where;  /* "file: $.path" of the reference */
} Reference;

struct _CpSchemaChecker
{
  GPtrArray  *errors;      /* char *, in the order found */
  GHashTable *ids;         /* kind → (id → "file: $.path" of its definition) */
  GArray     *references;  /* Reference */
  const char *file_name;   /* borrowed, during check () */
  GString    *path;
};

static void
reference_clear (gpointer data)
{
  Reference *reference = data;

  g_free (reference->kind);
  g_free (reference->id);
  g_free (reference->where);
}

CpSchemaChecker *
cp_schema_checker_new (void)
{
  CpSchemaChecker *self = g_new0 (CpSchemaChecker, 1);

  self->errors = g_ptr_array_new_with_free_func (g_free);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_hash_table_unref);
  self->references = g_array_new (FALSE, TRUE, sizeof (Reference));
  g_array_set_clear_func (self->references, reference_clear);
  self->path = g_string_new ("$");
  return self;
}

void
cp_schema_checker_free (CpSchemaChecker *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->errors);
  g_hash_table_unref (self->ids);
  g_array_unref (self->references);
  g_string_free (self->path, TRUE);
  g_free (self);
}

void
cp_schema_checker_add_error (CpSchemaChecker *self,
                             const char      *file_name,
                             const char      *path,
                             const char      *format,
                             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL)
    g_ptr_array_add (self->errors, g_strdup_printf ("%s: %s: %s", file_name, path, message));
  else
    g_ptr_array_add (self->errors, g_strdup_printf ("%s: %s", file_name, message));
}

GPtrArray *
cp_schema_checker_get_errors (CpSchemaChecker *self)
{
  return self->errors;
}

gboolean
cp_schema_checker_has_id (CpSchemaChecker *self,
                          const char      *kind,
                          const char      *id)
{
  GHashTable *of_kind = g_hash_table_lookup (self->ids, kind);

  return of_kind != NULL && g_hash_table_contains (of_kind, id);
}

char *
cp_schema_describe_value (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup ("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup ("an array");
  return json_to_string (node, FALSE);
}

static void G_GNUC_PRINTF (2, 3)
fail (CpSchemaChecker *self,
      const char      *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  cp_schema_checker_add_error (self, self->file_name, self->path->str, "%s", message);
}

static void
expected (CpSchemaChecker *self,
          const char      *what,
          JsonNode        *node)
{
  g_autofree char *got = cp_schema_describe_value (node);

  fail (self, "expected %s, got %s", what, got);
}

static char *
describe_enum (const char * const *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, values[i + 1] == NULL ? " or " : ", ");
      g_string_append_printf (text, "\"%s\"", values[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
is_identifier (const char *key)
{
  if (key[0] == '\0' || g_ascii_isdigit (key[0]))
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

static gsize
push_member (CpSchemaChecker *self,
             const char      *key)
{
  gsize length = self->path->len;

  if (is_identifier (key))
    g_string_append_printf (self->path, ".%s", key);
  else
    g_string_append_printf (self->path, "[\"%s\"]", key);
  return length;
}

static gsize
push_index (CpSchemaChecker *self,
            guint            index)
{
  gsize length = self->path->len;

  g_string_append_printf (self->path, "[%u]", index);
  return length;
}

static void
pop (CpSchemaChecker *self,
     gsize            length)
{
  g_string_truncate (self->path, length);
}

static gboolean
is_whole_number (JsonNode *node,
                 gint64   *out_value)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out_value = json_node_get_int (node);
  return TRUE;
}

static const char *
string_value (JsonNode *node)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void check_node (CpSchemaChecker *self, JsonNode *node, const CpSchema *schema);

static GHashTable *
ids_of_kind (CpSchemaChecker *self,
             const char      *kind)
{
  GHashTable *of_kind = g_hash_table_lookup (self->ids, kind);

  if (of_kind == NULL)
    {
      of_kind = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (self->ids, g_strdup (kind), of_kind);
    }
  return of_kind;
}

void
cp_schema_checker_define_id (CpSchemaChecker *self,
                             const char      *kind,
                             const char      *id,
                             const char      *where)
{
  g_hash_table_insert (ids_of_kind (self, kind), g_strdup (id), g_strdup (where));
}

void
cp_schema_checker_forget_ids (CpSchemaChecker *self,
                              const char      *kind)
{
  g_hash_table_remove (self->ids, kind);
}

void
cp_schema_checker_drop_refs (CpSchemaChecker *self)
{
  g_array_set_size (self->references, 0);
}

static void
define_id (CpSchemaChecker *self,
           const char      *kind,
           const char      *id)
{
  GHashTable *of_kind = ids_of_kind (self, kind);
  const char *first = g_hash_table_lookup (of_kind, id);

  if (first != NULL)
    {
      fail (self, "the %s id \"%s\" is already used at %s", kind, id, first);
      return;
    }
  g_hash_table_insert (of_kind, g_strdup (id),
                       g_strdup_printf ("%s: %s", self->file_name, self->path->str));
}

static void
refer_to_id (CpSchemaChecker *self,
             const char      *kind,
             const char      *id)
{
  Reference reference = {
    .kind = g_strdup (kind),
    .id = g_strdup (id),
    .where = g_strdup_printf ("%s: %s", self->file_name, self->path->str),
  };

  g_array_append_val (self->references, reference);
}

static void
check_string (CpSchemaChecker *self,
              JsonNode        *node,
              const CpSchema  *schema)
{
  const char *value = string_value (node);

  if (value == NULL || value[0] == '\0')
    {
      expected (self, "a non-empty string", node);
      return;
    }
  if (schema->defines != NULL)
    define_id (self, schema->defines, value);
  if (schema->refers != NULL)
    refer_to_id (self, schema->refers, value);
}

static void
check_text (CpSchemaChecker *self,
            JsonNode        *node)
{
  static const char * const languages[] = { "en", "zh_CN", NULL };
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      expected (self, "a text as {\"en\": …, \"zh_CN\": …}", node);
      return;
    }
  object = json_node_get_object (node);

  for (guint i = 0; languages[i] != NULL; i++)
    if (!json_object_has_member (object, languages[i]))
      fail (self, "the text has no \"%s\" version", languages[i]);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &value))
    {
      gsize length = push_member (self, key);
      const char *text = string_value (value);

      if (!g_strv_contains (languages, key))
        fail (self, "unknown language; expected \"en\" or \"zh_CN\"");
      else if (text == NULL || text[0] == '\0')
        expected (self, "a non-empty string", value);
      pop (self, length);
    }
}

static void
check_int (CpSchemaChecker *self,
           JsonNode        *node,
           const CpSchema  *schema)
{
  gint64 value;

  if (schema->min == 0 && schema->max == 0)
    {
      if (!is_whole_number (node, &value))
        expected (self, "a whole number", node);
      return;
    }

  if (!is_whole_number (node, &value) || value < schema->min || value > schema->max)
    {
      g_autofree char *what = NULL;

      if (schema->min == schema->max)
        what = g_strdup_printf ("%" G_GINT64_FORMAT, schema->min);
      else
        what = g_strdup_printf ("a whole number from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                                schema->min, schema->max);
      expected (self, what, node);
    }
}

static void
check_date (CpSchemaChecker *self,
            JsonNode        *node)
{
  const char *value = string_value (node);

  switch (cp_date_parse (value, NULL))
    {
    case CP_DATE_OK:
      break;
    case CP_DATE_MALFORMED:
      expected (self, "a date as YYYY-MM-DD", node);
      break;
    case CP_DATE_IMPOSSIBLE:
      fail (self, "%s is not a date", value);
      break;
    case CP_DATE_OUT_OF_RANGE:
      fail (self, "%s is outside the years %d to %d", value, CP_DATE_FIRST_YEAR, CP_DATE_LAST_YEAR);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
check_month (CpSchemaChecker *self,
             JsonNode        *node)
{
  const char *value = string_value (node);
  g_autofree char *first_day = NULL;

  if (value != NULL && strlen (value) == 7)
    first_day = g_strconcat (value, "-01", NULL);
  if (cp_date_parse (first_day, NULL) != CP_DATE_OK)
    expected (self, "a month as YYYY-MM", node);
}

static void
check_url (CpSchemaChecker *self,
           JsonNode        *node)
{
  const char *value = string_value (node);
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (value != NULL)
    uri = g_uri_parse (value, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
      (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0))
    expected (self, "an http:// or https:// address", node);
}

static void
check_enum (CpSchemaChecker *self,
            JsonNode        *node,
            const CpSchema  *schema)
{
  const char *value = string_value (node);

  if (value == NULL || !g_strv_contains (schema->values, value))
    {
      g_autofree char *choices = describe_enum (schema->values);
      g_autofree char *what = g_strdup_printf ("one of %s", choices);
      expected (self, what, node);
    }
}

static void
check_object (CpSchemaChecker *self,
              JsonNode        *node,
              const CpSchema  *schema)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      expected (self, "an object", node);
      return;
    }
  object = json_node_get_object (node);

  for (const CpSchemaMember *member = schema->members; member->name != NULL; member++)
    if (!member->optional && !json_object_has_member (object, member->name))
      fail (self, "the member \"%s\" is missing", member->name);

  /* In the file's order, so that messages come in reading order. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      const CpSchemaMember *found = NULL;
      gsize length;

      for (const CpSchemaMember *member = schema->members; member->name != NULL; member++)
        if (g_str_equal (member->name, key))
          found = member;

      length = push_member (self, key);
      /* An open object keeps members it does not know for whoever wrote
       * them; a closed one treats them as the typo they usually are. */
      if (found != NULL)
        check_node (self, value, found->schema);
      else if (!(schema->flags & CP_SCHEMA_OPEN))
        fail (self, "unknown member; a misspelt or misplaced key is an error");
      pop (self, length);
    }
}

static void
check_array (CpSchemaChecker *self,
             JsonNode        *node,
             const CpSchema  *schema)
{
  g_autoptr(GHashTable) seen = NULL;  /* of the scalar items, to find one listed twice */
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      expected (self, "an array", node);
      return;
    }
  array = json_node_get_array (node);
  length = json_array_get_length (array);

  if (schema->max > 0 && schema->min == schema->max && length != schema->min)
    fail (self, "expected exactly %" G_GINT64_FORMAT " items, got %u", schema->min, length);
  else if (length < schema->min)
    fail (self, "expected at least %" G_GINT64_FORMAT " item%s, got %u",
          schema->min, schema->min == 1 ? "" : "s", length);
  else if (schema->max > 0 && length > schema->max)
    fail (self, "expected at most %" G_GINT64_FORMAT " items, got %u", schema->max, length);

  if (schema->flags & CP_SCHEMA_UNIQUE)
    seen = g_hash_table_new (json_node_hash, json_node_equal);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize path_length = push_index (self, i);

      check_node (self, item, schema->items);
      if (seen != NULL && JSON_NODE_HOLDS_VALUE (item) && !g_hash_table_add (seen, item))
        {
          g_autofree char *value = cp_schema_describe_value (item);
          fail (self, "%s is listed twice", value);
        }
      pop (self, path_length);
    }
}

static void
check_map (CpSchemaChecker *self,
           JsonNode        *node,
           const CpSchema  *schema)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      expected (self, "an object", node);
      return;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      gsize length = push_member (self, key);

      if (schema->values != NULL && !g_strv_contains (schema->values, key))
        {
          g_autofree char *choices = describe_enum (schema->values);
          fail (self, "unknown key; expected one of %s", choices);
        }
      else
        check_node (self, value, schema->items);
      pop (self, length);
    }
}

static void
check_node (CpSchemaChecker *self,
            JsonNode        *node,
            const CpSchema  *schema)
{
  gint64 number;

  if (JSON_NODE_HOLDS_NULL (node) && (schema->flags & CP_SCHEMA_NULLABLE))
    return;

  switch (schema->kind)
    {
    case CP_SCHEMA_STRING:
      check_string (self, node, schema);
      break;
    case CP_SCHEMA_TEXT:
      check_text (self, node);
      break;
    case CP_SCHEMA_INT:
      check_int (self, node, schema);
      break;
    case CP_SCHEMA_YUAN:
      /* A bound, so that sums of amounts never overflow. */
      if (!is_whole_number (node, &number) || number < 0 || number > CP_SCHEMA_MAX_YUAN)
        expected (self, (schema->flags & CP_SCHEMA_NULLABLE)
                          ? "a whole number of yuan from 0 to 1000000, or null where the figure is unknown"
                          : "a whole number of yuan from 0 to 1000000", node);
      break;
    case CP_SCHEMA_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        expected (self, "true or false", node);
      break;
    case CP_SCHEMA_DATE:
      check_date (self, node);
      break;
    case CP_SCHEMA_MONTH:
      check_month (self, node);
      break;
    case CP_SCHEMA_URL:
      check_url (self, node);
      break;
    case CP_SCHEMA_ENUM:
      check_enum (self, node, schema);
      break;
    case CP_SCHEMA_OBJECT:
      check_object (self, node, schema);
      break;
    case CP_SCHEMA_ARRAY:
      check_array (self, node, schema);
      break;
    case CP_SCHEMA_MAP:
      check_map (self, node, schema);
      break;
    case CP_SCHEMA_ANY:
      break;
    default:
      g_assert_not_reached ();
    }
}

void
cp_schema_checker_check_at (CpSchemaChecker *self,
                            const char      *file_name,
                            const char      *path,
                            JsonNode        *node,
                            const CpSchema  *schema)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (file_name != NULL);
  g_return_if_fail (node != NULL);

  self->file_name = file_name;
  g_string_assign (self->path, path);
  check_node (self, node, schema);
  self->file_name = NULL;
}

void
cp_schema_checker_check (CpSchemaChecker *self,
                         const char      *file_name,
                         JsonNode        *node,
                         const CpSchema  *schema)
{
  cp_schema_checker_check_at (self, file_name, "$", node, schema);
}

void
cp_schema_checker_resolve_refs (CpSchemaChecker *self)
{
  for (guint i = 0; i < self->references->len; i++)
    {
      Reference *reference = &g_array_index (self->references, Reference, i);

      if (!cp_schema_checker_has_id (self, reference->kind, reference->id))
        g_ptr_array_add (self->errors,
                         g_strdup_printf ("%s: no %s has the id \"%s\"",
                                          reference->where, reference->kind, reference->id));
    }
  g_array_set_size (self->references, 0);
}
