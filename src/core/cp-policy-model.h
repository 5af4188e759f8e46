/* cp-policy-model.h: a checked policy pack compiled into typed records
 *
 * Built once when the pack loads; immutable after. Dates are day numbers,
 * regions and occupations are indexes and quarks, and every record keeps
 * the JSON object it was made from for its texts and sources, which only
 * the explanations read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"
#include "cp-policy-sources.h"
#include "cp-work-calendar.h"

G_BEGIN_DECLS

/* Deeper than any real chain (city, province, country); a pack with a
 * longer one is refused when it loads. */
#define CP_MODEL_MAX_REGION_DEPTH 8

typedef struct
{
  CpDay    from;        /* 0: not known */
  CpDay    to;          /* 0: open-ended */
  CpDay    known_by;    /* 0: not given */
  gboolean continues;   /* past its end, documents still apply it */
} CpValidity;

static inline gboolean
cp_validity_in_force (const CpValidity *validity,
                      CpDay             day)
{
  return (validity->from == 0 || validity->from <= day) &&
         (validity->to == 0 || validity->to >= day || validity->continues);
}

static inline gboolean
cp_validity_known_on (const CpValidity *validity,
                      CpDay             day)
{
  return cp_validity_in_force (validity, day) &&
         ((validity->from != 0 && validity->from <= day) || (validity->known_by != 0 && validity->known_by <= day));
}

static inline gboolean
cp_validity_past_end (const CpValidity *validity,
                      CpDay             day)
{
  return validity->to != 0 && validity->to < day;
}

/* What every rule of the pack has. */
typedef struct
{
  JsonObject  *record;        /* borrowed from the pack */
  const char  *id;
  int          region;        /* index in the model's regions; -1 if none */
  gboolean     skill_upgrade; /* of the skill upgrade scheme */
  CpValidity   validity;
  CpCertainty  certainty;     /* the weakest of its sources */
} CpModelRecord;

typedef struct
{
  const char *id;
  JsonObject *record;
  guint       depth;                            /* entries in chain */
  int         chain[CP_MODEL_MAX_REGION_DEPTH]; /* itself, its parent, … */
} CpModelRegion;

/* ---------- eligibility.json ---------- */

typedef enum
{
  CP_MODEL_AGE_AT_LEAST,
  CP_MODEL_DECLARATION,
  CP_MODEL_WORKING_NOW,
  CP_MODEL_WORK_YEARS,
  CP_MODEL_CERTIFICATE,
  CP_MODEL_CERTIFICATE_HELD_YEARS,
  CP_MODEL_EDUCATION,
  CP_MODEL_TITLE,
  CP_MODEL_STUDENT,
  CP_MODEL_TRAINING_HOURS,
  CP_MODEL_N_CONDITION_KINDS,
} CpModelConditionKind;

typedef enum
{
  CP_MODEL_AFTER_NOTHING,
  CP_MODEL_AFTER_CERTIFICATE,
  CP_MODEL_AFTER_TITLE,
} CpModelAfter;

typedef struct
{
  CpModelConditionKind  kind;
  const char           *kind_name;        /* as the pack writes it */
  JsonObject           *record;
  int                   years;
  int                   level;
  int                   hours;
  const char           *grade;            /* of the title, or of the title it follows */
  CpModelAfter          after;
  int                   after_level;
  gboolean              matches_major;
  gboolean              related_major;
  gboolean              assessed;
  gboolean              final_year_counts;
  guint                 education_kinds;  /* bit i: cp_profile_education_kinds[i] */
  JsonArray            *education_list;   /* the same, for the text */
  char                 *texts[2];         /* its text in English and Chinese, once asked for */
} CpModelCondition;

typedef struct
{
  JsonObject       *record;
  const char       *id;
  int               number;
  int               level;
  CpModelCondition *conditions;
  guint             n_conditions;
  guint            *slots;         /* each condition's place among its rule set's distinct ones */
} CpModelClause;

typedef struct
{
  CpModelRecord  base;
  gboolean       all_occupations;
  GQuark        *occupations;
  guint          n_occupations;
  CpModelClause *clauses;
  guint          n_clauses;
  guint          n_clauses_of_level[6];  /* [level] */
  /* The same condition in several clauses is decided once per answer. */
  const CpModelCondition **distinct;
  guint          n_distinct;
} CpModelRuleSet;

typedef struct
{
  CpModelRecord    base;
  GQuark          *occupations;
  guint            n_occupations;
  guint            levels;      /* bit n: level n */
  CpModelCondition condition;
} CpModelExtra;

/* What puts a document on the list: a kind of condition of the chosen
 * clause (bit = its CpModelConditionKind), or one of these. */
#define CP_MODEL_TRIGGER_ALWAYS     (1u << CP_MODEL_N_CONDITION_KINDS)
#define CP_MODEL_TRIGGER_FINAL_YEAR (1u << (CP_MODEL_N_CONDITION_KINDS + 1))

typedef struct
{
  JsonObject *record;
  guint       trigger;
} CpModelDocument;

/* ---------- subsidy.json and the shortage lists ---------- */

typedef enum
{
  CP_MODEL_CLASS_A,
  CP_MODEL_CLASS_B,
  CP_MODEL_CLASS_C,
  CP_MODEL_CLASS_GENERAL,
  CP_MODEL_N_CLASSES,
} CpModelClass;

typedef struct
{
  GQuark       occupation;
  CpModelClass klass;
} CpModelCatalogueRow;

typedef struct
{
  CpModelRecord        base;
  gboolean             amounts_inferred;
  gboolean             has_class[CP_MODEL_N_CLASSES];
  gint64               amounts[CP_MODEL_N_CLASSES][5];  /* [class][5 - level]; CP_MODEL_YUAN_UNKNOWN for null */
  CpModelCatalogueRow *rows;
  guint                n_rows;
} CpModelCatalogue;

