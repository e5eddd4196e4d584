//! What part of the world a map shows, and which country lies next in a
//! direction: both from the shapes alone, for any group of countries.

use super::{LonLat, World};

/// West, south, east, north, in degrees.
pub type Bounds = [f64; 4];

/// The inhabited world: Antarctica left out, as the GCI has no entry there.
pub const WORLD_BOUNDS: Bounds = [-180.0, -57.0, 180.0, 84.0];

/// A way to move on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    North,
    South,
    East,
    West,
}

impl World {
    /// The bounds of `codes` (drawn and marked alike), with a margin; the
    /// whole world when none of them is on the map.
    pub fn bounds_of<'a>(&self, codes: impl IntoIterator<Item = &'a str>) -> Bounds {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for s in codes.into_iter().filter_map(|c| self.shape(c)) {
            b[0] = b[0].min(s.bounds[0]);
            b[1] = b[1].min(s.bounds[1]);
            b[2] = b[2].max(s.bounds[2]);
            b[3] = b[3].max(s.bounds[3]);
        }
        if b[0] > b[2] {
            return WORLD_BOUNDS;
        }
        // A group spanning most longitudes (one with Russia or Fiji, both
        // cut at 180°) is shown whole rather than stretched.
        let margin = 2.0;
        [
            (b[0] - margin).max(-180.0),
            (b[1] - margin).max(-90.0),
            (b[2] + margin).min(180.0),
            (b[3] + margin).min(90.0),
        ]
    }

    /// The country of `among` nearest to `from` in direction `dir`: within
    /// 60° either side of it, nearest first, an east–west step weighed by
    /// the latitude as on the globe. None at the edge of the group.
    pub fn neighbour<'a>(&self, from: &str, dir: Dir, among: &[&'a str]) -> Option<&'a str> {
        let origin = self.shape(from)?.anchor;
        let cos = origin.lat.to_radians().cos().max(0.2);
        let mut best: Option<(f64, &'a str)> = None;
        for &code in among {
            if code.eq_ignore_ascii_case(from) {
                continue;
            }
            let Some(s) = self.shape(code) else { continue };
            let LonLat { lon, lat } = s.anchor;
            let (dx, dy) = ((lon - origin.lon) * cos, lat - origin.lat);
            // Along the direction, and across it.
            let (along, across) = match dir {
                Dir::East => (dx, dy),
                Dir::West => (-dx, dy),
                Dir::North => (dy, dx),
                Dir::South => (-dy, dx),
            };
            // Within 60° of the direction: tan 60° ≈ 1.732.
            if along <= 0.0 || across.abs() > along * 1.732 {
                continue;
            }
            // Straight ahead is preferred to the same distance aside.
            let cost = along + 2.0 * across.abs();
            if best.is_none_or(|(b, _)| cost < b) {
                best = Some((cost, code));
            }
        }
        best.map(|(_, c)| c)
    }
}
