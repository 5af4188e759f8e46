/* cp-notice-dialog.h: read a notice, check what was read, save it as one's
 * own session or course; or enter or edit one by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-notice.h"
#include "cp-user-sessions.h"

G_BEGIN_DECLS

#define CP_TYPE_NOTICE_DIALOG (cp_notice_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CpNoticeDialog, cp_notice_dialog, CP, NOTICE_DIALOG, AdwWindow)

/* A notice to paste (or open) into @store. */
CpNoticeDialog *cp_notice_dialog_new          (CpPolicyPack   *pack,
                                               CpUserSessions *store);
/* A session entered by hand, with no notice. */
CpNoticeDialog *cp_notice_dialog_new_by_hand  (CpPolicyPack   *pack,
                                               CpUserSessions *store);
/* A saved session or course, to correct and save again. */
CpNoticeDialog *cp_notice_dialog_new_to_edit  (CpPolicyPack   *pack,
                                               CpUserSessions *store,
                                               CpUserKind      kind,
                                               const char     *id);

/* Puts @text in the notice's text view, as pasting does. */
void            cp_notice_dialog_set_text     (CpNoticeDialog *self,
                                               const char     *text);
/* Reads the text now rather than after the pause that follows typing. */
void            cp_notice_dialog_read_now     (CpNoticeDialog *self);
/* What the last reading found; NULL before the first or for no text. */
CpNotice       *cp_notice_dialog_get_notice   (CpNoticeDialog *self);
/* The rows of the fields (AdwEntryRow), for tests. */
GtkListBox     *cp_notice_dialog_get_fields   (CpNoticeDialog *self);
/* The field row whose path is @path, or NULL. */
GtkWidget      *cp_notice_dialog_find_row     (CpNoticeDialog *self,
                                               const char     *path);
/* Saves as the Save button does; FALSE with a message in the UI language
 * (also shown in the dialog). The dialog stays open. */
gboolean        cp_notice_dialog_save         (CpNoticeDialog *self,
                                               GError        **error);

G_END_DECLS
