/* cp-feed-fetch.c
 *
 * libsoup 3.2 follows redirects by itself and has no size cap, so this
 * follows them by hand (checking each new address) and reads the body in
 * pieces, counting. Its timeout bounds each socket wait, not the fetch, so
 * a timer cancels the whole fetch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-feed-fetch"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-feed-fetch.h"
#include "cp-json-guard.h"

#include <string.h>

G_DEFINE_QUARK (cp-fetch-error-quark, cp_fetch_error)

const CpFetchLimits cp_fetch_default_limits = { CP_GUARD_FEED_MAX_BYTES, 20, 5 };

#define READ_SIZE (64 * 1024)

typedef struct
{
  SoupSession   *session;
  char          *url;
  char          *etag;
  char          *last_modified;
  CpFetchLimits  limits;
  guint          redirects;

  GCancellable  *cancellable;    /* ours: cancelled by the caller's or the timer */
  GCancellable  *caller_cancellable;
  gulong         caller_handler;
  guint          timeout_id;
  gboolean       timed_out;

  SoupMessage   *message;
  GInputStream  *stream;
  GByteArray    *body;
} Fetch;

static void send_message (GTask *task);

static void
fetch_free (Fetch *fetch)
{
  g_clear_handle_id (&fetch->timeout_id, g_source_remove);
  if (fetch->caller_handler != 0)
    g_cancellable_disconnect (fetch->caller_cancellable, fetch->caller_handler);
  g_clear_object (&fetch->caller_cancellable);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->session);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_free (fetch->url);
  g_free (fetch->etag);
  g_free (fetch->last_modified);
  g_free (fetch);
}

void
cp_fetch_result_free (CpFetchResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->body, g_bytes_unref);
  g_free (result->etag);
  g_free (result->last_modified);
  g_free (result->final_url);
  g_free (result);
}

SoupSession *
cp_feed_session_new (void)
{
  g_autofree char *user_agent = g_strdup_printf ("Certpath/%s (+https://github.com/certpath/certpath)", PACKAGE_VERSION);

  /* No User-Agent is sent by default in libsoup 3.2; a clear one lets a
   * school see who reads its feed. */
  return soup_session_new_with_options ("user-agent", user_agent,
                                        "timeout", 15,
                                        "idle-timeout", 15,
                                        NULL);
}

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;
  g_autofree char *bare = NULL;

  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;
  /* GUri gives IPv6 hosts without brackets, but accept them either way. */
  bare = g_strdup (host[0] == '[' ? host + 1 : host);
  if (bare[0] != '\0' && bare[strlen (bare) - 1] == ']')
    bare[strlen (bare) - 1] = '\0';
  address = g_inet_address_new_from_string (bare);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

gboolean
cp_feed_url_allowed (const char  *url,
                     GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme;
  const char *host;

  /* libsoup 3.2 accepts an empty host; check it here first. */
  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    {
      /* Translators: %s is what was typed as a feed address */
      g_set_error (error, CP_FETCH_ERROR, CP_FETCH_ERROR_BAD_URL, _("“%s” is not a web address"), url);
      return FALSE;
    }
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (scheme, "http") == 0 && host_is_loopback (host))
    return TRUE;
  if (g_ascii_strcasecmp (scheme, "http") == 0)
    g_set_error (error, CP_FETCH_ERROR, CP_FETCH_ERROR_NOT_ALLOWED,
                 _("Feeds are fetched over https:// only (http:// is allowed to this computer alone): %s"), url);
  else
    g_set_error (error, CP_FETCH_ERROR, CP_FETCH_ERROR_BAD_URL, _("“%s” is not an http(s) address"), url);
  return FALSE;
}

static void
return_error (GTask  *task,
              GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  /* Our own cancellable was cancelled by the timer, not by the caller. */
  if (fetch->timed_out && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      error = g_error_new (CP_FETCH_ERROR, CP_FETCH_ERROR_TIMEOUT,
                           _("The server did not answer within %u seconds"), fetch->limits.timeout_seconds);
    }
  else if (error->domain != CP_FETCH_ERROR && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GError *network = g_error_new (CP_FETCH_ERROR, CP_FETCH_ERROR_NETWORK,
                                     _("The connection failed: %s"), error->message);
      g_error_free (error);
      error = network;
    }
  g_task_return_error (task, error);
}

static void
finish_body (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  goffset promised = soup_message_headers_get_content_length (headers);
  CpFetchResult *result;

  /* libsoup 3.2 ends the stream quietly when the server hangs up early;
   * without compression the promised length tells. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL &&
      (goffset) fetch->body->len < promised)
    {
      /* Translators: "The connection was cut after 26 of 1000 bytes" */
      g_task_return_new_error (task, CP_FETCH_ERROR, CP_FETCH_ERROR_NETWORK,
                               _("The connection was cut after %u of %u bytes"),
                               fetch->body->len, (guint) promised);
      return;
    }

  result = g_new0 (CpFetchResult, 1);
  result->body = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->body));
  result->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  result->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  result->final_url = g_strdup (fetch->url);
  g_task_return_pointer (task, result, (GDestroyNotify) cp_fetch_result_free);
}

