//! `cyberindex completions SHELL` and `cyberindex man`: generated from the
//! clap definitions, so every command and every flag is in them.

mod common;
use common::*;

use clap::CommandFactory;
use cyberindex::cli::Cli;

/// Every command (`report`, `import data360`, …) and every long flag of
/// the program, as the definitions have them.
fn commands_and_flags() -> (Vec<String>, Vec<String>) {
    fn walk(cmd: &clap::Command, commands: &mut Vec<String>, flags: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            if let Some(long) = arg.get_long() {
                flags.push(long.to_string());
            }
        }
        for sub in cmd.get_subcommands() {
            commands.push(sub.get_name().to_string());
            walk(sub, commands, flags);
        }
    }
    let (mut commands, mut flags) = (Vec::new(), Vec::new());
    walk(&Cli::command(), &mut commands, &mut flags);
    flags.sort();
    flags.dedup();
    (commands, flags)
}

#[test]
fn completion_scripts_know_every_command_and_flag() {
    let (commands, flags) = commands_and_flags();
    for needed in ["report", "check", "import", "data360", "completions", "man"] {
        assert!(
            commands.iter().any(|c| c == needed),
            "{needed}: {commands:?}"
        );
    }
    for needed in ["country", "format", "theme", "plan", "scenario", "no-mouse"] {
        assert!(flags.iter().any(|f| f == needed), "{needed}: {flags:?}");
    }
    for shell in ["bash", "zsh", "fish"] {
        let out = run(&["completions", shell]).ok();
        assert!(out.stderr.is_empty(), "{shell}: {}", out.stderr);
        for c in &commands {
            assert!(out.stdout.contains(c.as_str()), "{shell}: no {c}");
        }
        for f in &flags {
            // fish spells a long flag `-l country`, the others `--country`.
            let spelt = if shell == "fish" {
                format!("-l {f}")
            } else {
                format!("--{f}")
            };
            assert!(out.stdout.contains(&spelt), "{shell}: no {spelt}");
        }
    }
    // The report's formats complete as values.
    let bash = run(&["completions", "bash"]).ok().stdout;
    assert!(bash.contains("text md json csv"), "formats not offered");
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("invalid value 'tcsh'"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn the_man_page_documents_every_command_and_flag() {
    let out = run(&["man"]).ok();
    let page = out.stdout;
    assert!(
        page.starts_with(".ie") || page.starts_with(".TH"),
        "{}",
        &page[..80]
    );
    assert!(page.contains(".TH cyberindex 1"), "no title");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS"] {
        assert!(page.contains(section), "no {section}");
    }
    assert!(page.contains("cyberindex \\- Review a national cybersecurity index"));
    for title in [
        ".SH \"CYBERINDEX REPORT\"",
        ".SH \"CYBERINDEX CHECK\"",
        ".SH \"CYBERINDEX IMPORT DATA360\"",
        ".SH \"CYBERINDEX COMPLETIONS\"",
        ".SH \"CYBERINDEX MAN\"",
    ] {
        assert!(page.contains(title), "no {title}");
    }
    let (_, flags) = commands_and_flags();
    for f in flags {
        // roff escapes each hyphen.
        let spelt = format!("\\fB\\-\\-{}\\fR", f.replace('-', "\\-"));
        assert!(page.contains(&spelt), "no {spelt}");
    }
    // Each command's options sit under its own heading.
    let report = &page[page.find(".SH \"CYBERINDEX REPORT\"").unwrap()..];
    let report = &report[..report[4..].find(".SH ").map_or(report.len(), |e| e + 4)];
    assert!(report.contains(".SS Options") && report.contains("\\-\\-target\\-score"));
    assert!(
        !report.contains("\\-\\-theme"),
        "a dashboard flag under report"
    );
}

#[test]
fn the_man_page_lists_the_keys_exit_status_and_environment() {
    let page = run(&["man"]).ok().stdout;
    for section in [".SH KEYS", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT"] {
        assert!(page.contains(section), "no {section}");
    }
    assert!(page.contains("NO_COLOR") && page.contains("SOURCE_DATE_EPOCH"));
    // Every binding of the one key table, by its help text.
    let table = cyberindex::app::keymap::markdown_table();
    for row in table.lines().skip(2) {
        let help = row.rsplit(" | ").next().unwrap().trim_end_matches(" |");
        let first_words: String = help.split(' ').take(2).collect::<Vec<_>>().join(" ");
        assert!(
            page.contains(&first_words.replace('-', "\\-")),
            "the man page lacks {first_words:?}"
        );
    }
}
