"""Sealed cache files: what the build cache pickles carries a keyed hash, checked first.

A pickle runs code when it is loaded, so a ``.sitegen-cache/`` planted in a site folder
(a cloned repository, an unpacked archive) must never be unpickled as it is. Every
blob is signed with a key kept outside the site, in the user's cache folder
(``$XDG_CACHE_HOME/sitegen/cache-key``, mode 0600); a blob whose seal does not match
is treated like a missing cache: the build starts afresh.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
from functools import cache
from pathlib import Path
from typing import Any

_SIZE = 32
_ENV = "SITEGEN_CACHE_KEY"  # an ephemeral key, where no key file can be kept


class BadSeal(ValueError):
    """The blob was not written by sitegen with this user's key."""


def key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitegen" / "cache-key"


@cache
def key() -> bytes:
    """The user's key, made on first use; where no file can hold it, one for this process
    and its workers (caches then never outlive it)."""
    path = key_file()
    try:
        data = path.read_bytes()
        if len(data) == _SIZE:
            return data
    except OSError:
        pass
    fresh = os.urandom(_SIZE)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".cache-key.{os.getpid()}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(fresh)
        try:
            os.link(temp, path)  # the first process to make a key wins; others read it
        except FileExistsError:
            pass
        finally:
            temp.unlink(missing_ok=True)
        data = path.read_bytes()
        if len(data) == _SIZE:
            return data
    except OSError:
        pass
    if _ENV not in os.environ:
        os.environ[_ENV] = fresh.hex()
    return bytes.fromhex(os.environ[_ENV])


def _mac(data: bytes | memoryview) -> bytes:
    return hashlib.blake2b(data, key=key(), digest_size=_SIZE).digest()


def seal(data: bytes) -> bytes:
    return _mac(data) + data


def unseal(blob: bytes) -> bytes:
    view = memoryview(blob)
    if len(blob) < _SIZE or not hmac.compare_digest(_mac(view[_SIZE:]), blob[:_SIZE]):
        raise BadSeal("not sealed with this user's key")
    return blob[_SIZE:]


def dumps(value: object) -> bytes:
    return seal(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def loads(blob: bytes) -> Any:
    """Unpickle only what this user's sitegen sealed."""
    return pickle.loads(unseal(blob))
