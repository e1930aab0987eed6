"""Shared pieces of the importers: dataset dir access, reconciliation, rejected rows, town→地区 lookup.

Cell parsing (full-width digits, `-`, `X`, 和暦) and encoding detection come from
`indicators.raw`; only what is specific to foreign formats lives here.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from indicators.raw.dataset import yaml_values

from indicators.errors import UserError
from indicators.raw.cells import parse_number
from indicators.raw.csvfile import header_summary, read_csv
from indicators.raw.dataset import fiscal_year_of, municipality_check_digit
from indicators.raw.encoding import read_text

# Column order of the contract tables (header written exactly like this).
DISTRICT_STATS_COLUMNS = [
    "district_code", "fiscal_year", "population", "pop_0_14", "pop_65plus",
    "pop_75plus", "households", "single_elderly_households",
]
RESOURCES_COLUMNS = [
    "resource_id", "resource_type", "name", "district_code", "school_code", "lat", "lon",
    "opened_fy", "closed_fy", "frequency", "note",
]
ASSOC_COLUMNS = [
    "assoc_code", "assoc_name", "district_code", "households", "pop_65plus", "pop_0_14",
    "sasaeai_map_fy", "fureai_salon", "lat", "lon",
]
COUNT_COLUMNS = ["population", "pop_0_14", "pop_65plus", "pop_75plus", "households", "single_elderly_households"]
REJECTED_FILE = "import_rejected.csv"
REJECTED_COLUMNS = ["importer", "source_file", "line_number", "column_name", "value", "reason", "imported_at"]
SUPPRESSED_MARK = "X"  # contract cell for 秘匿

_KANJI_DIGITS = "〇一二三四五六七八九十"


def norm_name(s: Any) -> str:
    """Name key for matching town/district/school names: NFKC, no spaces, no trailing 地区/公民館."""
    if s is None:
        return ""
    t = unicodedata.normalize("NFKC", str(s)).strip()
    t = re.sub(r"[\s\u3000]+", "", t)
    return t


def strip_chome(name: str) -> str:
    """'東町一丁目' → '東町', '湖山町北3丁目' → '湖山町北' (a towns table often lists the 町 only)."""
    return re.sub(rf"[0-9{_KANJI_DIGITS}]+丁目$", "", name)


def key_stem(code: str) -> str:
    """e-Stat KEY_CODE without trailing '00' pairs beyond the 9-digit 町 code ('31201001000' → '312010010')."""
    while len(code) > 9 and code.endswith("00"):
        code = code[:-2]
    return code


def check_digit(code5: str) -> str:
    """全国地方公共団体コード check digit (JIS X 0402) for a 5-digit code."""
    return str(municipality_check_digit(code5))


fy_of = fiscal_year_of  # Japanese fiscal year (April–March) of a date


# ---------------------------------------------------------------- reconciliation
@dataclass
class Rejected:
    source_file: str
    line_number: int | None
    column_name: str
    value: str
    reason: str


@dataclass
class Reconciliation:
    """rows read = rows written (used) + rows rejected; every rejected row carries a Japanese reason."""

    importer: str
    source_file: str
    rows_read: int = 0
    rows_used: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outputs: dict[str, int] = field(default_factory=dict)
    extra: list["Reconciliation"] = field(default_factory=list)  # secondary input files of the same import

    def reject(self, line: int | None, column: str, value: Any, reason: str, source: str | None = None) -> None:
        self.rejected.append(Rejected(source or self.source_file, line, column, "" if value is None else str(value), reason))

    @property
    def balanced(self) -> bool:
        return self.rows_read == self.rows_used + len(self.rejected)

    def lines(self) -> list[str]:
        out = [
            f"[{self.importer}] {self.source_file}: 読み込み {self.rows_read} 行 = 反映 {self.rows_used} 行 + 除外 {len(self.rejected)} 行"
            + ("" if self.balanced else "  ※行数が一致しません（不具合）")
        ]
        for name, n in self.outputs.items():
            out.append(f"  書き込み: {name} {n} 行")
        for reason, n in Counter(_reason_key(r.reason) for r in self.rejected).most_common():
            out.append(f"  除外 {n} 行: {reason}")
        out.extend(f"  注意: {n}" for n in self.notes)
        return out

    def print(self) -> None:
        from rich.console import Console

        console = Console(highlight=False, soft_wrap=True)
        for i, line in enumerate(self.lines()):
            console.print(line, markup=False, style="bold" if i == 0 else None)


def _reason_key(reason: str) -> str:
    # group "町丁「東町」が対応表にありません" style reasons by their text without the quoted value
    return re.sub(r"「[^」]*」", "「…」", reason)


def write_rejected(dataset: Path, recons: Iterable[Reconciliation]) -> int:
    """Append rejected rows of every reconciliation to DIR/import_rejected.csv (header once)."""
    path = dataset / REJECTED_FILE
    rows = []
    now = dt.datetime.now().isoformat(timespec="seconds")
    for rec in recons:
        for r in rec.rejected:
            rows.append([rec.importer, r.source_file, "" if r.line_number is None else r.line_number,
                         r.column_name, r.value, r.reason, now])
    if not rows:
        return 0
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        if new:
            w.writerow(REJECTED_COLUMNS)
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- dataset directory
@dataclass
class Dataset:
    """The target dataset directory and its dataset.yaml."""

    path: Path
    meta: dict[str, Any]

    @property
    def municipality_code(self) -> str:
        return str(self.meta.get("municipality_code", "")).strip()

    @property
    def municipality_code5(self) -> str:
        return self.municipality_code[:5]

    @property
    def threshold(self) -> int:
        """Small-count threshold for counts printed to the user (dataset.yaml suppression_threshold)."""
        try:
            return int(self.meta.get("suppression_threshold", 3))
        except (TypeError, ValueError):
            return 3

    @property
    def crs(self) -> str:
        return str(self.meta.get("crs") or "EPSG:6668")

    def district_names(self) -> dict[str, str]:
        """district_code → district_name from districts.geojson (empty when absent)."""
        return _geojson_props(self.path / "districts.geojson", "district_code", "district_name")

    def school_names(self) -> dict[str, str]:
        return _geojson_props(self.path / "school_districts.geojson", "school_code", "school_name")

    def known_district_codes(self) -> set[str]:
        codes = set(self.district_names())
        stats = self.path / "district_stats.csv"
        if stats.exists():
            t = read_csv(stats)
            codes |= {r.get("district_code", "").strip() for _, r in t.records if r.get("district_code", "").strip()}
        return codes


def _geojson_props(path: Path, key: str, name: str) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path.name}: GeoJSON として読めません（{exc}）") from exc
    out = {}
    for f in data.get("features", []):
        p = f.get("properties") or {}
        if p.get(key) not in (None, ""):
            out[str(p[key])] = str(p.get(name) or "")
    return out


def open_dataset(path: Path, need_code: bool = True) -> Dataset:
    """Read DIR/dataset.yaml; UserError (Japanese) when missing or without municipality_code."""
    yml = path / "dataset.yaml"
    if not yml.exists():
        raise UserError(
            f"{yml}: dataset.yaml がありません。先に `welfare import init --dataset {path} --code 312011 --name 鳥取市` で作成してください"
        )
    meta = yaml_values(yml.read_text(encoding="utf-8"), yml.name) or {}
    ds = Dataset(path, meta)
    code = ds.municipality_code
    if need_code and not re.fullmatch(r"\d{6}", code):
        raise UserError(f"{yml.name}: municipality_code は 6 桁の全国地方公共団体コード（例 312011）で書いてください（現在: {code or '空'}）")
    if need_code and check_digit(code[:5]) != code[5]:
        raise UserError(f"{yml.name}: municipality_code {code} の検査数字が正しくありません（{code[:5]}{check_digit(code[:5])} ではありませんか）")
    return ds


def init_dataset(path: Path, code: str, name: str, as_of: str | None, synthetic: bool) -> list[str]:
    """Create DIR with dataset.yaml and empty (header-only) required tables; never overwrites."""
    code = code.strip()
    if re.fullmatch(r"\d{5}", code):
        code = code + check_digit(code)
    if not re.fullmatch(r"\d{6}", code) or check_digit(code[:5]) != code[5]:
        raise UserError(f"--code: 全国地方公共団体コード（6 桁、検査数字つき。例 312011）を指定してください（{code}）")
    path.mkdir(parents=True, exist_ok=True)
    made = []
    yml = path / "dataset.yaml"
    if not yml.exists():
        meta = {
            "name": f"{name} 取込データ", "municipality_code": code, "municipality_name": name,
            "synthetic": synthetic, "as_of": as_of or dt.date.today().isoformat(), "crs": "EPSG:6668",
            "sources": [],
        }
        yml.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
        made.append(yml.name)
    for fname, cols in (("district_stats.csv", DISTRICT_STATS_COLUMNS), ("neighbourhood_assocs.csv", ASSOC_COLUMNS),
                        ("resources.csv", RESOURCES_COLUMNS)):
        p = path / fname
        if not p.exists():
            write_table(p, cols, [])
            made.append(fname)
    return made


def add_source(ds: Dataset, text: str) -> str | None:
    """Record an imported file in dataset.yaml `sources` (kept once).

    A hand-edited dataset.yaml with comments is not rewritten (YAML round trips lose comments);
    the message to show instead is returned.
    """
    yml = ds.path / "dataset.yaml"
    raw = yml.read_text(encoding="utf-8")
    meta = yaml.safe_load(raw) or {}
    sources = list(meta.get("sources") or [])
    if text in sources:
        return None
    if "#" in raw:
        return f"dataset.yaml にコメントがあるため書き換えていません。sources に「{text}」を追記してください"
    sources.append(text)
    meta["sources"] = sources
    yml.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    ds.meta = meta
    return None


# ---------------------------------------------------------------- CSV tables
def write_table(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """UTF-8 CSV with the contract header; None → empty cell. Written to a temp file then renamed."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
    tmp.replace(path)


