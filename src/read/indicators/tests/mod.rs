//! Tests of the indicator reader, by concern: the shape of a file
//! (`file_shape.rs`), the rules for rows (`row_rules.rs`), Windows-1252
//! files (`windows_1252.rs`), the bounds on what a file may cost
//! (`size_limits.rs`), any bytes at all (`any_bytes.rs`) and datasets
//! written and loaded back (`round_trip.rs`).

use super::load_reader;
use crate::model::dataset::Dataset;
use crate::read::error::LoadError;

mod any_bytes;
mod file_shape;
mod round_trip;
mod row_rules;
mod size_limits;
mod windows_1252;

const HEADER: &str =
    "country,year,pillar,indicator_id,indicator,score,max_score,weight,target,evidence\n";

fn load(text: &str) -> Result<Dataset, LoadError> {
    load_reader("t.csv", text.as_bytes())
}

fn errors(text: &str) -> Vec<String> {
    load(text)
        .expect_err("expected the file to be rejected")
        .lines()
        .collect()
}

fn with_rows(rows: &[&str]) -> String {
    let mut s = HEADER.to_string();
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

const OK_ROW: &str = "ZMB,2024,Legal,L1,Cybercrime law,3,4,1,,Act 2021";

fn write_file(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Line breaks as the reader counts them: `\n`, `\r\n` once, a lone `\r`.
fn line_breaks(bytes: &[u8]) -> u64 {
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\r' || (b == b'\n' && (i == 0 || bytes[i - 1] != b'\r')) {
            n += 1;
        }
    }
    n
}
