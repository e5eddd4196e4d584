//! cyberindex: review a national cybersecurity index (ITU GCI style) from a
//! CSV of indicators, in a terminal dashboard or with headless reports.

pub mod app;
pub mod cli;
pub mod format;
pub mod model;
pub mod read;
pub mod report;
pub mod sanitize;
pub mod synthetic;
pub mod tui;
pub mod ui;
pub mod watch;
pub mod write;

/// A load that takes longer than this shows a progress screen; a quicker
/// one, good or bad, never touches the terminal before it is done.
const LOADING_GRACE: std::time::Duration = std::time::Duration::from_millis(200);

/// What the dashboard opens when no FILE is given.
const DEFAULT_FILE: &str = "indicators.csv";

/// Said instead of "cannot open" when there is no FILE and no default file:
/// what to pass, and where the sample that comes with cyberindex is.
fn no_file_hint() -> String {
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_FILE);
    let sample = if sample.is_file() {
        format!("cyberindex {}", sample.display())
    } else {
        format!("{DEFAULT_FILE} in the cyberindex source folder")
    };
    format!(
        "no FILE given and no {DEFAULT_FILE} in this folder. Give one: cyberindex FILE.csv \
         (an indicator CSV, or World Bank Data360 series files); the bundled sample: {sample}; \
         every command and option: cyberindex --help"
    )
}

/// Opens the interactive dashboard. A bad file never gets as far as the
/// terminal: its errors go to stderr exactly as `check` prints them.
pub fn dashboard(cli: &cli::Cli) -> Result<(), cli::Failure> {
    use std::sync::{Arc, mpsc};
    cli::distinct_inputs(&cli.files)?;
    let files = if cli.files.is_empty() {
        if !std::path::Path::new(DEFAULT_FILE).exists() {
            return Err(cli::Failure::Usage(no_file_hint()));
        }
        vec![DEFAULT_FILE.into()]
    } else {
        cli.files.clone()
    };
    let args = &cli.dashboard;
    // Under NO_COLOR the terminal library writes no colours at all, so a
    // colour theme would lose its highlights: mono, whatever was asked.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = match (no_color, args.theme) {
        (true, _) => app::ThemeName::Mono,
        (false, Some(t)) => t,
        (false, None) => app::ThemeName::Dark,
    };
    // Watching starts before the first load so a save during it is seen.
    // Without a watch (a pipe for input, no inotify instances left) the
    // dashboard still works; the footer says it does not follow the file.
    let (watch, watch_off) = match args.no_watch {
        true => (None, None),
        false => match watch::watch(&files) {
            Ok(w) => (Some(w), None),
            Err(why) => (None, Some(why)),
        },
    };
    let progress = Arc::new(read::Progress::default());
    let (tx, rx) = mpsc::channel();
    {
        let (files, progress) = (files.clone(), Arc::clone(&progress));
        std::thread::spawn(move || {
            let _ = tx.send(read::load_paths_with(&files, Some(progress)));
        });
    }
    let loading = match rx.recv_timeout(LOADING_GRACE) {
        Ok(result) => tui::Loading::Done(Box::new(result)),
        Err(mpsc::RecvTimeoutError::Timeout) => tui::Loading::Pending(rx),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            return Err(cli::Failure::Terminal(std::io::Error::other(
                "the loader stopped unexpectedly",
            )));
        }
    };
    let name = files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let make_app = |ds: crate::model::Dataset| {
        let scenario = match &args.scenario {
            Some(path) => Some(
                read::scenario::load_scenario(path, &ds)
                    .map_err(|e| cli::Failure::Data(e, read::error::SHOWN_ERRORS))?,
            ),
            None => None,
        };
        // Without --country, a scenario about one country-year opens there,
        // as `report` does.
        let place = match &args.country {
            Some(_) => None,
            None => scenario.as_ref().and_then(|s| s.single_place(&ds)),
        };
        let country = match (&args.country, place) {
            (Some(q), _) => ds.find_country(q).ok_or_else(|| {
                cli::Failure::Usage(format!(
                    "no country {} in the data",
                    crate::sanitize::quote(q)
                ))
            })?,
            (None, Some((c, _))) => c,
            (None, None) => 0,
        };
        let peers = args.peers.group(&ds, country)?;
        let mut app = app::App::new(ds, country, theme)
            .with_peers(peers)
            .with_colourless(no_color);
        if let Some((_, y)) = place {
            app.set_year(y);
        }
        if let Some(scenario) = scenario {
            app.set_scenario(scenario);
        }
        Ok(app)
    };
    let screen = tui::LoadingScreen {
        name: &name,
        progress: &progress,
        theme,
    };
    // What was saved is said again once the terminal is back, where it
    // stays: a save-and-quit would otherwise leave no trace of the file.
    let saved = std::cell::RefCell::new(Vec::new());
    let perform = |effect: app::Effect| match effect {
        app::Effect::SaveScenario { csv, country, year } => {
            let path = write::scenario_csv::fresh_scenario_path(&files[0], &country, year);
            // Away from the data, the notice says why.
            let why = if write::scenario_csv::saves_beside(&files[0]) {
                String::new()
            } else {
                format!(
                    " (the current folder: {} is not a regular file)",
                    files[0].display()
                )
            };
            let result = write::write(&path, &files, csv.as_bytes())
                .map(|()| format!("{}{why}", path.display()))
                .map_err(|e| e.to_string());
            if let Ok(p) = &result {
                saved.borrow_mut().push(p.clone());
            }
            app::Action::ScenarioSaved(result)
        }
    };
    let options = tui::Options {
        mouse: !args.no_mouse,
        changes: watch.as_ref().map(|w| &w.changes),
        watch_off,
        perform: &perform,
    };
    let outcome = tui::run(loading, screen, options, make_app);
    for path in saved.borrow().iter() {
        eprintln!("scenario saved to {}", sanitize::visible(path));
    }
    match outcome? {
        None => Ok(()),
        Some(signal) => Err(cli::Failure::Signal(signal)),
    }
}
