//! The table's own rules: dispatch, no key bound twice, help and the
//! README generated from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::action::{Action, Pane};

fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn ctrl_c_quits_in_every_mode() {
    for mode in [
        Mode::Normal,
        Mode::Search,
        Mode::Popup,
        Mode::ScoreInput,
        Mode::ConfirmQuit,
    ] {
        let ev = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            lookup(&ev, mode, Pane::Indicators),
            Some(Action::QuitNow),
            "{mode:?}"
        );
    }
}

#[test]
fn letters_are_text_while_searching() {
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(lookup(&q, Mode::Normal, Pane::Overview), Some(Action::Quit));
    assert_eq!(
        lookup(&q, Mode::Search, Pane::Overview),
        Some(Action::SearchInput('q'))
    );
    let shifted = press(KeyCode::Char('S'), KeyModifiers::SHIFT);
    assert_eq!(
        lookup(&shifted, Mode::Search, Pane::Indicators),
        Some(Action::SearchInput('S'))
    );
}

#[test]
fn shifted_letters_match_with_or_without_shift_flag() {
    let a = press(KeyCode::Char('S'), KeyModifiers::SHIFT);
    let b = press(KeyCode::Char('S'), KeyModifiers::NONE);
    assert_eq!(
        lookup(&a, Mode::Normal, Pane::Indicators),
        Some(Action::ReverseSort)
    );
    assert_eq!(
        lookup(&b, Mode::Normal, Pane::Indicators),
        Some(Action::ReverseSort)
    );
}

#[test]
fn table_keys_apply_only_on_table_panes() {
    let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(
        lookup(&j, Mode::Normal, Pane::Indicators),
        Some(Action::Down)
    );
    // On Overview, `j` says where it works rather than doing nothing.
    assert!(matches!(
        lookup(&j, Mode::Normal, Pane::Overview),
        Some(Action::Unavailable { .. })
    ));
    let plus = press(KeyCode::Char('+'), KeyModifiers::NONE);
    match lookup(&plus, Mode::Normal, Pane::Overview) {
        Some(Action::Unavailable { key, panes, .. }) => {
            assert_eq!(key, "+");
            assert_eq!(pane_list(panes), "Indicators, Compare, Gaps and Trends");
        }
        other => panic!("{other:?}"),
    }
    // Keys bound nowhere are still nothing.
    let z = press(KeyCode::Char('Z'), KeyModifiers::NONE);
    assert_eq!(lookup(&z, Mode::Normal, Pane::Overview), None);
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    let modes = [
        Mode::Normal,
        Mode::Search,
        Mode::Popup,
        Mode::ScoreInput,
        Mode::ConfirmQuit,
    ];
    for mode in modes {
        for pane in Pane::ALL {
            let mut seen = Vec::new();
            for b in KEYMAP.iter().filter(|b| b.when.applies(mode, pane)) {
                for key in b.keys {
                    assert!(
                        !seen.contains(key),
                        "{key:?} bound twice in {mode:?}/{pane:?}"
                    );
                    seen.push(*key);
                }
            }
        }
    }
}

#[test]
fn help_lists_each_section_once() {
    let rows = help_rows();
    let mut sections: Vec<Section> = rows.iter().map(|r| r.section).collect();
    sections.dedup();
    assert_eq!(sections, Section::ALL);
}

/// The README's table is exactly the generated one, from the line
/// after its start marker to the line before its end marker: nothing
/// more (a pasted backtrace) and nothing less.
#[test]
fn readme_key_table_is_the_key_table() {
    let readme = include_str!("../../../README.md");
    let (start, end) = ("<!-- keys:start -->\n", "<!-- keys:end -->");
    let from = readme.find(start).expect("README has a keys:start marker") + start.len();
    let to = readme[from..]
        .find(end)
        .expect("README has a keys:end marker")
        + from;
    let table = markdown_table();
    assert_eq!(
        readme[from..to].trim_end(),
        table.trim_end(),
        "README.md's key table is out of date; put exactly this between the markers:\n{table}"
    );
}

#[test]
fn help_and_footer_come_from_the_table() {
    let rows = help_rows();
    assert_eq!(rows.len(), KEYMAP.len());
    assert!(
        rows.iter()
            .any(|r| r.keys == ["Ctrl-C"] && r.help.contains("quit"))
    );
    let on_indicators = hints(Mode::Normal, Pane::Indicators);
    assert!(on_indicators.contains(&("s".to_string(), "sort")));
    assert!(
        !hints(Mode::Normal, Pane::Overview)
            .iter()
            .any(|(_, h)| *h == "sort")
    );
}

#[test]
fn the_scenario_heading_holds_the_scenario_actions() {
    for b in KEYMAP {
        assert_eq!(
            b.section == Section::Scenario,
            b.action.is_scenario(),
            "{:?} under {:?}",
            b.action,
            b.section
        );
    }
}

/// A dashboard on `pane` over data with one country and one year.
fn poor(pane: Pane) -> Here {
    Here {
        countries: 1,
        countries_to_cycle: 1,
        years: 1,
        earlier_year: false,
        later_year: false,
        compare_back: false,
        compare_forward: false,
        ..Here::at(Mode::Normal, pane)
    }
}

