//! The pure diff engine: desired topics (from manifests) against observed
//! topics (from the cluster) -> ordered actions, each with a safety class.
//! No I/O, no async: everything here is a function of its arguments.

pub mod cluster;
pub mod diff;
pub mod replication;

pub use cluster::{
    plan_cluster, ClusterChange, ClusterPlan, ClusterRefusal, ClusterStep, DesiredCluster,
};
pub use diff::{
    alter_configs_action, create_topic_action, partitions_action, plan, plan_acls, Action,
    ConfigChange, Plan, PlanOptions, PlannedAction, Refusal, Safety,
};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::kafka::acls::AclBinding;

/// Where a resource was declared, for messages (`file:line:col`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A topic as a manifest wants it. `configs` is the complete set of explicit
/// topic configs (raw Kafka keys, values as strings); any dynamic config
/// set on the cluster but absent here is to be removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesiredTopic {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    pub configs: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub source: SourceRef,
}

/// A topic as the cluster has it. `configs` holds only the configs set on
/// the topic itself (source DYNAMIC_TOPIC_CONFIG); `sensitive` names the
/// keys whose values the broker hides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedTopic {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    pub configs: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sensitive: Vec<String>,
    #[serde(default)]
    pub internal: bool,
}

/// One ACL binding as a manifest declares it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesiredAcl {
    pub binding: AclBinding,
    #[serde(default)]
    pub source: SourceRef,
}
