//! The loaded dataset: interned countries, pillars and indicators, scores
//! held in columns, and per (country, year, pillar) aggregates computed once
//! at load time so every later query is a lookup.

use std::ops::Range;

use super::score::{self, IndicatorValue, PillarAgg, PillarSum};
use super::tier::Tier;

pub type CountryIx = u32;
pub type PillarIx = u16;
pub type IndicatorIx = u32;
/// Index into [`Dataset::years`], not the year itself.
pub type YearIx = u16;
/// Index of one observation (one CSV row) in the columns.
pub type ObsIx = u32;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Country {
    /// The `country` cell: usually an ISO3 code. Empty when the file has no
    /// country column.
    pub code: String,
    pub name: Option<String>,
    pub region: Option<String>,
}

impl Country {
    /// What people should see: the display name, else the code.
    pub fn label(&self) -> &str {
        match &self.name {
            Some(n) => n,
            None if self.code.is_empty() => "(unnamed)",
            None => &self.code,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub pillar: PillarIx,
    pub description: String,
}

/// A byte range into [`Dataset::text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextSpan {
    pub start: u32,
    pub len: u32,
}

/// An indicator's maximum, weight and target in one row. A file has only a
/// handful of distinct ones, so rows hold an index into a table of them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub max_score: f64,
    pub weight: f64,
    pub target: f64,
}

/// One row per (country, year, indicator), stored column by column and sorted
/// by country, year, pillar, then indicator.
#[derive(Clone, Debug, Default)]
pub struct Observations {
    pub country: Vec<CountryIx>,
    pub year: Vec<YearIx>,
    pub indicator: Vec<IndicatorIx>,
    /// NaN means "not assessed"; read it through [`Dataset::score`].
    pub score: Vec<f64>,
    /// Index into `specs`.
    pub spec: Vec<u32>,
    pub specs: Vec<Spec>,
    pub evidence: Vec<TextSpan>,
    /// 1-based line in the source file where the row starts.
    pub line: Vec<u32>,
}

impl Observations {
    pub fn len(&self) -> usize {
        self.indicator.len()
    }

    pub fn is_empty(&self) -> bool {
        self.indicator.is_empty()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// The file name as given by the user, for messages.
    pub source: String,
    pub countries: Vec<Country>,
    /// Sorted ascending, distinct.
    pub years: Vec<i32>,
    /// In order of first appearance in the file.
    pub pillars: Vec<String>,
    pub indicators: Vec<Indicator>,
    pub obs: Observations,
    /// Arena for long text (evidence) so rows hold no `String`s.
    pub text: String,
    /// What the file says its data comes from: the distinct values of its
    /// `source` column, in order of first appearance (usually one). Not to
    /// be confused with [`Dataset::source`], the file's name.
    pub data_sources: Vec<String>,
    /// Rows whose `source` is empty, or every row when there is no such
    /// column.
    pub rows_without_source: usize,
    /// Non-fatal findings, e.g. unknown columns.
    pub warnings: Vec<String>,
    /// The sheet read, when the file is a workbook, and its header's row
    /// (1-based): reports name it, for a workbook may hold several tables.
    pub sheet: Option<(String, u64)>,
    /// `slots[c * years + y]..slots[c * years + y + 1]` are the observations
    /// of country `c` in year `y`.
    pub(crate) slots: Vec<u32>,
    /// Aggregates indexed `(c * years + y) * pillars + p`.
    pub(crate) aggs: Vec<PillarAgg>,
}

impl Dataset {
    fn slot(&self, c: CountryIx, y: YearIx) -> usize {
        c as usize * self.years.len() + y as usize
    }

    /// Observations of one country in one year, sorted by pillar then indicator.
    pub fn rows(&self, c: CountryIx, y: YearIx) -> Range<usize> {
        let s = self.slot(c, y);
        self.slots[s] as usize..self.slots[s + 1] as usize
    }

