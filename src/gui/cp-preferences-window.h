/* cp-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"

G_BEGIN_DECLS

#define CP_TYPE_PREFERENCES_WINDOW (cp_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CpPreferencesWindow, cp_preferences_window, CP, PREFERENCES_WINDOW, AdwPreferencesWindow)

CpPreferencesWindow *cp_preferences_window_new (CpPolicyPack *pack,
                                                const char   *pack_problem,
                                                GSettings    *settings);

/* Where the feeds' last results are read from (NULL: the feed cache's
 * usual folder), for tests. */
void                 cp_preferences_window_set_feed_directory (CpPreferencesWindow *self,
                                                               const char          *directory);

G_END_DECLS
