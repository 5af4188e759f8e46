/* cp-cli-sessions.c: certpath-cli sessions list | add FILE.json | remove ID | export FEED.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cp-cli.h"
#include "cp-feed-export.h"
#include "cp-text.h"
#include "cp-user-sessions.h"

static const char *
kind_name (CpUserKind kind)
{
  return kind == CP_USER_SESSION ? "session" : kind == CP_USER_CENTRE ? "centre" : "course";
}

/* A record read back from the file is not trusted to have its members. */
static const char *
or_unknown (const char *text)
{
  return text != NULL ? text : "?";
}

static const char *
name_of (CpUserRecord *record)
{
  JsonNode *name = json_object_get_member (record->record, "name");
  JsonNode *text;

  if (name == NULL || !JSON_NODE_HOLDS_OBJECT (name))
    return NULL;
  text = json_object_get_member (json_node_get_object (name), cp_text_language ());
  return text != NULL && JSON_NODE_HOLDS_VALUE (text) && json_node_get_value_type (text) == G_TYPE_STRING
         ? json_node_get_string (text) : NULL;
}

static void
print_list (CpUserSessions *store,
            CpCliFormat     format)
{
  static const CpUserKind kinds[] = { CP_USER_SESSION, CP_USER_CENTRE, CP_USER_COURSE };

  if (format == CP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *object = json_object_new ();

      json_node_take_object (root, object);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autoptr(GPtrArray) records = cp_user_sessions_list (store, kinds[k]);
          JsonArray *array = json_array_new ();
          g_autofree char *member = g_strconcat (kind_name (kinds[k]), "s", NULL);

          for (guint i = 0; i < records->len; i++)
            {
              CpUserRecord *record = g_ptr_array_index (records, i);
              JsonObject *entry = json_object_new ();

              json_object_set_string_member (entry, "id", record->id);
              json_object_set_string_member (entry, "origin", cp_user_origin_to_string (record->origin));
              json_object_set_string_member (entry, "saved_at", record->saved_at);
              json_object_set_object_member (entry, "record", json_object_ref (record->record));
              json_array_add_object_element (array, entry);
            }
          json_object_set_array_member (object, member, array);
        }
      cp_cli_print_json (root);
      return;
    }

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) records = cp_user_sessions_list (store, kinds[k]);

      for (guint i = 0; i < records->len; i++)
        {
          CpUserRecord *record = g_ptr_array_index (records, i);
          const char *origin = record->origin == CP_USER_ORIGIN_NOTICE ? _("from a notice") : _("entered by hand");

          if (kinds[k] == CP_USER_SESSION)
            /* Translators: an exam session of one's own: its id, exam date, centre and origin */
            g_print (_("session %s: exam %s at %s (%s)\n"), record->id,
                     or_unknown (cp_user_record_get_string (record, "exam_date")),
                     or_unknown (cp_user_record_get_string (record, "centre")), origin);
          else
            /* Translators: a centre or course of one's own: its id, name and origin */
            g_print (kinds[k] == CP_USER_CENTRE ? _("centre %s: %s (%s)\n") : _("course %s: %s (%s)\n"), record->id,
                     or_unknown (name_of (record)), origin);
        }
    }
}

