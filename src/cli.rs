//! Command-line definitions and the headless commands.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::model::Dataset;
use crate::read::{self, LoadError};
use crate::report::{self, Format, Summary};

#[derive(Debug, Parser)]
#[command(
    name = "cyberindex",
    version,
    about = "Review a national cybersecurity index (ITU GCI style) from a CSV of indicators",
    long_about = "Review a national cybersecurity index (ITU GCI style) from a CSV of indicators.\n\n\
                  With no command, opens the interactive dashboard on FILE (default: ./indicators.csv).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Indicator CSV to open in the dashboard, or World Bank Data360 series files
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
    #[command(flatten)]
    pub peers: PeerArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a file: exit 0 with a summary, or exit 1 with FILE:LINE: column: message errors
    Check {
        /// An indicator CSV, or one or more Data360 series files
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// How many errors to print before summarising the rest
        #[arg(long, default_value_t = read::error::SHOWN_ERRORS, value_name = "N")]
        max_errors: usize,
    },
    /// Print a report for one country and year, or for everything with --all
    Report(ReportArgs),
    /// Convert published data into the project's CSV schema
    #[command(subcommand)]
    Import(ImportSource),
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

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// An indicator CSV, or one or more Data360 series files
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Country code or name (default: the first in the file)
    #[arg(long, value_name = "C")]
    pub country: Option<String>,
    /// Year to report (default: the country's latest)
    #[arg(long, value_name = "Y")]
    pub year: Option<i32>,
    /// Year to compare with (default: the latest earlier year with data)
    #[arg(long, value_name = "Y0")]
    pub compare: Option<i32>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
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
    pub fn group(
        &self,
        ds: &Dataset,
        selected: crate::model::CountryIx,
    ) -> Result<Vec<crate::model::CountryIx>, Failure> {
        crate::model::rank::peer_group(ds, self.peers.as_deref(), self.region.as_deref(), selected)
            .map_err(Failure::Usage)
    }

    /// [`PeerArgs::group`], saying how it was chosen, for reports to name it.
    pub fn named_group(
        &self,
        ds: &Dataset,
        selected: crate::model::CountryIx,
    ) -> Result<crate::model::rank::PeerGroup, Failure> {
        crate::model::rank::peer_group_of(
            ds,
            self.peers.as_deref(),
            self.region.as_deref(),
            selected,
        )
        .map_err(Failure::Usage)
    }
}

/// Failures, each with its exit code.
#[derive(Debug)]
pub enum Failure {
    /// Invalid data: exit 1.
    Data(LoadError, usize),
    /// A bad argument that clap could not catch: exit 2.
    Usage(String),
    /// Could not write to stdout: exit 1.
    Output(std::io::Error),
    /// Could not write a file (disk full, no permission): exit 1, with
    /// the file and the OS error in the message.
    Write(String),
    /// The terminal could not be used: exit 1.
    Terminal(std::io::Error),
    /// Ended by a signal after restoring the terminal: exit 128 + signal.
    Signal(i32),
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::Usage(_) => ExitCode::from(2),
            Failure::Signal(sig) => ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)),
            Failure::Data(..) | Failure::Output(_) | Failure::Write(_) | Failure::Terminal(_) => {
                ExitCode::from(1)
            }
        }
    }

    pub fn report(&self) {
        let mut err = std::io::stderr().lock();
        let _ = match self {
            Failure::Data(e, cap) => writeln!(err, "{}", e.render(*cap)),
            // The message can quote data (country names): keep it inert.
            Failure::Usage(msg) => writeln!(err, "error: {}", crate::sanitize::visible(msg)),
            Failure::Output(e) => writeln!(err, "error: cannot write output: {e}"),
            // The path is the user's, and may hold anything.
            Failure::Write(msg) => writeln!(err, "error: {}", crate::sanitize::visible(msg)),
            Failure::Terminal(e) => writeln!(err, "error: {e}"),
            // The shell reports a signal exit itself.
            Failure::Signal(_) => Ok(()),
        };
    }
}

/// Writes to stdout; a closed pipe (`| head`) ends quietly.
pub fn emit(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Output(e)),
        _ => Ok(()),
    }
}

fn warn(ds: &Dataset) {
    let mut err = std::io::stderr().lock();
    for w in &ds.warnings {
        let _ = writeln!(
            err,
            "{}: warning: {}",
            crate::sanitize::visible(&ds.source),
            crate::sanitize::visible(w)
        );
    }
}

/// A write that failed is exit 1; a path that can never be written is a
/// usage error, exit 2.
impl From<crate::write::WriteError> for Failure {
    fn from(e: crate::write::WriteError) -> Failure {
        match e {
            crate::write::WriteError::Refused(m) => Failure::Usage(m),
            crate::write::WriteError::Failed(m) => Failure::Write(m),
        }
    }
}

/// Refuses one file given twice, under any names, before anything is read:
/// it would otherwise be read twice and every row reported as a duplicate
/// of itself.
pub fn distinct_inputs(paths: &[PathBuf]) -> Result<(), Failure> {
    match crate::write::repeated(paths) {
        Some((a, b)) => Err(Failure::Usage(format!(
            "{} and {} are the same file; give each file once",
            paths[a].display(),
            paths[b].display()
        ))),
        None => Ok(()),
    }
}

pub fn load(paths: &[PathBuf]) -> Result<Dataset, Failure> {
    read::load_paths(paths).map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))
}

