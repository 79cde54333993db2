"""Every internal link of the bundled site reaches a file, at the root and under a sub-path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen.build import build
from sitegen.config import load_config
from tests.conftest import REPO
from tests.linkcheck import broken_links


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bundled")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "sitegen.toml", root / "sitegen.toml")
    return root


@pytest.mark.parametrize(
    "base_url, base_path",
    [
        ("/", "/"),
        ("https://user.github.io/repo/", "/repo/"),
    ],
)
def test_bundled_site_has_no_broken_internal_link(bundled, base_url, base_path):
    cfg = load_config(bundled / "sitegen.toml", base_url=base_url)
    result = build(cfg)
    assert not result.errors
    pages = list(cfg.output_path.rglob("*.html"))
    assert len(pages) > 50
    assert broken_links(cfg.output_path, base_path) == []
    home = (cfg.output_path / "index.html").read_text()
    assert f'href="{base_path}theme/style.css"' in home


def test_a_site_without_authors_archives_and_related_links_to_none(bundled, tmp_path):
    """``disable_kinds``: the pages are not built, and no page links to them (bylines name
    the authors without a link, the menu and the 404 page leave Archives out); switched
    back on, the next build of the same output has them again."""
    site = tmp_path / "site"
    shutil.copytree(bundled / "content", site / "content")
    settings = (bundled / "sitegen.toml").read_text()
    (site / "sitegen.toml").write_text(
        'disable_kinds = ["authors", "archives", "related"]\n' + settings)
    cfg = load_config(site / "sitegen.toml")
    result = build(cfg)
    assert not result.errors
    # the bundled menu links to /archives/: that entry goes, with a warning naming it
    assert [w.message for w in result.warnings if "menu entry" in w.message] == [
        "menu entry 5: '/archives/' is a page of the 'archives' kind, which disable_kinds "
        "leaves out; the entry is left out"]
    out = cfg.output_path
    assert broken_links(out, "/") == []
    assert not (out / "authors").exists() and not (out / "author").exists()
    assert not (out / "archives").exists() and not list(out.glob("[12][0-9][0-9][0-9]/index.html"))
    pages = [p.read_text() for p in out.rglob("*.html")]
    assert not any('href="/author/' in p or 'href="/archives/' in p for p in pages)
    assert not any('class="related"' in p for p in pages)
    byline = (out / "index.html").read_text()
    assert '<span class="author">' in byline and 'rel="author"' not in byline

    (site / "sitegen.toml").write_text(settings)
    result = build(load_config(site / "sitegen.toml"))
    assert not result.errors and broken_links(out, "/") == []
    assert (out / "authors" / "index.html").is_file() and (out / "archives" / "index.html").is_file()
    assert any('class="related"' in p.read_text() for p in out.rglob("*.html"))


def test_link_checker_catches_a_broken_link(tmp_path):
    (tmp_path / "index.html").write_text('<a href="/missing/">x</a><img src="/repo/ok.png">')
    (tmp_path / "ok.png").write_bytes(b"png")
    assert broken_links(tmp_path, "/repo/") == ["index.html -> /missing/"]


@given(st.text(st.sampled_from("aZ09_.~/#?=&%-é €\"<'+:@!")))
def test_a_link_is_quoted_as_urllib_quotes_it(url):
    from urllib.parse import quote

    from sitegen.routes import quoted

    assert quoted(url) == quote(url, safe="/#?=&%")
