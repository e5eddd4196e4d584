//! A workbook cell as the text a CSV that Excel saved would hold, or why
//! it cannot be read as one: what a workbook can hold that a CSV cannot
//! (dates, error cells, formulas without a value) is reported at the cell.

use std::borrow::Cow;

use super::grid::Value;

/// The cell as a CSV that Excel saved would hold it, or why it cannot be
/// What a column of the table holds, for the cells a workbook can hold
/// that a CSV cannot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Number,
    Year,
}

/// read as one.
pub(super) fn cell_text(v: &Value, kind: Kind) -> Result<Cow<'_, str>, String> {
    match v {
        Value::Empty => Ok(Cow::Borrowed("")),
        // An error a program stored as text (LibreOffice's .ods does) reads
        // as the error it is, as it does from .xlsx.
        Value::Text(s) if kind != Kind::Text && is_error_literal(s) => Err(format!(
            "holds the error {s}: correct the formula or type the value"
        )),
        Value::Text(s) if kind == Kind::Number => Ok(decimal_point(s)),
        Value::Text(s) => Ok(Cow::Borrowed(s)),
        Value::Number(n) => Ok(Cow::Owned(number_text(*n))),
        Value::Percent(s) => Ok(Cow::Borrowed(s)),
        Value::Date(d) => match kind {
            Kind::Year => Err(format!(
                "is a date ({d}), not a year: type the year as a number like 2024, and format the cell as Number or General"
            )),
            Kind::Number => Err(format!("is a date ({d}), not a number")),
            Kind::Text => Ok(Cow::Borrowed(d)),
        },
        Value::Error(e) => Err(format!(
            "holds the error {e}: correct the formula or type the value"
        )),
        Value::Formula(f) => Err(format!(
            "the formula ={} has no saved value: open and save the file in Excel or LibreOffice, which store the values",
            crate::sanitize::short(f)
        )),
    }
}

/// Excel's error values, as a cell shows them.
fn is_error_literal(s: &str) -> bool {
    const ERRORS: [&str; 8] = [
        "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#DATA!",
    ];
    ERRORS.contains(&s.trim())
}

/// A number stored as text with a decimal comma ("2,5"), read with a
/// decimal point; anything else is left for the number parser to judge.
fn decimal_point(s: &str) -> Cow<'_, str> {
    let t = s.trim();
    if t.matches(',').count() == 1 && !t.contains('.') {
        Cow::Owned(t.replace(',', "."))
    } else {
        Cow::Borrowed(s)
    }
}

/// A number as it reads back to the same value: whole numbers without a
/// decimal point (years, "3"), others in the fewest digits that round-trip.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_to_read_back_the_same() {
        for n in [
            2024.0,
            3.0,
            2.5,
            14.966_142_767_950_052,
            0.1 + 0.2,
            1e300,
            -7.25,
        ] {
            assert_eq!(number_text(n).parse::<f64>().unwrap(), n);
        }
        assert_eq!(number_text(2024.0), "2024");
        assert_eq!(decimal_point("2,5"), "2.5");
        assert_eq!(decimal_point("1,234.5"), "1,234.5");
    }
}
