"""A site kept up to date while its sources change: what ``serve`` and ``watch`` share.

It knows which paths are content, templates or config, rebuilds through the one
build (``sitegen.build``) with a ``Session`` kept alive, and tells listeners (the browser's
reload channel, the terminal) about each finished rebuild or error. A failed
rebuild leaves the last good output in place.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sitegen import search
from sitegen.build import build
from sitegen.config import Config, load_config
from sitegen.errors import Problem, SitegenError
from sitegen.incremental.session import Session
from sitegen.themes import theme_chain


@dataclass(frozen=True)
class Status:
    version: int  # bumped after every successful rebuild
    error: str | None  # the message of the last failed rebuild, until a good one
    seconds: float = 0.0
    written: int = 0
    problems: tuple[Problem, ...] = ()
    # output paths the rebuild changed or removed; None: anything may have (full reload)
    changed: frozenset[str] | None = None


class LiveSite:
    def __init__(self, config_file: Path | None, config: Config, output: Path, drafts: bool,
                 report: Callable[[Status], None] = lambda state: None):  # fmt: skip
        self.config_file = config_file
        self.config = config
        self.output = output
        self.drafts = drafts
        self.report = report
        self.session = Session(config, drafts)
        self.state = Status(0, None)
        self.changed = threading.Condition()
        self._writing = threading.Lock()  # a rebuild and putting an index in place take turns
        self._indexing = threading.Lock()  # one index made at a time
        self._index_due = threading.Event()
        self._indexer: threading.Thread | None = None
        self._closing = threading.Event()  # stops the index being made

    def watched_paths(self) -> list[Path]:
        """Content, the site's templates and static files, every theme in the chain, config."""
        paths = [self.config.content_path, self.config.root / "static", *self._template_folders()]
        if self.config_file is not None:
            paths.append(self.config_file)
        return paths

    def build_all(self) -> Status:
        """The first build, a whole new site; a failure is shown like any later one."""
        return self._rebuild(None, everything=True)

    def on_change(self, paths: set[Path]) -> Status:
        """Rebuild after a burst of changes; any error is kept for the overlay, not raised."""
        everything = False
        if self.config_file is not None and any(_same(p, self.config_file) for p in paths):
            try:
                self.config = load_config(self.config_file, output_dir=str(self.output))
            except SitegenError as err:
                return self._publish(Status(self.state.version, str(err)))
            self.session = Session(self.config, self.drafts)
            everything = True
        elif any(self._is_template(p) for p in paths):
            self.session.templates_changed()
            everything = True
        return self._rebuild(paths, everything)

    def _rebuild(self, paths: set[Path] | None, everything: bool) -> Status:
        try:
            with self._writing:
                result = build(self.config, self.session, paths=paths, index=False)
        except SitegenError as err:
            return self._publish(Status(self.state.version, str(err)))
        except Exception as err:  # a bug must not kill the server: show it like an error
            return self._publish(Status(self.state.version, f"{type(err).__name__}: {err}"))
        status = self._publish(Status(self.state.version + 1, None, result.seconds,
                                      result.files_written, tuple(result.problems),
                                      None if everything else result.changed))  # fmt: skip
        if search.needed(self.config, result.changed) and not self._index_due.is_set():
            self._index_due.set()  # after the reload: the browser need not wait for it
            self._indexer = threading.Thread(target=self._index, daemon=True)
            self._indexer.start()
        return status

    def _index(self) -> None:
        """Bring the search index up to date. Pagefind reads the live pages while rebuilds
        go on (at 10,000 articles it takes seconds: an edit must not wait for it); only
        putting its bundle in place waits for a rebuild. An index made while a rebuild
        changed pages is put in place all the same, and the one due after that rebuild
        follows it; its failure then is not told (pages moved under Pagefind)."""
        with self._indexing:
            if self._closing.is_set():
                return
            self._index_due.clear()
            try:
                with search.bundle(self.config, self._closing) as made, self._writing:
                    search.put_in_place(self.config, made)
            except SitegenError as err:
                if not (self._index_due.is_set() or self._closing.is_set()):
                    self.report(Status(self.state.version, f"search index: {err}"))

    def close(self) -> None:
        """Stop the search index being made, and wait until its work folder is gone."""
        self._closing.set()
        if self._indexer is not None:
            self._indexer.join(timeout=30)

    def index_settled(self) -> bool:
        """Whether the search index follows the last rebuild: none due, none being made."""
        return not self._index_due.is_set() and not self._indexing.locked()

    def _template_folders(self) -> list[Path]:
        """The site's templates/ and every theme folder in the chain (a bad theme: none)."""
        folders = [self.config.root / "templates"]
        with contextlib.suppress(SitegenError):
            folders += theme_chain(self.config)
        return folders

    def _is_template(self, path: Path) -> bool:
        return any(path.is_relative_to(f) or path.is_relative_to(f.resolve())
                   for f in self._template_folders())  # fmt: skip

    def _publish(self, state: Status) -> Status:
        with self.changed:
            self.state = state
            self.changed.notify_all()
        self.report(state)
        return state

    def wait(self, seen: Status, timeout: float) -> Status:
        """Block until the state differs from ``seen`` (or the timeout passes)."""
        with self.changed:
            self.changed.wait_for(lambda: self.state != seen, timeout)
            return self.state


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
