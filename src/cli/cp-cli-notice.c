/* cp-cli-notice.c: certpath-cli notice FILE [--format text|json]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cp-cli.h"
#include "cp-notice.h"
#include "cp-text.h"

gboolean
cp_cli_read_notice_file (const char  *path,
                         char       **out_text,
                         gsize       *out_length,
                         GError     **error)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("%s: not a file that can be read"), path);
      return FALSE;
    }
  if (info.st_size > CP_NOTICE_MAX_BYTES)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("%s: %lld bytes is too long for a notice (at most %d)"),
                   path, (long long) info.st_size, CP_NOTICE_MAX_BYTES);
      return FALSE;
    }
  return g_file_get_contents (path, out_text, out_length, error);
}

/* A string, a number or a list of them, as one line of text. */
static char *
value_text (JsonNode *node)
{
  GString *text = g_string_new (NULL);

  if (JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      {
        g_autofree char *item = value_text (json_array_get_element (json_node_get_array (node), i));

        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", item);
      }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_string_append (text, json_node_get_string (node));
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    g_string_append_printf (text, "%lld", (long long) json_node_get_int (node));
  return g_string_free (text, FALSE);
}

static void
print_record (JsonObject *record)
{
  const struct { const char *member, *label; } labels[] = {
    { "occupation", _("Occupation") }, { "levels", _("Levels") }, { "centre", _("Centre") },
    { "region", _("Region") }, { "exam_date", _("Exam date") }, { "papers_due", _("Papers due") },
    { "capacity", _("Places") }, { "min_to_open", _("Opens with at least") },
    { "registration_code", _("Registration code") }, { "plan_number", _("Plan number") },
    { "published", _("Published") }, { "provider", _("Provider") }, { "includes", _("Price includes") },
    { "start_month", _("Starts") }, { "exam_month", _("Exam month") }, { "min_class_size", _("Class opens with at least") },
  };
  JsonArray *registration = json_object_has_member (record, "registration")
                            ? json_object_get_array_member (record, "registration") : NULL;
  JsonArray *prices = json_object_has_member (record, "prices") ? json_object_get_array_member (record, "prices") : NULL;

  if (json_object_has_member (record, "name"))
    g_print (_("  %s: %s\n"), _("Course name"), cp_text_get_member (record, "name", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (json_object_has_member (record, labels[i].member))
      {
        g_autofree char *value = value_text (json_object_get_member (record, labels[i].member));

        /* Translators: a field's label and its value */
        g_print (_("  %s: %s\n"), labels[i].label, value);
      }
  for (guint i = 0; registration != NULL && i < json_array_get_length (registration); i++)
    {
      JsonObject *channel = json_array_get_object_element (registration, i);

      /* Translators: a registration channel's closing date, then its name */
      g_print (_("  Registration closes: %s (%s)\n"),
               json_object_has_member (channel, "closes") ? json_object_get_string_member (channel, "closes") : "?",
               cp_text_get_member (channel, "name", NULL));
    }
  for (guint i = 0; prices != NULL && i < json_array_get_length (prices); i++)
    {
      JsonObject *price = json_array_get_object_element (prices, i);

      if (!json_object_get_null_member (price, "price"))
        g_print (_("  Price: %lld yuan\n"), (long long) json_object_get_int_member (price, "price"));
      if (!json_object_get_null_member (price, "member_price"))
        g_print (_("  Member price: %lld yuan\n"), (long long) json_object_get_int_member (price, "member_price"));
    }
}

static void
print_text (CpNotice   *notice,
            const char *name)
{
  JsonObject *record = notice->kind == CP_NOTICE_SESSION ? notice->session : notice->course;

  /* Translators: %s is the notice's file name, the second %s the id it is given */
  g_print (notice->kind == CP_NOTICE_SESSION ? _("%s: an exam session, %s\n") : _("%s: a course, %s\n"), name,
           json_object_get_string_member (record, "id"));
  print_record (record);
  if (notice->exam_fee >= 0)
    g_print (_("Exam fee: %lld yuan\n"), (long long) notice->exam_fee);
  for (guint i = 0; i < json_array_get_length (notice->fees); i++)
    {
      JsonObject *fee = json_array_get_object_element (notice->fees, i);

      /* Translators: a fee table row, followed by parts such as "theory 65" */
      g_print (_("Fees for level %d:"), (int) json_object_get_int_member (fee, "level"));
      {
        const struct { const char *member, *label; } parts[] = {
          { "theory", _("theory") }, { "practical", _("practical") }, { "review", _("review") },
          { "materials", _("materials") }, { "total", _("total") },
        };

        for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
          if (json_object_has_member (fee, parts[k].member))
            g_print (" %s %" G_GINT64_FORMAT, parts[k].label, json_object_get_int_member (fee, parts[k].member));
      }
      g_print ("\n");
    }

  g_print ("%s\n", _("Read from these words:"));
  for (guint i = 0; i < notice->spans->len; i++)
    {
      CpNoticeSpan *span = g_ptr_array_index (notice->spans, i);
      g_autofree char *words = g_strndup (notice->text + span->start, span->end - span->start);

      g_print ("  %-26s “%s”\n", span->field, words);
      if (span->unsure)
        /* Translators: %s says why a field read from a notice may be wrong */
        g_print (_("  unsure: %s\n"), span->why != NULL ? span->why : "");
    }
}

int
cp_cli_notice (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPolicyPack) pack = NULL;
  g_autoptr(CpNotice) notice = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  CpCliFormat format;
  gsize length;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };

  context = g_option_context_new (_("FILE - read an exam session or a course from the text of its notice"));
  g_option_context_set_summary (context, _("Prints what was read, the words each field came from and the fields "
                                           "that are unsure. docs/notice-reading.md says what is read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cp_cli_usage_error (context, error->message);
  if (!cp_cli_parse_format (format_text, &format))
    return cp_cli_usage_error (context, _("--format must be text or json"));
  if (argc != 2)
    return cp_cli_usage_error (context, _("give the notice's text file"));

  name = g_path_get_basename (argv[1]);
  if (!cp_cli_read_notice_file (argv[1], &text, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  pack = cp_cli_load_pack (&error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CP_CLI_EXIT_INVALID;
    }
  notice = cp_notice_read (pack, text, length, &error);
  if (notice == NULL)
    {
      g_printerr ("%s: %s\n", name, error->message);
      return CP_CLI_EXIT_INVALID;
    }

  if (format == CP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonNode) node = cp_notice_to_json (notice);

      cp_cli_print_json (node);
    }
  else if (notice->kind == CP_NOTICE_NOTHING)
    /* Translators: %s is the notice's file name */
    g_print (_("%s: nothing recognisable: no exam date, registration deadline, fee or course price was found\n"),
             name);
  else
    print_text (notice, name);
  return notice->kind == CP_NOTICE_NOTHING ? CP_CLI_EXIT_INVALID : CP_CLI_EXIT_OK;
}
