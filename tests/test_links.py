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


def test_link_checker_catches_a_broken_link(tmp_path):
    (tmp_path / "index.html").write_text('<a href="/missing/">x</a><img src="/repo/ok.png">')
    (tmp_path / "ok.png").write_bytes(b"png")
    assert broken_links(tmp_path, "/repo/") == ["index.html -> /missing/"]


@given(st.text(st.sampled_from("aZ09_.~/#?=&%-é €\"<'+:@!")))
def test_a_link_is_quoted_as_urllib_quotes_it(url):
    from urllib.parse import quote

    from sitegen.routes import quoted

    assert quoted(url) == quote(url, safe="/#?=&%")
