/* cp-agenda-page.h: what is due across all saved candidates, by week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-agenda-model.h"
#include "cp-profile.h"

G_BEGIN_DECLS

#define CP_TYPE_AGENDA_PAGE (cp_agenda_page_get_type ())
G_DECLARE_FINAL_TYPE (CpAgendaPage, cp_agenda_page, CP, AGENDA_PAGE, AdwBin)

/* The days ahead follow the "agenda-days" key of @settings. */
void           cp_agenda_page_set_context   (CpAgendaPage *self,
                                             CpPolicyPack *pack,
                                             GSettings    *settings);
CpAgendaModel *cp_agenda_page_get_model     (CpAgendaPage *self);
/* The candidate shown in the other tabs, for "Export the current
 * candidate's agenda"; @id NULL when not saved. */
void           cp_agenda_page_set_candidate (CpAgendaPage *self,
                                             CpProfile    *profile,
                                             const char   *id);
/* What the Export menu writes, without the file chooser: @what is
 * "ics-all", "table-all", "ics-one" or "table-one"; a table's @path ending
 * in neither .xlsx nor .csv gets .xlsx. */
gboolean       cp_agenda_page_export        (CpAgendaPage *self,
                                             const char   *what,
                                             const char   *path,
                                             GError      **error);

G_END_DECLS
