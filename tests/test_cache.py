"""The build cache: reuse what still holds, never trust what does not."""

from __future__ import annotations

import os
import pickle
import sqlite3
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.config import load_config
from sitegen.incremental import cache
from sitegen.incremental.cache import CACHE_DIR, Cache, OutputCheck, stamps
from sitegen.incremental.store import Store
from sitegen.readers import markdown as markdown_reader
from tests.conftest import article, write_files
from tests.test_build import digest


def make(tmp_path: Path, n: int = 30) -> Path:
    files = {
        f"content/p{i:02d}.md": article(
            f"P{i}", f"2021-{i % 12 + 1:02d}-0{i % 9 + 1}", [f"t{i % 4}"]
        )
        for i in range(n)
    }
    write_files(tmp_path, {"sitegen.toml": "per_page = 4\n", **files})
    return tmp_path / "sitegen.toml"


def mtimes(out: Path) -> dict[str, int]:
    return {
        p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()
    }


def clean_digest(tmp_path: Path, config: Path) -> dict[str, str]:
    cfg = load_config(config, output_dir=str(tmp_path / "clean"))
    build(cfg, cache=False)
    return digest(cfg.output_path)


def test_unchanged_site_reads_and_writes_nothing(tmp_path):
    cfg = load_config(make(tmp_path))
    first = build(cfg)
    before = mtimes(cfg.output_path)
    again = build(cfg)
    assert again.files_written == 0 and again.articles == [] and again.article_count == 30
    assert again.page_count == len(first.pages)
    assert mtimes(cfg.output_path) == before


@pytest.mark.parametrize(
    "edited",
    [
        article("P5 edited", "2021-06-06", ["t1"]),  # in place: same URL, date and tags
        article("P5", "2021-06-07", ["t1"]),  # moved: another day, another place in lists
    ],
    ids=["in-place", "moved"],
)
def test_one_edit_reads_one_file_and_rewrites_only_the_pages_that_show_it(
    tmp_path, monkeypatch, edited
):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    before = mtimes(cfg.output_path)
    write_files(tmp_path, {"content/p05.md": edited})
    read = []
    original = markdown_reader.read
    monkeypatch.setattr(
        markdown_reader, "read", lambda rel, ctx: read.append(rel) or original(rel, ctx)
    )
    result = build(cfg)
    assert read == [Path("p05.md")]  # one file read again, 29 from the cache
    after = mtimes(cfg.output_path)
    touched = {rel for rel in after if after[rel] != before.get(rel)}
    gone = before.keys() - after.keys()  # the search index's old files
    assert "tag/t1/index.html" in touched
    assert "tag/t2/index.html" not in touched and "2021/03/p02/index.html" not in touched
    assert result.files_written == len(touched) + len(gone) < len(after) / 3
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)
    assert build(cfg).files_written == 0  # and the cache knows what it wrote


@pytest.mark.parametrize("damage", ["foreign", "not-a-database"])
def test_corrupt_or_foreign_cache_is_ignored(tmp_path, damage):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    state = tmp_path / CACHE_DIR / "state.sqlite"
    if damage == "foreign":  # written by another version, or with other settings
        with sqlite3.connect(state) as db:
            db.execute("UPDATE meta SET value = 'sitegen 0.0.0' WHERE name = 'key'")
        db.close()
    else:
        state.write_bytes(b"not a database")
    write_files(tmp_path, {"content/p07.md": article("P7 edited", "2021-08-08", ["t3"])})
    build(cfg)
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


def _vandalise(out: Path) -> None:
    (out / "index.html").write_text("vandalised")
    os.remove(out / "tags/index.html")


def _add_stray(out: Path) -> None:
    (out / "tags" / "stray.html").write_text("left here by hand")


@pytest.mark.parametrize("change", [_vandalise, _add_stray], ids=["edited-and-removed", "added"])
def test_output_changed_by_hand_is_rebuilt_not_trusted(tmp_path, change):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    change(cfg.output_path)
    build(cfg)
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


