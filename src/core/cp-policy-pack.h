/* cp-policy-pack.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define CP_POLICY_ERROR (cp_policy_error_quark ())

typedef enum
{
  CP_POLICY_ERROR_IO,       /* a file is missing or unreadable */
  CP_POLICY_ERROR_SYNTAX,   /* not JSON */
  CP_POLICY_ERROR_INVALID,  /* JSON, but not what the pack format expects */
} CpPolicyError;

GQuark cp_policy_error_quark (void);

#define CP_TYPE_POLICY_PACK (cp_policy_pack_get_type ())
G_DECLARE_FINAL_TYPE (CpPolicyPack, cp_policy_pack, CP, POLICY_PACK, GObject)

/* The files a pack is made of, in the order they are read. */
extern const char * const cp_policy_pack_files[];

CpPolicyPack *cp_policy_pack_load              (const char    *directory,
                                                GError       **error);
CpPolicyPack *cp_policy_pack_load_with_errors  (const char    *directory,
                                                GPtrArray    **errors);

const char   *cp_policy_pack_get_directory     (CpPolicyPack  *self);
const char   *cp_policy_pack_get_version       (CpPolicyPack  *self);
const char   *cp_policy_pack_get_date          (CpPolicyPack  *self);
const char   *cp_policy_pack_get_title         (CpPolicyPack  *self,
                                                const char    *language);

JsonObject   *cp_policy_pack_get_file          (CpPolicyPack  *self,
                                                const char    *file_name);
JsonArray    *cp_policy_pack_get_records       (CpPolicyPack  *self,
                                                const char    *file_name,
                                                const char    *member);

/* Where the bundled pack is, and where a user's newer pack may be dropped. */
char         *cp_policy_pack_bundled_directory (void);
char         *cp_policy_pack_user_directory    (void);

CpPolicyPack *cp_policy_pack_load_preferred    (const char    *bundled_directory,
                                                const char    *user_directory,
                                                GError       **user_error,
                                                GError       **error);

G_END_DECLS
