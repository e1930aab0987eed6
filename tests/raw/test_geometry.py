"""Geometry files in three formats, renamed properties, reprojected to lon/lat."""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pyproj
import pytest
from shapely.geometry import box

from indicators.errors import UserError
from indicators.raw.geometry import read_geometry, storage_crs


@pytest.mark.parametrize(("ext", "driver"), [(".geojson", "GeoJSON"), (".gpkg", "GPKG"), (".shp", "ESRI Shapefile")])
def test_formats_reprojected(tmp_path: Path, ext: str, driver: str) -> None:
    src = gpd.GeoDataFrame({"A27_001": ["D1"], "A27_002": ["一の地区"]},
                           geometry=[box(134.20, 35.50, 134.21, 35.51)], crs="EPSG:6668").to_crs("EPSG:6673")
    path = tmp_path / f"districts{ext}"
    src.to_file(path, driver=driver)
    gdf = read_geometry(path, "EPSG:6668", {"A27_001": "district_code", "A27_002": "district_name"})
    assert list(gdf["district_code"]) == ["D1"] and list(gdf["district_name"]) == ["一の地区"]
    assert list(gdf["feature_no"]) == [1]
    assert gdf.crs.to_epsg() == 6668
    minx, miny, maxx, maxy = gdf.total_bounds
    assert (minx, miny, maxx, maxy) == pytest.approx((134.20, 35.50, 134.21, 35.51), abs=1e-7)


def test_file_without_crs_uses_dataset_crs(tmp_path: Path) -> None:
    path = tmp_path / "districts.geojson"
    path.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"district_code":"D1"},'
                    '"geometry":{"type":"Point","coordinates":[134.2,35.5]}}]}', encoding="utf-8")
    gdf = read_geometry(path, "EPSG:6668")
    assert gdf.geometry.iloc[0].x == pytest.approx(134.2)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "districts.geojson"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(UserError, match="districts.geojson"):
        read_geometry(path, "EPSG:6668")


def test_storage_crs_is_geographic() -> None:
    assert storage_crs("EPSG:6668") == "EPSG:6668"
    assert storage_crs("EPSG:4326") == "EPSG:4326"
    assert storage_crs("EPSG:6673") == "EPSG:6668"


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::RuntimeWarning")
def test_shapefile_truncated_names_and_projected_geojson(tmp_path: Path) -> None:
    src = gpd.GeoDataFrame({"school_code": ["S1"], "school_name": ["一小"]},
                           geometry=[box(134.20, 35.50, 134.21, 35.51)], crs="EPSG:6668")
    src.to_file(tmp_path / "school_districts.shp")  # fields become school_cod / school_nam
    gdf = read_geometry(tmp_path / "school_districts.shp", "EPSG:6668")
    assert {"school_code", "school_name"} <= set(gdf.columns)
    # plane-coordinate GeoJSON without a usable CRS: taken in the dataset CRS (zone V)
    x0, y0 = pyproj.Transformer.from_crs("EPSG:6668", "EPSG:6673", always_xy=True).transform(134.20, 35.50)
    path = tmp_path / "districts.geojson"
    path.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":'
                    f'{{"type":"Point","coordinates":[{x0},{y0}]}}}}]}}', encoding="utf-8")
    g = read_geometry(path, "EPSG:6673")
    assert (g.geometry.iloc[0].x, g.geometry.iloc[0].y) == pytest.approx((134.20, 35.50), abs=1e-6)
    with pytest.raises(UserError, match="crs"):
        read_geometry(path, "EPSG:6668")
