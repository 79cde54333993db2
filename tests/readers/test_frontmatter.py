from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.errors import SitegenError
from sitegen.readers.frontmatter import _flat, _loader, split_front_matter

P = Path("post.md")


def test_meta_body_and_key_lines():
    fm = split_front_matter("---\ntitle: Hi\ndate: 2020-01-01\n---\nBody\n", P)
    assert fm.meta["title"] == "Hi"
    assert fm.body == "Body\n"
    assert fm.line_of("date") == 3
    assert fm.body_line == 5


def test_no_front_matter_is_all_body():
    fm = split_front_matter("# Title\n\ntext\n", P)
    assert fm.meta == {} and fm.body.startswith("# Title")


def test_broken_yaml_reports_the_line_in_the_file():
    text = "---\ntitle: ok\ntags: [a, b\ndate: 2020-01-01\n---\n"
    with pytest.raises(SitegenError) as err:
        split_front_matter(text, P)
    assert err.value.path == P
    assert err.value.line in (3, 4)  # where YAML notices the unclosed list


def test_unclosed_front_matter():
    with pytest.raises(SitegenError, match="never closed"):
        split_front_matter("---\ntitle: x\n", P)


def test_front_matter_must_be_a_mapping():
    with pytest.raises(SitegenError, match="mapping"):
        split_front_matter("---\n- a\n- b\n---\n", P)


_KEYS = st.sampled_from(["title", "date", "tags", "on", "Yes", "slug", "draft", "x_y", "a-b"])
_VALUES = st.one_of(
    st.text(max_size=12).map(lambda t: f'"{t}"'),
    st.text(max_size=12).map(lambda t: f"'{t}'"),
    st.text(alphabet="abcXYZ019-:#*&!. ", max_size=10),
    st.text(alphabet="aéZ ,.'\"[]{}|>-?!%@`&*#:\t\xa0", max_size=14).map(lambda t: "Ab" + t),
    st.sampled_from(["true", "No", "null", "~", "NULL", "yEs", "2020-01-01", "2020-02-30",
                     "2019-10-18T03:19:00+01:00", "2019-10-18T03:19:00Z", "2019-10-18T03:19:00",
                     "2019-10-18 03:19:00", "12", "1e3", ".inf", "0x1F", "[a, b]", "{a: 1}"]),
)  # fmt: skip
_LINES = st.one_of(
    st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    _KEYS.map(lambda k: f"{k}:"),
    st.tuples(st.sampled_from(["  ", "    ", " ", ""]), _VALUES).map(lambda iv: f"{iv[0]}- {iv[1]}"),
    st.sampled_from(["", "# a comment", "  nested: 1"]),
)


@settings(max_examples=500)
@given(st.lists(_LINES, max_size=8).map("\n".join))
def test_flat_front_matter_is_read_as_yaml_reads_it(block):
    """The fast reader of flat front matter gives YAML's values or steps aside."""
    try:
        expected = yaml.load(block, Loader=_loader())
    except (yaml.YAMLError, ValueError, OverflowError):
        expected = ValueError
    found = _flat(block)
    assert found is None or found == expected


def test_everyday_front_matter_takes_the_fast_path():
    block = ('title: "Salt Roads: a Journey"\ndate: 2019-10-18T03:19:00+01:00\n'
             "author: 'Amina Diallo'\ntags:\n  - \"Travel\"\n  - Sahara\nslug: salt-roads\n")  # fmt: skip
    assert _flat(block) == yaml.load(block, Loader=_loader())
    assert _flat(block)["tags"] == ["Travel", "Sahara"]
    plain = "title: The Ferry Stopped. Then the Island Built Its Own\nauthor: Ana O'Neil\n"
    assert _flat(plain) == yaml.load(plain, Loader=_loader())
