"""Saved web pages in the content folder become clean articles on the site."""

from __future__ import annotations

import json
import re
import shutil

from sitegen.build import build
from sitegen.config import load_config
from tests.conftest import REPO
from tests.saved.pages import PARAGRAPHS, news_page, unsafe_markup


def body_of(page: str) -> str:
    return page.split('<div class="body">')[1].split("</div>")[0]


def test_saved_page_becomes_an_article(site):
    out, result = site({"content/clips/railway-path.html": news_page()})
    assert not result.problems, result.problems
    page = (out / "2024/05/railway-path/index.html").read_text()
    assert "<h1>Old railway line to become a cycle path</h1>" in page
    assert 'datetime="2024-05-07T09:15:00+02:00"' in page  # the page's own zone
    assert ">Sam Okafor</a>" in page
    body = body_of(page)
    assert [p for p in re.findall(r"<p>(.*?)</p>", body)] == PARAGRAPHS
    assert unsafe_markup(body) == []
    source = "https://fenwickherald.example/news/2024/05/railway-path"
    assert f'Originally published at <a href="{source}">Fenwick Herald</a>' in page
    ld = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["isBasedOn"] == source


def test_page_without_an_article_is_skipped_with_a_warning(site, tmp_path):
    index = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    out, result = site({"content/index-page.html": index, "content/ok.htm": news_page()})
    assert result.errors == []
    assert [str(p) for p in result.warnings] == [
        f"{tmp_path / 'content/index-page.html'}: warning: no article found in this saved page"
        " (an index page, a login wall?): skipped"
    ]
    assert (out / "2024/05/ok/index.html").is_file()
    assert len(result.articles) == 1


def test_pictures_saved_with_the_page_are_published_beside_it(site):
    files = {
        "content/clips/path.html": news_page(inside="").replace(
            '<div class="article-body">',
            '<div class="article-body"><figure><img src="path_files/bridge.svg" alt="Bridge">'
            "<figcaption>The bridge at Ashby will carry the path.</figcaption></figure>",
        ),
        "content/clips/path_files/bridge.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
    }
    out, result = site(files)
    assert not result.problems, result.problems
    page = (out / "2024/05/path/index.html").read_text()
    assert '<img src="path_files/bridge.svg" alt="Bridge">' in page  # the lead image
    assert "<figcaption>The bridge at Ashby will carry the path.</figcaption>" in page
    assert (out / "2024/05/path/path_files/bridge.svg").is_file()


def test_a_windows_1252_page_reads_without_mojibake(site):
    first = (
        "Café owners say the path will bring “many more” visitors, and one has already"
        " ordered new bike racks for the façade of her shop on the square."
    )
    paras = [first, *PARAGRAPHS]
    declared = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    data = news_page(paras, charset=declared).encode("cp1252")
    out, result = site({"content/cafe.html": data})
    assert not result.problems
    assert paras[0] in (out / "2024/05/cafe/index.html").read_text()


def test_the_bundled_saved_pages_build_clean(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "sitegen.toml", tmp_path / "sitegen.toml")
    result = build(load_config(tmp_path / "sitegen.toml"))
    assert not result.problems
    saved = [a for a in result.articles if a.source.suffix in (".html", ".htm")]
    assert len(saved) >= 2
    for article in saved:
        page = (tmp_path / "public" / article.url / "index.html").read_text()
        body = body_of(page)
        assert unsafe_markup(body) == []
        for chrome in ("cookie", "Sign in", "Log in", "Share", "Comments", "commenting forum",
                       "Related", "Most read", "All rights reserved", "Subscribe"):  # fmt: skip
            assert chrome.lower() not in body.lower(), (article.source, chrome)
        assert "Originally published at" in page
        assert article.date.utcoffset() is not None and article.authors
    cider = next(a for a in saved if a.source.name == "cider-cooperative.htm")
    assert "naïve" in cider.body_html and "€400" in cider.body_html  # Windows-1252 source
    assert cider.date.isoformat() == "2024-09-30T18:05:00-04:00"
