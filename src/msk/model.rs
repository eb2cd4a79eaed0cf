//! The MSK domain model shared by the client (observed clusters), the
//! `Cluster` manifest kind (desired clusters) and the cluster planner.
//!
//! Plain data, independent of the SDK's generated types, so that planning
//! stays pure and testable without AWS.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Cluster states as MSK reports them; unknown future states are kept verbatim.
/// Written and read as MSK's own names (`HEALING`, not the variant's name),
/// through [`ClusterState::as_str`] and [`ClusterState::parse`], so JSON
/// output and the table say the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum ClusterState {
    Active,
    Creating,
    Deleting,
    Failed,
    HealingAndMaintenance,
    Maintenance,
    RebootingBroker,
    Updating,
    Other(String),
}

impl From<ClusterState> for String {
    fn from(s: ClusterState) -> String {
        s.as_str().to_owned()
    }
}

impl From<String> for ClusterState {
    fn from(s: String) -> ClusterState {
        ClusterState::parse(&s)
    }
}

impl ClusterState {
    pub fn as_str(&self) -> &str {
        match self {
            ClusterState::Active => "ACTIVE",
            ClusterState::Creating => "CREATING",
            ClusterState::Deleting => "DELETING",
            ClusterState::Failed => "FAILED",
            ClusterState::HealingAndMaintenance => "HEALING",
            ClusterState::Maintenance => "MAINTENANCE",
            ClusterState::RebootingBroker => "REBOOTING_BROKER",
            ClusterState::Updating => "UPDATING",
            ClusterState::Other(s) => s,
        }
    }

    pub fn parse(s: &str) -> ClusterState {
        match s {
            "ACTIVE" => ClusterState::Active,
            "CREATING" => ClusterState::Creating,
            "DELETING" => ClusterState::Deleting,
            "FAILED" => ClusterState::Failed,
            "HEALING" => ClusterState::HealingAndMaintenance,
            "MAINTENANCE" => ClusterState::Maintenance,
            "REBOOTING_BROKER" => ClusterState::RebootingBroker,
            "UPDATING" => ClusterState::Updating,
            other => ClusterState::Other(other.to_owned()),
        }
    }
}

impl std::fmt::Display for ClusterState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How clients may authenticate. Several may be enabled at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientAuth {
    pub iam: bool,
    pub scram: bool,
    /// ACM Private CA ARNs trusted for mutual TLS; empty means TLS client
    /// auth is off.
    pub tls_certificate_authority_arns: Vec<String>,
    pub unauthenticated: bool,
}

/// Provisioned storage throughput of the brokers' EBS volumes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Throughput {
    pub enabled: bool,
    /// MiB/s; `None` with `enabled` means MSK's default (250).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_throughput: Option<i32>,
}

/// Encryption between clients and brokers as MSK names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ClientBrokerEncryption {
    Tls,
    TlsPlaintext,
    Plaintext,
}

impl ClientBrokerEncryption {
    pub fn as_str(self) -> &'static str {
        match self {
            ClientBrokerEncryption::Tls => "TLS",
            ClientBrokerEncryption::TlsPlaintext => "TLS_PLAINTEXT",
            ClientBrokerEncryption::Plaintext => "PLAINTEXT",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Encryption {
    pub client_broker: ClientBrokerEncryption,
    pub in_cluster: bool,
    /// KMS key for data at rest; `None` means the AWS-managed key.
    pub at_rest_kms_key: Option<String>,
}

impl Default for Encryption {
    fn default() -> Self {
        // MSK's own defaults for a new cluster.
        Encryption {
            client_broker: ClientBrokerEncryption::Tls,
            in_cluster: true,
            at_rest_kms_key: None,
        }
    }
}

/// A configuration and the revision a cluster uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigurationRef {
    pub arn: String,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Monitoring {
    /// DEFAULT, PER_BROKER, PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION.
    pub enhanced: String,
    pub jmx_exporter: bool,
    pub node_exporter: bool,
}

impl Default for Monitoring {
    fn default() -> Self {
        Monitoring {
            enhanced: "DEFAULT".to_owned(),
            jmx_exporter: false,
            node_exporter: false,
        }
    }
}

/// A provisioned cluster as MSK describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterInfo {
    pub name: String,
    pub arn: String,
    pub state: ClusterState,
    /// Every update must quote it; it changes after each update.
    pub current_version: String,
    pub kafka_version: String,
    pub broker_count: i32,
    pub instance_type: String,
    pub storage_gib: i32,
    pub client_subnets: Vec<String>,
    pub security_groups: Vec<String>,
    pub client_auth: ClientAuth,
    pub encryption: Encryption,
    pub configuration: Option<ConfigurationRef>,
    pub monitoring: Monitoring,
    pub public_access: bool,
    pub tags: BTreeMap<String, String>,
    /// RFC 3339.
    pub created: Option<String>,
    /// Intelligent rebalancing of an Express cluster, `ACTIVE` or
    /// `PAUSED`; `None` where MSK reports none (Standard brokers).
    #[serde(default)]
    pub rebalancing: Option<String>,
    /// The Kafka versions MSK can move this cluster to
    /// (GetCompatibleKafkaVersions), read only when a version change is
    /// being planned: the planner is pure and judges the change from it.
    #[serde(default, skip_serializing)]
    pub compatible_kafka_versions: Option<Vec<String>>,
    /// The SCRAM secrets associated with the cluster (ListScramSecrets),
    /// read only when a manifest declares them.
    #[serde(default, skip_serializing)]
    pub scram_secrets: Option<Vec<String>>,
    /// `LOCAL` or `TIERED`, as MSK reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_mode: Option<String>,
    #[serde(default)]
    pub provisioned_throughput: Throughput,
    /// An MSK Serverless cluster: only name, state, version, subnets,
    /// security groups and IAM are meaningful.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub serverless: bool,
}

/// The status MSK reports while intelligent rebalancing moves partitions
/// by itself; third-party reassignments must not run meanwhile.
pub const REBALANCING_ACTIVE: &str = "ACTIVE";
pub const REBALANCING_PAUSED: &str = "PAUSED";

impl ClusterInfo {
    /// Whether MSK itself moves partitions on this (Express) cluster now.
    pub fn rebalancing_active(&self) -> bool {
        self.rebalancing.as_deref() == Some(REBALANCING_ACTIVE)
    }

