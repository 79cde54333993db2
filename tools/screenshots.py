"""Screenshots of every page kind of a built site, at a desktop and a phone width, light
and dark, for looking at the theme after a change.

    python tools/screenshots.py [SITE_OUTPUT] [--out FOLDER]

Serves the output folder (default: ./public) on a free port and saves one PNG per page
kind, width and colour scheme with Chromium (playwright), full page.
"""

from __future__ import annotations

import argparse
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {"home": "", "article": "2024/05/lisbon/", "german": "2025/03/ein-tag-in-dresden/",
         "saved": "2017/10/raqqa/", "page": "about/", "tags": "tags/", "tag": "tag/travel/",
         "section": "section/travel/", "authors": "authors/", "archives": "archives/",
         "year": "2025/", "notfound": "404.html"}  # fmt: skip
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("site", nargs="?", default="public", type=Path)
    ap.add_argument("--out", default="screenshots", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    handler = partial(Quiet, directory=str(args.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for width in (1280, 390):
            for scheme in ("light", "dark"):
                page = browser.new_page(viewport={"width": width, "height": 900},
                                        color_scheme=scheme)  # fmt: skip
                for name, path in PAGES.items():
                    page.goto(base + path)
                    page.screenshot(path=args.out / f"{name}-{width}-{scheme}.png", full_page=True)
                page.close()
        browser.close()
    server.shutdown()
    print(f"{len(PAGES) * 4} screenshots in {args.out}")


if __name__ == "__main__":
    main()
