//! `cyberindex report`: one country-year's summary, its action plan, or
//! every country-year with `--all`, in the format asked for.

use std::io::Write;
use std::path::PathBuf;

use super::args::ReportArgs;
use super::failure::Failure;
use super::io::{distinct_inputs, emit, load, warn};
use crate::model::Dataset;
use crate::model::scenario::Scenario;
use crate::read;
use crate::report::provenance::{self, Provenance};
use crate::report::scenario_view::ScenarioView;
use crate::report::{self, Format, Subject, Summary};

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
        Some(provenance::generation_date().map_err(Failure::Usage)?)
    };
    let ds = load(&args.files, args.sheet.as_deref())?;
    warn(&ds);
    let Some(date) = date else {
        return emit(&report::bulk::render(&ds, args.format));
    };
    let about = About::resolve(args, &ds, date)?;
    if args.plan {
        plan_report(args, &ds, about, &inputs)
    } else {
        summary_report(args, &ds, about)
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
    about: About,
    inputs: &[PathBuf],
) -> Result<(), Failure> {
    let Subject { country, year, .. } = about.subject;
    let plan = crate::model::plan::plan(ds, &about.base, country, year, args.target_score);
    if let Some(out) = &args.save_plan {
        save_plan(out, ds, &plan.apply(ds, &about.base), inputs)?;
    }
    let p = report::plan::PlanReport::build(ds, &about.base, &plan, about.view(ds))
        .with_provenance(about.provenance);
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
    emit(&report::plan_render::render(&p, args.format))
}

/// The summary of the country-year, with the scenario beside it if any.
fn summary_report(args: &ReportArgs, ds: &Dataset, about: About) -> Result<(), Failure> {
    let subject = about.subject;
    let peers = args.peers.named_group(ds, subject.country)?;
    let mut summary =
        Summary::build(ds, subject, args.top, &peers).with_provenance(about.provenance);
    if let Some(f) = &about.file {
        summary = summary.with_scenario(ds, subject, &about.base, f, args.top, &peers);
    }
    emit(&report::render(&summary, args.format))
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
