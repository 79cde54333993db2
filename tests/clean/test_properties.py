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
    source = [normalise(line) for line in text.replace("\r", "\n").split("\n")]
    for paragraph in e.body:
        assert _lines_run(paragraph, source)
    # the title is a line (or lines a wrapped paste broke it into), or the end of one whose
    # breadcrumb trail went
    assert e.title == "" or any(_lines_run(e.title, source[i:], tail=True)
                                for i in range(len(source)))  # fmt: skip


def _lines_run(text: str, source: list[str], tail: bool = False) -> bool:
    """``text`` is a line of ``source``, or consecutive lines run together (a hard-wrapped
    paragraph made whole), with a space between them or none after a hyphen; with
    ``tail``, the first of them may be the end of a line."""
    for i, line in enumerate(source):
        if not line or not (text.startswith(line) or (tail and i == 0 and text in line)):
            continue
        rest, j = text[len(line) :] if text.startswith(line) else "", i + 1
        while rest and j < len(source) and source[j]:
            rest = rest.removeprefix(" ")
            if not rest.startswith(source[j]):
                break
            rest, j = rest[len(source[j]) :], j + 1
        if not rest:
            return True
        if tail:
            return False
    return False


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_arbitrary_decoded_bytes(data):
    clean_text(data.decode("utf-8", errors="replace"))
