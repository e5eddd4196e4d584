//! Screen snapshots of every pane and popup, rendered into a TestBackend.
//! Snapshots do not capture colour, so where colour carries meaning the
//! style of key cells is asserted directly.

use cyberindex::app::{Action, App, Pane, ThemeName};
use cyberindex::data::load_path;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn sample(theme: ThemeName) -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    let ds = load_path(&path).expect("bundled sample loads");
    App::new(ds, 0, theme)
}

fn render(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.update(Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cyberindex::ui::draw(app, f)).unwrap();
    terminal
}

fn buffer(terminal: &Terminal<TestBackend>) -> &Buffer {
    terminal.backend().buffer()
}

/// Position of the first cell whose symbol starts `text` on a row.
fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in 0..area.height {
        let row: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = row.find(text) {
            let x = row[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn every_pane_at_120x40_and_80x24() {
    for (w, h) in [(120, 40), (80, 24)] {
        // The sample has one country, so no Peers pane; peers_pane covers it.
        for pane in sample(ThemeName::Dark).panes() {
            let mut app = sample(ThemeName::Dark);
            app.update(Action::GoTo(pane));
            let terminal = render(&mut app, w, h);
            insta::assert_snapshot!(
                format!("{}_{w}x{h}", pane.title().to_lowercase()),
                terminal.backend()
            );
        }
    }
}

#[test]
fn help_and_detail_popups() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = sample(ThemeName::Dark);
        app.update(Action::ToggleHelp);
        insta::assert_snapshot!(format!("help_{w}x{h}"), render(&mut app, w, h).backend());

        let mut app = sample(ThemeName::Dark);
        app.update(Action::GoTo(Pane::Gaps));
        app.update(Action::OpenDetail);
        insta::assert_snapshot!(format!("detail_{w}x{h}"), render(&mut app, w, h).backend());
    }
}

#[test]
fn indicators_sorted_filtered_and_searched() {
    let mut app = sample(ThemeName::Dark);
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::SortBy(cyberindex::app::Column::Gain));
    app.update(Action::NextPillarFilter);
    app.update(Action::NextPillarFilter);
    app.update(Action::NextPillarFilter);
    app.update(Action::NextPillarFilter);
    insta::assert_snapshot!(
        "indicators_capacity_by_gain",
        render(&mut app, 120, 30).backend()
    );

    let mut app = sample(ThemeName::Dark);
    app.update(Action::StartSearch);
    for c in "cirt".chars() {
        app.update(Action::SearchInput(c));
    }
    insta::assert_snapshot!(
        "indicators_search_cirt",
        render(&mut app, 100, 24).backend()
    );
}

#[test]
fn tiny_terminals_show_a_notice_and_never_panic() {
    let mut app = sample(ThemeName::Dark);
    insta::assert_snapshot!("too_small_40x10", render(&mut app, 40, 10).backend());
    for (w, h) in [(1, 1), (2, 1), (1, 5), (59, 15), (60, 14), (0, 0)] {
        for pane in Pane::ALL {
            app.update(Action::GoTo(pane));
            let _ = render(&mut app, w.max(1), h.max(1));
        }
    }
    // The smallest full layout draws every pane and popup.
    for pane in Pane::ALL {
        app.update(Action::GoTo(pane));
        let terminal = render(&mut app, 60, 15);
        assert!(
            find(buffer(&terminal), "Overview").is_some(),
            "{pane:?} at 60×15"
        );
    }
    app.update(Action::ToggleHelp);
    let _ = render(&mut app, 60, 15);
}

#[test]
fn mono_theme_snapshot_and_modifier_only_styles() {
    let mut app = sample(ThemeName::Mono);
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::Down);
    let terminal = render(&mut app, 120, 40);
    insta::assert_snapshot!("indicators_mono_120x40", terminal.backend());
    let buf = buffer(&terminal);
    for cell in buf.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "mono must not set colours: {cell:?}"
        );
    }
    // The second data row (LEG-02) is selected and shown in reverse video.
    let (x, y) = find(buf, "LEG-02").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(buf, "LEG-03").unwrap();
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn deltas_are_coloured_and_carry_symbols() {
    let mut app = sample(ThemeName::Dark);
    app.update(Action::GoTo(Pane::Compare));
    let terminal = render(&mut app, 120, 40);
    let buf = buffer(&terminal);
    let (x, y) = find(buf, "▲ 11 improved").expect("improved count");
    assert_eq!(buf[(x, y)].fg, Color::LightGreen);
    let (x, y) = find(buf, "▼ 1 declined").expect("declined count");
    assert_eq!(buf[(x, y)].fg, Color::LightRed);

    let mut app = sample(ThemeName::Light);
    app.update(Action::GoTo(Pane::Compare));
    let terminal = render(&mut app, 120, 40);
    let buf = buffer(&terminal);
    let (x, y) = find(buf, "▲ 11 improved").unwrap();
    assert_eq!(
        buf[(x, y)].fg,
        Color::Indexed(28),
        "light theme uses a green that reaches 4.5:1 on white"
    );
}

