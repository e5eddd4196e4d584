//! Reading: every input format becomes a [`Dataset`](crate::model::Dataset)
//! here, with errors that name the file, the line and the column.

pub mod data360;
pub mod encoding;
pub mod error;
pub mod load;
pub mod parallel;
pub mod records;
pub mod scenario;
pub mod schema;

pub use error::LoadError;
pub use load::{
    Progress, load_path, load_path_with, load_paths, load_paths_with, load_reader, reload_paths,
};
