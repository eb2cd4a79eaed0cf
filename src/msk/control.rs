//! What cluster planning and applying need from MSK, as a trait: the real
//! client implements it over aws-sdk-kafka, tests implement it in memory.
//!
//! Every update quotes the cluster's `current_version` as read just before;
//! MSK rejects a stale one, which is what keeps two updates from racing.

use std::collections::BTreeMap;
use std::time::Duration;

use super::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterSpec, ClusterState, ConfigurationRef,
    Monitoring, Throughput,
};

/// What a wait reports each time it polls.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitStatus {
    pub cluster: String,
    pub state: ClusterState,
    /// The running operation's type and state, when there is one.
    pub operation: Option<(String, String)>,
    pub elapsed: Duration,
}

/// An update whose MSK operation ended UPDATE_FAILED. MSK leaves the cluster
/// ACTIVE after a failed update (FAILED is a cluster state only for create
/// and delete), so waiting for ACTIVE alone would call it done; the
/// operation's ErrorInfo is the only record of the failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationFailed {
    pub cluster: String,
    pub operation_arn: String,
    pub operation_type: String,
    pub state: String,
    pub error_code: String,
    pub error_string: String,
}

impl std::fmt::Display for OperationFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "MSK operation {} on cluster {} ended {}: {}: {} (operation {}; see `mskctl cluster operations {}`)",
            self.operation_type,
            self.cluster,
            self.state,
            self.error_code,
            self.error_string,
            self.operation_arn,
            self.cluster
        )
    }
}

impl std::error::Error for OperationFailed {}

/// How an operation state reads: still running, done, or failed. MSK's
/// documented states are PENDING, UPDATE_IN_PROGRESS, UPDATE_COMPLETE and
/// UPDATE_FAILED; any other `*_COMPLETE` / `*_FAILED` is read the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationOutcome {
    Running,
    Complete,
    Failed,
}

impl OperationOutcome {
    pub fn of(state: &str) -> OperationOutcome {
        if state.ends_with("_FAILED") || state == "FAILED" {
            OperationOutcome::Failed
        } else if state.ends_with("_COMPLETE") || state == "COMPLETE" {
            OperationOutcome::Complete
        } else {
            OperationOutcome::Running
        }
    }
}

#[allow(async_fn_in_trait)]
pub trait ClusterControl {
    /// The cluster with exactly this name, if any.
    async fn find(&self, name: &str) -> anyhow::Result<Option<ClusterInfo>>;
    /// Starts creating a cluster; returns its ARN.
    async fn create(&self, spec: &ClusterSpec) -> anyhow::Result<String>;
    /// Each update returns the ARN of the operation it started.
    async fn update_broker_count(
        &self,
        arn: &str,
        current_version: &str,
        count: i32,
    ) -> anyhow::Result<String>;
    async fn update_storage(
        &self,
        arn: &str,
        current_version: &str,
        storage_gib: i32,
    ) -> anyhow::Result<String>;
    async fn update_broker_type(
        &self,
        arn: &str,
        current_version: &str,
        instance_type: &str,
    ) -> anyhow::Result<String>;
    async fn update_configuration(
        &self,
        arn: &str,
        current_version: &str,
        configuration: &ConfigurationRef,
    ) -> anyhow::Result<String>;
    async fn update_monitoring(
        &self,
        arn: &str,
        current_version: &str,
        monitoring: &Monitoring,
    ) -> anyhow::Result<String>;
    /// UpdateSecurity: client authentication and client-broker encryption.
    async fn update_security(
        &self,
        arn: &str,
        current_version: &str,
        auth: &ClientAuth,
        client_broker: ClientBrokerEncryption,
    ) -> anyhow::Result<String>;
    /// UpdateConnectivity: public access on or off.
    async fn update_public_access(
        &self,
        arn: &str,
        current_version: &str,
        on: bool,
    ) -> anyhow::Result<String>;
    /// UpdateStorage: storage mode and provisioned throughput.
    async fn update_storage_settings(
        &self,
        arn: &str,
        current_version: &str,
        storage_mode: Option<&str>,
        throughput: Option<&Throughput>,
    ) -> anyhow::Result<String>;
    /// ListScramSecrets.
    async fn scram_secrets(&self, arn: &str) -> anyhow::Result<Vec<String>>;
    /// BatchAssociateScramSecret; returns "ARN: code: message" for each
    /// secret MSK did not process.
    async fn associate_scram_secrets(
        &self,
        arn: &str,
        secrets: &[String],
    ) -> anyhow::Result<Vec<String>>;
    /// BatchDisassociateScramSecret; as [`Self::associate_scram_secrets`].
    async fn disassociate_scram_secrets(
        &self,
        arn: &str,
        secrets: &[String],
    ) -> anyhow::Result<Vec<String>>;
    /// TagResource: sets these tags (no operation, takes effect at once).
    async fn tag(&self, arn: &str, tags: &BTreeMap<String, String>) -> anyhow::Result<()>;
    /// UntagResource: removes these tag keys.
    async fn untag(&self, arn: &str, keys: &[String]) -> anyhow::Result<()>;
    /// The Kafka versions MSK can move the cluster to
    /// (GetCompatibleKafkaVersions).
    async fn compatible_kafka_versions(&self, arn: &str) -> anyhow::Result<Vec<String>>;
    async fn update_kafka_version(
        &self,
        arn: &str,
        current_version: &str,
        target: &str,
    ) -> anyhow::Result<String>;
    /// Polls the operation an update started until it ends (or `timeout`
    /// passes), calling `progress` after every poll. UPDATE_COMPLETE returns
    /// the cluster once ACTIVE again; UPDATE_FAILED is an
    /// [`OperationFailed`] error carrying MSK's error code and string.
    async fn wait_for_operation(
        &self,
        cluster_arn: &str,
        operation_arn: &str,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<ClusterInfo>;
    /// Polls with backoff until the cluster reaches `state` (or fails, or
    /// `timeout` passes), calling `progress` after every poll.
    async fn wait_for_state(
        &self,
        arn: &str,
        state: ClusterState,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<ClusterInfo>;
}
