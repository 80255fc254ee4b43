//! clausier: read → document model → rule engine → findings → report.
//!
//! The binary (`src/main.rs`) is glue over this library; benches and fuzz targets
//! use the same functions.

pub mod baseline;
pub mod cli;
pub mod config;
pub mod engine;
pub mod explain;
pub mod finding;
pub mod fold;
pub mod located;
pub mod lsp;
pub mod model;
pub mod read;
pub mod report;
pub mod review;
pub mod rules;
pub mod run;
pub mod serve;
pub mod settings;
pub mod suppress;
pub mod ui;
pub mod usage;
pub mod write;
