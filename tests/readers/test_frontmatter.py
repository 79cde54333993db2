from pathlib import Path

import pytest

from sitegen.errors import SitegenError
from sitegen.readers.frontmatter import split_front_matter

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