static void
read_cb (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) piece = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), res, &error);

  if (piece == NULL)
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_bytes_get_size (piece) == 0)
    {
      finish_body (task);
      return;
    }

  /* Counted as it comes: Content-Length may be absent, wrong, or the size
   * before decompression. */
  if (fetch->body->len + g_bytes_get_size (piece) > fetch->limits.max_bytes)
    {
      g_cancellable_cancel (fetch->cancellable);
      g_task_return_new_error (task, CP_FETCH_ERROR, CP_FETCH_ERROR_TOO_LARGE,
                               _("The feed is larger than %u KiB; it was not read further"),
                               (guint) (fetch->limits.max_bytes / 1024));
      return;
    }
  g_byte_array_append (fetch->body, g_bytes_get_data (piece, NULL), g_bytes_get_size (piece));
  g_input_stream_read_bytes_async (fetch->stream, READ_SIZE, G_PRIORITY_DEFAULT, fetch->cancellable,
                                   read_cb, g_steal_pointer (&task));
}

static gboolean
follow_redirect (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (fetch->message), "Location");
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;

  if (location == NULL)
    return FALSE;
  if (++fetch->redirects > fetch->limits.max_redirects)
    {
      g_task_return_new_error (task, CP_FETCH_ERROR, CP_FETCH_ERROR_REDIRECTS,
                               _("The server redirected more than %u times"), fetch->limits.max_redirects);
      return TRUE;
    }
  next = g_uri_resolve_relative (fetch->url, location, G_URI_FLAGS_NONE, &error);
  /* Every hop is checked again: https:// must not lead to http:// elsewhere. */
  if (next == NULL || !cp_feed_url_allowed (next, &error))
    {
      return_error (task, g_steal_pointer (&error));
      return TRUE;
    }
  g_free (fetch->url);
  fetch->url = g_steal_pointer (&next);
  send_message (g_object_ref (task));
  return TRUE;
}

static void
send_cb (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  guint status;
  goffset length;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (object), res, &error);
  if (fetch->stream == NULL)
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }

  status = soup_message_get_status (fetch->message);
  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      g_clear_object (&fetch->stream);
      if (follow_redirect (task))
        return;
    }
  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      CpFetchResult *result = g_new0 (CpFetchResult, 1);

      result->not_modified = TRUE;
      result->etag = g_strdup (fetch->etag);
      result->last_modified = g_strdup (fetch->last_modified);
      result->final_url = g_strdup (fetch->url);
      g_task_return_pointer (task, result, (GDestroyNotify) cp_fetch_result_free);
      return;
    }
  /* A 404 or 500 is not a GError in libsoup: check the status. */
  if (status != SOUP_STATUS_OK)
    {
      /* Translators: first %u is an HTTP status such as 404, then its phrase */
      g_task_return_new_error (task, CP_FETCH_ERROR, CP_FETCH_ERROR_HTTP, _("The server answered %u %s"),
                               status, soup_message_get_reason_phrase (fetch->message));
      return;
    }

  length = soup_message_headers_get_content_length (soup_message_get_response_headers (fetch->message));
  if (length > 0 && (gsize) length > fetch->limits.max_bytes)
    {
      g_task_return_new_error (task, CP_FETCH_ERROR, CP_FETCH_ERROR_TOO_LARGE,
                               _("The feed is larger than %u KiB; it was not read"),
                               (guint) (fetch->limits.max_bytes / 1024));
      return;
    }

  fetch->body = g_byte_array_new ();
  g_input_stream_read_bytes_async (fetch->stream, READ_SIZE, G_PRIORITY_DEFAULT, fetch->cancellable,
                                   read_cb, g_steal_pointer (&task));
}

static void
send_message (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  g_clear_object (&fetch->message);
  fetch->message = soup_message_new (SOUP_METHOD_GET, fetch->url);
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (fetch->message);
  soup_message_headers_append (headers, "Accept", "application/json");
  if (fetch->etag != NULL)
    soup_message_headers_append (headers, "If-None-Match", fetch->etag);
  if (fetch->last_modified != NULL)
    soup_message_headers_append (headers, "If-Modified-Since", fetch->last_modified);

  soup_session_send_async (fetch->session, fetch->message, G_PRIORITY_DEFAULT, fetch->cancellable,
                           send_cb, task);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->timeout_id = 0;
  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *caller,
                     GCancellable *ours)
{
  g_cancellable_cancel (ours);
}

void
cp_feed_fetch_async (SoupSession         *session,
                     const char          *url,
                     const char          *etag,
                     const char          *last_modified,
                     const CpFetchLimits *limits,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Fetch *fetch;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (url != NULL);

  task = g_task_new (session, cancellable, callback, user_data);
  g_task_set_source_tag (task, cp_feed_fetch_async);

  /* Refused before any connection is made. */
  if (!cp_feed_url_allowed (url, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  fetch = g_new0 (Fetch, 1);
  fetch->session = g_object_ref (session);
  fetch->url = g_strdup (url);
  fetch->etag = g_strdup (etag);
  fetch->last_modified = g_strdup (last_modified);
  fetch->limits = limits != NULL ? *limits : cp_fetch_default_limits;
  fetch->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      fetch->caller_cancellable = g_object_ref (cancellable);
      fetch->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                     fetch->cancellable, NULL);
    }
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  fetch->timeout_id = g_timeout_add_seconds (fetch->limits.timeout_seconds, timeout_cb, fetch);

  send_message (g_steal_pointer (&task));
}

CpFetchResult *
cp_feed_fetch_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cp_feed_fetch_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
