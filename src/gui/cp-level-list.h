/* cp-level-list.h: the five level cards of the Eligibility tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-eligibility.h"

G_BEGIN_DECLS

#define CP_TYPE_LEVEL_LIST (cp_level_list_get_type ())
G_DECLARE_FINAL_TYPE (CpLevelList, cp_level_list, CP, LEVEL_LIST, AdwBin)

/* Updates the five cards in place; a card's rows are rebuilt only when it
 * is open and its answer changed. */
void        cp_level_list_show      (CpLevelList  *self,
                                     CpPolicyPack *pack,
                                     CpProfile    *profile,
                                     CpDay         on);
/* The card of @level, for tests: its subtitle is the level's headline.
 * The same row for the list's whole life. */
AdwExpanderRow *cp_level_list_get_card (CpLevelList *self,
                                        int          level);
/* For tests: the rows inside the card of @level (none until it is opened). */
guint           cp_level_list_count_rows (CpLevelList *self,
                                          int          level);

G_END_DECLS
