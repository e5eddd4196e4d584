//! The one key table: every binding on one line. Dispatch takes the first
//! binding that applies, so order matters where two share a key in
//! different contexts; the footer and help keep this order too.

use ratatui::crossterm::event::KeyCode;

use super::binding::Hint::{Footer, HelpOnly, WhatIf};
use super::binding::Needs::{
    CompareBack, CompareForward, CountriesToCycle, EarlierYear, LaterYear, SeveralCountries,
};
use super::binding::Section::{
    Anywhere, ConfirmQuit, Dashboard, Export as Exports, Popups, Scenario, Search, Tables,
    TypingScore,
};
use super::binding::{Binding, Mode, When, b};
use super::key::{Key, code, ctrl, k};
use crate::app::action::Action::*;
use crate::app::action::{Action, ExportFormat, Pane};

const ALWAYS: When = When::Always;
const NORMAL: When = When::In(Mode::Normal);
const SEARCHING: When = When::In(Mode::Search);
const POPUP: When = When::In(Mode::Popup);
const SCORE_INPUT: When = When::In(Mode::ScoreInput);
const QUITTING: When = When::In(Mode::ConfirmQuit);
/// Panes with a list to move through.
const TABLES: When = When::On(&[
    Pane::Indicators,
    Pane::Compare,
    Pane::Gaps,
    Pane::Trends,
    Pane::Peers,
]);
/// Panes whose list can be sorted.
const SORTABLE: When = When::On(&[Pane::Indicators, Pane::Peers]);
/// Panes whose selection is an indicator.
const INDICATOR_LISTS: When =
    When::On(&[Pane::Indicators, Pane::Compare, Pane::Gaps, Pane::Trends]);
const INDICATORS: When = When::On(&[Pane::Indicators]);
const GAPS: When = When::On(&[Pane::Gaps]);
const TRENDS: When = When::On(&[Pane::Trends]);
const PEERS: When = When::On(&[Pane::Peers]);

const TO_CSV: Action = Export(ExportFormat::Csv);
const TO_XLSX: Action = Export(ExportFormat::Xlsx);

const ESC: Key = code(KeyCode::Esc);
const ENTER: Key = code(KeyCode::Enter);
const BACKSPACE: Key = code(KeyCode::Backspace);
const UP: Key = code(KeyCode::Up);
const DOWN: Key = code(KeyCode::Down);
const PGUP: Key = code(KeyCode::PageUp);
const PGDN: Key = code(KeyCode::PageDown);
const HOME: Key = code(KeyCode::Home);
const END: Key = code(KeyCode::End);
const LEFT: Key = code(KeyCode::Left);
const RIGHT: Key = code(KeyCode::Right);
const TAB: Key = code(KeyCode::Tab);
const BACKTAB: Key = code(KeyCode::BackTab);

