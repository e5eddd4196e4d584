//! Number formatting shared by reports and the dashboard, so a score reads
//! the same everywhere.

/// Shown where a value does not exist (not assessed, not scored, no year).
pub const NONE: &str = "—";

/// A score with two decimals, or the placeholder.
pub fn score(v: Option<f64>) -> String {
    v.map_or_else(|| NONE.to_string(), |x| format!("{x:.2}"))
}

/// Points as people write them: "3", "2.5", "1.25". A huge maximum from a
/// hostile file reads "1e308", never as its 309 digits.
pub fn points(v: f64) -> String {
    if v.abs() >= 1e15 {
        return format!("{v:e}");
    }
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

/// `v` as shown: rounded to the two decimals every figure is written with.
pub fn shown(v: f64) -> f64 {
    format!("{v:.2}").parse().unwrap_or(v)
}

/// The change between two figures as they are shown, so that it is their
/// difference to the last digit: 92.58 after 68.88 is +23.70, though the
/// exact change (in JSON) is 23.705.
pub fn shown_delta(from: Option<f64>, to: Option<f64>) -> Option<f64> {
    Some(shown(to?) - shown(from?))
}

/// An overall index with two decimals, rounded down where rounding up
/// would reach a tier's threshold it does not reach: 94.9996 is Tier 2 and
/// reads 94.99, never 95.00. Thresholds are whole numbers, so nothing
/// else changes.
pub fn index(v: Option<f64>) -> String {
    score(v.map(index_value))
}

/// The value [`index`] writes, for machine output at `scale` (100 for two
/// decimals, 10 000 for four).
pub fn index_value(v: f64) -> f64 {
    index_at(v, 100.0)
}

fn index_at(v: f64, scale: f64) -> f64 {
    let rounded = (v * scale).round() / scale;
    if rounded.floor() > v.floor() && rounded.fract() == 0.0 && v < rounded {
        // Rounding crossed a whole number: stay below it.
        (v * scale).floor() / scale
    } else {
        v
    }
}

/// The change between two overall indices as [`index`] shows them.
pub fn index_delta(from: Option<f64>, to: Option<f64>) -> Option<f64> {
    shown_delta(from.map(index_value), to.map(index_value))
}

/// How far the index `value` is below `threshold`, as the difference of
/// the two figures shown (95 after 92.20 needs 2.80), and never "0.00"
/// while something is still needed.
pub fn needed(threshold: f64, value: f64) -> String {
    let n = threshold - shown(index_value(value));
    let n = if value < threshold { n.max(0.01) } else { 0.0 };
    format!("{n:.2}")
}

/// An overall index as [`index4`] writes it, before the rounding, for
/// writers that round themselves.
pub fn index_value_at4(v: f64) -> f64 {
    index_at(v, 10_000.0)
}

/// An overall index rounded to four decimals for JSON and CSV, never up
/// across a whole number (a tier threshold) it does not reach.
pub fn index4(v: f64) -> f64 {
    round4(index_at(v, 10_000.0))
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
    // Past 1e15 an f64 has no fourth decimal to round, and ×10,000 would
    // overflow to infinity near the top of its range (1e307 → null in JSON).
    if !v.is_finite() || v.abs() >= 1e15 {
        return v;
    }
    (v * 10_000.0).round() / 10_000.0
}

/// A number written for a program to read back (a data file, a scenario):
/// every digit it needs to load as the same f64, and no more, so 5e307 is
/// written `5e307`, not as its 308 digits. Ordinary values read as people
/// write them ("2.65", "3").
pub fn exact(v: f64) -> String {
    if v != 0.0 && !(1e-5..1e15).contains(&v.abs()) {
        return format!("{v:e}");
    }
    v.to_string()
}

/// Serde helpers: machine output is rounded when written, never before,
/// so text reports round only once.
pub fn round4_ser<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round4(*v))
}

/// Serde helper for an overall index: see [`index4`].
pub fn index4_opt<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => s.serialize_some(&index4(*x)),
        None => s.serialize_none(),
    }
}

/// Serde helper for an overall index: see [`index4`].
pub fn index4_ser<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(index4(*v))
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
        assert_eq!(points(1e308), "1e308");
        assert_eq!(points(-2.5e20), "-2.5e20");
        assert_eq!(points(f64::INFINITY), "inf");
    }

    #[test]
    fn changes_are_the_differences_of_the_shown_figures() {
        // Zambia: 92.58164 − 68.87661 = 23.70503, which rounds to 23.71,
        // but the figures read 92.58 and 68.88.
        let (from, to) = (68.876_61, 92.581_64);
        assert_eq!(delta(Some(to - from)), "▲ +23.71");
        assert_eq!(delta(shown_delta(Some(from), Some(to))), "▲ +23.70");
        assert_eq!(shown_delta(None, Some(1.0)), None);
    }

    #[test]
    fn an_index_never_rounds_up_to_a_threshold_it_misses() {
        assert_eq!(index(Some(94.9996)), "94.99");
        assert_eq!(index(Some(95.0)), "95.00");
        assert_eq!(index(Some(95.004)), "95.00");
        assert_eq!(index(Some(92.5816)), "92.58");
        assert_eq!(index(Some(84.996)), "84.99");
        assert_eq!(index(Some(54.999_99)), "54.99");
        assert_eq!(index4(94.999_99), 94.9999);
        assert_eq!(index4(92.58164), 92.5816);
        assert_eq!(index(None), NONE);
    }

    #[test]
    fn what_is_needed_adds_up_with_what_is_shown() {
        assert_eq!(needed(95.0, 92.1979), "2.80");
        assert_eq!(needed(95.0, 94.9996), "0.01");
        assert_eq!(needed(95.0, 95.0), "0.00");
    }

    #[test]
    fn round4_keeps_four_decimals() {
        assert_eq!(round4(92.580000000001), 92.58);
        assert_eq!(round4(1.0 / 3.0), 0.3333);
    }

    #[test]
    fn round4_of_a_huge_value_stays_finite_and_the_same() {
        for v in [1e307, -1e307, f64::MAX, 1e15, 123456789012345678.0] {
            assert_eq!(round4(v), v, "{v:e}");
        }
    }

    #[test]
    fn exact_numbers_load_back_the_same_and_stay_short() {
        for v in [
            0.0,
            3.0,
            2.65,
            1.0 / 3.0,
            5e307,
            f64::MAX,
            5e-324,
            1e-7,
            92.58,
            -4.5,
        ] {
            let s = exact(v);
            assert!(s.len() <= 24, "{s}");
            assert_eq!(s.parse::<f64>().unwrap(), v, "{s}");
        }
        assert_eq!(exact(3.0), "3");
        assert_eq!(exact(2.65), "2.65");
        assert_eq!(exact(5e307), "5e307");
    }
}
