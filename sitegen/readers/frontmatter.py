"""Split YAML front matter from a document, keeping line numbers for error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitegen.errors import SitegenError

_FENCE = re.compile(r"^(---|\.\.\.)\s*$")
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: 10x faster


@dataclass
class FrontMatter:
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line where the body starts
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, 1)


MAX_EXPANDED = 10_000  # values front matter may stand for once aliases are expanded


def check_aliases(block: str) -> None:
    """Refuse excessive aliasing before anything is built from it, as Hugo does: nine
    anchors of nine aliases each (a "billion laughs") expand to 387 million values. The
    size each anchor stands for is counted from the parser's events, never expanded."""
    if "*" not in block:
        return
    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = [(None, 0)]
    for event in yaml.parse(block, Loader=_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append((event.anchor, 1))
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            anchor, size = None, sizes.get(event.anchor or "", 1)
        else:
            continue
        if anchor:
            sizes[anchor] = size
        parent, total = stack[-1]
        stack[-1] = (parent, total + size)
        if total + size > MAX_EXPANDED:
            raise yaml.MarkedYAMLError(problem="excessive aliasing (the aliases expand to "
                                       f"more than {MAX_EXPANDED:,} values)",
                                       problem_mark=event.start_mark)  # fmt: skip


def _failing_line(lines: list[str]) -> int:
    """The front matter line whose value cannot be read (line numbers count the fence)."""
    for number, line in enumerate(lines, start=2):
        if _KEY.match(line):
            try:
                yaml.load(line, Loader=_LOADER)
            except (ValueError, OverflowError, yaml.YAMLError):
                return number
    return 2


def split_front_matter(text: str, path: Path) -> FrontMatter:
    """Parse a leading ``---`` YAML block; a document without one has empty metadata."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return FrontMatter({}, text, 1)
    for end in range(1, len(lines)):
        if _FENCE.match(lines[end]):
            break
    else:
        raise SitegenError("front matter starts with '---' but is never closed", path, 1)
    block = "".join(lines[1:end])
    try:
        check_aliases(block)
        meta = yaml.load(block, Loader=_LOADER) if block.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err)
        raise SitegenError(f"invalid YAML front matter: {problem}", path, line) from None
    except (ValueError, OverflowError) as err:  # a date YAML reads but Python cannot hold
        line = _failing_line(lines[1:end])
        raise SitegenError(f"invalid value in front matter: {err}", path, line) from None
    if not isinstance(meta, dict):
        raise SitegenError("front matter must be a mapping of keys to values", path, 2)
    key_lines = {}
    for number, line in enumerate(lines[1:end], start=2):
        match = _KEY.match(line)
        if match:
            key_lines.setdefault(match.group(1), number)
    return FrontMatter(meta, "".join(lines[end + 1 :]), end + 2, key_lines)