    /// Whether the country has any row in that year.
    pub fn has_data(&self, c: CountryIx, y: YearIx) -> bool {
        !self.rows(c, y).is_empty()
    }

    /// Years (as indices) in which the country has rows, ascending.
    pub fn years_with_data(&self, c: CountryIx) -> impl Iterator<Item = YearIx> + '_ {
        (0..self.years.len() as YearIx).filter(move |&y| self.has_data(c, y))
    }

    pub fn year_ix(&self, year: i32) -> Option<YearIx> {
        self.years.binary_search(&year).ok().map(|i| i as YearIx)
    }

    /// Finds a country by code or display name, ignoring case.
    pub fn find_country(&self, query: &str) -> Option<CountryIx> {
        let q = query.trim();
        let q = q.to_lowercase();
        self.countries
            .iter()
            .position(|c| {
                c.code.to_lowercase() == q
                    || c.name.as_deref().is_some_and(|n| n.to_lowercase() == q)
            })
            .map(|i| i as CountryIx)
    }

    pub fn pillar_aggs(&self, c: CountryIx, y: YearIx) -> &[PillarAgg] {
        let p = self.pillars.len();
        let start = self.slot(c, y) * p;
        &self.aggs[start..start + p]
    }

    pub fn pillar_score(&self, c: CountryIx, y: YearIx, p: PillarIx) -> Option<f64> {
        self.pillar_aggs(c, y)[p as usize].score()
    }

    pub fn overall(&self, c: CountryIx, y: YearIx) -> Option<f64> {
        score::overall(self.pillar_aggs(c, y).iter().map(PillarAgg::score))
    }

    pub fn tier(&self, c: CountryIx, y: YearIx) -> Option<Tier> {
        self.overall(c, y).map(Tier::from_score)
    }

    pub fn score(&self, i: usize) -> Option<f64> {
        let s = self.obs.score[i];
        (!s.is_nan()).then_some(s)
    }

    pub fn max_score(&self, i: usize) -> f64 {
        self.obs.specs[self.obs.spec[i] as usize].max_score
    }

    pub fn weight(&self, i: usize) -> f64 {
        self.obs.specs[self.obs.spec[i] as usize].weight
    }

    pub fn target(&self, i: usize) -> f64 {
        self.obs.specs[self.obs.spec[i] as usize].target
    }

    pub fn attainment(&self, i: usize) -> Option<f64> {
        self.score(i)
            .map(|s| score::attainment(s, self.max_score(i)))
    }

    pub fn indicator_of(&self, i: usize) -> &Indicator {
        &self.indicators[self.obs.indicator[i] as usize]
    }

    pub fn pillar_of(&self, i: usize) -> PillarIx {
        self.indicator_of(i).pillar
    }

    pub fn evidence(&self, i: usize) -> &str {
        let span = self.obs.evidence[i];
        let start = span.start as usize;
        &self.text[start..start + span.len as usize]
    }

    pub fn value(&self, i: usize) -> IndicatorValue {
        IndicatorValue {
            score: self.score(i),
            max_score: self.max_score(i),
            weight: self.weight(i),
            target: self.target(i),
        }
    }

    pub fn gap(&self, i: usize) -> Option<f64> {
        score::gap(self.score(i), self.target(i))
    }

    /// Rise of the overall index if observation `i` reached its target.
    pub fn gain(&self, i: usize) -> f64 {
        let (c, y) = (self.obs.country[i], self.obs.year[i]);
        score::index_gain(
            self.pillar_aggs(c, y),
            self.pillar_of(i) as usize,
            self.value(i),
        )
    }

    /// The observation of `indicator` for country `c` in year `y`, if any.
    pub fn find_obs(&self, c: CountryIx, y: YearIx, indicator: IndicatorIx) -> Option<usize> {
        let range = self.rows(c, y);
        let key = self.sort_key(indicator);
        let rows = &self.obs.indicator[range.clone()];
        rows.binary_search_by_key(&key, |&ind| self.sort_key(ind))
            .ok()
            .map(|k| range.start + k)
    }

