//! The sentences of a report that are made of parts: where the data comes
//! from, where the country stands, which indicators moved. Each is said in
//! the brief's language by [`Messages`]; the data's own text (sources, file
//! names, country codes) is made safe by `safe` and never translated. The
//! English wrappers at the end serve the text report and the workbook, so
//! every format says them with the same words. The views they describe
//! (provenance, peers, changes) never call back here: the arrows point one
//! way.

use super::changes::{DECLINES_SHOWN, Moved, RISES_SHOWN};
use super::peers::{LISTED as PEERS_LISTED, PeerGroupView};
use super::provenance::{Provenance, SHOWN};
use super::scenario_view::score_of;
use crate::format;
use crate::i18n::{Lang, Messages};
use crate::model::rank::Standing;
use crate::sanitize::fit;

type Safe<'a> = &'a dyn Fn(&str) -> String;

/// Up to `shown` items joined by `sep`, then "and N more".
fn list(msg: &Messages, items: &[String], shown: usize, sep: &str, safe: Safe) -> String {
    let s = items
        .iter()
        .take(shown)
        .map(|i| safe(i))
        .collect::<Vec<_>>()
        .join(sep);
    match items.len() > shown {
        true => msg.get_args(
            "list-and-more",
            &[("list", s.into()), ("n", (items.len() - shown).into())],
        ),
        false => s,
    }
}

/// "Source: …. Data: …. Made on ….", with its line break.
pub fn provenance(msg: &Messages, p: &Provenance, safe: Safe) -> String {
    let line = msg.get_args(
        "provenance",
        &[
            ("source", source(msg, p, safe).into()),
            ("files", files(msg, p, safe).into()),
            ("date", p.generated.as_str().into()),
        ],
    );
    format!("{line}\n")
}

/// The sources in words: "ITU …", "A; B", "not stated in the file",
/// "A; 12 rows state no source".
pub fn source(msg: &Messages, p: &Provenance, safe: Safe) -> String {
    if p.source.is_empty() {
        msg.get("source-not-stated")
    } else {
        let mut s = list(msg, &p.source, SHOWN, "; ", safe);
        if p.rows_without_source > 0 {
            s.push_str("; ");
            s.push_str(&msg.get_args(
                "source-rows-without",
                &[("n", p.rows_without_source.into())],
            ));
        }
        s
    }
}

/// The data files, and the sheet read from a workbook.
pub fn files(msg: &Messages, p: &Provenance, safe: Safe) -> String {
    let files = list(msg, &p.data_files, SHOWN, ", ", safe);
    match &p.sheet {
        Some(sheet) => msg.get_args(
            "files-sheet",
            &[("files", files.into()), ("sheet", safe(sheet).into())],
        ),
        None => files,
    }
}

/// "6th of 16", with ties and those scoring higher; `group` is what the
/// rank is out of, and the ordinal goes through `strong`.
pub fn standing(
    msg: &Messages,
    place: Standing,
    group: String,
    strong: &dyn Fn(String) -> String,
) -> String {
    let mut s = msg.get_args(
        "standing",
        &[
            ("ordinal", strong(msg.ordinal(place.rank)).into()),
            ("group", group.into()),
        ],
    );
    if place.tied_with > 0 {
        s.push_str(&msg.get_args("standing-tied", &[("n", place.tied_with.into())]));
    }
    if place.ahead + 1 > place.rank {
        s.push_str(&msg.get_args("standing-ahead", &[("n", place.ahead.into())]));
    }
    s
}

/// The peer group after "of": "16 peers (ZMB, KEN, …)".
pub fn group(msg: &Messages, g: &PeerGroupView, of: usize, year: i32, safe: Safe) -> String {
    let n = g.countries.len();
    let words = match (g.kind, &g.name) {
        ("region", Some(name)) => match &g.added {
            Some(a) => msg.get_args(
                "group-region-added",
                &[
                    ("n", (n - 1).into()),
                    ("name", safe(name).into()),
                    ("added", safe(a).into()),
                ],
            ),
            None => msg.get_args(
                "group-region",
                &[("n", n.into()), ("name", safe(name).into())],
            ),
        },
        ("peers", _) => msg.get_args(
            "group-peers",
            &[
                ("n", n.into()),
                (
                    "list",
                    list(msg, &g.countries, PEERS_LISTED, ", ", safe).into(),
                ),
            ],
        ),
        _ => msg.get_args("group-all", &[("n", n.into())]),
    };
    match of == n {
        true => words,
        false => msg.get_args(
            "group-scored",
            &[
                ("of", of.into()),
                ("year", year.to_string().into()),
                ("group", words.into()),
            ],
        ),
    }
}

