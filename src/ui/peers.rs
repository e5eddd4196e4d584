//! Peers: the selected country among its peer group — a ranking, its place
//! in every pillar, the distribution of overall scores, and tier counts.
//! Ranks are ITU's: equal scores share a rank, the next takes the next.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Paragraph, Widget};

use super::table::{Col, Item, ListTable, rows_to_draw, table_block};
use super::{Theme, layout, section};
use crate::app::{Action, App, Pane, PeerKey, keymap};
use crate::format;
use crate::model::rank::{self, RankBy};
use crate::model::{PillarIx, Tier};
use crate::sanitize::shown;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let (table_area, standing, histogram) = layout::peers(area, ds.pillars.len() as u16 + 4);
    ranking(app, table_area, buf, theme);
    standing_block(app, standing, buf, theme);
    distribution(app, histogram, buf, theme);
}

/// The peer group ranked: overall, tier and every pillar, the selected
/// country marked.
fn ranking(app: &App, table_area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let y = app.year();
    let q = app.peer_query();
    let cols = ranking_cols(app);
    let n = ds.pillars.len();
    let cursor = app.cursor(Pane::Peers);
    let on_screen = rows_to_draw(app.view().peers.len(), cursor, table_area.height);
    let rows: Vec<Vec<Item>> = app.view().peers[on_screen.clone()]
        .iter()
        .map(|place| {
            let c = place.country;
            let marker = if c == app.country() { "▶ " } else { "  " };
            let overall = ds.overall(c, y);
            let tier = overall.map(Tier::from_score);
            let mut cells = vec![
                Item::new(place.rank.to_string(), theme.muted),
                Item::new(
                    format!("{marker}{}", shown(ds.countries[c as usize].label())),
                    Style::new(),
                ),
                Item::new(format::index(overall), Style::new()),
                Item::new(
                    tier.map_or_else(|| format::NONE.to_string(), |t| t.number().to_string()),
                    tier.map_or(theme.muted, |t| theme.tier(t)),
                ),
            ];
            cells.extend(
                (0..n as PillarIx)
                    .map(|p| Item::new(format::score(ds.pillar_score(c, y, p)), Style::new())),
            );
            cells
        })
        .collect();
    let row_style: Vec<Option<Style>> = app.view().peers[on_screen.clone()]
        .iter()
        .map(|p| (p.country == app.country()).then(|| theme.accent.add_modifier(Modifier::BOLD)))
        .collect();
    let title = ranking_title(app, theme);
    let empty = if q.search.is_empty() {
        "No peer has a score this year.".to_string()
    } else {
        format!(
            "No country in the group matches. {} clears the search.",
            keymap::key_for(&Action::ClearFilters)
        )
    };
    ListTable {
        title,
        cols,
        rows,
        first: on_screen.start,
        len: app.view().peers.len(),
        cursor,
        empty: &empty,
        row_style,
    }
    .render(table_area, buf, theme);
}

/// The ranking's columns, the one it is sorted by marked with the way it
/// reads.
fn ranking_cols(app: &App) -> Vec<Col> {
    let ds = app.data();
    let q = app.peer_query();
    // The arrow leads the title, so a shortened title keeps it; ▲ is the
    // way names read (A to Z), ▼ the way ranks read (best first).
    let mark = |key: PeerKey| {
        let names = key == PeerKey::Country;
        match (q.key == key, q.reversed != names) {
            (false, _) => "",
            (true, false) => "▼",
            (true, true) => "▲",
        }
    };
    let mut cols = vec![
        Col::num("#", 0),
        Col::text(format!("{}Country", mark(PeerKey::Country)), 12, 1, 0),
        Col::num(format!("{}Overall", mark(PeerKey::Overall)), 0),
        Col::num("Tier", 2),
    ];
    // Pillar columns give way from the right when the table is narrow.
    let n = ds.pillars.len();
    for p in 0..n {
        let title = format!(
            "{}{}",
            mark(PeerKey::Pillar(p as PillarIx)),
            shown(&ds.pillars[p]),
        );
        let sorted = q.key == PeerKey::Pillar(p as PillarIx);
        let keep = if sorted {
            0
        } else {
            3 + (n - p).min(200) as u8
        };
        cols.push(Col::num(title, keep));
    }
    cols
}