#[test]
fn tier_is_shown_in_its_colour() {
    let mut app = sample(ThemeName::Dark);
    let terminal = render(&mut app, 120, 40);
    let buf = buffer(&terminal);
    let (x, y) = find(buf, "Tier 2 · Advancing").unwrap();
    assert_eq!(buf[(x, y)].fg, Color::Green);
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
}

/// The dark theme's muted grey, fixed in the 256-colour ramp (#8a8a8a).
const MUTED_DARK: Color = Color::Indexed(245);

#[test]
fn not_assessed_scores_look_different_from_zero() {
    let mut app = sample(ThemeName::Dark);
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::PrevYear);
    app.update(Action::PrevYear);
    app.update(Action::PrevYear);
    app.update(Action::PrevYear);
    app.update(Action::PrevYear);
    let terminal = render(&mut app, 120, 60);
    let buf = buffer(&terminal);
    let (x, y) = find(buf, "—/").expect("a not-assessed score in 2019");
    assert_eq!(buf[(x, y)].fg, MUTED_DARK);
    let (x, y) = find(buf, " 0/").expect("a zero score in 2019");
    assert_ne!(buf[(x + 1, y)].fg, MUTED_DARK);
}

/// The published GCI data, Zambia among sixteen African peers.
fn peers_app() -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let ds = load_path(&path).expect("converted example loads");
    let codes: Vec<String> = "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN"
        .split(',')
        .map(String::from)
        .collect();
    let zmb = ds.find_country("ZMB").unwrap();
    let peers = cyberindex::data::rank::peer_group(&ds, Some(&codes), None, zmb).unwrap();
    App::new(ds, zmb, ThemeName::Dark).with_peers(peers)
}

#[test]
fn peers_pane() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = peers_app();
        app.update(Action::GoTo(Pane::Peers));
        let terminal = render(&mut app, w, h);
        insta::assert_snapshot!(format!("peers_{w}x{h}"), terminal.backend());
    }
    let mut app = peers_app();
    app.update(Action::GoTo(Pane::Peers));
    let terminal = render(&mut app, 120, 40);
    let buf = buffer(&terminal);
    // The selected country's row stands out: bold, in the accent style.
    let (x, y) = find(buf, "▶ Zambia").expect("Zambia is marked");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert!(find(buf, " 6th 16 Overall").is_some());
    assert!(find(buf, "11th 16 Technical").is_some());
    assert!(find(buf, "Peers 2024 · 16 of 16 ranked by overall").is_some());
}

#[test]
fn trends_key_matches_each_line_colour() {
    let mut app = sample(ThemeName::Dark);
    app.update(Action::GoTo(Pane::Trends));
    let terminal = render(&mut app, 80, 24);
    let buf = buffer(&terminal);
    // The key sits under the chart at every size: a marker in each pillar's
    // colour beside its name.
    let (x, y) = find(buf, "● Legal").expect("key for Legal");
    assert_eq!(buf[(x, y)].fg, Color::Cyan);
    let (x, y) = find(buf, "■ Policy & Strategy").expect("key for Policy");
    assert_eq!(buf[(x, y)].fg, Color::Yellow);
    // And the chart draws Legal's line and its points in that colour.
    let (key_x, key_y) = find(buf, "● Legal").unwrap();
    let cyan_braille = buf.content().iter().any(|c| {
        c.fg == Color::Cyan
            && ('\u{2800}'..='\u{28ff}').contains(&c.symbol().chars().next().unwrap_or(' '))
    });
    assert!(cyan_braille, "no Legal line drawn in cyan");
    let points = (0..key_y)
        .flat_map(|y| (0..80).map(move |x| (x, y)))
        .filter(|&(x, y)| (x, y) != (key_x, key_y) && buf[(x, y)].symbol() == "●")
        .inspect(|&p| assert_eq!(buf[p].fg, Color::Cyan))
        .count();
    assert_eq!(points, 6, "one Legal marker a year, 2019–2024");
}

