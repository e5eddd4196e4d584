//! The one key table. Dispatch, the footer hints and the help overlay are
//! all read from it, so help cannot drift from behaviour.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Pane};

/// What the keyboard is currently talking to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Search,
    Popup,
    /// Typing an exact score for the selected indicator.
    ScoreInput,
    /// Asked whether to save the scenario before quitting.
    ConfirmQuit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// Which modes a binding applies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    In(Mode),
    /// Normal mode, on these panes only.
    On(&'static [Pane]),
}

pub struct Binding {
    pub when: When,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Short label for the footer; `None` keeps it out of the footer.
    pub hint: Option<&'static str>,
}

/// Panes with a list to move through.
const TABLES: &[Pane] = &[
    Pane::Indicators,
    Pane::Compare,
    Pane::Gaps,
    Pane::Trends,
    Pane::Peers,
];
/// Panes whose list can be sorted.
const SORTABLE: &[Pane] = &[Pane::Indicators, Pane::Peers];
/// Panes whose selection is an indicator.
const INDICATOR_LISTS: &[Pane] = &[Pane::Indicators, Pane::Compare, Pane::Gaps, Pane::Trends];

pub const KEYMAP: &[Binding] = &[
    Binding {
        when: When::Always,
        keys: &[ctrl('c')],
        action: Action::QuitNow,
        help: "quit, from anywhere",
        hint: None,
    },
    Binding {
        when: When::Always,
        keys: &[ctrl('z')],
        action: Action::Suspend,
        help: "suspend to the shell; fg brings the dashboard back",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('q')],
        action: Action::Quit,
        help: "quit (asks first if what-if changes are unsaved)",
        hint: Some("quit"),
    },
    Binding {
        when: When::In(Mode::ConfirmQuit),
        keys: &[k('w')],
        action: Action::SaveAndQuit,
        help: "save the what-if changes, then quit",
        hint: Some("save and quit"),
    },
    Binding {
        when: When::In(Mode::ConfirmQuit),
        keys: &[k('q')],
        action: Action::QuitNow,
        help: "quit without saving",
        hint: Some("quit without saving"),
    },
    Binding {
        when: When::In(Mode::ConfirmQuit),
        keys: &[code(KeyCode::Esc)],
        action: Action::StayOpen,
        help: "stay in the dashboard",
        hint: Some("stay"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('?')],
        action: Action::ToggleHelp,
        help: "show or hide this help",
        hint: Some("help"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[code(KeyCode::Tab)],
        action: Action::NextPane,
        help: "next pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[code(KeyCode::BackTab)],
        action: Action::PrevPane,
        help: "previous pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('1')],
        action: Action::GoTo(Pane::Overview),
        help: "Overview pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('2')],
        action: Action::GoTo(Pane::Indicators),
        help: "Indicators pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('3')],
        action: Action::GoTo(Pane::Compare),
        help: "Compare pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('4')],
        action: Action::GoTo(Pane::Gaps),
        help: "Gaps pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('5')],
        action: Action::GoTo(Pane::Trends),
        help: "Trends pane",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('6')],
        action: Action::GoTo(Pane::Peers),
        help: "Peers pane (when the data has several countries)",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('['), k('h'), code(KeyCode::Left)],
        action: Action::PrevYear,
        help: "previous year",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k(']'), k('l'), code(KeyCode::Right)],
        action: Action::NextYear,
        help: "next year",
        hint: Some("year"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('{')],
        action: Action::PrevCompareYear,
        help: "earlier comparison year",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('}')],
        action: Action::NextCompareYear,
        help: "later comparison year",
        hint: Some("vs year"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('c')],
        action: Action::NextCountry,
        help: "next country (within the peer group, when one is set)",
        hint: Some("country"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('C')],
        action: Action::PrevCountry,
        help: "previous country",
        hint: None,
    },
    Binding {
        when: When::On(TABLES),
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "move up",
        hint: None,
    },
    Binding {
        when: When::On(TABLES),
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "move down",
        hint: None,
    },
    Binding {
        when: When::On(TABLES),
        keys: &[code(KeyCode::PageUp), ctrl('u')],
        action: Action::PageUp,
        help: "page up",
        hint: None,
    },
    Binding {
        when: When::On(TABLES),
        keys: &[code(KeyCode::PageDown), ctrl('d')],
        action: Action::PageDown,
        help: "page down",
        hint: None,
    },
    Binding {
        when: When::On(TABLES),
        keys: &[k('g'), code(KeyCode::Home)],
        action: Action::Top,
        help: "first row",
        hint: None,
    },
    Binding {
        when: When::On(TABLES),
        keys: &[k('G'), code(KeyCode::End)],
        action: Action::Bottom,
        help: "last row",
        hint: None,
    },
    Binding {
        when: When::On(INDICATOR_LISTS),
        keys: &[code(KeyCode::Enter)],
        action: Action::OpenDetail,
        help: "details of the selected indicator",
        hint: Some("details"),
    },
    Binding {
        when: When::On(&[Pane::Peers]),
        keys: &[code(KeyCode::Enter)],
        action: Action::ChooseCountry,
        help: "make the selected country the current one",
        hint: Some("choose"),
    },
    Binding {
        when: When::On(SORTABLE),
        keys: &[k('s')],
        action: Action::NextSortColumn,
        help: "sort by the next column",
        hint: Some("sort"),
    },
    Binding {
        when: When::On(SORTABLE),
        keys: &[k('S')],
        action: Action::ReverseSort,
        help: "reverse the sort order",
        hint: None,
    },
    Binding {
        when: When::On(&[Pane::Indicators]),
        keys: &[k('p')],
        action: Action::NextPillarFilter,
        help: "show one pillar (cycles; All at the end)",
        hint: Some("pillar"),
    },
    Binding {
        when: When::On(&[Pane::Indicators]),
        keys: &[k('P')],
        action: Action::PrevPillarFilter,
        help: "previous pillar filter",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('/')],
        action: Action::StartSearch,
        help: "search: indicators by id, name, pillar or evidence; on Peers, countries by code or name",
        hint: Some("search"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[code(KeyCode::Esc)],
        action: Action::ClearFilters,
        help: "clear a kept search and the pillar filter",
        hint: None,
    },
    Binding {
        when: When::On(&[Pane::Trends]),
        keys: &[k('b')],
        action: Action::ToggleBraille,
        help: "switch chart lines between braille and plain dots",
        hint: Some("braille"),
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('t')],
        action: Action::CycleTheme,
        help: "cycle theme: dark, light, mono",
        hint: None,
    },
    Binding {
        when: When::On(INDICATOR_LISTS),
        keys: &[k('+'), k('=')],
        action: Action::RaiseScore,
        help: "scenario: raise the selected indicator's score a step",
        hint: Some("what-if"),
    },
    Binding {
        when: When::On(INDICATOR_LISTS),
        keys: &[k('-')],
        action: Action::LowerScore,
        help: "scenario: lower the selected indicator's score a step",
        hint: None,
    },
    Binding {
        when: When::On(INDICATOR_LISTS),
        keys: &[k('e')],
        action: Action::EditScore,
        help: "scenario: type an exact score for the selected indicator",
        hint: None,
    },
    Binding {
        when: When::On(INDICATOR_LISTS),
        keys: &[k('T')],
        action: Action::ScoreToTarget,
        help: "scenario: set the selected indicator to its target",
        hint: None,
    },
    Binding {
        when: When::On(INDICATOR_LISTS),
        keys: &[k('M')],
        action: Action::ScoreToMax,
        help: "scenario: set the selected indicator to its maximum",
        hint: None,
    },
    Binding {
        when: When::On(&[Pane::Gaps]),
        keys: &[k('A')],
        action: Action::ApplyPlan,
        help: "scenario: apply the action plan's steps",
        hint: Some("apply plan"),
    },
    Binding {
        when: When::On(&[Pane::Gaps]),
        keys: &[k('>')],
        action: Action::ScrollPlanDown,
        help: "scroll the action plan down",
        hint: None,
    },
    Binding {
        when: When::On(&[Pane::Gaps]),
        keys: &[k('<')],
        action: Action::ScrollPlanUp,
        help: "scroll the action plan up",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('u')],
        action: Action::UndoChange,
        help: "scenario: undo the last change (or the reset)",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('R')],
        action: Action::ResetScenario,
        help: "scenario: clear every change (u brings them back)",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('v')],
        action: Action::ShowScenario,
        help: "scenario: list the changes and their effect",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Normal),
        keys: &[k('w')],
        action: Action::SaveScenario,
        help: "scenario: save the changes to a new CSV file",
        hint: None,
    },
    Binding {
        when: When::In(Mode::ScoreInput),
        keys: &[code(KeyCode::Enter)],
        action: Action::ScoreInputAccept,
        help: "use the typed score",
        hint: Some("set"),
    },
    Binding {
        when: When::In(Mode::ScoreInput),
        keys: &[code(KeyCode::Esc)],
        action: Action::ScoreInputCancel,
        help: "leave the score as it was",
        hint: Some("cancel"),
    },
    Binding {
        when: When::In(Mode::ScoreInput),
        keys: &[code(KeyCode::Backspace)],
        action: Action::ScoreInputBackspace,
        help: "delete a character",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Search),
        keys: &[code(KeyCode::Enter)],
        action: Action::SearchAccept,
        help: "keep the search and return to the table",
        hint: Some("keep"),
    },
    Binding {
        when: When::In(Mode::Search),
        keys: &[code(KeyCode::Esc)],
        action: Action::SearchCancel,
        help: "clear the search",
        hint: Some("clear"),
    },
    Binding {
        when: When::In(Mode::Search),
        keys: &[code(KeyCode::Backspace)],
        action: Action::SearchBackspace,
        help: "delete a character",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Popup),
        keys: &[code(KeyCode::Esc), k('q'), code(KeyCode::Enter), k('?')],
        action: Action::ClosePopup,
        help: "close the popup",
        hint: Some("close"),
    },
    Binding {
        when: When::In(Mode::Popup),
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "scroll up",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Popup),
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "scroll down",
        hint: Some("scroll"),
    },
    Binding {
        when: When::In(Mode::Popup),
        keys: &[code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: "scroll a page up",
        hint: None,
    },
    Binding {
        when: When::In(Mode::Popup),
        keys: &[code(KeyCode::PageDown)],
        action: Action::PageDown,
        help: "scroll a page down",
        hint: None,
    },
];