def test_template_change_renders_again(tmp_path):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    write_files(
        tmp_path,
        {"templates/404.html": '{% extends "base.html" %}{% block main %}Gone{% endblock %}'},
    )
    result = build(cfg)
    assert "Gone" in (cfg.output_path / "404.html").read_text()
    assert result.files_written == 1
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


def test_a_clean_build_keeps_the_times_of_unchanged_files(tmp_path):
    cfg = load_config(make(tmp_path))
    build(cfg, cache=False)
    before = mtimes(cfg.output_path)
    write_files(tmp_path, {"content/p03.md": article("P3 edited", "2021-04-04", ["t3"])})
    result = build(cfg, cache=False)
    after = mtimes(cfg.output_path)
    changed = sum(after[rel] != before.get(rel) for rel in after)
    assert result.files_written == changed < len(after) / 3  # the search index's too
    assert after["tag/t0/index.html"] == before["tag/t0/index.html"]
    assert after["2021/04/p03/index.html"] != before["2021/04/p03/index.html"]


def test_an_in_place_edit_loads_only_the_rows_it_needs(tmp_path, monkeypatch):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    asked: list[object] = []
    original = Store.entries

    def entries(self, rels=None):
        asked.append(None if rels is None else sorted(rels))
        return original(self, rels)

    monkeypatch.setattr(Store, "entries", entries)
    write_files(tmp_path, {"content/p09.md": article("P9 retitled", "2021-10-01", ["t1"])})
    build(cfg)
    assert asked and None not in asked  # never every article
    assert asked[0] == ["p09.md"]
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


def test_a_build_killed_before_saving_its_cache_is_not_trusted(tmp_path, monkeypatch):
    """The site is written before the cache is saved: a build stopped between the two leaves
    an output the cache does not describe, and the next build makes a whole new site."""
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    write_files(tmp_path, {"content/p02.md": article("P2 edited", "2021-03-03", ["t2"])})

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Cache, "save", killed)
        with pytest.raises(KeyboardInterrupt):
            build(cfg)
    assert "P2 edited" in (cfg.output_path / "2021/03/p02/index.html").read_text()
    write_files(tmp_path, {"content/p04.md": article("P4 edited", "2021-05-05", ["t0"])})
    build(cfg)
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


@pytest.mark.parametrize("templates_too", [False, True], ids=["content-only", "with-a-template"])
def test_files_with_new_times_but_the_same_bytes_are_not_read_again(
    tmp_path, monkeypatch, templates_too
):
    """A checkout, a copy or a `touch` changes every file's time: the cache is keyed by
    the bytes, so nothing is parsed again (and, content alone, nothing rendered)."""
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    later = 4_000_000_000
    for path in (tmp_path / "content").iterdir():
        os.utime(path, (later, later))
    if templates_too:
        write_files(tmp_path, {"templates/404.html": '{% extends "base.html" %}'})
    read = []
    original = markdown_reader.read
    monkeypatch.setattr(
        markdown_reader, "read", lambda rel, ctx: read.append(rel) or original(rel, ctx)
    )
    result = build(cfg)
    assert read == []
    assert result.files_written == (1 if templates_too else 0)
    assert build(cfg).files_written == 0
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


def test_a_draft_edited_in_place_stays_unpublished_until_it_is_not_a_draft(tmp_path):
    config = make(tmp_path)
    cfg = load_config(config)
    write_files(tmp_path, {"content/wip.md": article("Work", "2021-07-07", ["t1"], draft="true")})
    build(cfg)
    before = mtimes(cfg.output_path)
    write_files(
        tmp_path,
        {"content/wip.md": article("Work", "2021-07-07", ["t1"], body="More.", draft="true")},
    )
    assert build(cfg).files_written == 0 and mtimes(cfg.output_path) == before
    write_files(tmp_path, {"content/wip.md": article("Work", "2021-07-07", ["t1"], body="Done.")})
    build(cfg)
    assert (cfg.output_path / "2021/07/wip/index.html").is_file()
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


