"""Publish a built site to a gh-pages branch with ghp-import, without losing what is there.

The branch is only ever moved forward by one commit (unless forced), an unchanged
site adds no commit, and any failure puts the local branch back where it was.
"""

from __future__ import annotations

import contextlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ghp_import import GhpError, ghp_import

from sitegen.errors import SitegenError


@dataclass
class DeployResult:
    commit: str | None  # the new gh-pages commit, None when nothing changed
    changed_files: list[str]
    pushed: bool
    message: str


def git(repo: Path, *args: str, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise SitegenError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip() if done.returncode == 0 else ""


def repo_root(path: Path) -> Path:
    top = git(path, "rev-parse", "--show-toplevel", check=False)
    if not top:
        raise SitegenError(f"{path.resolve()} is not in a git repository: run 'git init' first")
    return Path(top)


def check_branch(repo: Path, remote: str, branch: str, sources: Path | None,
                 force: bool) -> None:  # fmt: skip
    """Refuse a branch whose tip the deploy would replace with the built site: the one
    checked out, one holding the site's sources, or (without ``force``) a pages branch
    with local commits the remote does not have (ghp-import would reset them away)."""
    current = git(repo, "symbolic-ref", "--quiet", "--short", "HEAD", check=False)
    if branch == current:
        raise SitegenError(f"{branch!r} is the branch checked out here: deploying would replace "
                           "your sources with the built site; publish to another branch "
                           "(--branch gh-pages)")  # fmt: skip
    if sources is not None:
        rel = sources.resolve().relative_to(repo.resolve()).as_posix()
        for ref in (f"refs/heads/{branch}", f"refs/remotes/{remote}/{branch}"):
            if _exists(repo, f"{ref}:{rel}"):
                raise SitegenError(f"branch {branch!r} holds the site's sources ({rel}): "
                                   "deploying would replace them; publish to another branch "
                                   "(--branch gh-pages)")  # fmt: skip
    local = git(repo, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False)
    upstream = git(repo, "rev-parse", "--verify", "--quiet", f"refs/remotes/{remote}/{branch}",
                   check=False)  # fmt: skip
    if local and upstream and not force and not _is_ancestor(repo, local, upstream):
        ahead = git(repo, "rev-list", "--count", f"{upstream}..{local}")
        raise SitegenError(f"the local {branch!r} branch has {ahead} commit(s) that {remote} "
                           f"does not ({local[:7]}): push or drop them first, or use --force "
                           "to replace them")  # fmt: skip


def _exists(repo: Path, spec: str) -> bool:
    done = subprocess.run(["git", "cat-file", "-e", spec], cwd=repo, capture_output=True)
    return done.returncode == 0


def _is_ancestor(repo: Path, older: str, newer: str) -> bool:
    done = subprocess.run(["git", "merge-base", "--is-ancestor", older, newer], cwd=repo,
                          capture_output=True)  # fmt: skip
    return done.returncode == 0


def source_description(repo: Path) -> str:
    """ "abc1234" or "abc1234 (with uncommitted changes)", or "" before the first commit."""
    sha = git(repo, "rev-parse", "--short", "HEAD", check=False)
    if not sha:
        return ""
    dirty = git(repo, "status", "--porcelain", check=False)
    return sha + (" (with uncommitted changes)" if dirty else "")


def deploy(
    output: Path, repo: Path, *, remote: str = "origin", branch: str = "gh-pages",
    message: str | None = None, cname: str = "", dry_run: bool = False, force: bool = False,
    sources: Path | None = None,
) -> DeployResult:  # fmt: skip
    """Commit ``output`` to ``branch`` on top of the remote's copy of it, then push.
    ``sources``: a file of the site (its config), which the branch must not hold."""
    if not git(repo, "remote", "get-url", remote, check=False):
        raise SitegenError(
            f"no git remote named {remote!r}: add it with 'git remote add {remote} URL'"
        )
    git(repo, "fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}",
        check=False)  # fmt: skip  # a first deploy has no remote branch yet
    ref = f"refs/heads/{branch}"
    before = git(repo, "rev-parse", "--verify", "--quiet", ref, check=False) or None
    check_branch(repo, remote, branch, sources, force)
    source = source_description(repo)
    message = message or (f"Deploy site from {source}" if source else "Deploy site")

    def restore() -> None:
        if before:
            git(repo, "update-ref", ref, before)
        else:
            git(repo, "update-ref", "-d", ref, check=False)

    try:
        with contextlib.chdir(repo):
            ghp_import(str(output.resolve()), remote=remote, branch=branch, mesg=message,
                       push=False, nojekyll=True, cname=cname or None)  # fmt: skip
    except GhpError as err:
        restore()
        raise SitegenError(f"could not commit the site to {branch!r}: {err.message}") from None
    new = git(repo, "rev-parse", ref)
    parent = git(repo, "rev-parse", "--verify", "--quiet", f"{new}^", check=False) or None
    changed = (
        git(repo, "diff", "--name-only", parent, new).splitlines()
        if parent else git(repo, "ls-tree", "-r", "--name-only", new).splitlines()
    )  # fmt: skip
    if parent and not changed:
        git(repo, "update-ref", ref, parent)  # same tree as what is published: no new commit
        return DeployResult(None, [], False, message)
    if dry_run:
        restore()
        return DeployResult(None, changed, False, message)
    push = ["push", "--quiet", remote, f"{ref}:{ref}"] + (["--force"] if force else [])
    done = subprocess.run(["git", *push], cwd=repo, capture_output=True, text=True)
    if done.returncode != 0:
        restore()
        hint = "" if force else " Fetch and try again, or use --force to overwrite it."
        raise SitegenError(
            f"push to {remote} {branch} was rejected: {done.stderr.strip()}; "
            f"the local {branch!r} branch is as it was.{hint}"
        )
    return DeployResult(new, changed, True, message)
