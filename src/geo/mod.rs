//! The world's countries as the tier map draws them: Natural Earth 1:110m
//! outlines and markers for states too small to draw, embedded at build
//! time from `data/world-110m.txt` (made by `scripts/make_world_map.py`),
//! so the map needs no file and no network. Pure data and geometry: no I/O,
//! no UI.

mod locate;
mod parse;
mod view;

use std::sync::OnceLock;

pub use locate::contains;
pub use view::{Bounds, Dir, WORLD_BOUNDS};

/// Longitude and latitude, in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

/// One polygon: its outline and its holes (South Africa's, where Lesotho
/// is), each a closed ring of points.
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    pub outline: Vec<LonLat>,
    pub holes: Vec<Vec<LonLat>>,
}

/// A country or territory of the map, by its ISO 3166-1 alpha-3 code.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub iso3: String,
    /// ISO 3166-1 numeric, as world-atlas ids it; `-` for areas drawn as
    /// part of another state (Somaliland) or without one (Kosovo).
    pub numeric: String,
    /// Natural Earth's short name ("Dem. Rep. Congo").
    pub name: String,
    /// Empty for a marker.
    pub polygons: Vec<Polygon>,
    /// Where a state too small to draw is marked; for a drawn one, the
    /// centre of its bounding box's largest polygon, for labels.
    pub anchor: LonLat,
    /// Drawn (false) or only marked (true).
    pub marker: bool,
    /// West, south, east, north.
    pub bounds: [f64; 4],
}

/// Every shape of the map, in file order (drawn countries, then markers).
#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub shapes: Vec<Shape>,
}

/// Where the boundaries come from, for the map's legend and the README.
pub const ATTRIBUTION: &str =
    "Boundaries: Natural Earth 1:110m (public domain), via world-atlas 2.0.2";

const DATA: &str = include_str!("../../data/world-110m.txt");

impl World {
    /// The embedded map, parsed once.
    pub fn get() -> &'static World {
        static WORLD: OnceLock<World> = OnceLock::new();
        WORLD.get_or_init(|| {
            parse::parse(DATA).expect("data/world-110m.txt is checked by its tests")
        })
    }

    /// The shape of the country with ISO3 `code`, in any case.
    pub fn shape(&self, code: &str) -> Option<&Shape> {
        self.shapes
            .iter()
            .find(|s| s.iso3.eq_ignore_ascii_case(code))
    }

    /// The drawn country whose territory holds `p`, if any (the sea, or a
    /// state only marked, holds none).
    pub fn country_at(&self, p: LonLat) -> Option<&Shape> {
        self.shapes.iter().find(|s| {
            !s.marker
                && p.lon >= s.bounds[0]
                && p.lat >= s.bounds[1]
                && p.lon <= s.bounds[2]
                && p.lat <= s.bounds[3]
                && s.polygons.iter().any(|poly| contains(poly, p))
        })
    }
}

#[cfg(test)]
mod tests;
