/* cp-feed-fetch.h: fetching a schedule feed's bytes over HTTPS, safely
 *
 * The only code that talks to the network. It never decides what the bytes
 * mean; src/core does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

#define CP_FETCH_ERROR (cp_fetch_error_quark ())

typedef enum
{
  CP_FETCH_ERROR_BAD_URL,        /* not an address at all */
  CP_FETCH_ERROR_NOT_ALLOWED,    /* http:// to a host that is not this machine */
  CP_FETCH_ERROR_HTTP,           /* the server answered 4xx or 5xx */
  CP_FETCH_ERROR_TOO_LARGE,      /* over the size limit */
  CP_FETCH_ERROR_TIMEOUT,        /* over the time limit */
  CP_FETCH_ERROR_REDIRECTS,      /* too many redirects */
  CP_FETCH_ERROR_NETWORK,        /* no connection, or it broke off */
} CpFetchError;

GQuark cp_fetch_error_quark (void);

typedef struct
{
  gsize max_bytes;       /* 2 MiB by default */
  guint timeout_seconds; /* for the whole fetch, redirects included */
  guint max_redirects;
} CpFetchLimits;

extern const CpFetchLimits cp_fetch_default_limits;

typedef struct
{
  gboolean  not_modified;   /* 304: the cached copy is current */
  GBytes   *body;           /* NULL when not modified */
  char     *etag;
  char     *last_modified;
  char     *final_url;
} CpFetchResult;

SoupSession   *cp_feed_session_new      (void);

/* Whether @url may be fetched at all: https://, or http:// to loopback. */
gboolean       cp_feed_url_allowed      (const char           *url,
                                         GError              **error);

void           cp_feed_fetch_async      (SoupSession          *session,
                                         const char           *url,
                                         const char           *etag,
                                         const char           *last_modified,
                                         const CpFetchLimits  *limits,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
CpFetchResult *cp_feed_fetch_finish     (GAsyncResult         *result,
                                         GError              **error);
void           cp_fetch_result_free     (CpFetchResult        *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpFetchResult, cp_fetch_result_free)

G_END_DECLS
