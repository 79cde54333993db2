"""Every HTML page of the bundled site is valid HTML, by the W3C's Nu Html Checker
(vnu.jar, the validator behind validator.w3.org/nu), run here on the built files."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_cli import SITEGEN

VNU = Path(os.environ.get("VNU_JAR", REPO / ".ci/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
JAVA = shutil.which("java")
missing = None if JAVA and VNU.is_file() else "java or vnu.jar missing"
if missing and os.environ.get("CI"):
    pytest.fail(f"the HTML check must run in CI: {missing}", pytrace=False)
pytestmark = pytest.mark.skipif(missing is not None,
                                reason=f"{missing} (install: see .ci/run, or set VNU_JAR)")


def bundled_site(tmp_path: Path) -> Path:
    """The repository's own site (content, settings), built by the installed command."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "sitegen.toml", tmp_path / "sitegen.toml")
    subprocess.run([SITEGEN, "build"], cwd=tmp_path, check=True, capture_output=True)
    return tmp_path / "public"


def test_every_page_of_the_bundled_site_is_valid_html(tmp_path):
    out = bundled_site(tmp_path)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 50  # every page kind: articles, lists, terms, archives, pages, 404
    found = subprocess.run([JAVA, "-jar", str(VNU), "--errors-only", "--format", "text",
                            *map(str, pages)], capture_output=True, text=True)  # fmt: skip
    assert found.returncode == 0, found.stderr[-4000:]
