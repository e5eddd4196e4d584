//! The brief's sections, each from the summary's own figures, written as
//! the text report writes them (`crate::format`) in the reader's language
//! ([`words`]), data text escaped.

use super::svg::{self, Bar, Chart};
use super::table::{Col, badge, indicator, table};
use super::words::{self, data, fill, num, text};
use super::{Brief, escape};
use crate::format;
use crate::report::brief_words;
use crate::report::scenario_view::score_of;

/// The provenance line, the headline figure, the tier, the change and the
/// standing among peers.
pub fn headline(b: &Brief) -> String {
    let (s, msg) = (b.summary, b.msg);
    let mut out = String::new();
    if let Some(p) = &s.provenance {
        out.push_str(&format!(
            "<p class=\"provenance\">{}</p>\n",
            provenance(b, p)
        ));
    }
    out.push_str(&format!(
        "<div class=\"headline keep\"><span>{}</span> <span class=\"figure\" dir=\"ltr\" id=\"overall\">{} <small>{}</small></span> {}",
        text(msg, "html-overall"),
        escape(&msg.localize(&format::index(s.overall))),
        text(msg, "html-out-of"),
        badge(msg, s.tier)
    ));
    let change = match s.compare_year {
        Some(c) => fill(
            msg,
            "html-since",
            &[
                (
                    "delta",
                    num(
                        msg,
                        &format::delta(format::index_delta(s.compare_overall, s.overall)),
                    )
                    .into(),
                ),
                ("year", c.to_string().into()),
                ("then", num(msg, &format::index(s.compare_overall)).into()),
            ],
        ),
        None => text(msg, "html-no-compare"),
    };
    out.push_str(&format!(" <span class=\"change\">{change}</span></div>\n"));
    if let (Some(rank), Some(of), Some(group)) = (s.rank, s.of, &s.peer_group) {
        let place = crate::model::rank::Standing {
            rank,
            of,
            tied_with: s.tied_with.unwrap_or(0),
            ahead: s.ahead.unwrap_or(rank - 1),
        };
        let group = brief_words::group(msg, group, of, s.year, &|t| data(t));
        let words = brief_words::standing(msg, place, group, &|o| format!("<strong>{o}</strong>"));
        out.push_str(&format!(
            "<p>{}</p>\n",
            fill(msg, "ranked", &[("standing", words.into())])
        ));
    }
    out
}

/// The pillar chart, this year against the comparison year, and the
/// pillar table beside it as its text alternative.
pub fn pillars(b: &Brief) -> String {
    let (s, msg) = (b.summary, b.msg);
    let year = s.year.to_string();
    let cmp = s.compare_year.map(|c| c.to_string());
    let shown = |v: f64| msg.localize(&format::score(Some(v)));
    let bars: Vec<Bar> = s
        .pillars
        .iter()
        .map(|p| Bar {
            name: p.pillar.clone(),
            now: p.score.map(|v| (v, shown(v))),
            then: p.compare_score.map(|v| (v, shown(v))),
        })
        .collect();
    let desc = match s.compare_year {
        Some(c) => msg.get_args(
            "html-pillar-desc-pair",
            &[("year", s.year.into()), ("compare", c.into())],
        ),
        None => msg.get_args("html-pillar-desc-one", &[("year", s.year.into())]),
    };
    let chart = svg::pillar_bars(
        &Chart {
            id: "pillars",
            title: &msg.get("html-pillar-chart"),
            desc: &desc,
            rtl: msg.lang().rtl(),
        },
        &bars,
        (&year, cmp.as_deref()),
    );
    let mut cols = vec![Col::msg(msg, "col-pillar", false), Col(year.clone(), true)];
    if let Some(c) = &cmp {
        cols.extend([Col(c.clone(), true), Col::msg(msg, "col-change", true)]);
    }
    cols.extend([
        Col::msg(msg, "col-assessed", true),
        Col::msg(msg, "col-potential-gain", true),
    ]);
    let ranked = s.peer_group.is_some();
    if ranked {
        cols.push(Col::msg(msg, "col-rank", false));
    }
    let fig = |f: String| escape(&msg.localize(&f));
    let rows: Vec<Vec<String>> = s
        .pillars
        .iter()
        .map(|p| {
            let mut r = vec![data(&p.pillar), fig(format::score(p.score))];
            if cmp.is_some() {
                r.extend([
                    fig(format::score(p.compare_score)),
                    fig(format::delta(format::shown_delta(p.compare_score, p.score))),
                ]);
            }
            r.extend([
                format!("{}/{}", p.assessed, p.indicators),
                fig(format!("{:.2}", p.gain)),
            ]);
            if ranked {
                r.push(escape(&crate::report::summary_tables::standing(p, msg)));
            }
            r
        })
        .collect();
    format!(
        "<section id=\"pillars\"><h2>{}</h2>\n<figure>{chart}</figure>\n{}<p class=\"note\">{}</p></section>\n",
        text(msg, "pillars-heading"),
        table(&cols, &rows, "pillars"),
        text(msg, "potential-gain-note")
    )
}

