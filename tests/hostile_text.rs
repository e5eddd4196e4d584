//! Untrusted text in every output: control, bidi, zero-width and format
//! characters in names, ids, evidence and file names never reach the
//! terminal raw (JSON escapes them, Markdown and the dashboard show
//! placeholders), and a very long name costs no more than a short one.

mod common;
use common::*;

use serde_json::Value;

/// Characters that must never be written raw: C0, DEL and C1 controls,
/// bidi controls, zero-width and format characters, line and paragraph
/// separators, Hangul fillers, a variation selector, a tag (outside the
/// BMP) and a lone combining mark.
const HOSTILE: &[char] = &[
    '\u{1}',
    '\u{1b}',
    '\u{7f}',
    '\u{80}',
    '\u{85}',
    '\u{9b}',
    '\u{9f}',
    '\u{ad}',
    '\u{301}',
    '\u{61c}',
    '\u{115f}',
    '\u{1160}',
    '\u{180e}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{2028}',
    '\u{2029}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2060}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{3164}',
    '\u{fe0f}',
    '\u{feff}',
    '\u{ffa0}',
    '\u{fff9}',
    '\u{fffa}',
    '\u{fffb}',
    '\u{e0001}',
    '\u{1d173}',
];

/// A CSV field: quoted, with its quotes doubled.
fn field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// What [`hostile_csv`] wrote.
struct Hostile {
    csv: String,
    country: String,
    pillar: String,
    /// (id, name, evidence) of each indicator.
    indicators: Vec<(String, String, String)>,
}

/// Every hostile character in the country name and the pillar, and one in
/// each indicator's id, name and evidence. Two years, every score short of
/// its maximum, so comparisons, gaps and the plan all name them.
fn hostile_csv() -> Hostile {
    let all: String = HOSTILE.iter().collect();
    let country = format!("Evil{all}land");
    let pillar = format!("Leg{all}al");
    let mut csv = String::from(
        "country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence\n",
    );
    let mut indicators = Vec::new();
    for (n, c) in HOSTILE.iter().enumerate() {
        let id = format!("I{n}{c}x");
        let name = format!("name{c}end");
        let evidence = format!("ev{c}idence");
        for (year, score) in [(2023, 1), (2024, 2)] {
            csv.push_str(&format!(
                "EVL,{},{year},{},{},{},{score},4,{}\n",
                field(&country),
                field(&pillar),
                field(&id),
                field(&name),
                field(&evidence)
            ));
        }
        indicators.push((id, name, evidence));
    }
    Hostile {
        csv,
        country,
        pillar,
        indicators,
    }
}

/// Exit code, raw standard output (checked byte by byte) and standard
/// error, through the shared runner.
fn run(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = cyberindex(args).raw();
    (out.code.unwrap_or(-1), out.stdout_bytes, out.stderr)
}

