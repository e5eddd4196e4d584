//! A valid row stored by the row builder: its country, pillar, indicator
//! and source made small ids (a name seen before costs no allocation and no
//! UTF-8 check), display names and descriptions filled from the first row
//! that has them, its values appended to the columns, its evidence to the
//! one text arena.

use super::builder::Builder;
use super::schema::Column;
use super::validate::Row;
use crate::model::dataset::{Country, Indicator, Spec, TextSpan};
use crate::read::records::Record;
use crate::sanitize::quote;

impl Builder {
    /// Stores a valid row: its names made ids (new ones checked to be
    /// UTF-8 and kept), its values appended to the columns.
    pub(super) fn push(&mut self, line: u64, record: &Record<'_>, row: Row<'_>) {
        let country = self.intern_country(line, record, row.country);
        if country == u32::MAX {
            self.push_err(line, Column::Country, "too many distinct countries");
            return;
        }
        let Some(pillar) = self.intern_pillar(line, row.pillar) else {
            return;
        };
        let Some(indicator) = self.intern_indicator(line, record, row.indicator_id, pillar) else {
            return;
        };
        let year = match self.seen_years.iter().position(|&y| y == row.year) {
            Some(i) => i as u16,
            None => {
                self.seen_years.push(row.year);
                (self.seen_years.len() - 1) as u16
            }
        };
        let evidence = self.text(line, record, Column::Evidence).unwrap_or("");
        let Some(span) = arena_push(&mut self.text, evidence) else {
            self.push_err(
                line,
                Column::Evidence,
                "text arena is full (over 4 GiB of evidence)",
            );
            return;
        };
        let spec = self.spec_id(indicator, &row);
        let obs = &mut self.obs;
        obs.country.push(country);
        obs.year.push(year);
        obs.indicator.push(indicator);
        obs.score.push(row.score.unwrap_or(f64::NAN));
        obs.spec.push(spec);
        obs.evidence.push(span);
        obs.line.push(u32::try_from(line).unwrap_or(u32::MAX));
        self.note_source(line, record);
    }

    /// The id of the row's (max, weight, target) in `obs.specs`, added if new.
    fn spec_id(&mut self, indicator: u32, row: &Row<'_>) -> u32 {
        let spec = [row.max_score, row.weight, row.target].map(f64::to_bits);
        // An indicator almost always keeps its maximum, weight and target
        // from row to row: try its last one before hashing.
        let cached = self
            .spec_of_indicator
            .get(indicator as usize)
            .copied()
            .flatten();
        match cached {
            Some((key, id)) if key == spec => id,
            _ => {
                let id = match self.spec_ix.get(&spec) {
                    Some(&id) => id,
                    None => {
                        let id = self.obs.specs.len() as u32;
                        self.obs.specs.push(Spec {
                            max_score: row.max_score,
                            weight: row.weight,
                            target: row.target,
                        });
                        self.spec_ix.insert(spec, id);
                        id
                    }
                };
                if let Some(slot) = self.spec_of_indicator.get_mut(indicator as usize) {
                    *slot = Some((spec, id));
                }
                id
            }
        }
    }

    /// Keeps the row's `source` if it is new; counts a row without one.
    fn note_source(&mut self, line: u64, record: &Record<'_>) {
        let Some(cell) = self.cell(record, Column::Source).filter(|c| !c.is_empty()) else {
            self.rows_without_source += 1;
            return;
        };
        if self.source_ix.get(cell).is_some() {
            return;
        }
        let Some(source) = self.new_name(line, Column::Source, cell) else {
            return;
        };
        let Ok(ix) = u32::try_from(self.sources.len()) else {
            self.push_err(line, Column::Source, "too many distinct sources");
            return;
        };
        self.sources.push(source.to_string());
        self.source_ix.insert(cell, ix);
    }