/// The overall index over every year with data, a line and its table.
pub fn trend(b: &Brief) -> String {
    let (t, msg) = (b.trends, b.msg);
    let (Some(first), Some(last)) = (t.rows.first(), t.rows.last()) else {
        return String::new();
    };
    let points: Vec<(i32, Option<(f64, String)>)> = t
        .rows
        .iter()
        .map(|r| {
            let shown = |v: f64| msg.localize(&format::index(Some(v)));
            (r.year, r.overall.map(|v| (v, shown(v))))
        })
        .collect();
    let desc = msg.get_args(
        "html-trend-desc",
        &[("first", first.year.into()), ("last", last.year.into())],
    );
    let thresholds = svg::THRESHOLDS.map(|(v, tier)| {
        msg.get_args(
            "html-threshold",
            &[("tier", tier.into()), ("value", (v as i32).into())],
        )
    });
    let chart = svg::trend_line(
        &Chart {
            id: "trend",
            title: &msg.get("html-over-time"),
            desc: &desc,
            rtl: msg.lang().rtl(),
        },
        &points,
        &thresholds,
    );
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| {
            let tier = r.tier.and_then(words::tier).map_or_else(
                || format::NONE.to_string(),
                |t| escape(&words::tier_badge(msg, t)),
            );
            vec![
                r.year.to_string(),
                escape(&msg.localize(&format::index(r.overall))),
                tier,
            ]
        })
        .collect();
    let cols = [
        Col::msg(msg, "col-year", true),
        Col::msg(msg, "col-overall-index", true),
        Col::msg(msg, "col-tier", false),
    ];
    format!(
        "<section id=\"trend\"><h2>{}</h2>\n<div class=\"side\"><figure>{chart}</figure>\n{}</div></section>\n",
        text(msg, "html-over-time"),
        table(&cols, &rows, "trend")
    )
}

/// With several countries: the strip of the group's indices with the
/// country marked, and every figure in a table for a screen reader.
pub fn peers(b: &Brief) -> String {
    let (s, msg) = (b.summary, b.msg);
    let Some(p) = b.peers.filter(|p| p.scores.len() > 1) else {
        return String::new();
    };
    let marked = p.marked.map(|i| {
        let m = &p.scores[i];
        (
            m.overall,
            format!(
                "{} {}",
                m.code,
                msg.localize(&format::index(Some(m.overall)))
            ),
        )
    });
    let label = p
        .marked
        .map_or_else(|| s.country.clone(), |i| p.scores[i].code.clone());
    let desc = msg.get_args(
        "html-peer-desc",
        &[("n", p.scores.len().into()), ("country", label.into())],
    );
    let values: Vec<f64> = p.scores.iter().map(|x| x.overall).collect();
    let chart = svg::peer_strip(
        &Chart {
            id: "peers",
            title: &msg.get("html-peer-chart"),
            desc: &desc,
            rtl: msg.lang().rtl(),
        },
        &values,
        marked,
    );
    let rows: Vec<Vec<String>> = p
        .scores
        .iter()
        .map(|x| {
            vec![
                x.rank.to_string(),
                data(&x.code),
                escape(&msg.localize(&format::index(Some(x.overall)))),
            ]
        })
        .collect();
    let cols = [
        Col::msg(msg, "col-rank", true),
        Col::msg(msg, "col-country", false),
        Col::msg(msg, "col-overall-index", true),
    ];
    // The rank in words is in the headline, above.
    format!(
        "<section id=\"peers\"><h2>{}</h2>\n<figure>{chart}</figure>\n<div class=\"sr-only\">{}</div></section>\n",
        text(msg, "html-peers"),
        table(&cols, &rows, "")
    )
}