impl When {
    /// Heading under which help and the README list a binding with this
    /// condition (scenario bindings have their own, see [`Binding::section`]).
    pub fn section(self) -> &'static str {
        match self {
            When::Always => "Anywhere",
            When::In(Mode::Normal) => "Dashboard",
            When::On(_) => "Tables",
            When::In(Mode::Search) => "Search",
            When::In(Mode::ScoreInput) => "Typing a score",
            When::In(Mode::Popup) => "Popups",
            When::In(Mode::ConfirmQuit) => "Quitting with unsaved changes",
        }
    }

    /// Where a binding works, for help and the README: the panes it is
    /// limited to, or nothing when it works on every pane.
    pub fn panes(self) -> Option<&'static [Pane]> {
        match self {
            When::On(panes) => Some(panes),
            _ => None,
        }
    }

    pub fn applies(self, mode: Mode, pane: Pane) -> bool {
        match self {
            When::Always => true,
            When::In(m) => m == mode,
            When::On(panes) => mode == Mode::Normal && panes.contains(&pane),
        }
    }
}

impl Binding {
    pub fn section(&self) -> &'static str {
        if self.action.is_scenario() {
            "Scenario"
        } else {
            self.when.section()
        }
    }
}

impl Key {
    fn matches(&self, ev: &KeyEvent) -> bool {
        // Shifted characters arrive as 'S' with SHIFT on some terminals and
        // plain 'S' on others; the character alone decides.
        let mods = ev.modifiers - KeyModifiers::SHIFT;
        match (self.code, ev.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && mods == self.mods,
            (a, b) => a == b && mods == self.mods,
        }
    }

