//! Figures read back out of a report in any language, to hold every
//! language to the English figures.

/// Every number in `text`, in order, read with `sep` as the decimal
/// separator (only between two digits, as reports write them).
pub fn numbers(text: &str, sep: char) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut s = String::new();
        while i < chars.len() {
            let c = chars[i];
            let decimal = c == sep
                && !s.contains('.')
                && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
            match (c.is_ascii_digit(), decimal) {
                (true, _) => s.push(c),
                (false, true) => s.push('.'),
                _ => break,
            }
            i += 1;
        }
        out.push(s.parse().unwrap());
    }
    out
}

/// The decimal separator of a language code.
pub fn decimal_of(lang: &str) -> char {
    match lang {
        "fr" | "pt" => ',',
        _ => '.',
    }
}
