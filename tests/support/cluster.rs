//! The fake Kafka cluster, a workspace crate of its own
//! (`crates/kafka-fake`) so it is compiled once rather than into every test
//! binary; re-exported here so tests keep naming it `support::cluster`.

pub use kafka_fake::*;
