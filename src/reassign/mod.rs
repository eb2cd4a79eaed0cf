//! Partition reassignment planning: pure functions from a cluster snapshot
//! and a goal to a reassignment in Kafka's standard JSON, so plans
//! interoperate with `kafka-reassign-partitions.sh`. No I/O, no async.
//!
//! - [`snapshot`]: the planner's input and its checks;
//! - [`reassignment`]: Kafka's reassignment JSON, validation against a
//!   snapshot, applying a plan on paper, and rollback plans;
//! - [`planner`]: the minimal-movement planner.

mod balance;
pub mod execute;
pub mod planner;
pub mod reassignment;
pub mod snapshot;

pub use planner::{plan, BrokerLoad, Goal, PlanError, PlanResult};
pub use reassignment::{
    apply_reassignment, parse_reassignment, rollback, validate_reassignment, Reassignment,
    ReassignmentEntry,
};
pub use snapshot::{
    parse_snapshot, validate_snapshot, BrokerSpec, PartitionSpec, Snapshot, SnapshotError,
};
