//! `cyberindex [FILE…]` with no command: the interactive dashboard, from
//! the files to open and the theme to the terminal handed back.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

use super::args::{Cli, DashboardArgs};
use super::failure::Failure;
use super::io::distinct_inputs;
use crate::app::{self, App, ThemeName};
use crate::model::{CountryIx, Dataset, YearIx};
use crate::{read, sanitize, tui, watch, write};

/// A load that takes longer than this shows a progress screen; a quicker
/// one, good or bad, never touches the terminal before it is done.
const LOADING_GRACE: std::time::Duration = std::time::Duration::from_millis(200);

/// What the dashboard opens when no FILE is given.
const DEFAULT_FILE: &str = "indicators.csv";

/// Opens the interactive dashboard. A bad file never gets as far as the
/// terminal: its errors go to stderr exactly as `check` prints them.
pub fn dashboard(cli: &Cli) -> Result<(), Failure> {
    let files = files_to_open(cli)?;
    let args = &cli.dashboard;
    let look = Look::chosen(args);
    // Watching starts before the first load so a save during it is seen.
    // Without a watch (a pipe for input, no inotify instances left) the
    // dashboard still works; the footer says it does not follow the file.
    let (watch, watch_off) = match args.no_watch {
        true => (None, None),
        false => match watch::watch(&files, args.sheet.clone()) {
            Ok(w) => (Some(w), None),
            Err(why) => (None, Some(why)),
        },
    };
    let progress = Arc::new(read::Progress::default());
    let loading = start_loading(&files, args.sheet.clone(), &progress)?;
    let name = files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let screen = tui::LoadingScreen {
        name: &name,
        progress: &progress,
        theme: look.theme,
    };
    // What was saved is said again once the terminal is back, where it
    // stays: a save-and-quit would otherwise leave no trace of the file.
    let saved = RefCell::new(Vec::new());
    // Exports are written on other threads and say so when done.
    let exports = RefCell::new(super::export::Exports::default());
    let (done, finished) = mpsc::channel();
    let perform = |effect: app::Effect| match effect {
        app::Effect::SaveScenario { csv, country, year } => {
            Some(save_scenario(&files, &csv, &country, year, &saved))
        }
        app::Effect::Export {
            sheet,
            format,
            name,
        } => {
            let done = done.clone();
            exports
                .borrow_mut()
                .start(&files, sheet, format, &name, done);
            None
        }
        // The event loop hands copies to the terminal itself.
        app::Effect::Copy { .. } => None,
    };
    let options = tui::Options {
        mouse: !args.no_mouse,
        changes: watch.as_ref().map(|w| &w.changes),
        watch_off,
        perform: &perform,
        finished: Some(&finished),
    };
    let outcome = tui::run(loading, screen, options, |ds| make_app(ds, args, look));
    for path in saved.borrow().iter() {
        eprintln!("scenario saved to {}", sanitize::visible(path));
    }
    for path in exports.into_inner().finish() {
        eprintln!("exported to {}", sanitize::visible(&path));
    }
    match outcome? {
        None => Ok(()),
        Some(signal) => Err(Failure::Signal(signal)),
    }
}

/// The files named, each once, or `indicators.csv` in this folder.
fn files_to_open(cli: &Cli) -> Result<Vec<PathBuf>, Failure> {
    distinct_inputs(&cli.files)?;
    if !cli.files.is_empty() {
        return Ok(cli.files.clone());
    }
    if !Path::new(DEFAULT_FILE).exists() {
        return Err(Failure::Usage(no_file_hint()));
    }
    Ok(vec![DEFAULT_FILE.into()])
}

/// Said instead of "cannot open" when there is no FILE and no default file:
/// what to pass, and where the sample that comes with cyberindex is.
fn no_file_hint() -> String {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_FILE);
    let sample = if sample.is_file() {
        format!("cyberindex {}", sample.display())
    } else {
        format!("{DEFAULT_FILE} in the cyberindex source folder")
    };
    format!(
        "no FILE given and no {DEFAULT_FILE} in this folder. Give one: cyberindex FILE.csv \
         (an indicator CSV or workbook, or World Bank Data360 series files); the bundled sample: {sample}; \
         every command and option: cyberindex --help"
    )
}

