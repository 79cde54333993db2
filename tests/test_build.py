"""The whole pipeline on small sites written by each test."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.config import load_config
from sitegen.errors import SitegenError
from tests.conftest import article, write_files


def digest(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def test_articles_tags_archives_and_feeds_are_written(site):
    out, result = site(
        {
            "content/a.md": article("Alpha", "2024-01-05 10:00", ["Syria", "news"]),
            "content/b.md": article("Beta", "2024-02-07 10:00", ["syria"]),
            "content/c.md": article("Gamma", "2025-03-01 10:00", ["C++", "C"]),
        }
    )
    assert not result.problems
    for rel in [
        "index.html",
        "2024/01/a/index.html",
        "tag/syria/index.html",
        "tag/c/index.html",
        "tag/c-plus-plus/index.html",
        "tags/index.html",
        "2024/index.html",
        "2024/02/index.html",
        "archives/index.html",
        "feed.xml",
        "tag/syria/feed.xml",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "authors/index.html",
        "theme/style.css",
    ]:
        assert (out / rel).is_file(), rel
    syria = (out / "tag/syria/index.html").read_text()
    assert "Alpha" in syria and "Beta" in syria and "Gamma" not in syria
    tags = (out / "tags/index.html").read_text()
    assert tags.count(">Syria <") + tags.count(">syria <") == 1  # one tag, one spelling


def test_home_is_paginated_newest_first(site):
    files = {
        f"content/p{i:02d}.md": article(f"Post {i:02d}", f"2024-01-{i:02d} 09:00")
        for i in range(1, 8)
    }
    out, _ = site(files, config="per_page = 3\n")
    first = (out / "index.html").read_text()
    assert first.index("Post 07") < first.index("Post 06") < first.index("Post 05")
    assert "Post 04" not in first
    assert "Post 01" in (out / "page/3/index.html").read_text()
    assert not (out / "page/4").exists()


def test_paginated_tag_and_similar_tag_do_not_collide(site):
    files = {
        f"content/p{i}.md": article(f"P{i}", f"2024-01-{i + 1:02d}", ["business"]) for i in range(3)
    }
    files["content/q.md"] = article("Q", "2024-02-01", ["business2"])
    files["content/r.md"] = article("R", "2024-02-02", ["business22"])
    out, result = site(files, config="per_page = 1\n")
    assert not result.problems
    assert (out / "tag/business/page/2/index.html").is_file()
    assert "R" in (out / "tag/business22/index.html").read_text()


def test_broken_article_is_reported_and_the_rest_builds(site):
    out, result = site(
        {
            "content/good.md": article("Good", "2024-01-01"),
            "content/bad-yaml.md": "---\ntitle: Bad\ntags: [a, b\n---\ntext\n",
            "content/bad-date.md": "---\ntitle: Bad\ndate: someday\n---\ntext\n",
        }
    )
    assert (out / "2024/01/good/index.html").is_file()
    messages = [str(p) for p in result.errors]
    assert any("bad-yaml.md:3" in m or "bad-yaml.md:4" in m for m in messages), messages
    assert any("bad-date.md:3" in m and "someday" in m for m in messages), messages
    assert len(list(out.glob("20*/*/bad*"))) == 0


def test_drafts_only_with_the_flag(site, tmp_path):
    files = {
        "content/d.md": article("Draft", "2024-01-01", draft="true"),
        "content/p.md": article("Public", "2024-01-02"),
    }
    out, _ = site(files)
    assert not (out / "2024/01/d").exists()
    out, _ = site(files, drafts=True)
    assert (out / "2024/01/d/index.html").is_file()


def test_sections_come_from_the_first_folder_and_defaults_files_apply(site):
    out, result = site(
        {
            "content/independent/_defaults.toml": 'site_name = "The Independent"\ntimezone = "Europe/London"\n',
            "content/independent/2017/raqqa.md": article("Raqqa", "2017-10-22 11:18"),
            "content/notes/n.md": article("Diary entry", "2017-10-23 11:18"),
        }
    )
    assert not result.problems
    page = (out / "2017/10/raqqa/index.html").read_text()
    assert 'datetime="2017-10-22T11:18:00+01:00"' in page and "BST" in page
    assert "The Independent" in page
    assert "Raqqa" in (out / "section/independent/index.html").read_text()
    assert "Diary entry" not in (out / "section/independent/index.html").read_text()
    assert "Independent" in (out / "sections/index.html").read_text()


def test_assets_beside_articles_and_static_folder_are_copied(site, tmp_path):
    write_files(tmp_path, {"static/favicon.ico": b"icon", "static/.hidden": b"x"})
    out, _ = site(
        {
            "content/trip/index.md": article("Trip", "2024-05-01", body="![p](photo.jpg)"),
            "content/trip/photo.jpg": b"jpeg-bytes",
            "content/trip/route.gpx": b"gpx",
            "content/trip/.photo.jpg.swp": b"junk",
            "content/trip/notes.md~": "backup",
        }
    )
    assert (out / "2024/05/trip/photo.jpg").read_bytes() == b"jpeg-bytes"
    assert (out / "2024/05/trip/route.gpx").read_bytes() == b"gpx"  # a bundle brings all its files
    assert (out / "favicon.ico").read_bytes() == b"icon"
    assert not (out / ".hidden").exists()
    assert not any(".swp" in p.name or p.name.endswith("~") for p in out.rglob("*"))


def test_same_content_builds_byte_identical_files(site, tmp_path):
    files = {
        f"content/s{i}/p{i}.md": article(f"P{i}", f"202{i % 3}-0{i % 9 + 1}-11", ["x", f"t{i}"])
        for i in range(12)
    }
    out, _ = site(files)
    first = digest(out)
    os.utime(tmp_path / "content/s1/p1.md", (0, 0))
    out, _ = site(files)
    assert digest(out) == first


def test_clashing_urls_are_reported_not_overwritten(site):
    out, result = site(
        {
            "content/a/post.md": article("First", "2024-01-01"),
            "content/b/post.md": article("Second", "2024-01-02"),
        }
    )
    assert "First" in (out / "2024/01/post/index.html").read_text()
    assert any("already used" in str(p) and "b/post.md" in str(p) for p in result.errors)


def test_failed_build_leaves_previous_output_untouched(tmp_path):
    write_files(
        tmp_path, {"sitegen.toml": 'title = "T"\n', "content/a.md": article("A", "2024-01-01")}
    )
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    before = digest(cfg.output_path)
    write_files(
        tmp_path,
        {
            "templates/article.html": "{{ no_such_variable.attr }}",
            "content/b.md": article("B", "2024-01-02"),
        },
    )
    with pytest.raises(SitegenError) as err:
        build(cfg)
    assert "article.html" in str(err.value)
    assert digest(cfg.output_path) == before
    assert not list(tmp_path.glob(".public.*"))  # no staging folder left behind


def test_any_number_of_jobs_builds_the_same_files(tmp_path):
    files = {
        f"content/s{i % 3}/p{i}.md": article(
            f"P{i}", f"202{i % 4}-{i % 12 + 1:02d}-0{i % 9 + 1}", [f"t{i % 7}", "all"]
        )
        for i in range(120)
    }
    write_files(tmp_path, {"sitegen.toml": "per_page = 3\n", **files})
    digests = []
    for jobs in (1, 2, 3):
        cfg = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / f"out{jobs}"))
        result = build(cfg, jobs=jobs)
        assert len(result.pages) > 200  # enough work for the workers to be used
        digests.append(digest(cfg.output_path))
    assert digests[0] == digests[1] == digests[2]


def test_workers_rebuilding_a_whole_site_leave_unchanged_files_as_they_were(tmp_path):
    """Without a cache, over an old site, the workers stage the pages they render: a page
    whose bytes did not change is the old file (same inode, same time); only the edited
    article's page and the lists that show its title are written."""
    files = {f"content/p{i}.md": article(f"P{i}", f"2021-{i % 12 + 1:02d}-0{i % 9 + 1}")
             for i in range(150)}  # fmt: skip
    write_files(tmp_path, {"sitegen.toml": "per_page = 5\nsearch = false\n", **files})
    cfg = load_config(tmp_path / "sitegen.toml")
    assert len(build(cfg, jobs=2, cache=False).pages) > 200  # the workers are used
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cfg.output_path.rglob("*.html")}
    write_files(tmp_path, {"content/p7.md": article("P7 renamed", "2021-08-08")})
    again = build(cfg, jobs=2, cache=False)
    after = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cfg.output_path.rglob("*.html")}
    changed = {p.relative_to(cfg.output_path).as_posix() for p in after if after[p] != before[p]}
    assert "2021/08/p7/index.html" in changed
    assert 0 < len(changed) < 20 and again.files_written >= len(changed)
    fresh = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "fresh"))
    build(fresh, cache=False)
    assert digest(cfg.output_path) == digest(fresh.output_path)


