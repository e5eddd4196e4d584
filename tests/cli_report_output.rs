//! `report -o FILE` and where a workbook may go: every format to a file,
//! atomically and never onto an input; a workbook refused on a terminal and
//! allowed into a pipe; and text a spreadsheet would run kept inert (a
//! leading `'` in CSV reports, a string in workbooks) while numbers and the
//! files cyberindex reads back stay exact; and the bulk table as a
//! workbook.

mod common;
mod xlsx;

use calamine::Data;
use common::*;
use xlsx::{Book, gci, same, same_index};

const DAY: &str = "1790000000";

#[test]
fn every_format_goes_to_the_file_as_it_would_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let file = bundled();
    for (format, plan) in [
        ("text", false),
        ("md", false),
        ("json", true),
        ("csv", false),
    ] {
        let out = dir.path().join(format!("r.{format}"));
        let mut args = vec!["report", &file, "--format", format];
        if plan {
            args.push("--plan");
        }
        let printed = cyberindex(&args).env("SOURCE_DATE_EPOCH", DAY).out().ok();
        args.extend(["-o", out.to_str().unwrap()]);
        let written = cyberindex(&args).env("SOURCE_DATE_EPOCH", DAY).out().ok();
        assert_eq!(written.stdout, "", "{format}: nothing on stdout");
        assert!(
            written
                .stderr
                .contains(&format!("wrote {}: ", out.display())),
            "{format}: {}",
            written.stderr
        );
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            printed.stdout,
            "{format}"
        );
    }
    let out = dir.path().join("all.csv");
    let printed = run(&["report", &file, "--all", "--format", "csv"]).ok();
    run(&[
        "report",
        &file,
        "--all",
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), printed.stdout);
}

#[test]
fn an_input_is_never_an_output() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data.csv");
    std::fs::copy(fixture("valid.csv"), &data).unwrap();
    let scenario = dir.path().join("s.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nAAA,2024,T1,2\n",
    )
    .unwrap();
    let link = dir.path().join("link.xlsx");
    std::os::unix::fs::symlink(&data, &link).unwrap();
    let (d, s, l) = (
        data.to_str().unwrap(),
        scenario.to_str().unwrap(),
        link.to_str().unwrap(),
    );
    for target in [d, s, l] {
        for format in ["xlsx", "csv"] {
            // The runner checks that the inputs come out unchanged.
            let r = run(&[
                "report",
                d,
                "--scenario",
                s,
                "--format",
                format,
                "-o",
                target,
            ]);
            assert_eq!(r.code, Some(2), "-o {target}: {}", r.stderr);
            assert!(r.stderr.contains("error:"), "{}", r.stderr);
        }
    }
    let out = dir.path().join("same.csv");
    let o = out.to_str().unwrap();
    let r = run(&["report", d, "--plan", "--save-plan", o, "-o", o]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("same file"), "{}", r.stderr);
    assert!(!out.exists(), "nothing written before the refusal");
}

#[test]
fn a_workbook_is_refused_on_a_terminal() {
    let file = bundled();
    let mut s = Session::spawn(&["report", &file, "--format", "xlsx"], 100, 10);
    let raw = s.expect_exit(2);
    assert!(
        !has(&raw, b"PK\x03\x04"),
        "no workbook bytes on the terminal"
    );
    let screen = s.contents();
    assert!(screen.contains("-o FILE.xlsx"), "{screen}");
}

/// `-o` naming the terminal itself is a terminal too.
#[test]
fn a_workbook_is_refused_on_a_terminal_named_by_o() {
    let file = bundled();
    let mut s = Session::spawn(
        &["report", &file, "--format", "xlsx", "-o", "/dev/stdout"],
        100,
        10,
    );
    let raw = s.expect_exit(2);
    assert!(
        !has(&raw, b"PK\x03\x04"),
        "no workbook bytes on the terminal"
    );
    // Text is fine there.
    let mut s = Session::spawn(&["report", &file, "-o", "/dev/stdout"], 100, 10);
    s.expect_exit(0);
    assert!(
        s.contents().contains("wrote /dev/stdout: the report"),
        "{}",
        s.contents()
    );
}

#[test]
fn a_workbook_goes_into_a_pipe() {
    let file = bundled();
    let piped = cyberindex(&["report", &file, "--format", "xlsx"])
        .env("SOURCE_DATE_EPOCH", DAY)
        .raw();
    assert_eq!(piped.code, Some(0), "{}", piped.stderr);
    assert!(piped.stdout_bytes.starts_with(b"PK\x03\x04"));
    assert!(piped.stderr.is_empty(), "{}", piped.stderr);
    let json = run(&["report", &file, "--format", "json"]).json();
    let mut book = Book::new(piped.stdout_bytes);
    let s = book.sheet("Summary");
    xlsx::same_index(
        Some(xlsx::number(s.fact("Overall index"))),
        &json["overall"],
        "overall",
    );
}

