use super::*;

#[test]
fn plain_text_is_borrowed_unchanged() {
    assert!(matches!(visible("Cyber Act 2021, §3"), Cow::Borrowed(_)));
    assert_eq!(visible("Zambia — ZM-CIRT"), "Zambia — ZM-CIRT");
}

#[test]
fn escape_sequences_become_placeholders() {
    assert_eq!(visible("a\x1b[31mred"), "a␛[31mred");
    assert_eq!(visible("\x1b]0;pwned\x07"), "␛]0;pwned␇");
    assert_eq!(visible("over\rwrite"), "over␍write");
    assert_eq!(visible("del\x7f"), "del␡");
    assert_eq!(visible("c1\u{9b}2J"), "c1\u{FFFD}2J");
}

#[test]
fn bidi_overrides_are_neutralised() {
    assert_eq!(visible("abc\u{202E}fed"), "abc\u{FFFD}fed");
    assert_eq!(visible("x\u{2066}y\u{2069}"), "x\u{FFFD}y\u{FFFD}");
}

#[test]
fn fit_truncates_and_pads_by_display_width() {
    assert_eq!(fit("Legal", 8), "Legal   ");
    assert_eq!(fit("Capacity Development", 10), "Capacity …");
    assert_eq!(fit("日本語", 5), "日本…");
    assert_eq!(fit("a\x1bb", 3), "a␛b");
    assert_eq!(fit("abc", 0), "");
}

#[test]
fn zero_width_and_format_characters_become_placeholders() {
    for c in [
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{2060}',
        '\u{FEFF}',
        '\u{AD}',
        '\u{2028}',
        '\u{2029}',
        '\u{FFF9}',
        '\u{FFFA}',
        '\u{FFFB}',
        '\u{115F}',
        '\u{1160}',
        '\u{3164}',
        '\u{FFA0}',
        '\u{FE0F}',
        '\u{FE0E}',
        '\u{E0100}',
        '\u{180E}',
        '\u{600}',
        '\u{E0041}',
        '\u{E000}',
        '\u{FFFF}',
        '\u{85}',
        '\u{9B}',
    ] {
        assert!(!is_plain(c), "U+{:04X} counted as plain", c as u32);
        assert_eq!(
            visible(&format!("a{c}b")),
            "a\u{FFFD}b",
            "U+{:04X}",
            c as u32
        );
    }
    // A combining mark with nothing to combine with.
    assert_eq!(visible(" \u{301}x"), " \u{FFFD}x");
}

#[test]
fn decomposed_letters_are_composed_not_replaced() {
    assert_eq!(visible("Co\u{302}te d'Ivoire"), "Côte d'Ivoire");
    assert_eq!(visible("S\u{E3}o Tome\u{301}"), "São Tomé");
    // Hangul jamo, as a decomposing editor saves them.
    assert_eq!(visible("\u{1112}\u{1161}\u{11AB}"), "한");
    // Already composed text that is not ASCII is borrowed, not copied.
    assert!(matches!(visible("Côte d'Ivoire — 日本"), Cow::Borrowed(_)));
}

#[test]
fn emoji_sequences_that_change_width_are_broken_up() {
    // ZWJ family, skin tone, presentation selector: each picture stays,
    // what joins them does not.
    assert_eq!(
        visible("\u{1F468}\u{200D}\u{1F469}"),
        "\u{1F468}\u{FFFD}\u{1F469}"
    );
    assert_eq!(visible("\u{1F44D}\u{1F3FD}"), "\u{1F44D}\u{FFFD}");
    assert_eq!(visible("\u{2764}\u{FE0F}"), "\u{2764}\u{FFFD}");
    // A flag is two regional indicators; both terminals and the layout
    // count it as two columns.
    assert_eq!(visible("\u{1F1FF}\u{1F1F2}"), "\u{1F1FF}\u{1F1F2}");
    // Arabic lam-alef stays: each letter has its own cell.
    assert_eq!(visible("\u{644}\u{627}"), "\u{644}\u{627}");
    assert_eq!(width("\u{644}\u{627}"), 2);
}

#[test]
fn fit_and_shown_look_at_a_bounded_prefix() {
    let huge = "N".repeat(20 << 20);
    assert_eq!(fit(&huge, 5), "NNNN…");
    let shown = shown(&huge);
    assert_eq!(shown.chars().count(), SHOWN_CHARS + 1);
    assert!(shown.ends_with('…'));
    let long = shown_multiline(&huge);
    assert_eq!(long.chars().count(), SHOWN_LONG_CHARS + 1);
    // Short text is unchanged, and not copied.
    assert!(matches!(super::shown("Legal"), Cow::Borrowed("Legal")));
    // A prefix that composes to fewer columns still says it was cut.
    let marks = format!("e{}", "\u{301}".repeat(100));
    assert_eq!(fit(&marks, 3), "é\u{FFFD}…");
    assert_eq!(clip("aé日", 2), ("aé", true));
    assert_eq!(clip("aé", 2), ("aé", false));
}

proptest::proptest! {
    /// Whatever comes in, what goes out is plain characters whose widths
    /// add up, and escaping it again changes nothing.
    #[test]
    fn visible_text_is_plain_and_additive(s in "\\PC*|.*", noise in proptest::collection::vec(proptest::char::any(), 0..8)) {
        let s: String = s.chars().chain(noise).collect();
        let out = visible(&s);
        proptest::prop_assert!(out.chars().all(is_plain), "{:?}", out);
        let chars: Vec<char> = out.chars().collect();
        for w in chars.windows(2) {
            proptest::prop_assert!(!joins(w[0], w[1]), "{:?} joins", w);
        }
        proptest::prop_assert_eq!(visible(&out), out.clone());
        proptest::prop_assert_eq!(fit(&s, 7).chars().map(|c| c.width().unwrap_or(0)).sum::<usize>(), 7);
    }
}

#[test]
fn newlines_kept_only_in_multiline_form() {
    assert_eq!(visible("a\nb"), "a␊b");
    assert_eq!(visible_multiline("a\r\nb\n\x1bc"), "a\nb\n␛c");
}

#[test]
fn long_cells_are_cut_short_in_messages() {
    let long = "é".repeat(41);
    assert_eq!(short(&long), format!("{}…", "é".repeat(40)));
    assert_eq!(short(&long[2..]), long[2..]);
    assert_eq!(quote("ZMB"), "\"ZMB\"");
}

#[test]
fn numbers_in_messages_stay_short() {
    assert_eq!(number(4.0), "4");
    assert_eq!(number(0.25), "0.25");
    assert_eq!(number(-12345.5), "-12345.5");
    assert_eq!(number(1e308), "1e308");
    assert_eq!(number(-1.7976931348623157e308), "-1.7976931348623157e308");
    assert_eq!(number(1e-300), "1e-300");
    assert_eq!(number(5e-324), "5e-324");
    assert_eq!(number(123456789012345680000.0), "1.2345678901234568e20");
}
