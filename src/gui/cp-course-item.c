/* cp-course-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-course-item.h"
#include "cp-policy-query.h"
#include "cp-text.h"

#include <string.h>

struct _CpCourseItem
{
  GObject       parent_instance;

  CpCourseCost *cost;
  JsonObject   *course;  /* the cost borrows it: kept while the item lives */
  GHashTable   *texts;   /* column → text */
  gint64        keys[5];
};

G_DEFINE_FINAL_TYPE (CpCourseItem, cp_course_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LEVEL_KEY,
  PROP_PRICE_KEY,
  PROP_UPFRONT_KEY,
  PROP_AFTER_KEY,
  PROP_HOURS_KEY,
  PROP_PROVIDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
yuan_text (gint64 yuan)
{
  if (yuan == CP_YUAN_UNKNOWN)
    return g_strdup (_("unknown"));
  /* Translators: an amount of money, in yuan */
  return g_strdup_printf (_("%d yuan"), (int) yuan);
}

/* The subsidy is paid to the candidate per certificate, not capped by the
 * fee, so it can exceed what was paid: say so rather than show a minus. */
static char *
after_subsidy_text (gint64 yuan)
{
  if (yuan != CP_YUAN_UNKNOWN && yuan < 0)
    /* Translators: the subsidy is larger than the course cost */
    return g_strdup_printf (_("%d yuan back"), (int) -yuan);
  return yuan_text (yuan);
}

/* A firm figure, else its range (a range in, a range out). */
static char *
range_text (gint64   firm,
            gint64   min,
            gint64   max,
            char  *(*text) (gint64 yuan))
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (firm != CP_YUAN_UNKNOWN || min == CP_YUAN_UNKNOWN || max == CP_YUAN_UNKNOWN)
    return text (firm);
  low = text (min);
  high = text (max);
  /* Translators: a range of amounts, "2400 yuan to 3120 yuan" */
  return g_strdup_printf (_("%s to %s"), low, high);
}

static gint64
sort_key (gint64 value)
{
  return value == CP_YUAN_UNKNOWN ? G_MAXINT64 : value;
}

