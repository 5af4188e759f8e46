/* cp-gui-test-util.h: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"

/* gtk_test_init, adw_init and the translations of the build tree. */
void          cp_gui_test_init        (int        *argc,
                                       char     ***argv);
/* "en" or "zh_CN", as meson runs the test. */
const char   *cp_gui_test_language    (void);
CpPolicyPack *cp_gui_test_load_pack   (void);
/* Waits until @window is drawn and writes it to
 * <G_TEST_BUILDDIR>/screenshots/<language>-<name>.png; returns the path. */
char         *cp_gui_test_screenshot  (GtkWindow  *window,
                                       const char *name);
/* The same for any surface as it is drawn now (an open popover). */
char         *cp_gui_test_screenshot_native (GtkNative  *native,
                                             const char *name);
/* The template child @name of @widget's @type, which must be there. */
gpointer      cp_gui_test_template_child (GtkWidget  *widget,
                                          GType       type,
                                          const char *name);
