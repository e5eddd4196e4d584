//! Every number is whole and true: a plan's per-step "Index gain" is the
//! difference of the indices shown before and after the step, in JSON (to
//! four decimals) and in the HTML brief (to two), on the sample and on the
//! real GCI data, so a reader who subtracts the column gets the gain.

mod common;
use common::*;

use serde_json::Value;

fn gci() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/gci-2020-2024.csv")
        .to_string_lossy()
        .into_owned()
}

fn report(args: &[&str], format: &str) -> Out {
    let mut all = vec!["report"];
    all.extend(args);
    all.extend(["--plan", "--format", format]);
    run(&all).ok()
}

/// The cells of the HTML plan table, tags taken out.
fn plan_rows(page: &str) -> Vec<Vec<String>> {
    let start = page.find("<table class=\"plan\">").expect("a plan table");
    let table = &page[start..];
    let table = &table[..table.find("</table>").unwrap()];
    let body = &table[table.find("<tbody>").unwrap()..];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = &cell[cell.find('>').unwrap() + 1..];
                    let cell = &cell[..cell.find("</td>").unwrap()];
                    let mut text = String::new();
                    let mut in_tag = false;
                    for c in cell.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    text
                })
                .collect()
        })
        .collect()
}

/// A two-decimal figure of the page read back as hundredths.
fn hundredths(s: &str) -> i64 {
    let v: f64 = s.trim().trim_start_matches('+').parse().unwrap();
    (v * 100.0).round() as i64
}

fn plans() -> Vec<Vec<String>> {
    let (sample, gci) = (bundled(), gci());
    let zmb = [gci.as_str(), "--country", "ZMB"];
    vec![
        vec![sample.clone()],
        vec![sample, "--target-score".into(), "99".into()],
        zmb.iter().map(|s| s.to_string()).collect(),
        zmb.iter()
            .map(|s| s.to_string())
            .chain(["--target-score".into(), "99".into()])
            .collect(),
    ]
}

#[test]
fn json_gains_are_the_differences_of_the_indices_written() {
    for args in plans() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let j = report(&args, "json").json();
        let steps = j["steps"].as_array().unwrap();
        assert!(!steps.is_empty(), "{args:?}");
        let mut before = j["start"]["overall"].as_f64().unwrap();
        for s in steps {
            let (gain, after) = (s["gain"].as_f64().unwrap(), s["overall"].as_f64().unwrap());
            assert_eq!(
                format!("{gain:.4}"),
                format!("{:.4}", after - before),
                "{args:?} step {}",
                s["step"]
            );
            before = after;
        }
    }
}

#[test]
fn html_gains_are_the_differences_of_the_indices_shown() {
    for args in plans() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let j: Value = report(&args, "json").json();
        let page = report(&args, "html").stdout;
        let rows = plan_rows(&page);
        assert_eq!(rows.len(), j["steps"].as_array().unwrap().len(), "{args:?}");
        // The start as the brief's headline shows it.
        let start = format!("{:.2}", j["start"]["overall"].as_f64().unwrap());
        assert!(page.contains(&start), "{args:?}: {start}");
        let mut before = hundredths(&start);
        for row in &rows {
            let (gain, after) = (hundredths(&row[4]), hundredths(&row[5]));
            assert!(row[4].starts_with('+'), "{row:?}");
            assert_eq!(gain, after - before, "{args:?}: {row:?}");
            before = after;
        }
    }
}

/// Zambia's one step: 92.58 to 95.01 reads +2.43, though the exact rise
/// (2.4239) rounds to 2.42; the goal says the +2.42 it needs.
#[test]
fn zambia_s_step_adds_up_and_its_goal_says_what_is_needed() {
    let gci = gci();
    let page = report(&[&gci, "--country", "ZMB"], "html").stdout;
    let rows = plan_rows(&page);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0][4].as_str(), rows[0][5].as_str()),
        ("+2.43", "95.01")
    );
    let goal = &page[page.find("<strong>Goal:</strong>").expect("the goal")..];
    let goal = &goal[..goal.find("</p>").unwrap()];
    assert!(goal.contains("+2.42</span> needed"), "{goal}");
}
