/* cp-candidates-folder.h: where the saved candidates live — a preference,
 * so the folder can be one a sync tool shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* CERTPATH_CANDIDATES_DIR when set (tests and demos), else the
 * "candidates-folder" setting, else the default in the user's data folder. */
char     *cp_candidates_folder_get        (GSettings *settings);
/* Whether CERTPATH_CANDIDATES_DIR decides, so the setting has no effect. */
gboolean  cp_candidates_folder_overridden (void);

G_END_DECLS