/// Every string in a JSON value, keys included.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(o) => {
            for (k, v) in o {
                out.push(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

fn assert_no_hostile(bytes: &[u8], what: &str) {
    let text = String::from_utf8(bytes.to_vec()).expect("output is UTF-8");
    for &c in HOSTILE {
        assert!(
            !text.contains(c),
            "{what}: U+{:04X} written raw:\n{}",
            c as u32,
            text.escape_debug()
        );
    }
}

#[test]
fn json_escapes_every_control_bidi_and_format_character() {
    let dir = tempfile::tempdir().unwrap();
    let Hostile {
        csv,
        country,
        pillar,
        indicators,
    } = hostile_csv();
    let data = dir.path().join("evil.csv");
    std::fs::write(&data, csv).unwrap();
    let data = data.to_str().unwrap();
    // A scenario whose file name carries an RLO and a C1 CSI.
    let scenario = dir.path().join("sc\u{202e}\u{9b}vsc.csv");
    std::fs::write(
        &scenario,
        format!(
            "country,year,indicator_id,score\nEVL,2024,{},3\n",
            field(&indicators[0].0)
        ),
    )
    .unwrap();
    let scenario = scenario.to_str().unwrap();

    let runs: [&[&str]; 4] = [
        &["report", data, "--format", "json", "--top", "100"],
        &["report", data, "--format", "json", "--plan"],
        &["report", data, "--format", "json", "--all"],
        &["report", data, "--format", "json", "--scenario", scenario],
    ];
    for args in runs {
        let what = args[3..].join(" ");
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 0, "{what}: {stderr}");
        assert_no_hostile(&stdout, &what);
        // The escapes parse back to the very same text.
        let v: Value =
            serde_json::from_slice(&stdout).unwrap_or_else(|e| panic!("{what}: not JSON ({e})"));
        let mut found = Vec::new();
        strings(&v, &mut found);
        let has = |s: &str| found.iter().any(|f| f == s);
        let has_in = |s: &str| found.iter().any(|f| f.contains(s));
        assert!(has(&pillar), "{what}: the pillar did not come back whole");
        if !what.contains("--all") {
            assert!(
                has_in(&country),
                "{what}: the country did not come back whole"
            );
        }
        if what.contains("--top") {
            for (id, name, _) in &indicators {
                assert!(has(id) && has(name), "{what}: {id:?} / {name:?} lost");
            }
        }
        if what.contains("--scenario") {
            let file = v["scenario"]["file"].as_str().unwrap_or_default();
            assert!(
                file.ends_with("sc\u{202e}\u{9b}vsc.csv"),
                "{what}: scenario file is {file:?}"
            );
        }
    }
}

#[test]
fn text_markdown_csv_and_check_show_hostile_characters_as_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("evil\u{202e}\u{200d}.csv");
    std::fs::write(&data, hostile_csv().csv).unwrap();
    let data = data.to_str().unwrap();
    let scenario = dir.path().join("sc\u{202e}\u{ad}.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nEVL,2024,I0\u{1}x,3\n",
    )
    .unwrap();
    let scenario = scenario.to_str().unwrap();
    let (code, stdout, stderr) = run(&["check", data]);
    assert_eq!(code, 0, "{stderr}");
    assert_no_hostile(&stdout, "check");
    assert_no_hostile(stderr.as_bytes(), "check (stderr)");
    for format in ["text", "md", "csv"] {
        let runs: [&[&str]; 4] = [
            &["report", data, "--format", format, "--top", "100"],
            &["report", data, "--format", format, "--plan"],
            &["report", data, "--format", format, "--all"],
            &["report", data, "--format", format, "--scenario", scenario],
        ];
        for args in runs {
            let what = args[3..].join(" ");
            let (code, stdout, stderr) = run(args);
            assert_eq!(code, 0, "{what}: {stderr}");
            assert_no_hostile(&stdout, &what);
            assert_no_hostile(stderr.as_bytes(), &what);
        }
    }
}

/// Renders `md` with every extension pulldown-cmark has and returns the
/// text a reader sees in each table cell and list item, failing on any
/// markup that did not come from the report itself.
fn rendered_cells(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut cells = Vec::new();
    let mut cell: Option<String> = None;
    for ev in Parser::new_ext(md, Options::all()) {
        match ev {
            Event::Start(Tag::TableCell | Tag::Item) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell | TagEnd::Item) => cells.extend(cell.take()),
            Event::Text(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML in the brief: {h:?}"),
            Event::Start(Tag::Strikethrough) => panic!("data made a strikethrough:\n{md}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("data made a link to {dest_url}"),
            Event::InlineMath(m) | Event::DisplayMath(m) => panic!("data made maths: {m}"),
            Event::FootnoteReference(f) => panic!("data made a footnote: {f}"),
            _ => {}
        }
    }
    cells
}

#[test]
fn markdown_brief_shows_markdown_and_html_from_the_data_literally() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "~~strike~~ &lt;b&gt; &amp;",
        "<b>bold</b> [link](http://x) $x$ [^1] `code`",
        "*em* _em_ **strong** a|b \\| ==mark== :smile: @user www.example.com",
    ];
    let mut csv =
        String::from("country,country_name,year,pillar,indicator_id,indicator,score,max_score\n");
    for (n, name) in names.iter().enumerate() {
        for (year, score) in [(2023, 1), (2024, 2)] {
            csv.push_str(&format!(
                "EVL,Evil,{year},Legal,I{n},{},{score},4\n",
                field(name)
            ));
        }
    }
    let data = dir.path().join("md.csv");
    std::fs::write(&data, csv).unwrap();
    let (code, stdout, stderr) = run(&["report", data.to_str().unwrap(), "--format", "md"]);
    assert_eq!(code, 0, "{stderr}");
    let md = String::from_utf8(stdout).unwrap();
    let cells = rendered_cells(&md);
    for (n, name) in names.iter().enumerate() {
        // In the gaps table, and in the list of changes.
        let shown = format!("{name} (I{n})");
        assert!(
            cells.iter().any(|c| c == &shown),
            "{name:?} is not shown literally in a table cell; cells: {cells:#?}\n{md}"
        );
        assert!(
            cells
                .iter()
                .any(|c| c.starts_with(&format!("{shown}, Legal: "))),
            "{name:?} is not shown literally in a list item; cells: {cells:#?}\n{md}"
        );
    }
}

