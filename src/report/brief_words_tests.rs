//! The sentences made of parts, in English as the text report, the
//! workbook and the English brief say them.

use super::*;
use crate::report::changes::Moved;
use crate::report::markdown_escape::escape;
use crate::report::peers::PeerGroupView;
use crate::report::provenance::Provenance;

fn prov(source: &[&str], without: usize, files: &[&str]) -> Provenance {
    Provenance {
        data_files: files.iter().map(|s| s.to_string()).collect(),
        source: source.iter().map(|s| s.to_string()).collect(),
        rows_without_source: without,
        generated: "2024-06-30".into(),
        sheet: None,
    }
}

#[test]
fn sources_in_words_with_what_is_not_stated() {
    assert_eq!(
        prov(&[], 9, &["x.csv"]).text(),
        "Data     x.csv\nSource   not stated in the file\nMade on  2024-06-30\n"
    );
    assert_eq!(
        prov(&["A", "B"], 1, &["x.csv"]).markdown(),
        "Source: A; B; 1 row states no source. Data: x.csv. Made on 2024-06-30.\n"
    );
    let many: Vec<String> = (1..=7).map(|i| format!("f{i}.csv")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    assert!(
            prov(&["A"], 2, &many)
                .text()
                .starts_with("Data     f1.csv, f2.csv, f3.csv, f4.csv, f5.csv and 2 more\nSource   A; 2 rows state no source\n")
        );
    // Data text is made safe for each format.
    assert_eq!(
        prov(&["*ITU*\x1b[2J"], 0, &["a_b.csv"]).markdown(),
        "Source: \\*ITU\\*␛\\[2J. Data: a\\_b.csv. Made on 2024-06-30.\n"
    );
}

fn view(kind: &'static str, name: Option<&str>, n: usize, added: Option<&str>) -> PeerGroupView {
    PeerGroupView {
        kind,
        name: name.map(String::from),
        countries: (0..n).map(|i| format!("C{i:02}")).collect(),
        added: added.map(String::from),
    }
}

fn plain(s: &str) -> String {
    s.to_string()
}

#[test]
fn groups_in_words() {
    let at = |rank: usize, of, tied_with| Standing {
        rank,
        of,
        tied_with,
        ahead: rank - 1,
    };
    let same = |s: String| s;
    let peers = view("peers", None, 3, None);
    assert_eq!(
        standing_words(&peers, at(2, 3, 0), 2024, &plain, &same),
        "2nd of 3 peers (C00, C01, C02)"
    );
    assert_eq!(
        standing_words(
            &view("all", None, 194, None),
            at(1, 194, 1),
            2024,
            &plain,
            &same
        ),
        "1st of the 194 countries in the file, tied with 1"
    );
    // Ties above: the rank reads better than the place is.
    let zambia = Standing {
        rank: 40,
        of: 194,
        tied_with: 0,
        ahead: 56,
    };
    assert_eq!(
        standing_words(&view("all", None, 194, None), zambia, 2024, &plain, &same),
        "40th of the 194 countries in the file; 56 score higher"
    );
    let sadc = view("region", Some("SADC"), 15, None);
    assert_eq!(
        sadc.words(15, 2024, &plain),
        "the 15 countries of region SADC"
    );
    assert_eq!(
        sadc.words(14, 2024, &plain),
        "14 with a 2024 score, among the 15 countries of region SADC"
    );
    let joined = view("region", Some("SADC"), 16, Some("C00"));
    assert_eq!(
        joined.words(16, 2024, &plain),
        "the 15 countries of region SADC and C00"
    );
    let many = view("peers", None, 23, None);
    assert!(many.words(23, 2024, &plain).ends_with(", C19 and 3 more)"));
    // Names are data: made safe for the format.
    let md = |s: &str| crate::report::markdown_escape::escape(s);
    assert_eq!(
        view("region", Some("*A*"), 2, None).words(2, 2024, &md),
        "the 2 countries of region \\*A\\*"
    );
}

fn moved(from: (f64, f64), to: (f64, f64)) -> Moved {
    Moved {
        indicator_id: "I".into(),
        indicator: "Name".into(),
        pillar: "P".into(),
        from: from.0,
        from_max_score: from.1,
        to: to.0,
        max_score: to.1,
        delta: to.0 - from.0,
        delta_pct: 100.0 * (to.0 / to.1 - from.0 / from.1),
    }
}

#[test]
fn a_change_is_in_score_points_unless_the_maximum_changed() {
    assert_eq!(
        change_words(&english(), &moved((3.0, 3.0), (2.0, 3.0))),
        "3 / 3 → 2 / 3, ▼ -1.00 score points"
    );
    assert_eq!(
        change_words(&english(), &moved((2.0, 3.0), (3.0, 5.0))),
        "2 / 3 → 3 / 5, ▼ -6.67 percentage points of attainment"
    );
}

#[test]
fn lists_are_capped_with_a_count_of_the_rest() {
    let rises = vec![moved((1.0, 4.0), (2.0, 4.0)); RISES_SHOWN + 2];
    let md = changes(&english(), &[], &rises, &|t| escape(t));
    assert!(!md.contains("Declined"));
    assert_eq!(md.matches("\n- Name (I), P: ").count(), RISES_SHOWN);
    assert!(md.ends_with("\n- and 2 more\n"), "{md}");
    let text = changes_text(&rises[..1], &[]);
    assert_eq!(
        text,
        format!(
            "  Declined  {}  1 / 4 → 2 / 4, ▲ +1.00 score points\n",
            fit("I Name", 40)
        )
    );
}
