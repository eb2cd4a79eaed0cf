//! Partition reassignment. Planning is pure functions from a cluster
//! snapshot and a goal to a reassignment in Kafka's standard JSON, so plans
//! interoperate with `kafka-reassign-partitions.sh`: no I/O, no async.
//!
//! - [`snapshot`]: the planner's input and its checks;
//! - [`reassignment`]: Kafka's reassignment JSON, validation against a
//!   snapshot, and applying a plan on paper;
//! - [`planner`]: the minimal-movement planner;
//! - [`execute`]: the executor's pure pieces (throttles, rollback plan,
//!   partition states); the calls on a live cluster are in
//!   `ops::reassign` (in the ops layer).

mod balance;
pub mod execute;
pub mod planner;
pub mod reassignment;
pub mod snapshot;

pub use planner::{
    plan, Balance, BalanceSettings, BrokerLoad, BytesBand, Goal, PlanError, PlanResult,
};
pub use reassignment::{
    apply_reassignment, parse_reassignment, validate_reassignment, Reassignment, ReassignmentEntry,
};
pub use snapshot::{
    parse_snapshot, validate_snapshot, BrokerSpec, PartitionSpec, Snapshot, SnapshotError,
};
