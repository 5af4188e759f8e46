/* cp-course-cost.c
 *
 * upfront = price after the best discount the candidate qualifies for
 *           + the exam fee when the price does not include it;
 * after subsidy = upfront − the subsidy this candidate would get.
 * An unknown term makes the result unknown, and says which term.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-course-cost.h"
#include "cp-yuan.h"
#include "cp-csv.h"
#include "cp-policy-query.h"
#include "cp-text.h"

#include <string.h>

#define UNKNOWN CP_YUAN_UNKNOWN

void
cp_course_cost_free (CpCourseCost *self)
{
  if (self == NULL)
    return;
  g_free (self->discount_text);
  g_free (self->prices_published);
  g_clear_pointer (&self->subsidy_answer, cp_subsidy_answer_free);
  g_ptr_array_unref (self->unknown);
  g_free (self);
}

static gint64
yuan_member (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? UNKNOWN : json_node_get_int (node);
}

static JsonObject *
find_price (JsonObject *course,
            int         level)
{
  JsonArray *prices = json_object_get_array_member (course, "prices");

  for (guint i = 0; i < json_array_get_length (prices); i++)
    {
      JsonObject *price = json_array_get_object_element (prices, i);
      JsonNode *price_level = json_object_get_member (price, "level");

      if (!JSON_NODE_HOLDS_NULL (price_level) && json_node_get_int (price_level) == level)
        return price;
    }
  return NULL;
}

static void
apply_best_discount (CpCourseCost        *self,
                     JsonObject          *price,
                     const CpCourseTerms *terms)
{
  JsonArray *discounts = json_object_get_array_member (self->course, "discounts");
  gint64 member_price = yuan_member (price, "member_price");
  gint64 member_off;

  self->discount = 0;
  for (guint i = 0; i < json_array_get_length (discounts); i++)
    {
      JsonObject *discount = json_array_get_object_element (discounts, i);
      gint64 min_size = json_object_get_int_member (discount, "min_size");
      gint64 rate = json_object_get_int_member (discount, "rate_percent");
      gint64 off = cp_yuan_percent (self->price, rate);

      if (terms->group_size >= min_size && off != UNKNOWN && off > self->discount)
        {
          self->discount = off;
          g_free (self->discount_text);
          /* Translators: "20% off for a group of 3 or more" */
          self->discount_text = g_strdup_printf (_("%d%% off for a group of %d or more"), (int) rate, (int) min_size);
        }
    }

  member_off = cp_yuan_subtract (self->price, member_price);
  if (terms->member && member_off != UNKNOWN && member_off > self->discount)
    {
      self->discount = member_off;
      g_free (self->discount_text);
      self->discount_text = g_strdup (_("member price"));
    }
}

static void
find_exam_fee (CpCourseCost *self,
               CpPolicyPack *pack)
{
  JsonNode *includes = json_object_get_member (self->course, "includes");
  JsonObject *centre;
  JsonArray *fees;

  if (!JSON_NODE_HOLDS_NULL (includes) && cp_json_array_has_string (json_node_get_array (includes), "first_exam_fee"))
    {
      self->exam_fee = 0;
      return;
    }
  self->exam_fee = UNKNOWN;
  if (JSON_NODE_HOLDS_NULL (json_object_get_member (self->course, "exam_centre")))
    {
      g_ptr_array_add (self->unknown, g_strdup ("exam_fee"));
      return;
    }

  centre = cp_policy_find (pack, "exams.json", "centres", "id",
                           json_object_get_string_member (self->course, "exam_centre"));
  fees = json_object_get_array_member (centre, "fees");
  for (guint i = 0; i < json_array_get_length (fees); i++)
    {
      JsonObject *fee = json_array_get_object_element (fees, i);

      if (cp_json_array_has_int (json_object_get_array_member (fee, "levels"), self->level))
        self->exam_fee = yuan_member (fee, "total");
    }
  if (self->exam_fee == UNKNOWN)
    g_ptr_array_add (self->unknown, g_strdup ("exam_fee"));
}

