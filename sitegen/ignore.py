"""Which files a site skips: hidden files, the temporary files editors leave behind, and
symbolic links that lead out of the site."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path, PurePath

from sitegen.errors import Problem

_EDITOR_TEMP = re.compile(
    r"""^(
        \..*            # hidden files, vim's .x.swp, emacs's .#x lock files
      | .*~             # backups
      | \#.*\#          # emacs auto-save
      | 4913            # vim's write test
      | .*\.(sw[px]|tmp|bak|orig|part|crdownload)
    )$""",
    re.VERBOSE,
)


def is_ignored_name(name: str) -> bool:
    """True for a hidden file or folder name, or an editor's temporary file."""
    return bool(_EDITOR_TEMP.match(name)) and name not in (".", "..")


def is_ignored(path: PurePath) -> bool:
    """True if any part of the path is hidden or an editor's temporary file."""
    return any(is_ignored_name(part) for part in path.parts)


def link_problem(path: Path, site_root: Path) -> Problem | None:
    """Why a symbolic link is skipped (a loop, a broken link, one that leads out of the
    site folder), or None when it stays inside: the one rule for content and static files."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return Problem("error", "a symbolic link loop: skipped", path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return Problem("error", "a symbolic link loop: skipped", path)
        return Problem("warning", f"a broken symbolic link (to {os.readlink(path)}): skipped",
                       path)  # fmt: skip
    if not target.is_relative_to(site_root):
        return Problem("warning", f"a symbolic link to {target}, outside the site folder: "
                       "skipped, never published", path)  # fmt: skip
    return None
