"""The spatial extension's signature is checked by DuckDB once per file content, then trusted by digest."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from indicators.warehouse import duck


@pytest.fixture(autouse=True)
def fresh_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each test starts as a new process would: nothing decided, an empty cache directory."""
    saved = duck._decision, duck._recorded
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("WELFARE_VERIFY_EXTENSIONS", raising=False)
    duck._decision, duck._recorded = None, False
    yield
    duck._decision, duck._recorded = saved


def new_process() -> None:
    duck._decision, duck._recorded = None, False


def unsigned_allowed(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("SELECT current_setting('allow_unsigned_extensions')").fetchone()[0]


def test_verified_once_then_trusted_by_digest(tmp_path: Path) -> None:
    stamp = duck.verified_digests_file()
    assert stamp.is_relative_to(tmp_path / "cache")
    con = duck.connect(tmp_path / "a.duckdb")
    try:  # first process: DuckDB checked the signature
        assert unsigned_allowed(con) is False
        assert con.execute("SELECT ST_AsText(ST_Point(1, 2))").fetchone()[0] == "POINT (1 2)"
    finally:
        con.close()
    digest = hashlib.sha256(duck.spatial_extension_path().read_bytes()).hexdigest()
    assert [ln.split()[0] for ln in stamp.read_text().splitlines()] == [digest]

    new_process()
    con = duck.connect(tmp_path / "b.duckdb")
    try:  # same bytes: no second signature check, spatial still works
        assert unsigned_allowed(con) is True
        assert con.execute("SELECT ST_Area(ST_GeomFromText('POLYGON((0 0, 2 0, 2 3, 0 3, 0 0))'))").fetchone()[0] == 6
    finally:
        con.close()
    # a second connection in the same process gets the same configuration
    con = duck.connect(tmp_path / "b.duckdb", read_only=False)
    assert unsigned_allowed(con) is True
    con.close()


def test_tampered_file_is_not_trusted_and_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = duck.spatial_extension_path()
    duck._record_digest(duck.file_sha256(real), real)  # the genuine file was verified before
    fake = tmp_path / "spatial.duckdb_extension"
    shutil.copyfile(real, fake)
    with open(fake, "r+b") as f:  # one flipped byte in the middle of the file
        f.seek(fake.stat().st_size // 2)
        b = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([b[0] ^ 0xFF]))
    monkeypatch.setattr(duck, "spatial_extension_path", lambda: fake)
    with pytest.raises(duckdb.Error, match="(?i)signature"):
        duck.connect(tmp_path / "c.duckdb")
    assert duck._decision == (False, duck.file_sha256(fake))
    assert duck.file_sha256(fake) not in duck._read_digests(duck.verified_digests_file())


def test_env_forces_a_signature_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = duck.spatial_extension_path()
    duck._record_digest(duck.file_sha256(real), real)
    monkeypatch.setenv("WELFARE_VERIFY_EXTENSIONS", "1")
    con = duck.connect(tmp_path / "d.duckdb")
    try:
        assert unsigned_allowed(con) is False
    finally:
        con.close()


def test_unwritable_cache_only_costs_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    con = duck.connect(tmp_path / "e.duckdb")
    try:
        assert unsigned_allowed(con) is False and con.execute("SELECT ST_X(ST_Point(3, 4))").fetchone()[0] == 3
    finally:
        con.close()
    assert blocker.read_text().startswith("a file")
