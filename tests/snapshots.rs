//! Screen snapshots of every pane and popup, rendered into a TestBackend.
//! Snapshots do not capture colour, so where colour carries meaning the
//! style of key cells is asserted directly.

mod screen;

use cyberindex::app::{Action, App, Pane, ThemeName};
use cyberindex::read::load_path;
use ratatui::style::{Color, Modifier};
use screen::{buffer, find, render, sample};

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
    let peers = cyberindex::model::rank::peer_group(&ds, Some(&codes), None, zmb).unwrap();
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
fn failed_reload_banner_replaces_the_hints_in_the_warning_style() {
    use cyberindex::app::action::Reload;
    for theme in [ThemeName::Dark, ThemeName::Mono] {
        let mut app = sample(theme);
        let err = cyberindex::read::load_reader(
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
