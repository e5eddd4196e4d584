//! `cyberindex report`: one country-year's summary, its action plan, or
//! every country-year with `--all`, in the format asked for, to stdout or
//! to the file named by `-o`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::args::ReportArgs;
use super::failure::Failure;
use super::io::{distinct_inputs, emit_bytes, load, warn};
use crate::model::Dataset;
use crate::model::scenario::Scenario;
use crate::read;
use crate::report::html::{Brief, PeerScores};
use crate::report::plan::PlanReport;
use crate::report::provenance::{self, Provenance};
use crate::report::scenario_view::ScenarioView;
use crate::report::xlsx::{Contents, Trends};
use crate::report::{self, Format, Subject, Summary};

pub fn report(args: &ReportArgs) -> Result<(), Failure> {
    let args = &ReportArgs {
        format: args.chosen_format()?,
        ..args.clone()
    };
    args.check_lang(args.format)?;
    // Everything that is read is protected from every output.
    let mut inputs = args.files.clone();
    inputs.extend(args.scenario.clone());
    // Refuse before reading anything, so a mistake costs nothing.
    distinct_inputs(&args.files)?;
    check_outputs(args, &inputs)?;
    let out = Out {
        path: args.output.as_deref(),
        inputs: &inputs,
    };
    // Read before the data, so a bad SOURCE_DATE_EPOCH costs nothing. The
    // bulk table states no date; its workbook does.
    let dated = !args.all || args.format == Format::Xlsx;
    let date = match dated {
        true => Some(provenance::generation_date().map_err(Failure::Usage)?),
        false => None,
    };
    let ds = load(&args.files, args.sheet.as_deref())?;
    warn(&ds);
    let (false, Some(date)) = (args.all, date) else {
        return match args.format.text() {
            None if args.format == Format::Html => Err(all_html()),
            Some(f) => out.text(&report::bulk::render(&ds, f), "every country-year"),
            None => out.workbook(
                report::xlsx::bulk(&ds, &date.map(|d| d.to_string()).unwrap_or_default()),
                "every country-year",
            ),
        };
    };
    let about = About::resolve(args, &ds, date)?;
    let plan = if args.plan {
        Some(plan_report(args, &ds, &about, &inputs)?)
    } else {
        None
    };
    match (args.format.text(), &plan) {
        (Some(f), Some(p)) => out.text(
            &report::plan_render::render_in(p, f, args.lang),
            "the action plan",
        ),
        (Some(f), None) => out.text(
            &report::render(&summary(args, &ds, &about)?, f, args.lang),
            "the report",
        ),
        (None, plan) if args.format == Format::Html => {
            let summary = summary(args, &ds, &about)?;
            let Subject { country, year, .. } = about.subject;
            let trends = Trends::build(&ds, country);
            let group = args.peers.named_group(&ds, country)?;
            let peers = PeerScores::build(&ds, &group, year, country);
            let brief = Brief {
                summary: &summary,
                plan: plan.as_ref(),
                trends: &trends,
                peers: summary.peer_group.is_some().then_some(&peers),
                msg: &crate::i18n::Messages::new(args.lang),
            };
            out.text(&report::html::render(&brief), "the brief (HTML)")
        }
        (None, plan) => {
            let summary = summary(args, &ds, &about)?;
            let trends = Trends::build(&ds, about.subject.country);
            let contents = Contents {
                summary: &summary,
                plan: plan.as_ref(),
                trends: &trends,
            };
            let sheets = contents.sheet_names().join(", ");
            out.workbook(report::xlsx::workbook(&contents), &sheets)
        }
    }
}

/// Refuses, before anything is read, an output that cannot be written, two
/// outputs onto one file, and a workbook to a terminal.
fn check_outputs(args: &ReportArgs, inputs: &[PathBuf]) -> Result<(), Failure> {
    if args.all && args.format == Format::Html {
        return Err(all_html());
    }
    if let Some(out) = &args.output {
        crate::write::check_target(out, inputs)?;
    }
    if let Some(plan) = &args.save_plan {
        crate::write::check_target(plan, inputs)?;
        if let Some(out) = &args.output
            && (out == plan || crate::write::repeated(&[out.clone(), plan.clone()]).is_some())
        {
            return Err(Failure::Usage(format!(
                "-o {} and --save-plan {} are the same file; give each output its own",
                out.display(),
                plan.display()
            )));
        }
    }
    let to_terminal = match &args.output {
        None => std::io::stdout().is_terminal(),
        Some(path) => is_terminal(path),
    };
    if args.format == Format::Xlsx && to_terminal {
        return Err(Failure::Usage(
            "--format xlsx writes a workbook, which a terminal cannot show: give -o FILE.xlsx, or redirect it (> FILE.xlsx)"
                .to_string(),
        ));
    }
    Ok(())
}

