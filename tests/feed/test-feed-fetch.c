/* test-feed-fetch.c: the fault table of the schedule feed, against a
 * SoupServer on 127.0.0.1 in the same main context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "cp-feed-refresh.h"
#include "cp-json-guard.h"

static CpPolicyPack *pack;
static SoupServer *server;
static char *base_url;
static char *sample;        /* data/feeds/sample.json */
static guint good_requests;
static GSocketService *raw_service;
static guint16 raw_port;

/* ---------- The server ---------- */

static void
respond (SoupServerMessage *message,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (message, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (message, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

static gboolean
unpause_later (gpointer data)
{
  /* Never reached within the test's time limit; kept so the server is tidy. */
  return G_SOURCE_REMOVE;
}

static void
handler (SoupServer        *soup_server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (message);

  if (g_str_equal (path, "/good.json"))
    {
      good_requests++;
      soup_message_headers_append (response, "ETag", "\"v1\"");
      if (g_strcmp0 (soup_message_headers_get_one (request, "If-None-Match"), "\"v1\"") == 0)
        respond (message, SOUP_STATUS_NOT_MODIFIED, NULL, NULL);
      else
        respond (message, SOUP_STATUS_OK, "application/json", sample);
    }
  else if (g_str_equal (path, "/missing.json"))
    respond (message, SOUP_STATUS_NOT_FOUND, "text/plain", "not here");
  else if (g_str_equal (path, "/broken.json"))
    respond (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, "text/plain", "oops");
  else if (g_str_equal (path, "/slow.json"))
    {
      /* Paused and never resumed within the test: only the time limit ends it. */
      soup_server_message_pause (message);
      g_timeout_add_seconds (60, unpause_later, NULL);
    }
  else if (g_str_equal (path, "/big.json"))
    {
      /* Chunked, so no Content-Length warns: the cap must count bytes. */
      g_autofree char *block = g_strnfill (64 * 1024, ' ');

      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      for (guint i = 0; i < 40; i++)
        soup_message_body_append (soup_server_message_get_response_body (message), SOUP_MEMORY_COPY, block, strlen (block));
      soup_message_body_complete (soup_server_message_get_response_body (message));
    }
  else if (g_str_equal (path, "/html.json"))
    respond (message, SOUP_STATUS_OK, "text/html", "<!DOCTYPE html><html><body>Maintenance</body></html>");
  else if (g_str_equal (path, "/empty.json"))
    respond (message, SOUP_STATUS_OK, "application/json", "");
  else if (g_str_equal (path, "/deep.json"))
    {
      g_autofree char *deep = g_strnfill (100000, '[');
      respond (message, SOUP_STATUS_OK, "application/json", deep);
    }
  else if (g_str_equal (path, "/invalid.json"))
    respond (message, SOUP_STATUS_OK, "application/json", "{\"format\": \"certpath-feed\", \"version\": ");
  else if (g_str_equal (path, "/version2.json"))
    {
      g_autofree char *body = replace (sample, "\"version\": 1", "\"version\": 2");
      respond (message, SOUP_STATUS_OK, "application/json", body);
    }
  else if (g_str_equal (path, "/one-bad.json"))
    {
      /* The sample's one session twice: the second with its centre misspelt. */
      g_autofree char *bad = replace (sample, "\"sessions\": [", "\"sessions\": [{\"id\": \"broken\", \"centre\": \"nowhere\"}, ");
      respond (message, SOUP_STATUS_OK, "application/json", bad);
    }
  else if (g_str_equal (path, "/loop.json"))
    {
      soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "/loop.json");
    }
  else
    respond (message, SOUP_STATUS_NOT_FOUND, "text/plain", "no such test");
}

/* A server that promises 1000 bytes and hangs up after a few: libsoup's
 * own server will not send a lie, so this is a bare socket, served from a
 * thread since its reads block and the client runs in this main context. */
static gboolean
raw_run_cb (GThreadedSocketService *service,
            GSocketConnection      *connection,
            GObject                *source,
            gpointer                user_data)
{
  const char reply[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
                       "Connection: close\r\n\r\n{\"format\": \"certpath-feed\"";
  GOutputStream *output = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  GInputStream *input = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  char request[4096];

  /* Read the request head (small) so the client is not reset early. */
  g_input_stream_read (input, request, sizeof request, NULL, NULL);
  g_output_stream_write_all (output, reply, strlen (reply), NULL, NULL, NULL);
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

/* ---------- Running a refresh ---------- */

typedef struct
{
  gboolean       done;
  CpFeedRefresh *refresh;
  GError        *error;
} Outcome;

static void
refresh_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->refresh = cp_feed_refresh_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static Outcome
refresh (const char *url,
         const char *cache)
{
  g_autoptr(SoupSession) session = cp_feed_session_new ();
  /* Tight limits so the slow case takes a second, not twenty. */
  CpFetchLimits limits = { 2 * 1024 * 1024, 1, 5 };
  Outcome outcome = { FALSE, NULL, NULL };

  cp_feed_refresh_async (session, pack, url, cache, &limits, NULL, refresh_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  return outcome;
}

static char *
url_for (const char *path)
{
  return g_strconcat (base_url, path + 1, NULL);
}

static char *
read_cache_body (const char *cache)
{
  g_autoptr(GBytes) body = NULL;
  g_autofree char *good = url_for ("/good.json");

  body = cp_feed_cache_load (cache, good, NULL, NULL);
  return body != NULL ? g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body)) : NULL;
}

/* ---------- The fault table ---------- */

typedef struct
{
  const char *path;
  GQuark      domain;      /* 0: success */
  int         code;
  const char *message_part;
} Fault;

static void
check_fault (const char  *cache,
             const Fault *fault,
             const char  *url)
{
  g_autofree char *before = read_cache_body (cache);
  g_autofree char *after = NULL;
  Outcome outcome = refresh (url, cache);

  g_test_message ("%s → %s", url, outcome.error != NULL ? outcome.error->message : "ok");
  g_assert_null (outcome.refresh);
  g_assert_error (outcome.error, fault->domain, fault->code);
  g_assert_nonnull (strstr (outcome.error->message, fault->message_part));
  g_clear_error (&outcome.error);

  /* Whatever went wrong, the last good copy is untouched. */
  after = read_cache_body (cache);
  g_assert_cmpstr (after, ==, before);
}

static void
test_fault_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = g_dir_make_tmp ("certpath-feeds-XXXXXX", &error);
  g_autofree char *good = url_for ("/good.json");
  g_autofree char *raw_url = NULL;
  Outcome outcome;
  const Fault faults[] = {
    { "/missing.json", CP_FETCH_ERROR, CP_FETCH_ERROR_HTTP, "404" },
    { "/broken.json", CP_FETCH_ERROR, CP_FETCH_ERROR_HTTP, "500" },
    { "/slow.json", CP_FETCH_ERROR, CP_FETCH_ERROR_TIMEOUT, "1 seconds" },
    { "/big.json", CP_FETCH_ERROR, CP_FETCH_ERROR_TOO_LARGE, "2048 KiB" },
    { "/html.json", CP_FEED_ERROR, CP_FEED_ERROR_NOT_JSON, "not a JSON file" },
    { "/invalid.json", CP_FEED_ERROR, CP_FEED_ERROR_NOT_JSON, "not a JSON file" },
    { "/empty.json", CP_FEED_ERROR, CP_FEED_ERROR_NOT_JSON, "(the file is empty)" },
    { "/deep.json", CP_FEED_ERROR, CP_FEED_ERROR_NOT_JSON, "byte 16: arrays and objects nested more than 16 deep" },
    { "/version2.json", CP_FEED_ERROR, CP_FEED_ERROR_WRONG_FORMAT, "$.version: expected 1, got 2" },
    { "/loop.json", CP_FETCH_ERROR, CP_FETCH_ERROR_REDIRECTS, "more than 5 times" },
  };

  g_assert_no_error (error);

  /* A good feed first: one session, which the bundled data also has. */
  outcome = refresh (good, cache);
  g_assert_no_error (outcome.error);
  g_assert_false (outcome.refresh->not_modified);
  g_assert_cmpuint (json_array_get_length (outcome.refresh->feed->sessions), ==, 1);
  g_assert_cmpstr (outcome.refresh->entry->etag, ==, "\"v1\"");
  g_clear_pointer (&outcome.refresh, cp_feed_refresh_free);

  /* Again: the ETag goes back, the server says 304, the cache answers. */
  outcome = refresh (good, cache);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.refresh->not_modified);
  g_assert_cmpuint (json_array_get_length (outcome.refresh->feed->sessions), ==, 1);
  g_assert_cmpuint (good_requests, ==, 2);
  g_clear_pointer (&outcome.refresh, cp_feed_refresh_free);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *url = url_for (faults[i].path);
      check_fault (cache, &faults[i], url);
    }

  /* A body cut short. */
  raw_url = g_strdup_printf ("http://127.0.0.1:%u/cut.json", raw_port);
  {
    Fault cut = { NULL, CP_FETCH_ERROR, CP_FETCH_ERROR_NETWORK, "connection" };
    check_fault (cache, &cut, raw_url);
  }

  /* http:// to another host is refused before any connection. */
  {
    Fault remote = { NULL, CP_FETCH_ERROR, CP_FETCH_ERROR_NOT_ALLOWED, "https://" };
    check_fault (cache, &remote, "http://feeds.example.com/sessions.json");
  }
}

