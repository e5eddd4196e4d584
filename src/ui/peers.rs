//! Peers: the selected country among its peer group — a ranking, its place
//! in every pillar, the distribution of overall scores, and tier counts.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Cell, Paragraph, Row, Widget};

use super::table::{ListTable, right};
use super::{Theme, layout, section};
use crate::app::{App, Pane};
use crate::data::rank::{self, RankBy};
use crate::data::{PillarIx, Tier};
use crate::format;
use crate::text::{fit, visible};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (table_area, standing, histogram) = layout::peers(area, ds.pillars.len() as u16 + 4);
    let y = app.year;
    let pillars: Vec<PillarIx> = (0..ds.pillars.len() as PillarIx).collect();
    // Every pillar gets a column while the country name keeps at least 12
    // characters (it is shown in full in the standing block); beyond that,
    // pillars are dropped from the right.
    const FIXED: u16 = 2 + 4 + 7 + 4 + 12 + 4; // borders, #, overall, tier, country, spacing
    let room = table_area.width.saturating_sub(FIXED) / 7;
    let shown: Vec<PillarIx> = pillars.iter().copied().take(room as usize).collect();

    let mut header = vec![
        right("#".into(), Style::new()),
        Cell::from("Country"),
        right("Overall".into(), Style::new()),
        right("Tier".into(), Style::new()),
    ];
    header.extend(shown.iter().map(|&p| {
        right(
            fit(&ds.pillars[p as usize], 6).trim_end().to_string(),
            Style::new(),
        )
    }));
    let mut widths = vec![
        Constraint::Length(4),
        Constraint::Fill(1),
        Constraint::Length(7),
        Constraint::Length(4),
    ];
    widths.extend(shown.iter().map(|_| Constraint::Length(6)));

    let row = |n: usize| {
        let place = app.view.peers[n];
        let c = place.country;
        let current = c == app.country;
        let marker = if current { "▶ " } else { "  " };
        let mut cells = vec![
            right(place.rank.to_string(), theme.muted),
            Cell::from(format!(
                "{marker}{}",
                visible(ds.countries[c as usize].label())
            )),
            right(format!("{:.2}", place.value), Style::new()),
            right(
                Tier::from_score(place.value).number().to_string(),
                theme.tier(Tier::from_score(place.value)),
            ),
        ];
        cells.extend(
            shown
                .iter()
                .map(|&p| right(format::score(ds.pillar_score(c, y, p)), Style::new())),
        );
        let row = Row::new(cells);
        if current {
            row.style(theme.accent.add_modifier(Modifier::BOLD))
        } else {
            row
        }
    };
    let title = format!(
        " Peers {} · {} ranked of {} · Enter: make current ",
        ds.years[y as usize],
        app.view.peers.len(),
        app.peers.len()
    );
    ListTable {
        title: Line::from(title),
        header: Row::new(header),
        widths,
        len: app.view.peers.len(),
        cursor: app.cursor(Pane::Peers),
        empty: "No peer has a score this year.",
    }
    .render(row, table_area, buf, theme);

    standing_block(app, standing, buf, theme);
    distribution(app, histogram, buf, theme);
}

fn standing_block(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (c, y) = (app.country, app.year);
    let name = visible(ds.countries[c as usize].label()).into_owned();
    let mut lines = Vec::new();
    let place = |by: RankBy| rank::standing(ds, &app.peers, y, by, c);
    match place(RankBy::Overall) {
        Some(st) => lines.push(Line::from(vec![
            Span::styled(st.phrase(), theme.accent),
            Span::raw(" overall"),
        ])),
        None => lines.push(Line::styled(
            "Not ranked: no overall score this year",
            theme.muted,
        )),
    }
    for p in 0..ds.pillars.len() as PillarIx {
        let pillar = visible(&ds.pillars[p as usize]).into_owned();
        lines.push(match place(RankBy::Pillar(p)) {
            Some(st) => Line::from(vec![
                Span::styled(format!("{:>5}", rank::ordinal(st.rank)), theme.key),
                Span::raw(format!(" of {} in {pillar}", st.of)),
            ]),
            None => Line::styled(format!("    — {pillar} not scored"), theme.muted),
        });
    }
    Paragraph::new(lines)
        .block(section(format!(" {name} among its peers "), theme))
        .render(area, buf);
}

fn distribution(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let mut bins = [0u64; 10];
    let mut tiers = [0usize; 5];
    for place in &app.view.peers {
        bins[((place.value / 10.0).floor() as usize).min(9)] += 1;
        tiers[Tier::from_score(place.value).number() as usize - 1] += 1;
    }
    let mine = ds
        .overall(app.country, app.year)
        .map(|v| ((v / 10.0).floor() as usize).min(9));
    let block = section(" Overall scores of the peers (◆ = selected) ", theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let [chart, counts] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let bar_width = (chart.width.saturating_sub(9) / 10).clamp(1, 6);
    let bars: Vec<Bar> = bins
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let selected = mine == Some(i);
            let style = if selected { theme.accent } else { theme.bar };
            let label = if selected {
                format!("◆{}", i * 10)
            } else {
                format!("{}", i * 10)
            };
            Bar::with_label(label, n)
                .style(style)
                .value_style(style.reversed())
        })
        .collect();
    BarChart::vertical(bars)
        .bar_width(bar_width)
        .bar_gap(1)
        .label_style(theme.muted)
        .render(chart, buf);
    let summary: Vec<Span> = Tier::ALL
        .iter()
        .flat_map(|&t| {
            [
                Span::styled(format!("T{} ", t.number()), theme.tier(t)),
                Span::raw(format!("{}  ", tiers[t.number() as usize - 1])),
            ]
        })
        .collect();
    Line::from(summary).render(counts, buf);
}