/// The theme, and whether the terminal is to have no colour at all.
#[derive(Clone, Copy)]
struct Look {
    theme: ThemeName,
    colourless: bool,
}

impl Look {
    /// Under NO_COLOR the terminal library writes no colours at all, so a
    /// colour theme would lose its highlights: mono, whatever was asked.
    fn chosen(args: &DashboardArgs) -> Look {
        let colourless = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let theme = match (colourless, args.theme) {
            (true, _) => ThemeName::Mono,
            (false, Some(t)) => t,
            (false, None) => ThemeName::Dark,
        };
        Look { theme, colourless }
    }
}

/// Loads the files on another thread; a load done within the grace period
/// comes back done, a longer one pending, for the progress screen.
fn start_loading(
    files: &[PathBuf],
    sheet: Option<String>,
    progress: &Arc<read::Progress>,
) -> Result<tui::Loading, Failure> {
    let (tx, rx) = mpsc::channel();
    {
        let (files, progress) = (files.to_vec(), Arc::clone(progress));
        std::thread::spawn(move || {
            let _ = tx.send(read::load_paths_in(
                &files,
                sheet.as_deref(),
                Some(progress),
            ));
        });
    }
    match rx.recv_timeout(LOADING_GRACE) {
        Ok(result) => Ok(tui::Loading::Done(Box::new(result))),
        Err(mpsc::RecvTimeoutError::Timeout) => Ok(tui::Loading::Pending(rx)),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Failure::Terminal(std::io::Error::other(
            "the loader stopped unexpectedly",
        ))),
    }
}

/// The app over the loaded data: the scenario laid over it, opened at the
/// country (and year) asked for, ranked among the peers asked for.
fn make_app(ds: Dataset, args: &DashboardArgs, look: Look) -> Result<App, Failure> {
    let scenario = match &args.scenario {
        Some(path) => Some(
            read::scenario::load_scenario(path, &ds)
                .map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))?,
        ),
        None => None,
    };
    // Without --country, a scenario about one country-year opens there,
    // as `report` does.
    let place: Option<(CountryIx, YearIx)> = match &args.country {
        Some(_) => None,
        None => scenario.as_ref().and_then(|s| s.single_place(&ds)),
    };
    let country = match (&args.country, place) {
        (Some(q), _) => ds.find_country(q).ok_or_else(|| {
            Failure::Usage(format!("no country {} in the data", sanitize::quote(q)))
        })?,
        (None, Some((c, _))) => c,
        (None, None) => 0,
    };
    let peers = args.peers.group(&ds, country)?;
    let mut app = App::new(ds, country, look.theme)
        .with_peers(peers)
        .with_colourless(look.colourless);
    if let Some((_, y)) = place {
        app.set_year(y);
    }
    if let Some(scenario) = scenario {
        app.set_scenario(scenario);
    }
    Ok(app)
}

/// Writes the dashboard's scenario to a new file beside the data (or in
/// this folder), and tells the app where, or why not.
fn save_scenario(
    files: &[PathBuf],
    csv: &str,
    country: &str,
    year: i32,
    saved: &RefCell<Vec<String>>,
) -> app::Action {
    let path = write::scenario_csv::fresh_scenario_path(&files[0], country, year);
    // Away from the data, the notice says why.
    let why = if write::fresh::saves_beside(&files[0]) {
        String::new()
    } else {
        format!(
            " (the current folder: {} is not a regular file)",
            files[0].display()
        )
    };
    let result = write::write(&path, files, csv.as_bytes())
        .map(|()| format!("{}{why}", path.display()))
        .map_err(|e| e.to_string());
    if let Ok(p) = &result {
        saved.borrow_mut().push(p.clone());
    }
    app::Action::ScenarioSaved(result)
}
