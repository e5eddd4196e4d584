//! Swapping in a dataset loaded again from disk while keeping the user's
//! place: pane, country, years, filter, search and every cursor stay on the
//! same things where those still exist. A what-if scenario follows its
//! rows; where the file changed a score the scenario also changes, the
//! user is told, and an entry the file now agrees with is dropped.

use super::lists::SelectedItems;
use super::{App, Pane, Popup};
use crate::model::compare_year;
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, Dataset, IndicatorIx};

/// The user's place and scenario by what they are (country codes, years,
/// indicator ids) rather than by index, so that they can be found again in
/// data loaded anew, where the indices may differ.
struct Kept {
    country: String,
    year: Option<i32>,
    compare: Option<i32>,
    pillar: Option<String>,
    /// The indicator each list's cursor is on.
    selected: [(Pane, Option<String>); 3],
    peer: Option<String>,
    edits: Vec<KeptEdit>,
    /// The indicator of the open detail popup.
    detail: Option<String>,
}

/// A scenario edit, with the score the file had under it.
struct KeptEdit {
    country: String,
    year: i32,
    id: String,
    score: f64,
    before: Option<f64>,
}

fn find_country(ds: &Dataset, code: &str) -> Option<CountryIx> {
    ds.countries
        .iter()
        .position(|c| c.code == code)
        .map(|c| c as CountryIx)
}

fn find_indicator(ds: &Dataset, id: &str) -> Option<IndicatorIx> {
    ds.indicators
        .iter()
        .position(|i| i.id == id)
        .map(|i| i as IndicatorIx)
}

impl App {
    pub(super) fn replace_data(&mut self, ds: Dataset, at: &str) {
        let kept = self.keep();
        self.ds = std::sync::Arc::new(ds);
        self.banner = None;
        let lost = self.find_place(&kept);
        let ds = &self.ds;
        let selection = SelectedItems {
            indicators: kept
                .selected
                .map(|(p, id)| (p, id.and_then(|id| find_indicator(ds, &id)))),
            peer: kept.peer.and_then(|c| find_country(ds, &c)),
        };
        let detail = kept.detail.map(|id| find_indicator(ds, &id));
        let (scenario, told) = carry_scenario(ds, &kept.edits);
        self.scenario = scenario;
        self.reset_backup = None;
        self.what_if = None;
        self.what_if_rows.clear();
        self.plan_stale = true;
        let touched: Vec<usize> = self.scenario.touched().collect();
        self.sync_what_if(touched);
        match detail {
            Some(Some(ind)) => self.popup = Some(Popup::Detail(ind)),
            Some(None) => self.close_popup(),
            None => {}
        }
        self.refresh();
        self.restore(selection);
        let n = told.len();
        self.reload_changes = told;
        self.say_reloaded(at, lost, n);
    }

    /// Where the user is and what the scenario changes, by name.
    fn keep(&self) -> Kept {
        let old = &self.ds;
        let id_of = |ind: IndicatorIx| old.indicators[ind as usize].id.clone();
        let selection = self.selected_items();
        // Scenario edits point at rows; carry them over by what the rows
        // are, with the score the file had under each.
        let edits = self
            .scenario
            .edits()
            .iter()
            .map(|e| KeptEdit {
                country: old.countries[old.obs.country[e.obs] as usize].code.clone(),
                year: old.years[old.obs.year[e.obs] as usize],
                id: id_of(old.obs.indicator[e.obs]),
                score: e.score,
                before: old.score(e.obs),
            })
            .collect();
        Kept {
            country: old.countries[self.country as usize].code.clone(),
            year: old.years.get(self.year as usize).copied(),
            compare: self
                .compare
                .and_then(|y| old.years.get(y as usize).copied()),
            pillar: self.query.pillar.map(|p| old.pillars[p as usize].clone()),
            selected: selection.indicators.map(|(p, i)| (p, i.map(id_of))),
            peer: selection
                .peer
                .map(|c| old.countries[c as usize].code.clone()),
            edits,
            detail: match self.popup {
                Some(Popup::Detail(ind)) => Some(id_of(ind)),
                _ => None,
            },
        }
    }