def read_table_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Existing contract table as (header, rows); ([], []) when absent."""
    if not path.exists():
        return [], []
    t = read_csv(path)
    return [h for h in t.header if h], [r for _, r in t.records]


def fmt_count(v: int | float | None, suppressed: bool = False) -> str | None:
    if suppressed:
        return SUPPRESSED_MARK
    if v is None:
        return None
    return str(int(v)) if float(v) == int(v) else str(v)


def merge_district_stats(path: Path, new_rows: list[dict[str, Any]], columns: list[str]) -> tuple[int, int]:
    """Merge rows keyed by (district_code, fiscal_year): only `columns` are replaced in existing rows.

    Returns (rows updated, rows added). Rows for other years/districts stay as they were.
    """
    header, old = read_table_rows(path)
    extra = [h for h in header if h not in DISTRICT_STATS_COLUMNS]
    index = {(r.get("district_code", ""), str(r.get("fiscal_year", ""))): r for r in old}
    updated = added = 0
    for r in new_rows:
        key = (str(r["district_code"]), str(r["fiscal_year"]))
        if key in index:
            for c in columns:
                index[key][c] = r.get(c)
            updated += 1
        else:
            row = {c: None for c in DISTRICT_STATS_COLUMNS + extra}
            row.update({c: r.get(c) for c in ["district_code", "fiscal_year", *columns]})
            old.append(row)
            index[key] = row
            added += 1
    old.sort(key=lambda r: (str(r.get("district_code")), str(r.get("fiscal_year"))))
    write_table(path, DISTRICT_STATS_COLUMNS + extra, old)
    return updated, added


# ---------------------------------------------------------------- town → district table
TOWN_KEY_ALIASES = ("key_code", "KEY_CODE", "町丁コード", "町字コード")
TOWN_NAME_ALIASES = ("town_name", "町丁名", "町名", "NAME", "S_NAME", "町丁・字名")
DISTRICT_CODE_ALIASES = ("district_code", "地区コード")
DISTRICT_NAME_ALIASES = ("district_name", "地区名")


def _pick(header: list[str], aliases: tuple[str, ...]) -> str | None:
    for a in aliases:
        if a in header:
            return a
    return None


@dataclass
class TownResolver:
    """Looks up a 町丁 (by KEY_CODE, its parent code, its name, or its name without 丁目) → district_code."""

    by_key: dict[str, str]
    by_name: dict[str, str]
    district_names: dict[str, str]
    source_file: str
    ambiguous: set[str] = field(default_factory=set)

    def resolve(self, key: str | None = None, name: str | None = None, parent_key: str | None = None,
                parent_name: str | None = None) -> str | None:
        for k in (key, parent_key):
            for kk in (k, key_stem(k)) if k else ():
                if kk in self.by_key:
                    return self.by_key[kk]
        for n in (name, parent_name):
            nn = norm_name(n)
            if nn and nn in self.by_name:
                return self.by_name[nn]
        nn = strip_chome(norm_name(name))
        if nn and nn in self.by_name:
            return self.by_name[nn]
        return None


def load_towns(path: Path, ds: Dataset | None = None) -> TownResolver:
    """The city's 町丁→地区 CSV: (key_code and/or town_name), district_code [, district_name]."""
    t = read_csv(path)
    kcol, ncol = _pick(t.header, TOWN_KEY_ALIASES), _pick(t.header, TOWN_NAME_ALIASES)
    dcol, dncol = _pick(t.header, DISTRICT_CODE_ALIASES), _pick(t.header, DISTRICT_NAME_ALIASES)
    if dcol is None:
        raise UserError(f"{path.name}: 列 district_code（地区コード）がありません（見つかった列: {header_summary(t.header)}）")
    if kcol is None and ncol is None:
        raise UserError(f"{path.name}: 列 key_code（KEY_CODE）か town_name（町丁名）のどちらかが必要です（見つかった列: {header_summary(t.header)}）")
    by_key: dict[str, str] = {}
    by_name: dict[str, str] = {}
    names: dict[str, str] = dict(ds.district_names()) if ds else {}
    ambiguous: set[str] = set()
    for line, r in t.records:
        d = unicodedata.normalize("NFKC", r.get(dcol, "")).strip()
        if not d:
            raise UserError(f"{path.name}: {line} 行目の district_code が空です")
        if dncol and r.get(dncol, "").strip():
            names.setdefault(d, r[dncol].strip())
        if kcol and r.get(kcol, "").strip():
            k = unicodedata.normalize("NFKC", r[kcol]).strip()
            if by_key.get(k, d) != d:
                raise UserError(f"{path.name}: {line} 行目: KEY_CODE {k} が複数の地区に対応しています（列 {kcol}）")
            by_key[k] = d
            by_key.setdefault(key_stem(k), d)
        if ncol and r.get(ncol, "").strip():
            n = norm_name(r[ncol])
            if by_name.get(n, d) != d:
                ambiguous.add(n)
            by_name[n] = d
    for n in ambiguous:  # a name in two districts cannot place anything
        by_name.pop(n, None)
    return TownResolver(by_key, by_name, names, path.name, ambiguous)