@pytest.mark.parametrize("table", ["pages", "files"])
def test_a_damaged_row_is_not_trusted(tmp_path, table):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    db = sqlite3.connect(tmp_path / CACHE_DIR / "state.sqlite")
    column = "page" if table == "pages" else "row"
    with db:
        db.execute(f"UPDATE {table} SET {column} = x'80059502'")  # a pickle cut short
    db.close()
    write_files(tmp_path, {"content/p06.md": article("P6 edited", "2021-07-07", ["t2"])})
    build(cfg)
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)
    write_files(tmp_path, {"content/p08.md": article("P8 edited", "2021-09-09", ["t0"])})
    build(cfg)  # and the state written afresh serves the next edit
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


@pytest.mark.parametrize("children", [0, 1, 2], ids=["here", "in-a-child", "in-two-children"])
def test_the_output_check_answers_the_same_in_child_processes(tmp_path, monkeypatch, children):
    cfg = load_config(make(tmp_path))
    build(cfg)
    expected = stamps(cfg.output_path, folders=True)
    monkeypatch.setattr(OutputCheck, "FORK_ABOVE", len(expected) // children if children
                        else 10**9)  # fmt: skip
    monkeypatch.setattr(cache, "default_jobs", lambda: 2)
    assert OutputCheck(cfg.output_path, expected).result() is True
    for rel in [rel for rel in expected if rel.endswith(".html")][:4]:  # in every share
        before = (cfg.output_path / rel).read_bytes()
        (cfg.output_path / rel).write_text("edited by hand")
        assert OutputCheck(cfg.output_path, expected).result() is False, rel
        (cfg.output_path / rel).write_bytes(before)
        os.utime(cfg.output_path / rel, ns=(expected[rel][0], expected[rel][0]))
        assert OutputCheck(cfg.output_path, expected).result() is True, rel
    (cfg.output_path / "tags" / "index.html").write_text("edited by hand")
    build(cfg)
    assert digest(cfg.output_path) == clean_digest(tmp_path, make(tmp_path))


class _Planted:
    """What an attacker's pickle does when it is loaded: run a command."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_cache_runs_nothing(tmp_path):
    """A site folder that arrives with a .sitegen-cache/ (a cloned repository, an archive)
    must not run code: pickles are loaded only under this user's seal."""
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    cache = tmp_path / CACHE_DIR
    ran = tmp_path / "pwned"
    payload = pickle.dumps(_Planted(ran))
    db = sqlite3.connect(cache / "state.sqlite")
    db.execute("UPDATE files SET row = ?", (payload,))
    db.execute("UPDATE meta SET value = ? WHERE name = 'site'", (payload,))
    db.execute("UPDATE meta SET value = ? WHERE name = 'snapshot'",
               (b"\0" * 32 + payload,))  # a seal that is not ours
    db.commit()
    db.close()
    for compiled in (cache / "templates").glob("*"):
        compiled.write_bytes(b"j2" + payload)
    write_files(tmp_path, {"content/p03.md": article("P3 edited", "2021-04-04", ["t3"])})
    build(cfg)
    assert not ran.exists()
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)



def test_a_page_fingerprints_alike_when_planned_again_and_apart_from_every_other(tmp_path):
    from sitegen.incremental.keys import fingerprint

    cfg = load_config(make(tmp_path))
    first, again = build(cfg, cache=False), build(cfg, cache=False)  # new objects, same input
    assert {page.kind for page in first.pages} >= {"article", "tag", "home", "archives", "year"}
    prints = [fingerprint(page) for page in first.pages]
    assert prints == [fingerprint(page) for page in again.pages]
    assert len(set(prints)) == len(prints)  # no two pages alike
    write_files(tmp_path, {"content/p05.md": article("P5 edited", "2021-06-06", ["t1"])})
    edited = build(cfg, cache=False)
    changed = {p.url for p, q in zip(first.pages, edited.pages, strict=True)
               if fingerprint(p) != fingerprint(q)}
    shown = {p.url for p in first.pages if Path("p05.md") in {a.source for a in p.articles}}
    assert {"2021/06/p05/", "tag/t1/", "feed.xml"} <= shown <= changed  # and related lists
    assert "archives/" in changed and "tag/t2/" not in changed and len(changed) < len(prints) / 4
