//! The charts' geometry, accessibility and escaping.

use super::*;

fn chart() -> Chart<'static> {
    Chart {
        id: "c",
        title: "T <1>",
        desc: "D & d",
        rtl: false,
    }
}

fn labels() -> [String; 4] {
    THRESHOLDS.map(|(v, t)| format!("T{t} ≥ {v}"))
}

/// Every number after `attr="` in `svg`, in order, outside the hatching
/// pattern (whose coordinates are its tile's).
fn values(svg: &str, attr: &str) -> Vec<f64> {
    let svg = match (svg.find("<defs>"), svg.find("</defs>")) {
        (Some(a), Some(b)) => format!("{}{}", &svg[..a], &svg[b..]),
        _ => svg.to_string(),
    };
    svg.split(&format!(" {attr}=\""))
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
        .collect()
}

#[test]
fn every_chart_has_an_accessible_title_and_description() {
    let bars = [Bar {
        name: "Legal".into(),
        now: Some((50.0, "50.00".into())),
        then: None,
    }];
    for svg in [
        pillar_bars(&chart(), &bars, ("2024", None)),
        trend_line(&chart(), &[(2024, Some((50.0, "50.00".into())))], &labels()),
        peer_strip(&chart(), &[10.0], Some((50.0, "X 50.00".into()))),
    ] {
        assert!(svg.contains("role=\"img\" aria-labelledby=\"c-t c-d\""));
        assert!(svg.contains("<title id=\"c-t\">T &lt;1&gt;</title>"));
        assert!(svg.contains("<desc id=\"c-d\">D &amp; d</desc>"));
        assert!(svg.ends_with("</svg>"));
    }
}

#[test]
fn bars_are_as_long_as_their_scores_and_the_years_differ_by_pattern() {
    let bars = [Bar {
        name: "Legal </svg><script>".into(),
        now: Some((50.0, "50.00".into())),
        then: Some((25.0, "25.00".into())),
    }];
    let svg = pillar_bars(&chart(), &bars, ("2024", Some("2020")));
    assert!(svg.contains(&format!("width=\"{:.1}\"", BAR_W / 2.0)));
    assert!(svg.contains(&format!("width=\"{:.1}\"", BAR_W / 4.0)));
    assert!(svg.contains("fill=\"url(#c-hatch)\""));
    assert!(svg.contains("&lt;/svg&gt;&lt;script&gt;"));
    assert!(!svg.contains("<script"));
    assert_eq!(svg.matches("</svg>").count(), 1);
    // Not scored: a dash, no bar.
    let none = [Bar {
        name: "X".into(),
        now: None,
        then: None,
    }];
    let svg = pillar_bars(&chart(), &none, ("2024", None));
    assert!(svg.contains(crate::format::NONE));
    assert!(!svg.contains("class=\"now\"/><text x=\"19"));
}

#[test]
fn a_long_name_is_cut_and_hostile_values_stay_on_the_chart() {
    assert_eq!(short("short"), "short");
    let long = "x".repeat(60);
    assert_eq!(short(&long).chars().count(), NAME_CHARS);
    assert!(short(&long).ends_with('…'));
    assert_eq!(clamp(f64::NAN), 0.0);
    assert_eq!(clamp(1e308), 100.0);
    assert_eq!(clamp(-5.0), 0.0);
}

#[test]
fn the_line_breaks_where_a_year_has_no_index() {
    let p = |v: f64| Some((v, format!("{v:.2}")));
    let svg = trend_line(
        &chart(),
        &[(2020, p(40.0)), (2022, None), (2024, p(60.0))],
        &labels(),
    );
    // Two separate moves, no line across the gap.
    let d = svg.split("<path d=\"").nth(1).unwrap();
    let d = &d[..d.find('"').unwrap()];
    assert_eq!(d.matches('M').count(), 2, "{d}");
    assert!(!d.contains('L'));
    let svg = trend_line(&chart(), &[(2020, p(40.0)), (2024, p(60.0))], &labels());
    assert!(svg.contains("L"));
    assert!(svg.contains(">40.00<") && svg.contains(">60.00<"));
    // No year at all: an empty chart, still well formed.
    assert!(trend_line(&chart(), &[], &labels()).ends_with("</svg>"));
}

#[test]
fn the_strip_has_a_tick_per_peer_and_marks_the_country() {
    let svg = peer_strip(
        &chart(),
        &[10.0, 20.0, 90.0],
        Some((20.0, "ZMB 20.00".into())),
    );
    assert_eq!(svg.matches("class=\"peer\"").count(), 3);
    assert_eq!(svg.matches("class=\"marker\"").count(), 1);
    assert!(svg.contains(">ZMB 20.00<"));
}

/// Right to left, every x is mirrored across the chart and nothing else
/// changes: the same bars, lengths, labels and anchors.
#[test]
fn a_right_to_left_chart_is_the_mirror_image() {
    let bars = [
        Bar {
            name: "Legal".into(),
            now: Some((50.0, "50.00".into())),
            then: Some((25.0, "25.00".into())),
        },
        Bar {
            name: "Technical".into(),
            now: Some((80.0, "80.00".into())),
            then: None,
        },
    ];
    let rtl = Chart {
        rtl: true,
        ..chart()
    };
    let p = |v: f64| Some((v, format!("{v:.2}")));
    let trend = [(2020, p(40.0)), (2022, p(50.0)), (2024, p(60.0))];
    let pairs = [
        (
            pillar_bars(&chart(), &bars, ("2024", Some("2020"))),
            pillar_bars(&rtl, &bars, ("2024", Some("2020"))),
            W,
        ),
        (
            trend_line(&chart(), &trend, &labels()),
            trend_line(&rtl, &trend, &labels()),
            TREND_W,
        ),
        (
            peer_strip(&chart(), &[10.0, 90.0], Some((50.0, "ZMB 50.00".into()))),
            peer_strip(&rtl, &[10.0, 90.0], Some((50.0, "ZMB 50.00".into()))),
            W,
        ),
    ];
    for (ltr, rtl, w) in pairs {
        assert!(ltr.contains("direction=\"ltr\"") && rtl.contains("direction=\"rtl\""));
        // Points and text: x becomes w - x.
        for attr in ["x1", "x2", "cx"] {
            let (a, b) = (values(&ltr, attr), values(&rtl, attr));
            assert_eq!(a.len(), b.len(), "{attr}");
            for (a, b) in a.iter().zip(&b) {
                assert!((w - a - b).abs() < 0.11, "{attr}: {a} and {b} in {w}");
            }
        }
        // Shapes: the same widths, the left edge where the right one was.
        let (xs, ws) = (values(&ltr, "x"), values(&ltr, "width"));
        let (rxs, rws) = (values(&rtl, "x"), values(&rtl, "width"));
        assert_eq!(ws, rws);
        assert_eq!(xs.len(), rxs.len());
        // Without the mirroring, this would fail on the first bar.
        assert_ne!(xs, rxs);
        let strip = |s: &str| {
            s.split('<')
                .map(|t| t.split_once('>').map_or("", |(_, text)| text).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            strip(&ltr),
            strip(&rtl),
            "the same labels in the same order"
        );
        assert_eq!(
            ltr.matches("text-anchor").count(),
            rtl.matches("text-anchor").count()
        );
    }
    // A bar of 50 ends at the middle of its track, on the other side.
    let svg = pillar_bars(&rtl, &bars[..1], ("2024", None));
    let left = W - BAR_X - BAR_W / 2.0;
    assert!(svg.contains(&format!("<rect x=\"{left:.1}\"")), "{svg}");
}