#[test]
fn failed_reload_banner_replaces_the_hints_in_the_warning_style() {
    use cyberindex::app::action::Reload;
    for theme in [ThemeName::Dark, ThemeName::Mono] {
        let mut app = sample(theme);
        let err = cyberindex::data::load_reader(
            "review.csv",
            "country,year,pillar,indicator_id,score,max_score\nZMB,2024,Legal,L1,\x1b]0;x\x07,3\n"
                .as_bytes(),
        )
        .unwrap_err();
        app.update(Action::Reloaded(Reload {
            result: Box::new(Err(err)),
            at: "09:30:00".into(),
        }));
        let terminal = render(&mut app, 80, 24);
        if theme == ThemeName::Mono {
            insta::assert_snapshot!("reload_banner_80x24", terminal.backend());
        }
        let buf = buffer(&terminal);
        let (x, y) = find(buf, "⚠ review.csv:2: score:").expect("banner on screen");
        assert_eq!(y, 23, "the banner is on the footer row");
        assert!(
            find(buf, "? help").is_none(),
            "the hints are still drawn under the banner"
        );
        let style = buf[(x, y)].style();
        match theme {
            ThemeName::Mono => assert!(style.add_modifier.contains(Modifier::REVERSED)),
            _ => assert_eq!(style.bg, Some(Color::Yellow)),
        }
    }
}

/// The bundled sample with CAP-07 and COO-04 raised to their targets.
fn scenario_app(theme: ThemeName) -> App {
    let mut app = sample(theme);
    app.update(Action::GoTo(Pane::Gaps));
    app.update(Action::ScoreToTarget); // CAP-07, first in what to fix first
    // CAP-07 leaves the list; COO-04 moves up under the cursor.
    app.update(Action::ScoreToTarget); // COO-04
    app
}

#[test]
fn scenario_view_marks_the_projection_beside_the_actual_scores() {
    for (w, h) in [(120, 40), (80, 24)] {
        for pane in [Pane::Overview, Pane::Gaps] {
            let mut app = scenario_app(ThemeName::Dark);
            app.update(Action::GoTo(pane));
            let terminal = render(&mut app, w, h);
            insta::assert_snapshot!(
                format!("scenario_{}_{w}x{h}", pane.title().to_lowercase()),
                terminal.backend()
            );
            let buf = buffer(&terminal);
            // The index moves from 92.20 by CAP-07's 0.95 and COO-04's 0.73.
            let (x, y) = find(buf, "SCENARIO").expect("the scenario is marked");
            assert_eq!(y, 0, "the header marks it");
            assert!(find(buf, "93.88").is_some(), "projected index shown");
            assert!(find(buf, "+1.68").is_some(), "difference shown");
            assert_eq!(buf[(x, y)].style().bg, Some(Color::Yellow));
        }
    }
    let mut app = scenario_app(ThemeName::Dark);
    app.update(Action::ShowScenario);
    insta::assert_snapshot!("scenario_list_120x40", render(&mut app, 120, 40).backend());
}

// ---------------------------------------------------------------- Trends

/// An app over data written as CSV, for shapes the bundled files lack.
fn app_from_csv(csv: &str, theme: ThemeName) -> App {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.csv");
    std::fs::write(&path, csv).unwrap();
    let ds = load_path(&path).expect("test data loads");
    App::new(ds, 0, theme)
}

/// One country, one indicator a pillar, scored in every year; `score`
/// gives (pillar, year) a score out of 20, or None for not assessed.
fn csv_of(pillars: &[&str], years: &[i32], score: impl Fn(usize, i32) -> Option<f64>) -> String {
    let mut csv = String::from("country,year,pillar,indicator_id,indicator,score,max_score\n");
    for &y in years {
        for (p, name) in pillars.iter().enumerate() {
            let s = score(p, y).map_or(String::new(), |s| s.to_string());
            let name = name.replace('"', "\"\"");
            csv.push_str(&format!(
                "ZZZ,{y},\"{name}\",IND-{p:02},Measure {p},{s},20\n"
            ));
        }
    }
    csv
}

