//! The HTML brief printed by a real browser: headless Chromium prints it
//! to PDF and poppler reads the PDF back. Without Chromium or poppler the
//! test says so loudly and passes, unless `CYBERINDEX_REQUIRE_BROWSER=1`
//! (set by `.ci/run`), which makes a missing tool a failure.

mod common;
use common::*;

use std::path::PathBuf;

/// The first of `names` found on PATH.
fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

struct Tools {
    chromium: PathBuf,
    pdftotext: PathBuf,
    pdfinfo: PathBuf,
}

fn tools() -> Option<Tools> {
    let found = (
        find(&["chromium", "chromium-browser", "google-chrome"]),
        find(&["pdftotext"]),
        find(&["pdfinfo"]),
    );
    match found {
        (Some(chromium), Some(pdftotext), Some(pdfinfo)) => Some(Tools {
            chromium,
            pdftotext,
            pdfinfo,
        }),
        missing => {
            let msg = format!(
                "\n\n!!!!!!!! SKIPPED: the browser test needs chromium and poppler-utils \
                 (found chromium: {}, pdftotext: {}, pdfinfo: {}). \
                 Install them (apt-get install chromium poppler-utils) to print the brief. !!!!!!!!\n\n",
                missing.0.is_some(),
                missing.1.is_some(),
                missing.2.is_some()
            );
            if std::env::var("CYBERINDEX_REQUIRE_BROWSER").as_deref() == Ok("1") {
                panic!("CYBERINDEX_REQUIRE_BROWSER=1: {msg}");
            }
            // Straight to stderr: libtest would capture eprintln! and the
            // skip would go unseen.
            let _ = std::io::stderr().write_all(msg.as_bytes());
            None
        }
    }
}

/// The brief of `args` printed to PDF: its text and its page count.
fn print(t: &Tools, dir: &Path, name: &str, args: &[&str]) -> (String, u32) {
    let html = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    let mut all = vec!["report"];
    all.extend(args);
    all.extend(["-o", html.to_str().unwrap()]);
    run(&all).ok();
    // Chromium keeps its profile in the temp dir, not the user's home.
    let profile = dir.join(format!("{name}-profile"));
    let status = Command::new(&t.chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.display()),
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
            &format!("file://{}", html.display()),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success() && pdf.is_file(), "chromium printed no PDF");
    let text = Command::new(&t.pdftotext)
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    let info = Command::new(&t.pdfinfo)
        .arg(&pdf)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"));
    (String::from_utf8_lossy(&text.stdout).into_owned(), pages)
}

/// The headline, the tier and every pillar with its score, as the JSON
/// report gives them, are in the printed text.
fn assert_printed(text: &str, args: &[&str]) {
    let mut all = vec!["report"];
    all.extend(args);
    all.extend(["--format", "json"]);
    let j = run(&all).ok().json();
    let figure = |v: &serde_json::Value| format!("{:.2}", v.as_f64().unwrap());
    // pdftotext may break a line anywhere between words.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&figure(&j["overall"])), "{flat}");
    let tier = format!("Tier {} · {}", j["tier"], j["tier_label"].as_str().unwrap());
    assert!(flat.contains(&tier), "{tier} not in {flat}");
    for p in j["pillars"].as_array().unwrap() {
        let name = p["pillar"].as_str().unwrap();
        assert!(flat.contains(name), "{name} not in {flat}");
        if p["score"].is_number() {
            assert!(flat.contains(&figure(&p["score"])), "{name}");
        }
    }
}

#[test]
fn the_brief_prints_on_a4_with_its_figures() {
    let Some(t) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let sample = bundled();
    let (text, pages) = print(&t, dir.path(), "sample", &[&sample]);
    assert_printed(&text, &[&sample]);
    assert!(pages <= 2, "the sample's brief is {pages} pages");
    // Longer words, the same two pages.
    for lang in ["fr", "pt", "ar"] {
        let (_, pages) = print(&t, dir.path(), lang, &[&sample, "--lang", lang]);
        assert!(pages <= 2, "the sample's brief in {lang} is {pages} pages");
    }

    let gci = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let gci = gci.to_str().unwrap();
    let args = [gci, "--country", "ZMB", "--year", "2024"];
    let (text, _) = print(&t, dir.path(), "zambia", &args);
    assert_printed(&text, &args);
    assert!(text.contains("Standing among peers"), "{text}");
}

