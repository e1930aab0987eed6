"""dataset.yaml and the layout of a dataset directory.

Also chooses the metric CRS for the area: the JGD2011 plane rectangular zone of the
prefecture (first two digits of municipality_code), else JGD2011 UTM by longitude.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from indicators.errors import UserError

DATASET_YAML = "dataset.yaml"
MAX_THRESHOLD = 2**31 - 1  # dataset_meta.suppression_threshold is an INTEGER
GEOMETRY_EXTS = (".geojson", ".json", ".gpkg", ".shp")
TABLES = ("district_stats", "neighbourhood_assocs", "resources", "crosswalk", "districts", "school_districts")

# JGD2011 plane rectangular CS: EPSG 6669 (I) … 6687 (XIX), by prefecture code.
_PLANE_ZONE_BY_PREF = {
    42: 1, 40: 2, 41: 2, 43: 2, 44: 2, 45: 2, 46: 2, 32: 3, 34: 3, 35: 3,
    36: 4, 37: 4, 38: 4, 39: 4, 28: 5, 31: 5, 33: 5,
    18: 6, 24: 6, 25: 6, 26: 6, 27: 6, 29: 6, 30: 6,
    16: 7, 17: 7, 21: 7, 23: 7, 15: 8, 19: 8, 20: 8, 22: 8,
    7: 9, 8: 9, 9: 9, 10: 9, 11: 9, 12: 9, 13: 9, 14: 9,
    2: 10, 3: 10, 4: 10, 5: 10, 6: 10, 47: 15,
}


def municipality_check_digit(code5: str) -> int:
    """JIS X 0402 check digit of a 5-digit municipality code (e.g. 31201 → 1)."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2)))
    return (11 - total % 11) % 10


def valid_municipality_code(code: str) -> bool:
    return len(code) == 6 and code.isdigit() and municipality_check_digit(code[:5]) == int(code[5])


def plane_zone_epsg(pref: int, lon: float | None = None, lat: float | None = None) -> int | None:
    """EPSG code of the JGD2011 plane zone for a prefecture (regions split by position where needed)."""
    if pref == 1:  # Hokkaido: XI west, XII central, XIII east
        if lon is None:
            return 6680
        return 6679 if lon < 141.1 else (6680 if lon < 143.0 else 6681)
    if pref == 13 and lat is not None and lat < 32:  # Ogasawara
        return 6682
    if pref == 46 and lat is not None and lat < 30:  # Amami islands
        return 6669
    if pref == 47 and lon is not None:
        return 6684 if lon < 126 else (6685 if lon > 130 else 6683)
    zone = _PLANE_ZONE_BY_PREF.get(pref)
    return None if zone is None else 6668 + zone


