/* cp-calendar-page.c: the Exam Calendar tab
 *
 * Until its issue lands, the tab says what it will hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-calendar-page.h"

struct _CpCalendarPage
{
  AdwBin        parent_instance;

                              CpPolicyPack *pack;
                              CpProfile    *profile;
};

G_DEFINE_FINAL_TYPE (CpCalendarPage, cp_calendar_page, ADW_TYPE_BIN)

static void
cp_calendar_page_dispose (GObject *object)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (object);

  g_clear_object (&self->pack);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (cp_calendar_page_parent_class)->dispose (object);
}

static void
cp_calendar_page_class_init (CpCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_calendar_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-calendar-page.ui");
}

static void
cp_calendar_page_init (CpCalendarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
cp_calendar_page_set_context (CpCalendarPage *self,
                              CpPolicyPack *pack,
                              CpProfile    *profile)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));

  g_set_object (&self->pack, pack);
  g_set_object (&self->profile, profile);
}
