//! Choosing the year, the comparison year and the country. A comparison
//! always runs forward in time: the comparison year is earlier than the
//! year, and the earliest year has none.

use super::App;
use crate::model::compare_year;
use crate::model::{CountryIx, YearIx};

impl App {
    fn years(&self) -> Vec<YearIx> {
        self.ds.years_with_data(self.country).collect()
    }

    fn year_label(&self, y: YearIx) -> i32 {
        self.ds.years[y as usize]
    }

    /// Opens on year `y` (with the year before it to compare), when the
    /// country has data then.
    pub fn set_year(&mut self, y: YearIx) {
        if (y as usize) < self.ds.years.len() && self.ds.has_data(self.country, y) && y != self.year
        {
            self.year = y;
            self.compare = compare_year::previous_year(&self.ds, self.country, y);
            self.refresh_keeping_selection();
        }
    }

    pub(super) fn shift_year(&mut self, delta: isize) {
        let years = self.years();
        let Some(pos) = years.iter().position(|&y| y == self.year) else {
            return;
        };
        let next = pos
            .checked_add_signed(delta)
            .and_then(|p| years.get(p))
            .copied();
        let Some(next) = next.filter(|&n| n != self.year) else {
            let which = if delta < 0 { "first" } else { "latest" };
            let name = self.ds.countries[self.country as usize].label().to_string();
            return self.say(format!(
                "{} is the {which} year with data for {name}",
                self.year_label(self.year)
            ));
        };
        let old_year = self.year;
        self.year = next;
        // The user chose: a place a reload lost is no longer wanted back.
        self.lost = None;
        // Follow along when the comparison was simply "the year before",
        // and never compare with the year itself or a later one.
        let was_previous =
            self.compare == compare_year::previous_year(&self.ds, self.country, old_year);
        if was_previous || self.compare.is_some_and(|y0| y0 >= next) {
            self.compare = compare_year::previous_year(&self.ds, self.country, next);
        }
        self.refresh_keeping_selection();
    }

    pub(super) fn shift_compare(&mut self, delta: isize) {
        let earlier: Vec<YearIx> = self
            .years()
            .into_iter()
            .filter(|&y| y < self.year)
            .collect();
        if earlier.is_empty() {
            return self.say(format!(
                "Nothing to compare with: {} is the first year with data",
                self.year_label(self.year)
            ));
        }
        let next = match self
            .compare
            .and_then(|c| earlier.iter().position(|&y| y == c))
        {
            Some(pos) => pos
                .checked_add_signed(delta)
                .and_then(|p| earlier.get(p))
                .copied(),
            None => earlier.last().copied(),
        };
        match next {
            Some(next) if Some(next) != self.compare => {
                self.compare = Some(next);
                self.refresh_keeping_selection();
            }
            _ => {
                let (first, last) = (earlier[0], earlier[earlier.len() - 1]);
                self.say(if delta < 0 {
                    format!(
                        "{} is the earliest year to compare with",
                        self.year_label(first)
                    )
                } else {
                    format!(
                        "{} is the latest year before {}",
                        self.year_label(last),
                        self.year_label(self.year)
                    )
                });
            }
        }
    }

    /// The countries `c` and `C` move through: the peer group when one
    /// was chosen, otherwise every country.
    fn country_cycle(&self) -> Vec<CountryIx> {
        if self.has_peer_group() {
            self.peers.clone()
        } else {
            (0..self.ds.countries.len() as CountryIx).collect()
        }
    }

    pub(super) fn shift_country(&mut self, delta: isize) {
        let cycle = self.country_cycle();
        if cycle.len() < 2 {
            return self.say(if self.ds.countries.len() < 2 {
                "The data has one country".to_string()
            } else {
                "The peer group has one country".to_string()
            });
        }
        let n = cycle.len() as isize;
        let next = match cycle.iter().position(|&c| c == self.country) {
            Some(pos) => cycle[(pos as isize + delta).rem_euclid(n) as usize],
            // Outside the group (after a reload, say): back into it.
            None if delta > 0 => cycle[0],
            None => cycle[cycle.len() - 1],
        };
        self.set_country(next);
    }

    /// Switches country, keeping the year and comparison year where the new
    /// country has them.
    pub(super) fn set_country(&mut self, c: CountryIx) {
        if c == self.country || c as usize >= self.ds.countries.len() {
            return;
        }
        self.country = c;
        self.lost = None;
        let years = self.years();
        if !years.contains(&self.year) {
            self.year = compare_year::latest_year(&self.ds, c).unwrap_or(0);
        }
        if self
            .compare
            .is_none_or(|y| !years.contains(&y) || y >= self.year)
        {
            self.compare = compare_year::previous_year(&self.ds, c, self.year);
        }
        self.refresh_keeping_selection();
    }
}
