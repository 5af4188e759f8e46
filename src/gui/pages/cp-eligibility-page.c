/* cp-eligibility-page.c: the Eligibility tab, the candidate on the left and
 * the five levels on the right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-eligibility-page.h"
#include "cp-refresh.h"
#include "cp-split-view.h"

struct _CpEligibilityPage
{
  AdwBin             parent_instance;

  /* Template widgets */
  CpCandidateEditor *editor;
  CpLevelList       *level_list;

  /* Owned */
  CpPolicyPack      *pack;
  CpProfile         *profile;
  gulong             changed_handler;
  CpDay              day;
  CpRefresh         *refresh;
};

G_DEFINE_FINAL_TYPE (CpEligibilityPage, cp_eligibility_page, ADW_TYPE_BIN)

static void
update (GtkWidget *widget)
{
  CpEligibilityPage *self = CP_ELIGIBILITY_PAGE (widget);

  cp_level_list_show (self->level_list, self->pack, self->profile, self->day != 0 ? self->day : cp_date_today ());
}

static void
profile_changed_cb (CpEligibilityPage *self)
{
  cp_refresh_queue (self->refresh);
}

void
cp_eligibility_page_set_context (CpEligibilityPage *self,
                                 CpPolicyPack      *pack,
                                 CpProfile         *profile)
{
  g_return_if_fail (CP_IS_ELIGIBILITY_PAGE (self));

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  g_set_object (&self->pack, pack);
  g_set_object (&self->profile, profile);
  if (profile != NULL)
    self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
  cp_candidate_editor_set_context (self->editor, pack, profile);
  cp_refresh_queue (self->refresh);
}

void
cp_eligibility_page_set_day (CpEligibilityPage *self,
                             CpDay              day)
{
  g_return_if_fail (CP_IS_ELIGIBILITY_PAGE (self));

  self->day = day;
  cp_refresh_queue (self->refresh);
}

CpCandidateEditor *
cp_eligibility_page_get_editor (CpEligibilityPage *self)
{
  g_return_val_if_fail (CP_IS_ELIGIBILITY_PAGE (self), NULL);
  return self->editor;
}

CpLevelList *
cp_eligibility_page_get_levels (CpEligibilityPage *self)
{
  g_return_val_if_fail (CP_IS_ELIGIBILITY_PAGE (self), NULL);
  /* Whoever reads the cards sees them up to date. */
  cp_refresh_flush (self->refresh);
  return self->level_list;
}

static void
cp_eligibility_page_dispose (GObject *object)
{
  CpEligibilityPage *self = CP_ELIGIBILITY_PAGE (object);

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  g_clear_object (&self->profile);
  g_clear_object (&self->pack);
  g_clear_pointer (&self->refresh, cp_refresh_free);

  G_OBJECT_CLASS (cp_eligibility_page_parent_class)->dispose (object);
}

static void
cp_eligibility_page_class_init (CpEligibilityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_CANDIDATE_EDITOR);
  g_type_ensure (CP_TYPE_LEVEL_LIST);
  g_type_ensure (CP_TYPE_SPLIT_VIEW);

  object_class->dispose = cp_eligibility_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-eligibility-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpEligibilityPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CpEligibilityPage, level_list);
}

static void
cp_eligibility_page_init (CpEligibilityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->refresh = cp_refresh_new (GTK_WIDGET (self), NULL, update);
}
