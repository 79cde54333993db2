"""The build cache: reuse what still holds, never trust what does not."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from sitegen import builder as builder_module
from sitegen.build import build
from sitegen.cache import CACHE_DIR
from sitegen.config import load_config
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


def test_one_edit_rewrites_only_the_pages_that_show_it(tmp_path, monkeypatch):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    before = mtimes(cfg.output_path)
    write_files(tmp_path, {"content/p05.md": article("P5 edited", "2021-06-06", ["t1"])})
    read = []
    original = builder_module.Builder.refresh

    def counting(self, *args, **kwargs):
        count = original(self, *args, **kwargs)
        read.append(count)
        return count

    monkeypatch.setattr(builder_module.Builder, "refresh", counting)
    result = build(cfg)
    assert read == [1]  # one file read again, 29 from the cache
    after = mtimes(cfg.output_path)
    touched = {rel for rel in after if after[rel] != before.get(rel)}
    assert "2021/06/p05/index.html" in touched and "tag/t1/index.html" in touched
    assert "tag/t2/index.html" not in touched and "2021/02/p01/index.html" not in touched
    assert result.files_written == len(touched) < len(after) / 3
    assert digest(cfg.output_path) == clean_digest(tmp_path, config)


def test_corrupt_or_foreign_cache_is_ignored(tmp_path):
    config = make(tmp_path)
    cfg = load_config(config)
    build(cfg)
    cache = tmp_path / CACHE_DIR
    (cache / "builder.pickle").write_bytes(b"not a pickle")
    data = pickle.loads((cache / "snapshot.pickle").read_bytes())
    data["key"] = "sitegen 0.0.0"
    (cache / "snapshot.pickle").write_bytes(pickle.dumps(data))
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
    assert (
        result.files_written == sum(after[rel] != before.get(rel) for rel in after) < len(after) / 3
    )
    assert after["tag/t0/index.html"] == before["tag/t0/index.html"]
    assert after["2021/04/p03/index.html"] != before["2021/04/p03/index.html"]
