//! The indicator CSV schema: which columns exist and how a header row maps
//! onto them.

use crate::read::table::normalize_header;

/// Every column the loader understands. The order is the canonical order
/// used when cyberindex writes files in its own schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Country,
    CountryName,
    Region,
    Year,
    Pillar,
    IndicatorId,
    Indicator,
    Score,
    MaxScore,
    Weight,
    Target,
    Evidence,
    Description,
    /// Where the row's data comes from: free text, usually the same on
    /// every row (a publisher and database, or "illustrative sample").
    Source,
}

impl Column {
    /// How many columns there are.
    pub const COUNT: usize = 14;

    pub const ALL: [Column; Column::COUNT] = [
        Column::Country,
        Column::CountryName,
        Column::Region,
        Column::Year,
        Column::Pillar,
        Column::IndicatorId,
        Column::Indicator,
        Column::Score,
        Column::MaxScore,
        Column::Weight,
        Column::Target,
        Column::Evidence,
        Column::Description,
        Column::Source,
    ];

    pub const REQUIRED: [Column; 5] = [
        Column::Year,
        Column::Pillar,
        Column::IndicatorId,
        Column::Score,
        Column::MaxScore,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Column::Country => "country",
            Column::CountryName => "country_name",
            Column::Region => "region",
            Column::Year => "year",
            Column::Pillar => "pillar",
            Column::IndicatorId => "indicator_id",
            Column::Indicator => "indicator",
            Column::Score => "score",
            Column::MaxScore => "max_score",
            Column::Weight => "weight",
            Column::Target => "target",
            Column::Evidence => "evidence",
            Column::Description => "description",
            Column::Source => "source",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// A column of numbers (a workbook reads a decimal comma in them).
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Column::Score | Column::MaxScore | Column::Weight | Column::Target
        )
    }
}

/// Where each known column sits in the file, plus what the header held that
/// we do not know.
#[derive(Clone, Debug, Default)]
pub struct HeaderMap {
    positions: [Option<usize>; Column::COUNT],
    pub field_count: usize,
    pub unknown: Vec<String>,
    pub duplicated: Vec<String>,
}

impl HeaderMap {
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> HeaderMap {
        let mut map = HeaderMap::default();
        for (pos, raw) in names.into_iter().enumerate() {
            map.field_count = pos + 1;
            let norm = normalize_header(raw);
            match Column::ALL.iter().find(|c| c.name() == norm) {
                Some(col) if map.positions[col.index()].is_some() => {
                    map.duplicated.push(col.name().to_string())
                }
                Some(col) => map.positions[col.index()] = Some(pos),
                None if norm.is_empty() => {}
                None => map.unknown.push(raw.trim().to_string()),
            }
        }
        map
    }

    /// The known column at field `pos`, if any.
    pub fn column_at(&self, pos: usize) -> Option<Column> {
        Column::ALL.into_iter().find(|&c| self.get(c) == Some(pos))
    }

    pub fn get(&self, col: Column) -> Option<usize> {
        self.positions[col.index()]
    }

    pub fn missing_required(&self) -> Vec<Column> {
        Column::REQUIRED
            .iter()
            .copied()
            .filter(|c| self.get(*c).is_none())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_case_and_spacing_insensitive_in_any_order() {
        let map = HeaderMap::from_names([
            "\u{feff}Score",
            "YEAR",
            " Max Score ",
            "indicator-id",
            "Pillar",
        ]);
        assert_eq!(map.get(Column::Score), Some(0));
        assert_eq!(map.get(Column::Year), Some(1));
        assert_eq!(map.get(Column::MaxScore), Some(2));
        assert_eq!(map.get(Column::IndicatorId), Some(3));
        assert!(map.missing_required().is_empty());
        assert_eq!(map.field_count, 5);
    }

    #[test]
    fn missing_unknown_and_duplicate_columns_are_reported() {
        let map = HeaderMap::from_names(["year", "pillar", "notes", "score", "score"]);
        assert_eq!(
            map.missing_required(),
            vec![Column::IndicatorId, Column::MaxScore]
        );
        assert_eq!(map.unknown, vec!["notes".to_string()]);
        assert_eq!(map.duplicated, vec!["score".to_string()]);
    }
}