static void
find_subsidy (CpCourseCost        *self,
              CpPolicyPack        *pack,
              CpProfile           *profile,
              const CpCourseTerms *terms)
{
  const char *city = terms->city != NULL ? terms->city : (profile != NULL ? cp_profile_get_city (profile) : NULL);
  CpSubsidyCertificate certificate = {
    json_object_get_string_member (self->course, "occupation"), self->level, terms->on, "evaluation_org"
  };

  self->subsidy = self->subsidy_min = self->subsidy_max = 0;
  if (profile == NULL || city == NULL)
    return;
  if (self->level == 0)
    {
      /* Which level the course leads to is not known, so neither is the
       * subsidy it leads to. */
      self->subsidy = self->subsidy_min = self->subsidy_max = UNKNOWN;
      g_ptr_array_add (self->unknown, g_strdup ("subsidy"));
      return;
    }

  self->subsidy_answer = cp_subsidy_evaluate (pack, profile, &certificate, city, terms->on);
  self->subsidy = self->subsidy_answer->amount;
  self->subsidy_min = self->subsidy_answer->amount_min;
  self->subsidy_max = self->subsidy_answer->amount_max;
  /* A range is known, within its ends. */
  if (self->subsidy_min == UNKNOWN || self->subsidy_max == UNKNOWN)
    g_ptr_array_add (self->unknown, g_strdup ("subsidy"));
}

/* Prices hold as of the document they were published in: the earliest
 * dated source of the course. */
static char *
prices_published (CpPolicyPack *pack,
                  JsonObject   *course)
{
  JsonArray *sources = json_object_get_array_member (course, "sources");
  g_autofree char *earliest = NULL;

  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = cp_policy_find (pack, "sources.json", "sources", "id", json_array_get_string_element (sources, i));
      const char *when = NULL;

      if (source != NULL && !json_object_get_null_member (source, "date"))
        when = json_object_get_string_member (source, "date");
      else if (source != NULL && json_object_has_member (source, "month") && !json_object_get_null_member (source, "month"))
        when = json_object_get_string_member (source, "month");
      if (when != NULL && (earliest == NULL || strcmp (when, earliest) < 0))
        {
          g_free (earliest);
          earliest = g_strdup (when);
        }
    }
  return g_steal_pointer (&earliest);
}

CpCourseCost *
cp_course_cost_new (CpPolicyPack        *pack,
                    JsonObject          *course,
                    int                  level,
                    CpProfile           *profile,
                    const CpCourseTerms *terms)
{
  CpCourseCost *self;
  JsonObject *price;

  g_return_val_if_fail (CP_IS_POLICY_PACK (pack), NULL);
  g_return_val_if_fail (course != NULL, NULL);
  g_return_val_if_fail (terms != NULL && terms->on != 0, NULL);

  self = g_new0 (CpCourseCost, 1);
  self->course = course;
  self->level = level;
  self->unknown = g_ptr_array_new_with_free_func (g_free);

  price = find_price (course, level);
  self->price = price != NULL ? yuan_member (price, "price") : UNKNOWN;
  if (self->price == UNKNOWN)
    {
      self->discount = UNKNOWN;
      g_ptr_array_add (self->unknown, g_strdup ("price"));
    }
  else
    apply_best_discount (self, price, terms);

  find_exam_fee (self, pack);
  find_subsidy (self, pack, profile, terms);

  self->upfront = cp_yuan_add (cp_yuan_subtract (self->price, self->discount), self->exam_fee);
  /* May be below zero: the subsidy can exceed what the course costs. */
  self->after_subsidy = cp_yuan_subtract (self->upfront, self->subsidy);
  /* A range in, a range out. */
  self->after_subsidy_min = cp_yuan_subtract (self->upfront, self->subsidy_max);
  self->after_subsidy_max = cp_yuan_subtract (self->upfront, self->subsidy_min);
  self->prices_published = prices_published (pack, course);
  return self;
}

GPtrArray *
cp_course_costs_list (CpPolicyPack        *pack,
                      CpProfile           *profile,
                      int                  level,
                      const char          *city,
                      const CpCourseTerms *terms)
{
  JsonArray *courses = cp_policy_pack_get_records (pack, "courses.json", "courses");
  GPtrArray *costs = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_course_cost_free);

  for (guint i = 0; i < json_array_get_length (courses); i++)
    {
      JsonObject *course = json_array_get_object_element (courses, i);
      JsonArray *prices = json_object_get_array_member (course, "prices");

      if (city != NULL && !g_str_equal (json_object_get_string_member (course, "region"), city))
        continue;
      for (guint k = 0; k < json_array_get_length (prices); k++)
        {
          JsonNode *price_level = json_object_get_member (json_array_get_object_element (prices, k), "level");
          /* A course whose levels are not known is listed once, as level 0. */
          int course_level = JSON_NODE_HOLDS_NULL (price_level) ? 0 : json_node_get_int (price_level);

          /* A course of unknown level may be the one asked for: keep it. */
          if (level != 0 && course_level != 0 && course_level != level)
            continue;
          g_ptr_array_add (costs, cp_course_cost_new (pack, course, course_level, profile, terms));
        }
    }
  return costs;
}