    /// The country's id; `u32::MAX` after an error has been recorded.
    fn intern_country(&mut self, line: u64, record: &Record<'_>, code: &[u8]) -> u32 {
        let ix = match self.country_ix.get(code) {
            Some(ix) => ix,
            None => {
                let Some(code) = self.new_name(line, Column::Country, code) else {
                    return u32::MAX;
                };
                let Ok(ix) = u32::try_from(self.countries.len()) else {
                    self.push_err(line, Column::Country, "too many distinct countries");
                    return u32::MAX;
                };
                self.countries.push(Country {
                    code: code.to_string(),
                    ..Country::default()
                });
                self.country_ix.insert(code.as_bytes(), ix);
                ix
            }
        };
        // First non-empty display name and region win; once both are known
        // nothing more is read.
        for col in [Column::CountryName, Column::Region] {
            let country = &self.countries[ix as usize];
            let known = match col {
                Column::CountryName => country.name.is_some(),
                _ => country.region.is_some(),
            };
            if known || self.cell(record, col).is_none_or(<[u8]>::is_empty) {
                continue;
            }
            let Some(value) = self.text(line, record, col) else {
                continue;
            };
            let value = Some(value.to_string());
            match col {
                Column::CountryName => self.countries[ix as usize].name = value,
                _ => self.countries[ix as usize].region = value,
            }
        }
        ix
    }

    fn intern_pillar(&mut self, line: u64, name: &[u8]) -> Option<u16> {
        if let Some(ix) = self.pillar_ix.get(name) {
            return Some(ix as u16);
        }
        let name = self.new_name(line, Column::Pillar, name)?;
        let Ok(ix) = u16::try_from(self.pillars.len()) else {
            self.push_err(
                line,
                Column::Pillar,
                "more than 65,536 distinct pillars; is the pillar column misaligned?",
            );
            return None;
        };
        self.pillars.push(name.to_string());
        self.pillar_ix.insert(name.as_bytes(), u32::from(ix));
        Some(ix)
    }

    fn intern_indicator(
        &mut self,
        line: u64,
        record: &Record<'_>,
        id: &[u8],
        pillar: u16,
    ) -> Option<u32> {
        if let Some(ix) = self.indicator_ix.get(id) {
            let existing = self.indicators[ix as usize].pillar;
            if existing != pillar {
                let msg = format!(
                    "indicator {} is in pillar {} at line {}, but in {} here",
                    quote(&self.indicators[ix as usize].id),
                    quote(&self.pillars[existing as usize]),
                    self.indicator_line[ix as usize],
                    quote(&self.pillars[pillar as usize]),
                );
                self.push_err(line, Column::Pillar, msg);
                return None;
            }
            if !self.named[ix as usize] || self.indicators[ix as usize].description.is_empty() {
                self.fill_indicator_text(line, record, ix);
            }
            return Some(ix);
        }
        let id = self.new_name(line, Column::IndicatorId, id)?;
        let Ok(ix) = u32::try_from(self.indicators.len()) else {
            self.push_err(line, Column::IndicatorId, "too many distinct indicators");
            return None;
        };
        self.indicator_ix.insert(id.as_bytes(), ix);
        self.indicators.push(Indicator {
            id: id.to_string(),
            name: id.to_string(),
            pillar,
            description: String::new(),
        });
        self.indicator_line
            .push(u32::try_from(line).unwrap_or(u32::MAX));
        self.named.push(false);
        self.spec_of_indicator.push(None);
        self.fill_indicator_text(line, record, ix);
        Some(ix)
    }

    /// The first non-empty display name and description win.
    fn fill_indicator_text(&mut self, line: u64, record: &Record<'_>, ix: u32) {
        let non_empty = |col| self.cell(record, col).is_some_and(|c: &[u8]| !c.is_empty());
        let ind = &self.indicators[ix as usize];
        // Only what is still missing is read (and UTF-8 checked).
        let has_name = !self.named[ix as usize] && non_empty(Column::Indicator);
        let has_description = ind.description.is_empty() && non_empty(Column::Description);
        let name = if has_name {
            self.text(line, record, Column::Indicator).unwrap_or("")
        } else {
            ""
        };
        let description = if has_description {
            self.text(line, record, Column::Description).unwrap_or("")
        } else {
            ""
        };
        let ind = &mut self.indicators[ix as usize];
        if has_name && !name.is_empty() {
            ind.name = name.to_string();
            self.named[ix as usize] = true;
        }
        if ind.description.is_empty() && !description.is_empty() {
            ind.description = description.to_string();
        }
    }
}

fn arena_push(arena: &mut String, s: &str) -> Option<TextSpan> {
    let start = u32::try_from(arena.len()).ok()?;
    let len = u32::try_from(s.len()).ok()?;
    start.checked_add(len)?;
    arena.push_str(s);
    Some(TextSpan { start, len })
}
