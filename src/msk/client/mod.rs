//! The MSK control plane over aws-sdk-kafka: clusters, bootstrap brokers,
//! nodes, operations, updates and configurations, translated into the
//! shared model and into errors a person can act on.
//!
//! Provisioned clusters only: serverless clusters are listed but refused
//! where the provisioned shape is needed.
//!
//! The calls are in this file; `control.rs` is the cluster control the
//! executor and waits drive, `convert.rs` the translation from and to the
//! SDK's types, `errors.rs` the wording of AWS errors, `scram.rs` the
//! SCRAM secrets associated with a cluster.

mod control;
mod convert;
mod errors;
mod maintenance;
mod scram;
mod serverless;
#[cfg(test)]
mod tests;
mod topics;

pub use convert::*;
pub use errors::*;
pub use scram::UnprocessedSecret;
pub use topics::{decode_configs, encode_configs, MskPartition, MskTopic, MskTopicSummary};

use std::time::{Duration, Instant, SystemTime};

use anyhow::{anyhow, bail};
use aws_sdk_kafka::types as sdk;
use aws_sdk_kafka::Client;
use aws_smithy_types::date_time::Format;
use aws_smithy_types::{Blob, DateTime};
use serde::{Deserialize, Serialize};

use super::aws::{region_of, sdk_config, AwsSettings};
use super::control::{OperationOutcome, WaitStatus};
use super::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterState, ConfigurationRef, NodeInfo,
    OperationInfo,
};
use crate::error::UsageError;

/// Whether an operation changed broker storage, for MSK's six-hour storage
/// cooldown. AWS documents no list of operation types; the ones seen name
/// the storage (`UPDATE_BROKER_STORAGE`, and `UPDATE_STORAGE` for
/// UpdateStorage's volume size, throughput and storage mode), so any type
/// naming storage counts: a cooldown assumed once too often costs a
/// refusal with its end time, one missed costs a failed update.
pub fn is_storage_operation(operation_type: &str) -> bool {
    operation_type.to_ascii_uppercase().contains("STORAGE")
}

/// Which listener a client connects to; selects the bootstrap string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BootstrapAuth {
    Iam,
    Scram,
    Tls,
    Plaintext,
}

impl BootstrapAuth {
    pub const ALL: [BootstrapAuth; 4] = [
        BootstrapAuth::Iam,
        BootstrapAuth::Scram,
        BootstrapAuth::Tls,
        BootstrapAuth::Plaintext,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BootstrapAuth::Iam => "iam",
            BootstrapAuth::Scram => "scram",
            BootstrapAuth::Tls => "tls",
            BootstrapAuth::Plaintext => "plaintext",
        }
    }
}

impl BootstrapAuth {
    /// The listener to use when nothing says which: the cluster's client
    /// authentication first (IAM, then SCRAM, then mutual TLS), and for an
    /// unauthenticated cluster the listener its in-transit encryption has.
    /// MSK's default encryption is TLS only, which has no plaintext
    /// listener at all; with TLS_PLAINTEXT both exist and TLS is preferred.
    pub fn for_cluster(auth: &ClientAuth, client_broker: ClientBrokerEncryption) -> BootstrapAuth {
        if auth.iam {
            BootstrapAuth::Iam
        } else if auth.scram {
            BootstrapAuth::Scram
        } else if !auth.tls_certificate_authority_arns.is_empty() {
            BootstrapAuth::Tls
        } else {
            match client_broker {
                ClientBrokerEncryption::Tls | ClientBrokerEncryption::TlsPlaintext => {
                    BootstrapAuth::Tls
                }
                ClientBrokerEncryption::Plaintext => BootstrapAuth::Plaintext,
            }
        }
    }
}

impl std::fmt::Display for BootstrapAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for BootstrapAuth {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "iam" => Ok(BootstrapAuth::Iam),
            "scram" => Ok(BootstrapAuth::Scram),
            "tls" => Ok(BootstrapAuth::Tls),
            "plaintext" => Ok(BootstrapAuth::Plaintext),
            _ => Err(format!(
                "unknown MSK auth '{s}': expected iam, scram, tls or plaintext"
            )),
        }
    }
}