fn gci_zambia(theme: ThemeName) -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let ds = load_path(&path).expect("converted example loads");
    let zmb = ds.find_country("ZMB").expect("Zambia in the GCI data");
    App::new(ds, zmb, theme)
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Runs of `pred` characters on row `y`, as (first column, text).
fn runs(buf: &Buffer, y: u16, pred: impl Fn(&str) -> bool) -> Vec<(u16, String)> {
    let mut out: Vec<(u16, String)> = Vec::new();
    let mut open = false;
    for x in 0..buf.area.width {
        let sym = buf[(x, y)].symbol();
        if pred(sym) {
            match out.last_mut() {
                Some((_, text)) if open => text.push_str(sym),
                _ => out.push((x, sym.to_string())),
            }
            open = true;
        } else {
            open = false;
        }
    }
    out
}

/// The trends chart's x axis as drawn: the plot's columns, the tick
/// columns and the labels under the axis as (first column, text).
struct XAxis {
    left: u16,
    width: u16,
    ticks: Vec<u16>,
    labels: Vec<(u16, String)>,
}

fn x_axis(buf: &Buffer) -> XAxis {
    let (corner, y) = find(buf, "└").expect("the x axis");
    let left = corner + 1;
    let mut right = left;
    while right < buf.area.width && matches!(buf[(right, y)].symbol(), "─" | "┬") {
        right += 1;
    }
    let ticks = (left..right)
        .filter(|&x| buf[(x, y)].symbol() == "┬")
        .collect();
    let labels = runs(buf, y + 1, |s| {
        s.chars().all(|c| c.is_ascii_digit()) && s != " "
    });
    XAxis {
        left,
        width: right - left,
        ticks,
        labels,
    }
}

/// Checks that the axis has one tick per year, each at the year's true
/// place, and that every label is a year with data drawn whole over its
/// own tick. Returns the labels' texts.
fn check_x_axis(buf: &Buffer, years: &[i32], what: &str) -> Vec<String> {
    let axis = x_axis(buf);
    assert_eq!(axis.ticks.len(), years.len(), "{what}: one tick per year");
    let (first, last) = (years[0] as f64, *years.last().unwrap() as f64);
    for (&year, &tick) in years.iter().zip(&axis.ticks) {
        let true_x =
            axis.left as f64 + (year as f64 - first) / (last - first) * (axis.width - 1) as f64;
        assert!(
            (tick as f64 - true_x).abs() <= 1.0,
            "{what}: {year} ticked at column {tick}, belongs at {true_x:.1}"
        );
    }
    for (x, text) in &axis.labels {
        let i = years
            .iter()
            .position(|y| y.to_string() == *text)
            .unwrap_or_else(|| panic!("{what}: label {text} is not a year with data"));
        let tick = axis.ticks[i];
        assert!(
            (*x..*x + text.len() as u16).contains(&tick),
            "{what}: label {text} at {x} is not over its tick at {tick}"
        );
    }
    axis.labels.into_iter().map(|(_, t)| t).collect()
}

const SIZES: [(u16, u16); 3] = [(120, 40), (80, 24), (60, 20)];

#[test]
fn trends_axis_on_gci_data_shows_2020_and_2024_at_the_ends_only() {
    for theme in [ThemeName::Dark, ThemeName::Light, ThemeName::Mono] {
        for braille in [true, false] {
            for (w, h) in SIZES {
                let mut app = gci_zambia(theme);
                app.update(Action::GoTo(Pane::Trends));
                app.braille = braille;
                let terminal = render(&mut app, w, h);
                let buf = buffer(&terminal);
                let what = format!("{theme:?} braille={braille} {w}×{h}");
                let labels = check_x_axis(buf, &[2020, 2024], &what);
                assert_eq!(labels, ["2020", "2024"], "{what}");
                // At the two ends of the plot.
                let axis = x_axis(buf);
                assert_eq!(
                    axis.ticks,
                    [axis.left, axis.left + axis.width - 1],
                    "{what}"
                );
                // The y axis is labelled whole.
                for label in ["100", "50", "0"] {
                    assert!(
                        runs(buf, 0, |_| true).is_empty()
                            || find(buf, &format!("{label}│")).is_some(),
                        "{what}: y label {label}"
                    );
                }
            }
        }
    }
}