/// The ranking's title: the year, how many are ranked and by what, and the
/// search.
fn ranking_title(app: &App, theme: &Theme) -> Line<'static> {
    let ds = app.data();
    let q = app.peer_query();
    let y = app.year();
    let mut title = vec![Span::raw(format!(
        " Peers {} · {} of {} ranked by {} ",
        ds.years[y as usize],
        app.view().peers_ranked,
        app.peers().len(),
        shown(&app.peer_order())
    ))];
    if !q.search.is_empty() {
        title.push(Span::styled(
            format!(
                "· {}{} {} shown ",
                keymap::key_for(&Action::StartSearch),
                shown(&q.search),
                app.view().peers.len()
            ),
            theme.key,
        ));
    }
    if app.what_if() {
        title.push(Span::styled(" SCENARIO ", theme.warning));
        title.push(Span::raw(" "));
    }
    Line::from(title)
}

/// The selected country's rank overall and in each pillar, with ties.
fn standing_block(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let (c, y) = (app.country(), app.year());
    let name = shown(ds.countries[c as usize].label()).into_owned();
    let title = if app.has_peer_group() {
        format!(" {name} among {} peers ", app.peers().len())
    } else {
        format!(" {name} among all {} countries ", app.peers().len())
    };
    if !app.peers().contains(&c) {
        let block = section(title, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new(vec![
            Line::styled(format!("{name} is outside the peer group."), theme.warning),
            Line::styled(
                format!(
                    "{} {} move through the group's {} countries.",
                    keymap::key_for(&Action::NextCountry),
                    keymap::key_for(&Action::PrevCountry),
                    app.peers().len()
                ),
                theme.muted,
            ),
        ])
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(inner, buf);
        return;
    }
    let place = |by: RankBy| rank::standing(ds, app.peers(), y, by, c);
    let row = |what: String, by: RankBy, style: Style| match place(by) {
        Some(st) => vec![
            Item::new(rank::ordinal(st.rank), theme.key),
            Item::new(st.of.to_string(), theme.muted),
            Item::new(what, style),
            Item::new(
                if st.tied_with > 0 {
                    st.tied_with.to_string()
                } else {
                    String::new()
                },
                theme.muted,
            ),
            Item::new(st.ahead.to_string(), theme.muted),
        ],
        None => vec![
            Item::new(format::NONE, theme.muted),
            Item::default(),
            Item::new(format!("{what}: not scored"), theme.muted),
            Item::default(),
            Item::default(),
        ],
    };
    let mut rows = vec![row("Overall".into(), RankBy::Overall, theme.accent)];
    rows.extend((0..ds.pillars.len() as PillarIx).map(|p| {
        row(
            shown(&ds.pillars[p as usize]).into_owned(),
            RankBy::Pillar(p),
            Style::new(),
        )
    }));
    let cols = vec![
        Col::num("Rank", 0),
        Col::num("of", 2),
        Col::text("Pillar", 6, 1, 0),
        Col::num("Tied with", 2),
        Col::num("Ahead", 1),
    ];
    table_block(Line::from(title), &cols, rows, None, area, buf, theme);
}

fn distribution(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let mut bins = [0u64; 10];
    let mut tiers = [0usize; 5];
    for &c in app.peers() {
        if let Some(v) = ds.overall(c, app.year()) {
            bins[((v / 10.0).floor() as usize).min(9)] += 1;
            tiers[Tier::from_score(v).number() as usize - 1] += 1;
        }
    }
    let mine = ds
        .overall(app.country(), app.year())
        .map(|v| ((v / 10.0).floor() as usize).min(9));
    let block = section(" Overall scores of the peers (◆ selected) ", theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let [chart, counts] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let bar_width = (chart.width.saturating_sub(9) / 10).clamp(1, 6);
    // A label is drawn only where it fits whole: "◆90" needs three columns.
    let bars: Vec<Bar> = bins
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let selected = mine == Some(i);
            let style = if selected { theme.accent } else { theme.bar };
            let full = if selected {
                format!("◆{}", i * 10)
            } else {
                format!("{}", i * 10)
            };
            let label = if full.chars().count() <= bar_width as usize {
                full
            } else if selected && bar_width >= 1 {
                "◆".to_string()
            } else {
                String::new()
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
    // Each tier's count stays with its label; tiers that do not fit go.
    let parts = Tier::ALL
        .iter()
        .map(|&t| {
            super::status::Part::new(
                format!("T{} {}  ", t.number(), tiers[t.number() as usize - 1]),
                theme.tier(t),
                6 - t.number(),
            )
        })
        .collect();
    super::status::fit_parts(parts, counts.width as usize).render(counts, buf);
}
