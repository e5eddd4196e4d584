//! WCAG 2 contrast of terminal colours, as xterm draws them by default.
//!
//! A theme only names colours; what the reader sees depends on the
//! terminal's palette. xterm's defaults are the reference here: the 16 ANSI
//! colours as its resources define them, the 6×6×6 colour cube and the
//! 24-step grey ramp for `Color::Indexed`, and `Color::Rgb` as given.
//!
//! xterm also has `boldColors` on by default: bold text in one of the first
//! eight colours is drawn in its bright twin (bold black becomes grey #7f7f7f).
//! [`renderings`] therefore yields both colours for a bold style, and a theme
//! must pass with either.

use ratatui::style::{Color, Modifier, Style};

/// A colour as red, green and blue, 0–255 each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
pub const BLACK: Rgb = Rgb(0, 0, 0);

/// WCAG AA for normal text.
pub const AA: f64 = 4.5;

/// xterm's default 16 colours (XTerm-col.ad / charproc.c).
const ANSI: [Rgb; 16] = [
    Rgb(0x00, 0x00, 0x00), // black
    Rgb(0xcd, 0x00, 0x00), // red3
    Rgb(0x00, 0xcd, 0x00), // green3
    Rgb(0xcd, 0xcd, 0x00), // yellow3
    Rgb(0x00, 0x00, 0xee), // blue2
    Rgb(0xcd, 0x00, 0xcd), // magenta3
    Rgb(0x00, 0xcd, 0xcd), // cyan3
    Rgb(0xe5, 0xe5, 0xe5), // gray90
    Rgb(0x7f, 0x7f, 0x7f), // gray50
    Rgb(0xff, 0x00, 0x00), // red
    Rgb(0x00, 0xff, 0x00), // green
    Rgb(0xff, 0xff, 0x00), // yellow
    Rgb(0x5c, 0x5c, 0xff), // rgb:5c/5c/ff
    Rgb(0xff, 0x00, 0xff), // magenta
    Rgb(0x00, 0xff, 0xff), // cyan
    Rgb(0xff, 0xff, 0xff), // white
];

/// The palette index of a colour, for the 256 indexed ones and the 16 named.
fn index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(n) => n,
        Color::Reset | Color::Rgb(..) => return None,
    })
}

/// xterm's colour `n` of 256.
pub fn xterm(n: u8) -> Rgb {
    match n {
        0..=15 => ANSI[n as usize],
        16..=231 => {
            const LEVELS: [u8; 6] = [0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff];
            let n = n - 16;
            Rgb(
                LEVELS[(n / 36) as usize],
                LEVELS[(n / 6 % 6) as usize],
                LEVELS[(n % 6) as usize],
            )
        }
        232..=255 => {
            let v = 8 + 10 * (n - 232);
            Rgb(v, v, v)
        }
    }
}

/// What xterm draws for `color`; `Reset` is the terminal's `default`.
pub fn rgb(color: Color, default: Rgb) -> Rgb {
    match color {
        Color::Reset => default,
        Color::Rgb(r, g, b) => Rgb(r, g, b),
        other => index(other).map_or(default, xterm),
    }
}

/// WCAG 2 relative luminance, 0 (black) to 1 (white).
pub fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio, 1 to 21, the same either way round.
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every (foreground, background) a style can be drawn with on a terminal
/// whose default colours are `default_fg` on `default_bg`: reverse video
/// swaps them, and bold may brighten one of the first eight colours.
pub fn renderings(style: Style, default_fg: Rgb, default_bg: Rgb) -> Vec<(Rgb, Rgb)> {
    let fg = style.fg.unwrap_or(Color::Reset);
    let bg = style.bg.unwrap_or(Color::Reset);
    let mut fgs = vec![rgb(fg, default_fg)];
    if style.add_modifier.contains(Modifier::BOLD)
        && let Some(n @ 0..=7) = index(fg)
    {
        fgs.push(xterm(n + 8));
    }
    let bg = rgb(bg, default_bg);
    fgs.into_iter()
        .map(|fg| {
            if style.add_modifier.contains(Modifier::REVERSED) {
                (bg, fg)
            } else {
                (fg, bg)
            }
        })
        .collect()
}

