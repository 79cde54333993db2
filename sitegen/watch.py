"""Watch the site's folders with watchdog and report changes once a burst has settled.

An editor's save-via-rename, a ``git checkout`` of a thousand files, or a file
written slowly all arrive as many events; the debouncer waits until no event has
come for ``delay`` seconds and then reports the whole set once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from sitegen.ignore import is_ignored

DEFAULT_DELAY = 0.02  # seconds without events before a burst counts as finished


class Debouncer:
    """Collects paths and calls ``callback`` with all of them after a quiet spell."""

    def __init__(self, callback: Callable[[set[Path]], None], delay: float = DEFAULT_DELAY):
        self.callback = callback
        self.delay = delay
        self._paths: set[Path] = set()
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._running = threading.Lock()  # one callback at a time; later changes wait

    def add(self, path: Path) -> None:
        with self._lock:
            self._paths.add(path)
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._running:
            with self._lock:
                paths, self._paths = self._paths, set()
                self._timer = None
            if paths:
                self.callback(paths)

    def cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()


class _Handler(FileSystemEventHandler):
    def __init__(self, debouncer: Debouncer, on_event: Callable[[], None]):
        self.debouncer = debouncer
        self.on_event = on_event

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        self.on_event()
        if event.is_directory and event.event_type == "modified":
            return  # a folder's mtime changes with every file in it; the file events say more
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                path = Path(raw if isinstance(raw, str) else raw.decode())
                if not is_ignored(Path(path.name)):
                    self.debouncer.add(path)


class Watcher:
    """Watches folders (recursively) and single files; call ``stop()`` to end."""

    def __init__(self, paths: Iterable[Path], callback: Callable[[set[Path]], None],
                 delay: float = DEFAULT_DELAY):  # fmt: skip
        self.debouncer = Debouncer(callback, delay)
        self.observer = Observer()
        self._handler = _Handler(self.debouncer, self._adopt)
        self._watched: set[Path] = set()
        self._pending: list[Path] = []  # folders that do not exist yet, like a new templates/
        self._lock = threading.Lock()
        for path in paths:
            if path.is_dir():
                self._watch(path, recursive=True)
            elif path.exists():
                self._watch(path.parent, recursive=False)
            else:
                self._pending.append(path)
                parent = next((p for p in path.parents if p.is_dir()), None)
                if parent is not None:
                    self._watch(parent, recursive=False)

    def _watch(self, folder: Path, recursive: bool) -> None:
        if folder not in self._watched:
            self.observer.schedule(self._handler, str(folder), recursive=recursive)
            self._watched.add(folder)

    def _adopt(self) -> None:
        """Start watching a folder that was missing once it appears (and report its files)."""
        if not self._pending:
            return
        with self._lock:
            for path in [p for p in self._pending if p.is_dir()]:
                self._pending.remove(path)
                self._watch(path, recursive=True)
                for found in path.rglob("*"):
                    self.debouncer.add(found)

    def start(self) -> Watcher:
        self.observer.start()
        return self

    def stop(self) -> None:
        self.debouncer.cancel()
        self.observer.stop()
        self.observer.join(timeout=5)
