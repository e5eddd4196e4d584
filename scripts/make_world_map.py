#!/usr/bin/env python3
"""Converts Natural Earth admin-0 boundaries, as packaged by the world-atlas
npm package, into the compact text file the tier map embeds
(data/world-110m.txt). Run during development only; the build never needs
the network.

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    pip install pycountry==26.2.16
    python3 scripts/make_world_map.py /tmp/package > data/world-110m.txt

Countries come from the 1:110m file. Those too small to appear there
(Mauritius, Seychelles, Cabo Verde, Comoros, São Tomé and Príncipe, many
island states) become markers at the centre of their largest polygon in the
1:50m file, so every state can be found on the map.

Map ids are ISO 3166-1 numeric codes; pycountry gives each its alpha-3 code,
the code the data uses. Natural Earth draws a few areas apart from the state
the UN (and the ITU's data) counts them in: they are drawn as that state.
"""

import json
import sys

import pycountry

# Areas Natural Earth draws without an ISO code, drawn as the UN member
# state whose territory they are (ITU data has no separate entry).
UNCODED = {"Somaliland": "SOM", "N. Cyprus": "CYP"}
# States in neither file (Natural Earth 1:50m has no Tuvalu), marked at
# their capital: Funafuti, 8.52 S 179.20 E.
MANUAL = [("TUV", "798", 179.20, -8.52, "Tuvalu")]
# Areas with a code pycountry lacks or that are not states of the data.
EXTRA = {"Kosovo": ("XKX", "-")}


def decode(topo):
    """Arcs in degrees, from the quantized delta encoding."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indices):
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def polygons(arcs, geom):
    if geom["type"] == "Polygon":
        return [[ring(arcs, r) for r in geom["arcs"]]]
    if geom["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]
    return []


def area_centroid(pts):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        n = len(pts)
        return abs(a) / 2, (sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n)
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def code_of(geom):
    name = geom["properties"]["name"]
    if name in UNCODED:
        return UNCODED[name], "-"
    if name in EXTRA:
        return EXTRA[name]
    numeric = geom.get("id")
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    if country is None:
        sys.exit(f"no ISO 3166 code for {name} ({numeric})")
    return country.alpha_3, numeric


def main(package):
    small = json.load(open(f"{package}/countries-110m.json"))
    fine = json.load(open(f"{package}/countries-50m.json"))
    version = json.load(open(f"{package}/package.json"))["version"]
    print(f"# Natural Earth admin-0 countries 1:110m (public domain), from world-atlas {version}")
    print("# (ISC licence, Copyright 2013-2019 Michael Bostock), converted by")
    print("# scripts/make_world_map.py. Coordinates in hundredths of a degree.")
    print("# C ISO3 NUMERIC NAME, then its polygons: a P line (the outline, lon,lat")
    print("# pairs), then an H line per hole. M ISO3 NUMERIC LON LAT NAME: a state")
    print("# too small to draw at 1:110m, marked at its largest 1:50m polygon's centre.")
    arcs = decode(small)
    drawn = {}
    for geom in small["objects"]["countries"]["geometries"]:
        code, numeric = code_of(geom)
        drawn.setdefault(code, (numeric, geom["properties"]["name"], []))
        drawn[code][2].extend(polygons(arcs, geom))
    for code, (numeric, name, polys) in sorted(drawn.items()):
        print(f"C {code} {numeric} {name}")
        for poly in polys:
            for k, r in enumerate(poly):
                kind = "P" if k == 0 else "H"
                print(kind + " " + " ".join(f"{round(x * 100)},{round(y * 100)}" for x, y in r))
    fine_arcs = decode(fine)
    for geom in sorted(fine["objects"]["countries"]["geometries"], key=lambda g: g["properties"]["name"]):
        name = geom["properties"]["name"]
        if name in UNCODED:
            continue
        if geom.get("id") is None and name not in EXTRA:
            # Territories with no ISO code (Indian Ocean Ter.) are no state
            # of any index.
            print(f"skipped {name}: no ISO code", file=sys.stderr)
            continue
        code, numeric = code_of(geom)
        if code in drawn:
            continue
        outlines = [poly[0] for poly in polygons(fine_arcs, geom)]
        if not outlines:
            continue
        _, (x, y) = max(area_centroid(r) for r in outlines)
        print(f"M {code} {numeric} {round(x * 100)} {round(y * 100)} {geom['properties']['name']}")
    for code, numeric, x, y, name in MANUAL:
        print(f"M {code} {numeric} {round(x * 100)} {round(y * 100)} {name}")


if __name__ == "__main__":
    main(sys.argv[1])