#define CP_MODEL_YUAN_UNKNOWN G_MININT64

typedef struct
{
  CpModelRecord  base;
  GQuark        *occupations;
  guint          n_occupations;
} CpModelShortageList;

typedef struct
{
  CpModelRecord              base;
  gboolean                   has_list;
  const CpModelShortageList *list;             /* NULL when its id names none */
  gboolean                   levels_known;
  guint                      levels;           /* bit n: level n */
  gboolean                   rate_known;
  int                        rate_percent;
  int                        max_rate_percent; /* 0 when not given */
  gboolean                   rate_for_some_levels;
  guint                      rate_levels;
  gboolean                   insured_only;
} CpModelUplift;

typedef enum
{
  CP_MODEL_LINK_HUKOU,
  CP_MODEL_LINK_INSURED,
  CP_MODEL_LINK_UNEMPLOYED,
  CP_MODEL_LINK_GRADUATE,
  CP_MODEL_LINK_EMPLOYED,    /* no profile field says it */
} CpModelLink;

typedef struct
{
  CpModelRecord  base;
  CpModelLink   *links;
  const char   **link_names;   /* as the pack writes them */
  guint          n_links;
  gboolean       sets_ages;
  int            min_age;
  int            max_age_women;  /* 0: none */
  int            max_age_men;
  guint          n_excluded;
} CpModelClaimant;

typedef enum
{
  CP_MODEL_LIMIT_HIGHER_LEVEL,
  CP_MODEL_LIMIT_SAME_LEVEL,
  CP_MODEL_LIMIT_ONCE_PER_YEAR,
  CP_MODEL_LIMIT_MAX_PER_YEAR,
  CP_MODEL_LIMIT_EMPLOYER_EXCLUDED,
  CP_MODEL_LIMIT_DEADLINE_MONTHS,
  CP_MODEL_LIMIT_NO_DOUBLE,
} CpModelLimitKind;

typedef struct
{
  CpModelRecord    base;
  CpModelLimitKind kind;
  int              value;
} CpModelLimit;

/* ---------- the model ---------- */

typedef struct _CpPolicyModel CpPolicyModel;

struct _CpPolicyModel
{
  CpModelRegion       *regions;
  guint                n_regions;
  GHashTable          *region_index;   /* id → index + 1 */

  CpModelRuleSet      *rule_sets;
  guint                n_rule_sets;
  CpModelExtra        *extras;
  guint                n_extras;
  CpModelDocument     *documents;
  guint                n_documents;

  CpModelCatalogue    *catalogues;
  guint                n_catalogues;
  CpModelShortageList *shortage_lists;
  guint                n_shortage_lists;
  CpModelUplift       *uplifts;
  guint                n_uplifts;
  CpModelClaimant     *claimants;
  guint                n_claimants;
  CpModelLimit        *limits;
  guint                n_limits;
  CpModelRecord       *procedures;
  guint                n_procedures;
  /* The most reasons one subsidy answer can have. */
  guint                max_subsidy_steps;

  CpWorkCalendar      *calendar;       /* the pack's own (borrowed) */
  GHashTable          *by_id;          /* "file/member" → (id → JsonObject *), the first of each id */
  GPtrArray           *owned;          /* every array above */
};

/* NULL, with the reasons in @errors, for a pack the model cannot hold. */
CpPolicyModel *cp_policy_model_new          (CpPolicyPack        *pack,
                                             GPtrArray           *errors);
void           cp_policy_model_free         (CpPolicyModel       *self);

/* The region's index, or -1 for an id the pack does not have. */
int            cp_policy_model_find_region  (const CpPolicyModel *self,
                                             const char          *id);
/* Steps from @city up to @region (0: itself), -1 if @region is not above
 * it or either is -1. */
static inline int
cp_policy_model_region_distance (const CpPolicyModel *self,
                                 int                  region,
                                 int                  city)
{
  if (region < 0 || city < 0)
    return -1;
  for (guint k = 0; k < self->regions[city].depth; k++)
    if (self->regions[city].chain[k] == region)
      return (int) k;
  return -1;
}

static inline gboolean
cp_model_quarks_have (const GQuark *quarks,
                      guint         n,
                      GQuark        quark)
{
  for (guint i = 0; i < n; i++)
    if (quarks[i] == quark)
      return TRUE;
  return FALSE;
}

/* The record of @file_name's array @member with that @id, or NULL; FALSE
 * when the model keeps no index of that array. */
gboolean       cp_policy_model_find_by_id   (const CpPolicyModel *self,
                                             const char          *file_name,
                                             const char          *member,
                                             const char          *id,
                                             JsonObject         **record);

/* The compiled pack; engines read only this. */
const CpPolicyModel *cp_policy_pack_get_model (CpPolicyPack *pack);

/* Internal to the model: each file's part. */
gboolean cp_compiled_eligibility_build (CpPolicyModel *self,
                                        CpPolicyPack  *pack,
                                        GPtrArray     *errors);
gboolean cp_compiled_subsidy_build     (CpPolicyModel *self,
                                        CpPolicyPack  *pack,
                                        GPtrArray     *errors);
/* Zeroed memory for @n items of @size, freed with the model. */
gpointer cp_policy_model_alloc         (CpPolicyModel *self,
                                        gsize          n,
                                        gsize          size);
void     cp_model_record_init          (CpModelRecord *record,
                                        CpPolicyModel *model,
                                        CpPolicyPack  *pack,
                                        JsonObject    *object);
guint    cp_model_levels_mask          (JsonArray     *levels);
GQuark  *cp_model_quarks_new           (JsonArray     *strings,
                                        guint         *n);

G_END_DECLS
