"""Incremental rebuilds end exactly where a clean build of the same content would."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.config import load_config
from sitegen.incremental import session as session_module
from sitegen.incremental.session import Session
from sitegen.pages import plan as real_plan
from tests.conftest import article, write_files
from tests.saved.pages import PARAGRAPHS, news_page
from tests.test_build import digest

TAGS = ["syria", "Syria", "C", "C++", "travel", "books", "news"]


def edit(root: Path, rng: random.Random, step: int) -> bool:
    """One random edit a person might make; True when it touched templates."""
    content = root / "content"
    posts = sorted(p for p in content.rglob("*.md"))
    choice = rng.choice(["add", "add", "retitle", "retag", "delete", "rename", "draft",
                         "defaults", "template", "static", "image", "break", "fix",
                         "saved"])  # fmt: skip
    if choice == "add" or not posts:
        section = rng.choice(["", "notes/", "travel/", "deep/er/"])
        date = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{step % 60:02d}"
        write_files(
            root,
            {
                f"content/{section}p{step}.md": article(
                    f"Post {step}", date, rng.sample(TAGS, rng.randint(0, 3))
                )
            },
        )
    elif choice == "retitle":
        path = rng.choice(posts)
        path.write_text(path.read_text().replace("title: '", f"title: 'Re{step} ", 1))
    elif choice == "retag":
        path = rng.choice(posts)
        text = path.read_text()
        if "tags:" in text:
            path.write_text(text.replace("tags: [", f"tags: ['t{step % 3}', ", 1))
    elif choice == "delete":
        rng.choice(posts).unlink()
    elif choice == "rename":
        path = rng.choice(posts)
        path.rename(path.with_name(f"renamed-{step}.md"))
    elif choice == "draft":
        path = rng.choice(posts)
        path.write_text(path.read_text().replace("---\n\n", "draft: true\n---\n\n", 1))
    elif choice == "defaults":
        write_files(root, {"content/notes/_defaults.toml": f'author = "Desk {step}"\n'})
    elif choice == "template":
        write_files(
            root,
            {
                "templates/404.html": f'{{% extends "base.html" %}}{{% block main %}}v{step}{{% endblock %}}'
            },
        )
        return True
    elif choice == "static":
        write_files(root, {f"static/s{step % 3}.txt": f"static {step}"})
    elif choice == "image":
        write_files(
            root,
            {
                "content/travel/pic.png": f"png {step}".encode(),
                "content/travel/pic-post.md": article("Pic", "2021-01-01", body="![x](pic.png)"),
            },
        )
    elif choice == "saved":  # a saved web page, new or changed
        paras = [f"Update {step}: the council met again and {rng.choice(TAGS)} was discussed at"
                 " length by everyone who attended the meeting in the town hall.", *PARAGRAPHS]  # fmt: skip
        write_files(root, {f"content/clips/s{step % 2}.html": news_page(paras)})
    elif choice == "break":
        write_files(root, {"content/broken.md": "---\ntitle: [oops\n---\n"})
    else:
        (content / "broken.md").unlink(missing_ok=True)
    return False


def changed_since(root: Path, before: dict[Path, float]) -> set[Path]:
    now = {p: p.stat().st_mtime_ns for p in root.rglob("*")}
    return {p for p in now.keys() | before.keys() if now.get(p) != before.get(p)}


@pytest.mark.parametrize("told", [False, True], ids=["full-scan", "watcher-paths"])
def test_random_edit_sequences_match_a_clean_build(tmp_path, told):
    rng = random.Random(20261125)
    site, clean = tmp_path / "site", tmp_path / "clean"
    write_files(site, {"sitegen.toml": 'title = "Live"\nper_page = 2\n'})
    write_files(
        site,
        {
            f"content/p{i}.md": article(f"Seed {i}", f"2022-0{i + 1}-01", TAGS[i : i + 2])
            for i in range(5)
        },
    )
    config = load_config(site / "sitegen.toml", output_dir=str(tmp_path / "live"))
    session = Session(config)  # kept alive, as `sitegen serve` keeps it
    build(config, session)
    for step in range(40):
        before = {p: p.stat().st_mtime_ns for p in site.rglob("*")}
        for _ in range(rng.randint(1, 3)):
            if edit(site, rng, step):
                session.templates_changed()
        build(config, session, paths=changed_since(site, before) if told else None)
        expected = load_config(site / "sitegen.toml", output_dir=str(clean))
        build(expected)
        assert digest(config.output_path) == digest(clean), f"differs after step {step}"


def test_an_edit_re_renders_only_the_pages_that_show_the_article(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "per_page = 2\n"})
    write_files(
        tmp_path,
        {f"content/p{i}.md": article(f"P{i}", f"2022-{i + 1:02d}-01", [f"t{i}"]) for i in range(8)},
    )
    config = load_config(tmp_path / "sitegen.toml")
    session = Session(config)
    first = build(config, session)
    assert first.changed is None  # a whole new site
    files = sum(1 for p in config.output_path.rglob("*") if p.is_file())
    write_files(tmp_path, {"content/p0.md": article("P0 renamed", "2022-01-01", ["t0"])})
    second = build(config, session)
    assert second.changed is not None
    assert "2022/01/p0/index.html" in second.changed and "tag/t0/index.html" in second.changed
    assert "tag/t5/index.html" not in second.changed
    assert "2022/06/p5/index.html" not in second.changed
    assert 2 <= second.files_written == len(second.changed) < files / 3
    assert session.refresh() == 0
    assert build(config, session).changed == frozenset()


def test_content_only_edits_patch_the_plan_and_still_match_a_clean_build(tmp_path, monkeypatch):
    write_files(tmp_path, {"sitegen.toml": "per_page = 2\n"})
    write_files(
        tmp_path,
        {f"content/p{i}.md": article(f"P{i}", f"2022-{i + 1:02d}-01", ["t"]) for i in range(6)},
    )
    config = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "live"))
    session = Session(config)
    build(config, session)
    plans = []
    monkeypatch.setattr(session_module, "plan", lambda *a: plans.append(1) or real_plan(*a))
    for step in range(3):
        write_files(
            tmp_path,
            {"content/p2.md": article(f"P2 v{step}", "2022-03-01", ["t"], body=f"Body {step}.")},
        )
        build(config, session)
    assert plans == []  # content-only edits never planned the site again
    clean = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "clean"))
    build(clean, cache=False)
    assert digest(config.output_path) == digest(clean.output_path)
