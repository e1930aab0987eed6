"""Named scenarios (案A, 案B, …) saved in the warehouse and kept across rebuilds (issue 20).

Tables (written only here; carried over by the build like `site_suggestions`):
  scenarios(scenario_id, name, created_at, resource_type, population_group, radius_m, fiscal_year,
            candidates, n_suggested)
  scenario_sites(scenario_id, seq, action 'add' | 'close', site_id, site_kind, site_name, lon, lat, resource_id)
Only the definition is stored; its numbers are recomputed from the warehouse each time they are
shown (page, deck, HTML), so they always agree with the data and the CLI. A save never writes a
file that readers may have open: under the build lock the file is copied, written and swapped in
atomically (as `welfare suggest --save` does). Saving under an existing name replaces it.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

SCENARIOS_DDL = """CREATE TABLE IF NOT EXISTS scenarios (
    scenario_id VARCHAR, name VARCHAR, created_at TIMESTAMP, resource_type VARCHAR, population_group VARCHAR,
    radius_m DOUBLE, fiscal_year INTEGER, candidates VARCHAR, n_suggested INTEGER)"""
SCENARIO_SITES_DDL = """CREATE TABLE IF NOT EXISTS scenario_sites (
    scenario_id VARCHAR, seq INTEGER, action VARCHAR, site_id VARCHAR, site_kind VARCHAR, site_name VARCHAR,
    lon DOUBLE, lat DOUBLE, resource_id VARCHAR)"""
MAX_NAME = 40


def next_name(existing: list[str]) -> str:
    """案A, 案B, … the first unused one (then 案27, 案28, …)."""
    for k in range(26):
        name = f"案{chr(ord('A') + k)}"
        if name not in existing:
            return name
    k = 27
    while f"案{k}" in existing:
        k += 1
    return f"案{k}"


def check_name(name: str) -> str:
    from indicators.errors import UserError

    name = (name or "").strip()
    if not name:
        raise UserError("シナリオの名前を入力してください（例: 案A）")
    if len(name) > MAX_NAME:
        raise UserError(f"シナリオの名前は {MAX_NAME} 文字以内にしてください")
    return name


def _write(warehouse: Path, body: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """`body` in one transaction on a copy swapped in atomically (readers keep the old file meanwhile)."""
    from indicators.warehouse import atomic

    def write(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(SCENARIOS_DDL)
        con.execute(SCENARIO_SITES_DDL)
        con.execute("BEGIN TRANSACTION")
        body(con)
        con.execute("COMMIT")

    atomic.write_copy(Path(warehouse), write)


def save(warehouse: Path, name: str, scenario) -> str:  # type: ignore[no-untyped-def]
    """Store `scenario` (an `indicators.services.scenarios.Scenario`) as `name`; returns its id."""
    name = check_name(name)
    sid = uuid.uuid4().hex[:12]
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    sites = [(sid, k, "add", a[0], a[1], a[2], float(a[3]), float(a[4]), None) for k, a in enumerate(scenario.added, 1)]
    sites += [(sid, len(sites) + k, "close", None, "existing", None, None, None, str(r))
              for k, r in enumerate(scenario.closed, 1)]

    def body(con: duckdb.DuckDBPyConnection) -> None:
        old = [r[0] for r in con.execute("SELECT scenario_id FROM scenarios WHERE name = ?", [name]).fetchall()]
        for o in old:
            con.execute("DELETE FROM scenario_sites WHERE scenario_id = ?", [o])
        con.execute("DELETE FROM scenarios WHERE name = ?", [name])
        con.execute("INSERT INTO scenarios VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sid, name, now, scenario.resource_type, scenario.population_group, float(scenario.radius_m),
                     None if scenario.fiscal_year is None else int(scenario.fiscal_year), scenario.candidates or None,
                     int(scenario.n_suggested)])
        if sites:
            con.executemany("INSERT INTO scenario_sites VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sites)

    _write(warehouse, body)
    return sid


def delete(warehouse: Path, scenario_id: str) -> None:
    def body(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM scenario_sites WHERE scenario_id = ?", [scenario_id])
        con.execute("DELETE FROM scenarios WHERE scenario_id = ?", [scenario_id])

    _write(warehouse, body)


def _has(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()[0])


def list_saved(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    cols = ["scenario_id", "name", "created_at", "resource_type", "population_group", "radius_m", "fiscal_year",
            "candidates", "n_suggested", "n_added", "n_closed"]
    if not _has(con, "scenarios"):
        return pd.DataFrame(columns=cols)
    sites = "scenario_sites" if _has(con, "scenario_sites") else "(SELECT NULL::VARCHAR scenario_id, NULL::VARCHAR action)"
    return con.execute(f"""
        SELECT s.*, count(x.scenario_id) FILTER (WHERE x.action = 'add') AS n_added,
               count(x.scenario_id) FILTER (WHERE x.action = 'close') AS n_closed
        FROM scenarios s LEFT JOIN {sites} x USING (scenario_id)
        GROUP BY ALL ORDER BY s.name""").df()[cols]


def load(con: duckdb.DuckDBPyConnection, scenario_id: str) -> dict:
    """The stored fields of `scenario_id` (keyword arguments of `services.scenarios.Scenario`)."""
    from indicators.errors import UserError

    row = con.execute("SELECT * FROM scenarios WHERE scenario_id = ?", [scenario_id]).df() if _has(con, "scenarios") \
        else pd.DataFrame()
    if row.empty:
        raise UserError(f"保存されたシナリオが見つかりません: {scenario_id}")
    r = row.iloc[0]
    sites = con.execute("SELECT * FROM scenario_sites WHERE scenario_id = ? ORDER BY seq", [scenario_id]).df()
    added = tuple((str(x.site_id), str(x.site_kind), str(x.site_name), float(x.lon), float(x.lat))
                  for x in sites.itertuples(index=False) if x.action == "add")
    closed = tuple(str(x.resource_id) for x in sites.itertuples(index=False) if x.action == "close")
    return dict(resource_type=str(r["resource_type"]), population_group=str(r["population_group"]),
                    radius_m=float(r["radius_m"]), fiscal_year=None if pd.isna(r["fiscal_year"]) else int(r["fiscal_year"]),
                    added=added, closed=closed, name=str(r["name"]),
                    candidates="" if r["candidates"] is None or pd.isna(r["candidates"]) else str(r["candidates"]),
                    n_suggested=int(r["n_suggested"] or 0))
