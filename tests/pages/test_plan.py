"""Planning pages, and knowing which pages an article's change touches."""

from __future__ import annotations

from pathlib import Path

from sitegen.build import read_articles
from sitegen.config import load_config
from sitegen.pages import plan
from tests.conftest import article, write_files


def planned(tmp_path: Path, files: dict[str, str], config: str = ""):
    write_files(tmp_path, {"sitegen.toml": config, **files})
    cfg = load_config(tmp_path / "sitegen.toml")
    articles, problems = read_articles(cfg)
    assert not problems
    pages, problems, _ = plan(articles, cfg)
    assert not problems
    return pages


def test_a_changed_article_maps_to_the_pages_that_show_it(tmp_path):
    pages = planned(
        tmp_path,
        {
            "content/a.md": article("A", "2024-01-01", ["x"]),
            "content/b.md": article("B", "2024-02-01", ["y"]),
            "content/c.md": article("C", "2025-03-01", ["y"]),
        },
    )
    touched = {p.url for p in pages if "b.md" in p.sources}
    assert {"2024/02/b/", "2024/01/a/", "2025/03/c/"} <= touched  # itself and its neighbours
    assert {"", "tag/y/", "tag/y/feed.xml", "2024/", "2024/02/", "feed.xml"} <= touched
    assert "archives/" in touched  # it lists every title
    # index pages show names, links and counts only: a new title does not touch them
    assert not {"tags/", "sitemap.xml"} & touched
    assert "tag/x/" not in touched and "2025/" not in touched and "2024/01/" not in touched


def test_every_page_has_a_unique_output_path(tmp_path):
    files = {
        f"content/p{i}.md": article(f"P{i}", f"2024-0{i % 9 + 1}-01", [f"t{i % 4}"])
        for i in range(30)
    }
    pages = planned(tmp_path, files, "per_page = 4\n")
    paths = [p.output_path for p in pages]
    assert len(paths) == len(set(paths))
    home = [p for p in pages if p.kind == "home"]
    assert [p.url for p in home] == [
        "",
        "page/2/",
        "page/3/",
        "page/4/",
        "page/5/",
        "page/6/",
        "page/7/",
        "page/8/",
    ]
    assert (
        home[0].context["pager"].next_url == "page/2/"
        and home[-1].context["pager"].next_url is None
    )


def test_a_new_article_field_changes_the_keys_without_touching_a_list():
    """The cache keys come from the model's fields: a field added later is in them."""
    from dataclasses import field, make_dataclass
    from datetime import UTC, datetime

    from sitegen.model import PLACES, Article

    Extended = make_dataclass("Extended", [("mood", str, field(default="")),
                                           ("venue", str, field(default="", metadata=PLACES))],
                              bases=(Article,))  # fmt: skip
    day = datetime(2024, 1, 1, tzinfo=UTC)
    calm, stormy = Extended(Path("a.md"), "T", day, mood="calm"), Extended(Path("a.md"), "T", day, mood="stormy")
    assert calm.digest != stormy.digest  # pages showing it render again
    assert calm.placing == stormy.placing  # but it stays where it was
    moved = Extended(Path("a.md"), "T", day, venue="Lisbon")
    assert moved.placing != calm.placing and moved.digest != calm.digest
    worded = Extended(Path("a.md"), "T", day, body_html="<p>Calm.</p>", mood="calm")
    assert worded.digest != calm.digest and worded.placing == calm.placing  # the body counts


def test_a_new_page_field_changes_its_fingerprint_without_touching_a_list():
    from dataclasses import field, make_dataclass

    from sitegen.incremental.keys import fingerprint
    from sitegen.model import Page

    Extended = make_dataclass("Extended", [("layout", str, field(default=""))], bases=(Page,))
    wide, narrow = Extended("a/", "page.html", layout="wide"), Extended("a/", "page.html")
    assert fingerprint(wide) != fingerprint(narrow)  # the page renders again
    assert fingerprint(wide) == fingerprint(Extended("a/", "page.html", layout="wide"))
