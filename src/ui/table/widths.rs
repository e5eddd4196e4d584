//! How wide each column of a table is: wide enough that a number is never
//! cut; when space runs out, free text shrinks first, ids lose the prefix
//! they all share, and then whole low-priority columns are dropped.

use super::cells::{Col, Fit, Item, width};
use crate::sanitize::shown;

/// Titles up to this wide get their room before free text does.
const SHORT_TITLE: u16 = 9;
/// Free text gets this much before long titles get theirs.
const COMFORTABLE: u16 = 16;

/// The prefix every string in `ids` shares, as shown (see [`Item::data`]),
/// backed off to a separator, for [`Col::sharing`]. One pass, holding only
/// the prefix so far: a country-year can have a million ids.
pub fn shared_prefix<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let mut prefix = String::new();
    let n = common_prefix_into(ids.map(shown), &mut prefix);
    prefix.truncate(n);
    prefix
}

/// Bytes of the prefix every string shares, backed off to just after a
/// separator (`_`, `-`, `.`, space) so the part left reads as a word, and
/// never the whole of any string.
pub(super) fn common_prefix<'a>(items: impl Iterator<Item = &'a str>) -> usize {
    common_prefix_into(items, &mut String::new())
}

/// As [`common_prefix`], for strings that may be made on the fly (ids as
/// shown); the shared prefix is left in `prefix`.
fn common_prefix_into<S: AsRef<str>>(items: impl Iterator<Item = S>, prefix: &mut String) -> usize {
    let mut shortest = usize::MAX;
    let mut count = 0;
    for item in items {
        let s = item.as_ref();
        shortest = shortest.min(s.len());
        if count == 0 {
            prefix.push_str(s);
        } else {
            let n = prefix
                .char_indices()
                .zip(s.chars())
                .take_while(|((_, a), b)| a == b)
                .last()
                .map_or(0, |((i, a), _)| i + a.len_utf8());
            prefix.truncate(n);
        }
        count += 1;
    }
    // One id alone shares nothing with anything: cut it at its end.
    if count < 2 {
        return 0;
    }
    let p = if prefix.len() >= shortest {
        // Leave at least the last character of the shortest string.
        let cut = prefix.char_indices().last().map_or(0, |(i, _)| i);
        &prefix[..cut]
    } else {
        prefix.as_str()
    };
    match p.rfind(['_', '-', '.', ' ']) {
        Some(i) => i + 1,
        None => p.len(),
    }
}

/// Bytes each column's ids may leave out when narrow: the prefix they
/// share (the one given by [`Col::sharing`] where every row has it).
pub(super) fn prefixes(cols: &[Col], cells: &[Vec<Item>]) -> Vec<usize> {
    (0..cols.len())
        .map(|c| {
            if cols[c].fit != Fit::Id {
                return 0;
            }
            let texts = || {
                cells
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|i| i.text.as_str())
            };
            match &cols[c].shared {
                Some(p)
                    if !p.is_empty()
                        && texts().all(|t| t.starts_with(p.as_str()) && t.len() > p.len()) =>
                {
                    p.len()
                }
                _ => common_prefix(texts()),
            }
        })
        .collect()
}

/// Widths for each column (`None`: dropped) so that the table fits `avail`
/// columns with one space between columns.
pub fn widths(cols: &[Col], cells: &[Vec<Item>], avail: u16) -> Vec<Option<u16>> {
    let content = |c: usize| {
        cells
            .iter()
            .filter_map(|r| r.get(c))
            .map(|i| width(&i.text))
            .max()
            .unwrap_or(0)
    };
    let naturals: Vec<u16> = (0..cols.len()).map(content).collect();
    let least = least_widths(cols, cells, &naturals);
    // What each column would like: its content, or its title if wider.
    let wants: Vec<u16> = cols
        .iter()
        .enumerate()
        .map(|(c, col)| naturals[c].max(width(&col.title)).max(least[c]))
        .collect();
    let shown = columns_that_fit(cols, &least, avail);
    let room = Room {
        least,
        naturals,
        wants,
    };
    let w = share_out(cols, &shown, &room, avail);
    (0..cols.len()).map(|c| shown[c].then_some(w[c])).collect()
}

