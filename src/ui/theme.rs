//! Colour themes. `mono` uses modifiers only: with NO_COLOR set, crossterm
//! drops colour codes, and a style mixing colour with REVERSED would then
//! emit a reset that cancels the highlight.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;
use crate::model::Tier;

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

    /// Every style of the theme, named, for checks over all of them.
    pub fn styles(&self) -> Vec<(String, Style)> {
        let mut all: Vec<(String, Style)> = [
            ("base", self.base),
            ("title", self.title),
            ("tab", self.tab),
            ("tab_active", self.tab_active),
            ("border", self.border),
            ("header", self.header),
            ("selected", self.selected),
            ("up", self.up),
            ("down", self.down),
            ("muted", self.muted),
            ("key", self.key),
            ("bar", self.bar),
            ("bar_compare", self.bar_compare),
            ("accent", self.accent),
            ("warning", self.warning),
        ]
        .into_iter()
        .map(|(name, style)| (name.to_string(), style))
        .collect();
        all.extend((1..).zip(self.tiers).map(|(n, s)| (format!("tier {n}"), s)));
        all.extend(
            (0..)
                .zip(self.series)
                .map(|(n, s)| (format!("series {n}"), s)),
        );
        all
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

/// Dark terminals. Every colour reaches 4.5:1 on black in xterm's default
/// palette, bold or not (see `contrast`).
const DARK: Theme = Theme {
    base: Style::new(),
    title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    tab: fg(Color::Gray),
    // Black from the colour cube: xterm draws bold ANSI black as grey.
    tab_active: Style::new()
        .fg(Color::Indexed(16))
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    border: fg(Color::DarkGray),
    header: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    selected: Style::new().fg(Color::Black).bg(Color::Cyan),
    up: fg(Color::LightGreen),
    down: fg(Color::LightRed),
    // A fixed grey (#8a8a8a, 6.1:1): ANSI dark grey is 5.2:1 in xterm but
    // far darker in many terminal palettes.
    muted: fg(Color::Indexed(245)),
    key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    bar: fg(Color::Cyan),
    bar_compare: fg(Color::DarkGray),
    accent: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    warning: Style::new().fg(Color::Black).bg(Color::Yellow),
    tiers: [
        fg(Color::LightGreen).add_modifier(Modifier::BOLD),
        fg(Color::Green).add_modifier(Modifier::BOLD),
        fg(Color::Yellow).add_modifier(Modifier::BOLD),
        // Orange, then red: ANSI red is 3.6:1 on black.
        fg(Color::Indexed(208)).add_modifier(Modifier::BOLD),
        fg(Color::LightRed).add_modifier(Modifier::BOLD),
    ],
    series: [
        fg(Color::Cyan),
        fg(Color::Yellow),
        fg(Color::LightMagenta),
        fg(Color::LightGreen),
        fg(Color::LightRed),
        fg(Color::Indexed(69)),
        fg(Color::White),
        fg(Color::Green),
    ],
};

/// Light terminals. Every colour reaches 4.5:1 on white in xterm's default
/// palette, bold or not (see `contrast`); where no ANSI colour does (green,
/// cyan, greys), one from the 256-colour cube does.
const LIGHT: Theme = Theme {
    base: Style::new(),
    title: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
    tab: fg(Color::Indexed(240)),
    tab_active: Style::new()
        .fg(Color::White)
        .bg(Color::Blue)
        .add_modifier(Modifier::BOLD),
    border: fg(Color::Indexed(243)),
    header: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
    selected: Style::new().fg(Color::White).bg(Color::Blue),
    up: fg(Color::Indexed(28)),
    down: fg(Color::Red),
    muted: fg(Color::Indexed(242)),
    key: Style::new()
        .fg(Color::Indexed(127))
        .add_modifier(Modifier::BOLD),
    bar: fg(Color::Blue),
    bar_compare: fg(Color::Indexed(243)),
    // The terminal's own black: xterm draws bold ANSI black as grey.
    accent: m(Modifier::BOLD),
    warning: Style::new().fg(Color::White).bg(Color::Red),
    tiers: [
        fg(Color::Indexed(28)).add_modifier(Modifier::BOLD),
        fg(Color::Blue).add_modifier(Modifier::BOLD),
        fg(Color::Indexed(127)).add_modifier(Modifier::BOLD),
        fg(Color::Indexed(130)).add_modifier(Modifier::BOLD),
        fg(Color::Indexed(124)).add_modifier(Modifier::BOLD),
    ],
    series: [
        fg(Color::Blue),
        fg(Color::Red),
        fg(Color::Magenta),
        fg(Color::Indexed(28)),
        fg(Color::Black),
        fg(Color::Indexed(23)),
        fg(Color::Indexed(130)),
        fg(Color::Indexed(242)),
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
    use crate::ui::contrast::{self, AA, BLACK, Rgb, WHITE};

    /// Styles below WCAG AA on a terminal with `fg` on `bg` by default, with
    /// their worst ratio.
    fn failures(theme: &Theme, fg: Rgb, bg: Rgb) -> Vec<(String, f64)> {
        theme
            .styles()
            .into_iter()
            .map(|(name, style)| (name, contrast::worst(style, fg, bg)))
            .filter(|&(_, r)| r < AA)
            .collect()
    }

    #[test]
    fn light_theme_reaches_aa_on_white() {
        assert_eq!(failures(&LIGHT, BLACK, WHITE), vec![]);
    }

    #[test]
    fn dark_theme_reaches_aa_on_black() {
        assert_eq!(failures(&DARK, WHITE, BLACK), vec![]);
    }

    fn failed(theme: &Theme, fg: Rgb, bg: Rgb) -> Vec<String> {
        failures(theme, fg, bg)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    /// The light theme as the user found it.
    const OLD_LIGHT: Theme = Theme {
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

    #[test]
    fn the_check_catches_the_old_themes() {
        assert_eq!(
            failed(&OLD_LIGHT, BLACK, WHITE),
            [
                "tab",
                "border",
                "up",
                "muted",
                "key",
                "bar_compare",
                "accent",
                "tier 1",
                "tier 3",
                "tier 4",
                "tier 5",
                "series 3",
                "series 5",
                "series 6",
                "series 7",
            ]
        );
        // The comparison bars were 1.26:1, now clearly visible.
        assert!(contrast::worst(OLD_LIGHT.bar_compare, BLACK, WHITE) < 1.3);
        assert!(contrast::worst(LIGHT.bar_compare, BLACK, WHITE) >= AA);
        // The dark theme as it was: bold black on cyan (drawn grey), bold
        // red, magenta and light blue lines.
        let old_dark = Theme {
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            tiers: [
                DARK.tiers[0],
                DARK.tiers[1],
                DARK.tiers[2],
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
            muted: fg(Color::DarkGray),
            ..DARK
        };
        assert_eq!(
            failed(&old_dark, WHITE, BLACK),
            ["tab_active", "tier 5", "series 2", "series 5"]
        );
    }

    #[test]
    fn comparison_bars_differ_from_the_current_year() {
        for t in [DARK, LIGHT, MONO] {
            assert_ne!(t.bar, t.bar_compare);
        }
    }

    #[test]
    fn mono_has_no_colours_at_all() {
        let t = MONO;
        for (name, s) in t.styles() {
            assert_eq!((s.fg, s.bg), (None, None), "{name}: {s:?}");
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
    }
}
