//! The second half of a file read on two cores (`merge.rs`), taken into
//! the first half's builder: its names matched to ours and new ones
//! appended, its ids translated, its columns copied after ours, so that ids
//! and "first appearance" orders are as a single pass would have made them.

use super::builder::Builder;
use super::schema::Column;
use crate::model::dataset::{Country, Indicator, Observations, TextSpan};
use crate::sanitize::quote;

/// What each of the other half's ids is among ours.
struct Ids {
    countries: Vec<u32>,
    years: Vec<u16>,
    indicators: Vec<u32>,
    specs: Vec<u32>,
}

impl Builder {
    /// Takes in the rows `other` read from later in the same file, whose
    /// line numbers count from `line_offset + 1`.
    pub(crate) fn absorb(&mut self, mut other: Builder, line_offset: u64) {
        let countries = self.absorb_countries(std::mem::take(&mut other.countries));
        let pillars = self.absorb_pillars(std::mem::take(&mut other.pillars));
        let indicators = self.absorb_indicators(&mut other, &pillars, line_offset);
        self.absorb_sources(std::mem::take(&mut other.sources));
        self.rows_without_source += other.rows_without_source;
        let years = self.absorb_years(&other.seen_years);
        let Ok(text_base) = u32::try_from(self.text.len()) else {
            self.errors.push(
                1u64.saturating_add(line_offset),
                None,
                "text arena is full (over 4 GiB of evidence)",
            );
            return;
        };
        self.text.push_str(&other.text);
        drop(std::mem::take(&mut other.text));
        let specs = self.absorb_specs(&other.obs);
        let ids = Ids {
            countries,
            years,
            indicators,
            specs,
        };
        self.absorb_columns(std::mem::take(&mut other.obs), &ids, text_base, line_offset);
        self.errors.absorb(other.errors, line_offset);
    }

    /// Countries by code; a name or region we lack is taken from theirs.
    fn absorb_countries(&mut self, theirs: Vec<Country>) -> Vec<u32> {
        theirs
            .into_iter()
            .map(|c| match self.country_ix.get(c.code.as_bytes()) {
                Some(ix) => {
                    let mine = &mut self.countries[ix as usize];
                    if mine.name.is_none() {
                        mine.name = c.name;
                    }
                    if mine.region.is_none() {
                        mine.region = c.region;
                    }
                    ix
                }
                None => {
                    let ix = self.countries.len() as u32;
                    self.country_ix.insert(c.code.as_bytes(), ix);
                    self.countries.push(c);
                    ix
                }
            })
            .collect()
    }

    fn absorb_pillars(&mut self, theirs: Vec<String>) -> Vec<u16> {
        theirs
            .into_iter()
            .map(|p| match self.pillar_ix.get(p.as_bytes()) {
                Some(ix) => ix as u16,
                None => {
                    // Pillar names are few; running past u16 here would
                    // already have failed in one half.
                    let ix = self.pillars.len().min(u16::MAX as usize) as u16;
                    self.pillar_ix.insert(p.as_bytes(), u32::from(ix));
                    self.pillars.push(p);
                    ix
                }
            })
            .collect()
    }

