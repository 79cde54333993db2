"""The preview server: static files from the output folder, plus a live-reload channel.

Only files under the output folder are ever sent. HTML responses get a small
script (never written to disk) that listens on a Server-Sent Events stream and
reloads the page, keeping its scroll position, after each rebuild, or shows an
overlay while the last rebuild failed.
"""

from __future__ import annotations

import contextlib
import json
import mimetypes
import posixpath
import queue
import selectors
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sitegen.live import LiveSite, Status

EVENTS = "__sitegen/events"
KEEPALIVE = 15.0  # seconds between comments that keep idle event streams open
TYPES = {
    ".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml",
    ".woff2": "font/woff2", ".woff": "font/woff", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp", ".ico": "image/x-icon",
}  # fmt: skip

LIVE_JS = """\
((base, version) => {
  const key = "sitegen-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    const restore = () => window.scrollTo(0, Number(saved));
    restore();
    addEventListener("load", restore);
  }
  const reload = () => {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  };
  const overlay = (message) => {
    let box = document.getElementById("sitegen-error");
    if (!message) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "sitegen-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;z-index:2147483647;" +
        "background:#2b0b0b;color:#ffdede;border:2px solid #ff6b6b;border-radius:8px;" +
        "padding:1rem 1.25rem;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;" +
        "white-space:pre-wrap;max-height:50vh;overflow:auto;box-shadow:0 8px 30px #0008";
      document.body.appendChild(box);
    }
    box.textContent = "sitegen: the last rebuild failed\\n\\n" + message;
  };
  // what in a head changes how the page looks or runs (meta tags do not)
  const code = "script:not([type='application/ld+json'])";
  const resources = (head) => [...head.querySelectorAll(`link[rel~=stylesheet], style, ${code}`)]
    .map((e) => e.outerHTML).join("");
  // Only the page's HTML changed: fetch it and swap the body in place (the scroll stays,
  // nothing else is fetched again). Anything more (styles, scripts in the page): reload.
  const swap = async () => {
    const response = await fetch(location.href, { cache: "no-store" });
    if (!response.ok) return reload();
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    fresh.getElementById("sitegen-live")?.remove();
    if (resources(fresh.head) !== resources(document.head) || fresh.body.querySelector(code)) {
      return reload();
    }
    document.title = fresh.title;
    document.body.replaceWith(fresh.body);
  };
  const here = () => {
    const path = decodeURIComponent(location.pathname).slice(base.length);
    return path === "" || path.endsWith("/") ? path + "index.html" : path;
  };
  const source = new EventSource(base + "__sitegen/events");
  source.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (state.error) { overlay(state.error); return; }
    overlay(null);
    if (state.version === version) return;
    version = state.version;
    const changed = state.changed;
    // feeds, sitemaps and the like never change how a page looks
    const inert = (path) => /\\.(html|xml|txt|json)$/.test(path);
    if (changed === null || !changed.every(inert)) return reload();
    if (changed.includes(here())) swap().catch(reload);
  });
})(BASE, VERSION);
"""


def inject(page: bytes, base: str, version: int) -> bytes:
    """The reload script, inline (one request fewer on every reload), before </body>."""
    code = LIVE_JS.replace("BASE, VERSION", f"{json.dumps(base)}, {version}")
    tag = f'<script id="sitegen-live">\n{code}</script>'.encode()
    at = page.rfind(b"</body>")
    return page[:at] + tag + page[at:] if at >= 0 else page + tag


def safe_path(root: Path, rel: str) -> Path | None:
    """The file under ``root`` that ``rel`` (already percent-decoded) names, or None.

    Refuses "..", absolute paths, backslashes, NUL, and symlinks that lead outside.
    """
    if "\x00" in rel or "\\" in rel or rel.startswith("/"):
        return None
    parts = rel.split("/")
    if any(part in ("..", ".") for part in parts):
        return None
    target = (root / posixpath.normpath(rel)) if rel else root
    try:
        resolved = target.resolve()
    except OSError:
        return None
    return resolved if resolved.is_relative_to(root.resolve()) else None


class Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms ACK wait

    def log_message(self, format: str, *args: object) -> None:
        pass  # the terminal shows rebuilds, not every request

    def handle(self) -> None:
        """One request per turn: a kept-alive connection then waits for its next request
        in the server's selector, holding no thread (``PreviewServer.park``)."""
        self.close_connection = True
        self.handle_one_request()

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        base = self.server.base_path
        path = urlsplit(self.path).path
        if path == base + EVENTS:
            return self._events()
        if not path.startswith(base):
            if path.rstrip("/") == base.rstrip("/") or path == "/":
                return self._redirect(base)
            return self._not_found(head)
        rel = unquote(path[len(base) :])
        target = safe_path(self.server.root, rel)
        if target is None:
            return self._not_found(head)
        if target.is_dir():
            if not path.endswith("/"):
                return self._redirect(path + "/")
            target = target / "index.html"
        if not target.is_file():
            return self._not_found(head)
        body = target.read_bytes()
        kind = TYPES.get(target.suffix.lower()) or mimetypes.guess_type(target.name)[0]
        kind = kind or "application/octet-stream"
        if target.suffix.lower() == ".html" and self.server.live is not None:
            body = inject(body, base, self.server.live.state.version)
        self._send(HTTPStatus.OK, body, kind, head)

    def _not_found(self, head: bool) -> None:
        page = self.server.root / "404.html"
        body = page.read_bytes() if page.is_file() else b"<h1>Not found</h1>"
        if self.server.live is not None:
            body = inject(body, self.server.base_path, self.server.live.state.version)
        self._send(HTTPStatus.NOT_FOUND, body, TYPES[".html"], head)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, body: bytes, kind: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _events(self) -> None:
        """Open an event stream: the headers and the current state are sent here, then
        the socket is handed to the server's one broadcaster thread (``Streams``), so an
        open page holds no thread of its own."""
        live = self.server.live
        if live is None:
            return self._not_found(head=False)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        self.server.streams.add(self.request)


MAX_LISTED = 2000  # a rebuild changing more pages than this tells browsers to reload


def _changed(state: Status) -> list[str] | None:
    if state.changed is None or len(state.changed) > MAX_LISTED:
        return None
    return sorted(state.changed)


def event(state: Status) -> bytes:
    data = json.dumps({"version": state.version, "error": state.error,
                       "changed": _changed(state)})  # fmt: skip
    return f"event: state\ndata: {data}\n\n".encode()


class Streams:
    """Every open page's event stream, served by one thread: each rebuild is sent to all,
    and a comment every ``KEEPALIVE`` seconds keeps idle streams open. A stream that
    cannot take a message within ``SEND_TIMEOUT`` is closed (the page reconnects)."""

    SEND_TIMEOUT = 5.0

    def __init__(self, live: LiveSite, stopping: threading.Event):
        self.live = live
        self.stopping = stopping
        self.lock = threading.Lock()
        self.sockets: list[socket.socket] = []
        self.thread = threading.Thread(target=self._run, name="sitegen-events", daemon=True)
        self.thread.start()

    def add(self, sock: socket.socket) -> None:
        """Take over an open stream, first telling it the current state."""
        sock.settimeout(self.SEND_TIMEOUT)
        with self.lock:
            if self._send(sock, event(self.live.state)):
                self.sockets.append(sock)

    def owns(self, sock: socket.socket) -> bool:
        with self.lock:
            return sock in self.sockets

    def _send(self, sock: socket.socket, data: bytes) -> bool:
        try:
            sock.sendall(data)
            return True
        except OSError:
            with contextlib.suppress(OSError):
                sock.close()
            return False

    def _run(self) -> None:
        state = self.live.state
        while not self.stopping.is_set():
            current = self.live.wait(state, KEEPALIVE)
            if self.stopping.is_set():
                break
            data = b": keepalive\n\n" if current == state else event(current)
            state = current
            with self.lock:
                self.sockets = [s for s in self.sockets if self._send(s, data)]
        self.close()

    def close(self) -> None:
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                    sock.close()
            self.sockets = []


