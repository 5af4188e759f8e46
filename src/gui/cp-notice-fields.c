/* cp-notice-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-date.h"
#include "cp-notice-fields.h"
#include "cp-text.h"

#include <stdio.h>
#include <string.h>

/* json_node_copy shares objects: a real copy goes through text. */
JsonObject *
cp_notice_copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);

  return copy != NULL && JSON_NODE_HOLDS_OBJECT (copy) ? json_object_ref (json_node_get_object (copy))
                                                       : json_object_new ();
}

static JsonArray *
copy_array (JsonArray *array)
{
  g_autoptr(JsonObject) holder = json_object_new ();
  g_autoptr(JsonObject) copy = NULL;

  json_object_set_array_member (holder, "a", json_array_ref (array));
  copy = cp_notice_copy_object (holder);
  return json_array_ref (json_object_get_array_member (copy, "a"));
}

JsonObject *
cp_notice_draft_new (CpNotice *notice)
{
  JsonObject *record = notice->kind == CP_NOTICE_SESSION ? notice->session
                       : notice->kind == CP_NOTICE_COURSE ? notice->course : NULL;
  JsonObject *draft;

  if (record == NULL)
    return NULL;
  draft = cp_notice_copy_object (record);
  json_object_set_array_member (draft, "fees", notice->fees != NULL ? copy_array (notice->fees) : json_array_new ());
  if (notice->kind == CP_NOTICE_COURSE)
    {
      if (notice->exam_fee >= 0)
        json_object_set_int_member (draft, "exam_fee", notice->exam_fee);
      else
        json_object_set_null_member (draft, "exam_fee");
    }
  return draft;
}

JsonObject *
cp_notice_draft_to_record (JsonObject *draft)
{
  JsonObject *record = cp_notice_copy_object (draft);

  if (json_object_has_member (record, "fees"))
    json_object_remove_member (record, "fees");
  if (json_object_has_member (record, "exam_fee"))
    json_object_remove_member (record, "exam_fee");
  return record;
}

void
cp_notice_field_free (CpNoticeField *field)
{
  g_free (field->path);
  g_free (field->label);
  g_free (field);
}

