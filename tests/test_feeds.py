"""Atom feeds and the sitemap parse, and say what the articles say."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser

from tests.conftest import article


def test_site_and_tag_feeds_parse(site):
    out, _ = site(
        {
            "content/a.md": article(
                "Alpha & Omega",
                "2024-01-05 10:00",
                ["Syria"],
                body="**bold** & more",
                author="Jane Roe",
            ),
            "content/b.md": article(
                "Beta", "2024-02-07 10:00", ["other"], updated="2024-03-01 08:00"
            ),
        },
        config='base_url = "https://user.github.io/repo/"\n',
    )
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [e.title for e in feed.entries] == ["Beta", "Alpha & Omega"]
    assert feed.entries[1].link == "https://user.github.io/repo/2024/01/a/"
    assert feed.entries[1].author == "Jane Roe"
    assert "<strong>bold</strong> &amp; more" in feed.entries[1].content[0].value
    assert feed.feed.updated.startswith("2024-03-01")
    tag = feedparser.parse((out / "tag/syria/feed.xml").read_bytes())
    assert not tag.bozo and [e.title for e in tag.entries] == ["Alpha & Omega"]


def test_feed_without_host_still_has_absolute_ids(site):
    out, _ = site({"content/a.md": article("A", "2024-01-05")})
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.entries[0].id.startswith("tag:")


def test_sitemap_lists_pages_with_full_urls(site):
    out, _ = site(
        {"content/a.md": article("A", "2024-01-05", ["t"])},
        config='base_url = "https://example.org/"\n',
    )
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(out / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert "https://example.org/2024/01/a/" in locs
    assert "https://example.org/tag/t/" in locs
    assert not any("404" in loc for loc in locs)
    assert "Sitemap: https://example.org/sitemap.xml" in (out / "robots.txt").read_text()


def test_a_sitemap_too_long_for_one_file_becomes_an_index_of_numbered_ones(site, monkeypatch):
    from sitegen.pages import site_files

    monkeypatch.setattr(site_files, "SITEMAP_URLS", 4)  # as 50,000 does on a big site
    files = {f"content/a{n}.md": article(f"A{n}", f"2024-01-0{n + 1}", ["t"]) for n in range(5)}
    out, _ = site(files, config='base_url = "https://example.org/"\n')
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.parse(out / "sitemap.xml").getroot()
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    parts = [e.text for e in index.findall("s:sitemap/s:loc", ns)]
    assert parts[0] == "https://example.org/sitemap-1.xml"
    listed = []
    for loc in parts:
        urls = ET.parse(out / loc.rsplit("/", 1)[1]).getroot().findall("s:url/s:loc", ns)
        assert 1 <= len(urls) <= 4
        listed += [e.text for e in urls]
    pages = {f"https://example.org/{p.parent.relative_to(out).as_posix()}/".replace("/./", "/")
             for p in out.rglob("index.html")}
    assert sorted(listed) == sorted(pages)  # every page once, none twice
    assert "Sitemap: https://example.org/sitemap.xml" in (out / "robots.txt").read_text()


def test_json_feed_is_a_data_page_with_the_atom_entries(site):
    import json

    out, _ = site(
        {
            "content/a.md": article("Alpha", "2024-01-05 10:00", ["Syria"], body="See [b](b.md)."),
            "content/b.md": article("Beta", "2024-02-07 10:00", author="Jane Roe"),
        },
        config='base_url = "https://user.github.io/repo/"\n',
    )
    feed = json.loads((out / "feed.json").read_text())
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://user.github.io/repo/feed.json"
    assert [i["title"] for i in feed["items"]] == ["Beta", "Alpha"]
    alpha = feed["items"][1]
    assert alpha["id"] == "https://user.github.io/repo/2024/01/a/" and alpha["tags"] == ["Syria"]
    assert 'href="/repo/2024/02/b/"' in alpha["content_html"]  # article links resolved
    assert feed["items"][0]["authors"] == [{"name": "Jane Roe"}]
    assert 'type="application/feed+json"' in (out / "index.html").read_text()
