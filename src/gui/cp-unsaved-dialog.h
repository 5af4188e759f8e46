/* cp-unsaved-dialog.h: the two questions about unsaved work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Before leaving a candidate with unsaved changes. Responses "cancel"
 * (also Escape), "discard", "save" (the default). @name may be NULL or
 * empty for a candidate not named yet. */
AdwMessageDialog *cp_unsaved_dialog_new  (GtkWindow  *parent,
                                          const char *name);

/* At start, for a draft left by a crash or a kill. Responses "discard",
 * "restore" (the default); closing it keeps the draft for next time. */
AdwMessageDialog *cp_recovered_dialog_new (GtkWindow  *parent,
                                           const char *name,
                                           GDateTime  *written);

G_END_DECLS
