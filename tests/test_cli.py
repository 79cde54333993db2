"""The installed ``sitegen`` command, run as a user would run it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from sitegen import __version__
from tests.conftest import article, write_files

SITEGEN = shutil.which("sitegen") or str(Path(sys.executable).parent / "sitegen")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SITEGEN, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_version_and_help(tmp_path):
    assert __version__ in run("--version", cwd=tmp_path).stdout
    for cmd in (["--help"], ["build", "--help"], ["init", "--help"]):
        assert run(*cmd, cwd=tmp_path).returncode == 0


def test_usage_error_exits_2(tmp_path):
    assert run("build", "--no-such-option", cwd=tmp_path).returncode == 2
    assert run("frobnicate", cwd=tmp_path).returncode == 2


def test_init_then_build_from_another_folder(tmp_path):
    assert run("init", "mysite", "--title", 'My "quoted" site', cwd=tmp_path).returncode == 0
    site = tmp_path / "mysite"
    assert (site / "templates").is_dir() and (site / ".gitignore").is_file()
    done = run("build", "--config", str(site / "sitegen.toml"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = sum(1 for p in (site / "public").rglob("*") if p.is_file())
    # every file counted once (the marker and the search index among them)
    assert f"Built 1 article (16 pages, {files} files written)" in done.stderr
    assert (site / "public/pagefind/pagefind-entry.json").is_file()
    assert 'My "quoted" site' in (site / "public/index.html").read_text().replace("&#34;", '"')
    assert run("init", "mysite", cwd=tmp_path).returncode == 1  # never overwrites


def test_strict_fails_on_article_errors_but_still_builds(tmp_path):
    write_files(
        tmp_path,
        {
            "sitegen.toml": 'title = "T"\n',
            "content/ok.md": article("Ok", "2024-01-01"),
            "content/bad.md": "---\ntitle: Bad\n---\nno date\n",
        },
    )
    loose = run("build", cwd=tmp_path)
    assert loose.returncode == 0
    assert "bad.md:1: error: no date" in loose.stderr
    strict = run("build", "--strict", "--output", "out", cwd=tmp_path)
    assert strict.returncode == 1
    assert (tmp_path / "out/2024/01/ok/index.html").is_file()


def test_config_error_is_one_clear_line(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "per_page = 'x'\n"})
    done = run("build", cwd=tmp_path)
    assert done.returncode == 1
    assert "sitegen.toml" in done.stderr and "per_page" in done.stderr
    assert "Traceback" not in done.stderr


def test_base_url_option_builds_for_a_sub_path(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    assert run("build", "--base-url", "https://u.github.io/repo/", cwd=tmp_path).returncode == 0
    assert 'href="/repo/2024/01/a/"' in (tmp_path / "public/index.html").read_text()


def test_new_writes_a_dated_article_in_its_section_that_builds(tmp_path):
    assert run("init", "site", cwd=tmp_path).returncode == 0
    site = tmp_path / "site"
    (site / "sitegen.toml").write_text((site / "sitegen.toml").read_text().replace(
        'timezone = "UTC"', 'timezone = "Europe/Lisbon"'))  # fmt: skip
    done = run("new", "Lisbon: trams & tiles", "--section", "travel", cwd=site)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "content/travel/lisbon-trams-tiles.md"
    text = (site / done.stdout.strip()).read_text()
    assert text.startswith('---\ntitle: "Lisbon: trams & tiles"\ndate: 20')
    assert "+00:00" in text or "+01:00" in text  # now, in the site's zone
    assert run("new", "Lisbon: trams & tiles", "--section", "travel", cwd=site).returncode == 1
    assert run("new", "x", "--section", "../../elsewhere", cwd=site).returncode == 1
    built = run("build", cwd=site)
    assert built.returncode == 0, built.stderr
    assert "Built 2 articles" in built.stderr
