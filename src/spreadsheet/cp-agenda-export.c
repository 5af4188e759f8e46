/* cp-agenda-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-agenda-export.h"
#include "cp-spreadsheet.h"

gboolean
cp_agenda_export (CpAgenda      *agenda,
                  CpPolicyPack  *pack,
                  const char    *path,
                  guint          alarm_days,
                  GError       **error)
{
  g_return_val_if_fail (agenda != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_str_has_suffix (path, ".ics"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *ics = cp_agenda_to_icalendar (agenda, pack, now, alarm_days);

      return g_file_set_contents (path, ics, -1, error);
    }
  else
    {
      g_autoptr(GPtrArray) table = cp_agenda_to_table (agenda, pack);

      return cp_spreadsheet_write (table, path, error);
    }
}