    /// Indicators by id, with their pillars already translated (`pillars`).
    /// One found in another pillar than ours is an error at the line where
    /// the other half first saw it; a name or description we lack is
    /// taken from theirs.
    fn absorb_indicators(
        &mut self,
        other: &mut Builder,
        pillars: &[u16],
        line_offset: u64,
    ) -> Vec<u32> {
        let line = |l: u32| u64::from(l).saturating_add(line_offset);
        let other_lines = std::mem::take(&mut other.indicator_line);
        let other_named = std::mem::take(&mut other.named);
        std::mem::take(&mut other.indicators)
            .into_iter()
            .zip(other_lines)
            .zip(other_named)
            .map(|((ind, first_line), named)| {
                let pillar = pillars[ind.pillar as usize];
                match self.indicator_ix.get(ind.id.as_bytes()) {
                    Some(ix) => {
                        let mine = &mut self.indicators[ix as usize];
                        if mine.pillar != pillar {
                            let msg = format!(
                                "indicator {} is in pillar {} at line {}, but in {} here",
                                quote(&ind.id),
                                quote(&self.pillars[mine.pillar as usize]),
                                self.indicator_line[ix as usize],
                                quote(&self.pillars[pillar as usize]),
                            );
                            let name = self.column_names[Column::Pillar as usize];
                            self.errors.push(line(first_line), Some(name), msg);
                        } else {
                            if !self.named[ix as usize] && named {
                                mine.name = ind.name;
                                self.named[ix as usize] = true;
                            }
                            if mine.description.is_empty() {
                                mine.description = ind.description;
                            }
                        }
                        ix
                    }
                    None => {
                        let ix = self.indicators.len() as u32;
                        self.indicator_ix.insert(ind.id.as_bytes(), ix);
                        self.indicators.push(Indicator { pillar, ..ind });
                        self.named.push(named);
                        self.spec_of_indicator.push(None);
                        self.indicator_line
                            .push(u32::try_from(line(first_line)).unwrap_or(u32::MAX));
                        ix
                    }
                }
            })
            .collect()
    }

    /// The other half's rows come later: its new sources follow ours.
    fn absorb_sources(&mut self, theirs: Vec<String>) {
        for source in theirs {
            if self.source_ix.get(source.as_bytes()).is_none() {
                self.source_ix
                    .insert(source.as_bytes(), self.sources.len() as u32);
                self.sources.push(source);
            }
        }
    }

    fn absorb_years(&mut self, theirs: &[i32]) -> Vec<u16> {
        theirs
            .iter()
            .map(|y| match self.seen_years.iter().position(|s| s == y) {
                Some(i) => i as u16,
                None => {
                    self.seen_years.push(*y);
                    (self.seen_years.len() - 1) as u16
                }
            })
            .collect()
    }

    fn absorb_specs(&mut self, theirs: &Observations) -> Vec<u32> {
        theirs
            .specs
            .iter()
            .map(|spec| {
                let key = [spec.max_score, spec.weight, spec.target].map(f64::to_bits);
                *self.spec_ix.entry(key).or_insert_with(|| {
                    self.obs.specs.push(*spec);
                    (self.obs.specs.len() - 1) as u32
                })
            })
            .collect()
    }

    /// Column by column, each of the other's columns freed once copied, so
    /// the merge needs little more memory than the result. The copy is
    /// mostly first touches of fresh pages, so two cores share it.
    fn absorb_columns(
        &mut self,
        theirs: Observations,
        ids: &Ids,
        text_base: u32,
        line_offset: u64,
    ) {
        let line = |l: u64| l.saturating_add(line_offset);
        let Ids {
            countries,
            years,
            indicators,
            specs,
        } = ids;
        let Observations {
            country,
            year,
            indicator,
            score,
            spec,
            specs: _,
            evidence,
            line: lines,
        } = theirs;
        let Observations {
            country: to_country,
            year: to_year,
            indicator: to_indicator,
            score: to_score,
            spec: to_spec,
            evidence: to_evidence,
            line: to_line,
            specs: _,
        } = &mut self.obs;
        std::thread::scope(|scope| {
            scope.spawn(|| {
                to_country.extend(country.into_iter().map(|c| countries[c as usize]));
                to_year.extend(year.into_iter().map(|y| years[y as usize]));
                to_indicator.extend(indicator.into_iter().map(|i| indicators[i as usize]));
                to_spec.extend(spec.into_iter().map(|s| specs[s as usize]));
            });
            to_score.extend(score);
            to_evidence.extend(evidence.into_iter().map(|s| TextSpan {
                start: s.start.saturating_add(text_base),
                len: s.len,
            }));
            to_line.extend(
                lines
                    .into_iter()
                    .map(|l| u32::try_from(line(u64::from(l))).unwrap_or(u32::MAX)),
            );
        });
    }
}
