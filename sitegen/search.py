"""Full-text search: the written site indexed by Pagefind (its binary comes in the
``pagefind[bin]`` wheel, nothing is fetched at run time) into ``pagefind/``.

Pagefind reads the pages as a browser would and indexes what the theme marks with
``data-pagefind-body`` (articles and standalone pages), with the filters and metadata
the theme gives them. It indexes a whole site at a time, so the index is made again
whenever an HTML page changed, in the build cache; the files whose bytes changed are
staged and renamed into the site under a journal (``sitegen.output.commit``), as an
edit's pages are: a kill leaves the old index or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from sitegen import routes
from sitegen.config import Config
from sitegen.errors import SitegenError
from sitegen.output import alive, commit, new_staging
from sitegen.write import Writer

BUNDLE = routes.SEARCH_BUNDLE.rstrip("/")
# a page Pagefind indexes where any page has it: only those are shown to Pagefind, which
# otherwise reads every tag, archive and list page to index none of them (half its time)
INDEXED = re.compile(rb"<[^<>]*\sdata-pagefind-body[\s=/>]")


def needed(config: Config, changed: AbstractSet[str] | None) -> bool:
    """Whether the index must be made again: a page changed (None: a whole new site), or
    the site has none yet; or, with search off, whether an old index is to go."""
    bundle = config.output_path / BUNDLE
    if not config.search:
        return bundle.exists()
    return changed is None or not bundle.is_dir() or any(
        rel.endswith(".html") for rel in changed)  # fmt: skip


def index_into(config: Config, writer: Writer, removed: set[str]) -> set[str]:
    """Index the new site before it is put in place, and hand the bundle to ``writer``
    with the pages, so one commit puts both in place (a kill leaves the old site and its
    old index, or the new and the new); returns the old index's files that go."""
    out = config.output_path.absolute()
    old_root = out / BUNDLE
    old = _files(old_root)
    if not config.search:
        return {f"{BUNDLE}/{rel}" for rel in old}
    work = config.cache_path / f"search-{os.getpid()}"
    view = config.cache_path / f"pages-{os.getpid()}"
    clear_leftovers(config.cache_path)
    try:
        new = _indexed(writer.pages(removed, view, INDEXED), work, config)
        for rel, path in sorted(new.items()):
            writer.put(f"{BUNDLE}/{rel}", path.read_bytes())
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(view, ignore_errors=True)
    return {f"{BUNDLE}/{rel}" for rel in old - new.keys()}


def clear_leftovers(folder: Path) -> None:
    """Remove the work folders (``search-PID``, ``pages-PID``) of indexes that ended
    processes left (a kill); never those of a build or server still running on this
    site, whose Pagefind may be writing there."""
    for stale in [*folder.glob("search-*"), *folder.glob("pages-*")]:
        pid = stale.name.partition("-")[2]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def update(config: Config) -> set[str]:
    """Index the site in ``config.output_path`` and put the bundle in place (or take it
    away, with search off); returns the output paths changed or removed."""
    with bundle(config) as new:
        return put_in_place(config, new)


