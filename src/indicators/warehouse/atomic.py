"""Build lock and atomic replacement of the warehouse file.

The build writes `.<name>.building-<pid>` in the warehouse's directory (same file system,
so os.replace is atomic) and swaps it in only on success. A reader holding the old file
open keeps its inode; a killed build leaves only a stale temp file, removed by the next
build while it holds the lock.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from indicators.errors import UserError


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


def temp_path(warehouse: Path) -> Path:
    return warehouse.with_name(f".{warehouse.name}.building-{os.getpid()}")


def stale_temp_files(warehouse: Path) -> list[Path]:
    return sorted(warehouse.parent.glob(f".{warehouse.name}.building-*"))


def parquet_staging_dir(warehouse: Path) -> Path:
    """Where the engine writes parquet copies during a build; moved next to the warehouse after the swap."""
    return warehouse.with_name(f".{warehouse.name}.parquet-{os.getpid()}")


def stale_parquet_dirs(warehouse: Path) -> list[Path]:
    return sorted(warehouse.parent.glob(f".{warehouse.name}.parquet-*"))


def remove_dir(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def publish_parquet(staging: Path, warehouse: Path) -> list[Path]:
    """Move each finished parquet file next to the warehouse (one atomic rename per file)."""
    moved = []
    if staging.is_dir():
        for f in sorted(staging.glob("*.parquet")):
            target = warehouse.parent / f.name
            os.replace(f, target)
            moved.append(target)
        remove_dir(staging)
    return moved


def _name_lock(warehouse: Path) -> tuple[bool, socket.socket | None]:
    """(acquired, socket to keep open): an abstract-namespace Unix socket bound to a name derived
    from the warehouse's real path, an OS lock no file deletion can undo and that the kernel
    releases when the process ends. Where the platform has no abstract sockets the flock alone decides."""
    key = hashlib.sha256(os.path.realpath(warehouse).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(f"\0welfare-build-{key}")
    except OSError as exc:
        s.close()
        return exc.errno != errno.EADDRINUSE, None
    return True, s


@contextlib.contextmanager
def build_lock(warehouse: Path, timeout: float = 600.0, poll: float = 0.2) -> Iterator[None]:
    """Exclusive lock of a warehouse's builds; waits up to `timeout` seconds, then UserError.

    Two OS locks: a flock on `<warehouse>.lock` and a name lock (`_name_lock`). The flock alone
    was fooled when the lock file was deleted during a build (the next build locked a new file,
    removed the running build's temp file as stale, and that build died).
    """
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    name = None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                acquired, name = _name_lock(warehouse)
                if acquired:
                    break
                fcntl.flock(fd, fcntl.LOCK_UN)  # a build whose lock file was deleted still runs
            except BlockingIOError:
                pass
            if time.monotonic() >= deadline:
                raise UserError(
                    f"{warehouse.name}: 別の構築（welfare build）が実行中です。{timeout:.0f} 秒待ちましたが終わりませんでした"
                    f"（ロック: {path}）"
                ) from None
            time.sleep(poll)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        if name is not None:
            name.close()
        os.close(fd)


def remove_db_file(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_swap(tmp: Path, warehouse: Path) -> None:
    """fsync the finished temp file, rename it over the warehouse, fsync the directory."""
    fsync_file(tmp)
    os.replace(tmp, warehouse)
    # A WAL of the previous file would be replayed into the new one: the new file has none.
    with contextlib.suppress(FileNotFoundError):
        warehouse.with_name(warehouse.name + ".wal").unlink()
    dfd = os.open(warehouse.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def write_copy(warehouse: Path, body, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Change a built warehouse that readers may have open (`welfare suggest --save`, a saved
    scenario): under the build lock, copy the file (and its WAL), run `body(con)` on the copy,
    checkpoint and swap it in atomically; on any error the copy is removed, the file untouched."""
    import shutil

    from indicators.warehouse.duck import connect

    warehouse = Path(warehouse).absolute()
    with build_lock(warehouse, timeout=timeout):
        tmp = temp_path(warehouse)
        try:
            shutil.copyfile(warehouse, tmp)
            wal = warehouse.with_name(warehouse.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, tmp.with_name(tmp.name + ".wal"))
            con = connect(tmp)
            try:
                body(con)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            atomic_swap(tmp, warehouse)
        except BaseException:
            remove_db_file(tmp)
            raise