    /// MSK spreads brokers evenly over the client subnets' zones, one
    /// subnet per zone, so the zone count is the subnet count.
    pub fn zone_count(&self) -> usize {
        self.client_subnets.len()
    }
}

/// A cluster as a `Cluster` manifest asks for it. Optional fields left out
/// mean "whatever MSK defaults to" on create and "leave alone" on update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterSpec {
    pub name: String,
    pub kafka_version: String,
    pub broker_count: i32,
    pub instance_type: String,
    pub storage_gib: i32,
    pub client_subnets: Vec<String>,
    pub security_groups: Vec<String>,
    pub client_auth: ClientAuth,
    pub encryption: Option<Encryption>,
    pub configuration: Option<ConfigurationRef>,
    pub monitoring: Option<Monitoring>,
    pub tags: BTreeMap<String, String>,
    /// `None`: left as it is (and off at creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_access: Option<bool>,
    /// `clientAuth.scram.secrets`: the Secrets Manager secrets (SCRAM
    /// users) associated with the cluster. `None`: left as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scram_secrets: Option<Vec<String>>,
    /// `storageMode: LOCAL|TIERED`; `None`: left as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_mode: Option<String>,
    /// `provisionedThroughput`; `None`: left as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisioned_throughput: Option<Throughput>,
    /// `spec.serverless`: an MSK Serverless cluster (IAM only); the
    /// provisioned fields are then unused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serverless: Option<ServerlessSpec>,
}

/// `spec.serverless: {subnets, securityGroups}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerlessSpec {
    pub subnets: Vec<String>,
    #[serde(default)]
    pub security_groups: Vec<String>,
}

/// One cluster operation (an update, a creation, a reboot).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationInfo {
    pub arn: String,
    /// UPDATE_BROKER_COUNT, UPDATE_BROKER_STORAGE, ...
    pub operation_type: String,
    /// PENDING, UPDATE_IN_PROGRESS, UPDATE_COMPLETE, UPDATE_FAILED, ...
    pub state: String,
    /// RFC 3339.
    pub started: Option<String>,
    pub ended: Option<String>,
    /// Steps completed so far, in order, when MSK reports them.
    pub steps: Vec<String>,
    pub error: Option<String>,
    /// The brokers a broker-count decrease removed, as MSK reports them
    /// (BrokerCountUpdateInfo.DeletedBrokerIds): MSK chooses them, so they
    /// are what to report, not the brokers a drain emptied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_broker_ids: Vec<i32>,
}

/// One broker node as ListNodes reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeInfo {
    pub broker_id: i32,
    pub instance_type: String,
    pub client_subnet: Option<String>,
    pub endpoints: Vec<String>,
}

/// Sample clusters for unit tests across the planner, the executor and the
/// commands.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub const ARN: &str = "arn:aws:kafka:eu-west-1:1:cluster/orders/x";

    /// Three IAM-only kafka.m5.large brokers over three zones.
    pub fn spec() -> ClusterSpec {
        ClusterSpec {
            name: "orders".into(),
            kafka_version: "3.6.0".into(),
            broker_count: 3,
            instance_type: "kafka.m5.large".into(),
            storage_gib: 1000,
            client_subnets: vec!["subnet-a".into(), "subnet-b".into(), "subnet-c".into()],
            security_groups: vec!["sg-1".into()],
            client_auth: ClientAuth {
                iam: true,
                ..ClientAuth::default()
            },
            encryption: None,
            configuration: None,
            monitoring: None,
            tags: BTreeMap::new(),
            public_access: None,
            scram_secrets: None,
            storage_mode: None,
            provisioned_throughput: None,
            serverless: None,
        }
    }

    /// An ACTIVE cluster exactly as `s` asks for.
    pub fn info_of(s: &ClusterSpec) -> ClusterInfo {
        ClusterInfo {
            name: s.name.clone(),
            arn: ARN.into(),
            state: ClusterState::Active,
            current_version: "K1".into(),
            kafka_version: s.kafka_version.clone(),
            broker_count: s.broker_count,
            instance_type: s.instance_type.clone(),
            storage_gib: s.storage_gib,
            client_subnets: s.client_subnets.clone(),
            security_groups: s.security_groups.clone(),
            client_auth: s.client_auth.clone(),
            encryption: s.encryption.clone().unwrap_or_default(),
            configuration: s.configuration.clone(),
            monitoring: s.monitoring.clone().unwrap_or_default(),
            public_access: false,
            tags: s.tags.clone(),
            created: None,
            rebalancing: None,
            compatible_kafka_versions: None,
            scram_secrets: None,
            storage_mode: None,
            provisioned_throughput: Throughput::default(),
            serverless: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_written_and_read_with_msk_names() {
        for name in [
            "ACTIVE",
            "CREATING",
            "DELETING",
            "FAILED",
            "HEALING",
            "MAINTENANCE",
            "REBOOTING_BROKER",
            "UPDATING",
            "SOMETHING_NEW",
        ] {
            let state = ClusterState::parse(name);
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<ClusterState>(&json).unwrap(), state);
        }
        assert_eq!(
            ClusterState::parse("HEALING"),
            ClusterState::HealingAndMaintenance
        );
    }
}
