"""The output folder: sitegen replaces only what it made, keeps what it must, and a build
killed at any point leaves a site that the next run completes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.config import load_config
from sitegen.errors import ConfigError, SitegenError
from sitegen.output import JOURNAL, MARKER, recover
from sitegen.write import InPlace
from tests.conftest import article, write_files
from tests.test_build import digest
from tests.test_cli import SITEGEN, run

SITE = {
    "content/a.md": article("Alpha", "2024-01-05 10:00", ["one"]),
    "content/b.md": article("Beta", "2024-02-07 10:00", ["two"]),
    "templates/.keep": "",
    "static/robots-extra.txt": "mine",
}


def user_files(root: Path) -> dict[str, str]:
    """Every file of the site folder but sitegen's own output and cache."""
    return {rel: h for rel, h in digest(root).items()
            if not rel.startswith(("public/", ".sitegen-cache/"))}  # fmt: skip


@pytest.mark.parametrize(
    "output_dir",
    [".", "", "content", "content/..", "..", "content/posts", "templates", "static",
     ".sitegen-cache", "static/sub"],
)  # fmt: skip
def test_an_output_folder_over_the_users_folders_is_refused(tmp_path, output_dir):
    site = tmp_path / "site"
    write_files(site, {"sitegen.toml": "", ".git/HEAD": "ref: refs/heads/main\n", **SITE})
    before = digest(tmp_path)
    with pytest.raises(ConfigError, match="choose another output_dir"):
        load_config(site / "sitegen.toml", output_dir=output_dir)
    done = run("build", "-o", str(site / output_dir), cwd=site)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "output folder" in done.stderr
    assert digest(tmp_path) == before  # nothing deleted, nothing written


