//! The AWS side: the MSK control plane (clusters, configurations, operations)
//! and IAM authentication for Kafka clients.
//!
//! Like `kafka`, nothing here parses arguments or touches the terminal; commands pass
//! settings in and render what comes back.

pub mod apply;
pub mod aws;
pub mod bootstrap;
pub mod client;
pub mod control;
pub mod iam;
pub mod model;
pub mod plan;
pub mod rules;

pub use client::Msk;
