//! Reading back the workbooks `report --format xlsx` writes: calamine for
//! the cells (so a number must be stored as a number to read as one), and
//! the zip's own parts for what calamine does not show (charts, frozen
//! panes, formulas).

// Each test binary uses its own subset of these helpers.
#![allow(dead_code)]

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

/// The real GCI 2020–2024 data, as the examples ship it.
pub fn gci() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/gci-2020-2024.csv")
        .to_string_lossy()
        .into_owned()
}

pub struct Book {
    pub bytes: Vec<u8>,
    xlsx: Xlsx<Cursor<Vec<u8>>>,
}

impl Book {
    pub fn new(bytes: Vec<u8>) -> Book {
        let xlsx = Xlsx::new(Cursor::new(bytes.clone())).expect("a workbook calamine reads");
        Book { bytes, xlsx }
    }

    pub fn open(path: &std::path::Path) -> Book {
        Book::new(std::fs::read(path).expect("the workbook was written"))
    }

    pub fn names(&self) -> Vec<String> {
        self.xlsx.sheet_names()
    }

    pub fn sheet(&mut self, name: &str) -> Sheet {
        let range = self
            .xlsx
            .worksheet_range(name)
            .unwrap_or_else(|e| panic!("no sheet {name}: {e}"));
        let mut rows = range.rows().map(<[Data]>::to_vec);
        let header = rows
            .next()
            .unwrap_or_default()
            .iter()
            .map(|d| match d {
                Data::String(s) => s.clone(),
                other => panic!("header cell {other:?} of {name} is not text"),
            })
            .collect();
        Sheet {
            name: name.to_string(),
            header,
            rows: rows.collect(),
        }
    }

    /// The names of the Excel tables on sheet `name`.
    pub fn tables_in(&mut self, name: &str) -> Vec<String> {
        self.xlsx.load_tables().expect("tables load");
        self.xlsx
            .table_names_in_sheet(name)
            .into_iter()
            .cloned()
            .collect()
    }

    /// A part of the zip, as text; `None` when it is not there.
    pub fn part(&self, path: &str) -> Option<String> {
        let mut zip = zip::ZipArchive::new(Cursor::new(&self.bytes)).expect("a zip");
        let mut file = zip.by_name(path).ok()?;
        let mut text = String::new();
        file.read_to_string(&mut text).expect("a UTF-8 part");
        Some(text)
    }

    /// Every part whose path starts with `prefix`.
    pub fn parts(&self, prefix: &str) -> Vec<String> {
        let zip = zip::ZipArchive::new(Cursor::new(&self.bytes)).expect("a zip");
        let mut names: Vec<String> = zip
            .file_names()
            .filter_map(Result::ok)
            .filter(|n| n.starts_with(prefix))
            .map(|n| n.into_owned())
            .collect();
        names.sort();
        names
    }
}

pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Data>>,
}

impl Sheet {
    pub fn col(&self, heading: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == heading)
            .unwrap_or_else(|| panic!("no column {heading} in {}: {:?}", self.name, self.header))
    }

    pub fn cell(&self, row: usize, heading: &str) -> &Data {
        self.rows[row]
            .get(self.col(heading))
            .unwrap_or(&Data::Empty)
    }

    /// A number cell; text that looks like a number fails.
    #[track_caller]
    pub fn num(&self, row: usize, heading: &str) -> f64 {
        match self.cell(row, heading) {
            Data::Float(v) => *v,
            Data::Int(v) => *v as f64,
            other => panic!(
                "{}!{heading} row {row}: {other:?} is not a number",
                self.name
            ),
        }
    }

    /// A number, or `None` for an empty cell.
    #[track_caller]
    pub fn opt(&self, row: usize, heading: &str) -> Option<f64> {
        match self.cell(row, heading) {
            Data::Empty => None,
            _ => Some(self.num(row, heading)),
        }
    }

    #[track_caller]
    pub fn text(&self, row: usize, heading: &str) -> &str {
        match self.cell(row, heading) {
            Data::String(s) => s,
            other => panic!("{}!{heading} row {row}: {other:?} is not text", self.name),
        }
    }

    /// The row whose column `heading` holds `text`.
    #[track_caller]
    pub fn row_of(&self, heading: &str, text: &str) -> usize {
        let c = self.col(heading);
        self.rows
            .iter()
            .position(|r| matches!(r.get(c), Some(Data::String(s)) if s == text))
            .unwrap_or_else(|| panic!("no {text:?} under {heading} in {}", self.name))
    }

    /// The Summary sheet's value for `item`.
    #[track_caller]
    pub fn fact(&self, item: &str) -> &Data {
        let r = self.row_of("Item", item);
        self.cell(r, "Value")
    }
}

/// The number a workbook holds equals the JSON's, rounded as the JSON
/// rounds it (four decimals); `null` is an empty cell.
#[track_caller]
pub fn same(cell: Option<f64>, json: &Value, what: &str) {
    let want = json.as_f64();
    assert_eq!(
        cell.map(cyberindex::format::round4),
        want,
        "{what}: workbook {cell:?}, JSON {json}"
    );
    assert!(json.is_null() || want.is_some(), "{what}: JSON {json}");
}

/// As [`same`], for an overall index, which JSON writes with
/// [`cyberindex::format::index4`].
#[track_caller]
pub fn same_index(cell: Option<f64>, json: &Value, what: &str) {
    assert_eq!(
        cell.map(cyberindex::format::index4),
        json.as_f64(),
        "{what}: workbook {cell:?}, JSON {json}"
    );
}

/// A number cell as an `f64`, for facts.
#[track_caller]
pub fn number(d: &Data) -> f64 {
    match d {
        Data::Float(v) => *v,
        other => panic!("{other:?} is not a number"),
    }
}