/// Which of a cluster's networks a client reaches the brokers on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Network {
    /// The cluster's own VPC, over IPv4 (the default).
    #[default]
    Private,
    /// Public access (must be turned on).
    Public,
    /// Another VPC, through MSK multi-VPC private connectivity.
    VpcConnectivity,
    /// The cluster's own VPC, over IPv6 (dual-stack subnets).
    Ipv6,
}

impl Network {
    pub const ALL: [Network; 4] = [
        Network::Private,
        Network::Public,
        Network::VpcConnectivity,
        Network::Ipv6,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Network::Private => "private",
            Network::Public => "public",
            Network::VpcConnectivity => "vpc-connectivity",
            Network::Ipv6 => "ipv6",
        }
    }

    /// How `available()` prefixes this network's listeners (`public iam`).
    fn prefix(self) -> &'static str {
        match self {
            Network::Private => "",
            Network::Public => "public ",
            Network::VpcConnectivity => "vpc-connectivity ",
            Network::Ipv6 => "ipv6 ",
        }
    }

    /// Why a network has no listener at all.
    fn missing(self) -> &'static str {
        match self {
            Network::Private => "",
            Network::Public => "public access is not turned on for the cluster",
            Network::VpcConnectivity => {
                "multi-VPC private connectivity is not turned on for the cluster"
            }
            Network::Ipv6 => "the cluster has no IPv6 (dual-stack) listeners",
        }
    }
}

impl std::fmt::Display for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every bootstrap string GetBootstrapBrokers returned, by listener.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BootstrapBrokers {
    pub plaintext: Option<String>,
    pub tls: Option<String>,
    pub scram: Option<String>,
    pub iam: Option<String>,
    pub public_tls: Option<String>,
    pub public_scram: Option<String>,
    pub public_iam: Option<String>,
    #[serde(default)]
    pub vpc_connectivity_tls: Option<String>,
    #[serde(default)]
    pub vpc_connectivity_scram: Option<String>,
    #[serde(default)]
    pub vpc_connectivity_iam: Option<String>,
    #[serde(default)]
    pub ipv6_plaintext: Option<String>,
    #[serde(default)]
    pub ipv6_tls: Option<String>,
    #[serde(default)]
    pub ipv6_scram: Option<String>,
    #[serde(default)]
    pub ipv6_iam: Option<String>,
}

impl BootstrapBrokers {
    /// The string for `auth` (public or private), or a message naming the
    /// listeners the cluster does have.
    pub fn select(&self, auth: BootstrapAuth, public: bool) -> Result<&str, String> {
        let network = if public {
            Network::Public
        } else {
            Network::Private
        };
        self.select_on(auth, network)
    }

    fn listener(&self, auth: BootstrapAuth, network: Network) -> Option<&Option<String>> {
        use BootstrapAuth as A;
        use Network as N;
        Some(match (network, auth) {
            (N::Private, A::Iam) => &self.iam,
            (N::Private, A::Scram) => &self.scram,
            (N::Private, A::Tls) => &self.tls,
            (N::Private, A::Plaintext) => &self.plaintext,
            (N::Public, A::Iam) => &self.public_iam,
            (N::Public, A::Scram) => &self.public_scram,
            (N::Public, A::Tls) => &self.public_tls,
            (N::VpcConnectivity, A::Iam) => &self.vpc_connectivity_iam,
            (N::VpcConnectivity, A::Scram) => &self.vpc_connectivity_scram,
            (N::VpcConnectivity, A::Tls) => &self.vpc_connectivity_tls,
            (N::Ipv6, A::Iam) => &self.ipv6_iam,
            (N::Ipv6, A::Scram) => &self.ipv6_scram,
            (N::Ipv6, A::Tls) => &self.ipv6_tls,
            (N::Ipv6, A::Plaintext) => &self.ipv6_plaintext,
            (N::Public | N::VpcConnectivity, A::Plaintext) => return None,
        })
    }

