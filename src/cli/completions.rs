//! `cyberindex completions SHELL` and `cyberindex man`: a shell completion
//! script and the man page, generated from the same clap definitions that
//! parse the command line, so neither can drift from it.

use clap::CommandFactory;

use super::args::Cli;
use super::failure::Failure;
use super::io::emit;

/// The completion script for `shell`, on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "cyberindex", &mut out);
    emit(&String::from_utf8_lossy(&out))
}

/// The man page, in roff, on stdout.
pub fn man() -> Result<(), Failure> {
    emit(&man_page().map_err(Failure::Output)?)
}

/// One page for the whole program: the dashboard's options, then a
/// section for each command with its own synopsis and options, so that
/// `man cyberindex` documents `report --format` as well as `--theme`.
pub fn man_page() -> std::io::Result<String> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    for (path, sub) in commands(&cmd, "cyberindex") {
        out.extend_from_slice(format!(".SH \"{}\"\n", path.to_uppercase()).as_bytes());
        let man = clap_mangen::Man::new(sub.clone().bin_name(&path));
        let mut section = Vec::new();
        man.render_description_section(&mut section)?;
        man.render_synopsis_section(&mut section)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut section)?;
        }
        // Within the command's own section its parts are subsections; the
        // page's preamble, which each part repeats, is said once already.
        let preamble = |l: &&str| l.starts_with(".ie \\n(.g .ds Aq") || l.starts_with(".el .ds Aq");
        for line in String::from_utf8_lossy(&section)
            .lines()
            .filter(|l| !preamble(l))
        {
            let line = match line.strip_prefix(".SH ") {
                Some(title) => format!(".SS {}", title_case(title)),
                None => line.to_string(),
            };
            out.extend_from_slice(line.as_bytes());
            out.push(b'\n');
        }
    }
    out.extend_from_slice(closing_sections().as_bytes());
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The dashboard's keys (from the one key table), the exit status and the
/// environment: what clap does not know.
fn closing_sections() -> String {
    let mut out = String::from(".SH KEYS\n");
    let mut section = None;
    for row in crate::app::keymap::help_rows() {
        if section != Some(row.section) {
            section = Some(row.section);
            out.push_str(&format!(".SS {}\n", roff(row.section.title())));
        }
        let mut help = row.help.to_string();
        if let Some(panes) = row.panes {
            help.push_str(&format!(" (on {})", crate::app::keymap::pane_list(panes)));
        }
        out.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff(&row.keys.join(" ")),
            roff(&help)
        ));
    }
    out.push_str(
        ".SH \"EXIT STATUS\"\n\
         .TP\n0\nSuccess.\n\
         .TP\n1\nInvalid data, a file that cannot be read, or an output that cannot be written; each problem names the file, the line or cell, and the column.\n\
         .TP\n2\nUsage error: an unknown flag, country or year, an output that is an input.\n\
         .TP\n128+N\nEnded by signal N, after the terminal was restored.\n\
         .SH ENVIRONMENT\n\
         .TP\nNO_COLOR\nWhen set, the dashboard starts in the mono theme (no colour).\n\
         .TP\nSOURCE_DATE_EPOCH\nSeconds since 1970: the day reports and workbooks are dated with, so a brief can be made again identically.\n",
    );
    out
}

/// Text made safe for roff: backslashes escaped, and a line never starting
/// with a control character.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    match escaped.chars().next() {
        Some('.') | Some('\'') => format!("\\&{escaped}"),
        _ => escaped,
    }
}

/// Every command that runs something (`report`, `import data360`, …),
/// with its full name.
fn commands(cmd: &clap::Command, prefix: &str) -> Vec<(String, clap::Command)> {
    let mut out = Vec::new();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let path = format!("{prefix} {}", sub.get_name());
        if sub.has_subcommands() {
            out.extend(commands(sub, &path));
        } else {
            out.push((path, sub.clone()));
        }
    }
    out
}

/// "OPTIONS" → "Options", as subsection titles read.
fn title_case(title: &str) -> String {
    let lower = title.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
