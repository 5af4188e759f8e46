/* cp-gui-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "cp-gui-test-util.h"

void
cp_gui_test_init (int    *argc,
                  char ***argv)
{
  const char *localedir = g_getenv ("CERTPATH_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* Drafts of unsaved edits go to a folder of this test's own: none from
   * the user or from another test is offered back in a window. */
  if (g_getenv ("CERTPATH_DRAFTS_DIR") == NULL)
    {
      g_autofree char *drafts = g_dir_make_tmp ("certpath-drafts-XXXXXX", NULL);

      g_assert_nonnull (drafts);
      g_setenv ("CERTPATH_DRAFTS_DIR", drafts, TRUE);
    }
  /* And so do one's own sessions and courses. */
  if (g_getenv ("CERTPATH_OWN_SESSIONS_DIR") == NULL)
    {
      g_autofree char *own = g_dir_make_tmp ("certpath-own-XXXXXX", NULL);

      g_assert_nonnull (own);
      g_setenv ("CERTPATH_OWN_SESSIONS_DIR", own, TRUE);
    }
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Screenshots must show the settled state, not a half-run transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

const char *
cp_gui_test_language (void)
{
  const char *language = g_getenv ("CERTPATH_TEST_LANGUAGE");

  return language != NULL ? language : "en";
}

CpPolicyPack *
cp_gui_test_load_pack (void)
{
  g_autofree char *directory = cp_policy_pack_bundled_directory ();
  g_autoptr(GError) error = NULL;
  CpPolicyPack *pack = cp_policy_pack_load (directory, &error);

  g_assert_no_error (error);
  return pack;
}

/* The paintable is made before the frame it shows: one made after a
 * frame, with none to come, has nothing to draw. */
char *
cp_gui_test_screenshot_native (GtkNative  *native,
                               const char *name)
{
  g_autofree char *directory = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file_name = g_strdup_printf ("%s-%s.png", cp_gui_test_language (), name);
  char *path = g_build_filename (directory, file_name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (native));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  g_mkdir_with_parents (directory, 0755);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (native));
  /* Let idle layout (list rows, labels that wrap) settle. */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  width = gtk_widget_get_width (GTK_WIDGET (native));
  height = gtk_widget_get_height (GTK_WIDGET (native));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (native), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return path;
}

char *
cp_gui_test_screenshot (GtkWindow  *window,
                        const char *name)
{
  return cp_gui_test_screenshot_native (GTK_NATIVE (window), name);
}

gpointer
cp_gui_test_template_child (GtkWidget  *widget,
                            GType       type,
                            const char *name)
{
  gpointer child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return child;
}
