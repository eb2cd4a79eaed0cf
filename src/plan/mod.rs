//! The pure diff engine: desired topics (from manifests) against observed
//! topics (from the cluster) -> ordered actions, each with a safety class.
//! No I/O, no async: everything here is a function of its arguments.

pub mod diff;
pub mod quota;
pub mod replication;
pub mod saved;

pub use diff::{
    alter_configs_action, create_topic_action, delete_topic_action, guard_deletions,
    partitions_action, plan, plan_acls, Action, ConfigChange, Operation, Plan, PlanOptions,
    PlannedAction, Refusal, Safety, TopicUsage,
};

use std::collections::{BTreeMap, BTreeSet};

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedTopic {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    pub configs: BTreeMap<String, String>,
    /// Effective values the topic inherits from the broker or cluster
    /// (static or dynamic broker configs, or the broker's own default), for
    /// the keys not set on the topic, as DescribeConfigs reports them.
    /// Empty when the broker does not say (then Kafka's built-in defaults
    /// are assumed).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inherited: BTreeMap<String, String>,
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

/// One client-quota entity as a manifest declares it: its values are all
/// it should have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesiredQuota {
    pub entity: crate::kafka::quotas::QuotaEntity,
    pub values: BTreeMap<String, quota::QuotaValue>,
    #[serde(default)]
    pub source: SourceRef,
}

/// What a manifest set owns, from its `Ownership` documents: the only
/// topics and ACL bindings `--prune` may delete.
#[derive(Debug, Clone, Default)]
pub struct Ownership {
    /// Patterns as written, with their full-match compilation.
    topics: Vec<(String, regex::Regex)>,
    principals: BTreeSet<String>,
}

impl Ownership {
    /// Adds a topic pattern; it must match a whole topic name (`^payments\.`
    /// owns `payments.orders`, `orders` does not own `orders-dlq`).
    pub fn add_topic_pattern(&mut self, pattern: &str) -> Result<(), String> {
        let full = format!("^(?:{pattern})$");
        let re = regex::RegexBuilder::new(&full)
            .size_limit(1 << 20)
            .build()
            .map_err(|e| format!("invalid regular expression '{pattern}': {e}"))?;
        self.topics.push((pattern.to_string(), re));
        Ok(())
    }

    pub fn add_principal(&mut self, principal: &str) {
        self.principals.insert(principal.to_string());
    }

    /// Takes in everything another document owns.
    pub fn merge(&mut self, other: Ownership) {
        for t in other.topics {
            if !self.topics.iter().any(|(p, _)| *p == t.0) {
                self.topics.push(t);
            }
        }
        self.principals.extend(other.principals);
    }

    pub fn owns_topic(&self, name: &str) -> bool {
        self.topics.iter().any(|(_, re)| re.is_match(name))
    }

    pub fn owns_principal(&self, principal: &str) -> bool {
        self.principals.contains(principal)
    }

    pub fn topic_patterns(&self) -> impl Iterator<Item = &str> {
        self.topics.iter().map(|(p, _)| p.as_str())
    }

    pub fn principals(&self) -> &BTreeSet<String> {
        &self.principals
    }
}

impl PartialEq for Ownership {
    fn eq(&self, other: &Self) -> bool {
        self.topic_patterns().eq(other.topic_patterns()) && self.principals == other.principals
    }
}

impl Eq for Ownership {}
