"""Writers for the importer tests' binary inputs (GeoJSON, Shift_JIS Shapefiles)."""
from __future__ import annotations

import json
from pathlib import Path

from shapely.geometry import box, mapping

# 町丁 squares of 0.01° near Tottori station (KEY_CODE as in the e-Stat boundary files, 11 digits)
TOWN_BOXES = {
    "31201001001": ("東町一丁目", box(134.20, 35.50, 134.21, 35.51)),
    "31201001002": ("東町二丁目", box(134.21, 35.50, 134.22, 35.51)),
    "31201002000": ("西町", box(134.22, 35.50, 134.23, 35.51)),
    "31201003000": ("南町", box(134.23, 35.50, 134.24, 35.51)),
    "31201004000": ("北町", box(134.20, 35.51, 134.21, 35.52)),
    "31201005000": ("山村", box(134.21, 35.51, 134.22, 35.52)),
    "31201006000": ("未登録町", box(134.22, 35.51, 134.23, 35.52)),
    "31201007000": ("川町", box(134.23, 35.51, 134.24, 35.52)),
    "31202000100": ("米子の町", box(133.30, 35.40, 133.31, 35.41)),
}



def write_geojson(path: Path, features: list[tuple[dict, object]]) -> Path:
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": p, "geometry": mapping(g)} for p, g in features]}
    path.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    return path


def write_shapefile(path: Path, columns: dict[str, list], geoms: list, cpg: bool = True) -> Path:
    """A Shift_JIS (cp932) Shapefile; without `cpg` the .cpg is removed and the DBF language byte zeroed,
    as in national-land files that carry no encoding hint."""
    import geopandas as gpd
    import pyogrio

    gdf = gpd.GeoDataFrame(columns, geometry=geoms, crs="EPSG:6668")
    pyogrio.write_dataframe(gdf, path, encoding="cp932")
    if not cpg:
        path.with_suffix(".cpg").unlink()
        dbf = path.with_suffix(".dbf")
        data = bytearray(dbf.read_bytes())
        data[29] = 0
        dbf.write_bytes(bytes(data))
    return path
