"""Deploys to a real bare git repository standing in for GitHub."""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest
import yaml

from sitegen.build import read_articles
from sitegen.config import load_config
from sitegen.pages import plan
from tests.conftest import article, write_files
from tests.linkcheck import _Links
from tests.test_cli import run

GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip


def git(cwd: Path, *args: str) -> str:
    import os

    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV}, check=True)  # fmt: skip
    return done.stdout.strip()


@pytest.fixture
def site_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A site in a git repository whose origin is a local bare repository."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    site = tmp_path / "site"
    site.mkdir()
    write_files(
        site,
        {
            "sitegen.toml": 'title = "Deployed"\nbase_url = "https://user.github.io/repo/"\ncname = ""\n',
            ".gitignore": "/public/\n",
            "content/a.md": article("Alpha", "2024-01-05 10:00", ["one"]),
            "content/b.md": article("Beta", "2024-02-07 10:00", ["two"]),
            "content/c.md": article("Gamma", "2024-03-09 10:00", ["two"]),
        },
    )
    git(site, "init", "--quiet", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "--quiet", "-m", "site")
    git(site, "remote", "add", "origin", str(remote))
    return site, remote


def published(remote: Path, into: Path) -> Path:
    git(remote.parent, "clone", "--quiet", "--branch", "gh-pages", str(remote), str(into))
    return into


def test_deploy_publishes_and_unchanged_content_adds_no_commit(site_repo, tmp_path):
    site, remote = site_repo
    first = run("deploy", cwd=site)
    assert first.returncode == 0, first.stderr
    head = git(site, "rev-parse", "--short", "HEAD")
    assert f"Deploy site from {head}" in first.stdout
    clone = published(remote, tmp_path / "clone")
    for name in ("index.html", ".nojekyll", "2024/01/a/index.html", "feed.xml", "404.html"):
        assert (clone / name).is_file(), name
    assert 'href="/repo/2024/01/a/"' in (clone / "index.html").read_text()
    assert git(remote, "rev-list", "--count", "gh-pages") == "1"

    again = run("deploy", cwd=site)
    assert again.returncode == 0 and "No changes" in again.stdout
    assert git(remote, "rev-list", "--count", "gh-pages") == "1"


def test_changed_article_adds_one_commit_touching_only_its_pages(site_repo):
    site, remote = site_repo
    assert run("deploy", cwd=site).returncode == 0
    before = git(remote, "rev-parse", "gh-pages")
    (site / "content/b.md").write_text(article("Beta, revised", "2024-02-07 10:00", ["two"]))
    done = run("deploy", cwd=site)
    assert done.returncode == 0, done.stderr
    assert "uncommitted changes" in done.stdout
    assert git(remote, "rev-list", "--count", "gh-pages") == "2"
    changed = set(git(remote, "diff", "--name-only", before, "gh-pages").splitlines())
    cfg = load_config(site / "sitegen.toml")
    articles, _ = read_articles(cfg)
    pages, _, _ = plan(articles, cfg)
    dependents = {p.output_path for p in pages if "b.md" in p.sources}
    assert "2024/02/b/index.html" in changed
    index = {rel for rel in changed if rel.startswith("pagefind/")}  # the search index
    assert index and changed - index <= dependents
    assert "tag/one/index.html" not in changed


def test_cname_is_written_when_configured(site_repo, tmp_path):
    site, remote = site_repo
    config = site / "sitegen.toml"
    config.write_text(config.read_text().replace('cname = ""', 'cname = "news.example.org"'))
    assert run("deploy", cwd=site).returncode == 0
    assert (published(remote, tmp_path / "c") / "CNAME").read_text().strip() == "news.example.org"


def test_dry_run_commits_nothing(site_repo):
    site, remote = site_repo
    done = run("deploy", "--dry-run", cwd=site)
    assert done.returncode == 0 and "would commit" in done.stdout and "index.html" in done.stdout
    assert git(site, "branch", "--list", "gh-pages") == ""
    assert git(remote, "branch", "--list") == ""


def test_missing_remote_is_a_clear_error(site_repo):
    site, _ = site_repo
    done = run("deploy", "--remote", "upstream", cwd=site)
    assert done.returncode == 1 and "no git remote named 'upstream'" in done.stderr


def test_rejected_push_leaves_the_branch_as_it_was(site_repo, tmp_path):
    site, remote = site_repo
    assert run("deploy", cwd=site).returncode == 0
    # someone else publishes in between
    other = published(remote, tmp_path / "other")
    (other / "extra.html").write_text("x")
    git(other, "add", "-A")
    git(other, "commit", "--quiet", "-m", "theirs")
    git(other, "push", "--quiet", "origin", "gh-pages")
    theirs = git(remote, "rev-parse", "gh-pages")
    # our deploy is based on a stale copy: make the fetch fail to see that push is refused
    (site / "content/c.md").write_text(article("Gamma 2", "2024-03-09 10:00", ["two"]))
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'protected branch' >&2\nexit 1\n")
    hook.chmod(0o755)
    local_before = git(site, "rev-parse", "gh-pages")
    done = run("deploy", cwd=site)
    assert done.returncode == 1 and "rejected" in done.stderr and "as it was" in done.stderr
    assert git(site, "rev-parse", "gh-pages") == local_before
    assert git(remote, "rev-parse", "gh-pages") == theirs


def test_build_errors_stop_the_deploy(site_repo):
    site, remote = site_repo
    (site / "content/bad.md").write_text("---\ntitle: x\n---\nno date\n")
    done = run("deploy", cwd=site)
    assert done.returncode == 1 and "not deploying" in done.stderr
    assert git(remote, "branch", "--list") == ""