/// The lowest contrast `style` can be drawn with.
pub fn worst(style: Style, default_fg: Rgb, default_bg: Rgb) -> f64 {
    renderings(style, default_fg, default_bg)
        .into_iter()
        .map(|(fg, bg)| ratio(fg, bg))
        .fold(f64::INFINITY, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn known_ratios() {
        assert!(close(ratio(BLACK, WHITE), 21.0));
        assert!(close(ratio(WHITE, BLACK), 21.0));
        assert!(close(ratio(WHITE, WHITE), 1.0));
        // The usual examples: #777777 just fails AA on white, #767676 just
        // passes.
        let r = ratio(Rgb(0x77, 0x77, 0x77), WHITE);
        assert!(close(r, 4.48), "{r}");
        assert!(ratio(Rgb(0x76, 0x76, 0x76), WHITE) >= AA);
        // Pure red on white is 4:1, pure blue 8.59:1.
        assert!(close(ratio(Rgb(0xff, 0, 0), WHITE), 4.0));
        assert!(close(ratio(Rgb(0, 0, 0xff), WHITE), 8.59));
    }

    #[test]
    fn luminance_ends_and_middle() {
        assert_eq!(luminance(BLACK), 0.0);
        assert!(close(luminance(WHITE), 1.0));
        // sRGB 50% grey is about 21.6% luminance, not 50%.
        assert!(close(luminance(Rgb(0x80, 0x80, 0x80)), 0.216));
    }

    #[test]
    fn xterm_palette() {
        assert_eq!(rgb(Color::Gray, WHITE), Rgb(0xe5, 0xe5, 0xe5));
        assert_eq!(rgb(Color::DarkGray, WHITE), Rgb(0x7f, 0x7f, 0x7f));
        assert_eq!(rgb(Color::Blue, WHITE), Rgb(0, 0, 0xee));
        assert_eq!(rgb(Color::Indexed(4), WHITE), Rgb(0, 0, 0xee));
        assert_eq!(rgb(Color::Indexed(16), WHITE), BLACK);
        assert_eq!(rgb(Color::Indexed(28), WHITE), Rgb(0, 0x87, 0));
        assert_eq!(rgb(Color::Indexed(231), BLACK), WHITE);
        assert_eq!(rgb(Color::Indexed(232), WHITE), Rgb(8, 8, 8));
        assert_eq!(rgb(Color::Indexed(243), WHITE), Rgb(0x76, 0x76, 0x76));
        assert_eq!(rgb(Color::Indexed(255), WHITE), Rgb(0xee, 0xee, 0xee));
        assert_eq!(rgb(Color::Rgb(1, 2, 3), WHITE), Rgb(1, 2, 3));
        assert_eq!(rgb(Color::Reset, WHITE), WHITE);
        assert_eq!(rgb(Color::Reset, BLACK), BLACK);
    }

    #[test]
    fn renderings_follow_defaults_reverse_and_bold() {
        let plain = Style::new();
        assert_eq!(renderings(plain, BLACK, WHITE), vec![(BLACK, WHITE)]);
        let rev = Style::new().reversed();
        assert_eq!(renderings(rev, BLACK, WHITE), vec![(WHITE, BLACK)]);
        // ANSI grey on white fails; the bar that used it was near-invisible.
        assert!(worst(Style::new().fg(Color::Gray), BLACK, WHITE) < 1.5);
        // Bold magenta may be drawn bright: 4.69 plain, 3.14 bright.
        let key = Style::new().fg(Color::Magenta).bold();
        assert_eq!(renderings(key, BLACK, WHITE).len(), 2);
        assert!(close(worst(key, BLACK, WHITE), 3.136));
        assert!(close(worst(key.not_bold(), BLACK, WHITE), 4.69));
        // Indexed colours past 15 are not brightened.
        let green = Style::new().fg(Color::Indexed(28)).bold();
        assert_eq!(renderings(green, BLACK, WHITE).len(), 1);
        assert!(close(worst(green, BLACK, WHITE), 4.70));
    }
}
