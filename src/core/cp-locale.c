/* cp-locale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cp-locale.h"

/* gettext ignores LANGUAGE when the messages are in the C locale, and a
 * locale that is not generated (LANG=zh_CN.UTF-8 on a bare Debian) leaves
 * C: the messages then still follow LANGUAGE, or the language LANG names,
 * and the data's Chinese is written as UTF-8, not as question marks. */
void
cp_locale_init (void)
{
  const char * const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *asked = NULL;
  const char *messages;

  if (setlocale (LC_ALL, "") == NULL || !g_get_charset (NULL))
    {
      for (guint i = 0; i < G_N_ELEMENTS (variables) && asked == NULL; i++)
        {
          asked = g_getenv (variables[i]);
          if (asked != NULL && asked[0] == '\0')
            asked = NULL;
        }
      if (g_getenv ("LANGUAGE") == NULL && asked != NULL && asked[0] != 'C' && strcmp (asked, "POSIX") != 0)
        {
          g_autofree char *language = g_strndup (asked, strcspn (asked, ".@"));

          g_setenv ("LANGUAGE", language, TRUE);
        }
      setlocale (LC_ALL, "C.UTF-8");
    }
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");
}
