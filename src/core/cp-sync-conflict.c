/* cp-sync-conflict.c
 *
 * The patterns are those the tools write today; a name that only looks
 * half like one is an ordinary candidate, so nobody is hidden by mistake.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-sync-conflict.h"

#include <string.h>

/* "NAME (… conflicted copy …)": Nextcloud and Dropbox. */
static char *
parenthesised_original (const char *id)
{
  const char *open = g_strrstr (id, " (");
  g_autofree char *inside = NULL;

  if (open == NULL || open == id || !g_str_has_suffix (id, ")"))
    return NULL;
  inside = g_utf8_strdown (open + 2, -1);
  if (strstr (inside, "conflicted copy") == NULL)
    return NULL;
  return g_strndup (id, open - id);
}

/* "NAME<marker>DIGITS…": Syncthing and ownCloud. */
static char *
marked_original (const char *id,
                 const char *marker)
{
  const char *found = g_strrstr (id, marker);

  if (found == NULL || found == id || !g_ascii_isdigit (found[strlen (marker)]))
    return NULL;
  return g_strndup (id, found - id);
}

char *
cp_sync_conflict_original (const char *id)
{
  char *original;

  if (id == NULL)
    return NULL;
  if ((original = parenthesised_original (id)) != NULL)
    return original;
  if ((original = marked_original (id, ".sync-conflict-")) != NULL)
    return original;
  return marked_original (id, "_conflict-");
}
