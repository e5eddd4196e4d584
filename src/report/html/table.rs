//! The brief's tables and badges: cells arrive made safe, headings come
//! from the messages, and figure columns are set left to right.

use super::escape;
use super::words::{self, data, text};
use crate::i18n::Messages;

/// A column of a table: its heading (HTML, made safe) and whether it
/// holds figures (set left to right, aligned to the end).
pub struct Col(pub String, pub bool);

impl Col {
    /// A column headed by a message.
    pub fn msg(msg: &Messages, id: &str, figures: bool) -> Col {
        Col(text(msg, id), figures)
    }
}

/// A table of cells already made safe (escaped or formatted).
pub fn table(cols: &[Col], rows: &[Vec<String>], class: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    let mut t = format!("<table{class}><thead><tr>");
    for Col(name, n) in cols {
        t.push_str(&format!(
            "<th scope=\"col\"{}>{name}</th>",
            if *n { " class=\"n\"" } else { "" },
        ));
    }
    t.push_str("</tr></thead><tbody>\n");
    for row in rows {
        t.push_str("<tr>");
        for (cell, Col(_, n)) in row.iter().zip(cols) {
            t.push_str(&format!(
                "<td{}>{cell}</td>",
                if *n { " class=\"n\"" } else { "" }
            ));
        }
        t.push_str("</tr>\n");
    }
    t.push_str("</tbody></table>\n");
    t
}

/// "Tier 3 · Establishing" in a badge whose border and shade differ by
/// tier, and whose words say it without them.
pub fn badge(msg: &Messages, tier: Option<u8>) -> String {
    match tier.and_then(words::tier) {
        Some(t) => format!(
            "<span class=\"tier tier-{}\">{}</span>",
            t.number(),
            escape(&words::tier_badge(msg, t))
        ),
        None => format!("<span class=\"tier\">{}</span>", text(msg, "html-no-tier")),
    }
}

/// An indicator's id and name, both from the data.
pub fn indicator(id: &str, name: &str) -> String {
    format!("<span class=\"id\">{}</span> {}", data(id), data(name))
}
