//! The model: a dataset and everything computed from it (scores, year and
//! peer comparisons, ranks, what-if scenarios, the action plan). It does no
//! I/O and knows nothing of files, terminals or reports, so the dashboard
//! and every headless command compute the same figures from it.

pub mod compare_year;
pub mod dataset;
pub mod gci;
pub mod plan;
pub mod rank;
pub mod scenario;
pub mod score;
pub mod sum;
pub mod tier;

pub use dataset::{CountryIx, Dataset, IndicatorIx, PillarIx, YearIx};
pub use tier::Tier;
