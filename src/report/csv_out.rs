//! CSV renderings: one country-year's indicators.

use super::summary::Summary;
use crate::format::round4;
use crate::sanitize::visible_multiline;
use crate::write::csv::inert;

/// A number cell: empty when absent, otherwise at most four decimals.
pub fn num(v: Option<f64>) -> String {
    v.map(|x| round4(x).to_string()).unwrap_or_default()
}

/// CSV is read by people in Excel and by scripts; text cells keep their
/// newlines but lose terminal control characters, and text Excel would run
/// as a formula gets a leading `'` ([`inert`]). Numbers never come here.
pub fn cell(s: &str) -> String {
    // Judged on the text as the data has it: a leading tab or CR is made
    // visible below, but the rule is the data's first character.
    match inert(s) {
        std::borrow::Cow::Borrowed(s) => visible_multiline(s).into_owned(),
        std::borrow::Cow::Owned(s) => visible_multiline(&s).into_owned(),
    }
}

pub fn indicators(s: &Summary) -> String {
    let mut header = vec![
        "country",
        "year",
        "pillar",
        "indicator_id",
        "indicator",
        "score",
        "max_score",
        "attainment",
        "compare_year",
        "compare_score",
        "delta",
        "change",
        "weight",
        "target",
        "gap",
        "gain",
        "evidence",
    ];
    // Only with a scenario, so that scripts reading the plain report see
    // the same columns as before.
    let scenario = s.scenario.is_some();
    if scenario {
        header.push("scenario_score");
    }
    let rows = s.indicators.iter().map(move |r| {
        let mut row = vec![
            cell(&s.country),
            s.year.to_string(),
            cell(&r.pillar),
            cell(&r.indicator_id),
            cell(&r.indicator),
            num(r.score),
            num(Some(r.max_score)),
            num(r.attainment),
            s.compare_year.map(|y| y.to_string()).unwrap_or_default(),
            num(r.compare_score),
            num(r.delta),
            r.change.unwrap_or_default().to_string(),
            num(Some(r.weight)),
            num(Some(r.target)),
            num(r.gap),
            num(Some(r.gain)),
            cell(&r.evidence),
        ];
        if scenario {
            row.push(num(r.scenario_score));
        }
        row
    });
    crate::write::csv::table(&header, rows)
}
