//! Selection and scroll position of one list.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

impl Cursor {
    /// Moves by `delta` rows within `len`, then keeps the selection visible
    /// in a window of `height` rows.
    pub fn step(&mut self, delta: isize, len: usize, height: usize) {
        let target = self.selected.saturating_add_signed(delta);
        self.selected = target.min(len.saturating_sub(1));
        self.fit(len, height);
    }

    pub fn set(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.fit(len, height);
    }

    /// Clamps after the list or the window changed size.
    pub fn fit(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolls_only_when_the_selection_leaves_the_window() {
        let mut c = Cursor::default();
        c.step(4, 20, 5);
        assert_eq!((c.selected, c.offset), (4, 0));
        c.step(1, 20, 5);
        assert_eq!((c.selected, c.offset), (5, 1));
        c.step(-1, 20, 5);
        assert_eq!((c.selected, c.offset), (4, 1));
        c.step(100, 20, 5);
        assert_eq!((c.selected, c.offset), (19, 15));
        c.step(-100, 20, 5);
        assert_eq!((c.selected, c.offset), (0, 0));
    }

    #[test]
    fn empty_lists_and_zero_heights_are_safe() {
        let mut c = Cursor {
            selected: 3,
            offset: 2,
        };
        c.fit(0, 0);
        assert_eq!((c.selected, c.offset), (0, 0));
        c.step(1, 0, 10);
        assert_eq!(c.selected, 0);
    }
}
