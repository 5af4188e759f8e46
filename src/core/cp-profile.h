/* cp-profile.h: a candidate, as entered by a counsellor and saved as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"
#include "cp-schema.h"

G_BEGIN_DECLS

/* A whole working life of one-month jobs; more is a generated file, and the
 * overlap check would spend seconds on it. */
#define CP_PROFILE_MAX_WORK_PERIODS 500

/* More exam sessions than anyone sits in a lifetime. */
#define CP_PROFILE_MAX_REGISTERED_SESSIONS 200

#define CP_PROFILE_ERROR (cp_profile_error_quark ())

typedef enum
{
  CP_PROFILE_ERROR_IO,
  CP_PROFILE_ERROR_INVALID,
} CpProfileError;

GQuark cp_profile_error_quark (void);

/* Time worked in this or a related occupation; @end is the last day worked
 * (inclusive), 0 while ongoing. */
typedef struct
{
  CpDay       start;
  CpDay       end;
  JsonObject *extra;  /* the record as read, so unknown members survive a save */
} CpWorkPeriod;

typedef struct
{
  char       *occupation;
  gboolean    related;   /* of this occupation or a related one */
  int         level;
  CpDay       issued;
  char       *issuer;    /* "evaluation_org" or "employer" */
  JsonObject *extra;
} CpCertificate;

typedef struct
{
  char       *grade;     /* "junior", "intermediate", "senior" */
  gboolean    matches_major;
  CpDay       obtained;
  JsonObject *extra;
} CpTitle;

typedef struct
{
  char       *kind;      /* see docs/profile-format.md */
  gboolean    related_major;
  gboolean    assessed;
  CpDay       graduated; /* 0: not known, or not yet for a final-year student */
  gboolean    final_year;
  JsonObject *extra;
} CpEducation;

typedef struct
{
  char       *kind;
  char       *occupation;
  int         level;
  CpDay       date;
  JsonObject *extra;
} CpSubsidyClaim;

#define CP_TYPE_PROFILE (cp_profile_get_type ())
G_DECLARE_FINAL_TYPE (CpProfile, cp_profile, CP, PROFILE, GObject)

CpProfile  *cp_profile_new                (void);
CpProfile  *cp_profile_new_from_data      (const char   *data,
                                           gssize        length,
                                           const char   *file_name,
                                           CpPolicyPack *pack,
                                           GError      **error);
/* The same checks and reading as cp_profile_new_from_data() on a document
 * already in memory (one the caller built: a roster row), without writing
 * it out and parsing it again. */
CpProfile  *cp_profile_new_from_node      (JsonNode     *document,
                                           const char   *file_name,
                                           CpPolicyPack *pack,
                                           GError      **error);
/* For many profiles: a checker that knows @pack's cities and occupations
 * (@pack NULL: none), defined once and used for each with
 * cp_profile_new_from_node_with (@with_pack: whether @checker was made
 * with a pack, whose references are then resolved). */
CpSchemaChecker *cp_profile_checker_new   (CpPolicyPack    *pack);
CpProfile  *cp_profile_new_from_node_with (CpSchemaChecker *checker,
                                           gboolean         with_pack,
                                           JsonNode        *document,
                                           const char      *file_name,
                                           GError         **error);
CpProfile  *cp_profile_new_from_file      (const char   *path,
                                           CpPolicyPack *pack,
                                           GError      **error);
char       *cp_profile_to_data            (CpProfile    *self);
/* TRUE when @self can be written and read back (with @pack, when given,
 * its cities and occupations too); otherwise @error names the first field
 * that blocks it, as the editor titles it. */
gboolean    cp_profile_check              (CpProfile    *self,
                                           CpPolicyPack *pack,
                                           GError      **error);
/* A deep copy, whatever state the draft is in (no round trip through the
 * file format, which an unfinished draft may not pass). */
CpProfile  *cp_profile_copy               (CpProfile    *self);
gboolean    cp_profile_save               (CpProfile    *self,
                                           const char   *path,
                                           GError      **error);

/* Plain fields; after changing any of them, call cp_profile_changed ().
 * An empty string is stored as NULL: a blank name is no name. */
const char *cp_profile_get_name           (CpProfile    *self);
void        cp_profile_set_name           (CpProfile    *self,
                                           const char   *name);
CpDay       cp_profile_get_birth_date     (CpProfile    *self);
void        cp_profile_set_birth_date     (CpProfile    *self,
                                           CpDay         day);
const char *cp_profile_get_occupation     (CpProfile    *self);
void        cp_profile_set_occupation     (CpProfile    *self,
                                           const char   *code);
const char *cp_profile_get_city           (CpProfile    *self);
void        cp_profile_set_city           (CpProfile    *self,
                                           const char   *city);
int         cp_profile_get_training_hours (CpProfile    *self);
void        cp_profile_set_training_hours (CpProfile    *self,
                                           int           hours);

/* "hukou_city", "insured_city", "registered_unemployed_city",
 * "graduate_registered_city": a city id or NULL. */
const char *cp_profile_get_link_city      (CpProfile    *self,
                                           const char   *link);
void        cp_profile_set_link_city      (CpProfile    *self,
                                           const char   *link,
                                           const char   *city);

/* The lists, to read and edit in place. */
GArray     *cp_profile_get_work_periods   (CpProfile    *self);
GArray     *cp_profile_get_certificates   (CpProfile    *self);
GArray     *cp_profile_get_titles         (CpProfile    *self);
GArray     *cp_profile_get_education      (CpProfile    *self);
GArray     *cp_profile_get_subsidies      (CpProfile    *self);

/* The documents ticked off for a level, kept with the profile. */
gboolean    cp_profile_get_document_done  (CpProfile    *self,
                                           int           level,
                                           const char   *document_id);
void        cp_profile_set_document_done  (CpProfile    *self,
                                           int           level,
                                           const char   *document_id,
                                           gboolean      done);

/* The exam sessions (ids) the candidate is registered for, in the order
 * marked: char *, to read only; change it with cp_profile_set_registered(). */
GPtrArray  *cp_profile_get_registered_sessions (CpProfile *self);
gboolean    cp_profile_get_registered     (CpProfile    *self,
                                           const char   *session_id);
/* A blank id is ignored; marking twice keeps one. */
void        cp_profile_set_registered     (CpProfile    *self,
                                           const char   *session_id,
                                           gboolean      registered);

void        cp_profile_changed            (CpProfile    *self);

extern const char * const cp_profile_link_members[];
/* The values the file format knows for CpCertificate.issuer, CpTitle.grade,
 * CpEducation.kind and CpSubsidyClaim.kind. */
extern const char * const cp_profile_issuers[];
extern const char * const cp_profile_grades[];
extern const char * const cp_profile_education_kinds[];
extern const char * const cp_profile_subsidy_kinds[];

G_END_DECLS
