//! Column widths and cell shapes at widths from roomy to too narrow.

use super::cells::shape;
use super::widths::common_prefix;
use super::*;
use ratatui::style::Style;

fn items(rows: &[&[&str]]) -> Vec<Vec<Item>> {
    rows.iter()
        .map(|r| r.iter().map(|s| Item::new(*s, Style::new())).collect())
        .collect()
}

fn cols() -> Vec<Col> {
    vec![
        Col::text("Pillar", 6, 1, 2),
        Col::id("ID", 0),
        Col::text("Indicator", 8, 2, 0),
        Col::num("Score", 0),
        Col::num("Gain", 1),
    ]
}

#[test]
fn numbers_keep_their_width_and_text_gives_way() {
    let rows = items(&[
        &[
            "Capacity Development",
            "ITU_GCI_CDS_SCORE",
            "Capacity Development Score",
            "14.97/20",
            "+5.03",
        ],
        &[
            "Technical",
            "ITU_GCI_TECH_SCORE",
            "Technical Score",
            "17.62/20",
            "+2.38",
        ],
    ]);
    let w = widths(&cols(), &rows, 80);
    // Everything fits at 80: ids and numbers whole.
    assert_eq!(w[1], Some(18));
    assert_eq!(w[3], Some(8));
    assert_eq!(w.iter().flatten().sum::<u16>() + 4, 80);
    // At 50 the ids stay whole and the indicator name shrinks, but it
    // keeps more room than the pillar, which is at its minimum.
    let w = widths(&cols(), &rows, 50);
    assert_eq!((w[1], w[3], w[4]), (Some(18), Some(8), Some(5)));
    assert_eq!((w[0], w[2]), (Some(6), Some(9)));
    // At 42 the ids lose their shared prefix: "…TECH_SCORE".
    let w = widths(&cols(), &rows, 42);
    assert_eq!(w, vec![Some(6), Some(11), Some(8), Some(8), Some(5)]);
    assert_eq!(
        shape("ITU_GCI_TECH_SCORE", Fit::Id, 11, "ITU_GCI_".len(), true),
        "…TECH_SCORE"
    );
    // Narrower, whole columns go, lowest `keep` first: the gain, then
    // the pillar; the score never.
    let w = widths(&cols(), &rows, 41);
    assert_eq!((w[0], w[3], w[4]), (Some(6), Some(8), None));
    let w = widths(&cols(), &rows, 30);
    assert_eq!((w[0], w[2], w[3], w[4]), (None, Some(8), Some(8), None));
    assert!(w.iter().flatten().sum::<u16>() + 2 <= 30);
    // Too narrow even for the columns that should stay: text goes
    // whole, then the rightmost; no cell is ever wider than its column.
    let w = widths(&cols(), &rows, 20);
    assert_eq!(w, vec![None, Some(11), None, Some(8), None]);
    let w = widths(&cols(), &rows, 5);
    assert!(w.iter().all(Option::is_none), "{w:?}");
}

#[test]
fn a_name_of_megabytes_makes_a_cell_of_a_row_at_most() {
    let huge = "N".repeat(20 << 20);
    let item = Item::data(&huge, Style::new());
    assert!(item.text.len() <= 4 * 1024, "{} bytes", item.text.len());
    assert!(item.text.ends_with('…'));
    let ids = [format!("ID_{huge}A"), format!("ID_{huge}B")];
    assert!(shared_prefix(ids.iter().map(String::as_str)).len() <= 4 * 1024);
    // Widths come from the cells, so they too are bounded.
    let rows = vec![vec![item.clone(), Item::new("1/2", Style::new())]];
    let w = widths(
        &[Col::text("Name", 8, 1, 0), Col::num("Score", 0)],
        &rows,
        80,
    );
    assert_eq!(w, vec![Some(74), Some(5)]);
}

#[test]
fn the_shared_prefix_stops_at_a_separator_and_a_char_boundary() {
    let prefix = |ids: &[&str]| common_prefix(ids.iter().copied());
    assert_eq!(prefix(&["éa", "éb"]), "é".len());
    assert_eq!(prefix(&["aé", "aè"]), 1);
    // Back to the separator: "…CDS_SCORE" and "…COOP_SCORE", not
    // "…DS_SCORE" and "…OOP_SCORE".
    assert_eq!(
        prefix(&["ITU_GCI_CDS_SCORE", "ITU_GCI_COOP_SCORE"]),
        "ITU_GCI_".len()
    );
    // Never the whole of an id.
    assert_eq!(prefix(&["LEG", "LEG-01"]), 2);
    assert_eq!(prefix(&["same", "same"]), 3);
    assert_eq!(prefix(&[]), 0);
    assert_eq!(prefix(&["ITU_GCI_CDS_SCORE"]), 0);
}
