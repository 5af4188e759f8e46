/* cp-cli-feed.c: certpath-cli feed fetch URL | feed check FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-cli.h"
#include "cp-feed-refresh.h"
#include "cp-policy-query.h"

typedef struct
{
  GMainLoop     *loop;
  CpFeedRefresh *refresh;
  GError        *error;
} Waiter;

static void
refresh_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->refresh = cp_feed_refresh_finish (result, &waiter->error);
  g_main_loop_quit (waiter->loop);
}

/* Sessions added (new ids), updated (ids the bundled data has) and
 * skipped (with their reasons). */
static void
report (CpPolicyPack *pack,
        CpFeed       *feed,
        CpCliFormat   format,
        const char   *name,
        gboolean      not_modified)
{
  guint added = 0, updated = 0;

  for (guint i = 0; i < json_array_get_length (feed->sessions); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (feed->sessions, i), "id");

      if (cp_policy_find (pack, "exams.json", "sessions", "id", id) != NULL)
        updated++;
      else
        added++;
    }

  if (format == CP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "feed");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "publisher");
      json_builder_add_string_value (builder, cp_feed_get_publisher_name (feed));
      json_builder_set_member_name (builder, "not_modified");
      json_builder_add_boolean_value (builder, not_modified);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, added);
      json_builder_set_member_name (builder, "updated");
      json_builder_add_int_value (builder, updated);
      json_builder_set_member_name (builder, "skipped");
      json_builder_begin_array (builder);
      for (guint i = 0; i < feed->skipped->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (feed->skipped, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      cp_cli_print_json (node);
      return;
    }

  g_print ("%s: %s%s\n", name, cp_feed_get_publisher_name (feed), not_modified ? " (not modified)" : "");
  g_print ("%u added, %u updated, %u skipped\n", added, updated, feed->skipped->len);
  for (guint i = 0; i < feed->skipped->len; i++)
    g_print ("  skipped %s\n", (char *) g_ptr_array_index (feed->skipped, i));
}

static int
fetch (CpPolicyPack *pack,
       const char   *url,
       const char   *cache,
       CpCliFormat   format)
{
  g_autoptr(SoupSession) session = cp_feed_session_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiter waiter = { loop, NULL, NULL };
  int status;

  cp_feed_refresh_async (session, pack, url, cache, NULL, NULL, refresh_cb, &waiter);
  g_main_loop_run (loop);

  if (waiter.refresh == NULL)
    {
      g_printerr ("%s: %s\n", url, waiter.error->message);
      g_error_free (waiter.error);
      return CP_CLI_EXIT_INVALID;
    }
  report (pack, waiter.refresh->feed, format, url, waiter.refresh->not_modified);
  status = CP_CLI_EXIT_OK;
  cp_feed_refresh_free (waiter.refresh);
  return status;
}

static int
check (CpPolicyPack *pack,
       const char   *path,
       CpCliFormat   format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpFeed) feed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *base_name = g_path_get_basename (path);
  gsize length;

  /* The same cap as a fetch: a file is no more trusted than a server. */
  if (!cp_guard_read_file (path, CP_GUARD_FEED, &contents, &length, &error))
    {
      g_printerr ("%s: %s\n", base_name, error->message);
      return CP_CLI_EXIT_INVALID;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  feed = cp_feed_parse (pack, bytes, base_name, &error);
  if (feed == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  report (pack, feed, format, base_name, FALSE);
  return CP_CLI_EXIT_OK;
}

int
cp_cli_feed (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *cache = NULL;
  CpCliFormat format;
  const GOptionEntry entries[] = {
    { "cache", 0, 0, G_OPTION_ARG_FILENAME, &cache, "Cache folder (default: $XDG_CACHE_HOME/certpath/feeds)", "DIR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text or json", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("fetch URL | check FILE - exam schedule feeds");
  g_option_context_set_summary (context, "fetch: download a feed (HTTPS; http only to this machine), check it and cache it.\n"
                                         "check: check a feed file. docs/feed-format.md describes the format.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, "--format must be text or json");
  if (argc != 3 || (!g_str_equal (argv[1], "fetch") && !g_str_equal (argv[1], "check")))
    return cp_cli_usage_error (context, "give fetch URL or check FILE");

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  if (g_str_equal (argv[1], "fetch"))
    return fetch (pack, argv[2], cache, format);
  return check (pack, argv[2], format);
}
