"""Chrome signals for saved pages: what trafilatura kept that is still the site's.

Same shape as the pasted-text rules (``sitegen.clean.signals``); their phrase lists run
here unchanged. The others read what markup tells: links, captions, the headline, the
blocks' order. Repetition across a collection is not used: on the benchmark's same-site
pairs it removed as much of the articles' own text as chrome (bench/EXTRACTION.md).
"""

from __future__ import annotations

from collections.abc import Callable

from sitegen.clean.signals import phrases
from sitegen.saved.page import PageDocument
from sitegen.saved.signals import captions, contact, dates, head, links, repeats, title

Rule = Callable[[PageDocument], None]

RULES: list[Rule] = [
    title.rule, captions.rule, phrases.rule, links.rule, repeats.rule,
    head.rule, dates.rule, contact.rule,
]  # fmt: skip
