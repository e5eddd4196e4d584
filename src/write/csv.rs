//! The one CSV writer. Data files, scenario files, plans and CSV reports
//! all go through it, so quoting, line ends and the header are the same in
//! every file cyberindex writes.

/// A text cell of a CSV *report* made safe to open in a spreadsheet (the
/// OWASP rule on CSV injection): text that begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading `'`, so Excel and LibreOffice
/// show it instead of running it as a formula. Only for text from the data:
/// numbers are written as numbers and never pass here (`-3.2` stays a
/// number), and files cyberindex reads back (imports, scenarios) keep their
/// text exact.
pub fn inert(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// A CSV table: the header, then every row, quoted where a cell needs it
/// (a separator, a quote or a line break), each line ended by `\n`.
pub fn table<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<[u8]>,
{
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing into a Vec cannot fail, and every cell is text from a
    // `String` or `&str`, so the result is UTF-8.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::table;

    #[test]
    fn cells_that_need_it_are_quoted_and_the_rest_are_not() {
        let rows = vec![
            vec!["ZMB", "Law, with comma"],
            vec!["KEN", "say \"yes\""],
            vec!["TZA", "two\nlines"],
        ];
        assert_eq!(
            table(&["country", "indicator"], rows),
            "country,indicator\nZMB,\"Law, with comma\"\nKEN,\"say \"\"yes\"\"\"\nTZA,\"two\nlines\"\n"
        );
    }

    #[test]
    fn text_a_spreadsheet_would_run_is_made_inert() {
        use super::inert;
        for formula in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tcmd",
            "\rcmd",
        ] {
            assert_eq!(inert(formula), format!("'{formula}"));
        }
        for plain in ["Legal", "a=b", " =1", "", "'quoted", "2024"] {
            assert_eq!(inert(plain), plain);
        }
    }

    #[test]
    fn a_table_without_rows_is_its_header() {
        assert_eq!(table(&["a", "b"], Vec::<Vec<String>>::new()), "a,b\n");
    }
}