def test_not_a_git_repository(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", "content/a.md": article("A", "2024-01-01")})
    done = run("deploy", cwd=tmp_path)
    assert done.returncode == 1 and "not in a git repository" in done.stderr


def test_init_writes_a_pages_workflow(tmp_path):
    assert run("init", "s", cwd=tmp_path).returncode == 0
    flow = yaml.safe_load((tmp_path / "s/.github/workflows/pages.yml").read_text())
    steps = flow["jobs"]["build"]["steps"] + flow["jobs"]["deploy"]["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ]
    assert any(s.get("run") == "sitegen build --strict" for s in steps)
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "public"
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert run("init", "t", "--no-workflow", cwd=tmp_path).returncode == 0
    assert not (tmp_path / "t/.github").exists()


@pytest.fixture
def serve_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_deployed_site_under_a_sub_path_has_no_broken_link(site_repo, serve_root):
    site, remote = site_repo
    assert run("deploy", cwd=site).returncode == 0
    root, base = serve_root
    published(remote, root / "repo")
    seen: set[str] = set()
    queue = [f"{base}/repo/"]
    broken = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urlopen(url, timeout=10) as response:
                body = response.read()
                kind = response.headers.get_content_type()
        except OSError as err:
            broken.append(f"{url}: {err}")
            continue
        if kind != "text/html":
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.links:
            target = urljoin(url, link).split("#")[0]
            if urlsplit(target).netloc == urlsplit(base).netloc and target not in seen:
                queue.append(target)
    assert broken == []
    assert len(seen) > 15
    with urlopen(f"{base}/repo/404.html", timeout=10) as response:
        lost = response.read().decode()
    assert 'href="/repo/theme/style.css"' in lost and 'href="/repo/archives/"' in lost


def test_never_deploys_onto_the_branch_checked_out_or_one_holding_the_sources(site_repo):
    site, remote = site_repo
    sources = git(site, "rev-parse", "main")
    done = run("deploy", "--branch", "main", cwd=site)
    assert done.returncode == 1 and "'main' is the branch checked out here" in done.stderr
    git(site, "branch", "drafts")  # another branch with the site's sources on it
    done = run("deploy", "--branch", "drafts", cwd=site)
    assert done.returncode == 1 and "holds the site's sources (sitegen.toml)" in done.stderr
    assert git(site, "rev-parse", "main") == git(site, "rev-parse", "drafts") == sources
    assert "main" not in git(remote, "branch", "--list")  # nothing pushed


def test_a_local_only_pages_commit_is_kept_unless_forced(site_repo, tmp_path):
    site, _ = site_repo
    assert run("deploy", cwd=site).returncode == 0
    # a commit made by hand on the local gh-pages branch, never pushed
    work = tmp_path / "pages"
    git(site, "worktree", "add", "--quiet", str(work), "gh-pages")
    (work / "keybase.txt").write_text("proof")
    git(work, "add", "keybase.txt")
    git(work, "commit", "--quiet", "-m", "by hand")
    mine = git(site, "rev-parse", "gh-pages")
    git(site, "worktree", "remove", "--force", str(work))
    (site / "content/b.md").write_text(article("Beta, revised", "2024-02-07 10:00", ["two"]))
    done = run("deploy", cwd=site)
    assert done.returncode == 1 and "has 1 commit(s) that origin does not" in done.stderr
    assert git(site, "rev-parse", "gh-pages") == mine  # not reset away
    forced = run("deploy", "--force", cwd=site)
    assert forced.returncode == 0, forced.stderr


def test_the_output_folder_is_never_published(site_repo, tmp_path):
    """A public/ that is a gh-pages worktree (or holds kept files) stays out of the deploy:
    the deploy builds a site of its own."""
    site, remote = site_repo
    write_files(site / "public", {".git": "gitdir: /elsewhere\n", "private.txt": "mine"})
    done = run("deploy", cwd=site)
    assert done.returncode == 0, done.stderr
    files = git(remote, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    assert ".git" not in files and "private.txt" not in files and ".sitegen-output" not in files
    assert (site / "public/private.txt").read_text() == "mine"


def test_the_workflow_installs_exactly_this_sitegen(tmp_path):
    """The workflow `sitegen init` writes installs the distribution and version that wrote
    it: its install line, run against the wheel built from this checkout, takes that wheel."""
    import shlex
    import sys

    from sitegen import DISTRIBUTION, __version__
    from tests.conftest import REPO

    assert run("init", "s", cwd=tmp_path).returncode == 0
    flow = yaml.safe_load((tmp_path / "s/.github/workflows/pages.yml").read_text())
    line = next(s["run"] for s in flow["jobs"]["build"]["steps"] if "pip install" in s.get("run", ""))
    words = shlex.split(line)
    assert words[:4] == ["python", "-m", "pip", "install"]
    assert words[4:] == [f"{DISTRIBUTION}=={__version__}"]
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist),
                    str(REPO)], check=True, capture_output=True)  # fmt: skip
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps",
                           "--ignore-installed",
                           "--no-index", "--find-links", str(dist), "--report", str(report),
                           *words[4:]], capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    import json

    (taken,) = json.loads(report.read_text())["install"]
    assert taken["metadata"]["name"] == DISTRIBUTION and taken["metadata"]["version"] == __version__
    assert taken["download_info"]["url"].startswith(dist.as_uri())
