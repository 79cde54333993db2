"""Standalone pages (About, Contact) and the menu that leads to them."""

from __future__ import annotations

import re

import pytest

from sitegen.config import load_config
from sitegen.errors import ConfigError
from tests.conftest import article, write_files

ABOUT = "---\ntitle: About me\n---\n\nI write here.\n"


def nav(page: str) -> list[tuple[str, str, str | None]]:
    """(name, href, aria-current) of each menu link on a page."""
    block = page.split('<nav aria-label="Site">', 1)[1].split("</nav>", 1)[0]
    found = re.findall(r'<a href="([^"]*)"(?: aria-current="(\w+)")?>([^<]*)</a>', block)
    return [(name, href, current or None) for href, current, name in found]


def test_a_file_in_pages_is_a_page_at_the_site_root_in_no_list_or_feed(site):
    out, result = site({"content/pages/about.md": ABOUT,
                        "content/notes/a.md": article("A post", "2024-01-01", ["x"])})  # fmt: skip
    assert not result.problems
    page = (out / "about/index.html").read_text()
    assert "<h1>About me</h1>" in page and "I write here." in page
    assert "1970" not in page and "<time" not in page  # it has no date, and shows none
    for listing in ("index.html", "feed.xml", "feed.json", "archives/index.html",
                    "tag/x/index.html", "sections/index.html"):  # fmt: skip
        assert "about/" not in (out / listing).read_text().split("</header>", 1)[-1]
    assert not (out / "1970").exists()
    assert "<loc>/about/</loc>" in (out / "sitemap.xml").read_text()


def test_page_true_makes_a_page_of_a_dated_file_anywhere(site):
    out, result = site({"content/notes/contact.md": article("Contact", "2024-01-01",
                                                            page="true")})  # fmt: skip
    assert not result.problems
    assert "Contact" in (out / "contact/index.html").read_text()
    assert "contact" not in (out / "index.html").read_text().split("</header>", 1)[1]


def test_an_article_without_a_date_still_says_how_to_make_a_page(site):
    _, result = site({"content/notes/undated.md": "---\ntitle: Undated\n---\n\nText.\n"})
    [problem] = result.errors
    assert "no date" in problem.message and "page: true" in problem.message


def test_without_a_menu_setting_the_menu_is_sections_pages_tags_archives(site):
    out, _ = site({"content/pages/about.md": ABOUT,
                   "content/travel/a.md": article("Trip", "2024-01-01")})  # fmt: skip
    menu = nav((out / "about/index.html").read_text())
    assert [(n, h) for n, h, _ in menu] == [("Travel", "/section/travel/"), ("About me", "/about/"),
                                            ("Tags", "/tags/"), ("Archives", "/archives/")]
    assert [c for _, _, c in menu] == [None, "page", None, None]  # the page is marked current
    trip = nav((out / "2024/01/a/index.html").read_text())
    assert trip[0] == ("Travel", "/section/travel/", "true")  # an article marks its section


MENU = """
[[menu]]
page = "pages/about.md"
[[menu]]
name = "Journeys"
section = "travel"
[[menu]]
name = "Code"
url = "https://example.org/code"
[[menu]]
name = "Tags"
url = "/tags/"
"""


def test_the_menu_setting_gives_the_items_and_their_order(site):
    out, result = site({"content/pages/about.md": ABOUT,
                        "content/travel/a.md": article("Trip", "2024-01-01")}, MENU)  # fmt: skip
    assert not result.problems
    menu = nav((out / "tags/index.html").read_text())
    assert menu == [("About me", "/about/", None), ("Journeys", "/section/travel/", None),
                    ("Code", "https://example.org/code", None), ("Tags", "/tags/", "page")]


def test_the_menu_follows_the_base_path(site):
    out, _ = site({"content/pages/about.md": ABOUT}, 'base_url = "https://x.github.io/repo/"\n')
    assert ("About me", "/repo/about/", "page") in nav((out / "about/index.html").read_text())


def test_a_menu_entry_for_a_missing_page_is_reported_and_left_out(site):
    out, result = site({"content/travel/a.md": article("Trip", "2024-01-01")},
                       '[[menu]]\npage = "pages/gone.md"\n[[menu]]\nsection = "travel"\n')
    [problem] = result.errors
    assert "menu entry 1" in problem.message and "pages/gone.md" in problem.message
    assert problem.path is not None and problem.path.name == "sitegen.toml"
    assert [n for n, _, _ in nav((out / "index.html").read_text())] == ["Travel"]


@pytest.mark.parametrize("entry, message", [
    ('name = "X"', "exactly one of"),
    ('page = "a.md"\nurl = "/x/"', "exactly one of"),
    ('url = "/x/"', "needs a 'name'"),
    ('name = "X"\nurl = "javascript:alert(1)"', "'url' must be a path"),
    ('name = "X"\nurl = "relative/path"', "'url' must be a path"),
    ('page = "a.md"\ncolour = "red"', "unknown key 'colour'"),
])  # fmt: skip
def test_a_wrong_menu_entry_is_a_config_error_naming_it(tmp_path, entry, message):
    write_files(tmp_path, {"sitegen.toml": f"[[menu]]\n{entry}\n"})
    with pytest.raises(ConfigError, match=message) as err:
        load_config(tmp_path / "sitegen.toml")
    assert "menu entry 1" in str(err.value) and "sitegen.toml" in str(err.value)


def test_editing_a_pages_title_renames_it_in_every_menu(tmp_path):
    from sitegen.build import build

    write_files(tmp_path, {"sitegen.toml": "", "content/pages/about.md": ABOUT,
                           "content/notes/a.md": article("A post", "2024-01-01")})  # fmt: skip
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    (tmp_path / "content/pages/about.md").write_text(ABOUT.replace("About me", "Who I am"))
    build(cfg)
    assert ("Who I am", "/about/", None) in nav((cfg.output_path / "2024/01/a/index.html").read_text())
