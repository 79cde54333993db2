"""What full-text search costs: index time and size, and the bytes one query downloads.

    python bench/search_index.py [--counts 1000 10000]

For each size: a generated collection (bench/corpus.py) is built without search, then
indexed as a build does it (``sitegen.search.update``: Pagefind, then the bundle made
deterministic and put in place), timed; the index's size on disk and file count; then
headless Chromium opens the search page, searches one word, and the bytes it fetched
from ``pagefind/`` (the script, the WebAssembly, the index chunks, the fragments of the
results shown) are added up.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from corpus import generate

from sitegen import search
from sitegen.build import build
from sitegen.config import load_config

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def query_bytes(site: Path, word: str) -> tuple[int, int]:
    """Bytes fetched from pagefind/ for one search, and the number of results shown."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium") or
                                        "/usr/bin/chromium", args=ARGS)  # fmt: skip
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/search/?q={word}")
            page.locator(".pagefind-ui__result-link").first.wait_for(timeout=30000)
            page.wait_for_timeout(1000)  # the rest of the first results' fragments
            fetched = page.evaluate("performance.getEntriesByType('resource')"
                                    ".filter(r => r.name.includes('/pagefind/'))"
                                    ".reduce((n, r) => n + r.encodedBodySize, 0)")  # fmt: skip
            shown = page.locator(".pagefind-ui__result").count()
            browser.close()
    finally:
        server.shutdown()
    return int(fetched), shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--word", default="harbour")
    a = ap.parse_args()
    print("| articles | index s | index MiB | index files | bytes for one query | results shown |")
    print("|---|---|---|---|---|---|")
    for count in a.counts:
        with tempfile.TemporaryDirectory(prefix="sitegen-search-") as tmp:
            root = Path(tmp)
            generate(root / "content", count, "md")
            (root / "sitegen.toml").write_text('title = "Bench"\n')
            cfg = load_config(root / "sitegen.toml")
            build(cfg, index=False)
            started = time.perf_counter()
            search.update(cfg)
            seconds = time.perf_counter() - started
            files = [p for p in (cfg.output_path / "pagefind").rglob("*") if p.is_file()]
            size = sum(p.stat().st_size for p in files) / 2**20
            fetched, shown = query_bytes(cfg.output_path, a.word)
            print(f"| {count:,} | {seconds:.1f} | {size:.1f} | {len(files):,} | "
                  f"{fetched / 1024:.0f} KiB | {shown} |", flush=True)


if __name__ == "__main__":
    main()