/// "3 / 3 → 2 / 3, ▼ -1.00 score points"; in percentage points of
/// attainment when the maximum changed (points on two scales differ).
pub fn change_words(msg: &Messages, m: &Moved) -> String {
    let change = if m.from_max_score == m.max_score {
        let shown = format::shown_delta(Some(m.from), Some(m.to));
        msg.get_args(
            "change-score-points",
            &[("delta", msg.localize(&format::delta(shown)).into())],
        )
    } else {
        msg.get_args(
            "change-attainment-points",
            &[(
                "delta",
                msg.localize(&format::delta(Some(m.delta_pct))).into(),
            )],
        )
    };
    let from = msg.localize(&score_of(Some(m.from), m.from_max_score));
    let to = msg.localize(&score_of(Some(m.to), m.max_score));
    format!("{from} → {to}, {change}")
}

/// The lists under the change counts: declines, then the largest rises.
pub fn changes(msg: &Messages, declined: &[Moved], improved: &[Moved], safe: Safe) -> String {
    let mut out = String::new();
    for (label, list, shown) in [
        ("changes-declined", declined, DECLINES_SHOWN),
        ("changes-improved", improved, RISES_SHOWN),
    ] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n\n", msg.get(label)));
        for m in list.iter().take(shown) {
            out.push_str(&format!(
                "- {} ({}), {}: {}\n",
                safe(&m.indicator),
                safe(&m.indicator_id),
                safe(&m.pillar),
                change_words(msg, m)
            ));
        }
        if list.len() > shown {
            let more = msg.get_args("changes-and-more", &[("n", (list.len() - shown).into())]);
            out.push_str(&format!("- {more}\n"));
        }
    }
    out
}

/// The text report and the workbook are in English.
fn english() -> Messages {
    Messages::new(Lang::En)
}

impl Provenance {
    /// The sources in words, each made safe by `safe`: "ITU …", "A; B",
    /// "not stated in the file", "A; 12 rows state no source".
    pub fn source_words(&self, safe: Safe) -> String {
        source(&english(), self, safe)
    }

    pub fn files_words(&self, safe: Safe) -> String {
        files(&english(), self, safe)
    }

    /// The data files, and the sheet read from a workbook, for a
    /// workbook's Summary sheet.
    pub fn files_plain(&self) -> String {
        self.files_words(&|s: &str| s.to_string())
    }

    /// Lines for the head of a text report.
    pub fn text(&self) -> String {
        let safe = |s: &str| crate::sanitize::visible(s).into_owned();
        format!(
            "Data     {}\nSource   {}\nMade on  {}\n",
            self.files_words(&safe),
            self.source_words(&safe),
            self.generated
        )
    }

    /// A paragraph for the head of a markdown brief, in English;
    /// [`provenance`] says it in any language.
    pub fn markdown(&self) -> String {
        let safe = |s: &str| super::markdown_escape::escape(s);
        provenance(&english(), self, &safe)
    }
}

impl PeerGroupView {
    /// The group in words, after "of": "16 peers (ZMB, KEN, …)". `of` is
    /// how many were ranked: those without a score in `year` are not.
    /// Names are made safe by `safe`.
    pub fn words(&self, of: usize, year: i32, safe: Safe) -> String {
        group(&english(), self, of, year, safe)
    }
}

/// "6th of 16 peers (ZMB, KEN, …)", with ", tied with 1" when others share
/// the rank; the ordinal made bold in markdown by `strong`.
pub fn standing_words(
    g: &PeerGroupView,
    place: Standing,
    year: i32,
    safe: Safe,
    strong: &dyn Fn(String) -> String,
) -> String {
    let english = english();
    let words = group(&english, g, place.of, year, safe);
    standing(&english, place, words, strong)
}

/// Text lines under the change counts, in English.
pub fn changes_text(declined: &[Moved], improved: &[Moved]) -> String {
    let english = english();
    let mut out = String::new();
    for (label, list, shown) in [
        ("Declined", declined, DECLINES_SHOWN),
        ("Improved", improved, RISES_SHOWN),
    ] {
        for m in list.iter().take(shown) {
            out.push_str(&format!(
                "  {label}  {}  {}\n",
                fit(&format!("{} {}", m.indicator_id, m.indicator), 40),
                change_words(&english, m)
            ));
        }
        if list.len() > shown {
            out.push_str(&format!("  {label}  and {} more\n", list.len() - shown));
        }
    }
    out
}

#[cfg(test)]
#[path = "brief_words_tests.rs"]
mod tests;