    /// The string for `auth` on `network`, or a message naming the
    /// listeners the cluster does have.
    pub fn select_on(&self, auth: BootstrapAuth, network: Network) -> Result<&str, String> {
        let Some(found) = self.listener(auth, network) else {
            return Err(format!(
                "MSK {} access never offers a plaintext listener; use --auth iam, scram or tls",
                network
            ));
        };
        if let Some(s) = found.as_deref().filter(|s| !s.is_empty()) {
            return Ok(s);
        }
        let available = self.available();
        let what = network.prefix();
        let why = if network != Network::Private && !available.iter().any(|a| a.starts_with(what)) {
            network.missing().to_owned()
        } else {
            format!("{auth} client authentication is not enabled on the cluster")
        };
        Err(format!(
            "no {what}{auth} bootstrap brokers: {why}; available: {}",
            if available.is_empty() {
                "none".to_owned()
            } else {
                available.join(", ")
            }
        ))
    }

    /// Listener names with a bootstrap string, e.g. `tls`, `public iam`.
    pub fn available(&self) -> Vec<String> {
        let mut out = Vec::new();
        for network in Network::ALL {
            for auth in BootstrapAuth::ALL {
                if self
                    .listener(auth, network)
                    .is_some_and(|v| v.as_deref().is_some_and(|s| !s.is_empty()))
                {
                    out.push(format!("{}{auth}", network.prefix()));
                }
            }
        }
        out
    }
}

/// One row of `cluster list`: any cluster type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterSummary {
    pub name: String,
    pub arn: String,
    /// PROVISIONED or SERVERLESS.
    pub cluster_type: String,
    pub state: ClusterState,
    pub kafka_version: Option<String>,
    pub broker_count: Option<i32>,
    pub instance_type: Option<String>,
    pub created: Option<String>,
}

/// A described cluster plus what only matters while it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterDetail {
    pub info: ClusterInfo,
    pub active_operation: Option<String>,
    /// MSK's explanation of the state (for FAILED clusters), if any.
    pub state_message: Option<String>,
}

/// A configuration as ListConfigurations / DescribeConfiguration report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigurationSummary {
    pub arn: String,
    pub name: String,
    pub description: Option<String>,
    pub kafka_versions: Vec<String>,
    pub latest_revision: Option<i64>,
    pub state: Option<String>,
    pub created: Option<String>,
}

/// One revision of a configuration with its decoded server.properties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigurationDetail {
    #[serde(flatten)]
    pub summary: ConfigurationSummary,
    pub revision: i64,
    pub revision_description: Option<String>,
    pub revision_created: Option<String>,
    pub server_properties: String,
}

/// The MSK control plane.
#[derive(Debug, Clone)]
pub struct Msk {
    client: Client,
    poll_min: Duration,
    poll_max: Duration,
}

impl Msk {
    /// A client from the SDK's standard chain plus `settings`.
    pub async fn connect(settings: &AwsSettings, timeout: Duration) -> anyhow::Result<Msk> {
        let config = sdk_config(settings, timeout).await;
        region_of(&config)?;
        Ok(Msk::from_client(Client::new(&config)))
    }

    /// Wraps an existing client (tests pass a mocked one).
    pub fn from_client(client: Client) -> Msk {
        Msk {
            client,
            poll_min: Duration::from_secs(1),
            poll_max: Duration::from_secs(15),
        }
    }

    /// Sets the polling backoff of waits: from `min`, growing to `max`.
    pub fn with_poll_interval(mut self, min: Duration, max: Duration) -> Msk {
        self.poll_min = min;
        self.poll_max = max.max(min);
        self
    }