static void
test_one_bad_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = g_dir_make_tmp ("certpath-feeds-XXXXXX", &error);
  g_autofree char *url = url_for ("/one-bad.json");
  Outcome outcome = refresh (url, cache);

  g_assert_no_error (outcome.error);
  g_assert_cmpuint (json_array_get_length (outcome.refresh->feed->sessions), ==, 1);
  g_assert_cmpuint (outcome.refresh->feed->skipped->len, ==, 1);
  g_test_message ("%s", (char *) g_ptr_array_index (outcome.refresh->feed->skipped, 0));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (outcome.refresh->feed->skipped, 0),
                                   "$.sessions[0]: the member \"occupation\" is missing"));
  cp_feed_refresh_free (outcome.refresh);
}

/* The cache as a disk fault or a person may leave it: its meta file nested
 * past any limit, then cut to nothing. Neither is read, neither crashes. */
static void
test_hostile_cache (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = g_dir_make_tmp ("certpath-feeds-XXXXXX", &error);
  g_autofree char *url = url_for ("/good.json");
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  g_autofree char *meta_name = g_strdup_printf ("%.24s.meta.json", hash);
  g_autofree char *meta = g_build_filename (cache, meta_name, NULL);
  g_autofree char *deep = g_strnfill (30000, '{');  /* under the meta file's 64 KiB cap */
  g_autoptr(GBytes) body = NULL;
  Outcome outcome;

  g_assert_no_error (error);
  outcome = refresh (url, cache);
  g_assert_no_error (outcome.error);
  g_clear_pointer (&outcome.refresh, cp_feed_refresh_free);

  g_file_set_contents (meta, deep, -1, &error);
  g_assert_no_error (error);
  body = cp_feed_cache_load (cache, url, NULL, &error);
  g_assert_null (body);
  g_assert_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_TOO_DEEP);
  g_clear_error (&error);

  g_file_set_contents (meta, "", -1, &error);
  g_assert_no_error (error);
  body = cp_feed_cache_load (cache, url, NULL, &error);
  g_assert_null (body);
  g_assert_error (error, CP_GUARD_ERROR, CP_GUARD_ERROR_EMPTY);
  g_clear_error (&error);

  /* A refresh past a broken cache fetches afresh. */
  outcome = refresh (url, cache);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (json_array_get_length (outcome.refresh->feed->sessions), ==, 1);
  g_clear_pointer (&outcome.refresh, cp_feed_refresh_free);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *directory = NULL;
  g_autofree char *sample_path = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;
  int status;

  g_test_init (&argc, &argv, NULL);

  directory = cp_policy_pack_bundled_directory ();
  pack = cp_policy_pack_load (directory, &error);
  g_assert_no_error (error);
  sample_path = g_test_build_filename (G_TEST_DIST, "..", "..", "data", "feeds", "sample.json", NULL);
  g_file_get_contents (sample_path, &sample, NULL, &error);
  g_assert_no_error (error);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base_url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  raw_service = g_threaded_socket_service_new (2);
  raw_port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (raw_service), NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (raw_service, "run", G_CALLBACK (raw_run_cb), NULL);

  g_test_add_func ("/feed/fault-table", test_fault_table);
  g_test_add_func ("/feed/one-bad-session", test_one_bad_session);
  g_test_add_func ("/feed/hostile-cache", test_hostile_cache);

  status = g_test_run ();
  g_object_unref (raw_service);
  g_object_unref (server);
  g_object_unref (pack);
  g_free (sample);
  g_free (base_url);
  return status;
}