/// The least each column can take and still say what it must; `naturals`
/// are the widths of the columns' widest cells.
fn least_widths(cols: &[Col], cells: &[Vec<Item>], naturals: &[u16]) -> Vec<u16> {
    let prefix = prefixes(cols, cells);
    cols.iter()
        .enumerate()
        .map(|(c, col)| match col.fit {
            Fit::Whole => naturals[c].max(1),
            Fit::Id if prefix[c] > 0 => {
                let rest = cells
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|i| width(&i.text[prefix[c].min(i.text.len())..]))
                    .max()
                    .unwrap_or(0);
                (rest + 1).min(naturals[c]).max(1)
            }
            Fit::Id => naturals[c].max(1),
            Fit::Text { min, .. } => naturals[c].min(min).max(1),
        })
        .collect()
}

/// Columns the `shown` columns take at their `least`, spaces between
/// included.
fn needed(least: &[u16], shown: &[bool]) -> u32 {
    let n = shown.iter().filter(|&&s| s).count() as u32;
    let sum: u32 = (0..least.len())
        .filter(|&c| shown[c])
        .map(|c| least[c] as u32)
        .sum();
    sum + n.saturating_sub(1)
}

/// Which columns are shown: all of them, unless their `least` widths do
/// not fit `avail`.
fn columns_that_fit(cols: &[Col], least: &[u16], avail: u16) -> Vec<bool> {
    let mut shown: Vec<bool> = vec![true; cols.len()];
    while needed(least, &shown) > avail as u32 {
        // Lowest `keep` first; when only columns that should stay are
        // left, text goes, then the rightmost: a column is dropped whole
        // rather than have the table cut its cells.
        let is_text = |c: usize| matches!(cols[c].fit, Fit::Text { .. });
        let drop = (0..cols.len())
            .filter(|&c| shown[c] && cols[c].keep > 0)
            .min_by_key(|&c| (cols[c].keep, std::cmp::Reverse(c)))
            .or_else(|| (0..cols.len()).rev().find(|&c| shown[c] && is_text(c)))
            .or_else(|| (0..cols.len()).rev().find(|&c| shown[c]));
        match drop {
            Some(c) => shown[c] = false,
            None => break,
        }
    }
    shown
}

/// Each column's widths: the least it can take, its widest cell, and what
/// it would like (its title too).
struct Room {
    least: Vec<u16>,
    naturals: Vec<u16>,
    wants: Vec<u16>,
}

/// The widths of the `shown` columns: each its least, and then the room
/// left over in `avail` shared out in turns.
fn share_out(cols: &[Col], shown: &[bool], room: &Room, avail: u16) -> Vec<u16> {
    let Room {
        least,
        naturals,
        wants,
    } = room;
    let mut w: Vec<u16> = least.clone();
    let mut spare = (avail as u32).saturating_sub(needed(least, shown));
    let give = |c: usize, upto: u16, w: &mut Vec<u16>, spare: &mut u32| {
        let more = (upto.saturating_sub(w[c]) as u32).min(*spare);
        w[c] += more as u16;
        *spare -= more;
    };
    // Ids first; then short titles ("Target", "Overall"), read whole
    // before text grows; then text up to a comfortable width; then long
    // titles (a pillar's name); then text in full.
    for c in (0..cols.len()).filter(|&c| shown[c]) {
        if cols[c].fit == Fit::Id {
            give(c, wants[c], &mut w, &mut spare);
        }
    }
    let whole: Vec<usize> = (0..cols.len())
        .filter(|&c| shown[c] && cols[c].fit == Fit::Whole)
        .collect();
    let mut text: Vec<usize> = (0..cols.len())
        .filter(|&c| shown[c] && matches!(cols[c].fit, Fit::Text { .. }))
        .collect();
    text.sort_by_key(|&c| match cols[c].fit {
        Fit::Text { grow, .. } => std::cmp::Reverse(grow),
        _ => std::cmp::Reverse(0),
    });
    for &c in &whole {
        give(
            c,
            wants[c].min(least[c].max(SHORT_TITLE)),
            &mut w,
            &mut spare,
        );
    }
    for &c in &text {
        give(c, naturals[c].min(COMFORTABLE), &mut w, &mut spare);
    }
    for &c in &whole {
        give(c, wants[c], &mut w, &mut spare);
    }
    for &c in &text {
        give(c, naturals[c].max(least[c]), &mut w, &mut spare);
    }
    for &c in &text {
        give(c, wants[c], &mut w, &mut spare);
    }
    // What is left goes to the text that wants room most, so the table
    // spans its block.
    if let Some(&c) = text.first() {
        w[c] += spare.min(u16::MAX as u32) as u16;
    }
    w
}