def utm_epsg(lon: float) -> int:
    """JGD2011 UTM zone 51N–55N (EPSG 6688–6692) by longitude; outside Japan WGS 84 UTM north."""
    zone = int((lon + 180) // 6) + 1
    return 6688 + zone - 51 if 51 <= zone <= 55 else 32600 + zone


def choose_metric_crs(municipality_code: str, lon: float | None = None, lat: float | None = None) -> str:
    pref = int(municipality_code[:2]) if municipality_code[:2].isdigit() else 0
    epsg = plane_zone_epsg(pref, lon, lat)
    if epsg is None:
        epsg = utm_epsg(lon if lon is not None else 135.0)
    return f"EPSG:{epsg}"


def fiscal_year_of(d: dt.date) -> int:
    """Japanese fiscal year (April–March)."""
    return d.year if d.month >= 4 else d.year - 1


@dataclass
class DatasetConfig:
    dataset_dir: Path
    name: str
    municipality_code: str
    municipality_name: str
    synthetic: bool
    as_of: dt.date
    crs: str = "EPSG:6668"
    sources: list[str] = field(default_factory=list)
    suppression_threshold: int = 3
    metric_crs: str | None = None  # extension: override the automatic choice
    # table → {source column name: canonical name}
    columns: dict[str, dict[str, str]] = field(default_factory=dict)
    # extension: extra resource types {resource_type: {label_ja, plan_refs}}
    resource_types: dict[str, dict[str, str]] = field(default_factory=dict)
    # extension: the earliest fiscal year the build covers (None: four years before as_of_fy)
    first_fy: int | None = None
    # the whole parsed document: sections owned by other modules (e.g. progress_ratings) are read there
    doc: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def as_of_fy(self) -> int:
        return fiscal_year_of(self.as_of)

    def rename_for(self, table: str) -> dict[str, str]:
        return {**self.columns.get("*", {}), **self.columns.get(table, {})}

    def file(self, table: str) -> Path | None:
        """The CSV of a table, or None when absent."""
        p = self.dataset_dir / f"{table}.csv"
        return p if p.exists() else None

    def geometry_file(self, table: str) -> Path | None:
        for ext in GEOMETRY_EXTS:
            p = self.dataset_dir / f"{table}{ext}"
            if p.exists():
                return p
        return None

    def plan_files(self) -> list[Path]:
        d = self.dataset_dir / "plan"
        return sorted(d.glob("*.txt")) if d.is_dir() else []


# dataset.yaml is a few dozen lines: anything near this size is not a dataset description
MAX_YAML_BYTES = 1024 * 1024
# a handful of anchors/aliases is normal YAML; a "billion laughs" needs many (each alias nests the last)
MAX_ALIASES = 32


class _Limited:
    """Composer mixin: fails after MAX_ALIASES aliases (nested aliases expand exponentially when walked)."""

    aliases = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise yaml.YAMLError(f"エイリアス（*名前）が多すぎます（{MAX_ALIASES} 個まで）")
        return super().compose_node(parent, index)


class SafeLoader(_Limited, yaml.SafeLoader):
    """yaml.SafeLoader with an alias limit; dates stay text (checked by _parse_date, which names the
    key: PyYAML's own timestamp constructor raises a bare ValueError for 25:00)."""


SafeLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class TextLoader(_Limited, yaml.BaseLoader):
    """Every scalar as text (codes keep leading zeros), with the alias limit."""


_YAML_ERRORS = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)


def load_yaml(text: str, source: str = DATASET_YAML) -> tuple[Any, Any]:
    """(values, all scalars as text) of a dataset.yaml text; UserError for anything YAML refuses."""
    try:
        return yaml_values(text, source), yaml.load(text, Loader=TextLoader)
    except _YAML_ERRORS as exc:
        raise UserError(f"{source}: YAML として読めません（{str(exc)[:300]}）") from None


def yaml_values(text: str, source: str) -> Any:
    """The values of any YAML file a dataset brings (dataset.yaml, indicators.yaml, an import
    config): size cap, alias limit, dates as text; UserError naming `source` otherwise."""
    if len(text) > MAX_YAML_BYTES:
        raise UserError(f"{source}: ファイルが大きすぎます（{MAX_YAML_BYTES // 1024} KB まで）")
    try:
        return yaml.load(text, Loader=SafeLoader)
    except _YAML_ERRORS as exc:
        raise UserError(f"{source}: YAML として読めません（{str(exc)[:300]}）") from None


def _err(col: str, msg: str) -> UserError:
    return UserError(f"{DATASET_YAML}: {col} {msg}")


def _parse_date(value: Any, col: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:  # 2024-10-01T09:00:00 (a time of day is allowed and dropped)
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1)).date()
    except ValueError:
        raise _err(col, f"が日付（例: 2024-10-01）として読めません: {value!r}") from None