pub fn check(paths: &[PathBuf], max_errors: usize) -> Result<(), Failure> {
    distinct_inputs(paths)?;
    // Every error asked for is kept, or --max-errors could not show them.
    read::error::keep_at_least(max_errors);
    let ds = read::load_paths(paths).map_err(|e| Failure::Data(e, max_errors))?;
    warn(&ds);
    emit(&check_summary(&ds))
}

pub fn check_summary(ds: &Dataset) -> String {
    let years = match (ds.years.first(), ds.years.last()) {
        (Some(a), Some(b)) if a != b => format!("{} ({a}–{b})", ds.years.len()),
        (Some(a), _) => format!("1 ({a})"),
        _ => "0".to_string(),
    };
    let countries: Vec<&str> = ds.countries.iter().take(5).map(|c| c.label()).collect();
    let more = if ds.countries.len() > 5 { ", …" } else { "" };
    format!(
        "{}: OK\n  rows        {} ({} not assessed)\n  countries   {} ({}{more})\n  years       {years}\n  pillars     {}\n  indicators  {}\n",
        crate::sanitize::visible(&ds.source),
        ds.obs.len(),
        ds.not_assessed(),
        ds.countries.len(),
        crate::sanitize::visible(&countries.join(", ")),
        ds.pillars.len(),
        ds.indicators.len(),
    )
}

pub fn import(source: &ImportSource) -> Result<(), Failure> {
    let ImportSource::Data360 { files, output } = source;
    // Refuse before reading anything, so a mistake costs nothing.
    distinct_inputs(files)?;
    crate::write::check_target(output, files)?;
    let ds = read::data360::load(files).map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))?;
    warn(&ds);
    crate::write::write(output, files, &crate::write::dataset_csv::to_csv(&ds))?;
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "wrote {}: {} rows, {} countries, {} years, {} pillars",
        crate::sanitize::visible(&output.display().to_string()),
        ds.obs.len(),
        ds.countries.len(),
        ds.years.len(),
        ds.pillars.len()
    );
    Ok(())
}

pub fn report(args: &ReportArgs) -> Result<(), Failure> {
    // Everything that is read is protected from the plan's output.
    let mut inputs = args.files.clone();
    inputs.extend(args.scenario.clone());
    // Refuse before reading anything, so a mistake costs nothing.
    distinct_inputs(&args.files)?;
    if let Some(out) = &args.save_plan {
        crate::write::check_target(out, &inputs)?;
    }
    // Read before the data, so a bad SOURCE_DATE_EPOCH costs nothing.
    let date = if args.all {
        None
    } else {
        Some(report::provenance::generation_date().map_err(Failure::Usage)?)
    };
    let ds = load(&args.files)?;
    warn(&ds);
    let Some(date) = date else {
        return emit(&report::bulk::render(&ds, args.format));
    };
    let provenance = report::provenance::Provenance::new(&ds, &args.files, date);
    let scenario = match &args.scenario {
        Some(path) => Some(
            read::scenario::load_scenario(path, &ds)
                .map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))?,
        ),
        None => None,
    };
    let base = scenario.clone().unwrap_or_default();
    let (country, year) = scenario_default(&ds, &base, args);
    let subject =
        report::select(&ds, country.as_deref(), year, args.compare).map_err(Failure::Usage)?;
    let file = args.scenario.as_deref().map(report::provenance::shown_path);
    let view = |f: &String| {
        report::scenario_view::ScenarioView::build(&ds, &base, f, subject.country, subject.year)
    };
    if args.plan {
        let plan = crate::model::plan::plan(&ds, &base, subject.country, subject.year, args.target_score);
        if let Some(out) = &args.save_plan {
            save_plan(out, &ds, &plan.apply(&ds, &base), &inputs)?;
        }
        let p = report::plan::PlanReport::build(&ds, &base, &plan, file.as_ref().map(view))
            .with_provenance(provenance);
        if args.format == Format::Csv && !p.reached {
            // CSV has no room for prose; the fact must not be lost.
            let mut err = std::io::stderr().lock();
            let _ = writeln!(
                err,
                "note: the goal {} cannot be reached within the indicators' targets; best reachable {}",
                crate::format::score(p.goal.score),
                crate::format::score(p.best_reachable.overall)
            );
        }
        return emit(&report::plan_render::render(&p, args.format));
    }
    let peers = args.peers.named_group(&ds, subject.country)?;
    let mut summary = Summary::build(&ds, subject, args.top, &peers).with_provenance(provenance);
    if let Some(f) = &file {
        summary = summary.with_scenario(&ds, subject, &base, f, args.top, &peers);
    }
    emit(&report::render(&summary, args.format))
}

/// Without --country and --year, a scenario whose changes all lie in one
/// country-year reports that one: it is what the scenario is about.
fn scenario_default(
    ds: &Dataset,
    scenario: &crate::model::scenario::Scenario,
    args: &ReportArgs,
) -> (Option<String>, Option<i32>) {
    let given = (args.country.clone(), args.year);
    if given.0.is_some() || given.1.is_some() {
        return given;
    }
    match scenario.single_place(ds) {
        Some((c, y)) => (
            Some(ds.countries[c as usize].code.clone()),
            Some(ds.years[y as usize]),
        ),
        None => given,
    }
}

fn save_plan(
    out: &std::path::Path,
    ds: &Dataset,
    scenario: &crate::model::scenario::Scenario,
    inputs: &[PathBuf],
) -> Result<(), Failure> {
    crate::write::scenario_csv::save_scenario(out, ds, scenario, inputs)?;
    let n = scenario.changes(ds).len();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "wrote {}: {n} change{}",
        crate::sanitize::visible(&out.display().to_string()),
        if n == 1 { "" } else { "s" }
    );
    Ok(())
}
