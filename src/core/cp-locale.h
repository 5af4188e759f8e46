/* cp-locale.h: the locale a program of Certpath starts in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* setlocale (LC_ALL, "") that still gives UTF-8 and the language asked
 * for when the environment's locale is C or is not generated. */
void cp_locale_init (void);

G_END_DECLS
