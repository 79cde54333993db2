"""Find a theme and the themes it extends: site templates > theme > ... > default."""

from __future__ import annotations

import tomllib
from pathlib import Path

from sitegen.config import Config
from sitegen.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent


def builtin_themes_dir() -> Path:
    """Installed wheels carry themes inside the package; a source checkout has them beside it."""
    inside = PACKAGE_DIR / "themes"
    return inside if inside.is_dir() else PACKAGE_DIR.parent / "themes"


def find_theme(name: str, site_root: Path) -> Path:
    """A theme by path, by name in the site's ``themes/`` folder, or built in."""
    for candidate in (site_root / name, site_root / "themes" / name, builtin_themes_dir() / name):
        if (candidate / "templates").is_dir():
            return candidate.resolve()
    raise ConfigError(f"theme {name!r} not found (looked in {site_root / 'themes'} and built-ins)")


def theme_chain(config: Config) -> list[Path]:
    """The theme folders to look in, most specific first, ending with the default theme."""
    chain = [find_theme(config.theme, config.root)]
    while True:
        meta = chain[-1] / "theme.toml"
        parent = tomllib.loads(meta.read_text("utf-8")).get("extends") if meta.exists() else None
        if parent is None and chain[-1].name != "default":
            parent = "default"
        if parent is None:
            return chain
        nxt = find_theme(parent, config.root)
        if nxt in chain:
            raise ConfigError(f"theme {chain[-1].name!r} extends itself through {parent!r}")
        chain.append(nxt)


def static_folders(config: Config) -> list[Path]:
    """Theme static folders, least specific first, so a site's own files win when copied last."""
    themes = [t / "static" for t in reversed(theme_chain(config))]
    return [f for f in themes if f.is_dir()]
