"""Opening DuckDB connections with the spatial extension loaded from its PyPI package.

Extensions cannot be downloaded at run time here, so the extension file shipped in the
`duckdb-extension-spatial` wheel (same version as duckdb) is loaded by path.

DuckDB checks the extension's signature on every LOAD, which costs about 0.5 s per
connection (it hashes the 80 MB file with a slow SHA-256). We keep that guarantee but pay
it once: after a signed LOAD succeeds, the file's SHA-256 (hashlib, ~0.07 s) is recorded in
the user's cache directory; later processes whose file has a recorded digest open their
connections with `allow_unsigned_extensions` (same bytes = same verified file). The choice
is made once per process, so every connection of a process has the same configuration
(DuckDB refuses two configurations for one database file). Set WELFARE_VERIFY_EXTENSIONS=1
to verify the signature on every LOAD.

`scan_source` is what a query should scan for a pandas frame (an Arrow table); `insert_frame`,
`transaction`, `table_columns`, `table_counts` are the few writes and reads the build needs.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import duckdb_extension_spatial

if TYPE_CHECKING:
    import pandas as pd

BASE_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# Decided at the first connect of a process: (trusted, sha256 of the extension file).
_decision: tuple[bool, str] | None = None
_recorded = False  # the digest was recorded by this process


def spatial_extension_path() -> Path:
    root = Path(duckdb_extension_spatial.__file__).parent / "extensions"
    wanted = root / f"v{duckdb.__version__}" / "spatial.duckdb_extension"
    if wanted.exists():
        return wanted
    found = sorted(root.rglob("spatial.duckdb_extension"))
    if not found:
        raise RuntimeError(
            f"spatial extension not found under {root}; install duckdb-extension-spatial=={duckdb.__version__}"
        )
    return found[-1]


def sql_literal(text: str) -> str:
    """`text` as a DuckDB string literal, for the statements that take no bound parameter (ATTACH,
    LOAD): quotes doubled, so a path like `a'; COPY … --` stays one string."""
    text = str(text)
    if "\x00" in text:
        raise ValueError("NUL in an SQL string literal")
    return "'" + text.replace("'", "''") + "'"


def load_spatial(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    con.execute(f"LOAD {sql_literal(spatial_extension_path().as_posix())}")
    return con


def verified_digests_file() -> Path:
    """Where SHA-256 digests of extension files that passed DuckDB's signature check are kept."""
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "welfare-indicators" / "verified-extensions.txt"


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _read_digests(stamp: Path) -> set[str]:
    try:
        return {ln.split()[0] for ln in stamp.read_text(encoding="utf-8").splitlines() if ln.strip()}
    except (OSError, UnicodeDecodeError):
        return set()


def _record_digest(digest: str, ext: Path) -> None:
    """Append the digest atomically (temp file + os.replace); an unwritable cache only costs speed."""
    stamp = verified_digests_file()
    try:
        if digest in _read_digests(stamp):
            return
        stamp.parent.mkdir(parents=True, exist_ok=True)
        old = stamp.read_text(encoding="utf-8") if stamp.exists() else ""
        tmp = stamp.with_name(f".{stamp.name}.{os.getpid()}")
        tmp.write_text(old + f"{digest}  duckdb {duckdb.__version__}  {ext}\n", encoding="utf-8")
        os.replace(tmp, stamp)
    except OSError:
        pass


def _verify_each_load() -> bool:
    return os.environ.get("WELFARE_VERIFY_EXTENSIONS", "") not in ("", "0")


def _decide_trust(ext: Path) -> tuple[bool, str]:
    """Once per process: (trusted, digest); trusted when a signed LOAD of these bytes succeeded before."""
    global _decision
    if _decision is None:
        if _verify_each_load():
            _decision = (False, "")
        else:
            digest = file_sha256(ext)
            _decision = (digest in _read_digests(verified_digests_file()), digest)
    return _decision


def connect(path: str | Path = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection with spatial loaded (signature verified by DuckDB, now or earlier for the same bytes)."""
    global _recorded
    ext = spatial_extension_path()
    trusted, digest = _decide_trust(ext)
    con = duckdb.connect(str(path), read_only=read_only, config=dict(BASE_CONFIG, allow_unsigned_extensions=trusted))
    try:
        con.execute(f"LOAD {sql_literal(ext.as_posix())}")
    except BaseException:
        con.close()
        raise
    if not trusted and digest and not _recorded:
        # DuckDB has just verified the signature; record the digest only if the file is still those bytes
        _recorded = True
        if file_sha256(ext) == digest:
            _record_digest(digest, ext)
    return con


ARROW_BATCH_ROWS = 122_880  # one DuckDB row group


def scan_source(df: pd.DataFrame) -> Any:
    """What DuckDB scans for `df`, with every missing value (NaN, NA, None, NaT) as NULL.

    An Arrow table (from_pandas turns missing values into nulls) is much faster to build and scan than
    the object-dtype frame it replaces (DuckDB's pandas scan turns every column of the frame into
    Python objects when it binds, even columns the query does not read); columns Arrow cannot type
    (mixed Python types, integers beyond 64 bits) fall back to the object frame, which DuckDB types
    by itself.
    """
    if not len(df):
        return df
    import pyarrow as pa

    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return df.astype(object).where(df.notna(), None)
    # DuckDB scans an Arrow table one record batch per thread: one big chunk is inserted (and
    # compressed) on one core, row-group-sized batches on all of them (about 2x for a million rows)
    return pa.Table.from_batches(table.to_batches(max_chunksize=ARROW_BATCH_ROWS), schema=table.schema)


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, select: str) -> None:
    """INSERT INTO table SELECT <select> FROM df (typed by the table's DDL; casts done by DuckDB)."""
    con.register("_src", scan_source(df))
    try:
        con.execute(f"INSERT INTO {table} SELECT {select} FROM _src")
    finally:
        con.unregister("_src")


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One commit for a block of writes (autocommit would sync the file per statement)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def table_columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> list[tuple[str, str]]:
    """(name, type) of `catalog.main.table`'s columns in order; [] when there is no such table."""
    return [tuple(r) for r in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = ? "
        "AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [catalog, table]).fetchall()]


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows of every base table of the open database's main schema, in one query."""
    names = [t for (t,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
    if not names:
        return {}
    sql = " UNION ALL ".join(
        "SELECT {lit} AS t, count(*) AS n FROM main.{ident}".format(
            lit="'" + t.replace("'", "''") + "'", ident='"' + t.replace('"', '""') + '"')
        for t in names)
    counts = dict(con.execute(sql).fetchall())
    return {t: int(counts[t]) for t in names}