    /// Rows within a slot are ordered by this key.
    pub(crate) fn sort_key(&self, indicator: IndicatorIx) -> (PillarIx, IndicatorIx) {
        (self.indicators[indicator as usize].pillar, indicator)
    }

    /// Gives observation `i` a new score (`None`: not assessed) and brings
    /// its country-year's aggregates up to date, summed exactly as
    /// [`Dataset::index`] sums them, so the figures are the same to the
    /// last bit as a file with that score would give.
    pub fn set_score(&mut self, i: usize, score: Option<f64>) {
        self.set_scores([(i, score)]);
    }

    /// [`Dataset::set_score`] for many observations at once: each
    /// country-year they touch is summed again once, not once per row, so
    /// laying a long plan over a large country-year stays linear.
    pub fn set_scores(&mut self, scores: impl IntoIterator<Item = (usize, Option<f64>)>) {
        let mut slots: Vec<usize> = Vec::new();
        for (i, score) in scores {
            if i >= self.obs.len() {
                continue;
            }
            self.obs.score[i] = score.unwrap_or(f64::NAN);
            slots.push(self.slot(self.obs.country[i], self.obs.year[i]));
        }
        slots.sort_unstable();
        slots.dedup();
        let pillars = self.pillars.len();
        let mut aggs = std::mem::take(&mut self.aggs);
        for s in slots {
            let rows = self.slots[s] as usize..self.slots[s + 1] as usize;
            self.aggregate(
                rows,
                |k| self.score(k),
                &mut aggs[s * pillars..(s + 1) * pillars],
            );
        }
        self.aggs = aggs;
    }

    /// The aggregates of one country-year's `rows` (sorted by pillar, so
    /// each pillar's rows are together), with `score` giving each row's
    /// score, into `out` by pillar. The one place pillars are summed.
    pub(crate) fn aggregate(
        &self,
        rows: Range<usize>,
        score: impl Fn(usize) -> Option<f64>,
        out: &mut [PillarAgg],
    ) {
        out.fill(PillarAgg::default());
        let mut start = rows.start;
        while start < rows.end {
            let p = self.pillar_of(start);
            let mut end = start;
            let mut max_weight = 0.0f64;
            while end < rows.end && self.pillar_of(end) == p {
                if score(end).is_some() {
                    max_weight = max_weight.max(self.weight(end));
                }
                end += 1;
            }
            let mut sum = PillarSum::new(max_weight);
            for k in start..end {
                let attainment = score(k).map(|s| score::attainment(s, self.max_score(k)));
                sum.add(self.weight(k), attainment);
            }
            if let Some(agg) = out.get_mut(p as usize) {
                *agg = sum.finish();
            }
            start = end;
        }
    }

    /// Number of observations whose score is empty.
    pub fn not_assessed(&self) -> usize {
        self.obs.score.iter().filter(|s| s.is_nan()).count()
    }

    /// Builds slots and aggregates. The observations must already be sorted.
    pub(crate) fn index(&mut self) {
        let years = self.years.len();
        let pillars = self.pillars.len();
        let slot_count = self.countries.len() * years;
        let mut counts = vec![0u32; slot_count + 1];
        for i in 0..self.obs.len() {
            counts[self.slot(self.obs.country[i], self.obs.year[i]) + 1] += 1;
        }
        for s in 0..slot_count {
            counts[s + 1] += counts[s];
        }
        self.slots = counts;
        let mut aggs = vec![PillarAgg::default(); slot_count * pillars];
        for s in 0..slot_count {
            let rows = self.slots[s] as usize..self.slots[s + 1] as usize;
            if !rows.is_empty() {
                self.aggregate(
                    rows,
                    |k| self.score(k),
                    &mut aggs[s * pillars..(s + 1) * pillars],
                );
            }
        }
        self.aggs = aggs;
    }
}
