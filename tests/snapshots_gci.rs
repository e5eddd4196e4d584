//! Every pane on the real ITU GCI data, Zambia 2024 against 2020, at
//! 120×40, 80×24 and 60×20, among the sixteen African peers of the README.
//! Its long ids (ITU_GCI_CDS_SCORE) and scores (17.62/20) are what the
//! bundled sample's short ones hid.

mod screen;

use cyberindex::app::{Action, App, Pane, ThemeName};
use screen::{buffer, find, gci_zambia, render};

fn zambia_among_peers() -> App {
    let app = gci_zambia(ThemeName::Dark);
    let codes: Vec<String> = "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN"
        .split(',')
        .map(String::from)
        .collect();
    let peers =
        cyberindex::model::rank::peer_group(app.ds(), Some(&codes), None, app.country()).unwrap();
    app.with_peers(peers)
}

#[test]
fn every_pane_on_the_gci_data_at_three_sizes() {
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        for pane in Pane::ALL {
            let mut app = zambia_among_peers();
            app.update(Action::GoTo(pane));
            let terminal = render(&mut app, w, h);
            insta::assert_snapshot!(
                format!("gci_{}_{w}x{h}", pane.title().to_lowercase()),
                terminal.backend()
            );
            let buf = buffer(&terminal);
            // ITU's figures, whole, wherever the pane shows scores.
            if matches!(pane, Pane::Indicators | Pane::Compare) {
                assert!(find(buf, "17.62/20").is_some(), "{pane:?} {w}×{h}");
                assert!(find(buf, "14.97/20").is_some(), "{pane:?} {w}×{h}");
            }
        }
    }
}

#[test]
fn what_if_on_the_gci_data_at_three_sizes() {
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        for pane in [Pane::Overview, Pane::Gaps, Pane::Indicators] {
            let mut app = zambia_among_peers();
            app.update(Action::GoTo(Pane::Gaps));
            app.update(Action::ScoreToTarget); // Capacity Development to 20
            app.update(Action::GoTo(pane));
            let terminal = render(&mut app, w, h);
            insta::assert_snapshot!(
                format!("gci_what_if_{}_{w}x{h}", pane.title().to_lowercase()),
                terminal.backend()
            );
            // 92.5816 + 5.0339: Capacity Development at its target.
            assert!(
                find(buffer(&terminal), "97.62").is_some(),
                "{pane:?} {w}×{h}"
            );
        }
    }
}
