//! Everything the user can do, as data. `App::update` is the only place that
//! changes state, and it takes one of these.

use crate::model::Dataset;
use crate::read::LoadError;

/// The dashboard's panes, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Overview,
    Indicators,
    Compare,
    Gaps,
    Trends,
    /// Shown only when the data has more than one country.
    Peers,
}

impl Pane {
    pub const ALL: [Pane; 6] = [
        Pane::Overview,
        Pane::Indicators,
        Pane::Compare,
        Pane::Gaps,
        Pane::Trends,
        Pane::Peers,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Overview => "Overview",
            Pane::Indicators => "Indicators",
            Pane::Compare => "Compare",
            Pane::Gaps => "Gaps",
            Pane::Trends => "Trends",
            Pane::Peers => "Peers",
        }
    }

    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }
}

/// Columns of the indicators table, which are also its sort keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Pillar,
    Id,
    Name,
    Score,
    Attainment,
    Delta,
    Gap,
    Gain,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Pillar,
        Column::Id,
        Column::Name,
        Column::Score,
        Column::Attainment,
        Column::Delta,
        Column::Gap,
        Column::Gain,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Column::Pillar => "Pillar",
            Column::Id => "ID",
            Column::Name => "Indicator",
            Column::Score => "Score",
            Column::Attainment => "%",
            // Score points, as in the Score column and in CSV.
            Column::Delta => "Δ pts",
            Column::Gap => "Gap",
            Column::Gain => "Gain",
        }
    }

    /// Numbers read best largest-first when a user first sorts by them.
    pub fn numeric(self) -> bool {
        !matches!(self, Column::Pillar | Column::Id | Column::Name)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Quit, asking first if the what-if scenario has unsaved changes.
    Quit,
    /// Quit at once, whatever is unsaved (Ctrl-C, or `q` when asked).
    QuitNow,
    /// Give the terminal back to the shell until `fg` (Ctrl-Z). The event
    /// loop carries it out; the app itself is unchanged.
    Suspend,
    /// Save the scenario, then quit if that worked.
    SaveAndQuit,
    /// Do not quit after all.
    StayOpen,
    NextPane,
    PrevPane,
    GoTo(Pane),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Select the n-th visible row of the current list (mouse click).
    Select(usize),
    PrevYear,
    NextYear,
    PrevCompareYear,
    NextCompareYear,
    PrevCountry,
    NextCountry,
    /// Make the country under the cursor of the Peers ranking the current one.
    ChooseCountry,
    NextSortColumn,
    PrevSortColumn,
    SortBy(Column),
    ReverseSort,
    NextPillarFilter,
    PrevPillarFilter,
    StartSearch,
    /// Clear a kept search and the pillar filter.
    ClearFilters,
    /// A key that means nothing while a popup is open.
    InPopup,
    SearchInput(char),
    SearchBackspace,
    SearchAccept,
    SearchCancel,
    OpenDetail,
    ToggleHelp,
    ClosePopup,
    CycleTheme,
    ToggleBraille,
    Resize(u16, u16),
    /// The file changed on disk and was loaded again.
    Reloaded(Reload),
    /// Live reload could not start, or may miss changes: why, for the
    /// footer.
    ReloadTrouble(String),
    /// Scenario: raise the selected indicator's score by a step.
    RaiseScore,
    LowerScore,
    ScoreToTarget,
    ScoreToMax,
    /// Start typing an exact score for the selected indicator.
    EditScore,
    ScoreInput(char),
    ScoreInputBackspace,
    ScoreInputAccept,
    ScoreInputCancel,
    /// Take back the last scenario change (or a reset).
    UndoChange,
    ResetScenario,
    ShowScenario,
    SaveScenario,
    /// Make the action plan's steps part of the scenario.
    ApplyPlan,
    /// Scroll the action plan's steps on the Gaps pane.
    ScrollPlanUp,
    ScrollPlanDown,
    /// A key that does something, but not on this pane: say where it does.
    Unavailable {
        key: String,
        help: &'static str,
        panes: &'static [Pane],
    },
    /// Where the scenario was saved, or why it was not.
    ScenarioSaved(Result<String, String>),
    /// Write the current pane's table to a new file beside the input.
    Export(ExportFormat),
    /// Copy the selected row (with the table's header) to the clipboard.
    CopyRow,
    /// Copy the whole visible table to the clipboard.
    CopyTable,
    /// Where an export was written, or why it was not.
    Exported(Result<Written, String>),
    /// The terminal could not be handed the copy: why.
    CopyFailed(String),
}

/// The file format of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

impl ExportFormat {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }
}

/// An export written: where, and how many rows it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The path as the notice shows it, with why it is not beside the
    /// input when it is not.
    pub path: String,
    pub rows: usize,
}

impl Action {
    /// Actions that build or keep the what-if scenario; help lists them
    /// under their own heading.
    pub fn is_scenario(&self) -> bool {
        matches!(
            self,
            Action::RaiseScore
                | Action::LowerScore
                | Action::ScoreToTarget
                | Action::ScoreToMax
                | Action::EditScore
                | Action::UndoChange
                | Action::ResetScenario
                | Action::ShowScenario
                | Action::SaveScenario
                | Action::ApplyPlan
        )
    }
}

/// Work `update()` asks the event loop to do, because it touches the
/// world outside the app (files); the outcome comes back as an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write the scenario's changes to a new file.
    SaveScenario {
        csv: String,
        country: String,
        year: i32,
    },
    /// Write a table to a new file beside the input, named
    /// `<stem>-<name>.<extension>`; the outcome comes back as
    /// [`Action::Exported`], perhaps after other keys.
    Export {
        sheet: crate::write::sheet::Sheet,
        format: ExportFormat,
        name: String,
    },
    /// Hand `text` to the terminal's clipboard (OSC 52); only a failure
    /// comes back, as [`Action::CopyFailed`].
    Copy { text: String },
}

/// The outcome of loading the file again, and the wall-clock time it
/// happened ("14:03:27"), which the app cannot read itself. Actions compare
/// equal when they are the same action; two reloads are never the same,
/// even of equal data.
#[derive(Clone, Debug)]
pub struct Reload {
    pub result: Box<Result<Dataset, LoadError>>,
    pub at: String,
}

impl PartialEq for Reload {
    fn eq(&self, _: &Reload) -> bool {
        false
    }
}