    /// How the key is written in the footer and help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", base.to_uppercase())
        } else {
            base
        }
    }
}

/// The action bound to a key press in this mode and pane, if any. A key
/// that works only on other panes gives [`Action::Unavailable`], so the
/// footer can say where it works instead of doing nothing.
pub fn lookup(ev: &KeyEvent, mode: Mode, pane: Pane) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let matching = |b: &&Binding| b.keys.iter().any(|key| key.matches(ev));
    let bound = KEYMAP
        .iter()
        .filter(|b| b.when.applies(mode, pane))
        .find(matching)
        .map(|b| b.action.clone());
    if bound.is_some() {
        return bound;
    }
    // Typing in the search box or a score: every other printable
    // character is text.
    match (mode, ev.code) {
        (Mode::Search, KeyCode::Char(c)) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(Action::SearchInput(c))
        }
        (Mode::ScoreInput, KeyCode::Char(c)) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(Action::ScoreInput(c))
        }
        (Mode::Popup, KeyCode::Char(_)) => Some(Action::InPopup),
        (Mode::Normal, _) => KEYMAP
            .iter()
            .filter(|b| matches!(b.when, When::On(_)))
            .find(matching)
            .and_then(|b| {
                let key = b.keys.iter().find(|key| key.matches(ev))?;
                Some(Action::Unavailable {
                    key: key.label(),
                    help: b.help,
                    panes: b.when.panes()?,
                })
            }),
        _ => None,
    }
}

