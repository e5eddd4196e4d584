//! Which polygon holds a point: the even-odd rule on the outline, less the
//! holes.

use super::{LonLat, Polygon};

/// Whether `p` lies in `poly`: inside its outline and in none of its holes.
pub fn contains(poly: &Polygon, p: LonLat) -> bool {
    in_ring(&poly.outline, p) && !poly.holes.iter().any(|h| in_ring(h, p))
}

/// The even-odd rule: a ray going east from `p` crosses the ring's edges
/// an odd number of times when `p` is inside.
fn in_ring(ring: &[LonLat], p: LonLat) -> bool {
    let mut inside = false;
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let mut j = n - 1;
    for i in 0..n {
        let (a, b) = (ring[i], ring[j]);
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let x = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if p.lon < x {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(lon: f64, lat: f64) -> LonLat {
        LonLat { lon, lat }
    }

    fn square(w: f64, s: f64, e: f64, n: f64) -> Vec<LonLat> {
        vec![pt(w, s), pt(e, s), pt(e, n), pt(w, n), pt(w, s)]
    }

    #[test]
    fn a_square_with_a_hole() {
        let poly = Polygon {
            outline: square(0.0, 0.0, 10.0, 10.0),
            holes: vec![square(4.0, 4.0, 6.0, 6.0)],
        };
        assert!(contains(&poly, pt(1.0, 1.0)));
        assert!(contains(&poly, pt(9.0, 5.0)));
        assert!(!contains(&poly, pt(5.0, 5.0)), "in the hole");
        assert!(!contains(&poly, pt(11.0, 5.0)));
        assert!(!contains(&poly, pt(-1.0, 5.0)));
        assert!(!contains(&poly, pt(5.0, 10.5)));
    }

    #[test]
    fn a_concave_ring() {
        // A U shape: the notch between its arms is outside.
        let u = vec![
            pt(0.0, 0.0),
            pt(6.0, 0.0),
            pt(6.0, 6.0),
            pt(4.0, 6.0),
            pt(4.0, 2.0),
            pt(2.0, 2.0),
            pt(2.0, 6.0),
            pt(0.0, 6.0),
        ];
        let poly = Polygon {
            outline: u,
            holes: vec![],
        };
        assert!(contains(&poly, pt(1.0, 5.0)));
        assert!(contains(&poly, pt(5.0, 5.0)));
        assert!(!contains(&poly, pt(3.0, 5.0)));
        assert!(contains(&poly, pt(3.0, 1.0)));
    }

    #[test]
    fn degenerate_rings_hold_nothing() {
        let poly = Polygon {
            outline: vec![pt(0.0, 0.0), pt(1.0, 1.0)],
            holes: vec![],
        };
        assert!(!contains(&poly, pt(0.5, 0.5)));
    }
}
