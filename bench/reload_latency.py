"""From saving an article to the browser showing the change, with ``sitegen serve``.

    python bench/reload_latency.py [--counts 1000 10000] [--edits 15]

For each collection size: generate the site (bench/corpus.py), start ``sitegen
serve``, open an article in headless Chromium (Debian's chromium, driven by
playwright), then edit the article's title on disk again and again. Each figure
is the time from the write until the page in the browser shows the new title
(polled every 2 ms in the page). Only the page's HTML changed, so the browser
swaps in the new body without a full reload; template or style edits reload.
Targets: median under 150 ms at 1,000 articles and under 300 ms at 10,000.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import generate
from playwright.sync_api import sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SITEGEN = str(Path(sys.executable).parent / "sitegen")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]  # fmt: skip


def start_server(root: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([SITEGEN, "serve", "--port", "0"], cwd=root, text=True,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Serving "):
            return proc, line.split()[1]
    raise RuntimeError("sitegen serve did not start")


def measure(count: int, edits: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root / "content", count, "md")
        (root / "sitegen.toml").write_text('title = "Latency"\n')
        target = root / "content" / "notes" / "article-00004.md"
        date = re.search(r"^date: (\d{4})-(\d{2})", target.read_text(), re.M)
        assert date
        started = time.perf_counter()
        proc, base = start_server(root)
        print(f"  {count} articles: first build and server start "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        times: list[float] = []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_page()
                page.goto(f"{base}{date.group(1)}/{date.group(2)}/article-00004/")
                page.wait_for_timeout(500)  # let the event stream connect
                for n in range(edits):
                    title = f"Edited title number {n}"
                    text = re.sub(r'^title: ".*"$', f'title: "{title}"', target.read_text(),
                                  flags=re.M)  # fmt: skip
                    shown = f"document.querySelector('h1')?.textContent === {title!r}"
                    begin = time.perf_counter()
                    target.write_text(text)
                    page.wait_for_function(shown, polling=2, timeout=30000)
                    times.append(time.perf_counter() - begin)
                    page.wait_for_timeout(200)  # edits a person makes are not back to back
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        return times


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--edits", type=int, default=15)
    a = ap.parse_args()
    for count in a.counts:
        times = sorted(t * 1000 for t in measure(count, a.edits))
        p90 = times[int(0.9 * (len(times) - 1))]
        print(
            f"{count:>6} articles: save to reload median {statistics.median(times):.0f} ms, "
            f"p90 {p90:.0f} ms, min {times[0]:.0f} ms, max {times[-1]:.0f} ms ({len(times)} edits)"
        )


if __name__ == "__main__":
    main()
