"""The modules of `indicators` import in one direction: no module imports another that imports it back
(directly or through others), counting imports inside functions too (not `if TYPE_CHECKING:` ones)."""
from __future__ import annotations

import ast
from pathlib import Path

import indicators

ROOT = Path(indicators.__file__).parent


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """module → the `indicators` modules it imports (a name imported from a package counts as
    its submodule when there is one)."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        deps: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_only = {id(n) for t in ast.walk(tree) if isinstance(t, ast.If) and ast.unparse(t.test).endswith("TYPE_CHECKING")
                     for n in ast.walk(t)}
        for node in ast.walk(tree):
            if id(node) in type_only:  # annotations only, never executed
                continue
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name in files}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module in files:
                subs = {f"{node.module}.{a.name}" for a in node.names} & files.keys()
                deps |= subs or {node.module}
                if any(f"{node.module}.{a.name}" not in files for a in node.names):
                    deps.add(node.module)
        graph[mod] = deps - {mod}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_on_a_hand_made_graph() -> None:
    g = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"f"}, "f": {"e"}, "g": set()}
    assert sorted(cycles(g)) == [["a", "b", "c"], ["e", "f"]]


def test_no_module_imports_one_that_imports_it(tmp_path: Path) -> None:
    # the finder sees imports in functions and `from package import submodule`
    pkg = tmp_path / "indicators"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "x.py").write_text("import indicators.sub.z\ndef f():\n    from indicators.sub import y\n")
    (pkg / "sub" / "y.py").write_text("import indicators.sub.x\n")
    (pkg / "sub" / "z.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import indicators.sub.x\n")
    assert cycles(import_graph(pkg)) == [["indicators.sub.x", "indicators.sub.y"]]

    graph = import_graph(ROOT)
    assert "indicators.pipeline.steps" in graph["indicators.pipeline.build"]  # the graph is not empty
    assert cycles(graph) == []
