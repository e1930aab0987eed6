"""Text files of unknown encoding: UTF-8 with BOM, UTF-8, then cp932 (Shift_JIS).

Apart from `raw.csvfile` (pandas, Arrow) so that dataset.yaml is read without those imports.
"""
from __future__ import annotations

from pathlib import Path

from indicators.errors import UserError

UTF8_BOM = b"\xef\xbb\xbf"
BOMS = ((UTF8_BOM, "utf-8-sig"),)


def detect_encoding(data: bytes, source: str = "") -> str:
    """'utf-8-sig' | 'utf-8' | 'cp932'; raises UserError when none decodes the bytes."""
    return decode(data, source)[1]


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding) as `detect_encoding` decides it; the trial decoding is the text (a file
    of tens of MB is not decoded twice)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:  # the BOM promises UTF-8: no fallback to cp932
                line = data[len(bom):len(bom) + exc.start].count(b"\n") + 1
                raise UserError(f"{source}: UTF-8（BOM付き）のファイルですが、{line} 行目に UTF-8 として読めない"
                                "バイトがあります。UTF-8 で保存し直してください") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"{source}: UTF-16 のファイルは読めません。UTF-8 か Shift_JIS (cp932) で保存してください")
    for enc in ("utf-8", "cp932"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UserError(f"{source}: 文字コードを判別できません（UTF-8 / UTF-8 BOM付き / Shift_JIS(cp932) のいずれかで保存してください）")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path.name}: ファイルを読めません（{exc.strerror}）") from exc


def read_text(path: Path) -> tuple[str, str]:
    """(text, encoding) of a text file, encoding detected."""
    return decode(read_bytes(path), path.name)
