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

G_END_DECLS
