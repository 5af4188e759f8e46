/* cp-candidate-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-candidate-summary.h"

#include <string.h>

struct _CpCandidateSummary
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  CpDay      birth_date;
  char      *city_id;
  char      *city_name;
  gint64     modified;
  gint64     size;
  char      *error;
  char      *search_key;
  char      *sort_key;
  GPtrArray *conflicts;
};

G_DEFINE_FINAL_TYPE (CpCandidateSummary, cp_candidate_summary, G_TYPE_OBJECT)

static void
cp_candidate_summary_finalize (GObject *object)
{
  CpCandidateSummary *self = CP_CANDIDATE_SUMMARY (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->city_id);
  g_free (self->city_name);
  g_free (self->error);
  g_free (self->search_key);
  g_free (self->sort_key);
  g_ptr_array_unref (self->conflicts);

  G_OBJECT_CLASS (cp_candidate_summary_parent_class)->finalize (object);
}

static void
cp_candidate_summary_class_init (CpCandidateSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_candidate_summary_finalize;
}

static void
cp_candidate_summary_init (CpCandidateSummary *self)
{
  self->conflicts = g_ptr_array_new_with_free_func (g_free);
}

static char *
make_search_key (CpCandidateSummary *self)
{
  g_autofree char *birth = self->birth_date != 0 ? cp_date_format (self->birth_date) : NULL;
  g_autofree char *joined = g_strjoin ("\n", self->name != NULL ? self->name : "", birth != NULL ? birth : "",
                                       self->city_name != NULL ? self->city_name : "",
                                       self->city_id != NULL ? self->city_id : "", NULL);

  return g_utf8_casefold (joined, -1);
}

CpCandidateSummary *
cp_candidate_summary_new (const char *id,
                          const char *name,
                          CpDay       birth_date,
                          const char *city_id,
                          const char *city_name,
                          gint64      modified,
                          gint64      size,
                          const char *error)
{
  CpCandidateSummary *self = g_object_new (CP_TYPE_CANDIDATE_SUMMARY, NULL);

  self->id = g_strdup (id != NULL ? id : "");
  self->name = g_strdup (name);
  self->birth_date = birth_date;
  self->city_id = g_strdup (city_id);
  self->city_name = g_strdup (city_name);
  self->modified = modified;
  self->size = size;
  self->error = g_strdup (error);
  self->search_key = make_search_key (self);
  self->sort_key = g_utf8_collate_key (name != NULL && name[0] != '\0' ? name : self->id, -1);
  return self;
}

const char *
cp_candidate_summary_get_id (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), NULL);
  return self->id;
}

const char *
cp_candidate_summary_get_name (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), NULL);
  return self->name;
}

CpDay
cp_candidate_summary_get_birth_date (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), 0);
  return self->birth_date;
}

const char *
cp_candidate_summary_get_city_id (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), NULL);
  return self->city_id;
}

const char *
cp_candidate_summary_get_city_name (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), NULL);
  return self->city_name;
}

gint64
cp_candidate_summary_get_modified (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), 0);
  return self->modified;
}

gint64
cp_candidate_summary_get_size (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), 0);
  return self->size;
}

const char *
cp_candidate_summary_get_error (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), NULL);
  return self->error;
}

const char *
cp_candidate_summary_get_search_key (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), "");
  return self->search_key;
}

int
cp_candidate_summary_compare (CpCandidateSummary *a,
                              CpCandidateSummary *b)
{
  int order = strcmp (a->sort_key, b->sort_key);

  /* Two 陈老五: the elder first. */
  if (order == 0 && a->birth_date != b->birth_date)
    order = a->birth_date < b->birth_date ? -1 : 1;
  return order != 0 ? order : strcmp (a->id, b->id);
}

GPtrArray *
cp_candidate_summary_get_conflicts (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), NULL);
  return self->conflicts;
}

gboolean
cp_candidate_summary_has_conflict (CpCandidateSummary *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE_SUMMARY (self), FALSE);
  return self->conflicts->len > 0;
}
