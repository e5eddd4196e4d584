//! The Trends pane: years at their true places on the axis, one marker per
//! pillar, values never cut, on the real GCI data and on shapes the bundled
//! files lack.

mod screen;

use cyberindex::app::{Action, App, Pane, ThemeName};
use cyberindex::read::load_path;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use screen::{buffer, find, gci_zambia, render, sample};

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
/// Draws with braille dots or with blocks, through the key that toggles
/// them: the app's state changes only through its actions.
fn set_braille(app: &mut App, braille: bool) {
    if app.braille() != braille {
        app.update(Action::ToggleBraille);
    }
}

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
                set_braille(&mut app, braille);
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
            set_braille(&mut app, braille);
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
                set_braille(&mut app, (w + h) % 2 == 0);
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