static void
add_yuan (JsonBuilder *builder,
          const char  *member,
          gint64       yuan)
{
  json_builder_set_member_name (builder, member);
  if (yuan == UNKNOWN)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, yuan);
}

JsonNode *
cp_course_costs_to_json (GPtrArray *costs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "courses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < costs->len; i++)
    {
      CpCourseCost *cost = g_ptr_array_index (costs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, json_object_get_string_member (cost->course, "id"));
      json_builder_set_member_name (builder, "provider");
      json_builder_add_string_value (builder, json_object_get_string_member (cost->course, "provider"));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, cp_text_get_member (cost->course, "name", NULL));
      json_builder_set_member_name (builder, "city");
      json_builder_add_string_value (builder, json_object_get_string_member (cost->course, "region"));
      json_builder_set_member_name (builder, "level");
      if (cost->level == 0)
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, cost->level);
      add_yuan (builder, "price", cost->price);
      add_yuan (builder, "discount", cost->discount);
      json_builder_set_member_name (builder, "discount_reason");
      if (cost->discount_text != NULL)
        json_builder_add_string_value (builder, cost->discount_text);
      else
        json_builder_add_null_value (builder);
      add_yuan (builder, "exam_fee", cost->exam_fee);
      add_yuan (builder, "upfront", cost->upfront);
      add_yuan (builder, "subsidy", cost->subsidy);
      add_yuan (builder, "after_subsidy", cost->after_subsidy);
      add_yuan (builder, "subsidy_min", cost->subsidy_min);
      add_yuan (builder, "subsidy_max", cost->subsidy_max);
      add_yuan (builder, "after_subsidy_min", cost->after_subsidy_min);
      add_yuan (builder, "after_subsidy_max", cost->after_subsidy_max);
      json_builder_set_member_name (builder, "prices_published");
      json_builder_add_string_value (builder, cost->prices_published);
      json_builder_set_member_name (builder, "ended");
      json_builder_add_boolean_value (builder, json_object_get_boolean_member (cost->course, "ended"));
      json_builder_set_member_name (builder, "unknown");
      json_builder_begin_array (builder);
      for (guint k = 0; k < cost->unknown->len; k++)
        json_builder_add_string_value (builder, g_ptr_array_index (cost->unknown, k));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "sources");
      json_builder_add_value (builder, json_node_copy (json_object_get_member (cost->course, "sources")));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
append_csv_yuan (GString *line,
                 gint64   yuan)
{
  g_autofree char *text = yuan == UNKNOWN ? NULL : g_strdup_printf ("%" G_GINT64_FORMAT, yuan);

  cp_csv_append_field (line, text, FALSE);
}

char *
cp_course_costs_to_csv (GPtrArray *costs)
{
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  static const char * const header[] = {
    "id", "provider", "course", "city", "level", "price", "discount", "exam_fee", "upfront",
    "subsidy", "after_subsidy", "ended", "unknown"
  };

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, header[i]);
    }
  g_string_append (text, "\r\n");

  for (guint i = 0; i < costs->len; i++)
    {
      CpCourseCost *cost = g_ptr_array_index (costs, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *level = cost->level != 0 ? g_strdup_printf ("%d", cost->level) : NULL;
      g_autofree char *unknown = NULL;

      g_ptr_array_add (cost->unknown, NULL);
      unknown = g_strjoinv (" ", (char **) cost->unknown->pdata);
      g_ptr_array_remove_index (cost->unknown, cost->unknown->len - 1);

      cp_csv_append_field (line, json_object_get_string_member (cost->course, "id"), TRUE);
      cp_csv_append_field (line, json_object_get_string_member (cost->course, "provider"), FALSE);
      cp_csv_append_field (line, cp_text_get_member (cost->course, "name", NULL), FALSE);
      cp_csv_append_field (line, json_object_get_string_member (cost->course, "region"), FALSE);
      cp_csv_append_field (line, level, FALSE);
      append_csv_yuan (line, cost->price);
      append_csv_yuan (line, cost->discount);
      append_csv_yuan (line, cost->exam_fee);
      append_csv_yuan (line, cost->upfront);
      append_csv_yuan (line, cost->subsidy);
      append_csv_yuan (line, cost->after_subsidy);
      cp_csv_append_field (line, json_object_get_boolean_member (cost->course, "ended") ? "yes" : "no", FALSE);
      cp_csv_append_field (line, unknown, FALSE);
      g_string_append_printf (text, "%s\r\n", line->str);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