/* The member @name of @root if it is an object, else NULL. */
static JsonObject *
object_member (JsonObject *root,
               const char *name)
{
  JsonNode *node = json_object_get_member (root, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* FILE.json is what `certpath-cli notice --format json` printed (perhaps
 * corrected), or one session, centre or course record. */
static int
add (CpUserSessions *store,
     const char     *path,
     const char     *origin_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = cp_json_guard_load_file (path, CP_GUARD_FEED, &error);
  JsonObject *object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonObject *session, *centre, *course;
  JsonNode *id_node;
  CpUserOrigin origin;

  if (object == NULL)
    {
      g_printerr ("%s: %s\n", path, error != NULL ? error->message : _("not a JSON object"));
      return CP_CLI_EXIT_INVALID;
    }
  if (origin_text == NULL)
    origin = json_object_has_member (object, "found") ? CP_USER_ORIGIN_NOTICE : CP_USER_ORIGIN_HAND;
  else if (!cp_user_origin_from_string (origin_text, &origin))
    {
      g_printerr ("%s\n", _("--origin must be notice or hand"));
      return CP_CLI_EXIT_USAGE;
    }

  session = object_member (object, "session");
  centre = object_member (object, "centre");
  course = object_member (object, "course");
  if (session == NULL && centre == NULL && course == NULL)
    {
      if (json_object_has_member (object, "exam_date") || json_object_has_member (object, "registration"))
        session = object;
      else if (json_object_has_member (object, "prices"))
        course = object;
      else
        centre = object;
    }

  /* The centre a notice's session is at goes in first, once. */
  if (centre != NULL && (id_node = json_object_get_member (centre, "id")) != NULL &&
      JSON_NODE_HOLDS_VALUE (id_node) && json_node_get_value_type (id_node) == G_TYPE_STRING &&
      cp_user_sessions_lookup (store, CP_USER_CENTRE, json_node_get_string (id_node)) != NULL)
    centre = NULL;
  if (centre != NULL)
    {
      if (!cp_user_sessions_add (store, CP_USER_CENTRE, centre, origin, &error))
        {
          g_printerr ("%s: %s\n", path, error->message);
          return CP_CLI_EXIT_INVALID;
        }
      g_print (_("Saved centre %s\n"), json_node_get_string (json_object_get_member (centre, "id")));
    }
  if (session != NULL || course != NULL)
    {
      JsonObject *record = session != NULL ? session : course;
      CpUserKind kind = session != NULL ? CP_USER_SESSION : CP_USER_COURSE;

      if (!cp_user_sessions_add (store, kind, record, origin, &error))
        {
          g_printerr ("%s: %s\n", path, error->message);
          return CP_CLI_EXIT_INVALID;
        }
      g_print (kind == CP_USER_SESSION ? _("Saved session %s\n") : _("Saved course %s\n"),
               json_node_get_string (json_object_get_member (record, "id")));
    }
  return CP_CLI_EXIT_OK;
}

static int
remove_record (CpUserSessions *store,
               const char     *id)
{
  static const CpUserKind kinds[] = { CP_USER_SESSION, CP_USER_COURSE, CP_USER_CENTRE };
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (cp_user_sessions_lookup (store, kinds[k], id) != NULL)
      {
        if (!cp_user_sessions_remove (store, kinds[k], id, &error))
          {
            g_printerr ("%s\n", error->message);
            return CP_CLI_EXIT_INVALID;
          }
        g_print (_("Removed %s\n"), id);
        return CP_CLI_EXIT_OK;
      }
  g_printerr (_("%s is not one of your saved records\n"), id);
  return CP_CLI_EXIT_INVALID;
}

static int
export (CpUserSessions *store,
        CpPolicyPack   *pack,
        const char     *path,
        const char     *publisher)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cp_feed_export (store, publisher, NULL);
  g_autoptr(CpFeed) feed = cp_feed_parse (pack, bytes, path, &error);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* What was saved was checked; a pack changed since may still refuse it. */
  if (feed == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  for (guint i = 0; i < feed->skipped->len; i++)
    g_printerr (_("left out: %s\n"), (char *) g_ptr_array_index (feed->skipped, i));
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  /* Translators: %s is the feed file, %u a number of sessions */
  g_print (_("Feed written to %s; sessions in it: %u\n"), path, json_array_get_length (feed->sessions));
  return feed->skipped->len > 0 ? CP_CLI_EXIT_INVALID : CP_CLI_EXIT_OK;
}

int
cp_cli_sessions (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpUserSessions) store = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *publisher = NULL;
  CpCliFormat format;
  const char *command;
  const GOptionEntry entries[] = {
    { "store", 0, 0, G_OPTION_ARG_FILENAME, &directory, N_("Folder of one's own sessions (default: $XDG_DATA_HOME/certpath)"), "DIR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format of list: text or json"), "FORMAT" },
    { "origin", 0, 0, G_OPTION_ARG_STRING, &origin, N_("For add: notice or hand (default: notice for what certpath-cli notice printed)"), "ORIGIN" },
    { "publisher", 0, 0, G_OPTION_ARG_STRING, &publisher, N_("For export: the name shown beside each session"), "NAME" },
    { NULL }
  };

  context = g_option_context_new (_("list | add FILE.json | remove ID | export FEED.json - one's own exam sessions"));
  g_option_context_set_summary (context, _("add: save a session, centre or course, as certpath-cli notice --format json "
                                           "printed it or as one record.\n"
                                           "export: write the sessions and centres as a feed (docs/feed-format.md)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, _("--format must be text or json"));
  command = argc >= 2 ? argv[1] : "";
  if (!(g_str_equal (command, "list") && argc == 2) &&
      !((g_str_equal (command, "add") || g_str_equal (command, "remove") || g_str_equal (command, "export")) && argc == 3))
    return cp_cli_usage_error (context, _("give list, add FILE.json, remove ID or export FEED.json"));

  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  store = cp_user_sessions_new (directory, pack);
  if (!cp_user_sessions_load (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }

  if (g_str_equal (command, "list"))
    {
      print_list (store, format);
      return CP_CLI_EXIT_OK;
    }
  if (g_str_equal (command, "add"))
    return add (store, argv[2], origin);
  if (g_str_equal (command, "remove"))
    return remove_record (store, argv[2]);
  return export (store, pack, argv[2], publisher);
}
