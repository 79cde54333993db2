"""What a browser does not show is not the article: dialogs, error messages, screen-reader
labels and the copies sites keep for scripts, hidden by attribute, style or class."""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

HIDDEN_CLASSES = {"hide", "hidden", "d-none", "is-hidden", "visually-hidden", "sr-only"}
# C-speed prefilter; the test below decides
_MAY_HIDE = XPath(
    "//*[@hidden or contains(@style, 'none') or contains(@class, 'hid')"
    " or contains(@class, 'd-none') or contains(@class, 'sr-only')]"
)


def drop_hidden(tree: HtmlElement) -> None:
    for el in _MAY_HIDE(tree):
        style = el.get("style")
        hidden = (
            el.get("hidden") is not None
            or (style is not None and "display:none" in style.replace(" ", "").lower())
            or not HIDDEN_CLASSES.isdisjoint((el.get("class") or "").split())
        )
        if hidden and el.getparent() is not None:
            el.drop_tree()
