//! What cluster planning and applying need from MSK, as a trait: the real
//! client implements it over aws-sdk-kafka, tests implement it in memory.
//!
//! Every update quotes the cluster's `current_version` as read just before;
//! MSK rejects a stale one, which is what keeps two updates from racing.

use std::time::Duration;

use super::model::{ClusterInfo, ClusterSpec, ClusterState, ConfigurationRef, Monitoring};

/// What a wait reports each time it polls.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitStatus {
    pub cluster: String,
    pub state: ClusterState,
    /// The running operation's type and state, when there is one.
    pub operation: Option<(String, String)>,
    pub elapsed: Duration,
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
