/* cp-subsidy-page.c: the Subsidy tab
 *
 * Until its issue lands, the tab says what it will hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-subsidy-page.h"

struct _CpSubsidyPage
{
  AdwBin        parent_instance;

                             CpPolicyPack *pack;
                             CpProfile    *profile;
};

G_DEFINE_FINAL_TYPE (CpSubsidyPage, cp_subsidy_page, ADW_TYPE_BIN)

static void
cp_subsidy_page_dispose (GObject *object)
{
  CpSubsidyPage *self = CP_SUBSIDY_PAGE (object);

  g_clear_object (&self->pack);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (cp_subsidy_page_parent_class)->dispose (object);
}

static void
cp_subsidy_page_class_init (CpSubsidyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_subsidy_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-subsidy-page.ui");
}

static void
cp_subsidy_page_init (CpSubsidyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
cp_subsidy_page_set_context (CpSubsidyPage *self,
                             CpPolicyPack *pack,
                             CpProfile    *profile)
{
  g_return_if_fail (CP_IS_SUBSIDY_PAGE (self));

  g_set_object (&self->pack, pack);
  g_set_object (&self->profile, profile);
}
