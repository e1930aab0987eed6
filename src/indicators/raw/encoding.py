"""Reading input files: regular files only, and text of unknown encoding detected by trial.

Encodings tried: a BOM (UTF-8, UTF-16), UTF-16 without BOM (NUL bytes), UTF-8, then cp932
(Shift_JIS) and EUC-JP, each decoded strictly and judged by how Japanese the text looks (EUC-JP
bytes often decode as cp932 without an error, as mojibake). Apart from `raw.csvfile` (pandas,
Arrow) so that dataset.yaml is read without those imports.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from indicators.errors import UserError

UTF8_BOM = b"\xef\xbb\xbf"
BOMS = ((UTF8_BOM, "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# How each encoding is named in messages and the build output.
LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8（BOM付き）", "cp932": "Shift_JIS（cp932）", "euc-jp": "EUC-JP",
          "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}
LEGACY = ("cp932", "euc-jp")
# Pseudo-file systems: their files claim to be regular but are the machine's state, not data.
_PSEUDO_ROOTS = ("/proc/", "/sys/", "/dev/")


def label(encoding: str) -> str:
    return LABELS.get(encoding, encoding)


def _score(text: str) -> tuple[float, float]:
    """(Japanese share, implausible share) of the non-ASCII characters of `text`.

    Japanese = hiragana, katakana, CJK ideographs, CJK punctuation, full-width forms; implausible =
    control characters, private-use code points (cp932's user area) and U+FFFD. Half-width katakana
    count as neither: real cp932 files use them, and EUC-JP read as cp932 is mostly them.
    """
    good = bad = other = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if o < 0x20 and ch not in "\t\r\n":
                bad += 1
            continue
        if 0x3000 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xFF01 <= o <= 0xFF5E:
            good += 1
        elif 0xE000 <= o <= 0xF8FF or o == 0xFFFD or 0x80 <= o < 0xA0:
            bad += 1
        else:
            other += 1
    n = good + bad + other
    return (good / n, bad / n) if n else (1.0, 0.0)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when every other byte of the first KiB is mostly NUL."""
    head = data[:1024]
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * len(head) / 2 and even < odd / 4:
        return "utf-16-le"
    if even > 0.3 * len(head) / 2 and odd < even / 4:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes, source: str = "") -> str:
    """The encoding `decode` chooses; raises UserError when none reads the bytes plausibly."""
    return decode(data, source)[1]


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding); the trial decoding is the text (a file of tens of MB is not decoded twice)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:  # the BOM promises its encoding: no fallback
                body = data[len(bom):len(bom) + exc.start]
                line = (body.count(b"\n") if enc.startswith("utf-8") else body.count(b"\n\x00") + body.count(b"\x00\n")) + 1
                raise UserError(f"{source}: {label(enc)} のファイルですが、{line} 行目に {label(enc)} として読めない"
                                f"バイトがあります。UTF-8 で保存し直してください") from None
            return (text.lstrip("\ufeff") if enc == "utf-16" else text), enc
    u16 = _utf16_without_bom(data)
    if u16 is not None:
        try:
            return data.decode(u16), u16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # a UTF-8 file with a few broken bytes is damaged UTF-8, not Shift_JIS or EUC-JP
    loose = data.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd")
    valid = sum(1 for ch in loose if ord(ch) >= 0x80) - broken
    if valid >= 4 * broken:
        line = data[:utf8_error.start].count(b"\n") + 1
        raise UserError(f"{source}: UTF-8 のファイルですが、{line} 行目に UTF-8 として読めないバイトがあります。"
                        "UTF-8 で保存し直してください")
    best: tuple[float, str, str] | None = None
    for enc in LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        good, bad = _score(text)
        if bad <= 0.02 and (best is None or good > best[0]):
            best = (good, text, enc)
    if best is None:
        raise UserError(f"{source}: 文字コードを判別できません（UTF-8 / UTF-8 BOM付き / Shift_JIS(cp932) / EUC-JP / "
                        "UTF-16 のいずれかで保存してください）")
    return best[1], best[2]


def check_regular(path: Path) -> os.stat_result:
    """The file's stat when `path` is a regular data file; a FIFO, device, directory or a file of
    /proc, /sys, /dev (also through a symlink) is refused before it is opened (opening a FIFO blocks)."""
    path = Path(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise UserError(f"{path.name}: ファイルを読めません（{exc.strerror}）") from exc
    real = os.path.realpath(path)
    if not stat.S_ISREG(st.st_mode) or real.startswith(_PSEUDO_ROOTS):
        kind = "フォルダ" if stat.S_ISDIR(st.st_mode) else "通常のファイルではないもの（パイプ・デバイス・システムのファイルなど）"
        raise UserError(f"{path.name}: {kind}は入力ファイルとして読めません。データのファイルを置いてください")
    return st


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file (`check_regular`), at most `max_bytes` (else UserError)."""
    path = Path(path)
    st = check_regular(path)
    if max_bytes is not None and st.st_size > max_bytes:
        raise UserError(f"{path.name}: ファイルが大きすぎます（{st.st_size:,} バイト。上限 {max_bytes:,} バイト）")
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # swapped for something else since the stat
                raise UserError(f"{path.name}: 通常のファイルではないため読めません")
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
    except OSError as exc:
        raise UserError(f"{path.name}: ファイルを読めません（{exc.strerror}）") from exc
    if max_bytes is not None and len(data) > max_bytes:
        raise UserError(f"{path.name}: ファイルが大きすぎます（上限 {max_bytes:,} バイト）")
    return data


def read_text(path: Path, max_bytes: int | None = None) -> tuple[str, str]:
    """(text, encoding) of a text file, encoding detected."""
    return decode(read_bytes(path, max_bytes), Path(path).name)
