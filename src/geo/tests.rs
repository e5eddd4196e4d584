//! The embedded map against places whose country is known, and against the
//! states of the real GCI data.

use super::*;

fn at(lon: f64, lat: f64) -> Option<&'static str> {
    World::get()
        .country_at(LonLat { lon, lat })
        .map(|s| s.iso3.as_str())
}

#[test]
fn capitals_lie_in_their_countries() {
    // Coordinates of the capitals, in degrees.
    assert_eq!(at(28.28, -15.42), Some("ZMB"), "Lusaka");
    assert_eq!(at(36.82, -1.29), Some("KEN"), "Nairobi");
    assert_eq!(at(3.38, 6.52), Some("NGA"), "Lagos");
    assert_eq!(at(31.24, 30.04), Some("EGY"), "Cairo");
    assert_eq!(at(28.05, -26.20), Some("ZAF"), "Johannesburg");
    // Maseru lies in the hole South Africa's outline leaves for Lesotho.
    assert_eq!(at(27.48, -29.32), Some("LSO"), "Maseru");
    assert_eq!(at(2.35, 48.86), Some("FRA"), "Paris");
    assert_eq!(at(-47.88, -15.79), Some("BRA"), "Brasília");
    // Hargeisa: Natural Earth's Somaliland, drawn as Somalia.
    assert_eq!(at(44.06, 9.56), Some("SOM"), "Hargeisa");
    // The sea holds none.
    assert_eq!(at(-30.0, 0.0), None, "mid-Atlantic");
}

#[test]
fn every_state_of_the_gci_data_is_drawn_or_marked() {
    let csv = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv"),
    )
    .unwrap();
    let codes: std::collections::BTreeSet<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    assert_eq!(codes.len(), 194);
    let world = World::get();
    let missing: Vec<&&str> = codes.iter().filter(|c| world.shape(c).is_none()).collect();
    assert!(missing.is_empty(), "{missing:?}");
    // The small island states of Africa are markers, at their own place.
    for (code, lon, lat) in [
        ("MUS", 57.5, -20.3),
        ("SYC", 55.5, -4.6),
        ("CPV", -23.6, 15.1),
        ("COM", 43.3, -11.7),
        ("STP", 6.6, 0.2),
    ] {
        let s = world.shape(code).unwrap();
        assert!(s.marker, "{code}");
        assert!(
            (s.anchor.lon - lon).abs() < 1.0 && (s.anchor.lat - lat).abs() < 1.0,
            "{code} {:?}",
            s.anchor
        );
    }
}

#[test]
fn codes_are_unique_and_anchors_lie_in_bounds() {
    let world = World::get();
    let mut seen = std::collections::HashSet::new();
    for s in &world.shapes {
        assert!(seen.insert(&s.iso3), "{} twice", s.iso3);
        assert_eq!(s.iso3.len(), 3, "{}", s.iso3);
        let [w, so, e, n] = s.bounds;
        assert!(w <= e && so <= n, "{}", s.iso3);
        assert!((-180.0..=180.0).contains(&w) && (-90.0..=90.0).contains(&n));
    }
    assert!(world.shapes.len() > 230);
}

#[test]
fn neighbours_lie_in_the_direction_asked() {
    let world = World::get();
    let sadc = [
        "AGO", "BWA", "COM", "COD", "SWZ", "LSO", "MDG", "MWI", "MUS", "MOZ", "NAM", "SYC", "ZAF",
        "TZA", "ZMB", "ZWE",
    ];
    // From Zambia: Tanzania and the Congo north, Zimbabwe or Botswana
    // south, Angola west, Malawi or Mozambique east.
    let north = world.neighbour("ZMB", Dir::North, &sadc).unwrap();
    assert!(["TZA", "COD"].contains(&north), "{north}");
    let south = world.neighbour("ZMB", Dir::South, &sadc).unwrap();
    assert!(["ZWE", "BWA"].contains(&south), "{south}");
    assert_eq!(world.neighbour("ZMB", Dir::West, &sadc), Some("AGO"));
    let east = world.neighbour("ZMB", Dir::East, &sadc).unwrap();
    assert!(["MWI", "MOZ"].contains(&east), "{east}");
    // Angola is the group's west end.
    assert_eq!(world.neighbour("AGO", Dir::West, &sadc), None);
    // A code not on the map has no neighbours.
    assert_eq!(world.neighbour("XXX", Dir::West, &sadc), None);
}

#[test]
fn bounds_of_a_group_and_of_nothing() {
    let world = World::get();
    let b = world.bounds_of(["ZMB", "KEN"]);
    // Zambia's west (about 22° E) to Kenya's east (about 42° E), with a margin.
    assert!(b[0] > 18.0 && b[0] < 22.0, "{b:?}");
    assert!(b[2] > 42.0 && b[2] < 45.0, "{b:?}");
    assert!(b[1] < -18.0 && b[3] > 5.0, "{b:?}");
    assert_eq!(world.bounds_of(["XXX"]), WORLD_BOUNDS);
}

#[test]
fn a_bad_line_is_named() {
    let err = parse::parse("# x\nC ZMB 894 Zambia\nP 1,2 3\n").unwrap_err();
    assert_eq!(err, "data/world-110m.txt:3: \"3\" is not lon,lat");
    let err = parse::parse("P 1,2 3,4\n").unwrap_err();
    assert!(err.contains(":1: a ring before any country"), "{err}");
    let err = parse::parse("C ZMB 894 Zambia\n").unwrap_err();
    assert!(err.contains("ZMB has no outline"), "{err}");
}
