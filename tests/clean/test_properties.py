"""The cleaner's promises on any text at all."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.clean import clean_text
from sitegen.clean.document import normalise

lines = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(["Comments", "By Jane Roe", "22 October 2017 11:18 BST", "Share", ""]),
        st.text(alphabet=st.characters(categories=["L", "Zs", "P"]), min_size=30, max_size=300),
    ),
    max_size=40,
)


@given(lines)
@settings(max_examples=300, deadline=None)
def test_never_raises_and_never_invents_body_text(parts):
    text = "\n".join(parts)
    e = clean_text(text)
    source = {normalise(line) for line in text.replace("\r", "\n").split("\n")}
    for paragraph in e.body:
        assert paragraph in source
    # the title is a line, or the end of one whose breadcrumb trail went
    assert e.title == "" or any(line.endswith(e.title) for line in source)


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_arbitrary_decoded_bytes(data):
    clean_text(data.decode("utf-8", errors="replace"))