/// The screen a real terminal shows for `raw`: vt100 drops U+FFFD, which
/// terminals draw in one column like any character, so it is drawn as "?".
fn terminal_screen(raw: &[u8], cols: u16, rows: u16) -> vt100::Parser {
    let text = String::from_utf8_lossy(raw).replace('\u{FFFD}', "?");
    let mut p = new_parser(cols, rows);
    p.process(text.as_bytes());
    p
}

/// Sends `key` and waits until `text` is on the screen as a terminal draws
/// it (the session's own screen, having dropped U+FFFD, can garble it).
fn press_shown(s: &mut Session, key: &str, text: &str, gone: bool) -> vt100::Parser {
    let (rows, cols) = s.screen().size();
    let (rows, cols) = (rows.get(), cols.get());
    s.send(key);
    s.wait_until(&format!("{text:?} on a terminal's screen"), |_, raw| {
        terminal_screen(raw, cols, rows)
            .screen()
            .contents()
            .contains(text)
            != gone
    });
    terminal_screen(&s.raw(), cols, rows)
}

/// Every cell of `clean` that holds a box-drawing character holds the
/// same in `seen`: no border was moved or overwritten.
fn assert_same_borders(clean: &vt100::Screen, seen: &vt100::Screen, pane: &str) {
    let (rows, cols) = clean.size();
    for row in 0..rows.get() {
        for col in 0..cols.get() {
            let want = clean
                .cell(row, col)
                .map(|c| c.contents())
                .unwrap_or_default();
            if !want.chars().any(|c| "─│╭╮╰╯".contains(c)) {
                continue;
            }
            let got = seen
                .cell(row, col)
                .map(|c| c.contents())
                .unwrap_or_default();
            assert_eq!(
                got,
                want,
                "{pane}: border at row {row}, column {col} overwritten:\n{}\n--- expected ---\n{}",
                seen.contents(),
                clean.contents()
            );
        }
    }
}

/// Names full of zero-width and format characters and of emoji sequences
/// whose width the layout and the terminal disagree on; a decomposed
/// "Côte d'Ivoire". Every pillar rises by 0.5 points.
const ZERO_WIDTH_NAMES: [&str; 7] = [
    "Zero\u{200b}width\u{200d}space\u{2060}word\u{feff}x",
    "Line\u{2028}sep\u{2029}para",
    "Soft\u{ad}hy\u{fff9}an\u{fffa}no\u{fffb}",
    "Hangul\u{115f}fill\u{1160}er\u{3164}x\u{ffa0}y",
    "Emoji \u{1F468}\u{200d}\u{1F469}\u{200d}\u{1F467} fam \u{1F44D}\u{1F3FD} \u{2764}\u{fe0f} ok",
    "Mark \u{301}alone \u{E0041}tag \u{fe0e}sel",
    "Hangul\u{3164}\u{3164}\u{3164}\u{3164}tail",
];

const ZERO_WIDTH_CHARS: &[char] = &[
    '\u{200b}',
    '\u{200d}',
    '\u{2060}',
    '\u{feff}',
    '\u{2028}',
    '\u{2029}',
    '\u{ad}',
    '\u{fff9}',
    '\u{fffa}',
    '\u{fffb}',
    '\u{115f}',
    '\u{1160}',
    '\u{3164}',
    '\u{ffa0}',
    '\u{fe0f}',
    '\u{fe0e}',
    '\u{301}',
    '\u{302}',
    '\u{E0041}',
    '\u{1F3FD}',
];

/// The file, or with `clean` every character outside ASCII made an "x":
/// the layout the dashboard should keep.
fn zero_width_csv(clean: bool) -> String {
    let name = |s: &str| -> String {
        if clean {
            s.chars()
                .map(|c| if c.is_ascii() { c } else { 'x' })
                .collect()
        } else {
            s.to_string()
        }
    };
    // Decomposed, and as wide as "Cxte" once composed.
    let country = if clean {
        "Cxte d'Ivoirex"
    } else {
        "Co\u{302}te d'Ivoire\u{200b}"
    };
    let pillars = [
        "Le\u{200d}gal\u{3164}",
        "Tech\u{ad}nical",
        "Org\u{1F44D}\u{1F3FD}",
    ];
    let mut csv = String::from(
        "country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence,description\n",
    );
    for (n, raw) in ZERO_WIDTH_NAMES.iter().enumerate() {
        let pillar = name(pillars[n % 3]);
        let text = name(raw);
        for (year, score) in [(2023, 10.0), (2024, 10.1)] {
            csv.push_str(&format!(
                "CIV,{},{year},{},Z{n}{},{},{score},20,{},{}\n",
                field(country),
                field(&pillar),
                name("\u{200d}"),
                field(&text),
                field(&text),
                field(&text)
            ));
        }
    }
    csv
}