#[test]
fn trends_axis_labels_every_year_that_fits_at_its_true_place() {
    // The bundled sample: 2019–2024, every year labelled at these sizes.
    for (w, h) in SIZES {
        let mut app = sample(ThemeName::Dark);
        app.update(Action::GoTo(Pane::Trends));
        let terminal = render(&mut app, w, h);
        let years = [2019, 2020, 2021, 2022, 2023, 2024];
        let labels = check_x_axis(buffer(&terminal), &years, &format!("{w}×{h}"));
        assert_eq!(labels, years.map(|y| y.to_string()), "{w}×{h}");
    }
    // Uneven years: 2016 sits a ninth of the way along, not a half; where
    // it has no room beside 2015 its label is dropped, never cut.
    let csv = csv_of(&["Legal", "Technical"], &[2015, 2016, 2024], |p, y| {
        Some(((y - 2010) as f64 + p as f64) % 20.0)
    });
    for w in [60, 61, 70, 80, 90, 100, 120, 160] {
        let mut app = app_from_csv(&csv, ThemeName::Dark);
        app.update(Action::GoTo(Pane::Trends));
        let terminal = render(&mut app, w, 24);
        let labels = check_x_axis(buffer(&terminal), &[2015, 2016, 2024], &format!("{w}×24"));
        assert_eq!(labels.first().map(String::as_str), Some("2015"), "{w}");
        assert_eq!(labels.last().map(String::as_str), Some("2024"), "{w}");
        if w >= 120 {
            assert_eq!(labels, ["2015", "2016", "2024"], "{w}");
        }
    }
}

/// Pillar names whose first three letters tell them apart.
const PILLARS: [&str; 12] = [
    "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "Iris", "Juliett",
    "Kilo", "Lima",
];

/// The key's marker for each pillar, found beside the start of its name.
fn key_markers(buf: &Buffer, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|name| {
            let (x, y) = find(buf, &name[..3]).unwrap_or_else(|| panic!("{name} in the key"));
            assert_eq!(buf[(x - 1, y)].symbol(), " ", "{name}");
            buf[(x - 2, y)].symbol().to_string()
        })
        .collect()
}

#[test]
fn mono_key_gives_eight_pillars_eight_different_markers() {
    let names = &PILLARS[..8];
    let csv = csv_of(names, &[2020, 2022, 2024], |p, y| {
        Some((p as f64 * 2.3 + (y - 2020) as f64 * 0.7).min(20.0))
    });
    for (w, h) in SIZES {
        for braille in [true, false] {
            let mut app = app_from_csv(&csv, ThemeName::Mono);
            app.update(Action::GoTo(Pane::Trends));
            app.braille = braille;
            let terminal = render(&mut app, w, h);
            let buf = buffer(&terminal);
            let markers = key_markers(buf, names);
            for (i, m) in markers.iter().enumerate() {
                assert_ne!(m.trim(), "", "{w}×{h}: {} has no marker", names[i]);
                assert!(
                    !markers[i + 1..].contains(m),
                    "{w}×{h}: {m} shared by {} and another pillar: {markers:?}",
                    names[i]
                );
                // Each marker also marks points in the plot, above the key.
                let (_, key_y) = find(buf, &names[i][..3]).unwrap();
                let in_plot = (0..key_y).any(|y| row_text(buf, y).contains(m.as_str()));
                assert!(in_plot, "{w}×{h}: {m} not in the chart");
            }
            for cell in buf.content() {
                assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
            }
        }
    }
}

#[test]
fn twelve_pillars_get_twelve_markers_shapes_then_letters() {
    let csv = csv_of(&PILLARS, &[2020, 2024], |p, _| Some(p as f64 * 1.5));
    let mut app = app_from_csv(&csv, ThemeName::Mono);
    app.update(Action::GoTo(Pane::Trends));
    let terminal = render(&mut app, 120, 40);
    let markers = key_markers(buffer(&terminal), &PILLARS);
    assert_eq!(
        markers,
        ["●", "■", "◆", "✚", "○", "□", "◇", "✕", "A", "B", "C", "D"]
    );
}

/// The history block's value row and year row, as whitespace-separated
/// tokens: the two rows above its bottom border.
fn history_rows(buf: &Buffer) -> (Vec<String>, Vec<String>) {
    let (_, title) = find(buf, "History:").expect("history block");
    let bottom = (title + 1..buf.area.height)
        .find(|&y| buf[(0, y)].symbol() == "╰")
        .expect("history bottom border");
    let tokens = |y: u16| -> Vec<String> {
        row_text(buf, y)
            .trim_matches('│')
            .split_whitespace()
            .map(String::from)
            .collect()
    };
    (tokens(bottom - 2), tokens(bottom - 1))
}

