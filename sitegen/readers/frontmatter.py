"""Split YAML front matter from a document, keeping line numbers for error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitegen.errors import SitegenError

if TYPE_CHECKING:
    import yaml

_FENCE = re.compile(r"^(---|\.\.\.)\s*$")
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


@cache
def _loader() -> type[yaml.SafeLoader]:
    """libyaml's loader when the wheel has it (ten times as fast). PyYAML is imported only
    for front matter that is not flat (``_flat``): its import costs a one-article rebuild
    a tenth of its time."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    import yaml

    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = [(None, 0)]
    for event in yaml.parse(block, Loader=_loader()):
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


# Flat front matter, read without YAML's Python constructor (a quarter of its time): keys
# with a quoted string, plain text, an ISO date or time, or a list of those. Anything else
# (and any value these patterns might read otherwise than YAML does) goes to YAML.
_ENTRY = re.compile(r"([A-Za-z_][\w-]*):(?: (.*))?")
_ITEM = re.compile(r"( +)- (.*)")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_PLAIN_SAFE = frozenset(":#")  # a plain scalar holding neither is just its text to YAML
_NOT_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})  # YAML 1.1's
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?")
_NOT_FLAT = object()  # what ``_scalar`` gives for a value of none of the forms


def _scalar(text: str) -> object:
    """A value as YAML reads it, or ``_NOT_FLAT`` where it is not one of the forms."""
    if not text.isprintable():
        return _NOT_FLAT  # control characters: YAML refuses some
    if len(text) > 1 and text[0] == text[-1] == '"' and '"' not in text[1:-1] \
            and "\\" not in text:  # fmt: skip
        return text[1:-1]
    if len(text) > 1 and text[0] == text[-1] == "'" and "'" not in text[1:-1]:
        return text[1:-1]
    if _WORD.fullmatch(text) and text.casefold() not in _NOT_WORDS:
        return text
    if text[:1].isalpha() and _PLAIN_SAFE.isdisjoint(text) and text == text.rstrip() \
            and text.casefold() not in _NOT_WORDS:  # fmt: skip
        return text  # plain text ("title: My trip to Lisbon"), as most front matter is
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
        if _MOMENT.fullmatch(text):
            return datetime.fromisoformat(text)
    except ValueError:
        pass  # YAML says what is wrong with it
    return _NOT_FLAT


def _flat(block: str) -> dict[str, Any] | None:
    """Front matter of the flat forms above, as YAML reads it; None for anything else."""
    meta: dict[str, Any] = {}
    items: list[object] | None = None
    indent = ""  # of a list's items: all alike
    for line in block.splitlines():
        item = _ITEM.fullmatch(line) if items is not None else None
        if item:
            indent = indent or item.group(1)
            value = _scalar(item.group(2))
            if value is _NOT_FLAT or item.group(1) != indent:
                return None
            items.append(value)
            continue
        entry = _ENTRY.fullmatch(line)
        if entry is None or entry.group(1).casefold() in _NOT_WORDS:
            return None  # "on:" is a key YAML reads as true
        key, text = entry.groups()
        if text is None:  # a list's items follow
            meta[key] = items = []
            indent = ""
            continue
        value, items = _scalar(text), None
        if value is _NOT_FLAT:
            return None
        meta[key] = value
    if not meta or any(value == [] for value in meta.values()):
        return None  # "key:" with nothing under it is null to YAML
    return meta


def _failing_line(lines: list[str]) -> int:
    """The front matter line whose value cannot be read (line numbers count the fence)."""
    import yaml

    for number, line in enumerate(lines, start=2):
        if _KEY.match(line):
            try:
                yaml.load(line, Loader=_loader())
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
    meta = _flat(block) if "*" not in block else None  # aliases: YAML's, counted first
    if meta is None:
        meta = _yaml(block, lines[1:end], path)
    if not isinstance(meta, dict):
        raise SitegenError("front matter must be a mapping of keys to values", path, 2)
    key_lines = {}
    for number, line in enumerate(lines[1:end], start=2):
        match = _KEY.match(line)
        if match:
            key_lines.setdefault(match.group(1), number)
    return FrontMatter(meta, "".join(lines[end + 1 :]), end + 2, key_lines)


def _yaml(block: str, lines: list[str], path: Path) -> Any:
    """Front matter that is not flat, read by PyYAML; its errors name the file and line."""
    import yaml

    try:
        check_aliases(block)
        return yaml.load(block, Loader=_loader()) if block.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err)
        raise SitegenError(f"invalid YAML front matter: {problem}", path, line) from None
    except (ValueError, OverflowError) as err:  # a date YAML reads but Python cannot hold
        line = _failing_line(lines)
        raise SitegenError(f"invalid value in front matter: {err}", path, line) from None