static void
add_field (GPtrArray   *fields,
           const char  *path,
           CpFieldKind  kind,
           char        *label)
{
  CpNoticeField *field = g_new0 (CpNoticeField, 1);

  field->path = g_strdup (path);
  field->label = label;
  field->kind = kind;
  g_ptr_array_add (fields, field);
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Level N of the i-th object of a per-level array, for labels. */
static gint64
level_of (JsonObject *row)
{
  JsonNode *level = json_object_get_member (row, "level");

  return level != NULL && JSON_NODE_HOLDS_VALUE (level) ? json_node_get_int (level) : 0;
}

/* Translators: a column of the fee table, for level %d */
static char *
fee_label (const char *member,
           int         level)
{
  if (g_str_equal (member, "theory"))
    return g_strdup_printf (_("Level %d: theory fee"), level);
  if (g_str_equal (member, "practical"))
    return g_strdup_printf (_("Level %d: practical fee"), level);
  if (g_str_equal (member, "review"))
    return g_strdup_printf (_("Level %d: review fee"), level);
  if (g_str_equal (member, "materials"))
    return g_strdup_printf (_("Level %d: materials fee"), level);
  return g_strdup_printf (_("Level %d: total fee"), level);
}

static void
add_fee_fields (GPtrArray  *fields,
                JsonObject *draft)
{
  static const char * const columns[] = { "theory", "practical", "review", "materials", "total" };
  JsonArray *fees = array_member (draft, "fees");

  for (guint i = 0; fees != NULL && i < json_array_get_length (fees); i++)
    {
      JsonObject *fee = json_array_get_object_element (fees, i);

      if (fee == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
        if (json_object_has_member (fee, columns[k]))
          {
            g_autofree char *path = g_strdup_printf ("fees[%u].%s", i, columns[k]);
            add_field (fields, path, CP_FIELD_NUMBER, fee_label (columns[k], (int) level_of (fee)));
          }
    }
}

static void
add_session_fields (GPtrArray  *fields,
                    JsonObject *draft)
{
  JsonArray *registration = array_member (draft, "registration");

  add_field (fields, "exam_date", CP_FIELD_DATE, g_strdup (_("Exam date")));
  add_field (fields, "levels", CP_FIELD_LEVELS, g_strdup (_("Levels")));
  add_field (fields, "capacity", CP_FIELD_NUMBER, g_strdup (_("Places")));
  add_field (fields, "min_to_open", CP_FIELD_NUMBER, g_strdup (_("Held with at least (candidates)")));
  add_field (fields, "registration_code", CP_FIELD_TEXT, g_strdup (_("Registration code")));
  add_field (fields, "plan_number", CP_FIELD_TEXT, g_strdup (_("Plan number")));
  for (guint i = 0; registration != NULL && i < json_array_get_length (registration); i++)
    {
      JsonObject *channel = json_array_get_object_element (registration, i);
      g_autofree char *path = g_strdup_printf ("registration[%u].closes", i);
      const char *name = NULL;

      if (channel == NULL)
        continue;
      if (json_object_has_member (channel, "name") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (channel, "name")))
        name = cp_text_get_member (channel, "name", NULL);
      else if (json_object_has_member (channel, "channel"))
        name = json_object_get_string_member (channel, "channel");
      /* Translators: the registration channel's name */
      add_field (fields, path, CP_FIELD_DATE, g_strdup_printf (_("Registration closes: %s"), name != NULL ? name : ""));
    }
  add_field (fields, "papers_due", CP_FIELD_DATE, g_strdup (_("Signed papers due")));
  add_field (fields, "published", CP_FIELD_DATE, g_strdup (_("Notice published")));
  add_fee_fields (fields, draft);
}

static void
add_course_fields (GPtrArray  *fields,
                   JsonObject *draft)
{
  JsonArray *prices = array_member (draft, "prices");
  JsonArray *discounts = array_member (draft, "discounts");

  for (guint i = 0; prices != NULL && i < json_array_get_length (prices); i++)
    {
      JsonObject *price = json_array_get_object_element (prices, i);
      g_autofree char *list = g_strdup_printf ("prices[%u].price", i);
      g_autofree char *member = g_strdup_printf ("prices[%u].member_price", i);

      if (price == NULL)
        continue;
      /* Translators: %d is a level */
      add_field (fields, list, CP_FIELD_NUMBER, g_strdup_printf (_("Level %d: price"), (int) level_of (price)));
      /* Translators: %d is a level */
      add_field (fields, member, CP_FIELD_NUMBER, g_strdup_printf (_("Level %d: member price"), (int) level_of (price)));
    }
  for (guint i = 0; discounts != NULL && i < json_array_get_length (discounts); i++)
    {
      g_autofree char *size = g_strdup_printf ("discounts[%u].min_size", i);
      g_autofree char *rate = g_strdup_printf ("discounts[%u].rate_percent", i);

      add_field (fields, size, CP_FIELD_NUMBER, g_strdup (_("Group discount from (people)")));
      add_field (fields, rate, CP_FIELD_NUMBER, g_strdup (_("Group discount (percent)")));
    }
  add_field (fields, "includes", CP_FIELD_LIST, g_strdup (_("Included")));
  add_field (fields, "exam_fee", CP_FIELD_NUMBER, g_strdup (_("Exam fee (yuan)")));
  add_field (fields, "start_month", CP_FIELD_MONTH, g_strdup (_("Start month")));
  add_fee_fields (fields, draft);
}

GPtrArray *
cp_notice_fields_list (CpPolicyPack *pack,
                       CpNoticeKind  kind,
                       JsonObject   *draft)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_notice_field_free);

  if (kind == CP_NOTICE_SESSION)
    add_session_fields (fields, draft);
  else if (kind == CP_NOTICE_COURSE)
    add_course_fields (fields, draft);
  return fields;
}

/* The object that holds the field's last member, and that member's name;
 * NULL when the path goes through something that is not there. */
static JsonObject *
resolve (JsonObject  *draft,
         const char  *path,
         char       **out_member)
{
  g_auto(GStrv) steps = g_strsplit (path, ".", -1);
  JsonObject *object = draft;
  guint n = g_strv_length (steps);

  for (guint i = 0; i + 1 < n && object != NULL; i++)
    {
      g_autofree char *name = g_strdup (steps[i]);
      char *bracket = strchr (name, '[');
      JsonNode *node;

      if (bracket == NULL)
        {
          node = json_object_get_member (object, name);
          object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          continue;
        }
      *bracket = '\0';
      {
        guint index = (guint) g_ascii_strtoull (bracket + 1, NULL, 10);
        JsonArray *array = array_member (object, name);

        object = array != NULL && index < json_array_get_length (array) ? json_array_get_object_element (array, index)
                                                                        : NULL;
      }
    }
  if (object == NULL || n == 0)
    return NULL;
  *out_member = g_strdup (steps[n - 1]);
  return object;
}

