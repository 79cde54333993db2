"""``sitegen serve`` in real headless Chromium: live reload, error overlay, deletions."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import article, write_files
from tests.test_cli import SITEGEN

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - reported below
    sync_playwright = None

missing = None if sync_playwright and Path(CHROMIUM).exists() else "playwright or chromium missing"
if missing and os.environ.get("CI"):
    pytest.fail(f"browser tests must run in CI: {missing}", pytrace=False)
pytestmark = pytest.mark.skipif(missing is not None, reason=f"{missing} (install: see .ci/run)")

LONG = "\n\n".join(f"Paragraph {i} of a long article about the harbour." for i in range(80))


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    write_files(
        tmp_path,
        {
            "sitegen.toml": 'title = "Live"\n',
            "content/alpha.md": article(
                "Alpha original", "2024-01-05 10:00", ["harbour"], body=LONG
            ),
            "content/beta.md": article("Beta story", "2024-02-07 10:00", ["harbour"]),
            "content/gamma.md": article("Gamma story", "2024-03-09 10:00", ["other"]),
        },
    )
    proc = subprocess.Popen([SITEGEN, "serve", "--port", "0"], cwd=tmp_path, text=True,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)  # fmt: skip
    url = None
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Serving "):
            url = line.split()[1]
            break
    assert url, "sitegen serve did not start"
    try:
        yield tmp_path, url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser.new_page()
        browser.close()


def test_editing_a_title_reloads_the_page_and_keeps_the_scroll(site, page):
    root, url = site
    page.goto(url + "2024/01/alpha/")
    assert page.locator("h1").inner_text() == "Alpha original"
    page.evaluate("window.scrollTo(0, 600)")
    page.wait_for_function("window.scrollY >= 600")
    (root / "content/alpha.md").write_text(
        article("Alpha edited", "2024-01-05 10:00", ["harbour"], body=LONG)
    )
    page.wait_for_function(
        "document.querySelector('h1').textContent === 'Alpha edited'", timeout=15000
    )
    page.wait_for_function("Math.abs(window.scrollY - 600) < 5", timeout=5000)


def test_a_broken_template_shows_an_overlay_until_fixed(site, page):
    root, url = site
    page.goto(url + "2024/02/beta/")
    broken = root / "templates/article.html"
    write_files(
        root,
        {
            "templates/article.html": '{% extends "base.html" %}{% block main %}{% if %}{% endblock %}'
        },
    )
    overlay = page.locator("#sitegen-error")
    overlay.wait_for(state="visible", timeout=15000)
    assert "article.html" in overlay.inner_text()
    assert page.locator("h1").inner_text() == "Beta story"  # the last good page stays
    broken.unlink()
    overlay.wait_for(state="detached", timeout=15000)
    assert page.locator("h1").inner_text() == "Beta story"


def test_a_deleted_article_leaves_its_tag_page(site, page):
    root, url = site
    page.goto(url + "tag/harbour/")
    assert "Beta story" in page.content()
    (root / "content/beta.md").unlink()
    page.wait_for_function("!document.body.textContent.includes('Beta story')", timeout=15000)
    assert "Alpha original" in page.content()


def test_a_style_change_reloads_the_whole_page(site, page):
    root, url = site
    page.goto(url + "2024/02/beta/")
    page.wait_for_timeout(500)  # let the event stream connect
    before = page.evaluate("performance.timeOrigin")
    write_files(
        root,
        {
            "static/extra.css": "body { color: rgb(1, 2, 3); }",
            "templates/base.html": '{% extends "default/base.html" %}{% block head %}'
            '<link rel="stylesheet" href="{{ url(\'extra.css\') }}">{% endblock %}',
        },
    )
    page.wait_for_function(f"performance.timeOrigin !== {before}", timeout=15000)
    page.wait_for_function(
        "getComputedStyle(document.body).color === 'rgb(1, 2, 3)'", timeout=15000
    )


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """A folder served over HTTP on a free port (its address)."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@contextmanager
def built(site: Path) -> Iterator[str]:
    """The site built by the installed command and served over HTTP (its address)."""
    subprocess.run([SITEGEN, "build"], cwd=site, check=True, capture_output=True)
    with served(site / "public") as address:
        yield address