class PreviewServer(ThreadingHTTPServer):
    """A request is served by one of a bounded pool of threads. Between requests, and
    before its first, a connection waits in one selector thread, holding no thread of
    its own; one idle for ``IDLE_TIMEOUT`` seconds is closed. The listen queue holds
    bursts of hundreds of connects."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024  # the listen backlog: hundreds of connects at once wait no time
    WORKERS = 32
    IDLE_TIMEOUT = 10.0

    def __init__(self, address: tuple[str, int], root: Path, base_path: str = "/",
                 live: LiveSite | None = None):  # fmt: skip
        self.root = root
        self._base_path = base_path
        self.live = live
        self.stopping = threading.Event()
        self._serving = False  # serve_forever is running
        self.pool = ThreadPoolExecutor(self.WORKERS, thread_name_prefix="sitegen-http")
        self.streams = Streams(live, self.stopping) if live is not None else None
        self._parked: queue.SimpleQueue[tuple[Any, Any]] = queue.SimpleQueue()
        self._wake_r, self._wake_w = socket.socketpair()
        self._idle = threading.Thread(target=self._wait_idle, name="sitegen-idle", daemon=True)
        super().__init__(address, Handler)
        self._idle.start()

    @property
    def base_path(self) -> str:
        """The site's sub-path, as its config says now (an edited config may move it)."""
        return self.live.config.base_path if self.live is not None else self._base_path

    def process_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(self.IDLE_TIMEOUT)  # for a client that stalls mid-request
        self.park(request, client_address)

    def park(self, request: Any, client_address: Any) -> None:
        """Wait for the connection's next request without a thread."""
        self._parked.put((request, client_address))
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")

    def _wait_idle(self) -> None:
        chooser = selectors.DefaultSelector()
        chooser.register(self._wake_r, selectors.EVENT_READ)
        since: dict[Any, float] = {}
        while not self.stopping.is_set():
            for key, _ in chooser.select(timeout=1.0):
                if key.fileobj is self._wake_r:
                    with contextlib.suppress(OSError):
                        self._wake_r.recv(4096)
                    continue
                chooser.unregister(key.fileobj)
                since.pop(key.fileobj, None)
                self.pool.submit(self._process, key.fileobj, key.data)
            while not self._parked.empty():
                request, address = self._parked.get()
                try:
                    chooser.register(request, selectors.EVENT_READ, address)
                except (ValueError, OSError):
                    continue  # closed meanwhile
                since[request] = time.monotonic()
            expired = time.monotonic() - self.IDLE_TIMEOUT
            for request in [r for r, t in since.items() if t < expired]:
                chooser.unregister(request)
                del since[request]
                self.shutdown_request(request)
        for request in since:
            self.shutdown_request(request)
        chooser.close()

    def _process(self, request: Any, client_address: Any) -> None:
        handler = None
        try:
            handler = Handler(request, client_address, self)
        except Exception:
            self.handle_error(request, client_address)
        if self.streams is not None and self.streams.owns(request):
            return  # an event stream: the broadcaster has it now
        if handler is None or handler.close_connection or self.stopping.is_set():
            self.shutdown_request(request)
        else:
            self.park(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away or timed out: nothing to report

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        if self.stopping.is_set():
            return  # stopped before it started
        try:
            self._serving = True
            super().serve_forever(poll_interval)
        finally:
            self._serving = False

    def stop(self) -> None:
        """Stop serving; from another thread, or after a Ctrl-C or kill ended the loop in
        this one (even one that came before the loop began: ``shutdown`` would wait for a
        loop that never runs)."""
        self.stopping.set()
        if self.live is not None:
            with self.live.changed:
                self.live.changed.notify_all()
        if self._serving:
            self.shutdown()
        self.server_close()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")
        self._idle.join(timeout=5)
        if self.streams is not None:
            self.streams.close()
        self.pool.shutdown(wait=False, cancel_futures=True)
