/* cp-text.h: policy texts that come in English and Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* "zh_CN" when the user's locale asks for Chinese, else "en". */
const char *cp_text_language       (void);

/* The text of a {"en": …, "zh_CN": …} object in @language (NULL: the
 * user's), falling back to the other language; NULL if @text is NULL. */
const char *cp_text_get            (JsonObject *text,
                                    const char *language);
const char *cp_text_get_member     (JsonObject *object,
                                    const char *member,
                                    const char *language);

/* 0 for English, 1 for Chinese, as cp_text_language () says. */
guint       cp_text_language_index (void);

/* A translation kept where an answer is worded thousands of times a
 * second. @slot is a static pointer per message and language (and, for a
 * plural, per n == 1 or not: all that English and Chinese tell apart);
 * CP_TEXT_ONCE evaluates @message only while the slot is empty, so it
 * stays a gettext call xgettext and the format checks can see. */
const char *cp_text_keep           (const char **slot,
                                    const char  *translated) G_GNUC_FORMAT (2);
#define CP_TEXT_ONCE(slot, message) \
  cp_text_keep (&(slot), g_atomic_pointer_get (&(slot)) != NULL ? NULL : (message))

/* g_strdup_printf () for the words of answers, which use only %s, %d, %u
 * and %% (and %N$ positions in translations): done by hand, at a fraction
 * of the cost; any other format goes to g_strdup_vprintf (). */
char       *cp_text_format         (const char  *format,
                                    ...) G_GNUC_PRINTF (1, 2) G_GNUC_MALLOC;

G_END_DECLS
