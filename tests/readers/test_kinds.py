"""A file's kind is told from its name's suffix, as pathlib tells it."""

from pathlib import PurePosixPath

from hypothesis import given
from hypothesis import strategies as st

from sitegen.readers.kinds import suffix


@given(st.text(st.sampled_from("aZ.é-_ 1"), min_size=1, max_size=12))
def test_a_names_suffix_is_pathlibs_lower_cased(name):
    assert suffix(name) == PurePosixPath(name).suffix.lower()


def test_examples():
    assert suffix("Notes.MD") == ".md"
    assert suffix(".md") == "" and suffix("draft.") == ""
    assert suffix("archive.tar.txt") == ".txt"
