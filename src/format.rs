//! Number formatting shared by reports and the dashboard, so a score reads
//! the same everywhere.

/// Shown where a value does not exist (not assessed, not scored, no year).
pub const NONE: &str = "—";

/// A score with two decimals, or the placeholder.
pub fn score(v: Option<f64>) -> String {
    v.map_or_else(|| NONE.to_string(), |x| format!("{x:.2}"))
}

/// Points as people write them: "3", "2.5", "1.25".
pub fn points(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// The direction of a change, readable without colour.
pub fn arrow(delta: f64) -> &'static str {
    if delta > 0.005 {
        "▲"
    } else if delta < -0.005 {
        "▼"
    } else {
        "="
    }
}

/// "▲ +3.55", "▼ -1.20", "= 0.00", or the placeholder.
pub fn delta(d: Option<f64>) -> String {
    match d {
        None => NONE.to_string(),
        Some(d) if arrow(d) == "=" => "= 0.00".to_string(),
        Some(d) => format!("{} {:+.2}", arrow(d), d),
    }
}

/// Rounds for machine output: four decimals is far below any index's
/// precision and avoids printing 92.58000000000001.
pub fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

/// Serde helpers: machine output is rounded when written, never before,
/// so text reports round only once.
pub fn round4_ser<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round4(*v))
}

pub fn round4_opt<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => s.serialize_some(&round4(*x)),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_carry_symbols_as_well_as_signs() {
        assert_eq!(delta(Some(3.549)), "▲ +3.55");
        assert_eq!(delta(Some(-1.2)), "▼ -1.20");
        assert_eq!(delta(Some(0.001)), "= 0.00");
        assert_eq!(delta(None), "—");
    }

    #[test]
    fn points_drop_trailing_zeros() {
        assert_eq!(points(3.0), "3");
        assert_eq!(points(2.5), "2.5");
        assert_eq!(points(1.25), "1.25");
        assert_eq!(points(-0.0), "0");
    }

    #[test]
    fn round4_keeps_four_decimals() {
        assert_eq!(round4(92.580000000001), 92.58);
        assert_eq!(round4(1.0 / 3.0), 0.3333);
    }
}