/// The weakest pillars, the same list as every format gives.
pub fn weakest(b: &Brief) -> String {
    let (s, msg) = (b.summary, b.msg);
    if s.weakest_pillars.is_empty() {
        return String::new();
    }
    let items: String = s
        .weakest_pillars
        .iter()
        .map(|name| {
            let score = s.pillar_score(name);
            format!(
                "<li><strong>{}</strong>: {}</li>",
                data(name),
                num(msg, &format::score(score))
            )
        })
        .collect();
    format!(
        "<section id=\"weakest\"><h2>{}</h2>\n<ol>{items}</ol></section>\n",
        text(msg, "weakest-heading")
    )
}

/// What to fix first: the text report's list, in its order.
pub fn fix_first(b: &Brief) -> String {
    let (s, msg) = (b.summary, b.msg);
    let body = if s.top_gaps.is_empty() {
        format!("<p>{}</p>", escape(&s.no_gaps_listed_in(msg)))
    } else {
        let fig = |f: String| escape(&msg.localize(&f));
        let rows: Vec<Vec<String>> = s
            .top_gaps
            .iter()
            .enumerate()
            .map(|(n, g)| {
                vec![
                    (n + 1).to_string(),
                    indicator(&g.indicator_id, &g.indicator),
                    data(&g.pillar),
                    fig(score_of(g.score, g.max_score)),
                    fig(format::points(g.target)),
                    fig(format!("{:+.2}", g.gain)),
                ]
            })
            .collect();
        let cols = [
            Col("#".into(), true),
            Col::msg(msg, "col-indicator", false),
            Col::msg(msg, "col-pillar", false),
            Col::msg(msg, "col-score", true),
            Col::msg(msg, "col-target", true),
            Col::msg(msg, "col-index-gain", true),
        ];
        format!(
            "<p class=\"note\">{}</p>\n{}",
            text(msg, "fix-first-intro"),
            table(&cols, &rows, "fix-first")
        )
    };
    format!(
        "<section id=\"fix-first\"><h2>{}</h2>\n{body}</section>\n",
        text(msg, "fix-first-heading")
    )
}

/// Where the data comes from, when the brief was made, and how the index
/// is computed.
pub fn footer(b: &Brief) -> String {
    let (s, msg) = (b.summary, b.msg);
    let mut out = String::from("<footer>\n");
    if let Some(p) = &s.provenance {
        if p.source.is_empty() {
            out.push_str(&format!(
                "<p><strong>{}</strong></p>\n",
                text(msg, "html-not-official")
            ));
        }
        out.push_str(&format!("<p>{}</p>\n", provenance(b, p)));
    }
    out.push_str(&format!(
        "<p><strong>{}.</strong> {}</p>\n</footer>\n",
        text(msg, "html-method"),
        text(msg, "html-method-note")
    ));
    out
}

/// "Source: …. Data: …. Made on …." in the reader's language; the date
/// runs left to right (2026-12-01, never 01-12-2026 in Arabic).
fn provenance(b: &Brief, p: &crate::report::provenance::Provenance) -> String {
    let safe = |t: &str| data(t);
    fill(
        b.msg,
        "provenance",
        &[
            ("source", brief_words::source(b.msg, p, &safe).into()),
            ("files", brief_words::files(b.msg, p, &safe).into()),
            ("date", num(b.msg, &p.generated).into()),
        ],
    )
}
