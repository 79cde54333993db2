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

DEFAULT_DELAY = 0.05  # seconds without events before a burst counts as finished


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
    def __init__(self, debouncer: Debouncer):
        self.debouncer = debouncer

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
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
        handler = _Handler(self.debouncer)
        watched: set[Path] = set()
        for path in paths:
            folder = path if path.is_dir() else path.parent
            if folder.is_dir() and folder not in watched:
                self.observer.schedule(handler, str(folder), recursive=path.is_dir())
                watched.add(folder)

    def start(self) -> Watcher:
        self.observer.start()
        return self

    def stop(self) -> None:
        self.debouncer.cancel()
        self.observer.stop()
        self.observer.join(timeout=5)
