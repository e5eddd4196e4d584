//! Colour themes. `mono` uses modifiers only: with NO_COLOR set, crossterm
//! drops colour codes, and a style mixing colour with REVERSED would then
//! emit a reset that cancels the highlight.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;
use crate::data::Tier;

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub header: Style,
    pub selected: Style,
    pub up: Style,
    pub down: Style,
    pub muted: Style,
    pub key: Style,
    pub bar: Style,
    pub bar_compare: Style,
    pub accent: Style,
    pub warning: Style,
    tiers: [Style; 5],
    series: [Style; 8],
}

impl Theme {
    pub fn get(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => DARK,
            ThemeName::Light => LIGHT,
            ThemeName::Mono => MONO,
        }
    }

    pub fn tier(&self, tier: Tier) -> Style {
        self.tiers[tier.number() as usize - 1]
    }

    /// Style of the n-th chart series.
    pub fn series(&self, n: usize) -> Style {
        self.series[n % self.series.len()]
    }

    /// ▲ green, ▼ red, = muted.
    pub fn delta(&self, d: Option<f64>) -> Style {
        match d.map(crate::format::arrow) {
            Some("▲") => self.up,
            Some("▼") => self.down,
            _ => self.muted,
        }
    }
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

const fn m(modifier: Modifier) -> Style {
    Style::new().add_modifier(modifier)
}

const DARK: Theme = Theme {
    base: Style::new(),
    title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    tab: fg(Color::Gray),
    tab_active: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    border: fg(Color::DarkGray),
    header: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    selected: Style::new().fg(Color::Black).bg(Color::Cyan),
    up: fg(Color::LightGreen),
    down: fg(Color::LightRed),
    muted: fg(Color::DarkGray),
    key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    bar: fg(Color::Cyan),
    bar_compare: fg(Color::DarkGray),
    accent: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    warning: Style::new().fg(Color::Black).bg(Color::Yellow),
    tiers: [
        fg(Color::LightGreen).add_modifier(Modifier::BOLD),
        fg(Color::Green).add_modifier(Modifier::BOLD),
        fg(Color::Yellow).add_modifier(Modifier::BOLD),
        fg(Color::LightRed).add_modifier(Modifier::BOLD),
        fg(Color::Red).add_modifier(Modifier::BOLD),
    ],
    series: [
        fg(Color::Cyan),
        fg(Color::Yellow),
        fg(Color::Magenta),
        fg(Color::LightGreen),
        fg(Color::LightRed),
        fg(Color::LightBlue),
        fg(Color::White),
        fg(Color::Green),
    ],
};

/// Light terminals: no yellow or light colours on white.
const LIGHT: Theme = Theme {
    base: Style::new(),
    title: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
    tab: fg(Color::DarkGray),
    tab_active: Style::new()
        .fg(Color::White)
        .bg(Color::Blue)
        .add_modifier(Modifier::BOLD),
    border: fg(Color::Gray),
    header: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
    selected: Style::new().fg(Color::White).bg(Color::Blue),
    up: fg(Color::Green),
    down: fg(Color::Red),
    muted: fg(Color::DarkGray),
    key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    bar: fg(Color::Blue),
    bar_compare: fg(Color::Gray),
    accent: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
    warning: Style::new().fg(Color::White).bg(Color::Red),
    tiers: [
        fg(Color::Green).add_modifier(Modifier::BOLD),
        fg(Color::Blue).add_modifier(Modifier::BOLD),
        fg(Color::Magenta).add_modifier(Modifier::BOLD),
        fg(Color::Red).add_modifier(Modifier::BOLD),
        fg(Color::Red).add_modifier(Modifier::BOLD),
    ],
    series: [
        fg(Color::Blue),
        fg(Color::Red),
        fg(Color::Magenta),
        fg(Color::Green),
        fg(Color::Black),
        fg(Color::Cyan),
        fg(Color::DarkGray),
        fg(Color::LightRed),
    ],
};

const MONO: Theme = Theme {
    base: Style::new(),
    title: m(Modifier::BOLD),
    tab: Style::new(),
    tab_active: m(Modifier::REVERSED),
    border: Style::new(),
    header: m(Modifier::BOLD.union(Modifier::UNDERLINED)),
    selected: m(Modifier::REVERSED),
    up: m(Modifier::BOLD),
    down: m(Modifier::BOLD),
    muted: m(Modifier::DIM),
    key: m(Modifier::BOLD),
    bar: Style::new(),
    bar_compare: m(Modifier::DIM),
    accent: m(Modifier::BOLD),
    warning: m(Modifier::REVERSED),
    tiers: [m(Modifier::BOLD); 5],
    series: [Style::new(); 8],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_has_no_colours_at_all() {
        let t = MONO;
        let mut styles = vec![
            t.base,
            t.title,
            t.tab,
            t.tab_active,
            t.border,
            t.header,
            t.selected,
            t.up,
            t.down,
            t.muted,
            t.key,
            t.bar,
            t.bar_compare,
            t.accent,
            t.warning,
        ];
        styles.extend(t.tiers);
        styles.extend(t.series);
        for s in styles {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
    }
}
