"""The compiled build of the cleaner (mypyc, ``pyproject.toml``) reads pages exactly as
the sources do. mypyc checks annotations at run time: a value of another type than its
annotation says raises in the compiled build and nowhere else, so both read the same
pages here, hostile ones among them."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

sys.path.insert(0, str(REPO / "bench"))
from corpus import generate

READ = """
import json, sys
from sitegen.clean import clean_text
import sitegen.clean.line_model as model
out = [model.__file__]
for text in json.load(sys.stdin):
    got = clean_text(text)
    out.append([got.title, got.subtitle, got.authors, str(got.date), got.language,
                got.blocks, [(r.number, r.reason) for r in got.removed]])
print(json.dumps(out))
"""


def _hostile(rng: random.Random) -> list[str]:
    """Pages no site prints: empty, blank, one character, control characters, a very long
    line, lines of digits and marks, a mix of scripts."""
    alphabet = "aZ 9.,:|·—-()'\"\n\t\u00a0\u200bé漢ыΩ€@#/"
    return ["", "\n\n", "x", "\x00\x01\x02", "By " * 400, "1\n2\n3\n" * 50,
            "Updated: 31/02/2024 25:61 XYZ\nBy\n.\n", "漢字のみの行\nКириллица строка\n",
            *("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 600)))
              for _ in range(40))]  # fmt: skip


def _read(pythonpath: Path, texts: list[str]) -> list:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    done = subprocess.run([sys.executable, "-c", READ], input=json.dumps(texts), env=env,
                          capture_output=True, text=True, timeout=600, cwd=pythonpath)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")), reason="no C compiler")
def test_the_compiled_cleaner_reads_pages_as_the_sources_do(tmp_path):
    src = tmp_path / "src"  # a copy: the build leaves its modules beside what it compiled
    shutil.copytree(REPO / "sitegen", src / "sitegen",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))  # fmt: skip
    shutil.copytree(REPO / "themes", src / "themes")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                            "-w", str(tmp_path / "wheel"), str(src)],
                           env=env, capture_output=True, text=True, timeout=1200)  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    site = tmp_path / "site"
    with zipfile.ZipFile(next((tmp_path / "wheel").glob("*.whl"))) as wheel:
        wheel.extractall(site)

    texts = [p.read_text() for p in generate(tmp_path / "pastes", 150, "txt")]
    texts += [p.read_text() for p in sorted((SHARED / "examples" / "articles").glob("*.txt"))]
    texts += _hostile(random.Random(7))
    compiled, sources = _read(site, texts), _read(REPO, texts)

    assert Path(compiled[0]).suffix == ".so"  # the compiled module ran, not its source
    assert Path(sources[0]).suffix == ".py"
    assert compiled[1:] == sources[1:]
    assert sum(1 for got in sources[1:] if got[0]) >= 150  # the pastes were read, not skipped