def _columns_section(value: Any) -> dict[str, dict[str, str]]:
    """`columns:` either flat {source: canonical} (all files) or per table {table: {source: canonical}}."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _err("columns", "は「元の列名: 標準の列名」の対応表で書いてください")
    out: dict[str, dict[str, str]] = {}
    for k, v in value.items():
        if isinstance(v, dict):
            out[str(k)] = {str(a): str(b) for a, b in v.items()}
        else:
            out.setdefault("*", {})[str(k)] = str(v)
    return out


def read_dataset_yaml(dataset_dir: Path) -> DatasetConfig:
    """Read and check dataset.yaml; every problem is a UserError naming the key."""
    dataset_dir = Path(dataset_dir)
    if not dataset_dir.is_dir():
        raise UserError(f"データセットのフォルダがありません: {dataset_dir}")
    path = dataset_dir / DATASET_YAML
    if not path.exists():
        raise UserError(f"{DATASET_YAML}: 必須のファイルがありません（{dataset_dir}）")
    from indicators.raw.encoding import read_text

    text, _ = read_text(path, max_bytes=MAX_YAML_BYTES)
    # raw: all scalars as text, keeps leading zeros of codes (YAML would read 011002 as octal)
    doc, raw = load_yaml(text)
    if not isinstance(doc, dict):
        raise UserError(f"{DATASET_YAML}: キーと値の対応（name: ... など）で書いてください")
    for key in ("name", "municipality_code", "municipality_name", "synthetic", "as_of"):
        if doc.get(key) in (None, ""):
            raise _err(key, "がありません（必須）")
    code = str(raw["municipality_code"]).strip()
    if not valid_municipality_code(code):
        hint = ""
        if len(code) == 5 and code.isdigit():
            hint = f"（検査数字付きの 6 桁なら {code}{municipality_check_digit(code)}）"
        raise _err("municipality_code", f"が 6 桁の全国地方公共団体コード（検査数字付き）ではありません: {code}{hint}")
    synthetic = doc["synthetic"]
    if not isinstance(synthetic, bool):
        raise _err("synthetic", f"は true か false で書いてください: {synthetic!r}")
    sources = doc.get("sources") or []
    if isinstance(sources, str):
        sources = [sources]
    threshold = doc.get("suppression_threshold", 3)
    if not isinstance(threshold, int) or isinstance(threshold, bool) or not 0 <= threshold <= MAX_THRESHOLD:
        raise _err("suppression_threshold", f"は 0 以上 {MAX_THRESHOLD:,} 以下の整数で書いてください: {threshold!r}")
    crs = str(doc.get("crs") or "EPSG:6668")
    try:
        import pyproj

        pyproj.CRS.from_user_input(crs)
        if doc.get("metric_crs"):
            pyproj.CRS.from_user_input(str(doc["metric_crs"]))
    except pyproj.exceptions.CRSError as exc:
        raise _err("crs", f"が座標参照系として読めません: {exc}") from exc
    first_fy = None
    if doc.get("first_fy") not in (None, ""):
        from indicators.raw.cells import parse_fiscal_year

        cell = parse_fiscal_year(str(raw["first_fy"]))
        if cell.status != "ok":
            raise _err("first_fy", f"は年度（例 2020、令和2年度）で書いてください: {raw['first_fy']}")
        first_fy = int(cell.value)
    rtypes = doc.get("resource_types") or {}
    if not isinstance(rtypes, dict):
        raise _err("resource_types", "は「種別: {label_ja: ..., plan_refs: ...}」の形で書いてください")
    rtypes_out = {}
    for k, v in rtypes.items():
        v = v if isinstance(v, dict) else {"label_ja": str(v)}
        rtypes_out[str(k)] = {"label_ja": str(v.get("label_ja") or k), "plan_refs": str(v.get("plan_refs") or "")}
    return DatasetConfig(
        dataset_dir=dataset_dir.resolve(),
        name=str(doc["name"]),
        municipality_code=code,
        municipality_name=str(doc["municipality_name"]),
        synthetic=synthetic,
        as_of=_parse_date(doc["as_of"], "as_of"),
        crs=crs,
        sources=[str(s) for s in sources],
        suppression_threshold=threshold,
        metric_crs=str(doc["metric_crs"]) if doc.get("metric_crs") else None,
        columns=_columns_section(doc.get("columns")),
        resource_types=rtypes_out,
        first_fy=first_fy,
        doc=doc,
    )
