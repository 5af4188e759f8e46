/* cp-gui-walk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-gui-walk.h"

static void
collect_reachable (GtkWidget *widget,
                   GPtrArray *found)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return;
  g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_reachable (child, found);
}

GPtrArray *
cp_gui_walk_reachable (GtkWidget *root)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_reachable (root, found);
  return found;
}

GtkWidget *
cp_gui_walk_find (GtkWidget  *root,
                  GType       type,
                  const char *id)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type)
      && (id == NULL || g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = cp_gui_walk_find (child, type, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
cp_gui_walk_ancestor (GtkWidget *widget,
                      GType      type)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (g_type_is_a (G_OBJECT_TYPE (widget), type))
      return widget;
  return NULL;
}

void
cp_gui_walk_settle (guint limit)
{
  for (guint i = 0; i < limit && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

GPtrArray *
cp_gui_walk_other_windows (GtkWindow *main)
{
  GPtrArray *windows = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != main && gtk_widget_get_visible (GTK_WIDGET (window)))
        g_ptr_array_add (windows, g_steal_pointer (&window));
    }
  return windows;
}

char *
cp_gui_walk_describe (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *title = NULL;
  guint ids = 0;

  /* Library templates name their insides too ("text", "suffixes"), so a
   * few ids up the tree and the nearest row's title say where it is. */
  for (GtkWidget *up = widget; up != NULL; up = gtk_widget_get_parent (up))
    {
      const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (up));

      if (title == NULL && ADW_IS_PREFERENCES_ROW (up))
        title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (up));
      /* GtkBuilder names objects without an id "___object_N___". */
      if (id != NULL && !g_str_has_prefix (id, "___") && ids < 3)
        g_string_append_printf (text, "%s%s", ids++ == 0 ? " in #" : " < #", id);
    }
  if (title != NULL && title[0] != '\0')
    g_string_append_printf (text, " (row “%s”)", title);
  return g_string_free (text, FALSE);
}

gboolean
cp_gui_walk_in_sight (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_point_t centre = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                 gtk_widget_get_height (widget) / 2.f);
  graphene_point_t in_root;
  GtkWidget *picked;

  if (root == NULL || !gtk_widget_compute_point (widget, root, &centre, &in_root))
    return FALSE;
  picked = gtk_widget_pick (root, in_root.x, in_root.y, GTK_PICK_DEFAULT);
  return picked != NULL && (picked == widget || gtk_widget_is_ancestor (picked, widget));
}

void
cp_gui_walk_click (GtkWidget *button)
{
  if (GTK_IS_BUTTON (button))
    g_signal_emit_by_name (button, "clicked");
  else
    gtk_widget_activate (button);
}
