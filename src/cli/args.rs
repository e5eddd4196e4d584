//! What the command line accepts: the dashboard's options and each
//! command's, as clap reads them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use super::failure::Failure;
use crate::i18n::Lang;
use crate::model::rank::PeerGroup;
use crate::model::{CountryIx, Dataset};
use crate::read;
use crate::report::Format;

#[derive(Debug, Parser)]
#[command(
    name = "cyberindex",
    version,
    about = "Review a national cybersecurity index (ITU GCI style) from a CSV or workbook of indicators",
    long_about = "Review a national cybersecurity index (ITU GCI style) from a CSV or workbook of indicators.\n\n\
                  With no command, opens the interactive dashboard on FILE (default: ./indicators.csv).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Indicator CSV or workbook to open in the dashboard, or World Bank Data360 series files
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub dashboard: DashboardArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct DashboardArgs {
    /// Country to show first (code or name)
    #[arg(long, value_name = "C")]
    pub country: Option<String>,
    /// Colour theme (default: dark, or mono when NO_COLOR is set)
    #[arg(long, value_enum)]
    pub theme: Option<crate::app::ThemeName>,
    /// Leave the mouse to the terminal, so text can be selected and copied
    #[arg(long)]
    pub no_mouse: bool,
    /// Do not reload when the file changes on disk
    #[arg(long)]
    pub no_watch: bool,
    /// Overlay a saved scenario (country,year,indicator_id,score)
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// The workbook sheet to read (default: the first with the required columns)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    #[command(flatten)]
    pub peers: PeerArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a file: exit 0 with a summary, or exit 1 with FILE:LINE: column: message errors
    Check {
        /// An indicator CSV or workbook, or one or more Data360 series files
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// How many errors to print before summarising the rest
        #[arg(long, default_value_t = read::error::SHOWN_ERRORS, value_name = "N")]
        max_errors: usize,
        /// The workbook sheet to read (default: the first with the required columns)
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
    },
    /// Print a report for one country and year, or for everything with --all
    Report(ReportArgs),
    /// Convert published data into the project's CSV schema
    #[command(subcommand)]
    Import(ImportSource),
    /// Print a shell completion script to stdout (bash, zsh, fish, elvish or powershell)
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout
    Man,
}

#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// World Bank Data360 series files (e.g. the ITU GCI pillar series)
    Data360 {
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Where to write the CSV (never one of the inputs)
        #[arg(short, long, value_name = "OUT.csv")]
        output: PathBuf,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// An indicator CSV or workbook, or one or more Data360 series files
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Country code or name (default: the first in the file)
    #[arg(long, value_name = "C")]
    pub country: Option<String>,
    /// The workbook sheet to read (default: the first with the required columns)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Year to report (default: the country's latest)
    #[arg(long, value_name = "Y")]
    pub year: Option<i32>,
    /// Year to compare with (default: the latest earlier year with data)
    #[arg(long, value_name = "Y0")]
    pub compare: Option<i32>,
    /// Output format (default: as -o FILE's extension says, else text); xlsx is an Excel workbook (give -o FILE.xlsx, or pipe it)
    #[arg(long = "format", value_enum, value_name = "FORMAT")]
    pub format_asked: Option<Format>,
    /// The format written: --format, or what -o's extension says.
    #[arg(skip)]
    pub format: Format,
    /// Write the report to FILE instead of stdout (atomically, never onto an input)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// One row per country and year: overall, tier and every pillar
    #[arg(long, conflicts_with_all = ["country", "year", "compare", "top", "peers", "region", "plan", "scenario"])]
    pub all: bool,
    /// How many indicators to list under "what to fix first"
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: usize,
    /// The action plan: the fewest indicator points that lift the index to the next tier
    #[arg(long)]
    pub plan: bool,
    /// With --plan: aim for this overall score instead of the next tier (0 < N ≤ 100)
    #[arg(long, value_name = "N", requires = "plan", value_parser = target_score)]
    pub target_score: Option<f64>,
    /// Overlay a saved scenario (country,year,indicator_id,score): projected beside actual scores
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// With --plan: save the plan (on top of any --scenario) as a scenario file, to load with --scenario
    #[arg(long, value_name = "OUT.csv", requires = "plan")]
    pub save_plan: Option<PathBuf>,
    #[command(flatten)]
    pub peers: PeerArgs,
    /// Language of the brief (--format md or html): en, fr, pt or ar (right to left)
    #[arg(long, value_enum, default_value_t, value_name = "LANG")]
    pub lang: Lang,
}