// One binding a line, in aligned columns, reads as a table; rustfmt would
// break each into seven lines.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
   // keys                           action                  where            section      footer                         help
    b(&[ctrl('c')],                  QuitNow,                ALWAYS,          Anywhere,    HelpOnly,                      "quit, from anywhere"),
    b(&[ctrl('z')],                  Suspend,                ALWAYS,          Anywhere,    HelpOnly,                      "suspend to the shell; fg brings the dashboard back"),
    b(&[k('q')],                     Quit,                   NORMAL,          Dashboard,   Footer("quit"),                "quit (asks first if what-if changes are unsaved)"),
    b(&[k('w')],                     SaveAndQuit,            QUITTING,        ConfirmQuit, Footer("save and quit"),       "save the what-if changes, then quit"),
    b(&[k('q')],                     QuitNow,                QUITTING,        ConfirmQuit, Footer("quit without saving"), "quit without saving"),
    b(&[ESC],                        StayOpen,               QUITTING,        ConfirmQuit, Footer("stay"),                "stay in the dashboard"),
    b(&[k('?')],                     ToggleHelp,             NORMAL,          Dashboard,   Footer("help"),                "show or hide this help"),
    b(&[TAB],                        NextPane,               NORMAL,          Dashboard,   HelpOnly,                      "next pane"),
    b(&[BACKTAB],                    PrevPane,               NORMAL,          Dashboard,   HelpOnly,                      "previous pane"),
    b(&[k('1')],                     GoTo(Pane::Overview),   NORMAL,          Dashboard,   HelpOnly,                      "Overview pane"),
    b(&[k('2')],                     GoTo(Pane::Indicators), NORMAL,          Dashboard,   HelpOnly,                      "Indicators pane"),
    b(&[k('3')],                     GoTo(Pane::Compare),    NORMAL,          Dashboard,   HelpOnly,                      "Compare pane"),
    b(&[k('4')],                     GoTo(Pane::Gaps),       NORMAL,          Dashboard,   HelpOnly,                      "Gaps pane"),
    b(&[k('5')],                     GoTo(Pane::Trends),     NORMAL,          Dashboard,   HelpOnly,                      "Trends pane"),
    b(&[k('6')],                     GoTo(Pane::Peers),      NORMAL,          Dashboard,   HelpOnly,                      "Peers pane (when the data has several countries)").needs(SeveralCountries),
    b(&[k('['), k('h'), LEFT],       PrevYear,               NORMAL,          Dashboard,   Footer("year"),                "previous year").needs(EarlierYear),
    b(&[k(']'), k('l'), RIGHT],      NextYear,               NORMAL,          Dashboard,   Footer("year"),                "next year").needs(LaterYear),
    b(&[k('{')],                     PrevCompareYear,        NORMAL,          Dashboard,   Footer("vs year"),             "earlier comparison year").needs(CompareBack),
    b(&[k('}')],                     NextCompareYear,        NORMAL,          Dashboard,   Footer("vs year"),             "later comparison year").needs(CompareForward),
    b(&[k('c')],                     NextCountry,            NORMAL,          Dashboard,   Footer("country"),             "next country (within the peer group, when one is set)").needs(CountriesToCycle),
    b(&[k('C')],                     PrevCountry,            NORMAL,          Dashboard,   HelpOnly,                      "previous country").needs(CountriesToCycle),
    b(&[k('k'), UP],                 Up,                     TABLES,          Tables,      HelpOnly,                      "move up"),
    b(&[k('j'), DOWN],               Down,                   TABLES,          Tables,      HelpOnly,                      "move down"),
    b(&[PGUP, ctrl('u')],            PageUp,                 TABLES,          Tables,      HelpOnly,                      "page up"),
    b(&[PGDN, ctrl('d')],            PageDown,               TABLES,          Tables,      HelpOnly,                      "page down"),
    b(&[k('g'), HOME],               Top,                    TABLES,          Tables,      HelpOnly,                      "first row"),
    b(&[k('G'), END],                Bottom,                 TABLES,          Tables,      HelpOnly,                      "last row"),
    b(&[ENTER],                      OpenDetail,             INDICATOR_LISTS, Tables,      Footer("details"),             "details of the selected indicator"),
    b(&[ENTER],                      ChooseCountry,          PEERS,           Tables,      Footer("choose"),              "make the selected country the current one"),
    b(&[k('s')],                     NextSortColumn,         SORTABLE,        Tables,      Footer("sort"),                "sort by the next column"),
    b(&[k('S')],                     ReverseSort,            SORTABLE,        Tables,      HelpOnly,                      "reverse the sort order"),
    b(&[k('p')],                     NextPillarFilter,       INDICATORS,      Tables,      Footer("pillar"),              "show one pillar (cycles; All at the end)"),
    b(&[k('P')],                     PrevPillarFilter,       INDICATORS,      Tables,      HelpOnly,                      "previous pillar filter"),
    b(&[k('/')],                     StartSearch,            NORMAL,          Dashboard,   Footer("search"),              "search: indicators by id, name, pillar or evidence; on Peers, countries by code or name"),
    b(&[ESC],                        ClearFilters,           NORMAL,          Dashboard,   HelpOnly,                      "clear a kept search and the pillar filter"),
    b(&[k('b')],                     ToggleBraille,          TRENDS,          Tables,      Footer("braille"),             "switch chart lines between braille and plain dots"),
    b(&[k('t')],                     CycleTheme,             NORMAL,          Dashboard,   HelpOnly,                      "cycle theme: dark, light, mono"),
    b(&[k('+'), k('=')],             RaiseScore,             INDICATOR_LISTS, Scenario,    Footer("what-if"),             "scenario: raise the selected indicator's score a step"),
    b(&[k('-')],                     LowerScore,             INDICATOR_LISTS, Scenario,    HelpOnly,                      "scenario: lower the selected indicator's score a step"),
    b(&[k('e')],                     EditScore,              INDICATOR_LISTS, Scenario,    HelpOnly,                      "scenario: type an exact score for the selected indicator"),
    b(&[k('T')],                     ScoreToTarget,          INDICATOR_LISTS, Scenario,    HelpOnly,                      "scenario: set the selected indicator to its target"),
    b(&[k('M')],                     ScoreToMax,             INDICATOR_LISTS, Scenario,    HelpOnly,                      "scenario: set the selected indicator to its maximum"),
    b(&[k('A')],                     ApplyPlan,              GAPS,            Scenario,    Footer("apply plan"),          "scenario: apply the action plan's steps"),
    b(&[k('>')],                     ScrollPlanDown,         GAPS,            Tables,      HelpOnly,                      "scroll the action plan down"),
    b(&[k('<')],                     ScrollPlanUp,           GAPS,            Tables,      HelpOnly,                      "scroll the action plan up"),
    b(&[k('u')],                     UndoChange,             NORMAL,          Scenario,    HelpOnly,                      "scenario: undo the last change (or the reset)"),
    b(&[k('R')],                     ResetScenario,          NORMAL,          Scenario,    HelpOnly,                      "scenario: clear every change (u brings them back)"),
    b(&[k('v')],                     ShowScenario,           NORMAL,          Scenario,    WhatIf("changes"),             "scenario: list the changes and their effect"),
    b(&[k('w')],                     SaveScenario,           NORMAL,          Scenario,    WhatIf("save"),                "scenario: save the changes to a new CSV file"),
    b(&[k('x')],                     TO_CSV,                 NORMAL,          Exports,     Footer("export"),              "export the pane's table, as shown, to a new CSV file"),
    b(&[k('X')],                     TO_XLSX,                NORMAL,          Exports,     HelpOnly,                      "export the pane's table, as shown, to a new Excel workbook"),
    b(&[k('y')],                     CopyRow,                TABLES,          Exports,     Footer("copy"),                "copy the selected row and the header to the clipboard"),
    b(&[k('Y')],                     CopyTable,              NORMAL,          Exports,     HelpOnly,                      "copy the pane's whole table to the clipboard"),
    b(&[ENTER],                      ScoreInputAccept,       SCORE_INPUT,     TypingScore, Footer("set"),                 "use the typed score"),
    b(&[ESC],                        ScoreInputCancel,       SCORE_INPUT,     TypingScore, Footer("cancel"),              "leave the score as it was"),
    b(&[BACKSPACE],                  ScoreInputBackspace,    SCORE_INPUT,     TypingScore, HelpOnly,                      "delete a character"),
    b(&[ENTER],                      SearchAccept,           SEARCHING,       Search,      Footer("keep"),                "keep the search and return to the table"),
    b(&[ESC],                        SearchCancel,           SEARCHING,       Search,      Footer("clear"),               "clear the search"),
    b(&[BACKSPACE],                  SearchBackspace,        SEARCHING,       Search,      HelpOnly,                      "delete a character"),
    b(&[ESC, k('q'), ENTER, k('?')], ClosePopup,             POPUP,           Popups,      Footer("close"),               "close the popup"),
    b(&[k('k'), UP],                 Up,                     POPUP,           Popups,      HelpOnly,                      "scroll up"),
    b(&[k('j'), DOWN],               Down,                   POPUP,           Popups,      Footer("scroll"),              "scroll down"),
    b(&[PGUP],                       PageUp,                 POPUP,           Popups,      HelpOnly,                      "scroll a page up"),
    b(&[PGDN],                       PageDown,               POPUP,           Popups,      HelpOnly,                      "scroll a page down"),
];