def test_the_home_folder_is_never_an_output_folder(tmp_path, monkeypatch):
    home = tmp_path / "users/me"
    write_files(home, {".ssh/id_ed25519": "secret"})
    write_files(tmp_path / "site", {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    monkeypatch.setenv("HOME", str(home))
    for output_dir, relation in ((home, "is"), (home.parent, "contains")):
        with pytest.raises(ConfigError, match=f"{relation} your home folder"):
            load_config(tmp_path / "site/sitegen.toml", output_dir=str(output_dir))
    assert (home / ".ssh/id_ed25519").read_text() == "secret"


def test_a_folder_of_the_users_own_files_is_never_replaced(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", **SITE, "docs/notes.txt": "my notes"})
    done = run("build", "-o", "docs", cwd=tmp_path)
    assert done.returncode == 1 and "holds files sitegen did not write (notes.txt)" in done.stderr
    assert (tmp_path / "docs/notes.txt").read_text() == "my notes"
    assert sorted(os.listdir(tmp_path / "docs")) == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("build", "-o", "empty", cwd=tmp_path).returncode == 0  # an empty one is fine
    assert (empty / MARKER).is_file() and (empty / "index.html").is_file()


def test_git_cname_and_kept_files_survive_every_build(tmp_path):
    write_files(tmp_path, {
        "sitegen.toml": 'cname = "notes.example.org"\nkeep = ["keybase.txt", "verify/"]\n',
        **SITE,
        # public/ as a worktree of gh-pages, with files the user keeps there
        "public/.git": "gitdir: ../.git/worktrees/public\n",
        "public/keybase.txt": "proof",
        "public/verify/google.html": "token",
    })  # fmt: skip
    cfg = load_config(tmp_path / "sitegen.toml")
    for cache in (True, False, True):
        write_files(tmp_path, {"content/b.md": article(f"Beta {cache}", "2024-02-07 10:00")})
        build(cfg, cache=cache)
        out = cfg.output_path
        assert (out / ".git").read_text() == "gitdir: ../.git/worktrees/public\n"
        assert (out / "keybase.txt").read_text() == "proof"
        assert (out / "verify/google.html").read_text() == "token"
        assert (out / "CNAME").read_text() == "notes.example.org\n"
        assert (out / "2024/01/a/index.html").is_file()
    from sitegen.live import LiveSite  # `sitegen watch` writes into public/ too

    LiveSite(tmp_path / "sitegen.toml", cfg, cfg.output_path, drafts=False).build_all()
    assert (out / ".git").is_file() and (out / "keybase.txt").read_text() == "proof"
    assert (out / "verify/google.html").is_file() and (out / "CNAME").is_file()


def test_an_interrupted_swap_is_rolled_back_and_leftovers_removed(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", **SITE})
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    good = digest(cfg.output_path)
    dead = 2**22 + 12345  # above Linux's pid range: never a live process
    out = cfg.output_path
    # killed between the two renames of a swap: the site is only in the old copy
    (out / ".git").mkdir()
    out.rename(tmp_path / f".public.old-{dead}")
    write_files(tmp_path / f".public.staging-{dead + 1}", {"index.html": "half a site"})
    recover(out)
    assert digest(out) == good and (out / ".git").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".public")) == []


def test_a_journal_cut_short_is_finished_by_the_next_run(tmp_path):
    out = tmp_path / "public"
    write_files(out, {MARKER: "", "a/index.html": "old a", "b/index.html": "old b", "gone.xml": "x"})
    staging = tmp_path / f".public.staging-{2**22 + 7}"
    write_files(staging, {"0": "new a", "1": "new b"})
    (staging / JOURNAL).write_text('{"replace": [["0", "a/index.html"], ["1", "b/index.html"]], '
                                   '"remove": ["gone.xml"]}')  # fmt: skip
    os.replace(staging / "0", out / "a/index.html")  # killed after one rename
    recover(out)
    assert (out / "a/index.html").read_text() == "new a"
    assert (out / "b/index.html").read_text() == "new b"
    assert not (out / "gone.xml").exists() and not staging.exists()
    with InPlace(out) as writer:
        writer.put("c/index.html", b"c")
        writer.put("a/index.html", b"new a")  # the same bytes: left alone
        assert writer.finish({"b/index.html"}) == 2
    assert sorted(digest(out)) == [MARKER, "a/index.html", "c/index.html"]


def test_an_edit_during_a_build_is_picked_up_by_the_next(tmp_path, monkeypatch):
    """What a file was when it was read is recorded, not what it was when the build ended."""
    import sitegen.incremental.workers

    write_files(tmp_path, {"sitegen.toml": "", **SITE})
    cfg = load_config(tmp_path / "sitegen.toml")
    real = sitegen.incremental.workers.read_one

    def read_then_edit(rel, ctx):  # the user saves again while the build runs
        result = real(rel, ctx)
        if rel.name == "a.md":
            time.sleep(0.01)
            write_files(tmp_path, {"content/a.md": article("Alpha, edited", "2024-01-05 10:00")})
        return result

    monkeypatch.setattr(sitegen.incremental.workers, "read_one", read_then_edit)
    build(cfg)
    monkeypatch.setattr(sitegen.incremental.workers, "read_one", real)
    build(cfg)
    assert "Alpha, edited" in (cfg.output_path / "2024/01/a/index.html").read_text()


def test_a_cache_or_output_that_cannot_be_written_is_one_clear_line(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", **SITE})
    (tmp_path / ".sitegen-cache").write_text("a plain file")
    done = run("build", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot write the build cache" in done.stderr and ".sitegen-cache" in done.stderr
    assert not (tmp_path / "public").exists()  # failed before anything was replaced
    (tmp_path / ".sitegen-cache").unlink()
    (tmp_path / "public").write_text("a plain file")
    done = run("build", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "is a file, not a folder" in done.stderr
    assert (tmp_path / "public").read_text() == "a plain file"


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small file system needs root")
def test_a_full_disk_keeps_the_published_site(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("tmpfs cannot be mounted here")
    try:
        write_files(disk, {"sitegen.toml": "search = false\n",  # its index fills 1 MB alone
                           "content/a.md": article("A", "2024-01-01")})  # fmt: skip
        assert run("build", cwd=disk).returncode == 0
        before = digest(disk / "public")
        big = "\n\n".join(f"Paragraph {i} " + "words " * 400 for i in range(100))
        write_files(disk, {"content/b.md": article("B", "2024-01-02", body=big)})
        done = run("build", cwd=disk)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "No space left" in done.stderr
        assert digest(disk / "public") == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_read_only_output_folder_is_one_clear_line(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes through permissions; the full-disk test covers this")
    write_files(tmp_path, {"sitegen.toml": "", **SITE})
    assert run("build", cwd=tmp_path).returncode == 0
    write_files(tmp_path, {"content/c.md": article("C", "2024-03-01")})
    tmp_path.chmod(0o555)
    try:
        done = run("build", cwd=tmp_path)
        assert done.returncode == 1 and "Traceback" not in done.stderr
    finally:
        tmp_path.chmod(0o755)


def test_no_config_or_no_content_says_how_to_start(tmp_path):
    done = run("build", cwd=tmp_path)
    assert done.returncode == 1 and "no sitegen.toml" in done.stderr
    assert "sitegen init" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "sitegen.toml").write_text("")
    done = run("build", cwd=tmp_path)
    assert done.returncode == 1 and "no content folder 'content'" in done.stderr
    with pytest.raises(SitegenError):
        build(load_config(tmp_path / "sitegen.toml"))


def _many_articles(root: Path, count: int) -> None:
    rng = random.Random(7)
    files = {}
    for n in range(count):
        tags = rng.sample(["news", "travel", "books", "food", "sport", "music"], 2)
        files[f"content/p{n:04d}.md"] = article(f"Post {n}", f"2023-{1 + n % 12:02d}-{1 + n % 28:02d} 10:00",
                                                tags, body=f"Body of post {n}.\n\nMore text.")  # fmt: skip
    write_files(root, files)


@pytest.mark.slow
def test_kills_at_random_points_never_leave_a_mixed_site(tmp_path):
    """A 2,000-article site, its template changed (every page rewritten in place by the
    cached build), killed at random points 20 times: after the next run's recovery the
    site is wholly the old one or wholly the new one, and the next build is exact."""
    site, reference = tmp_path / "site", tmp_path / "reference"
    for root in (site, reference):
        write_files(root, {"sitegen.toml": 'title = "Kills"\n'})
        _many_articles(root, 2000)
    base = "templates/base.html"  # every page extends it: every page is rewritten
    old_template = '{% extends "default/base.html" %}'
    new_template = old_template + '{% block head %}<meta name="x" content="new">{% endblock %}'
    write_files(reference, {base: new_template})
    build(load_config(reference / "sitegen.toml"), jobs=2)
    new = digest(reference / "public")
    rng = random.Random(2024)
    outcomes = []
    for _ in range(20):
        write_files(site, {base: old_template})
        build(load_config(site / "sitegen.toml"), jobs=2)
        old = digest(site / "public")
        write_files(site, {base: new_template})
        proc = subprocess.Popen([SITEGEN, "build"], cwd=site, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.2, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        recover(site / "public")
        now = digest(site / "public")
        assert now in (old, new), "a mixed site after a kill"
        outcomes.append("new" if now == new else "old")
        assert not [p for p in site.iterdir() if p.name.startswith(".public.")]
        done = subprocess.run([SITEGEN, "build"], cwd=site, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert digest(site / "public") == new
    print("outcomes:", outcomes)
    assert sys.platform != "linux" or "old" in outcomes  # the kills did land mid-build
