//! The data layer: loading, the model, scoring and queries. It has no UI
//! dependency, so the dashboard and the headless commands share it.

pub mod compare;
pub mod data360;
pub mod encoding;
pub mod error;
pub mod gci;
pub mod load;
pub mod model;
pub mod parallel;
pub mod plan;
mod plan_candidates;
mod plan_run;
mod plan_state;
mod plan_step;
pub mod rank;
pub mod records;
pub mod scenario;
pub mod scenario_file;
pub mod schema;
pub mod score;
pub mod sum;
pub mod write;

pub use error::LoadError;
pub use load::{
    Progress, load_path, load_path_with, load_paths, load_paths_with, load_reader, reload_paths,
};
pub use model::{CountryIx, Dataset, IndicatorIx, PillarIx, YearIx};
pub use score::Tier;
