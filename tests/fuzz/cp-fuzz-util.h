/* cp-fuzz-util.h: what every libFuzzer target shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-date.h"
#include "cp-policy-pack.h"

G_BEGIN_DECLS

/* Makes GLib criticals and warnings fatal (each is a finding: core code
 * never warns on its input) and loads the bundled pack once, from
 * CERTPATH_POLICY_DIR or beside the fuzzer in the source tree. */
CpPolicyPack *cp_fuzz_init_pack (void);

/* A folder of the target's own for the files it writes, in /dev/shm when
 * there is one; and a write without the fsync a real save does, which
 * would cost most of each run. */
char         *cp_fuzz_make_directory (void);
gboolean      cp_fuzz_write     (const char *path,
                                 const char *data,
                                 gsize       length);

/* The day every target evaluates on. */
CpDay         cp_fuzz_day       (void);

G_END_DECLS

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);