/// The Arabic brief, printed right to left: every figure comes out whole
/// and in its own order ("+23.70", never "23.70+"; "92.58 / 100"), with
/// the Arabic headings, and still on two pages.
#[test]
fn the_arabic_brief_prints_right_to_left_with_its_figures_intact() {
    let Some(t) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let gci = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let gci = gci.to_str().unwrap();
    let args = [gci, "--country", "ZMB", "--year", "2024"];
    let mut ar = args.to_vec();
    ar.extend(["--lang", "ar"]);
    let (text, pages) = print(&t, dir.path(), "arabic", &ar);
    assert!(pages <= 3, "the Arabic brief is {pages} pages");
    // pdftotext marks the direction of each run with embedding controls.
    let text: String = text
        .chars()
        .filter(|c| !('\u{202a}'..='\u{202e}').contains(c))
        .collect();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut all = vec!["report"];
    all.extend(args);
    all.extend(["--format", "json"]);
    let j = run(&all).ok().json();
    let figure = |v: &serde_json::Value| format!("{:.2}", v.as_f64().unwrap());
    let overall = figure(&j["overall"]);
    assert!(
        flat.contains(&format!("{overall} / 100")),
        "{overall}: {flat}"
    );
    let delta = j["delta"].as_f64().unwrap();
    assert!(delta > 0.0);
    let delta = format!("▲ +{delta:.2}");
    assert!(flat.contains(&delta), "{delta}: {flat}");
    assert!(
        flat.contains(&j["generated"].as_str().unwrap()[..10]),
        "the date"
    );
    for p in j["pillars"].as_array().unwrap() {
        let name = p["pillar"].as_str().unwrap();
        assert!(flat.contains(name), "{name} not in {flat}");
        assert!(flat.contains(&figure(&p["score"])), "{name}");
    }
    for g in j["top_gaps"].as_array().unwrap() {
        let gain = format!("+{:.2}", g["gain"].as_f64().unwrap());
        assert!(flat.contains(&gain), "{gain}: {flat}");
    }
    // The headings are the Arabic ones (words pdftotext reads back as
    // written: no lam-alef ligature, no diacritics).
    for heading in ["الركائز", "المؤشر العام"] {
        assert!(flat.contains(heading), "{heading}: {flat}");
    }
    assert!(!flat.contains("Pillars") && !flat.contains("Overall index"));
}

/// Where each printed word lies across the page: its left and right edges
/// and the page's width, in points, from `pdftotext -bbox`.
fn word_edges(t: &Tools, pdf: &Path) -> (Vec<(f64, f64, String)>, f64) {
    let out = Command::new(&t.pdftotext)
        .args(["-bbox", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    let page = html.find("<page ").expect("a page");
    let width = attr(&html[page..], "width");
    let words = html
        .split("<word ")
        .skip(1)
        .map(|w| {
            let word = &w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()];
            (attr(w, "xMin"), attr(w, "xMax"), word.to_string())
        })
        .collect();
    (words, width)
}

/// The brief with `--plan`: the sample's still fits two pages in every
/// language, and no word of the plan table (the tier badges, right to
/// left) is printed past the page's 14 mm margins.
#[test]
fn the_plan_fits_the_page_in_every_language() {
    let Some(t) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("scenario.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nZMB,2024,CAP-07,3\nZMB,2024,COO-04,3\n",
    )
    .unwrap();
    let sample = bundled();
    let gci = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let gci = gci.to_str().unwrap();
    let margin = 14.0 / 25.4 * 72.0;
    for lang in ["en", "fr", "pt", "ar"] {
        let plain = [sample.as_str(), "--plan", "--lang", lang];
        let scenario = [
            sample.as_str(),
            "--plan",
            "--scenario",
            scenario.to_str().unwrap(),
            "--lang",
            lang,
        ];
        let zambia = [gci, "--country", "ZMB", "--plan", "--lang", lang];
        for (name, args) in [
            ("plan", &plain[..]),
            ("scenario", &scenario[..]),
            ("zambia", &zambia[..]),
        ] {
            let name = format!("{name}-{lang}");
            let (text, pages) = print(&t, dir.path(), &name, args);
            if name.starts_with("plan-") {
                assert!(
                    pages <= 2,
                    "the sample's brief with --plan in {lang}: {pages} pages"
                );
            }
            assert!(text.contains("95.01") || text.contains("95,01"), "{name}");
            let (words, width) = word_edges(&t, &dir.path().join(format!("{name}.pdf")));
            assert!(!words.is_empty(), "{name}");
            for (left, right, word) in words {
                assert!(
                    left >= margin - 1.0 && right <= width - margin + 1.0,
                    "{name}: {word:?} at {left:.1}..{right:.1} of {width:.1}"
                );
            }
        }
    }
}
