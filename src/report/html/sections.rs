//! The brief's sections, each from the summary's own figures, written as
//! the text report writes them (`crate::format`), data text escaped.

use super::svg::{self, Bar, Chart};
use super::{Brief, Labels, escape};
use crate::format;
use crate::model::Tier;
use crate::report::scenario_view::score_of;

/// A column of a table: its heading (made safe here) and whether it holds
/// figures (aligned to the end).
pub struct Col<'a>(pub &'a str, pub bool);

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
            "<th scope=\"col\"{}>{}</th>",
            if *n { " class=\"n\"" } else { "" },
            escape(name)
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
pub fn badge(l: &Labels, tier: Option<u8>, name: Option<&str>) -> String {
    match (tier, name) {
        (Some(t), Some(n)) => format!(
            "<span class=\"tier tier-{t}\">{}</span>",
            escape(&l.tier_badge(t, n))
        ),
        _ => format!("<span class=\"tier\">{}</span>", escape(l.no_tier)),
    }
}

/// The provenance line, the headline figure, the tier, the change and the
/// standing among peers.
pub fn headline(b: &Brief) -> String {
    let (s, l) = (b.summary, b.labels);
    let mut out = String::new();
    if let Some(p) = &s.provenance {
        out.push_str(&format!(
            "<p class=\"provenance\">{}</p>\n",
            provenance(b, p)
        ));
    }
    out.push_str(&format!(
        "<div class=\"headline keep\"><span>{}</span> <span class=\"figure\" id=\"overall\">{} <small>{}</small></span> {}",
        escape(l.overall),
        format::index(s.overall),
        escape(l.out_of),
        badge(l, s.tier, s.tier_label)
    ));
    match s.compare_year {
        Some(c) => out.push_str(&format!(
            " <span class=\"change\">{} {} {c} ({})</span>",
            format::delta(format::index_delta(s.compare_overall, s.overall)),
            escape(l.points_since),
            format::index(s.compare_overall)
        )),
        None => out.push_str(&format!(
            " <span class=\"change\">{}</span>",
            escape(l.no_compare)
        )),
    }
    out.push_str("</div>\n");
    if let Some(words) = s.standing_words(&|t| escape(t), &|o| format!("<strong>{o}</strong>")) {
        out.push_str(&format!("<p>{} {words}.</p>\n", escape(l.ranked)));
    }
    out
}

/// The pillar chart, this year against the comparison year, and the
/// pillar table beside it as its text alternative.
pub fn pillars(b: &Brief) -> String {
    let (s, l) = (b.summary, b.labels);
    let year = s.year.to_string();
    let cmp = s.compare_year.map(|c| c.to_string());
    let bars: Vec<Bar> = s
        .pillars
        .iter()
        .map(|p| Bar {
            name: p.pillar.clone(),
            now: p.score.map(|v| (v, format::score(Some(v)))),
            then: p.compare_score.map(|v| (v, format::score(Some(v)))),
        })
        .collect();
    let desc = l.pillar_desc(s.year, s.compare_year);
    let chart = svg::pillar_bars(
        &Chart {
            id: "pillars",
            title: l.pillar_chart,
            desc: &desc,
        },
        &bars,
        (&year, cmp.as_deref()),
    );
    let mut cols = vec![Col(l.pillar, false), Col(&year, true)];
    if let Some(c) = &cmp {
        cols.extend([Col(c, true), Col(l.change, true)]);
    }
    cols.extend([Col(l.assessed, true), Col(l.gain, true)]);
    let ranked = s.peer_group.is_some();
    if ranked {
        cols.push(Col(l.rank, false));
    }
    let rows: Vec<Vec<String>> = s
        .pillars
        .iter()
        .map(|p| {
            let mut r = vec![escape(&p.pillar), format::score(p.score)];
            if cmp.is_some() {
                r.extend([
                    format::score(p.compare_score),
                    format::delta(format::shown_delta(p.compare_score, p.score)),
                ]);
            }
            r.extend([
                format!("{}/{}", p.assessed, p.indicators),
                format!("{:.2}", p.gain),
            ]);
            if ranked {
                r.push(escape(&p.standing()));
            }
            r
        })
        .collect();
    format!(
        "<section id=\"pillars\"><h2>{}</h2>\n<figure>{chart}</figure>\n{}<p class=\"note\">{}</p></section>\n",
        escape(l.pillars),
        table(&cols, &rows, "pillars"),
        escape(l.gain_note)
    )
}

