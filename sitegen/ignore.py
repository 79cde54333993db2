"""Which files a site ignores: hidden files and the temporary files editors leave behind."""

from __future__ import annotations

import re
from pathlib import PurePath

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
