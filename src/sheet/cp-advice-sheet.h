/* cp-advice-sheet.h: a one- or two-page summary of a candidate to print or
 * keep as PDF
 *
 * The text is built from the core's answers; this module only lays it out
 * with Pango on a cairo context, so the app's print dialog and
 * certpath-cli share it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

typedef struct _CpAdviceSheet CpAdviceSheet;

/* The sheet for @profile on @on, claiming in the candidate's city. */
CpAdviceSheet *cp_advice_sheet_new         (CpPolicyPack  *pack,
                                            CpProfile     *profile,
                                            CpDay          on);
/* The same, listing of @sessions (JsonObject *, as in the feed format)
 * those still to come that the candidate may take, with their deadlines;
 * cp_advice_sheet_new () lists the bundled sessions. */
CpAdviceSheet *cp_advice_sheet_new_with_sessions (CpPolicyPack *pack,
                                                  CpProfile    *profile,
                                                  CpDay         on,
                                                  GPtrArray    *sessions);
void           cp_advice_sheet_free        (CpAdviceSheet *self);

/* Lays the sheet out for pages of @width × @height points (margins
 * included) and returns how many pages it takes. */
int            cp_advice_sheet_paginate    (CpAdviceSheet *self,
                                            cairo_t       *cr,
                                            double         width,
                                            double         height);
void           cp_advice_sheet_draw_page   (CpAdviceSheet *self,
                                            cairo_t       *cr,
                                            int            page);

/* The plain text of the sheet, for tests and for a terminal. */
char          *cp_advice_sheet_to_text     (CpAdviceSheet *self);

gboolean       cp_advice_sheet_write_pdf   (CpAdviceSheet *self,
                                            const char    *path,
                                            GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAdviceSheet, cp_advice_sheet_free)

G_END_DECLS
