//! Each pane's table as exported and copied: the rows the pane lists, in
//! its order, with its figures; on the real GCI data (Zambia) and on the
//! bundled sample.

use super::*;
use crate::app::{Column, ExportFormat, ThemeName};
use crate::model::Dataset;
use crate::read::load_path;

fn repo(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

fn open(file: &str, country: &str) -> App {
    let ds: Dataset = load_path(&repo(file)).unwrap();
    let c = ds.find_country(country).unwrap();
    App::new(ds, c, ThemeName::Dark)
}

fn gci_zmb() -> App {
    open("examples/gci-2020-2024.csv", "ZMB")
}

fn sample() -> App {
    open("indicators.csv", "ZMB")
}

fn on(mut app: App, pane: Pane) -> App {
    app.update(Action::GoTo(pane));
    app
}

/// The row whose first text cell in column `col` is `key`, as shown.
fn row_of(sheet: &Sheet, col: &str, key: &str) -> Vec<String> {
    let c = sheet.header.iter().position(|h| h == col).unwrap();
    sheet
        .rows
        .iter()
        .find(|r| r[c] == Cell::text(key))
        .unwrap_or_else(|| panic!("no {key} in {:?}", sheet.rows))
        .iter()
        .map(Cell::shown)
        .collect()
}

#[test]
fn zambia_overview_gives_the_published_index_and_its_change() {
    let app = on(gci_zmb(), Pane::Overview);
    let sheet = table(&app).unwrap();
    assert_eq!(sheet.header, ["Pillar", "2024", "2020", "Δ"]);
    assert_eq!(sheet.name, "Overview ZMB 2024");
    // ITU's published overall, 68.88 in 2020 and 92.58 in 2024, and the
    // change as the two figures read (the exact change is 23.705).
    assert_eq!(
        row_of(&sheet, "Pillar", "Overall"),
        ["Overall", "92.58", "68.88", "23.70"]
    );
    // Technical: 13.82 and 17.62 of 20, as pillar scores of 0–100.
    assert_eq!(
        row_of(&sheet, "Pillar", "Technical"),
        ["Technical", "88.08", "69.12", "18.96"]
    );
    assert_eq!(sheet.rows.len(), 6, "five pillars and the overall");
}

#[test]
fn zambia_compare_gives_each_change_as_the_scores_read() {
    let app = on(gci_zmb(), Pane::Compare);
    let sheet = table(&app).unwrap();
    assert_eq!(
        sheet.header,
        [
            "ID",
            "Indicator",
            "2020",
            "2020 max",
            "2024",
            "2024 max",
            "Δ pts",
            "Status"
        ]
    );
    // 13.8239 → 17.6155 reads 13.82 → 17.62: +3.80, not the exact 3.79.
    assert_eq!(
        row_of(&sheet, "ID", "ITU_GCI_TECH_SCORE")[2..],
        ["13.82", "20.00", "17.62", "20.00", "3.80", "improved"]
    );
    assert_eq!(
        row_of(&sheet, "ID", "ITU_GCI_LEGL_SCRE")[2..],
        ["20.00", "20.00", "20.00", "20.00", "0.00", "unchanged"]
    );
    // Full precision stays in the cell for a workbook.
    let tech = sheet
        .rows
        .iter()
        .find(|r| r[0] == Cell::text("ITU_GCI_TECH_SCORE"))
        .unwrap();
    assert_eq!(tech[4], Cell::score(17.61548499171412));
}

#[test]
fn peers_rank_as_itu_does_with_ties_shared() {
    let mut app = on(gci_zmb(), Pane::Peers);
    // 2020: USA 1, United Kingdom and Saudi Arabia 2, Estonia 3.
    app.update(Action::PrevYear);
    let sheet = table(&app).unwrap();
    assert_eq!(
        sheet.header[..5],
        ["#", "Code", "Country", "Overall", "Tier"]
    );
    let top: Vec<(String, String)> = sheet.rows[..4]
        .iter()
        .map(|r| (r[0].shown(), r[1].shown()))
        .collect();
    let ranks: Vec<&str> = top.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(ranks, ["1", "2", "2", "3"]);
    let mut tied: Vec<&str> = top[1..3].iter().map(|(_, c)| c.as_str()).collect();
    tied.sort();
    assert_eq!(
        (top[0].1.as_str(), tied, top[3].1.as_str()),
        ("USA", vec!["GBR", "SAU"], "EST")
    );
    // Every peer with a score, and Zambia's row as its pane reads it.
    assert_eq!(sheet.rows.len(), app.view().peers.len());
    let zmb = row_of(&sheet, "Code", "ZMB");
    assert_eq!(zmb[2..5], ["Zambia", "68.88", "3"]);
}

#[test]
fn the_indicators_table_is_exported_as_filtered_and_sorted() {
    let mut app = on(sample(), Pane::Indicators);
    app.update(Action::SortBy(Column::Gain));
    app.update(Action::NextPillarFilter);
    let sheet = table(&app).unwrap();
    assert_eq!(
        sheet.header,
        [
            "Pillar",
            "ID",
            "Indicator",
            "Score",
            "Max",
            "%",
            "Δ pts",
            "Gap",
            "Gain"
        ]
    );
    let ids: Vec<String> = sheet.rows.iter().map(|r| r[1].shown()).collect();
    let shown: Vec<String> = app
        .view()
        .rows
        .iter()
        .map(|&i| app.data().indicator_of(i).id.clone())
        .collect();
    assert_eq!(ids, shown);
    assert!(ids.len() > 1 && ids.len() < app.data().rows(app.country(), app.year()).len());
    // Largest gain first, as the pane sorts it.
    let gains: Vec<f64> = sheet
        .rows
        .iter()
        .map(|r| match r[8] {
            Cell::Number { value, .. } => value,
            _ => panic!("gain is a number"),
        })
        .collect();
    assert!(gains.windows(2).all(|w| w[0] >= w[1]), "{gains:?}");
    // CAP-07 in 2024: 1.5 of 3, up 0.5 points, 50% attained.
    let mut app = on(sample(), Pane::Indicators);
    app.update(Action::ClearFilters);
    let row = row_of(&table(&app).unwrap(), "ID", "CAP-07");
    let i = app
        .data()
        .find_obs(
            app.country(),
            app.year(),
            app.data()
                .indicators
                .iter()
                .position(|d| d.id == "CAP-07")
                .unwrap() as u32,
        )
        .unwrap();
    let ds = app.data();
    assert_eq!(
        row[3..6],
        [
            format!("{:.2}", ds.score(i).unwrap()),
            format!("{:.2}", ds.max_score(i)),
            format!("{:.2}", ds.attainment(i).unwrap() * 100.0)
        ]
    );
}

#[test]
fn gaps_are_numbered_in_the_order_of_what_to_fix_first() {
    let app = on(sample(), Pane::Gaps);
    let sheet = table(&app).unwrap();
    assert_eq!(sheet.rows.len(), app.view().fix_first.len());
    for (k, (row, &i)) in sheet.rows.iter().zip(&app.view().fix_first).enumerate() {
        assert_eq!(row[0].shown(), (k + 1).to_string());
        assert_eq!(row[1], Cell::text(&app.data().indicator_of(i).id));
        assert_eq!(row[8], Cell::score(app.view().gain(i)));
    }
}

#[test]
fn trends_give_every_pillar_in_every_year_and_the_selected_history() {
    let app = on(gci_zmb(), Pane::Trends);
    let sheet = table(&app).unwrap();
    assert_eq!(sheet.header, ["Pillar", "2020", "2024"]);
    assert_eq!(
        row_of(&sheet, "Pillar", "Legal"),
        ["Legal", "100.00", "100.00"]
    );
    assert_eq!(sheet.rows.len(), 5);
    let history = selected(&app).unwrap();
    assert_eq!(history.header, ["ID", "Indicator", "2020", "2024"]);
    assert_eq!(history.rows.len(), 1);
    assert_eq!(history.rows[0][0], Cell::text("ITU_GCI_LEGL_SCRE"));
    assert_eq!(history.rows[0][2..], [Cell::score(20.0), Cell::score(20.0)]);
}

#[test]
fn a_what_if_marks_the_changed_rows() {
    let mut app = on(sample(), Pane::Gaps);
    let first = app.view().fix_first[0];
    app.update(Action::ScoreToTarget);
    let sheet = table(&app).unwrap();
    assert_eq!(sheet.header[1], CHANGED);
    // The raised indicator leaves what to fix first; none listed is changed.
    assert!(sheet.rows.iter().all(|r| r[1] == Cell::Empty));
    app.update(Action::GoTo(Pane::Indicators));
    let sheet = table(&app).unwrap();
    let id = app.data().indicator_of(first).id.clone();
    let row = sheet.rows.iter().find(|r| r[2] == Cell::text(&id)).unwrap();
    assert_eq!(row[0], Cell::text("changed"));
    assert_eq!(row[4], Cell::score(app.data().target(first)));
    assert_eq!(sheet.rows.iter().filter(|r| r[0] != Cell::Empty).count(), 1);
}

#[test]
fn copy_row_is_the_header_and_the_selected_row_as_tab_separated_text() {
    let mut app = on(sample(), Pane::Gaps);
    app.update(Action::Down);
    app.update(Action::CopyRow);
    let whole = table(&app).unwrap();
    let expected = Sheet {
        rows: vec![whole.rows[1].clone()],
        ..whole.clone()
    }
    .to_tsv();
    assert_eq!(
        app.take_effects(),
        [Effect::Copy {
            text: expected.clone()
        }]
    );
    assert_eq!(expected.lines().count(), 2);
    assert!(
        expected.starts_with("#\tID\tIndicator\tPillar\tScore"),
        "{expected}"
    );
    assert_eq!(
        app.notice_text(),
        "Copied 1 row to the clipboard (tab-separated, with the header)"
    );
    app.update(Action::CopyTable);
    assert_eq!(
        app.take_effects(),
        [Effect::Copy {
            text: whole.to_tsv()
        }]
    );
    assert_eq!(
        app.notice_text(),
        format!(
            "Copied {} rows to the clipboard (tab-separated, with the header)",
            whole.rows.len()
        )
    );
}

#[test]
fn export_asks_for_a_file_named_after_the_country_year_and_pane() {
    let mut app = on(sample(), Pane::Gaps);
    app.update(Action::Export(ExportFormat::Xlsx));
    let sheet = table(&app).unwrap();
    assert_eq!(
        app.take_effects(),
        [Effect::Export {
            sheet,
            format: ExportFormat::Xlsx,
            name: "ZMB-2024-gaps".into()
        }]
    );
    app.update(Action::Exported(Ok(Written {
        path: "/d/indicators-ZMB-2024-gaps.xlsx".into(),
        rows: 3,
    })));
    assert_eq!(
        app.notice_text(),
        "Exported 3 rows to /d/indicators-ZMB-2024-gaps.xlsx"
    );
    app.update(Action::Exported(Err("disk full".into())));
    assert_eq!(app.notice_text(), "Not exported: disk full");
    assert!(app.notice().unwrap().warn);
}

#[test]
fn nothing_is_asked_of_the_terminal_when_there_is_nothing_to_copy() {
    // The earliest year has nothing to compare with.
    let mut app = on(gci_zmb(), Pane::Compare);
    app.update(Action::PrevYear);
    app.update(Action::CopyTable);
    app.update(Action::Export(ExportFormat::Csv));
    app.update(Action::CopyRow);
    assert!(app.take_effects().is_empty());
    assert_eq!(
        app.notice_text(),
        "Nothing to copy: a comparison needs an earlier year"
    );
    // A search that matches nothing leaves nothing to export.
    let mut app = on(sample(), Pane::Indicators);
    app.update(Action::StartSearch);
    for c in "no such thing".chars() {
        app.update(Action::SearchInput(c));
    }
    app.update(Action::SearchAccept);
    app.update(Action::Export(ExportFormat::Csv));
    assert!(app.take_effects().is_empty());
    assert_eq!(
        app.notice_text(),
        "Nothing to export: the Indicators table has no rows"
    );
}

#[test]
fn a_copy_too_large_for_terminals_is_refused_with_the_way_out() {
    // A name long enough that the whole table passes the limit.
    let mut csv = String::from("country,year,pillar,indicator_id,indicator,score,max_score\n");
    for k in 0..40 {
        csv.push_str(&format!("ZMB,2024,P,I{k},{},1,2\n", "n".repeat(2_000)));
    }
    let ds = crate::read::load_reader("big.csv", csv.as_bytes()).unwrap();
    let mut app = on(App::new(ds, 0, ThemeName::Dark), Pane::Indicators);
    let size = table(&app).unwrap().to_tsv().len();
    assert!(
        size > COPY_LIMIT && size.div_ceil(3) * 4 > 100_000,
        "{size}"
    );
    app.update(Action::CopyTable);
    assert!(app.take_effects().is_empty());
    assert_eq!(
        app.notice_text(),
        format!(
            "Not copied: 40 rows is {} kB of text, more than terminals take through OSC 52 \
             (74 kB); x exports it to a file",
            size.div_ceil(1000)
        )
    );
    // One row of it is fine.
    app.update(Action::CopyRow);
    assert_eq!(app.take_effects().len(), 1);
}