/// "Indicators, Compare, Gaps and Trends".
pub fn pane_list(panes: &[Pane]) -> String {
    let names: Vec<&str> = panes.iter().map(|p| p.title()).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => String::new(),
    }
}

/// Footer hints for this mode and pane: (keys, label).
pub fn hints(mode: Mode, pane: Pane) -> Vec<(String, &'static str)> {
    KEYMAP
        .iter()
        .filter(|b| b.when.applies(mode, pane))
        .filter_map(|b| b.hint.map(|h| (b.keys[0].label(), h)))
        .collect()
}

/// The README's key table, rendered from the same bindings.
pub fn markdown_table() -> String {
    let mut out = String::from("| Where | Keys | Action |\n|---|---|---|\n");
    for row in help_rows() {
        let keys: Vec<String> = row
            .keys
            .iter()
            .map(|k| format!("`{}`", k.replace('|', "\\|")))
            .collect();
        let mut help = row.help.to_string();
        if let Some(panes) = row.panes {
            help.push_str(&format!(" (on {})", pane_list(panes)));
        }
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            row.section,
            keys.join(" "),
            help
        ));
    }
    out
}

/// Section headings in the order help shows them.
const SECTIONS: [&str; 8] = [
    "Anywhere",
    "Dashboard",
    "Tables",
    "Scenario",
    "Quitting with unsaved changes",
    "Typing a score",
    "Search",
    "Popups",
];

/// Bindings grouped by section (table order within one), so each heading
/// appears once.
fn grouped() -> Vec<&'static Binding> {
    let mut v: Vec<&Binding> = KEYMAP.iter().collect();
    v.sort_by_key(|b| SECTIONS.iter().position(|s| *s == b.section()));
    v
}

/// One binding as help and the README list it.
pub struct HelpRow {
    pub section: &'static str,
    pub keys: Vec<String>,
    pub help: &'static str,
    /// The panes it works on, when not all.
    pub panes: Option<&'static [Pane]>,
}

/// Every binding, grouped by section.
pub fn help_rows() -> Vec<HelpRow> {
    grouped()
        .into_iter()
        .map(|b| HelpRow {
            section: b.section(),
            keys: b.keys.iter().map(Key::label).collect(),
            help: b.help,
            panes: b.when.panes(),
        })
        .collect()
}

/// The first key bound to `action` in `mode`, as the UI writes it.
pub fn label_in(mode: Mode, action: &Action) -> String {
    KEYMAP
        .iter()
        .find(|b| &b.action == action && matches!(b.when, When::In(m) if m == mode))
        .map(|b| b.keys[0].label())
        .unwrap_or_default()
}

/// The first key bound to `action` in any mode, as the UI writes it, so
/// that a key named in a message is always the key that does it.
pub fn key_for(action: &Action) -> String {
    KEYMAP
        .iter()
        .find(|b| &b.action == action)
        .map(|b| b.keys[0].label())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut sections: Vec<&str> = rows.iter().map(|r| r.section).collect();
        sections.dedup();
        assert_eq!(sections, SECTIONS);
    }

    /// The README's table is exactly the generated one, from the line
    /// after its start marker to the line before its end marker: nothing
    /// more (a pasted backtrace) and nothing less.
    #[test]
    fn readme_key_table_is_the_key_table() {
        let readme = include_str!("../../README.md");
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
}
