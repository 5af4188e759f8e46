/* cp-split-view.c
 *
 * A GtkPaned cannot be narrower than both its sides, which kept the
 * window wide; an AdwLeaflet shows one side at a time when both do not
 * fit. The buttons between the sides show only when folded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-split-view.h"

struct _CpSplitView
{
  AdwBin            parent_instance;

  /* Template widgets */
  AdwLeaflet       *leaflet;
  GtkBox           *start_box;
  GtkBox           *end_box;
  GtkWidget        *forward_button;
  GtkWidget        *back_button;
  AdwButtonContent *forward_content;
  AdwButtonContent *back_content;

  /* Not owned: the boxes hold them */
  GtkWidget        *start_child;
  GtkWidget        *end_child;
};

enum
{
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_START_TITLE,
  PROP_END_TITLE,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CpSplitView, cp_split_view, ADW_TYPE_BIN)

static void
replace_child (GtkBox     *box,
               GtkWidget **slot,
               GtkWidget  *child)
{
  if (*slot == child)
    return;
  if (*slot != NULL)
    gtk_box_remove (box, *slot);
  *slot = child;
  if (child == NULL)
    return;
  /* Below the button, taking the height the button leaves. */
  gtk_widget_set_vexpand (child, TRUE);
  gtk_box_append (box, child);
}

void
cp_split_view_set_start_child (CpSplitView *self,
                               GtkWidget   *child)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  replace_child (self->start_box, &self->start_child, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_CHILD]);
}

void
cp_split_view_set_end_child (CpSplitView *self,
                             GtkWidget   *child)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  replace_child (self->end_box, &self->end_child, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_CHILD]);
}

/* The button says where it leads; its spoken name is the same words. */
static void
set_button_title (GtkWidget        *button,
                  AdwButtonContent *content,
                  const char       *title)
{
  adw_button_content_set_label (content, title != NULL ? title : "");
  gtk_widget_set_tooltip_text (button, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  -1);
}

/* The back button, on the end side, leads to the start side. */
void
cp_split_view_set_start_title (CpSplitView *self,
                               const char  *title)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));

  set_button_title (self->back_button, self->back_content, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_TITLE]);
}

void
cp_split_view_set_end_title (CpSplitView *self,
                             const char  *title)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));

  set_button_title (self->forward_button, self->forward_content, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_TITLE]);
}

gboolean
cp_split_view_get_folded (CpSplitView *self)
{
  g_return_val_if_fail (CP_IS_SPLIT_VIEW (self), FALSE);
  return adw_leaflet_get_folded (self->leaflet);
}

void
cp_split_view_show_start (CpSplitView *self)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));
  adw_leaflet_set_visible_child_name (self->leaflet, "start");
}

void
cp_split_view_show_end (CpSplitView *self)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));
  adw_leaflet_set_visible_child_name (self->leaflet, "end");
}

gboolean
cp_split_view_shows_end (CpSplitView *self)
{
  g_return_val_if_fail (CP_IS_SPLIT_VIEW (self), FALSE);
  return g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "end") == 0;
}

AdwLeaflet *
cp_split_view_get_leaflet (CpSplitView *self)
{
  g_return_val_if_fail (CP_IS_SPLIT_VIEW (self), NULL);
  return self->leaflet;
}

static void
picked_cb (CpSplitView *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    cp_split_view_show_end (self);
}

/* A click that selects an item says so with selection-changed; a list
 * that selects its first item again when its items change does not. */
void
cp_split_view_follow_list (CpSplitView *self,
                           GtkListView *list)
{
  g_return_if_fail (CP_IS_SPLIT_VIEW (self));
  g_return_if_fail (GTK_IS_LIST_VIEW (list));
  g_return_if_fail (gtk_list_view_get_model (list) != NULL);

  g_signal_connect_object (gtk_list_view_get_model (list), "selection-changed", G_CALLBACK (picked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (list, "activate", G_CALLBACK (picked_cb), self, G_CONNECT_SWAPPED);
}

/* The button pressed is hidden with its side: the keyboard goes on from
 * the button that leads back. */
static void
on_forward_button_clicked_cb (CpSplitView *self)
{
  cp_split_view_show_end (self);
  gtk_widget_grab_focus (self->back_button);
}

static void
on_back_button_clicked_cb (CpSplitView *self)
{
  cp_split_view_show_start (self);
  gtk_widget_grab_focus (self->forward_button);
}

/* Folded, whatever takes the keyboard (a shortcut, a mnemonic, a refused
 * save pointing at its field) shows the side it is on. */
static void
focus_enter_cb (GtkEventControllerFocus *controller,
                CpSplitView             *self)
{
  GtkWidget *side = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, side);
}

static void
watch_focus (CpSplitView *self,
             GtkBox      *side)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (side), controller);
}

static void
on_leaflet_folded_cb (CpSplitView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->forward_button, folded);
  gtk_widget_set_visible (self->back_button, folded);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
cp_split_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CpSplitView *self = CP_SPLIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;
    case PROP_START_TITLE:
      g_value_set_string (value, adw_button_content_get_label (self->back_content));
      break;
    case PROP_END_TITLE:
      g_value_set_string (value, adw_button_content_get_label (self->forward_content));
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, adw_leaflet_get_folded (self->leaflet));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_split_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CpSplitView *self = CP_SPLIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      cp_split_view_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      cp_split_view_set_end_child (self, g_value_get_object (value));
      break;
    case PROP_START_TITLE:
      cp_split_view_set_start_title (self, g_value_get_string (value));
      break;
    case PROP_END_TITLE:
      cp_split_view_set_end_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_split_view_class_init (CpSplitViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = cp_split_view_get_property;
  object_class->set_property = cp_split_view_set_property;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_TITLE] =
    g_param_spec_string ("start-title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_TITLE] =
    g_param_spec_string ("end-title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/cp-split-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, back_content);
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, end_box);
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, forward_button);
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, forward_content);
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CpSplitView, start_box);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_forward_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
}

static void
cp_split_view_init (CpSplitView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  watch_focus (self, self->start_box);
  watch_focus (self, self->end_box);
}