impl ReportArgs {
    /// Refuses a language the chosen format cannot be written in: only
    /// the markdown brief (with its plan) is translated so far (a report
    /// half in English would mislead).
    pub fn check_lang(&self, format: Format) -> Result<(), Failure> {
        if self.lang == Lang::En {
            return Ok(());
        }
        let code = self.lang.code();
        if !matches!(format, Format::Md | Format::Html) || self.all {
            return Err(Failure::Usage(format!(
                "--lang applies to --format md and html (asked: --lang {code} with {}{})",
                format_name(format),
                if self.all { " --all" } else { "" }
            )));
        }
        Ok(())
    }

    /// The format to write: `--format`, or else the one `-o FILE`'s
    /// extension names (`.xlsx`, `.json`, `.md`, `.csv`, `.txt`), or text.
    /// A `--format` that contradicts the extension is refused: a workbook
    /// in a `.csv` file, or text in a `.xlsx`, opens as garbage.
    pub fn chosen_format(&self) -> Result<Format, Failure> {
        let out = self.output.as_deref();
        if let Some(ext) = out.and_then(other_workbook) {
            return Err(Failure::Usage(format!(
                "-o {}: cyberindex writes workbooks as .xlsx, not .{ext}; name the file .xlsx (Excel and LibreOffice open it)",
                out.map(|p| p.display().to_string()).unwrap_or_default()
            )));
        }
        if let Some(ext) = out.and_then(other_document) {
            return Err(Failure::Usage(format!(
                "-o {}: cyberindex does not write .{ext}; write the brief as HTML (-o brief.html) and print it to PDF from a browser, or run: chromium --headless --no-pdf-header-footer --print-to-pdf=brief.pdf brief.html",
                out.map(|p| p.display().to_string()).unwrap_or_default()
            )));
        }
        let named = out.and_then(format_of_name);
        match (self.format_asked, named) {
            // A workbook or a web page under another kind's name would not
            // open as its name says; JSON in a .txt does.
            (Some(asked), Some(named)) if opens_as(asked) != opens_as(named) => {
                Err(Failure::Usage(format!(
                    "-o {} names a {} file but --format is {}; leave out --format to write what the name says, or give the file another name",
                    self.output
                        .as_deref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    format_name(named),
                    format_name(asked),
                )))
            }
            (Some(asked), _) => Ok(asked),
            (None, named) => Ok(named.unwrap_or_default()),
        }
    }
}

/// The extension of a workbook format cyberindex reads but does not write.
fn other_workbook(path: &std::path::Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    ["xls", "xlsm", "xlsb", "ods"]
        .contains(&ext.as_str())
        .then_some(ext)
}

/// The extension of a document format a brief is often wanted in but
/// cyberindex does not write: its brief is HTML, printed by a browser.
fn other_document(path: &std::path::Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    ["pdf", "doc", "docx", "odt", "rtf"]
        .contains(&ext.as_str())
        .then_some(ext)
}

/// What opens a file of this format: a spreadsheet, a browser, or any
/// text viewer.
fn opens_as(f: Format) -> u8 {
    match f {
        Format::Xlsx => 1,
        Format::Html => 2,
        _ => 0,
    }
}

/// The format a file name's extension names, if any.
fn format_of_name(path: &std::path::Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" => Some(Format::Xlsx),
        "json" => Some(Format::Json),
        "md" | "markdown" => Some(Format::Md),
        "csv" => Some(Format::Csv),
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" => Some(Format::Html),
        _ => None,
    }
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Text => "text",
        Format::Md => "markdown",
        Format::Json => "JSON",
        Format::Csv => "CSV",
        Format::Xlsx => "workbook (xlsx)",
        Format::Html => "HTML",
    }
}

/// `--target-score`: an index score, above 0 and at most 100.
fn target_score(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 100.0 => Ok(v),
        Ok(_) => Err("must be above 0 and at most 100".to_string()),
        Err(_) => Err(format!("{} is not a number", crate::sanitize::quote(s))),
    }
}

/// Which countries to rank against.
#[derive(Debug, Clone, Args)]
pub struct PeerArgs {
    /// Peer group for rankings: country codes or names, comma-separated
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "C,C,…",
        conflicts_with = "region"
    )]
    pub peers: Option<Vec<String>>,
    /// Peer group for rankings: every country whose region is NAME
    #[arg(long, value_name = "NAME")]
    pub region: Option<String>,
}

impl PeerArgs {
    pub fn group(&self, ds: &Dataset, selected: CountryIx) -> Result<Vec<CountryIx>, Failure> {
        crate::model::rank::peer_group(ds, self.peers.as_deref(), self.region.as_deref(), selected)
            .map_err(Failure::Usage)
    }

    /// [`PeerArgs::group`], saying how it was chosen, for reports to name it.
    pub fn named_group(&self, ds: &Dataset, selected: CountryIx) -> Result<PeerGroup, Failure> {
        crate::model::rank::peer_group_of(
            ds,
            self.peers.as_deref(),
            self.region.as_deref(),
            selected,
        )
        .map_err(Failure::Usage)
    }
}
