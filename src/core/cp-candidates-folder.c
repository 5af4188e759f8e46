/* cp-candidates-folder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-candidate-store.h"
#include "cp-candidates-folder.h"

gboolean
cp_candidates_folder_overridden (void)
{
  const char *variable = g_getenv ("CERTPATH_CANDIDATES_DIR");

  return variable != NULL && variable[0] != '\0';
}

char *
cp_candidates_folder_get (GSettings *settings)
{
  g_autofree char *chosen = NULL;

  if (cp_candidates_folder_overridden ())
    return g_strdup (g_getenv ("CERTPATH_CANDIDATES_DIR"));
  chosen = settings != NULL ? g_settings_get_string (settings, "candidates-folder") : NULL;
  if (chosen != NULL && chosen[0] != '\0')
    return g_steal_pointer (&chosen);
  return cp_candidate_store_default_directory ();
}
