use super::*;
use crate::report::markdown_escape::escape;

fn people(layout: Layout) -> String {
    let mut t = TextTable::new(
        layout,
        vec![
            Column::left("Name", 8),
            Column::right("Score", 6),
            Column::last("Note"),
        ],
    );
    t.row(&["Ann", "7.50", "ok"]);
    t.row(&["日本語の名前です", "100.00", "a|b"]);
    t.row(&["Bob", "1234567.89", "*x*"]);
    t.finish()
}

#[test]
fn plain_text_lines_up_by_terminal_columns() {
    assert_eq!(
        people(INDENTED),
        "  Name       Score  Note\n\
         \x20 Ann         7.50  ok\n\
         \x20 日本語…   100.00  a|b\n\
         \x20 Bob       1234567.89  *x*\n"
    );
    // Wide characters are padded by the columns they take, not by count.
    let mut t = TextTable::new(PLAIN, vec![Column::right("名前", 6), Column::last("x")]);
    t.row(&["法律", "y"]);
    assert_eq!(t.finish(), "  名前  x\n  法律  y\n");
}

#[test]
fn plain_text_shows_control_characters_as_placeholders() {
    let mut t = TextTable::new(
        Layout::Plain {
            indent: "",
            gap: " ",
        },
        vec![
            Column::left("a", 4),
            Column::right("b", 3),
            Column::last("c"),
        ],
    );
    t.row(&["\x1b[2J", "\x07", "x\ny"]);
    assert_eq!(t.finish(), "a      b c\n␛[2J   ␇ x␊y\n");
}

#[test]
fn markdown_escapes_cells_and_writes_headings_as_given() {
    assert_eq!(
        people(Layout::Markdown),
        "| Name | Score | Note |\n\
         |---|---:|---|\n\
         | Ann | 7.50 | ok |\n\
         | 日本語の名前です | 100.00 | a\\|b |\n\
         | Bob | 1234567.89 | \\*x\\* |\n"
    );
    let mut t = TextTable::new(Layout::Markdown, vec![Column::right("#", 2)]);
    t.row(&["#"]);
    assert_eq!(t.finish(), "| # |\n|---:|\n| \\# |\n");
}

#[test]
fn a_cell_does_not_see_the_cells_before_it() {
    // "www" ends the cell before; the "." that starts this one is no autolink.
    let mut t = TextTable::new(Layout::Markdown, vec![Column::last("a"), Column::last("b")]);
    t.row(&["www", ".x"]);
    assert_eq!(t.finish(), "| a | b |\n|---|---|\n| www | .x |\n");
    let mut out = String::from("www");
    escape_into(&mut out, ".x");
    assert_eq!(out, "www.x");
}

proptest::proptest! {
    /// A "name (id)" cell escaped whole reads as the name and the id
    /// escaped apart, as the reports wrote them before the table did.
    #[test]
    fn a_name_and_its_id_escape_as_one_cell_or_two(
        name in "\\PC*|[ -~]*|[&#;.:/w ]{0,12}",
        id in "\\PC*|[ -~]*|[&#;.:/w ]{0,12}",
    ) {
        proptest::prop_assert_eq!(
            escape(&format!("{name} ({id})")),
            format!("{} ({})", escape(&name), escape(&id))
        );
    }
}