char *
cp_notice_field_get_text (const CpNoticeField *field,
                          JsonObject          *draft)
{
  g_autofree char *member = NULL;
  JsonObject *holder = resolve (draft, field->path, &member);
  JsonNode *node = holder != NULL ? json_object_get_member (holder, member) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (i > 0)
            g_string_append (text, field->kind == CP_FIELD_LEVELS ? "/" : ", ");
          if (json_node_get_value_type (element) == G_TYPE_STRING)
            g_string_append (text, json_node_get_string (element));
          else if (JSON_NODE_HOLDS_VALUE (element))
            g_string_append_printf (text, "%" G_GINT64_FORMAT, json_node_get_int (element));
        }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup (cp_text_get (json_node_get_object (node), NULL));
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
}

static gboolean
parse_number (const char *text,
              gint64      low,
              gint64      high,
              gint64     *out_value)
{
  return g_ascii_string_to_signed (text, 10, low, high, out_value, NULL);
}

static JsonNode *
parse (const CpNoticeField *field,
       const char          *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  JsonNode *node = json_node_alloc ();
  gint64 number;

  if (trimmed[0] == '\0')
    return json_node_init_null (node);
  switch (field->kind)
    {
    case CP_FIELD_DATE:
      {
        int year, month, day;
        char end;
        CpDay parsed;
        g_autofree char *normal = NULL;

        if (sscanf (trimmed, "%d-%d-%d%c", &year, &month, &day, &end) != 3)
          break;
        normal = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
        if (cp_date_parse (normal, &parsed) != CP_DATE_OK)
          break;
        return json_node_init_string (node, normal);
      }
    case CP_FIELD_MONTH:
      {
        int year, month;
        char end;

        if (sscanf (trimmed, "%d-%d%c", &year, &month, &end) != 2 || month < 1 || month > 12
            || year < CP_DATE_FIRST_YEAR || year > CP_DATE_LAST_YEAR)
          break;
        {
          g_autofree char *normal = g_strdup_printf ("%04d-%02d", year, month);
          return json_node_init_string (node, normal);
        }
      }
    case CP_FIELD_NUMBER:
      if (!parse_number (trimmed, 0, G_MAXINT32, &number))
        break;
      return json_node_init_int (node, number);
    case CP_FIELD_LEVELS:
      {
        g_auto(GStrv) parts = g_strsplit_set (trimmed, "/,", -1);
        JsonArray *levels = json_array_new ();

        for (guint i = 0; parts[i] != NULL; i++)
          {
            g_strstrip (parts[i]);
            if (!parse_number (parts[i], 1, 5, &number))
              {
                json_array_unref (levels);
                json_node_free (node);
                return NULL;
              }
            json_array_add_int_element (levels, number);
          }
        json_node_init (node, JSON_NODE_ARRAY);
        json_node_take_array (node, levels);
        return node;
      }
    case CP_FIELD_LIST:
      {
        g_auto(GStrv) parts = g_strsplit_set (trimmed, ",，、", -1);
        JsonArray *items = json_array_new ();

        for (guint i = 0; parts[i] != NULL; i++)
          if (g_strstrip (parts[i])[0] != '\0')
            json_array_add_string_element (items, parts[i]);
        json_node_init (node, JSON_NODE_ARRAY);
        json_node_take_array (node, items);
        return node;
      }
    case CP_FIELD_TEXT:
    default:
      return json_node_init_string (node, trimmed);
    }
  json_node_free (node);
  return NULL;
}

gboolean
cp_notice_field_set_text (const CpNoticeField *field,
                          JsonObject          *draft,
                          const char          *text,
                          GError             **error)
{
  g_autofree char *member = NULL;
  JsonObject *holder = resolve (draft, field->path, &member);
  JsonNode *node;

  if (holder == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s: not in this record"), field->label);
      return FALSE;
    }
  node = parse (field, text);
  if (node == NULL)
    {
      static const char * const expected[] = {
        [CP_FIELD_TEXT] = N_("some text"),
        [CP_FIELD_DATE] = N_("a date such as 2026-03-23"),
        [CP_FIELD_MONTH] = N_("a month such as 2026-05"),
        [CP_FIELD_NUMBER] = N_("a whole number"),
        [CP_FIELD_LEVELS] = N_("levels 1 to 5, such as 3 or 3/4"),
        [CP_FIELD_LIST] = N_("words separated by commas"),
      };
      /* Translators: a field's name, then what it takes */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s takes %s"), field->label, _(expected[field->kind]));
      return FALSE;
    }
  json_object_set_member (holder, member, node);
  return TRUE;
}