/// A file whose text starts like formulas, with an indicator that fell (a
/// negative change) and one a plan raises.
fn formulas(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("formulas.csv");
    std::fs::write(
        &path,
        "country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence\n\
         AAA,=cmd|' /C calc'!A0,2022,+Legal,@L1,=HYPERLINK(\"http://x\"),3,4,-evidence\n\
         AAA,=cmd|' /C calc'!A0,2024,+Legal,@L1,=HYPERLINK(\"http://x\"),1,4,-evidence\n\
         AAA,=cmd|' /C calc'!A0,2024,Technical,T1,Tabbed,2,4,ok\n",
    )
    .unwrap();
    path
}

#[test]
fn csv_reports_keep_formulas_inert_and_numbers_exact() {
    let dir = tempfile::tempdir().unwrap();
    let data = formulas(dir.path());
    let f = data.to_str().unwrap();
    let (header, rows) = parse_csv(&run(&["report", f, "--format", "csv"]).ok().stdout);
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    let l1 = rows
        .iter()
        .find(|r| r[at("indicator_id")] == "'@L1")
        .expect("@L1 made inert");
    assert_eq!(l1[at("pillar")], "'+Legal");
    assert_eq!(l1[at("indicator")], "'=HYPERLINK(\"http://x\")");
    assert_eq!(l1[at("evidence")], "'-evidence");
    // A fall is a negative number, and stays one.
    assert_eq!(l1[at("delta")], "-2");
    // Other text is left as it is.
    let t1 = rows.iter().find(|r| r[at("indicator_id")] == "T1").unwrap();
    assert_eq!(t1[at("indicator")], "Tabbed");

    let (header, _) = parse_csv(&run(&["report", f, "--all", "--format", "csv"]).ok().stdout);
    assert!(header.contains(&"'+Legal".to_string()), "{header:?}");

    let saved = dir.path().join("plan.csv");
    let s = saved.to_str().unwrap();
    let plan = run(&["report", f, "--plan", "--format", "csv", "--save-plan", s]).ok();
    let (header, rows) = parse_csv(&plan.stdout);
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    assert!(
        rows.iter().any(|r| r[at("indicator_id")] == "'@L1"),
        "{}",
        plan.stdout
    );
    // The scenario file is data cyberindex reads back: its text is exact,
    // and it loads onto the indicator it names.
    let (_, saved_rows) = parse_csv(&std::fs::read_to_string(&saved).unwrap());
    assert!(saved_rows.iter().any(|r| r[2] == "@L1"), "{saved_rows:?}");
    let back = run(&["report", f, "--scenario", s, "--format", "json"]).json();
    assert!(
        back["scenario"]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["indicator_id"] == "@L1")
    );
}

#[test]
fn workbook_text_that_looks_like_a_formula_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let data = formulas(dir.path());
    let out = dir.path().join("f.xlsx");
    run(&[
        "report",
        data.to_str().unwrap(),
        "--format",
        "xlsx",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    let mut book = Book::open(&out);
    let ind = book.sheet("Indicators");
    let r = ind.row_of("Indicator ID", "@L1");
    assert_eq!(ind.text(r, "Indicator"), "=HYPERLINK(\"http://x\")");
    assert_eq!(ind.text(r, "Pillar"), "+Legal");
    assert_eq!(ind.text(r, "Evidence"), "-evidence");
    assert_eq!(ind.cell(r, "Change since 2022"), &Data::Float(-2.0));
    let summary = book.sheet("Summary");
    assert_eq!(
        summary.fact("Country"),
        &Data::String("=cmd|' /C calc'!A0 (AAA)".into())
    );
    for part in book.parts("xl/worksheets/sheet") {
        let xml = book.part(&part).unwrap();
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "{part} has a formula"
        );
    }
}

