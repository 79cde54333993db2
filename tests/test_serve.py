"""The preview server over real HTTP: what it serves, and what it never serves."""

from __future__ import annotations

import http.client
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitegen.serve import PreviewServer
from tests.conftest import article, write_files


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    root = tmp_path / "out"
    write_files(
        root,
        {
            "index.html": "<html><body><h1>Home</h1></body></html>",
            "404.html": "<html><body><h1>Lost</h1></body></html>",
            "2017/10/slug/index.html": "<html><body>Article</body></html>",
            "feed.xml": "<feed/>",
            "theme/style.css": "body{}",
            "theme/app.js": "1",
            "img/logo.svg": "<svg/>",
            "fonts/a.woff2": b"wOF2",
        },
    )
    (tmp_path / "secret.txt").write_text("outside")
    os.symlink(tmp_path / "secret.txt", root / "leak.txt")
    server = PreviewServer(("127.0.0.1", 0), root, "/")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, server.server_address[1]
    server.stop()


def request(port: int, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/theme/../../secret.txt",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/leak.txt",
        "/..%2fsecret.txt",
        "/.%2e/secret.txt",
        "/%00index.html",
        "/theme%5c..%5c..%5csecret.txt",
    ],
)
def test_nothing_outside_the_output_folder(served, path):
    _, port = served
    status, _, body = request(port, path)
    assert status == 404 and b"outside" not in body
    assert b"Lost" in body  # the site's own 404 page


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/feed.xml", "application/xml"),
        ("/theme/style.css", "text/css"),
        ("/theme/app.js", "text/javascript"),
        ("/img/logo.svg", "image/svg+xml"),
        ("/fonts/a.woff2", "font/woff2"),
        ("/", "text/html"),
    ],
)
def test_content_types(served, path, kind):
    status, headers, _ = request(served[1], path)
    assert status == 200 and headers["content-type"].startswith(kind)


def test_pretty_urls_head_and_missing_pages(served):
    _, port = served
    status, _, body = request(port, "/2017/10/slug/")
    assert status == 200 and b"Article" in body
    status, headers, _ = request(port, "/2017/10/slug")
    assert status == 301 and headers["location"] == "/2017/10/slug/"
    status, headers, body = request(port, "/feed.xml", "HEAD")
    assert status == 200 and body == b"" and headers["content-length"] == "7"
    status, _, body = request(port, "/no/such/page/")
    assert status == 404 and b"Lost" in body


def test_sub_path_like_the_deployed_site(tmp_path):
    root = tmp_path / "out"
    write_files(root, {"index.html": "<body>Home</body>", "404.html": "<body>Lost</body>"})
    server = PreviewServer(("127.0.0.1", 0), root, "/repo/")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        assert request(port, "/repo/")[0] == 200
        status, headers, _ = request(port, "/")
        assert status == 301 and headers["location"] == "/repo/"
        assert request(port, "/index.html")[0] == 404
    finally:
        server.stop()


def test_live_pages_get_the_reload_script_but_files_on_disk_do_not(tmp_path):
    from sitegen.config import load_config
    from sitegen.live import LiveSite

    write_files(tmp_path, {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    config = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "live"))
    live = LiveSite(tmp_path / "sitegen.toml", config, config.output_path, False)
    live.build_all()
    server = PreviewServer(("127.0.0.1", 0), live.output, "/", live)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        status, _, body = request(server.server_address[1], "/2024/01/a/")
        assert status == 200 and b'<script id="sitegen-live">' in body
        assert b'new EventSource(base + "__sitegen/events")' in body and b'})("/", 1);' in body
        assert b"sitegen-live" not in (config.output_path / "2024/01/a/index.html").read_bytes()
    finally:
        server.stop()