def test_a_template_error_in_a_worker_names_the_template(tmp_path):
    files = {f"content/p{i}.md": article(f"P{i}", f"2021-01-{i % 28 + 1:02d}") for i in range(150)}
    write_files(
        tmp_path, {"sitegen.toml": "", "templates/article.html": "{{ nope.nothing }}", **files}
    )
    with pytest.raises(SitegenError) as err:
        build(load_config(tmp_path / "sitegen.toml"), jobs=2)
    assert err.value.path is not None and err.value.path.name == "article.html"


def test_a_build_gives_the_garbage_collector_back_as_it_found_it(tmp_path):
    """Builds sweep no cycles (a tenth of their time); a live server that builds again and
    again collects as before, and a build that fails does not leave it off."""
    import gc

    write_files(tmp_path, {"sitegen.toml": 'title = "T"\n',
                           "content/a.md": article("A", "2024-01-01")})  # fmt: skip
    cfg = load_config(tmp_path / "sitegen.toml")
    assert gc.isenabled()
    build(cfg)
    assert gc.isenabled() and not gc.get_freeze_count()
    (tmp_path / "content").rename(tmp_path / "gone")
    with pytest.raises(SitegenError):
        build(cfg)
    assert gc.isenabled()
    gc.disable()
    try:
        build(load_config(tmp_path / "sitegen.toml", content_dir="gone"))
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()