/// Keys, and what each brings on screen: every pane, and the detail popup.
const PANES: [(&str, &str); 6] = [
    ("2", "Indicators 2024"),
    ("3", "improved"),
    ("4", "What to fix first"),
    ("5", "Pillar scores over time"),
    ("2", "Indicators 2024"),
    (ENTER, "Esc closes"),
];

#[test]
fn zero_width_and_format_characters_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("zw.csv");
    std::fs::write(&hostile, zero_width_csv(false)).unwrap();
    let clean = dir.path().join("clean.csv");
    std::fs::write(&clean, zero_width_csv(true)).unwrap();
    let (cols, rows) = (120, 35);
    let mut screens = Vec::new();
    for path in [&clean, &hostile] {
        let mut s = Session::spawn(&[path.to_str().unwrap()], cols, rows);
        s.wait_for("Overall index");
        let mut shots = vec![terminal_screen(&s.raw(), cols, rows)];
        for (key, title) in PANES {
            shots.push(press_shown(&mut s, key, title, false));
        }
        press_shown(&mut s, ESC, "Esc closes", true);
        s.send("q");
        let raw = s.expect_exit(0);
        assert_left_terminal(&raw);
        screens.push((shots, raw));
    }
    let (clean_shots, _) = &screens[0];
    let (shots, raw) = &screens[1];
    let panes = std::iter::once("Overview").chain(PANES.iter().map(|p| p.1));
    for ((clean, seen), pane) in clean_shots.iter().zip(shots).zip(panes) {
        assert_same_borders(clean.screen(), seen.screen(), pane);
        // The digits beside the names are where they belong.
        let rises = |p: &vt100::Parser| p.screen().contents().matches("▲ +0.50").count();
        assert_eq!(
            rises(seen),
            rises(clean),
            "{pane}:\n{}",
            seen.screen().contents()
        );
    }
    let text = String::from_utf8_lossy(raw);
    for &c in ZERO_WIDTH_CHARS {
        assert!(!text.contains(c), "U+{:04X} was written raw", c as u32);
    }
    // Composed, not replaced.
    assert!(
        text.contains("Côte d'Ivoire"),
        "the decomposed ô was not composed"
    );
}

/// A file whose indicator has a name, a description and evidence of
/// `len` bytes each.
fn long_text_csv(len: usize) -> String {
    let big = "N".repeat(len);
    let mut csv = String::from(
        "country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence,description\n",
    );
    for (year, score) in [(2023, 1), (2024, 2)] {
        csv.push_str(&format!(
            "EVL,Evil,{year},Legal,L1,{big},{score},4,{big},{big}\n"
        ));
        csv.push_str(&format!(
            "EVL,Evil,{year},Legal,L2,Short,{score},4,ok,fine\n"
        ));
    }
    csv
}

/// Drawing is bounded by the screen, not by the length of a name: with
/// names, evidence and a description as long as a cell may be (1 MiB),
/// every key is answered within the harness's 10-second wait (with 4 MB
/// each key took seconds of CPU before cells were capped).
#[test]
fn megabyte_names_do_not_freeze_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.csv");
    std::fs::write(&path, long_text_csv((1 << 20) - 1)).unwrap();
    let mut s = Session::spawn(&[path.to_str().unwrap()], 120, 35);
    s.wait_for("Overall index");
    s.press("2", "Indicators 2024");
    s.wait_for("NNNNNNNNNN");
    for _ in 0..3 {
        s.press("j", "Short");
        s.press("k", "NNNN");
    }
    s.press(ENTER, "Esc closes");
    for _ in 0..3 {
        s.press("j", "Esc closes");
    }
    s.esc("Esc closes");
    for (key, title) in [
        ("3", "improved"),
        ("4", "What to fix first"),
        ("5", "Pillar scores over time"),
    ] {
        s.press(key, title);
    }
    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
}
