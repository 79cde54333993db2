"""What every reader's article goes through (``sitegen.readers.article``)."""

from hypothesis import given
from hypothesis import strategies as st

from sitegen.readers.article import _NOT_XML, _has_control


@given(st.text(st.characters(blacklist_categories=())))  # surrogates and controls included
def test_a_text_holds_a_character_no_xml_may_hold_exactly_when_the_pattern_finds_one(text):
    assert _has_control(text) == bool(_NOT_XML.search(text))


def test_the_characters_no_xml_may_hold_are_found_among_others():
    for bad in ("\x00", "\x08", "\x0b", "\x1f", "\ufffe", "\uffff"):
        assert _has_control(f"Harbour “plan”{bad} approved")
    assert not _has_control("Harbour\t“plan”\r\napproved \u00a0 \U0001f600 \ud800")