/// The overall index over every year with data, a line and its table.
pub fn trend(b: &Brief) -> String {
    let (t, l) = (b.trends, b.labels);
    let (Some(first), Some(last)) = (t.rows.first(), t.rows.last()) else {
        return String::new();
    };
    let points: Vec<(i32, Option<(f64, String)>)> = t
        .rows
        .iter()
        .map(|r| (r.year, r.overall.map(|v| (v, format::index(Some(v))))))
        .collect();
    let desc = l.trend_desc(first.year, last.year);
    let chart = svg::trend_line(
        &Chart {
            id: "trend",
            title: l.over_time,
            desc: &desc,
        },
        &points,
    );
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| {
            let tier = r
                .tier
                .and_then(|n| Tier::ALL.into_iter().find(|t| t.number() == n))
                .map_or_else(
                    || format::NONE.to_string(),
                    |t| escape(&l.tier_badge(t.number(), t.label())),
                );
            vec![r.year.to_string(), format::index(r.overall), tier]
        })
        .collect();
    let cols = [
        Col(l.year, true),
        Col(l.overall_index, true),
        Col(l.tier, false),
    ];
    format!(
        "<section id=\"trend\"><h2>{}</h2>\n<div class=\"side\"><figure>{chart}</figure>\n{}</div></section>\n",
        escape(l.over_time),
        table(&cols, &rows, "trend")
    )
}

/// With several countries: the strip of the group's indices with the
/// country marked, and every figure in a table for a screen reader.
pub fn peers(b: &Brief) -> String {
    let (s, l) = (b.summary, b.labels);
    let Some(p) = b.peers.filter(|p| p.scores.len() > 1) else {
        return String::new();
    };
    let marked = p.marked.map(|i| {
        let m = &p.scores[i];
        (
            m.overall,
            format!("{} {}", m.code, format::index(Some(m.overall))),
        )
    });
    let label = p
        .marked
        .map_or_else(|| s.country.clone(), |i| p.scores[i].code.clone());
    let desc = l.peer_desc(p.scores.len(), &label);
    let values: Vec<f64> = p.scores.iter().map(|x| x.overall).collect();
    let chart = svg::peer_strip(
        &Chart {
            id: "peers",
            title: l.peer_chart,
            desc: &desc,
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
                escape(&x.code),
                format::index(Some(x.overall)),
            ]
        })
        .collect();
    let cols = [
        Col(l.rank, true),
        Col(l.country, false),
        Col(l.overall_index, true),
    ];
    // The rank in words is in the headline, above.
    format!(
        "<section id=\"peers\"><h2>{}</h2>\n<figure>{chart}</figure>\n<div class=\"sr-only\">{}</div></section>\n",
        escape(l.peers),
        table(&cols, &rows, "")
    )
}

/// The weakest pillars, the same list as every format gives.
pub fn weakest(b: &Brief) -> String {
    let (s, l) = (b.summary, b.labels);
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
                escape(name),
                format::score(score)
            )
        })
        .collect();
    format!(
        "<section id=\"weakest\"><h2>{}</h2>\n<ol>{items}</ol></section>\n",
        escape(l.weakest)
    )
}

/// What to fix first: the text report's list, in its order.
pub fn fix_first(b: &Brief) -> String {
    let (s, l) = (b.summary, b.labels);
    let body = if s.top_gaps.is_empty() {
        format!("<p>{}</p>", escape(&s.no_gaps_listed()))
    } else {
        let rows: Vec<Vec<String>> = s
            .top_gaps
            .iter()
            .enumerate()
            .map(|(n, g)| {
                vec![
                    (n + 1).to_string(),
                    format!(
                        "<span class=\"id\">{}</span> {}",
                        escape(&g.indicator_id),
                        escape(&g.indicator)
                    ),
                    escape(&g.pillar),
                    escape(&score_of(g.score, g.max_score)),
                    format::points(g.target),
                    format!("{:+.2}", g.gain),
                ]
            })
            .collect();
        let cols = [
            Col("#", true),
            Col(l.indicator, false),
            Col(l.pillar, false),
            Col(l.score, true),
            Col(l.target, true),
            Col(l.index_gain, true),
        ];
        format!(
            "<p class=\"note\">{}</p>\n{}",
            escape(l.fix_first_note),
            table(&cols, &rows, "fix-first")
        )
    };
    format!(
        "<section id=\"fix-first\"><h2>{}</h2>\n{body}</section>\n",
        escape(l.fix_first)
    )
}

/// Where the data comes from, when the brief was made, and how the index
/// is computed.
pub fn footer(b: &Brief) -> String {
    let (s, l) = (b.summary, b.labels);
    let mut out = String::from("<footer>\n");
    if let Some(p) = &s.provenance {
        if p.source.is_empty() {
            out.push_str(&format!(
                "<p><strong>{}</strong></p>\n",
                escape(l.not_official)
            ));
        }
        out.push_str(&format!("<p>{}</p>\n", provenance(b, p)));
    }
    out.push_str(&format!(
        "<p><strong>{}.</strong> {}</p>\n</footer>\n",
        escape(l.method),
        escape(l.method_note)
    ));
    out
}

/// "Source: …. Data: …. Made on …."
fn provenance(b: &Brief, p: &crate::report::provenance::Provenance) -> String {
    let l = b.labels;
    let safe = |t: &str| escape(t);
    format!(
        "{}: {}. {}: {}. {} {}.",
        escape(l.source),
        p.source_words(&safe),
        escape(l.data),
        p.files_words(&safe),
        escape(l.made_on),
        escape(&p.generated)
    )
}
