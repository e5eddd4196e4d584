//! The footer drawn for real Apps: it offers only the keys that act with
//! the data shown.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::footer;
use crate::app::{Action, App, ThemeName};
use crate::read::load_reader;
use crate::ui::Theme;

/// AAA has 2022 to 2024, BBB 2024 only.
const CSV: &str = "country,year,pillar,indicator_id,score,max_score
AAA,2022,P,P1,1,4
AAA,2023,P,P1,2,4
AAA,2024,P,P1,4,4
BBB,2024,P,P1,3,4
";

fn app(csv: &str) -> App {
    App::new(
        load_reader("t.csv", csv.as_bytes()).unwrap(),
        0,
        ThemeName::Dark,
    )
}

fn text(app: &App) -> String {
    let area = Rect::new(0, 0, 200, 1);
    let mut buf = Buffer::empty(area);
    footer(app, area, &mut buf, &Theme::get(app.theme()));
    (0..area.width).map(|x| buf[(x, 0)].symbol()).collect()
}

#[test]
fn the_footer_of_a_single_country_file_has_no_country_key() {
    let one: String = CSV
        .lines()
        .filter(|l| !l.starts_with("BBB"))
        .collect::<Vec<_>>()
        .join("\n");
    let alone = text(&app(&one));
    assert!(alone.contains("? help"), "{alone}");
    assert!(!alone.contains("country"), "{alone}");
    let two = text(&app(CSV));
    assert!(two.contains("c country"), "{two}");
}

#[test]
fn the_earliest_year_offers_no_comparison_year() {
    let mut app = app(CSV);
    // 2024 against 2023: the comparison can go back to 2022, not forward;
    // the year only back.
    let latest = text(&app);
    assert!(latest.contains(" { vs year"), "{latest}");
    assert!(latest.contains(" [ year"), "{latest}");
    app.update(Action::PrevYear);
    app.update(Action::Down); // lets the notice go
    let middle = text(&app);
    assert!(middle.contains(" [ ] year"), "{middle}");
    app.update(Action::PrevYear);
    app.update(Action::Down);
    let earliest = text(&app);
    assert!(earliest.contains(" ] year"), "{earliest}");
    assert!(!earliest.contains("vs year"), "{earliest}");
    // BBB has one year: neither year key can act.
    app.update(Action::NextCountry);
    app.update(Action::Down);
    let one_year = text(&app);
    assert!(one_year.contains("c country"), "{one_year}");
    assert!(!one_year.contains("year"), "{one_year}");
}
