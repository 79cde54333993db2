"""Chrome signals: small rules with one signature, run in order by ``RULES``.

Each rule reads the document (with the collection it came from, ``doc.collection``)
and marks lines with a role and a reason; ``sitegen extract --explain`` prints those reasons.
"""

from __future__ import annotations

from collections.abc import Callable

from sitegen.clean.document import Document
from sitegen.clean.signals import (
    about_box,
    above_headline,
    caption_twice,
    cards,
    closing_list,
    comments,
    contents,
    copyright_notice,
    credits,
    date_lines,
    echoed,
    glued,
    hashtags,
    head_tail,
    headings,
    lead_past_widget,
    main_block,
    phrases,
    prompt_atop,
    prompt_box,
    repeated,
    repeats_title,
    teasers,
)

Rule = Callable[[Document], None]

# Before the metadata step: lines that are chrome wherever they stand, then the body's extent.
BEFORE_METADATA: list[Rule] = [
    phrases.rule, hashtags.rule, repeated.rule, glued.rule, main_block.rule, teasers.rule_above,
    above_headline.rule,
]
# After it: the body's start under the headline group, everything left outside the body,
# then what stands between body paragraphs.
AFTER_METADATA: list[Rule] = [
    lead_past_widget.rule, prompt_atop.rule, caption_twice.rule, comments.rule,
    copyright_notice.rule, about_box.rule, teasers.rule, cards.rule, closing_list.rule,
    prompt_box.rule, head_tail.rule, contents.rule, echoed.rule, repeats_title.rule, credits.rule,
    headings.rule, date_lines.rule,
]