    /// Puts the user back on the country, years, pillar filter and pane
    /// of `kept` in the new data, or as near as it has; says why when the
    /// country or year is gone.
    fn find_place(&mut self, kept: &Kept) -> Option<String> {
        let ds = &self.ds;
        // Where the user was before an earlier reload lost their place,
        // go back as soon as it is in the file again.
        let (want_code, want_year) = match self.lost.take() {
            Some((code, y)) => (code, y.or(kept.year)),
            None => (kept.country.clone(), kept.year),
        };
        // The group as it was chosen, not as the last file had it: a
        // country that went and came back is in it again.
        self.peers = match &self.peer_codes {
            None => (0..ds.countries.len() as CountryIx).collect(),
            Some(codes) => codes.iter().filter_map(|c| find_country(ds, c)).collect(),
        };
        let found = find_country(ds, &want_code);
        // While the country is away, a peer stands in for it.
        self.country = found.or(self.peers.first().copied()).unwrap_or(0);
        let years: Vec<_> = ds.years_with_data(self.country).collect();
        let found_year = want_year
            .and_then(|y| ds.year_ix(y))
            .filter(|y| years.contains(y));
        self.year = found_year
            .or_else(|| compare_year::latest_year(ds, self.country))
            .unwrap_or(0);
        let lost = if found.is_none() {
            self.lost = Some((want_code.clone(), want_year));
            Some(format!(
                "{} is no longer in the file: showing {} until it is back",
                crate::sanitize::shown(&want_code),
                crate::sanitize::shown(ds.countries[self.country as usize].label())
            ))
        } else if found_year.is_none() && want_year.is_some() {
            self.lost = Some((want_code.clone(), want_year));
            Some(format!(
                "{} has no data for {} any more: showing {} until it is back",
                crate::sanitize::shown(ds.countries[self.country as usize].label()),
                want_year.unwrap_or_default(),
                ds.years[self.year as usize]
            ))
        } else {
            None
        };
        self.compare = kept
            .compare
            .and_then(|y| ds.year_ix(y))
            .filter(|&y| y < self.year && years.contains(&y))
            .or_else(|| compare_year::previous_year(ds, self.country, self.year));
        self.query.pillar = kept.pillar.as_ref().and_then(|name| {
            ds.pillars
                .iter()
                .position(|p| p == name)
                .map(|p| p as crate::model::PillarIx)
        });
        if !self.panes().contains(&self.pane) {
            self.pane = Pane::Overview;
        }
        lost
    }

    /// The footer's word on the reload: where the user's place was lost,
    /// or how many scores the file changed under the scenario (`changed`).
    fn say_reloaded(&mut self, at: &str, lost: Option<String>, changed: usize) {
        let mut source = crate::sanitize::shown(&self.ds.source).into_owned();
        if let Some((sheet, _)) = &self.ds.sheet {
            // A workbook may hold several tables: say which was read.
            source.push_str(&format!(", sheet {}", crate::sanitize::shown(sheet)));
        }
        let n = changed;
        if let Some(lost) = lost {
            self.warn(format!("Reloaded at {at}. {lost}"));
        } else if n == 0 {
            self.say(format!("Reloaded {source} at {at}"));
        } else {
            // The details can be long: the scenario list holds them.
            self.warn(format!(
                "Reloaded at {at}: the file changed {n} score{} the scenario changes; {} lists {}",
                if n == 1 { "" } else { "s" },
                super::keymap::key_for(&super::Action::ShowScenario),
                if n == 1 { "it" } else { "them" }
            ));
        }
    }
}

/// The scenario of `edits` in the new data `ds`, and a line for each row
/// whose score the file changed under it. An entry the file now agrees
/// with is dropped.
fn carry_scenario(ds: &Dataset, edits: &[KeptEdit]) -> (Scenario, Vec<String>) {
    let mut scenario = Scenario::default();
    // Rows whose score the file changed under the scenario, with the
    // score they had before.
    let mut moved: Vec<(usize, Option<f64>)> = Vec::new();
    for e in edits {
        let obs = find_country(ds, &e.country).and_then(|c| {
            let y = ds.year_ix(e.year)?;
            ds.find_obs(c, y, find_indicator(ds, &e.id)?)
        });
        let Some(obs) = obs else { continue };
        scenario.set(ds, obs, e.score);
        if ds.score(obs) != e.before && !moved.iter().any(|m| m.0 == obs) {
            moved.push((obs, e.before));
        }
    }
    let score_of =
        |s: Option<f64>| s.map_or_else(|| "not assessed".to_string(), crate::format::points);
    let told: Vec<String> = moved
        .iter()
        .map(|&(obs, before)| {
            let wanted = scenario.proposed(obs).unwrap_or(f64::NAN);
            let agreed = Some(wanted) == ds.score(obs);
            format!(
                "{} {} → {} ({})",
                crate::sanitize::shown(&ds.indicator_of(obs).id),
                score_of(before),
                score_of(ds.score(obs)),
                if agreed {
                    "as in the scenario, which drops it".to_string()
                } else {
                    format!("scenario {}", crate::format::points(wanted))
                }
            )
        })
        .collect();
    // Where the file now says what the scenario said, the entry adds
    // nothing and is dropped.
    let agreed: Vec<usize> = scenario
        .touched()
        .filter(|&obs| scenario.proposed(obs) == ds.score(obs))
        .collect();
    scenario.forget(&agreed);
    (scenario, told)
}