#[test]
fn history_values_and_years_are_whole_or_absent() {
    // Zambia's Technical score in the GCI: 13.82/20 in 2020, 17.62/20 in 2024.
    for (w, h) in SIZES {
        let mut app = gci_zambia(ThemeName::Light);
        app.update(Action::GoTo(Pane::Trends));
        app.update(Action::Down);
        let terminal = render(&mut app, w, h);
        let (values, years) = history_rows(buffer(&terminal));
        assert!(find(buffer(&terminal), "TECH").is_some(), "{w}×{h}");
        assert_eq!(values, ["13.82/20", "17.62/20"], "{w}×{h}");
        assert_eq!(years, ["2020", "2024"], "{w}×{h}");
    }
    // Twelve years leave bars too narrow for "17.25/20": some values and
    // years are dropped, none is cut, and the selected year keeps both.
    let years: Vec<i32> = (2013..=2024).collect();
    let csv = csv_of(&["Legal"], &years, |_, y| {
        Some(((y - 2013) as f64 * 1.25 + 3.5).min(20.0))
    });
    let all: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    let texts: Vec<String> = years
        .iter()
        .map(|&y| {
            let s = ((y - 2013) as f64 * 1.25 + 3.5).min(20.0);
            format!("{}/20", cyberindex::format::points(s))
        })
        .collect();
    for w in [60, 63, 67, 72, 80, 95, 120] {
        let mut app = app_from_csv(&csv, ThemeName::Dark);
        app.update(Action::GoTo(Pane::Trends));
        let terminal = render(&mut app, w, 24);
        let (values, labels) = history_rows(buffer(&terminal));
        for v in &values {
            assert!(texts.contains(v), "{w}: value {v} cut or wrong: {values:?}");
        }
        for y in &labels {
            assert!(all.contains(y), "{w}: year {y} cut: {labels:?}");
        }
        assert!(values.contains(texts.last().unwrap()), "{w}: {values:?}");
        assert!(labels.contains(&"2024".to_string()), "{w}: {labels:?}");
    }
}

#[test]
fn trends_never_panic_on_odd_data_or_sizes() {
    let long = "Capacity Development and International \x1b[31mCooperation\x07 Framework";
    let datasets = [
        csv_of(&["Legal", "Technical"], &[2024], |_, _| Some(10.0)),
        csv_of(&["Legal", "Technical"], &[2020, 2024], |_, _| None),
        csv_of(&PILLARS, &[2019, 2020, 2024], |p, y| {
            Some(((p as i32 + y) % 21) as f64)
        }),
        csv_of(
            &[long, "日本語の柱", "\u{202e}evil"],
            &[2000, 2001, 2099],
            |p, _| Some(p as f64 * 9.0),
        ),
        csv_of(&["Legal"], &(1990..=2024).collect::<Vec<_>>(), |_, y| {
            Some((y % 20) as f64)
        }),
    ];
    for (n, csv) in datasets.iter().enumerate() {
        let theme = [ThemeName::Dark, ThemeName::Mono][n % 2];
        let mut app = app_from_csv(csv, theme);
        app.update(Action::GoTo(Pane::Trends));
        for w in [1, 2, 4, 7, 12, 20, 35, 59, 60, 61, 75, 90, 130] {
            for h in [1, 2, 3, 4, 6, 9, 14, 15, 16, 20, 28, 45] {
                app.braille = (w + h) % 2 == 0;
                // Straight into a buffer: resizing the app for every size
                // costs more than the drawing.
                let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, w, h));
                cyberindex::ui::render(&app, buf.area, &mut buf);
                // Control characters never reach the screen.
                for cell in buf.content() {
                    assert!(
                        !cell
                            .symbol()
                            .chars()
                            .any(|c| c.is_control() || c == '\u{202e}'),
                        "{w}×{h}: {:?}",
                        cell.symbol()
                    );
                }
            }
        }
    }
    // And the notices say why there is no chart.
    let mut app = app_from_csv(&datasets[0], ThemeName::Dark);
    app.update(Action::GoTo(Pane::Trends));
    assert!(find(buffer(&render(&mut app, 80, 24)), "at least two years").is_some());
    let mut app = app_from_csv(&datasets[1], ThemeName::Dark);
    app.update(Action::GoTo(Pane::Trends));
    assert!(find(buffer(&render(&mut app, 80, 24)), "No pillar is scored").is_some());
}

#[test]
fn trends_on_the_gci_data_in_mono() {
    // Two years only: 2020 and 2024 at the ends, markers for five pillars.
    for (w, h) in SIZES {
        let mut app = gci_zambia(ThemeName::Mono);
        app.update(Action::GoTo(Pane::Trends));
        let terminal = render(&mut app, w, h);
        insta::assert_snapshot!(format!("trends_gci_mono_{w}x{h}"), terminal.backend());
    }
}
