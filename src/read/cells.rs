//! Number and year cells, as every reader parses them: plain decimals
//! without a UTF-8 check or the general parser (most cells of a file are
//! numbers), Excel's decimal commas, and years of digits only.

use super::encoding::NOT_UTF8;
use crate::sanitize::quote;

/// A year cell: ASCII digits only.
pub(crate) fn parse_year(bytes: &[u8]) -> Option<i32> {
    if bytes.is_empty() || bytes.len() > 6 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0, |y, &d| y * 10 + i32::from(d - b'0')))
}

/// Plain decimals ("3", "2.5", "14.966142767950052" is too long) without a
/// UTF-8 check or the general parser. With at most 15 significant digits
/// the mantissa and the power of ten are both exact in f64, so one IEEE
/// division gives the correctly rounded value, the same as `str::parse`.
fn fast_decimal(bytes: &[u8], decimal_point: u8) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let (mut mantissa, mut digits, mut frac) = (0u64, 0usize, None::<usize>);
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(f) = frac.as_mut() {
                    *f += 1;
                }
            }
            b if b == decimal_point && frac.is_none() => frac = Some(0),
            _ => return None,
        }
    }
    // "5." and "." are left to the general parser and its messages.
    if digits == 0 || digits > 15 || frac == Some(0) {
        return None;
    }
    Some(mantissa as f64 / POW10[frac.unwrap_or(0)])
}

/// Parses a number cell, refusing NaN and infinities.
pub(crate) fn parse_number(bytes: &[u8], decimal_comma: bool) -> Result<f64, String> {
    if let Some(v) = fast_decimal(bytes, if decimal_comma { b',' } else { b'.' }) {
        return Ok(v);
    }
    let Ok(s) = std::str::from_utf8(bytes) else {
        return Err(NOT_UTF8.to_string());
    };
    let s = s.trim();
    let normalized;
    let s = if decimal_comma && s.contains(',') {
        normalized = s.replacen(',', ".", 1);
        normalized.as_str()
    } else {
        s
    };
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(format!("{} is not a finite number", quote(s))),
        Err(_) if s.ends_with('%') => Err(format!(
            "{} is not a number: write the score without a % sign",
            quote(s)
        )),
        Err(_) => Err(format!("{} is not a number", quote(s))),
    }
}

#[cfg(test)]
#[path = "cells_tests.rs"]
mod tests;
