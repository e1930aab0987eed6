"""Compare two warehouses table by table: `python -m indicators.bench.compare OLD NEW [--tol 1e-9]`.

Every table of either file must exist in both with the same columns. Tables are compared as
multisets of rows: exactly, except DOUBLE columns of the computed tables (`TOLERANT`), which may
differ by `tol` relative (the rows matched by their other columns). Geometry is compared as WKB.
`dataset_meta.built_at` and `dataset_dir` are left out (when and from where, not what).
Prints one line per table and exits 1 on any difference.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from indicators.warehouse.duck import connect, sql_literal

TOLERANT = {"indicator_values", "access_district", "priority_scores", "indicator_catalogue"}
IGNORED_COLUMNS = {("dataset_meta", "built_at"), ("dataset_meta", "dataset_dir")}


def _tables(con: duckdb.DuckDBPyConnection, db: str) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_catalog = ? AND table_schema = 'main' ORDER BY table_name, ordinal_position", [db]).fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for t, c, ty in rows:
        out.setdefault(t, []).append((c, ty))
    return out


def _expr(col: str, ty: str) -> str:
    q = '"' + col.replace('"', '""') + '"'
    return f"ST_AsWKB({q}) AS {q}" if ty == "GEOMETRY" else q


def compare_table(con: duckdb.DuckDBPyConnection, table: str, cols: list[tuple[str, str]], tol: float) -> str | None:
    """None when equal, else a short description of the difference."""
    cols = [(c, ty) for c, ty in cols if (table, c) not in IGNORED_COLUMNS]
    t = '"' + table.replace('"', '""') + '"'
    n_a, n_b = (con.execute(f"SELECT count(*) FROM {db}.main.{t}").fetchone()[0] for db in ("a", "b"))
    if n_a != n_b:
        return f"rows {n_a} vs {n_b}"
    doubles = [c for c, ty in cols if ty in ("DOUBLE", "FLOAT")] if table in TOLERANT else []
    exact = [(c, ty) for c, ty in cols if c not in doubles]
    sel = ", ".join(_expr(c, ty) for c, ty in exact) or "1"
    diff = con.execute(f"SELECT count(*) FROM (SELECT {sel} FROM a.main.{t} EXCEPT ALL SELECT {sel} FROM b.main.{t})").fetchone()[0]
    if diff:
        return f"{diff} rows differ (exact columns)"
    if doubles:
        keys = [f'"{c}"' for c, _ in exact]
        order = ", ".join(keys + [f'"{d}"' for d in doubles])
        num = lambda db: (f"SELECT *, row_number() OVER (PARTITION BY {', '.join(keys) or '1'} ORDER BY {order}) AS _rn "
                          f"FROM {db}.main.{t}")
        on = " AND ".join([f"a.{k} IS NOT DISTINCT FROM b.{k}" for k in keys] + ["a._rn = b._rn"])
        bad = " OR ".join(
            f"(a.\"{d}\" IS NULL) <> (b.\"{d}\" IS NULL) OR abs(a.\"{d}\" - b.\"{d}\") > "
            f"{tol} * greatest(1.0, abs(a.\"{d}\"), abs(b.\"{d}\"))" for d in doubles)
        n = con.execute(f"SELECT count(*) FROM ({num('a')}) a JOIN ({num('b')}) b ON {on} WHERE {bad}").fetchone()[0]
        if n:
            return f"{n} rows differ by more than {tol} (relative) in {', '.join(doubles)}"
    return None


def compare(old: Path, new: Path, tol: float = 1e-9) -> dict[str, str | None]:
    """Table → None (equal) or what differs, for every table of either warehouse."""
    con = connect()
    try:
        for alias, path in (("a", old), ("b", new)):  # ATTACH takes no parameters: a quoted literal
            con.execute(f"ATTACH {sql_literal(str(path))} AS {alias} (READ_ONLY)")
        ta, tb = _tables(con, "a"), _tables(con, "b")
        out: dict[str, str | None] = {}
        for table in sorted(set(ta) | set(tb)):
            if table not in ta or table not in tb:
                out[table] = "only in " + ("the new" if table in tb else "the old") + " warehouse"
            elif ta[table] != tb[table]:
                out[table] = f"columns differ: {ta[table]} vs {tb[table]}"
            else:
                out[table] = compare_table(con, table, ta[table], tol)
        return out
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m indicators.bench.compare", description=__doc__.splitlines()[0])
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    p.add_argument("--tol", type=float, default=1e-9)
    p.add_argument("--ignore", action="append", default=[], help="a table to leave out (repeatable)")
    args = p.parse_args(argv)
    result = {t: d for t, d in compare(args.old, args.new, args.tol).items() if t not in args.ignore}
    for table, d in result.items():
        print(f"{'OK  ' if d is None else 'DIFF'} {table}" + ("" if d is None else f": {d}"))
    return 1 if any(d is not None for d in result.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
