"""Words that follow the dataset: its municipality in the synthetic notice, 市全体 / 町全体 /
村全体 / 区全体, district names without a doubled 地区, lists without dangling separators.

Every page, CSV/xlsx, PNG/SVG, slide and card takes these words from here (pure functions of
the dataset's `municipality_name`), so a 岩美町 dataset never reads 「鳥取市」 or 「市全体」.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The part every synthetic notice starts with (tests and old callers look for it).
SYNTHETIC_PREFIX = "このデータは合成データ（架空）を含みます。"
_KINDS = ("市", "町", "村", "区")


def _name(municipality_name: Any) -> str:
    if municipality_name is None:
        return ""
    text = str(municipality_name).strip()
    return "" if text.lower() in ("", "nan", "none") else text


def synthetic_notice(municipality_name: Any) -> str:
    """「このデータは合成データ（架空）を含みます。実際の岩美町の統計ではありません。」"""
    name = _name(municipality_name)
    return SYNTHETIC_PREFIX + (f"実際の{name}の統計ではありません。" if name else "実際の統計ではありません。")


def municipality_kind(municipality_name: Any) -> str:
    """市 / 町 / 村 / 区 from the name's last character (鳥取市 → 市, 岩美町 → 町); 市 otherwise."""
    name = _name(municipality_name)
    return name[-1] if name and name[-1] in _KINDS else "市"


def whole_area(municipality_name: Any) -> str:
    """The whole municipality as an area: 市全体, 町全体, 村全体 or 区全体."""
    return f"{municipality_kind(municipality_name)}全体"


def level_labels(municipality_name: Any) -> dict[str, str]:
    """Japanese names of the area levels for this dataset."""
    return {"city": whole_area(municipality_name), "district": "地区", "school_district": "小学校区"}


def district_title(name: Any) -> str:
    """A 地区's name with 地区 once: 北西 → 北西地区, 北西地区 → 北西地区."""
    text = _name(name)
    return text if text.endswith("地区") else f"{text}地区"


def joined(parts: Iterable[Any], sep: str = "・") -> str:
    """Non-empty parts joined by `sep` (no dangling 「・」 when one is missing)."""
    return sep.join(p for p in (_name(x) for x in parts) if p)
