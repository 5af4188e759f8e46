/* cp-session-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-query.h"
#include "cp-session-item.h"

struct _CpSessionItem
{
  GObject         parent_instance;

  JsonObject     *session;
  char           *origin;
  char           *fetched_at;
  CpDay           exam_day;
  char           *own_how;
  char           *saved_at;
};

G_DEFINE_FINAL_TYPE (CpSessionItem, cp_session_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_EXAM_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CpSessionItem *
cp_session_item_new (const CpScheduledSession *scheduled)
{
  CpSessionItem *self = g_object_new (CP_TYPE_SESSION_ITEM, NULL);

  self->session = json_object_ref (scheduled->session);
  self->origin = g_strdup (scheduled->origin);
  self->fetched_at = g_strdup (scheduled->fetched_at);
  self->exam_day = scheduled->exam_day;
  return self;
}

JsonObject *
cp_session_item_get_session (CpSessionItem *self)
{
  g_return_val_if_fail (CP_IS_SESSION_ITEM (self), NULL);
  return self->session;
}

const char *
cp_session_item_get_origin (CpSessionItem *self)
{
  g_return_val_if_fail (CP_IS_SESSION_ITEM (self), NULL);
  return self->origin;
}

const char *
cp_session_item_get_fetched_at (CpSessionItem *self)
{
  g_return_val_if_fail (CP_IS_SESSION_ITEM (self), NULL);
  return self->fetched_at;
}

CpDay
cp_session_item_get_exam_day (CpSessionItem *self)
{
  g_return_val_if_fail (CP_IS_SESSION_ITEM (self), 0);
  return self->exam_day;
}

void
cp_session_item_set_own (CpSessionItem *self,
                         const char    *how,
                         const char    *saved_at)
{
  g_return_if_fail (CP_IS_SESSION_ITEM (self));
  g_free (self->own_how);
  g_free (self->saved_at);
  self->own_how = g_strdup (how);
  self->saved_at = g_strdup (saved_at);
}

const char *
cp_session_item_get_own_how (CpSessionItem *self)
{
  g_return_val_if_fail (CP_IS_SESSION_ITEM (self), NULL);
  return self->own_how;
}

const char *
cp_session_item_get_saved_at (CpSessionItem *self)
{
  g_return_val_if_fail (CP_IS_SESSION_ITEM (self), NULL);
  return self->saved_at;
}

static void
cp_session_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CpSessionItem *self = CP_SESSION_ITEM (object);

  if (prop_id == PROP_EXAM_DAY)
    g_value_set_uint (value, self->exam_day);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cp_session_item_finalize (GObject *object)
{
  CpSessionItem *self = CP_SESSION_ITEM (object);

  g_clear_pointer (&self->session, json_object_unref);
  g_free (self->origin);
  g_free (self->fetched_at);
  g_free (self->own_how);
  g_free (self->saved_at);

  G_OBJECT_CLASS (cp_session_item_parent_class)->finalize (object);
}

static void
cp_session_item_class_init (CpSessionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cp_session_item_finalize;
  object_class->get_property = cp_session_item_get_property;

  properties[PROP_EXAM_DAY] = g_param_spec_uint ("exam-day", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_session_item_init (CpSessionItem *self)
{
}
