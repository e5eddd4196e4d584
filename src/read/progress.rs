//! How far a load has got, shared with whoever shows it.

use std::sync::atomic::AtomicU64;

/// How far a load has got, for a progress gauge. Updated every few thousand
/// rows, from whichever threads are reading.
#[derive(Debug, Default)]
pub struct Progress {
    pub rows: AtomicU64,
    /// Rows the file probably holds, judged from its size; 0 if unknown.
    pub expected: AtomicU64,
}
