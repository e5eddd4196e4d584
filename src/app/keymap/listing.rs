//! The table as help and the README list it: grouped under their
//! headings, each heading once.

use super::binding::{Binding, Here, Section};
use super::names::pane_list;
use super::table::KEYMAP;
use crate::app::action::Pane;

/// One binding as help and the README list it.
pub struct HelpRow {
    pub section: Section,
    pub keys: Vec<String>,
    pub help: &'static str,
    /// The panes it works on, when not all.
    pub panes: Option<&'static [Pane]>,
}

/// Bindings grouped by section (table order within one), so each heading
/// appears once.
fn grouped<'a>(bindings: impl Iterator<Item = &'a Binding>) -> Vec<HelpRow> {
    let mut v: Vec<&Binding> = bindings.collect();
    v.sort_by_key(|b| b.section);
    v.into_iter()
        .map(|b| HelpRow {
            section: b.section,
            keys: b.keys.iter().map(|k| k.label()).collect(),
            help: b.help,
            panes: b.when.panes(),
        })
        .collect()
}

/// Every binding, grouped by section: the README's table.
pub fn help_rows() -> Vec<HelpRow> {
    grouped(KEYMAP.iter())
}

/// The bindings that work on this pane with this data, grouped by
/// section: the help overlay.
pub fn help_rows_here(here: &Here) -> Vec<HelpRow> {
    grouped(KEYMAP.iter().filter(|b| b.works_on(here)))
}

/// The README's key table, rendered from the same bindings.
pub fn markdown_table() -> String {
    let mut out = String::from("| Where | Keys | Action |\n|---|---|---|\n");
    for row in help_rows() {
        let keys: Vec<String> = row
            .keys
            .iter()
            .map(|k| format!("`{}`", k.replace('|', "\\|")))
            .collect();
        let mut help = row.help.to_string();
        if let Some(panes) = row.panes {
            help.push_str(&format!(" (on {})", pane_list(panes)));
        }
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            row.section.title(),
            keys.join(" "),
            help
        ));
    }
    out
}