@contextlib.contextmanager
def bundle(config: Config, stop: threading.Event | None = None) -> Iterator[dict[str, Path]]:
    """Pagefind's bundle for the site as it is in ``config.output_path``, settled, by path
    in the bundle (empty with search off); made in the build cache, never in the site,
    and removed after the block (a kill leaves the site nothing). Setting ``stop`` stops
    Pagefind: the bundle then fails."""
    work = config.cache_path / f"search-{os.getpid()}"
    clear_leftovers(config.cache_path)
    try:
        yield _indexed(config.output_path.absolute(), work, config, stop) if config.search else {}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def put_in_place(config: Config, new: dict[str, Path]) -> set[str]:
    """Put a bundle made by ``bundle`` in the site under a journal: the files whose bytes
    changed, and the old index's files it does not have removed. Returns those paths."""
    out = config.output_path.absolute()
    old_root = out / BUNDLE
    old = _files(old_root)
    staging = new_staging(out)
    try:
        replace = [(f"bundle/{rel}", f"{BUNDLE}/{rel}") for rel, path in sorted(new.items())
                   if rel not in old or not _same(path, old_root / rel)]  # fmt: skip
        for name, rel in replace:
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(new[rel.removeprefix(f"{BUNDLE}/")], staging / name)
        removed = [f"{BUNDLE}/{rel}" for rel in sorted(old - new.keys())]
        commit(staging, out, replace, removed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {rel for _, rel in replace} | set(removed)


def _files(folder: Path) -> set[str]:
    """The files below ``folder`` by relative POSIX path (none when it is missing)."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _indexed(site: Path, work: Path, config: Config,
             stop: threading.Event | None = None) -> dict[str, Path]:  # fmt: skip
    """Pagefind's bundle of the pages in ``site``, made in ``work`` and settled, by path."""
    _run_pagefind(site, work, config.language.split("-")[0], stop)
    settle(work)
    return {rel: work / rel for rel in _files(work)}


def _run_pagefind(site: Path, bundle: Path, language: str,
                  stop: threading.Event | None = None) -> None:  # fmt: skip
    """One language for the whole collection: a German article is found from the
    English search box (Pagefind keeps one index per language otherwise). Pagefind dies
    with a build's process. With ``stop`` (a live server's index, made while edits are
    rebuilt) it runs at the lowest priority, and is killed once ``stop`` is set."""
    try:
        from pagefind_bin import get_executable

        command = str(get_executable())
    except ImportError:
        command = shutil.which("pagefind") or "pagefind"
    nice = shutil.which("nice") if stop is not None else None
    args = [command, "--site", str(site), "--output-path", str(bundle),
            "--force-language", language, "--silent"]  # fmt: skip
    try:
        proc = subprocess.Popen(_dying_with_us([nice, "-n", "19", *args] if nice else args),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except OSError as err:
        raise SitegenError(f"search index: cannot run Pagefind ({err}); set search = false "
                           "in sitegen.toml to build without search") from None  # fmt: skip
    deadline = time.monotonic() + 3600
    while True:
        try:
            _, stderr = proc.communicate(timeout=0.2)  # retried: no output is lost
            break
        except subprocess.TimeoutExpired:
            if (stop is not None and stop.is_set()) or time.monotonic() > deadline:
                proc.kill()
    if proc.returncode != 0:
        raise SitegenError(f"search index: Pagefind failed: {stderr.strip()[-500:]}")


# Run before Pagefind, in its process: Linux kills it with the process that started it
# (PR_SET_PDEATHSIG, kept across exec), so a killed build or server leaves no indexer
# behind. A launcher rather than ``preexec_fn``, which is unsafe once threads run: a
# build's worker pool and the live server have them (orphans were left running before).
_WITH_PARENT = """import ctypes, os, signal, sys
try:
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
except (OSError, AttributeError):
    pass  # no libc's prctl here: Pagefind runs all the same
if os.getppid() != int(sys.argv[1]):
    os._exit(1)  # the parent died before the signal was asked for
os.execvp(sys.argv[2], sys.argv[2:])"""


def _dying_with_us(args: list[str]) -> list[str]:
    """``args``, run so that the command dies with this process (on Linux)."""
    if not sys.platform.startswith("linux"):
        return args
    return [sys.executable, "-I", "-S", "-c", _WITH_PARENT, str(os.getpid()), *args]


MAGIC = b"pagefind_dcd"  # what Pagefind's files hold, gzipped, before their CBOR


def _load(path: Path) -> Any:
    import cbor2

    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MAGIC):
        raise SitegenError("search index: a Pagefind file of an unknown kind", path)
    return cbor2.loads(data[len(MAGIC) :])


def _dump(value: Any) -> bytes:
    import cbor2

    return gzip.compress(MAGIC + cbor2.dumps(value), mtime=0)


def settle(bundle: Path) -> None:
    """Make Pagefind's bundle the same bytes for the same site. Pagefind lists the values
    of a filter, and the filters and fields of a language, in the order of a hash map seeded
    anew in each run, and names each file after its bytes: here the lists are sorted and the
    files named after their sorted bytes (Pagefind reads them by the names the meta file
    gives, and the meta file by the name the entry file gives)."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text("utf-8"))
    for lang, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _load(meta_path)
        filters = []
        for name, old in meta[3]:
            values = _load(bundle / "filter" / f"{old}.pf_filter")
            values[1] = sorted(values[1], key=lambda item: str(item[0]))
            data = _dump(values)
            new = f"{lang}_{hashlib.sha1(data).hexdigest()[:7]}"
            (bundle / "filter" / f"{old}.pf_filter").unlink()
            (bundle / "filter" / f"{new}.pf_filter").write_bytes(data)
            filters.append([name, new])
        meta[3] = sorted(filters)
        meta[5] = sorted(meta[5])
        data = _dump(meta)
        info["hash"] = f"{lang}_{hashlib.sha1(data).hexdigest()[:10]}"
        meta_path.unlink()
        (bundle / f"pagefind.{info['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False
