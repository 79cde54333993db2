"""Shared helpers: build a real site from files written into a temporary folder."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from sitegen.build import BuildResult, build
from sitegen.config import load_config

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def article(
    title: str, date: str, tags: list[str] | None = None, body: str = "Body text.", **meta: str
) -> str:
    """A Markdown article with front matter, for tests that need many."""
    lines = ["---", f"title: {title!r}", f"date: {date}"]
    if tags is not None:
        lines.append(f"tags: {tags!r}")
    lines += [f"{k}: {v}" for k, v in meta.items()]
    return "\n".join([*lines, "---", "", body, ""])


SiteBuilder = Callable[..., BuildResult]


@pytest.fixture
def site(tmp_path: Path) -> Callable[..., tuple[Path, BuildResult]]:
    """Write ``files`` into a fresh site folder, build it, return (output folder, result)."""

    def make(
        files: dict[str, str | bytes], config: str = "", drafts: bool = False, **overrides: object
    ) -> tuple[Path, BuildResult]:
        write_files(tmp_path, {"sitegen.toml": 'title = "Test site"\n' + config, **files})
        cfg = load_config(tmp_path / "sitegen.toml", **overrides)
        return cfg.output_path, build(cfg, drafts=drafts)

    return make
