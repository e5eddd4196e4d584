//! Reading the embedded map file (format in its header and in
//! `scripts/make_world_map.py`). The file is ours, but a bad edit to it
//! must fail its tests with a line number, not draw a wrong map.

use super::{LonLat, Polygon, Shape, World};

pub fn parse(text: &str) -> Result<World, String> {
    let mut shapes: Vec<Shape> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = |m: &str| format!("data/world-110m.txt:{}: {m}", n + 1);
        let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
        match kind {
            "" | "#" => {}
            "C" => {
                let mut f = rest.splitn(3, ' ');
                let (iso3, numeric, name) = (f.next(), f.next(), f.next());
                let (Some(iso3), Some(numeric), Some(name)) = (iso3, numeric, name) else {
                    return Err(at("C needs ISO3, numeric code and name"));
                };
                shapes.push(Shape {
                    iso3: iso3.into(),
                    numeric: numeric.into(),
                    name: name.into(),
                    polygons: Vec::new(),
                    anchor: LonLat { lon: 0.0, lat: 0.0 },
                    marker: false,
                    bounds: [f64::MAX, f64::MAX, f64::MIN, f64::MIN],
                });
            }
            "P" | "H" => {
                let ring = ring(rest).map_err(|m| at(&m))?;
                let Some(shape) = shapes.last_mut().filter(|s| !s.marker) else {
                    return Err(at("a ring before any country"));
                };
                if kind == "P" {
                    shape.polygons.push(Polygon {
                        outline: ring,
                        holes: Vec::new(),
                    });
                } else {
                    let Some(poly) = shape.polygons.last_mut() else {
                        return Err(at("a hole before any outline"));
                    };
                    poly.holes.push(ring);
                }
            }
            "M" => {
                let mut f = rest.splitn(5, ' ');
                let fields: Vec<&str> = f.by_ref().collect();
                let [iso3, numeric, lon, lat, name] = fields[..] else {
                    return Err(at("M needs ISO3, numeric code, lon, lat and name"));
                };
                let p = LonLat {
                    lon: hundredths(lon).map_err(|m| at(&m))?,
                    lat: hundredths(lat).map_err(|m| at(&m))?,
                };
                shapes.push(Shape {
                    iso3: iso3.into(),
                    numeric: numeric.into(),
                    name: name.into(),
                    polygons: Vec::new(),
                    anchor: p,
                    marker: true,
                    bounds: [p.lon, p.lat, p.lon, p.lat],
                });
            }
            other => return Err(at(&format!("unknown line kind {other:?}"))),
        }
    }
    for s in shapes.iter_mut().filter(|s| !s.marker) {
        if s.polygons.is_empty() {
            return Err(format!("data/world-110m.txt: {} has no outline", s.iso3));
        }
        for p in s.polygons.iter().flat_map(|p| &p.outline) {
            s.bounds[0] = s.bounds[0].min(p.lon);
            s.bounds[1] = s.bounds[1].min(p.lat);
            s.bounds[2] = s.bounds[2].max(p.lon);
            s.bounds[3] = s.bounds[3].max(p.lat);
        }
        s.anchor = largest_centre(&s.polygons);
    }
    Ok(World { shapes })
}

fn hundredths(s: &str) -> Result<f64, String> {
    s.parse::<i32>()
        .map(|v| f64::from(v) / 100.0)
        .map_err(|_| format!("{s:?} is not a coordinate in hundredths of a degree"))
}

fn ring(s: &str) -> Result<Vec<LonLat>, String> {
    s.split(' ')
        .map(|pair| {
            let (lon, lat) = pair
                .split_once(',')
                .ok_or_else(|| format!("{pair:?} is not lon,lat"))?;
            Ok(LonLat {
                lon: hundredths(lon)?,
                lat: hundredths(lat)?,
            })
        })
        .collect()
}

/// The area-weighted centre of the largest outline: where a label or the
/// selection mark goes.
fn largest_centre(polygons: &[Polygon]) -> LonLat {
    let mut best = (f64::MIN, LonLat { lon: 0.0, lat: 0.0 });
    for ring in polygons.iter().map(|p| &p.outline) {
        let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for (p, q) in ring.iter().zip(ring.iter().cycle().skip(1)) {
            let cross = p.lon * q.lat - q.lon * p.lat;
            a += cross;
            cx += (p.lon + q.lon) * cross;
            cy += (p.lat + q.lat) * cross;
        }
        let centre = if a.abs() > 1e-12 {
            LonLat {
                lon: cx / (3.0 * a),
                lat: cy / (3.0 * a),
            }
        } else {
            ring[0]
        };
        if a.abs() > best.0 {
            best = (a.abs(), centre);
        }
    }
    best.1
}
