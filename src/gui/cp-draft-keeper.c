/* cp-draft-keeper.c
 *
 * Every draft id a window of this process writes or has claimed is in
 * one set, so that a second window does not offer a live window's draft
 * as if it had been left by a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-draft-keeper"

#include "config.h"

#include "cp-draft-keeper.h"

struct _CpDraftKeeper
{
  CpDraftStore *store;
  char         *id;       /* this window's draft, once written or adopted */
  gboolean      written;
};

static GHashTable *live_ids;

static void
hold (const char *id)
{
  if (live_ids == NULL)
    live_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (live_ids, g_strdup (id));
}

static void
let_go (const char *id)
{
  if (live_ids != NULL && id != NULL)
    g_hash_table_remove (live_ids, id);
}

CpDraftKeeper *
cp_draft_keeper_new (CpPolicyPack *pack)
{
  CpDraftKeeper *self = g_new0 (CpDraftKeeper, 1);

  self->store = cp_draft_store_new (g_getenv ("CERTPATH_DRAFTS_DIR"), pack);
  return self;
}

void
cp_draft_keeper_free (CpDraftKeeper *self)
{
  if (self == NULL)
    return;
  let_go (self->id);
  g_free (self->id);
  g_clear_object (&self->store);
  g_free (self);
}

gboolean
cp_draft_keeper_write (CpDraftKeeper  *self,
                       CpProfile      *profile,
                       const char     *store_id,
                       const char     *path,
                       GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->id == NULL)
    {
      self->id = cp_draft_store_new_id ();
      hold (self->id);
    }
  self->written = cp_draft_store_write (self->store, self->id, profile, store_id, path, now, error)
                  || self->written;
  return self->written;
}

void
cp_draft_keeper_discard (CpDraftKeeper *self)
{
  g_autoptr(GError) error = NULL;

  if (self->id == NULL || !self->written)
    return;
  /* A draft that cannot be removed is offered again at the next start,
   * which loses nothing. */
  if (!cp_draft_store_remove (self->store, self->id, &error))
    g_debug ("%s", error->message);
  self->written = FALSE;
}

char *
cp_draft_keeper_get_path (CpDraftKeeper *self)
{
  g_autofree char *file_name = NULL;

  if (self->id == NULL || !self->written)
    return NULL;
  file_name = g_strconcat (self->id, ".json", NULL);
  return g_build_filename (cp_draft_store_get_directory (self->store), file_name, NULL);
}

CpDraft *
cp_draft_keeper_claim_orphan (CpDraftKeeper *self)
{
  g_autoptr(GPtrArray) drafts = cp_draft_store_list (self->store);

  for (guint i = 0; i < drafts->len; i++)
    {
      CpDraft *draft = g_ptr_array_index (drafts, i);

      /* A draft that does not read back stays on disk, untouched. */
      if (draft->profile == NULL || (live_ids != NULL && g_hash_table_contains (live_ids, draft->id)))
        continue;
      hold (draft->id);
      return g_ptr_array_steal_index (drafts, i);
    }
  return NULL;
}

void
cp_draft_keeper_adopt (CpDraftKeeper *self,
                       CpDraft       *draft)
{
  cp_draft_keeper_discard (self);
  let_go (self->id);
  g_free (self->id);
  /* Already held since it was claimed. */
  self->id = g_strdup (draft->id);
  self->written = TRUE;
}

void
cp_draft_keeper_release (CpDraftKeeper *self,
                         CpDraft       *draft,
                         gboolean       remove)
{
  g_autoptr(GError) error = NULL;

  if (remove && !cp_draft_store_remove (self->store, draft->id, &error))
    g_debug ("%s", error->message);
  let_go (draft->id);
}
