"""Chrome signals for saved pages: what trafilatura kept that is still the site's.

Same shape as the pasted-text rules (``sitegen.clean.signals``), and two of those run
here unchanged: phrase lists and repetition across the collection. The others read
what only markup tells: links, headings, the page's own title and description.
"""

from __future__ import annotations

from collections.abc import Callable

from sitegen.clean.context import CleanContext
from sitegen.clean.signals import phrases, repeated
from sitegen.saved.page import PageDocument
from sitegen.saved.signals import captions, contact, dates, head, links, repeats, title

Rule = Callable[[PageDocument, CleanContext], None]

RULES: list[Rule] = [
    title.rule, captions.rule, phrases.rule, repeated.rule, links.rule, repeats.rule,
    head.rule, dates.rule, contact.rule,
]  # fmt: skip
