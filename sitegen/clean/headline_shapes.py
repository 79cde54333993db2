"""What a headline's own text looks like beside the lines around it: a sentence's end, its
case against its standfirst's, a headline of a word or three; and a label no headline
looks like ("News provided by"). Pure tests of lines, read by ``learned`` where it weighs
the model's pick against the lines above it, and by the rules' headline tests."""

from __future__ import annotations

import re
from functools import cache

from sitegen.clean.byline_data import byline_data
from sitegen.clean.document import Line
from sitegen.clean.language import function_words
from sitegen.clean.trails import TRAIL_MARKS

# a sentence ending inside a line: a word of three letters or more ("vs." and "Dr." are
# no ends), its stop, a capital next
_SENTENCE_END = re.compile(r"\w{3}[.!?][\"”’)]*\s+[\"“‘(]*([^\W\d_])")
KICKER_UNDER = 4  # a line of fewer words straight over a headline is its kicker


def ends_sentence(text: str) -> bool:
    """Ends a sentence: a full stop at its end (not an ellipsis), or a sentence after one."""
    return (text.endswith(".") and not text.endswith("..")) or any(
        m.group(1).isupper() for m in _SENTENCE_END.finditer(text)
    )


def short_headline(line: Line) -> bool:
    """A headline of a word or three ("Salt Roads"), not a trail or a label ("Group: Yazd
    » Yazd")."""
    return line.n_words < KICKER_UNDER and not any(c in line.text for c in TRAIL_MARKS + ":")


TOPIC_WORDS = 3  # "<topic>: <headline>": a headline's form, a topic of this many words at most


def topic_first(text: str) -> bool:
    """The line names its topic before a colon, as headlines do ("Ukrainische
    Gegenoffensive: Ziele, Chancen, Risiken"); a standfirst runs on as a sentence."""
    topic, colon, rest = text.partition(":")
    return bool(colon) and 0 < len(topic.split()) <= TOPIC_WORDS and bool(rest.strip())


CASED, UNCASED = 0.8, 0.3  # shares of capitalised longer words: Title Case, sentence case
CASE_WORDS = 3  # longer words (four letters up) a line needs for its case to tell


def _capitalised(line: Line, first: bool) -> float | None:
    """The share of the line's longer words that are capitalised (None for too few to
    tell), its first word counted or not."""
    words = [w for w in line.words[0 if first else 1 :] if len(w) >= 4]
    if len(words) < CASE_WORDS:
        return None
    return sum(w[0].isupper() for w in words) / len(words)


def title_case(line: Line, lang: str) -> bool:
    """Set in Title Case, as a headline is where a site sets its headlines so ("Federal
    Reserve's Low Rate Policy Is A 'Dangerous Gamble'"); a standfirst runs as a sentence.
    Its function words tell, capitalised at least half of them: a German sentence's nouns
    are capitalised, its "und" and "hat" are not ("Die Gegenoffensive hat Ziele, Chancen
    und Risiken")."""
    cased = _capitalised(line, False)
    if cased is None or cased < CASED:
        return False
    own = function_words(lang)
    small = [w for w in line.words[1:] if w.casefold() in own]
    return bool(small) and 2 * sum(w[0].isupper() for w in small) >= len(small)


def title_over_sentence(upper: Line, lower: Line) -> bool:
    """A headline in Title Case straight over a line in sentence case ("Why Your Build Is
    Slow" over "And what a profiler told me about it"): where a site sets its headlines in
    Title Case, its standfirst in sentence case, the case tells them apart, whatever the
    model, which reads a short headline's words ("your") as a prompt's, made of them.
    Not a site's name with its separators ("Rams News | Los Angeles Rams")."""
    cased, uncased = _capitalised(upper, True), _capitalised(lower, False)
    return (upper.n_words >= KICKER_UNDER and cased is not None and uncased is not None
            and cased >= CASED and uncased <= UNCASED
            and not any(mark in upper.text for mark in ("|", "·", "•", " - ")))  # fmt: skip


LABEL_WORDS = 4  # "News provided by": a short label, over the name it introduces


@cache
def _prefix_at_end() -> re.Pattern[str]:
    words = sorted((w for w in byline_data()["prefixes"] if w.isalpha() or " " in w), key=len,
                   reverse=True)  # fmt: skip
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, words)) + r")$", re.I)


def introduces_names(line: Line) -> bool:
    """A short label ending with a byline's "by", the name it introduces on the next line:
    "News provided by", "Written by", "Ein Beitrag von". No headline ends so."""
    return line.n_words <= LABEL_WORDS and bool(_prefix_at_end().search(line.text.rstrip()))
