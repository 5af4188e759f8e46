/* cp-schema.h: checking JSON documents against a declared shape
 *
 * json-glib reports neither where a bad value is nor what was expected there,
 * so the checker carries the JSON path as it walks and says both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* No price, subsidy or fee comes near it; sums of a few thousand such
 * amounts still fit any integer the code adds them in. */
#define CP_SCHEMA_MAX_YUAN 1000000

typedef enum
{
  CP_SCHEMA_STRING,   /* a non-empty string */
  CP_SCHEMA_TEXT,     /* {"en": "…", "zh_CN": "…"}, both non-empty */
  CP_SCHEMA_INT,      /* a whole number within [min, max] */
  CP_SCHEMA_YUAN,     /* a whole number of yuan, 0 to CP_SCHEMA_MAX_YUAN */
  CP_SCHEMA_BOOL,
  CP_SCHEMA_DATE,     /* "YYYY-MM-DD", a real day */
  CP_SCHEMA_MONTH,    /* "YYYY-MM" */
  CP_SCHEMA_URL,      /* an http:// or https:// address */
  CP_SCHEMA_ENUM,     /* one of values[] */
  CP_SCHEMA_OBJECT,   /* members[]; any other key is an error */
  CP_SCHEMA_ARRAY,    /* items, at least min items */
  CP_SCHEMA_MAP,      /* keys from values[] (or any), each value of items */
  CP_SCHEMA_ANY,      /* anything; checked elsewhere */
} CpSchemaKind;

typedef enum
{
  CP_SCHEMA_NULLABLE = 1 << 0,  /* null is allowed: the figure is unknown */
  CP_SCHEMA_UNIQUE   = 1 << 1,  /* ARRAY of scalars: no value twice */
  CP_SCHEMA_OPEN     = 1 << 2,  /* OBJECT: other members are kept, not errors */
} CpSchemaFlags;

typedef struct _CpSchema CpSchema;
typedef struct _CpSchemaMember CpSchemaMember;

struct _CpSchema
{
  CpSchemaKind          kind;
  CpSchemaFlags         flags;
  const char * const   *values;    /* ENUM values, MAP keys (NULL: any key) */
  const CpSchemaMember *members;   /* OBJECT, ended by a member with no name */
  const CpSchema       *items;     /* ARRAY items, MAP values */
  gint64                min;       /* INT range, ARRAY minimum length */
  gint64                max;       /* INT range; ARRAY maximum length (0: none) */
  const char           *defines;   /* STRING: registers an id of this kind */
  const char           *refers;    /* STRING: must name an id of this kind */
};

struct _CpSchemaMember
{
  const char     *name;
  const CpSchema *schema;
  gboolean        optional;
};

typedef struct _CpSchemaChecker CpSchemaChecker;

CpSchemaChecker *cp_schema_checker_new          (void);
void             cp_schema_checker_free         (CpSchemaChecker *self);

/* Walks @node against @schema, recording errors and the ids it defines and
 * refers to. @file_name prefixes every message. */
void             cp_schema_checker_check        (CpSchemaChecker *self,
                                                 const char      *file_name,
                                                 JsonNode        *node,
                                                 const CpSchema  *schema);

/* The same, for a part of a document found at @path (e.g. "$.sessions[3]"). */
void             cp_schema_checker_check_at     (CpSchemaChecker *self,
                                                 const char      *file_name,
                                                 const char      *path,
                                                 JsonNode        *node,
                                                 const CpSchema  *schema);

/* After every file: each reference must name an id some file defined. */
void             cp_schema_checker_resolve_refs (CpSchemaChecker *self);

/* Records a finding of a check the schema cannot express. */
void             cp_schema_checker_add_error    (CpSchemaChecker *self,
                                                 const char      *file_name,
                                                 const char      *path,
                                                 const char      *format,
                                                 ...) G_GNUC_PRINTF (4, 5);

/* Makes @id of @kind known, as if a checked file had defined it. */
void             cp_schema_checker_define_id    (CpSchemaChecker *self,
                                                 const char      *kind,
                                                 const char      *id,
                                                 const char      *where);
/* Forgets every id of @kind, and every reference not yet resolved: one
 * checker can then check many parts of a document each on its own. */
void             cp_schema_checker_forget_ids   (CpSchemaChecker *self,
                                                 const char      *kind);
void             cp_schema_checker_drop_refs    (CpSchemaChecker *self);
gboolean         cp_schema_checker_has_id       (CpSchemaChecker *self,
                                                 const char      *kind,
                                                 const char      *id);
GPtrArray       *cp_schema_checker_get_errors   (CpSchemaChecker *self);

/* How a value looks in a message: strings quoted, objects and arrays named. */
char            *cp_schema_describe_value       (JsonNode        *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpSchemaChecker, cp_schema_checker_free)

G_END_DECLS