    /// Clusters whose name starts with `name_prefix` (all without one).
    pub async fn list(&self, name_prefix: Option<&str>) -> anyhow::Result<Vec<ClusterSummary>> {
        let mut out = Vec::new();
        for c in self.list_raw(name_prefix).await? {
            out.push(summary_of(&c)?);
        }
        out.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.arn.cmp(&b.arn)));
        Ok(out)
    }

    async fn list_raw(&self, name_prefix: Option<&str>) -> anyhow::Result<Vec<sdk::Cluster>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let resp = self
                .client
                .list_clusters_v2()
                .set_cluster_name_filter(name_prefix.map(str::to_owned))
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| aws_error("cannot list MSK clusters", e))?;
            out.extend(resp.cluster_info_list().iter().cloned());
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                _ => break,
            }
        }
        Ok(out)
    }

    /// The ARN of the cluster named `name_or_arn` (an ARN is returned as is).
    /// Unknown and ambiguous names are errors that list the candidates.
    pub async fn resolve(&self, name_or_arn: &str) -> anyhow::Result<String> {
        if name_or_arn.starts_with("arn:") {
            return Ok(name_or_arn.to_owned());
        }
        if name_or_arn.is_empty() {
            return Err(UsageError("an MSK cluster name or ARN is required".into()).into());
        }
        let listed = self.list(Some(name_or_arn)).await?;
        let exact: Vec<&ClusterSummary> = listed.iter().filter(|c| c.name == name_or_arn).collect();
        match exact.as_slice() {
            [one] => return Ok(one.arn.clone()),
            [] => {}
            many => {
                let arns: Vec<&str> = many.iter().map(|c| c.arn.as_str()).collect();
                bail!(
                    "{} MSK clusters are named '{name_or_arn}'; pass the ARN of one of them:\n  {}",
                    many.len(),
                    arns.join("\n  ")
                );
            }
        }
        // Names starting with it first, then similar ones from the whole list.
        let mut close: Vec<String> = listed.iter().map(|c| c.name.clone()).collect();
        if close.is_empty() {
            let all = self.list(None).await?;
            close = close_names(name_or_arn, all.iter().map(|c| c.name.as_str()));
        }
        close.dedup();
        if close.is_empty() {
            bail!("no MSK cluster named '{name_or_arn}' in this account and region (see `mskctl cluster list`)");
        }
        bail!(
            "no MSK cluster named '{name_or_arn}'; did you mean: {}?",
            close.join(", ")
        )
    }

    /// The provisioned cluster `arn`.
    pub async fn describe(&self, arn: &str) -> anyhow::Result<ClusterInfo> {
        Ok(self.describe_detail(arn).await?.info)
    }

    /// Resolves a name or ARN and describes the cluster.
    pub async fn describe_named(&self, name_or_arn: &str) -> anyhow::Result<ClusterInfo> {
        let arn = self.resolve(name_or_arn).await?;
        self.describe(&arn).await
    }

    pub async fn describe_detail(&self, arn: &str) -> anyhow::Result<ClusterDetail> {
        let detail = self.describe_detail_any(arn).await?;
        if detail.info.serverless {
            // The provisioned-only commands come here: say why not.
            return Err(UsageError(format!(
                "cluster {} is an MSK Serverless cluster: this command applies to provisioned clusters only (for Serverless: cluster list|describe|delete|bootstrap --auth iam, and Cluster manifests with spec.serverless)",
                detail.info.name
            ))
            .into());
        }
        Ok(detail)
    }

    /// [`Self::describe_detail`] for a cluster of either type.
    pub async fn describe_detail_any(&self, arn: &str) -> anyhow::Result<ClusterDetail> {
        let resp = self
            .client
            .describe_cluster_v2()
            .cluster_arn(arn)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot describe MSK cluster {arn}"), e))?;
        let cluster = resp
            .cluster_info()
            .ok_or_else(|| anyhow!("MSK described cluster {arn} without any details"))?;
        Ok(ClusterDetail {
            info: info_of_any(cluster)?,
            active_operation: cluster
                .active_operation_arn()
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            state_message: cluster
                .state_info()
                .and_then(|s| match (s.code(), s.message()) {
                    (Some(c), Some(m)) => Some(format!("{c}: {m}")),
                    (Some(x), None) | (None, Some(x)) => Some(x.to_owned()),
                    (None, None) => None,
                }),
        })
    }

    /// Every bootstrap string of the cluster.
    pub async fn bootstrap_brokers(&self, arn: &str) -> anyhow::Result<BootstrapBrokers> {
        let r = self
            .client
            .get_bootstrap_brokers()
            .cluster_arn(arn)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot get the bootstrap brokers of {arn}"), e))?;
        let s = |v: Option<&str>| v.filter(|s| !s.is_empty()).map(str::to_owned);
        Ok(BootstrapBrokers {
            plaintext: s(r.bootstrap_broker_string()),
            tls: s(r.bootstrap_broker_string_tls()),
            scram: s(r.bootstrap_broker_string_sasl_scram()),
            iam: s(r.bootstrap_broker_string_sasl_iam()),
            public_tls: s(r.bootstrap_broker_string_public_tls()),
            public_scram: s(r.bootstrap_broker_string_public_sasl_scram()),
            public_iam: s(r.bootstrap_broker_string_public_sasl_iam()),
            vpc_connectivity_tls: s(r.bootstrap_broker_string_vpc_connectivity_tls()),
            vpc_connectivity_scram: s(r.bootstrap_broker_string_vpc_connectivity_sasl_scram()),
            vpc_connectivity_iam: s(r.bootstrap_broker_string_vpc_connectivity_sasl_iam()),
            ipv6_plaintext: s(r.bootstrap_broker_string_ipv6()),
            ipv6_tls: s(r.bootstrap_broker_string_tls_ipv6()),
            ipv6_scram: s(r.bootstrap_broker_string_sasl_scram_ipv6()),
            ipv6_iam: s(r.bootstrap_broker_string_sasl_iam_ipv6()),
        })
    }

    /// The bootstrap string for `auth`; an error says which ones exist.
    pub async fn bootstrap(
        &self,
        arn: &str,
        auth: BootstrapAuth,
        public: bool,
    ) -> anyhow::Result<String> {
        let network = if public {
            Network::Public
        } else {
            Network::Private
        };
        self.bootstrap_on(arn, auth, network).await
    }

    /// The bootstrap string for `auth` on `network`; an error says which
    /// ones exist.
    pub async fn bootstrap_on(
        &self,
        arn: &str,
        auth: BootstrapAuth,
        network: Network,
    ) -> anyhow::Result<String> {
        let all = self.bootstrap_brokers(arn).await?;
        all.select_on(auth, network)
            .map(str::to_owned)
            .map_err(|m| anyhow!("cluster {}: {m}", short_name(arn)))
    }

    /// Broker nodes, by broker id.
    pub async fn nodes(&self, arn: &str) -> anyhow::Result<Vec<NodeInfo>> {
        let listed = self
            .client
            .list_nodes()
            .cluster_arn(arn)
            .into_paginator()
            .items()
            .send()
            .try_collect()
            .await
            .map_err(|e| aws_error(&format!("cannot list the nodes of {arn}"), e))?;
        let mut out: Vec<NodeInfo> = listed
            .iter()
            .filter_map(|n| {
                let b = n.broker_node_info()?;
                Some(NodeInfo {
                    broker_id: b.broker_id().map(|f| f as i32).unwrap_or(-1),
                    instance_type: n.instance_type().unwrap_or_default().to_owned(),
                    client_subnet: b.client_subnet().map(str::to_owned),
                    endpoints: b.endpoints().to_vec(),
                })
            })
            .collect();
        out.sort_by_key(|n| n.broker_id);
        Ok(out)
    }

    /// The cluster's operations, newest first.
    pub async fn operations(&self, arn: &str) -> anyhow::Result<Vec<OperationInfo>> {
        let listed = self
            .client
            .list_cluster_operations_v2()
            .cluster_arn(arn)
            .into_paginator()
            .items()
            .send()
            .try_collect()
            .await
            .map_err(|e| aws_error(&format!("cannot list the operations of {arn}"), e))?;
        let mut out: Vec<OperationInfo> = listed
            .iter()
            .map(|o| OperationInfo {
                arn: o.operation_arn().unwrap_or_default().to_owned(),
                operation_type: o.operation_type().unwrap_or_default().to_owned(),
                state: o.operation_state().unwrap_or_default().to_owned(),
                started: o.start_time().map(rfc3339),
                ended: o.end_time().map(rfc3339),
                steps: Vec::new(),
                error: None,
                deleted_broker_ids: Vec::new(),
            })
            .collect();
        // RFC 3339 in UTC sorts as text.
        out.sort_by(|a, b| b.started.cmp(&a.started));
        Ok(out)
    }

    /// One operation with its steps and error.
    pub async fn operation(&self, operation_arn: &str) -> anyhow::Result<OperationInfo> {
        let resp = self
            .client
            .describe_cluster_operation_v2()
            .cluster_operation_arn(operation_arn)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot describe operation {operation_arn}"), e))?;
        let o = resp
            .cluster_operation_info()
            .ok_or_else(|| anyhow!("MSK described operation {operation_arn} without details"))?;
        let steps = o
            .provisioned()
            .map(|p| {
                p.operation_steps()
                    .iter()
                    .map(|s| {
                        let name = s.step_name().unwrap_or("?");
                        match s.step_info().and_then(|i| i.step_status()) {
                            Some(st) => format!("{name} ({st})"),
                            None => name.to_owned(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Ids are doubles in MSK's model; broker ids are small integers.
        let deleted_broker_ids = o
            .provisioned()
            .and_then(|p| p.target_cluster_info())
            .and_then(|t| t.broker_count_update_info())
            .map(|u| {
                u.deleted_broker_ids()
                    .iter()
                    .filter(|id| id.fract() == 0.0 && **id >= 0.0 && **id <= f64::from(i32::MAX))
                    .map(|id| *id as i32)
                    .collect()
            })
            .unwrap_or_default();
        Ok(OperationInfo {
            arn: o.operation_arn().unwrap_or(operation_arn).to_owned(),
            operation_type: o.operation_type().unwrap_or_default().to_owned(),
            state: o.operation_state().unwrap_or_default().to_owned(),
            started: o.start_time().map(rfc3339),
            ended: o.end_time().map(rfc3339),
            steps,
            error: o.error_info().map(|e| {
                format!(
                    "{}: {}",
                    e.error_code().unwrap_or("error"),
                    e.error_string().unwrap_or("")
                )
            }),
            deleted_broker_ids,
        })
    }

    /// When the last storage update ended (started, while it runs), for
    /// MSK's storage cooldown.
    pub async fn last_storage_update(&self, arn: &str) -> anyhow::Result<Option<SystemTime>> {
        let ops = self.operations(arn).await?;
        Ok(ops
            .iter()
            .filter(|o| {
                is_storage_operation(&o.operation_type)
                    && OperationOutcome::of(&o.state) != OperationOutcome::Failed
            })
            .filter_map(|o| o.ended.as_deref().or(o.started.as_deref()))
            .filter_map(|t| DateTime::from_str(t, Format::DateTime).ok())
            .filter_map(|t| SystemTime::try_from(t).ok())
            .max())
    }

    /// Starts deleting the cluster; quoting `current_version` (when given)
    /// makes MSK refuse if the cluster changed since it was read.
    pub async fn delete(&self, arn: &str, current_version: Option<&str>) -> anyhow::Result<()> {
        self.client
            .delete_cluster()
            .cluster_arn(arn)
            .set_current_version(current_version.map(str::to_owned))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot delete MSK cluster {arn}"), e))?;
        Ok(())
    }

    /// Polls until the cluster no longer exists.
    pub async fn wait_for_deletion(
        &self,
        arn: &str,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<()> {
        let start = Instant::now();
        let mut delay = self.poll_min;
        let name = short_name(arn).to_owned();
        loop {
            match self
                .client
                .describe_cluster_v2()
                .cluster_arn(arn)
                .send()
                .await
            {
                Err(e) if is_not_found(&e) => return Ok(()),
                Err(e) => return Err(aws_error(&format!("cannot describe MSK cluster {arn}"), e)),
                Ok(resp) => {
                    let state = resp
                        .cluster_info()
                        .and_then(|c| c.state())
                        .map(|s| ClusterState::parse(s.as_str()))
                        .unwrap_or(ClusterState::Deleting);
                    progress(&WaitStatus {
                        cluster: name.clone(),
                        state: state.clone(),
                        operation: None,
                        elapsed: start.elapsed(),
                    });
                    if state == ClusterState::Failed {
                        bail!("cluster {name} went FAILED while being deleted");
                    }
                }
            }
            if start.elapsed() >= timeout {
                bail!(
                    "cluster {name} still exists after {}; deletion goes on in AWS",
                    humantime::format_duration(round_secs(timeout))
                );
            }
            self.sleep(&mut delay, start, timeout).await;
        }
    }

    async fn sleep(&self, delay: &mut Duration, start: Instant, timeout: Duration) {
        let left = timeout.saturating_sub(start.elapsed());
        tokio::time::sleep((*delay).min(left)).await;
        *delay = delay.mul_f64(1.5).min(self.poll_max);
    }

    // ------------------------------------------------------ configurations

    pub async fn configurations(&self) -> anyhow::Result<Vec<ConfigurationSummary>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let resp = self
                .client
                .list_configurations()
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| aws_error("cannot list MSK configurations", e))?;
            for c in resp.configurations() {
                out.push(ConfigurationSummary {
                    arn: c.arn().unwrap_or_default().to_owned(),
                    name: c.name().unwrap_or_default().to_owned(),
                    description: c.description().filter(|d| !d.is_empty()).map(str::to_owned),
                    kafka_versions: c.kafka_versions().to_vec(),
                    latest_revision: c.latest_revision().and_then(|r| r.revision()),
                    state: c.state().map(|s| s.as_str().to_owned()),
                    created: c.creation_time().map(rfc3339),
                });
            }
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                _ => break,
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// A configuration at `revision` (the latest without one).
    pub async fn configuration(
        &self,
        arn: &str,
        revision: Option<i64>,
    ) -> anyhow::Result<ConfigurationDetail> {
        let c = self
            .client
            .describe_configuration()
            .arn(arn)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot describe MSK configuration {arn}"), e))?;
        let latest = c.latest_revision().and_then(|r| r.revision());
        let summary = ConfigurationSummary {
            arn: c.arn().unwrap_or(arn).to_owned(),
            name: c.name().unwrap_or_default().to_owned(),
            description: c.description().filter(|d| !d.is_empty()).map(str::to_owned),
            kafka_versions: c.kafka_versions().to_vec(),
            latest_revision: latest,
            state: c.state().map(|s| s.as_str().to_owned()),
            created: c.creation_time().map(rfc3339),
        };
        let revision = revision
            .or(latest)
            .ok_or_else(|| anyhow!("MSK configuration {arn} has no revision"))?;
        let r = self
            .client
            .describe_configuration_revision()
            .arn(arn)
            .revision(revision)
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    &format!("cannot read revision {revision} of MSK configuration {arn}"),
                    e,
                )
            })?;
        let server_properties = r
            .server_properties()
            .map(|b| String::from_utf8_lossy(b.as_ref()).into_owned())
            .unwrap_or_default();
        Ok(ConfigurationDetail {
            summary,
            revision: r.revision().unwrap_or(revision),
            revision_description: r.description().filter(|d| !d.is_empty()).map(str::to_owned),
            revision_created: r.creation_time().map(rfc3339),
            server_properties,
        })
    }

    /// Creates a configuration; returns its ARN and first revision.
    pub async fn create_configuration(
        &self,
        name: &str,
        kafka_versions: &[String],
        server_properties: &[u8],
        description: Option<&str>,
    ) -> anyhow::Result<ConfigurationRef> {
        let r = self
            .client
            .create_configuration()
            .name(name)
            .set_kafka_versions(Some(kafka_versions.to_vec()))
            .server_properties(Blob::new(server_properties.to_vec()))
            .set_description(description.map(str::to_owned))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot create MSK configuration {name}"), e))?;
        Ok(ConfigurationRef {
            arn: r
                .arn()
                .ok_or_else(|| anyhow!("MSK created configuration {name} but returned no ARN"))?
                .to_owned(),
            revision: r.latest_revision().and_then(|r| r.revision()).unwrap_or(1),
        })
    }

    /// Adds a revision to a configuration; returns it.
    pub async fn update_configuration_properties(
        &self,
        arn: &str,
        server_properties: &[u8],
        description: Option<&str>,
    ) -> anyhow::Result<ConfigurationRef> {
        let r = self
            .client
            .update_configuration()
            .arn(arn)
            .server_properties(Blob::new(server_properties.to_vec()))
            .set_description(description.map(str::to_owned))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot update MSK configuration {arn}"), e))?;
        Ok(ConfigurationRef {
            arn: r.arn().unwrap_or(arn).to_owned(),
            revision: r
                .latest_revision()
                .and_then(|r| r.revision())
                .ok_or_else(|| {
                    anyhow!("MSK updated configuration {arn} but returned no revision")
                })?,
        })
    }

    async fn operation_status(&self, operation_arn: &str) -> Option<(String, String)> {
        // Progress only: a failure to read the operation must not end a wait.
        let resp = self
            .client
            .describe_cluster_operation_v2()
            .cluster_operation_arn(operation_arn)
            .send()
            .await
            .ok()?;
        let o = resp.cluster_operation_info()?;
        Some((
            o.operation_type().unwrap_or_default().to_owned(),
            o.operation_state().unwrap_or_default().to_owned(),
        ))
    }
}
