from pathlib import Path

import pytest

from sitegen.config import load_config
from sitegen.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sitegen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_values_and_defaults(tmp_path):
    cfg = load_config(write(tmp_path, 'title = "T"\nbase_url = "https://u.github.io/repo"\n'))
    assert cfg.title == "T"
    assert cfg.base_path == "/repo/"
    assert cfg.per_page == 10 and cfg.permalink == "/{year}/{month}/{slug}/"
    assert cfg.output_path == tmp_path / "public"


def test_unknown_key_names_key_and_file(tmp_path):
    path = write(tmp_path, 'titel = "typo"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "titel" in str(err.value) and str(path) in str(err.value)


@pytest.mark.parametrize(
    "line, key",
    [
        ('per_page = "ten"', "per_page"),
        ("title = 3", "title"),
        ('timezone = "Mars/Base"', "timezone"),
        ("per_page = 0", "per_page"),
        ('permalink = "/{year}/"', "permalink"),
        ('disable_kinds = ["tags"]', "disable_kinds"),
        ('disable_kinds = "authors"', "disable_kinds"),
    ],
)
def test_wrong_values_name_the_key(tmp_path, line, key):
    path = write(tmp_path, line + "\n")
    with pytest.raises(ConfigError, match=key):
        load_config(path)


def test_broken_toml_names_the_file(tmp_path):
    path = write(tmp_path, "title = \n")
    with pytest.raises(ConfigError, match=r"sitegen\.toml"):
        load_config(path)


def test_overrides_from_the_command_line(tmp_path):
    cfg = load_config(write(tmp_path, ""), base_url="/sub/", output_dir=None)
    assert cfg.base_path == "/sub/" and cfg.output_dir == "public"


def test_page_kinds_a_site_goes_without(tmp_path):
    cfg = load_config(write(tmp_path, 'disable_kinds = ["authors", "related"]\n'))
    assert cfg.disable_kinds == ("authors", "related")
    assert load_config(write(tmp_path, "")).disable_kinds == ()