#[test]
fn the_bulk_workbook_holds_every_country_year_of_json() {
    for file in [gci(), bundled(), fixture("multi.csv")] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("all.xlsx");
        let json = run(&["report", &file, "--all", "--format", "json"]).json();
        let made = run(&[
            "report",
            &file,
            "--all",
            "--format",
            "xlsx",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(
            made.ok()
                .stderr
                .contains("all.xlsx: a workbook of every country-year")
        );
        let mut book = Book::open(&out);
        assert_eq!(book.names(), ["All country-years"]);
        let sheet = book.sheet("All country-years");
        let rows = json.as_array().unwrap();
        assert_eq!(sheet.rows.len(), rows.len(), "{file}");
        for (r, j) in rows.iter().enumerate() {
            assert_eq!(sheet.text(r, "country"), j["country"].as_str().unwrap());
            assert_eq!(sheet.num(r, "year"), j["year"].as_f64().unwrap());
            same_index(sheet.opt(r, "overall"), &j["overall"], "overall");
            same(sheet.opt(r, "tier"), &j["tier"], "tier");
            for (name, v) in j["pillars"].as_object().unwrap() {
                same(sheet.opt(r, name), v, name);
            }
        }
    }
}

/// Every file that makes a report makes a workbook too, whatever its text
/// holds (escape sequences, bidi, Windows-1252, random rows), and the
/// workbook's text is the data's, unchanged.
#[test]
fn every_file_that_reports_makes_a_workbook() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".csv"))
        .collect();
    files.sort();
    files.extend(["evil.csv", "crlf_multiline.csv", "valid.csv"].map(fixture));
    let mut made = 0;
    for file in &files {
        let json = run(&["report", file, "--format", "json"]);
        if json.code != Some(0) {
            continue;
        }
        let json = json.json();
        for all in [false, true] {
            let mut args = vec!["report", file.as_str(), "--format", "xlsx"];
            if all {
                args.push("--all");
            }
            let out = cyberindex(&args).raw();
            assert_eq!(out.code, Some(0), "{file}: {}", out.stderr);
            let mut book = Book::new(out.stdout_bytes);
            let name = if all { "All country-years" } else { "Summary" };
            let sheet = book.sheet(name);
            if !all {
                let code = json["country"].as_str().unwrap();
                assert_eq!(sheet.fact("Country code"), &Data::String(code.into()));
                if let Some(name) = json["country_name"].as_str() {
                    let label = format!("{name} ({code})");
                    assert_eq!(sheet.fact("Country"), &Data::String(label), "{file}");
                }
            }
        }
        made += 1;
    }
    assert!(made >= 5, "only {made} files made a report");
}

#[test]
fn the_format_follows_the_output_name_and_a_contradiction_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = bundled();
    let at = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    // No --format: the name says which.
    run(&["report", &file, "-o", &at("brief.xlsx")]).ok();
    let bytes = std::fs::read(at("brief.xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "not a workbook");
    run(&["report", &file, "-o", &at("r.json")]).ok();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(at("r.json")).unwrap()).unwrap();
    assert!(json["overall"].is_number());
    // A name that says nothing: text, as on stdout.
    run(&["report", &file, "-o", &at("report.out")]).ok();
    let text = std::fs::read_to_string(at("report.out")).unwrap();
    assert!(
        text.starts_with("Zambia (ZMB) — cybersecurity index"),
        "{text}"
    );
    // --format against the name: refused before anything is written.
    let out = run(&["report", &file, "--format", "xlsx", "-o", &at("r.csv")]);
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        format!(
            "error: -o {} names a CSV file but --format is workbook (xlsx); leave out --format to write what the name says, or give the file another name\n",
            at("r.csv")
        )
    );
    assert!(!dir.path().join("r.csv").exists());
    // JSON in a .txt opens as what it is: allowed.
    run(&["report", &file, "--format", "json", "-o", &at("r.txt")]).ok();
    // A workbook format cyberindex does not write: refused, whatever --format.
    for name in ["r.ods", "r.xls", "r.xlsm"] {
        for format in [None, Some("xlsx")] {
            let mut args = vec!["report", file.as_str(), "-o"];
            let path = at(name);
            args.push(&path);
            if let Some(f) = format {
                args.extend(["--format", f]);
            }
            let out = run(&args);
            assert_eq!(out.code, Some(2), "{name} {format:?}");
            assert!(
                out.stderr.contains("writes workbooks as .xlsx"),
                "{}",
                out.stderr
            );
            assert!(!dir.path().join(name).exists());
        }
    }
    // A PDF (or Word) brief: refused with how to print the HTML brief,
    // never a text report under a .pdf name.
    for name in ["brief.pdf", "brief.PDF", "brief.docx"] {
        for format in [None, Some("html")] {
            let mut args = vec!["report", file.as_str(), "-o"];
            let path = at(name);
            args.push(&path);
            if let Some(f) = format {
                args.extend(["--format", f]);
            }
            let out = run(&args);
            assert_eq!(out.code, Some(2), "{name} {format:?}");
            assert!(out.stderr.contains("-o brief.html"), "{}", out.stderr);
            assert!(out.stderr.contains("--print-to-pdf"), "{}", out.stderr);
            assert!(!dir.path().join(name).exists());
        }
    }
}