def test_a_long_url_or_word_never_widens_the_page_on_a_phone(tmp_path, page):
    """At 390 px (a phone), an article with an unbroken URL and a long word scrolls
    only downwards: the text wraps inside the column."""
    url = "https://example.org/" + "a-very-long-path-segment-" * 12 + "end"
    write_files(tmp_path, {
        "sitegen.toml": 'title = "Narrow"\n',
        "content/long.md": article("Long words", "2024-01-05 10:00", ["harbour"],
                                   body=f"See {url} and <{url}>.\n\n" + "Donau" * 30),
    })  # fmt: skip
    with built(tmp_path) as address:
        page.set_viewport_size({"width": 390, "height": 800})
        page.goto(f"{address}2024/01/long/")
        assert page.evaluate("getComputedStyle(document.body).margin") == "0px"  # styled
        assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_footer_stays_at_the_bottom_of_a_short_page(tmp_path, page):
    write_files(tmp_path, {"sitegen.toml": 'title = "Short"\n',
                           "content/a.md": article("A", "2024-01-05 10:00")})  # fmt: skip
    with built(tmp_path) as address:
        page.set_viewport_size({"width": 1280, "height": 1200})
        page.goto(f"{address}404.html")
        bottom = page.evaluate("document.querySelector('footer').getBoundingClientRect().bottom")
        assert abs(bottom - 1200) <= 1  # not floating mid-screen
        width = page.evaluate("document.querySelector('main').getBoundingClientRect().width")
        assert width > 600  # the column keeps its measure


@pytest.fixture
def bundled(tmp_path: Path) -> Iterator[str]:
    """The repository's own site (content and settings), built and served over HTTP."""
    from tests.conftest import REPO

    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "sitegen.toml", tmp_path / "sitegen.toml")
    with built(tmp_path) as address:
        yield address


def test_the_menu_marks_the_current_page_and_the_current_section(bundled, page):
    page.goto(bundled)
    page.get_by_role("navigation", name="Site").get_by_role("link", name="About").click()
    page.wait_for_url("**/about/")
    current = page.locator('nav[aria-label="Site"] a[aria-current="page"]')
    assert current.inner_text() == "About"
    assert page.evaluate("getComputedStyle(document.querySelector("
                         "'nav a[aria-current=page]')).fontWeight") == "600"  # fmt: skip
    page.goto(bundled + "2024/05/lisbon/")  # an article of the travel section
    section = page.locator('nav[aria-label="Site"] a[aria-current="true"]')
    assert section.inner_text() == "Travel"
    assert page.locator('nav[aria-label="Site"] a[aria-current="page"]').count() == 0


def test_the_contents_lead_to_their_headings_and_each_heading_shows_its_link(bundled, page):
    page.set_viewport_size({"width": 1280, "height": 400})
    page.goto(bundled + "2025/03/ein-tag-in-dresden/")  # three headings: a contents list
    first = page.locator("nav.toc a").first
    assert page.locator("nav.toc a").count() == 3
    ident = first.get_attribute("href")
    heading = page.locator(f"h2{ident}")
    assert heading.bounding_box()["y"] > 400  # below the fold
    first.click()
    page.wait_for_function(f"location.hash === {ident!r}")
    assert 0 <= heading.bounding_box()["y"] < 60  # the heading is at the top of the window
    anchor = heading.locator("a.anchor")
    page.mouse.move(5, 395)
    page.wait_for_function("a => getComputedStyle(a).opacity === '0'", arg=anchor.element_handle())
    heading.hover()
    page.wait_for_function("a => getComputedStyle(a).opacity === '1'", arg=anchor.element_handle())
    assert anchor.get_attribute("href") == ident


def test_a_german_article_speaks_german(bundled, page):
    page.goto(bundled + "2025/03/ein-tag-in-dresden/")
    assert page.evaluate("document.documentElement.lang") == "de"
    page.keyboard.press("Tab")  # the skip link is the first stop, in the page's language
    assert page.evaluate("document.activeElement.textContent") == "Zum Inhalt springen"
    assert "Samstag, 8. März 2025" in page.locator(".byline time").inner_text()
    assert page.locator("ul.tags").get_attribute("aria-label") == "Schlagwörter"


PAGE_KINDS = ["", "page/2/", "2024/05/lisbon/", "2017/10/raqqa/", "about/", "tags/",
              "tag/travel/", "sections/", "section/travel/", "authors/",
              "author/mara-lindqvist/", "archives/", "2025/", "2025/03/", "404.html",
              "2024/03/markdown-tables-and-footnotes/", "2025/03/ein-tag-in-dresden/",
              "search/?q=ferry", "colophon/"]  # fmt: skip


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_page_of_the_bundled_site_scrolls_sideways_on_a_phone(bundled, page, scheme):
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(color_scheme=scheme)
    for path in PAGE_KINDS:
        response = page.goto(bundled + path)
        assert response is not None and (response.ok or path == "404.html"), path
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"/{path} is {width} px wide at 390 px ({scheme})"
