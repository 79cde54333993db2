"""The shapes a headline's own line has, or never has."""

import pytest

from sitegen.clean.document import Document
from sitegen.clean.headline_shapes import introduces_names


@pytest.mark.parametrize("text, label", [
    ("News provided by", True),  # over the company that issued a press release
    ("Written by", True),
    ("Ein Beitrag von", True),
    ("Stand by", True),  # a two-word headline ending so is rare enough to give up
    ("Harbour board approves the timetable backed by", False),  # too long for a label
    ("By Jo Lee", False),  # the byline itself
])
def test_a_label_that_introduces_the_name_under_it(text, label):
    assert introduces_names(Document.from_text(text).lines[0]) is label
