"""CSV reading: encodings detected, 1-based line numbers (header = 1), multi-line cells."""
from __future__ import annotations

from pathlib import Path

import pytest

from indicators.errors import UserError
from indicators.raw.csvfile import read_csv, require_columns
from indicators.raw.encoding import detect_encoding

TEXT = 'code,name,note\nA,一,"二行に\nまたがる"\n\nB,三,\n,,\nC,四,"a\r\nb\r\nc"\nD,五\n'


@pytest.mark.parametrize(("encoding", "detected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp932", "cp932")])
def test_encodings_and_line_numbers(tmp_path: Path, encoding: str, detected: str) -> None:
    p = tmp_path / "t.csv"
    p.write_bytes(TEXT.encode(encoding))
    t = read_csv(p)
    assert t.encoding == detected
    assert t.header == ["code", "name", "note"]
    # A starts on line 2 and spans 2 lines; blank line 4; B on 5; all-empty row 6 skipped;
    # C on 7 spans 3 lines (CRLF inside quotes); D on 10, short row padded
    assert [(ln, r["code"]) for ln, r in t.records] == [(2, "A"), (5, "B"), (7, "C"), (10, "D")]
    assert t.records[0][1]["note"] == "二行に\nまたがる"
    assert t.records[3][1]["note"] == ""
    assert t.rows_read == 4


def test_crlf_file_line_numbers(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_bytes("a,b\r\n1,2\r\n\r\n3,4\r\n".encode("cp932"))
    assert [ln for ln, _ in read_csv(p).records] == [2, 4]


def test_rename_and_extra_cells(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text(" 地区コード ,name\nD1,x\nD2,y,extra\nD3,z,\n", encoding="utf-8")
    t = read_csv(p, rename={"地区コード": "district_code"})
    assert t.header == ["district_code", "name"]
    assert [ln for ln, _ in t.records] == [2, 4]
    assert t.malformed == [(3, 3)]
    assert t.rows_read == 3


def test_detect_encoding_rejects_binary() -> None:
    with pytest.raises(UserError, match="文字コード"):
        detect_encoding(bytes([0x82, 0xFF, 0xFE, 0x81]) * 3, "x.csv")
    # cp932 text is not valid UTF-8 and is detected as cp932
    assert detect_encoding("地区".encode("cp932")) == "cp932"


def test_bom_file_with_bytes_that_are_not_utf8_names_the_line(tmp_path: Path) -> None:
    # a UTF-8 BOM with broken bytes later used to escape as a bare UnicodeDecodeError
    p = tmp_path / "resources.csv"
    p.write_bytes(b"\xef\xbb\xbfresource_id,name\nR1,ok\nR2," + "地区".encode("cp932") + b"\n")
    with pytest.raises(UserError, match="resources.csv: UTF-8（BOM付き）.*3 行目"):
        read_csv(p)
    ok = tmp_path / "ok.csv"
    ok.write_bytes(b"\xef\xbb\xbfresource_id,name\nR1," + "地区".encode("utf-8") + b"\n")
    t = read_csv(ok)
    assert t.encoding == "utf-8-sig" and t.frame["name"].tolist() == ["地区"]


def test_structural_errors_name_file_and_column(tmp_path: Path) -> None:
    p = tmp_path / "resources.csv"
    p.write_text("resource_id,name\n", encoding="utf-8")
    with pytest.raises(UserError) as e:
        require_columns(read_csv(p), ["resource_id", "resource_type"])
    assert "resources.csv" in str(e.value) and "resource_type" in str(e.value)
    p.write_text("a,a\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError, match="重複"):
        read_csv(p)
    p.write_bytes(b"")
    with pytest.raises(UserError, match="空"):
        read_csv(p)
