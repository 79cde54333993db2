"""The package layout shows the pipeline: no import cycles, and no module imports a later
stage (read -> clean -> plan -> render -> write, then the engine that runs them, then
the commands). Read from the source with ``ast``; imports only for type checking count
for neither."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "sitegen"
# earlier stages first; a module may import its own stage and earlier ones
STAGES = [
    ("foundation", ["sitegen", "sitegen.errors", "sitegen.model", "sitegen.routes",
                    "sitegen.slugs", "sitegen.dates", "sitegen.ignore", "sitegen.seal",
                    "sitegen.parallel", "sitegen.config", "sitegen.stopwords"]),
    ("clean", ["sitegen.clean", "sitegen.saved"]),  # text and pages -> an article's parts
    ("read", ["sitegen.readers", "sitegen.content", "sitegen.collection"]),
    ("plan", ["sitegen.pages"]),
    ("render", ["sitegen.render", "sitegen.themes", "sitegen.urls", "sitegen.i18n"]),
    ("write", ["sitegen.write", "sitegen.output", "sitegen.copies", "sitegen.search"]),
    ("engine", ["sitegen.incremental", "sitegen.live", "sitegen.build"]),
    ("edges", ["sitegen.commands", "sitegen.cli", "sitegen.__main__", "sitegen.serve",
               "sitegen.watch", "sitegen.deploy"]),
]  # fmt: skip


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:``."""
    nodes, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        nodes.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return nodes


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("sitegen")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("sitegen"):
                found |= {f"{module}.{a.name}" if f"{module}.{a.name}" in known else module
                          for a in node.names}  # fmt: skip
    return {m for m in found if m in known and m != name}


def stage(name: str) -> int:
    best = None
    for number, (_, prefixes) in enumerate(STAGES):
        for prefix in prefixes:
            if name == prefix or (name.startswith(prefix + ".") and prefix != "sitegen"):
                best = number
    assert best is not None, f"{name} belongs to no stage: add it to STAGES"
    return best


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def test_no_module_imports_a_later_stage():
    late = [f"{a} ({STAGES[stage(a)][0]}) imports {b} ({STAGES[stage(b)][0]})"
            for a, targets in graph().items() for b in targets if stage(b) > stage(a)]  # fmt: skip
    assert not late, "\n".join(sorted(late))


def test_no_import_cycles():
    edges = graph()
    cycles = []
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    # a package importing its own modules is how a table of modules is built
    real = [c for c in cycles if not all(m.startswith(c.split(" -> ")[0]) for m in c.split(" -> "))]
    assert not real, "\n".join(real)
