"""Opening DuckDB connections with the spatial extension loaded from its PyPI package.

Extensions cannot be downloaded at run time here, so the extension file shipped in the
`duckdb-extension-spatial` wheel (same version as duckdb) is loaded by path.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import duckdb_extension_spatial


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


def load_spatial(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    con.execute(f"LOAD '{spatial_extension_path().as_posix()}'")
    return con


def connect(path: str | Path = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection with spatial loaded; `allow_unsigned_extensions` is not needed for the signed wheel."""
    con = duckdb.connect(str(path), read_only=read_only, config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    return load_spatial(con)
