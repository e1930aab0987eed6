"""Reading area polygons (GeoJSON, GeoPackage, Shapefile) via pyogrio, reprojected to lon/lat."""
from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import pyproj

from indicators.errors import UserError
from indicators.raw.encoding import check_regular

STORAGE_CRS = "EPSG:6668"
# Shapefile (dBase) field names are cut to 10 characters.
CANONICAL_PROPERTIES = ("district_code", "district_name", "school_code", "school_name", "name_confidence",
                        "area_block", "school_kind", "school_lon", "school_lat")


def storage_crs(dataset_crs: str) -> str:
    """The lon/lat CRS geometries are stored in: the dataset CRS if geographic, else JGD2011."""
    crs = pyproj.CRS.from_user_input(dataset_crs)
    return dataset_crs if crs.is_geographic else STORAGE_CRS


def read_geometry(path: Path, dataset_crs: str, rename: dict[str, str] | None = None) -> gpd.GeoDataFrame:
    """Features of `path` with renamed properties, reprojected to the storage CRS (lon/lat).

    A file without CRS information is taken to be in `dataset_crs`. Geometries are returned
    unrepaired; staging repairs and reports them. Column `feature_no` is the 1-based feature index.
    """
    check_regular(path)  # a FIFO would block pyogrio; /proc and devices are not map files
    try:
        import pyogrio

        kwargs = {}
        if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists():
            # Japanese shapefiles without .cpg are usually cp932; pyogrio would assume ISO-8859-1.
            kwargs["encoding"] = "cp932"
        with warnings.catch_warnings():  # NaN coordinates warn here; staging rejects those features
            warnings.simplefilter("ignore", RuntimeWarning)
            gdf = pyogrio.read_dataframe(path, **kwargs)
    except Exception as exc:  # pyogrio raises several DataSource errors
        raise UserError(f"{path.name}: 地図ファイルとして読めません（{exc}）") from exc
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry is None:
        raise UserError(f"{path.name}: ジオメトリ（図形）がありません")
    rename = dict(rename or {})
    if path.suffix.lower() == ".shp":
        for name in CANONICAL_PROPERTIES:
            if name[:10] in gdf.columns and name not in gdf.columns and name[:10] not in rename:
                rename[name[:10]] = name
    gdf = gdf.rename(columns={c: rename[c] for c in gdf.columns if c in rename and c != gdf.geometry.name})
    target = storage_crs(dataset_crs)
    if gdf.crs is None:
        gdf = gdf.set_crs(dataset_crs, allow_override=True)
    elif pyproj.CRS.from_user_input(gdf.crs).is_geographic and len(gdf):
        # GeoJSON is always declared WGS 84; metre coordinates mean the file is really in dataset_crs
        minx, miny, maxx, maxy = gdf.total_bounds
        if max(abs(minx), abs(maxx)) > 180 or max(abs(miny), abs(maxy)) > 90:
            if pyproj.CRS.from_user_input(dataset_crs).is_geographic:
                raise UserError(f"{path.name}: 座標が緯度経度の範囲外です。投影座標なら dataset.yaml の crs に指定してください")
            gdf = gdf.set_crs(dataset_crs, allow_override=True)
    if not pyproj.CRS.from_user_input(gdf.crs).equals(pyproj.CRS.from_user_input(target)):
        gdf = gdf.to_crs(target)
    gdf = gdf.reset_index(drop=True)
    gdf.insert(0, "feature_no", range(1, len(gdf) + 1))
    return gdf