#[test]
fn help_on_every_pane_lists_each_section_once() {
    for pane in Pane::ALL {
        for here in [Here::at(Mode::Normal, pane), poor(pane)] {
            let mut sections: Vec<Section> =
                help_rows_here(&here).iter().map(|r| r.section).collect();
            sections.dedup();
            let mut once = sections.clone();
            once.sort();
            once.dedup();
            assert_eq!(sections, once, "{here:?}");
        }
    }
}

#[test]
fn help_lists_only_the_keys_that_work_on_the_pane() {
    let helps =
        |here: &Here| -> Vec<&str> { help_rows_here(here).iter().map(|r| r.help).collect() };
    let overview = helps(&Here::at(Mode::Normal, Pane::Overview));
    assert!(!overview.contains(&"sort by the next column"));
    assert!(!overview.iter().any(|h| h.starts_with("move ")));
    assert!(overview.contains(&"quit, from anywhere"));
    assert!(overview.contains(&"previous country"));
    let indicators = helps(&Here::at(Mode::Normal, Pane::Indicators));
    assert!(indicators.contains(&"sort by the next column"));
    assert!(!indicators.contains(&"switch chart lines between braille and plain dots"));
    let alone = helps(&poor(Pane::Indicators));
    for gone in [
        "previous country",
        "previous year",
        "earlier comparison year",
    ] {
        assert!(!alone.contains(&gone), "{gone}");
    }
    assert!(!alone.iter().any(|h| h.starts_with("Peers pane")));
    assert!(alone.contains(&"sort by the next column"));
}

fn labels(here: &Here) -> Vec<&'static str> {
    footer(here).hints.iter().map(|(h, _)| h.label).collect()
}

#[test]
fn the_footer_leaves_out_keys_the_data_rules_out() {
    let rich = Here::at(Mode::Normal, Pane::Overview);
    assert_eq!(
        labels(&rich),
        [
            "quit", "help", "year", "vs year", "country", "search", "export"
        ]
    );
    let one_country = Here {
        countries: 1,
        countries_to_cycle: 1,
        ..rich
    };
    assert_eq!(
        labels(&one_country),
        ["quit", "help", "year", "vs year", "search", "export"]
    );
    let group_of_one = Here {
        countries_to_cycle: 1,
        ..rich
    };
    assert!(!labels(&group_of_one).contains(&"country"));
    let earliest_year = Here {
        earlier_year: false,
        compare_back: false,
        compare_forward: false,
        ..rich
    };
    assert_eq!(
        labels(&earliest_year),
        ["quit", "help", "year", "country", "search", "export"]
    );
    // The two ways through the years are one hint, with the keys that act.
    let keys = |here: &Here, label: &str| -> String {
        let hints = footer(here).hints;
        hints
            .into_iter()
            .find(|(h, _)| h.label == label)
            .unwrap()
            .0
            .keys
    };
    assert_eq!(keys(&rich, "year"), "[ ]");
    assert_eq!(keys(&rich, "vs year"), "{ }");
    assert_eq!(keys(&earliest_year, "year"), "]");
    let latest_year = Here {
        later_year: false,
        compare_forward: false,
        ..rich
    };
    assert_eq!(keys(&latest_year, "year"), "[");
    assert_eq!(keys(&latest_year, "vs year"), "{");
    assert_eq!(
        labels(&poor(Pane::Overview)),
        ["quit", "help", "search", "export"]
    );
}

#[test]
fn a_hint_keeps_its_priority_when_others_are_left_out() {
    let rich = footer(&Here::at(Mode::Normal, Pane::Indicators)).hints;
    let most = rich.iter().map(|(_, place)| *place).max().unwrap();
    assert_eq!(rich[0].1, most, "the first gives way last");
    assert_eq!(rich[rich.len() - 1].1, 1);
    let poor = footer(&poor(Pane::Indicators)).hints;
    assert!(poor.len() < rich.len());
    for (hint, place) in poor {
        let (_, was) = rich.iter().find(|(h, _)| h.label == hint.label).unwrap();
        assert_eq!(place, *was, "{}", hint.label);
    }
}

#[test]
fn the_scenario_keys_lead_the_footer_only_under_a_scenario() {
    let lead = |here: &Here| -> Vec<(String, &str)> {
        footer(here)
            .what_if
            .into_iter()
            .map(|h| (h.keys, h.label))
            .collect()
    };
    assert!(lead(&Here::at(Mode::Normal, Pane::Gaps)).is_empty());
    let under = Here {
        what_if: true,
        ..Here::at(Mode::Normal, Pane::Gaps)
    };
    assert_eq!(
        lead(&under),
        [("v".to_string(), "changes"), ("w".to_string(), "save")]
    );
    // Not while a search is typed, where v and w are text.
    assert!(
        lead(&Here {
            mode: Mode::Search,
            ..under
        })
        .is_empty()
    );
    assert!(!labels(&under).contains(&"changes"));
}

#[test]
fn every_key_of_every_binding_does_its_action_where_it_applies() {
    for b in KEYMAP {
        for mode in Mode::ALL {
            for pane in Pane::ALL.into_iter().filter(|&p| b.when.applies(mode, p)) {
                for key in b.keys {
                    let ev = KeyEvent::new(key.code, key.mods);
                    assert_eq!(
                        lookup(&ev, mode, pane).as_ref(),
                        Some(&b.action),
                        "{} in {mode:?} on {pane:?}",
                        key.label()
                    );
                }
            }
        }
    }
}