static char *
format_text (JsonObject *course)
{
  JsonObject *format = json_object_get_object_member (course, "format");
  JsonNode *modes = json_object_get_member (format, "modes");
  g_autoptr(GString) text = g_string_new (NULL);

  if (JSON_NODE_HOLDS_NULL (modes))
    return g_strdup (_("unknown"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (modes)); i++)
    {
      const char *mode = json_array_get_string_element (json_node_get_array (modes), i);

      if (i > 0)
        g_string_append (text, _(", "));
      if (g_str_equal (mode, "online_recorded"))
        g_string_append (text, _("recorded lessons online"));
      else if (g_str_equal (mode, "online_live"))
        g_string_append (text, _("live online"));
      else
        g_string_append (text, _("on site"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Ended by the data, or started before this month: no longer bookable. */
static gboolean
has_ended (JsonObject *course,
           CpDay       on)
{
  const char *start = json_object_get_string_member_with_default (course, "start_month", NULL);
  int year, month, day;
  g_autofree char *now = NULL;

  if (json_object_get_boolean_member_with_default (course, "ended", FALSE))
    return TRUE;
  if (start == NULL || on == 0)
    return FALSE;
  cp_date_to_ymd (on, &year, &month, &day);
  now = g_strdup_printf ("%04d-%02d", year, month);
  return strcmp (start, now) < 0;
}

CpCourseItem *
cp_course_item_new (CpPolicyPack *pack,
                    CpCourseCost *cost,
                    CpDay         on,
                    const char   *own_how)
{
  CpCourseItem *self = g_object_new (CP_TYPE_COURSE_ITEM, NULL);
  JsonObject *course = cost->course;
  JsonObject *provider = cp_policy_find (pack, "courses.json", "providers", "id",
                                         json_object_get_string_member (course, "provider"));
  JsonObject *region = cp_policy_find (pack, "regions.json", "regions", "id", json_object_get_string_member (course, "region"));
  JsonNode *hours = json_object_get_member (course, "hours");
  g_autofree char *unknown = NULL;

  gboolean ended = has_ended (course, on);

  self->cost = cost;
  self->course = json_object_ref (course);
  /* One's own course may come from an organiser the data does not know. */
  g_hash_table_insert (self->texts, g_strdup ("provider"),
                       g_strdup (provider != NULL ? cp_text_get_member (provider, "name", NULL)
                                                  : cp_text_get_member (course, "name", NULL)));
  g_hash_table_insert (self->texts, g_strdup ("own"),
                       g_strdup (own_how == NULL ? "" : g_str_equal (own_how, "hand") ? _("entered by hand")
                                                                                       : _("from a notice")));
  g_hash_table_insert (self->texts, g_strdup ("course"), g_strdup (cp_text_get_member (course, "name", NULL)));
  g_hash_table_insert (self->texts, g_strdup ("city"),
                       g_strdup (region != NULL ? cp_text_get_member (region, "name", NULL) : _("unknown")));
  g_hash_table_insert (self->texts, g_strdup ("level"),
                       cost->level != 0 ? g_strdup_printf ("%d", cost->level) : g_strdup (_("unknown")));
  g_hash_table_insert (self->texts, g_strdup ("price"), yuan_text (cost->price));
  g_hash_table_insert (self->texts, g_strdup ("upfront"), yuan_text (cost->upfront));
  g_hash_table_insert (self->texts, g_strdup ("after"),
                       range_text (cost->after_subsidy, cost->after_subsidy_min, cost->after_subsidy_max,
                                   after_subsidy_text));
  /* An ended course cannot be booked: its figures are history. */
  if (ended && cost->after_subsidy == CP_YUAN_UNKNOWN && cost->after_subsidy_max == CP_YUAN_UNKNOWN)
    g_hash_table_insert (self->texts, g_strdup ("after"), g_strdup (_("ended")));
  else if (ended)
    {
      /* Translators: what an ended course cost after the subsidy, "ended (was 380 yuan)" */
      g_autofree char *was = g_strdup_printf (_("ended (was %s)"), (char *) g_hash_table_lookup (self->texts, "after"));
      g_hash_table_insert (self->texts, g_strdup ("after"), g_steal_pointer (&was));
    }
  g_hash_table_insert (self->texts, g_strdup ("subsidy"),
                       range_text (cost->subsidy, cost->subsidy_min, cost->subsidy_max, yuan_text));
  g_hash_table_insert (self->texts, g_strdup ("published"),
                       g_strdup (cost->prices_published != NULL ? cost->prices_published : _("unknown")));
  /* The table's price says how old it is. */
  g_hash_table_insert (self->texts, g_strdup ("price-dated"),
                       cost->price != CP_YUAN_UNKNOWN && cost->prices_published != NULL
                       /* Translators: a price and the date it was published, "3500 yuan (2025-03-20)" */
                       ? g_strdup_printf (_("%s (%s)"), (char *) g_hash_table_lookup (self->texts, "price"),
                                          cost->prices_published)
                       : g_strdup (g_hash_table_lookup (self->texts, "price")));
  g_hash_table_insert (self->texts, g_strdup ("exam-fee"),
                       cost->exam_fee == 0 ? g_strdup (_("included")) : yuan_text (cost->exam_fee));
  g_hash_table_insert (self->texts, g_strdup ("discount"),
                       cost->discount_text != NULL ? g_strdup (cost->discount_text) : g_strdup (_("none")));
  g_hash_table_insert (self->texts, g_strdup ("format"), format_text (course));
  g_hash_table_insert (self->texts, g_strdup ("hours"),
                       JSON_NODE_HOLDS_NULL (hours) ? g_strdup (_("unknown"))
                                                    : g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (hours)));
  g_hash_table_insert (self->texts, g_strdup ("kind"),
                       g_strdup (provider != NULL ? json_object_get_string_member (provider, "kind") : NULL));
  g_hash_table_insert (self->texts, g_strdup ("status"), g_strdup (ended ? _("ended") : _("not ended")));
  g_hash_table_insert (self->texts, g_strdup ("ended"), g_strdup (ended ? "yes" : ""));

  self->keys[0] = cost->level != 0 ? cost->level : G_MAXINT64;
  self->keys[1] = sort_key (cost->price);
  self->keys[2] = sort_key (cost->upfront);
  /* A range sorts by what it may cost at most. */
  self->keys[3] = sort_key (cost->after_subsidy != CP_YUAN_UNKNOWN ? cost->after_subsidy : cost->after_subsidy_max);
  self->keys[4] = JSON_NODE_HOLDS_NULL (hours) ? G_MAXINT64 : json_node_get_int (hours);
  return self;
}

CpCourseCost *
cp_course_item_get_cost (CpCourseItem *self)
{
  g_return_val_if_fail (CP_IS_COURSE_ITEM (self), NULL);
  return self->cost;
}

const char *
cp_course_item_get_text (CpCourseItem *self,
                         const char   *column)
{
  g_return_val_if_fail (CP_IS_COURSE_ITEM (self), NULL);
  return g_hash_table_lookup (self->texts, column);
}

static void
cp_course_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CpCourseItem *self = CP_COURSE_ITEM (object);

  if (prop_id >= PROP_LEVEL_KEY && prop_id <= PROP_HOURS_KEY)
    g_value_set_int64 (value, self->keys[prop_id - PROP_LEVEL_KEY]);
  else if (prop_id == PROP_PROVIDER)
    g_value_set_string (value, g_hash_table_lookup (self->texts, "provider"));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cp_course_item_finalize (GObject *object)
{
  CpCourseItem *self = CP_COURSE_ITEM (object);

  g_clear_pointer (&self->cost, cp_course_cost_free);
  g_clear_pointer (&self->course, json_object_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);

  G_OBJECT_CLASS (cp_course_item_parent_class)->finalize (object);
}

static void
cp_course_item_class_init (CpCourseItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[] = { "level-key", "price-key", "upfront-key", "after-key", "hours-key" };

  object_class->finalize = cp_course_item_finalize;
  object_class->get_property = cp_course_item_get_property;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_LEVEL_KEY + i] = g_param_spec_int64 (names[i], NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROVIDER] = g_param_spec_string ("provider", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_course_item_init (CpCourseItem *self)
{
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
