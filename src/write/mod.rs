//! Everything cyberindex writes to disk goes through here: the one atomic
//! writer (regular files replaced by rename; FIFOs, terminals and
//! `/dev/stdout` written through; nothing else replaced).

mod atomic;

pub use atomic::*;
