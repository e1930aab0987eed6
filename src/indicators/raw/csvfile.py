"""Reading CSV files as strings with their 1-based line numbers (header = line 1).

Encoding is detected, not assumed: UTF-8 with BOM, UTF-8, then cp932 (Shift_JIS).
Quoted cells may span lines, so a record's line number is the line where it starts.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from indicators.cli import UserError

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"),)


def detect_encoding(data: bytes, source: str = "") -> str:
    """'utf-8-sig' | 'utf-8' | 'cp932'; raises UserError when none decodes the bytes."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"{source}: UTF-16 のファイルは読めません。UTF-8 か Shift_JIS (cp932) で保存してください")
    for enc in ("utf-8", "cp932"):
        try:
            data.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    raise UserError(f"{source}: 文字コードを判別できません（UTF-8 / UTF-8 BOM付き / Shift_JIS(cp932) のいずれかで保存してください）")


def read_text(path: Path) -> tuple[str, str]:
    """(text, encoding) of a text file, encoding detected."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path.name}: ファイルを読めません（{exc.strerror}）") from exc
    enc = detect_encoding(data, path.name)
    return data.decode(enc), enc


@dataclass
class CsvTable:
    """A CSV file as strings: canonical header, records with their starting line numbers."""

    source_file: str
    encoding: str
    header: list[str]
    records: list[tuple[int, dict[str, str]]]
    # records whose field count exceeds the header: (line, number of fields)
    malformed: list[tuple[int, int]] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return len(self.records) + len(self.malformed)


def read_csv(path: Path, rename: dict[str, str] | None = None, source_file: str | None = None) -> CsvTable:
    """Read `path`; header names are trimmed and renamed through `rename` (dataset.yaml `columns:`).

    Blank lines and rows with every cell empty are skipped (spreadsheet exports add them) and
    are not counted as rows read. Rows shorter than the header are padded with empty cells;
    rows with extra non-empty cells are reported in `malformed`.
    """
    name = source_file or path.name
    text, enc = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        raw_header = next(reader)
    except StopIteration:
        raise UserError(f"{name}: ファイルが空です（ヘッダー行がありません）") from None
    except csv.Error as exc:
        raise UserError(f"{name}: CSV として読めません（1 行目: {exc}）") from exc
    rename = rename or {}
    header = []
    for h in raw_header:
        h = h.strip().replace("\ufeff", "")
        header.append(rename.get(h, h))
    named = [h for h in header if h]
    dups = sorted({h for h in named if named.count(h) > 1})
    if dups:
        raise UserError(f"{name}: 列名が重複しています（列 {', '.join(dups)}）")
    records: list[tuple[int, dict[str, str]]] = []
    malformed: list[tuple[int, int]] = []
    n = len(header)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise UserError(f"{name}: CSV として読めません（{start} 行目: {exc}）") from exc
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > n and any(c.strip() for c in row[n:]):
            malformed.append((start, len(row)))
            continue
        row = (row + [""] * n)[:n]
        records.append((start, {h: v for h, v in zip(header, row) if h}))
    return CsvTable(name, enc, header, records, malformed)


def require_columns(table: CsvTable, required: list[str]) -> None:
    """Structural check: every required column present, else UserError naming file and column."""
    missing = [c for c in required if c not in table.header]
    if missing:
        raise UserError(
            f"{table.source_file}: 必須の列 {', '.join(missing)} がありません"
            f"（見つかった列: {', '.join(h for h in table.header if h) or 'なし'}。"
            "別の列名なら dataset.yaml の columns: で対応付けてください）"
        )
