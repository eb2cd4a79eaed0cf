//! mskctl: operate Apache Kafka and Amazon MSK from one command line.
//!
//! The binary is a thin layer (`cli` + `commands`) over this library: the
//! Kafka admin facade in [`kafka`], connection profiles in [`context`], and
//! rendering in [`render`]. Nothing below `commands` parses arguments or touches the
//! terminal.

pub mod cli;
pub mod commands;
pub mod context;
pub mod error;
pub mod input;
pub mod kafka;
pub mod manifest;
pub mod msk;
pub mod ops;
pub mod plan;
pub mod reassign;
pub mod registry;
pub mod render;
pub mod session;
pub mod units;
pub mod yaml;
