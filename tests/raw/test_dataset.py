"""dataset.yaml, municipality code check digit, metric CRS choice."""
from __future__ import annotations

from pathlib import Path

import pyproj
import pytest

from indicators.errors import UserError
from indicators.raw.dataset import choose_metric_crs, municipality_check_digit, read_dataset_yaml, valid_municipality_code


@pytest.mark.parametrize("code", ["312011", "131016", "011002", "472018", "271004"])
def test_known_codes_valid(code: str) -> None:
    assert valid_municipality_code(code)


def test_check_digit_rule() -> None:
    # 3*6+1*5+2*4+0*3+1*2 = 33, 33 % 11 = 0 → (11-0) % 10 = 1
    assert municipality_check_digit("31201") == 1
    assert not valid_municipality_code("312012")
    assert not valid_municipality_code("31201")


@pytest.mark.parametrize(
    ("code", "lon", "lat", "epsg"),
    [
        ("312011", None, None, 6673),  # Tottori: zone V
        ("131016", 139.75, 35.69, 6677),  # Tokyo: IX
        ("011002", 141.35, 43.06, 6680),  # Sapporo: XII
        ("012025", 140.73, 41.77, 6679),  # Hakodate: XI
        ("472018", 127.68, 26.21, 6683),  # Naha: XV
        ("422011", 129.87, 32.75, 6669),  # Nagasaki: I
        ("992003", 150.0, 40.0, 32656),  # no prefecture zone → UTM by longitude (outside JGD2011 UTM)
        ("992003", 135.0, 35.0, 6690),  # → JGD2011 UTM 53N
    ],
)
def test_metric_crs(code: str, lon: float | None, lat: float | None, epsg: int) -> None:
    crs = choose_metric_crs(code, lon, lat)
    assert crs == f"EPSG:{epsg}"
    assert pyproj.CRS.from_user_input(crs).is_projected


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "dataset.yaml").write_text(text, encoding="utf-8")
    return tmp_path


BASE = "name: t\nmunicipality_code: {code}\nmunicipality_name: m\nsynthetic: false\nas_of: 2025-03-31\n"


def test_read_yaml_defaults_and_leading_zero(tmp_path: Path) -> None:
    cfg = read_dataset_yaml(write(tmp_path, BASE.format(code="011002") + "columns:\n  A27_005: district_code\n"
                                  "  resources:\n    種別: resource_type\n"))
    assert cfg.municipality_code == "011002"  # not YAML octal
    assert cfg.as_of_fy == 2024  # March 2025 belongs to FY2024
    assert cfg.crs == "EPSG:6668" and cfg.suppression_threshold == 3 and cfg.sources == []
    assert cfg.rename_for("resources") == {"A27_005": "district_code", "種別": "resource_type"}
    assert cfg.rename_for("districts") == {"A27_005": "district_code"}


@pytest.mark.parametrize(
    ("text", "column"),
    [
        (BASE.format(code="312012"), "municipality_code"),
        (BASE.format(code="31201"), "municipality_code"),
        (BASE.format(code="312011").replace("synthetic: false", "synthetic: maybe"), "synthetic"),
        (BASE.format(code="312011").replace("2025-03-31", "someday"), "as_of"),
        (BASE.format(code="312011").replace("name: t\n", ""), "name"),
        (BASE.format(code="312011") + "suppression_threshold: -1\n", "suppression_threshold"),
        (BASE.format(code="312011") + "crs: EPSG:99999999\n", "crs"),
    ],
)
def test_yaml_errors_name_the_key(tmp_path: Path, text: str, column: str) -> None:
    with pytest.raises(UserError) as e:
        read_dataset_yaml(write(tmp_path, text))
    assert "dataset.yaml" in str(e.value) and column in str(e.value)


def test_five_digit_code_hint(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="312011"):
        read_dataset_yaml(write(tmp_path, BASE.format(code="31201")))
