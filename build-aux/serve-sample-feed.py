#!/usr/bin/env python3
"""Serve data/feeds/sample.json on http://127.0.0.1:PORT/sample.json for a demo of feed refresh.

    ./build-aux/serve-sample-feed.py [PORT]      (default 8765)
    _build/src/cli/certpath-cli feed fetch http://127.0.0.1:8765/sample.json

Sends an ETag and answers 304 to a matching If-None-Match, as a real server would. Listens on the
loopback address only; Certpath accepts plain http:// only there.
"""
import hashlib
import http.server
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "feeds")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = os.path.join(ROOT, os.path.basename(self.path))
        if not os.path.isfile(path):
            self.send_error(404)
            return
        body = open(path, "rb").read()
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    print(f"Serving {ROOT} on http://127.0.0.1:{port}/ (Ctrl+C to stop)")
    http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()