def test_port_in_use_is_a_clear_message(tmp_path):
    import socket

    from tests.test_cli import run

    write_files(tmp_path, {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run("serve", "--port", str(port), cwd=tmp_path)
    assert done.returncode == 1 and f"port {port} on 127.0.0.1 is already in use" in done.stderr


def test_ctrl_c_stops_the_server_cleanly(tmp_path):
    import signal
    import subprocess

    from tests.test_cli import SITEGEN

    write_files(tmp_path, {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    # as from a terminal, whatever ran the tests: a shell's background job ignores SIGINT,
    # and so would the server it starts
    proc = subprocess.Popen([SITEGEN, "serve", "--port", "0"], cwd=tmp_path, text=True,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Serving "):
            port = int(line.split()[1].rsplit(":", 1)[1].split("/")[0])
            break
    assert request(port, "/")[0] == 200
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=15) == 0
    assert "Stopped." in proc.stderr.read()
    assert not (tmp_path / "public").exists()  # the preview never touched the output folder


def test_a_server_stopped_before_it_served_stops_at_once(tmp_path):
    """A Ctrl-C or kill can land between opening the socket and serving: stopping then
    must not wait for a loop that never ran (it hung the server before)."""
    write_files(tmp_path, {"public/index.html": "<p>hi</p>"})
    server = PreviewServer(("127.0.0.1", 0), tmp_path / "public")
    stopper = threading.Thread(target=server.stop)
    stopper.start()
    stopper.join(timeout=10)
    assert not stopper.is_alive()
    server.serve_forever()  # after a stop it returns at once, never serving


def test_kill_stops_the_server_and_the_search_index_it_was_making(tmp_path):
    """``kill`` (SIGTERM) stops like Ctrl-C, even while Pagefind indexes the first build:
    no Pagefind left running, no preview folder or index work folder left behind."""
    import signal
    import subprocess
    import time

    from tests.test_cli import SITEGEN

    write_files(tmp_path / "site", {"sitegen.toml": 'title = "T"\n', **{
        f"content/a{i}.md": article(f"A {i}", "2024-01-01", body="Ferry words. " * 200)
        for i in range(300)}})  # fmt: skip
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc = subprocess.Popen([SITEGEN, "serve", "--port", "0"], cwd=tmp_path / "site",
                            text=True, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            env={**os.environ, "TMPDIR": str(scratch)})  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Serving "):
            break
    proc.send_signal(signal.SIGTERM)  # the index of the first build is being made
    code, said = proc.wait(timeout=30), proc.stderr.read()
    assert code == 0 and "Stopped." in said, said
    time.sleep(0.5)  # a Pagefind left behind would go on writing its work folder
    assert list(scratch.iterdir()) == [], said
    assert list((tmp_path / "site/.sitegen-cache").glob("search-*")) == [], said
    found = subprocess.run(["pgrep", "-af", str(tmp_path)], capture_output=True, text=True)
    assert found.stdout == "", said


def test_a_thousand_idle_sockets_and_two_hundred_open_pages_hold_few_threads(tmp_path):
    """Idle connections wait in one selector, event streams in one broadcaster: the
    threads stay bounded, requests are served meanwhile, and every open page hears of
    a rebuild. Idle connections are closed after the idle timeout."""
    import socket
    import time
    from concurrent.futures import ThreadPoolExecutor

    from sitegen.config import load_config
    from sitegen.live import LiveSite

    write_files(tmp_path, {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    cfg = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "live"))
    live = LiveSite(tmp_path / "sitegen.toml", cfg, tmp_path / "live", drafts=False)
    live.build_all()
    server = PreviewServer(("127.0.0.1", 0), live.output, "/", live)
    server.IDLE_TIMEOUT = 3.0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    baseline = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(1000)]
    streams = []
    try:
        with ThreadPoolExecutor(30) as clients:  # served while a thousand sockets idle
            statuses = list(clients.map(lambda _: request(port, "/")[0], range(300)))
        assert statuses == [200] * 300
        for _ in range(200):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: x\r\n\r\n")
            streams.append((sock, sock.makefile("rb")))
        for _, reader in streams:  # each is told the current state first
            while not reader.readline().startswith(b"data: "):
                pass
        assert threading.active_count() - baseline <= PreviewServer.WORKERS + 3
        write_files(tmp_path, {"content/a.md": article("A, edited", "2024-01-01")})
        version = live.on_change({tmp_path / "content/a.md"}).version
        for _, reader in streams:  # every open page hears of the rebuild
            line = reader.readline()
            while not line.startswith(b"data: "):
                line = reader.readline()
            assert f'"version": {version}'.encode() in line
        time.sleep(server.IDLE_TIMEOUT + 1.5)
        for sock in idle[:50]:  # closed by the server after the idle timeout
            sock.settimeout(5)
            assert sock.recv(1) == b""
    finally:
        for sock in idle:
            sock.close()
        for sock, reader in streams:
            reader.close()
            sock.close()
        server.stop()
