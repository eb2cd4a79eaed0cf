//! The Kafka side: one admin facade ([`Admin`]) over a wire client built on
//! the `kafka-protocol` crate (see docs/decisions.md for why not rdkafka).

pub mod acls;
pub mod admin;
pub mod auth;
pub mod client;
pub mod conn;
pub mod data;
pub mod error;
pub mod groups;
pub mod quotas;
pub mod reassignment;
pub mod scram;
pub mod settings;
pub mod usage;

pub use admin::Admin;
pub use error::KafkaError;
pub use settings::ConnectionSettings;