/// The brief is about one country-year; the bulk table has other formats.
fn all_html() -> Failure {
    Failure::Usage(
        "--format html is one country's brief: leave out --all, or give --all --format text, md, json, csv or xlsx"
            .to_string(),
    )
}

/// Whether `path` is a terminal (`-o /dev/stdout` on one, `-o /dev/tty`).
/// Only a character device is opened to ask: opening a FIFO would wait for
/// its reader.
fn is_terminal(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        std::fs::metadata(path).is_ok_and(|m| m.file_type().is_char_device())
            && std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .is_ok_and(|f| f.is_terminal())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Where the report goes: the `-o` file, written atomically and never onto
/// an input, or stdout.
struct Out<'a> {
    path: Option<&'a Path>,
    inputs: &'a [PathBuf],
}

impl Out<'_> {
    fn text(&self, text: &str, what: &str) -> Result<(), Failure> {
        self.bytes(text.as_bytes(), what)
    }

    fn workbook(
        &self,
        made: Result<Vec<u8>, rust_xlsxwriter::XlsxError>,
        sheets: &str,
    ) -> Result<(), Failure> {
        let bytes = made.map_err(|e| match e {
            rust_xlsxwriter::XlsxError::RowColumnLimitError => Failure::Write(
                "the workbook would pass Excel's limits (1,048,576 rows, 16,384 columns): use --format csv"
                    .to_string(),
            ),
            e => Failure::Write(format!("cannot make the workbook: {e}")),
        })?;
        self.bytes(&bytes, &format!("a workbook of {sheets}"))
    }

    /// Writes `bytes`, and says on stderr what was written where.
    fn bytes(&self, bytes: &[u8], what: &str) -> Result<(), Failure> {
        let Some(path) = self.path else {
            return emit_bytes(bytes);
        };
        crate::write::write(path, self.inputs, bytes)?;
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "wrote {}: {what}",
            crate::sanitize::visible(&path.display().to_string())
        );
        Ok(())
    }
}

/// What a single-country report is about and made from, beyond the data.
struct About {
    subject: Subject,
    /// The scenario to lay over the data; empty without --scenario.
    base: Scenario,
    /// The scenario file as the report names it.
    file: Option<String>,
    provenance: Provenance,
}

impl About {
    fn resolve(args: &ReportArgs, ds: &Dataset, date: jiff::civil::Date) -> Result<About, Failure> {
        let provenance = Provenance::new(ds, &args.files, date);
        let base = match &args.scenario {
            Some(path) => read::scenario::load_scenario(path, ds)
                .map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))?,
            None => Scenario::default(),
        };
        let (country, year) = scenario_default(ds, &base, args);
        let subject =
            report::select(ds, country.as_deref(), year, args.compare).map_err(Failure::Usage)?;
        Ok(About {
            subject,
            base,
            file: args.scenario.as_deref().map(provenance::shown_path),
            provenance,
        })
    }

    /// The scenario section, when a scenario was given.
    fn view(&self, ds: &Dataset) -> Option<ScenarioView> {
        let Subject { country, year, .. } = self.subject;
        self.file
            .as_ref()
            .map(|f| ScenarioView::build(ds, &self.base, f, country, year))
    }
}

/// `--plan`: the steps to the goal, saved as a scenario with --save-plan.
fn plan_report(
    args: &ReportArgs,
    ds: &Dataset,
    about: &About,
    inputs: &[PathBuf],
) -> Result<PlanReport, Failure> {
    let Subject { country, year, .. } = about.subject;
    let plan = crate::model::plan::plan(ds, &about.base, country, year, args.target_score);
    if let Some(out) = &args.save_plan {
        save_plan(out, ds, &plan.apply(ds, &about.base), inputs)?;
    }
    let p = PlanReport::build(ds, &about.base, &plan, about.view(ds))
        .with_provenance(about.provenance.clone());
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
    Ok(p)
}

/// The summary of the country-year, with the scenario beside it if any.
fn summary(args: &ReportArgs, ds: &Dataset, about: &About) -> Result<Summary, Failure> {
    let subject = about.subject;
    let peers = args.peers.named_group(ds, subject.country)?;
    let mut summary =
        Summary::build(ds, subject, args.top, &peers).with_provenance(about.provenance.clone());
    if let Some(f) = &about.file {
        summary = summary.with_scenario(ds, subject, &about.base, f, args.top, &peers);
    }
    Ok(summary)
}

/// Without --country and --year, a scenario whose changes all lie in one
/// country-year reports that one: it is what the scenario is about.
fn scenario_default(
    ds: &Dataset,
    scenario: &Scenario,
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
    scenario: &Scenario,
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
