"""Full-text search: Pagefind indexes the written site after each build that changed a
page; the index is the same bytes for the same site; Chromium finds an article by a word
only it contains, at the root and under a project sub-path."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.config import load_config
from tests.conftest import article, write_files
from tests.test_browser import missing, page, served  # noqa: F401 - the browser fixture

WORDS = ["harbour", "ferry", "council", "storm", "market", "bridge"]


def files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def collection(root: Path, config: str = "") -> None:
    write_files(root, {"sitegen.toml": 'title = "Finder"\n' + config, **{
        f"content/{'travel' if i % 2 else 'notes'}/a{i}.md": article(
            f"Story {i}", f"202{i % 3}-0{i % 9 + 1}-1{i % 9}", [WORDS[i % 6], WORDS[(i + 2) % 6]],
            body=f"The {WORDS[i % 6]} opened again. " + ("zanzibarite " if i == 7 else "")
            + "Residents said little else had changed in the town this year.")
        for i in range(12)}})  # fmt: skip


def test_a_build_writes_the_index_and_marks_what_it_indexes(tmp_path):
    collection(tmp_path)
    cfg = load_config(tmp_path / "sitegen.toml")
    result = build(cfg)
    assert not result.problems
    out = cfg.output_path
    assert (out / "pagefind/pagefind-entry.json").is_file()
    assert (out / "pagefind/pagefind-ui.js").is_file()
    page_html = next(out.glob("202*/*/a7/index.html")).read_text()
    assert "data-pagefind-body" in page_html and 'data-pagefind-filter="tag"' in page_html
    assert 'role="search"' in (out / "index.html").read_text()
    assert "data-pagefind-body" not in (out / "index.html").read_text()  # lists: not indexed


def test_the_index_is_the_same_bytes_for_the_same_site(tmp_path):
    found = []
    for name in ("one", "two", "three"):
        collection(tmp_path / name)
        build(load_config(tmp_path / name / "sitegen.toml"))
        found.append(files(tmp_path / name / "public/pagefind"))
    assert found[0] == found[1] == found[2]


def test_an_edit_updates_the_index_in_place_as_a_clean_build_makes_it(tmp_path):
    collection(tmp_path / "live")
    cfg = load_config(tmp_path / "live/sitegen.toml")
    build(cfg)
    before = files(cfg.output_path / "pagefind")
    assert build(cfg).files_written == 0  # nothing changed: the index is left alone
    write_files(tmp_path / "live", {"content/notes/a0.md": article("Story 0", "2020-01-10",
                                                                   body="A quokka arrived.")})
    result = build(cfg)
    assert result.changed is not None and any(r.startswith("pagefind/") for r in result.changed)
    shutil.copytree(tmp_path / "live/content", tmp_path / "clean/content")
    shutil.copy(tmp_path / "live/sitegen.toml", tmp_path / "clean/sitegen.toml")
    build(load_config(tmp_path / "clean/sitegen.toml"))
    assert files(cfg.output_path / "pagefind") == files(tmp_path / "clean/public/pagefind")
    assert files(cfg.output_path / "pagefind") != before


def test_search_false_builds_no_index_and_removes_an_old_one(tmp_path):
    collection(tmp_path)
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    assert (cfg.output_path / "pagefind").is_dir()
    write_files(tmp_path, {"sitegen.toml": 'title = "Finder"\nsearch = false\n'})
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    assert not (cfg.output_path / "pagefind").exists()
    assert not (cfg.output_path / "search").exists()
    assert 'role="search"' not in (cfg.output_path / "index.html").read_text()


def test_articles_are_filtered_by_tag_section_and_year_each_on_its_own(tmp_path):
    """Each filter its own name and plain values: a year is "2021", not "2021, section:..."."""
    from sitegen.search import _load

    collection(tmp_path)
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    filters: dict[str, set[str]] = {}
    for path in (cfg.output_path / "pagefind" / "filter").iterdir():
        name, values = _load(path)
        filters.setdefault(name, set()).update(value for value, _ in values)
    assert filters["year"] == {"2020", "2021", "2022"}
    assert filters["section"] == {"Notes", "Travel"}
    assert filters["tag"] == set(WORDS)


@pytest.mark.skipif(missing is not None, reason=f"{missing}")
@pytest.mark.parametrize("base", ["/", "/repo/"])
def test_typing_a_word_in_one_article_finds_it_and_leads_there(tmp_path, page, base):  # noqa: F811
    from playwright.sync_api import expect
    collection(tmp_path, f'base_url = "{base}"\n')
    build(load_config(tmp_path / "sitegen.toml"))
    host = tmp_path / "host"  # what the web server shows: the site at / or at /repo/
    if base == "/":
        host.symlink_to(tmp_path / "public")
    else:
        host.mkdir()
        (host / "repo").symlink_to(tmp_path / "public")
    with served(host) as root:
        page.goto(root + base.lstrip("/"))
        box = page.get_by_role("searchbox")
        box.focus()  # reachable without a mouse: a plain form field
        page.keyboard.type("zanzibarite")
        page.keyboard.press("Enter")
        first = page.locator(".pagefind-ui__result-link").first
        first.wait_for(timeout=15000)
        assert page.locator(".pagefind-ui__result-link").count() == 1
        assert "Story 7" in first.inner_text()
        # the filters load after the results: wait for them, as a reader would
        expect(page.locator(".pagefind-ui__filter-name")).to_have_count(3)  # tag, section, year
        first.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{base}202*/*/a7/")
        assert page.locator("h1").inner_text() == "Story 7"


def test_the_live_server_indexes_after_the_reload_not_before(tmp_path):
    """``sitegen serve``: a rebuild is published at once; the index follows behind it."""
    from sitegen.live import LiveSite

    collection(tmp_path)
    cfg = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "live"))
    live = LiveSite(tmp_path / "sitegen.toml", cfg, cfg.output_path, False)
    status = live.build_all()
    assert status.error is None

    def indexed(word: str) -> bool:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            entry = cfg.output_path / "pagefind/pagefind-entry.json"
            if live.index_settled() and entry.is_file():
                return True
            time.sleep(0.05)
        return False

    assert indexed("first")
    before = files(cfg.output_path / "pagefind")
    edited = tmp_path / "content/notes/a0.md"
    edited.write_text(article("Story 0", "2020-01-10", body="A wombat crossed the harbour."))
    status = live.on_change({edited})
    assert status.error is None and status.version == 2
    assert indexed("second")
    assert files(cfg.output_path / "pagefind") != before


def test_an_edit_is_published_while_the_index_is_being_made(tmp_path):
    """Pagefind takes seconds on a large site: ``sitegen serve`` publishes an edit without
    waiting for it, and the index due after the edit follows."""
    from concurrent.futures import ThreadPoolExecutor

    from sitegen.live import LiveSite

    collection(tmp_path)
    cfg = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "live"))
    live = LiveSite(tmp_path / "sitegen.toml", cfg, cfg.output_path, False)
    assert live.build_all().error is None
    edited = tmp_path / "content/notes/a0.md"
    edited.write_text(article("Story 0", "2020-01-10", body="A wombat crossed the harbour."))
    with live._indexing, ThreadPoolExecutor(1) as pool:  # as while Pagefind reads the pages
        status = pool.submit(live.on_change, {edited}).result(timeout=60)
        assert status.error is None and status.version == 2
        assert "wombat" in (cfg.output_path / "2020/01/a0/index.html").read_text()
    deadline = time.monotonic() + 30
    while not live.index_settled() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert live.index_settled()
    assert (cfg.output_path / "pagefind/pagefind-entry.json").is_file()


def test_a_build_leaves_the_index_work_of_a_running_server_alone(tmp_path):
    """``sitegen build`` beside ``sitegen serve`` on one site: the build clears the index
    work folders that killed processes left, not the one a live process is writing."""
    import subprocess

    collection(tmp_path)
    cfg = load_config(tmp_path / "sitegen.toml")
    running = subprocess.Popen(["sleep", "60"])
    dead = subprocess.Popen(["true"])
    dead.wait()
    try:
        theirs = cfg.cache_path / f"search-{running.pid}" / "fragment"
        left = cfg.cache_path / f"pages-{dead.pid}"
        theirs.mkdir(parents=True)
        left.mkdir(parents=True)
        assert not build(cfg).errors
        assert theirs.is_dir() and not left.exists()
    finally:
        running.kill()
        running.wait()


def test_a_killed_build_leaves_no_pagefind_running(tmp_path):
    """A build killed while Pagefind indexes takes Pagefind with it: left running, it went
    on reading and writing the build's work folders. A build writes its pages from threads,
    so the parent-death signal is asked for by a launcher, not in ``preexec_fn``."""
    import signal
    import subprocess

    from tests.test_cli import SITEGEN

    write_files(tmp_path, {"sitegen.toml": 'title = "Kill"\n', **{
        f"content/a{i}.md": article(f"Story {i}", "2024-01-01", body=f"Ferry words {i}. " * 300)
        for i in range(1000)}})  # fmt: skip
    build_run = subprocess.Popen([SITEGEN, "build"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
    mine = f"search-{build_run.pid}"  # Pagefind's output folder names the build's process

    def pagefind() -> str:
        found = subprocess.run(["pgrep", "-f", mine], capture_output=True, text=True)
        return found.stdout.strip()

    deadline = time.monotonic() + 120
    while not pagefind() and build_run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert pagefind(), "Pagefind never ran (the build ended first: make the site bigger)"
    build_run.send_signal(signal.SIGKILL)
    build_run.wait()
    time.sleep(0.5)  # the signal is sent as the build exits; Pagefind indexes for longer
    left = pagefind()
    if left:
        subprocess.run(["kill", "-9", *left.split()])
    assert not left, "Pagefind outlived the killed build"


def test_pagefind_is_shown_only_the_pages_it_indexes_or_all_of_them_when_none_is_marked(tmp_path):
    """The view Pagefind reads: the marked pages, live or staged; every page where no
    theme marks any (Pagefind then indexes them all)."""
    import re as regex

    from sitegen.search import INDEXED
    from sitegen.write import InPlace

    out = tmp_path / "public"
    write_files(out, {"a/index.html": '<article class="x" data-pagefind-body>A</article>',
                      "tags/index.html": "<p>data-pagefind-body, mentioned in a list</p>",
                      "index.html": "<main>home</main>", ".sitegen-output": ""})  # fmt: skip
    with InPlace(out) as writer:
        writer.put("b/index.html", b"<article data-pagefind-body>B</article>")
        writer.put("a/index.html", b"<article>A, no longer indexed</article>")
        view = writer.pages(set(), tmp_path / "view", INDEXED)
        assert sorted(p.relative_to(view).as_posix() for p in view.rglob("*.html")) == [
            "b/index.html"]
        unmarked = writer.pages(set(), tmp_path / "all", regex.compile(rb"(?!)"))
        assert len(list(unmarked.rglob("*.html"))) == 4
        writer.finish(set())
