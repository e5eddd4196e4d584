//! Names to small ids, for the row builder.

use rustc_hash::FxHashMap;

/// Names to small ids, looked up by their bytes: a name seen before costs
/// one hash lookup, or none when it is the previous row's or the one after
/// it (files list the same indicators in the same order for every
/// country-year), and neither a UTF-8 check nor an allocation.
#[derive(Default)]
pub(super) struct Interner {
    ids: FxHashMap<Box<[u8]>, u32>,
    /// Every name, by id.
    keys: Vec<Box<[u8]>>,
    last: Option<u32>,
}

impl Interner {
    pub(super) fn get(&mut self, key: &[u8]) -> Option<u32> {
        if let Some(last) = self.last {
            for guess in [last, last + 1] {
                if self.keys.get(guess as usize).is_some_and(|k| **k == *key) {
                    self.last = Some(guess);
                    return Some(guess);
                }
            }
        }
        let id = *self.ids.get(key)?;
        self.last = Some(id);
        Some(id)
    }

    /// Ids are handed out in order: `id` is the number of names so far.
    pub(super) fn insert(&mut self, key: &[u8], id: u32) {
        debug_assert_eq!(id as usize, self.keys.len());
        self.ids.insert(key.into(), id);
        self.keys.push(key.into());
        self.last = Some(id);
    }
}
