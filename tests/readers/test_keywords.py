"""An article's keywords: its commonest content words, read from the article alone."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from sitegen.readers.keywords import KEPT, keywords, keywords_of, word_count, words

TEXT = (
    "The ferry to Raqqa's harbour left late. The ferry's crew said the harbour was full; "
    "the harbour master said the ferry was early. Harbour fees rose, and fees fell. "
    "Dresden, DRESDEN and Dresden again: the ferry, the fees and the city."
)


def test_the_commonest_content_words_ties_alphabetical():
    assert keywords(TEXT, "en")[:4] == ("ferry", "harbour", "dresden", "fees")
    assert "the" not in keywords(TEXT, "en")  # a function word, however common


def test_keywords_are_the_words_counted():
    counts = Counter(words(TEXT, "en"))
    expected = sorted((w for w, n in counts.items() if n >= 2), key=lambda w: (-counts[w], w))
    assert keywords(TEXT, "en") == tuple(expected[:KEPT])


@given(st.lists(st.sampled_from(["ferry", "Ferry's", "raqqa’s", "fees,", "(harbour)", "co-op",
                                 "it's", "x's's", "1990's", "naïve", "rock'n'roll", "—", "\u00a0",
                                 "élan.", "o'neill", "42", "snake_case", "DRESDEN!"]),
                max_size=60).map(" ".join))  # fmt: skip
def test_keywords_count_the_words_that_words_gives_whatever_the_punctuation(text):
    counts = Counter(words(text, "en"))
    expected = sorted((w for w, n in counts.items() if n >= 2), key=lambda w: (-counts[w], w))
    assert keywords(text, "en") == tuple(expected[:KEPT])



@given(st.lists(st.sampled_from([f"word{chr(97 + i)}" for i in range(26)]
                                + [f"term{chr(97 + i)}," for i in range(14)]),
                min_size=40, max_size=200).map(" ".join))  # fmt: skip
def test_more_words_than_are_kept_the_ties_at_the_cut_go_alphabetically(text):
    """Forty candidates, twenty kept: the counts are read commonest first and stop at the
    last one kept, yet a word as common as it and earlier in the alphabet still wins."""
    counts = Counter(words(text, "en"))
    expected = sorted((w for w, n in counts.items() if n >= 2), key=lambda w: (-counts[w], w))
    assert keywords(text, "en") == tuple(expected[:KEPT])


@given(st.text(st.sampled_from("ab C\u00df\u0130 \n\t.\u00a0\u3042\u4e00"), max_size=80),
       st.integers(0, 90))  # fmt: skip
def test_a_word_count_from_a_counted_start_is_the_whole_texts(text, cut):
    """An article's start is split once, for its keywords; its words count towards the
    whole, and a word across the cut is counted once."""
    head = text[:cut]
    pieces = head.casefold().split()  # casefolding ("ß" -> "ss") never adds or takes a space
    assert word_count(text, (len(head), len(pieces))) == word_count(text)
    assert keywords_of(pieces, "en") == keywords(head, "en")