# ---------------------------------------------------------------- numbers
def count_cell(raw: Any) -> tuple[float | None, str]:
    """(value, status) with status 'ok' | 'suppressed' | 'null' | 'invalid' (via indicators.raw)."""
    if isinstance(raw, bool):
        return None, "invalid"
    if isinstance(raw, (int, float)):
        return float(raw), "ok"
    c = parse_number(None if raw is None else str(raw))
    return c.value, c.status


def read_text_file(path: Path) -> tuple[str, str]:
    return read_text(path)


def csv_rows(text: str) -> list[tuple[int, list[str]]]:
    """All CSV records with their 1-based starting line numbers."""
    reader = csv.reader(io.StringIO(text, newline=""))
    out = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        out.append((start, row))
    return out


# ---------------------------------------------------------------- geometry files
_CPG_ALIASES = {"932": "cp932", "sjis": "cp932", "shift_jis": "cp932", "shift-jis": "cp932", "cp932": "cp932",
                "ms932": "cp932", "windows-31j": "cp932", "utf-8": "utf-8", "utf8": "utf-8", "65001": "utf-8"}
# DBF language driver ids seen in Japanese data (byte 29 of the header)
_LDID = {0x13: "cp932", 0x7B: "cp932", 0x4D: "cp932"}


def dbf_encoding(shp: Path) -> tuple[str, str]:
    """(encoding, how it was found) of a Shapefile's DBF: .cpg, else language driver byte, else byte test."""
    cpg = shp.with_suffix(".cpg")
    if not cpg.exists():
        cpg = shp.with_suffix(".CPG")
    if cpg.exists():
        name = cpg.read_text(encoding="ascii", errors="ignore").strip().lower()
        if name in _CPG_ALIASES:
            return _CPG_ALIASES[name], f".cpg（{name}）"
    dbf = next((p for p in (shp.with_suffix(".dbf"), shp.with_suffix(".DBF")) if p.exists()), None)
    if dbf is None:
        raise UserError(f"{shp.name}: 属性ファイル {shp.with_suffix('.dbf').name} がありません")
    data = dbf.read_bytes()
    if len(data) < 32:
        raise UserError(f"{dbf.name}: DBF ファイルが壊れています")
    if data[29] in _LDID:
        return _LDID[data[29]], f"DBF の言語ドライバ（0x{data[29]:02X}）"
    header_len = int.from_bytes(data[8:10], "little")
    body = data[header_len:]
    if all(b < 0x80 for b in body):
        return "utf-8", "ASCII のみ"
    try:
        body.decode("utf-8")
        return "utf-8", ".cpg なし・UTF-8 として読める"
    except UnicodeDecodeError:
        pass
    try:
        body.decode("cp932")
        return "cp932", ".cpg なし・Shift_JIS と判定"
    except UnicodeDecodeError:
        raise UserError(f"{dbf.name}: 属性の文字コードを判別できません（.cpg ファイルに SHIFT_JIS か UTF-8 と書いて置いてください）") from None


def read_geodata(path: Path):
    """GeoDataFrame of a GeoJSON / GeoPackage / Shapefile (Shift_JIS DBF detected); returns (gdf, note)."""
    import pyogrio

    if not path.exists():
        raise UserError(f"{path}: ファイルがありません")
    note = ""
    kwargs: dict[str, Any] = {}
    if path.suffix.lower() == ".shp":
        enc, how = dbf_encoding(path)
        kwargs["encoding"] = enc
        note = f"属性の文字コード {enc}（{how}）"
    try:
        gdf = pyogrio.read_dataframe(path, **kwargs)
    except Exception as exc:  # pyogrio raises several DataSourceError types
        raise UserError(f"{path.name}: 地理データとして読めません（{exc}）") from exc
    return gdf, note


def show_count(value: float | int | None, threshold: int = 3) -> str:
    """A people/household count for a printed message, via engine.suppression (「秘匿」 below the threshold)."""
    from indicators.engine.suppression import format_value, is_suppressed

    if value is None:
        return ""
    v = abs(value)
    return ("-" if value < 0 else "") + format_value(int(v) if float(v).is_integer() else v, is_suppressed(v, threshold))
