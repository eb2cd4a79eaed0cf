//! The MSK control plane over aws-sdk-kafka: clusters, bootstrap brokers,
//! nodes, operations, updates and configurations, translated into the
//! shared model and into errors a person can act on.
//!
//! Provisioned clusters only: serverless clusters are listed but refused
//! where the provisioned shape is needed.
//!
//! Long (about 1,360 lines of code): every MSK call with its translation
//! from the SDK's types and its error wording; the rules, planner,
//! executor, waits and IAM signing already live in their own files.

use std::time::{Duration, Instant, SystemTime};

use anyhow::{anyhow, bail};
use aws_sdk_kafka::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_kafka::types as sdk;
use aws_sdk_kafka::Client;
use aws_smithy_types::date_time::Format;
use aws_smithy_types::{Blob, DateTime};
use serde::{Deserialize, Serialize};

use super::aws::{region_of, sdk_config, AwsSettings};
use super::control::{ClusterControl, OperationFailed, OperationOutcome, WaitStatus};
use super::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterSpec, ClusterState, ConfigurationRef,
    Encryption, Monitoring, NodeInfo, OperationInfo,
};
use crate::error::UsageError;

/// MSK's operation type for storage updates, used for the cooldown check.
pub const UPDATE_BROKER_STORAGE: &str = "UPDATE_BROKER_STORAGE";

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
}

impl BootstrapBrokers {
    /// The string for `auth` (public or private), or a message naming the
    /// listeners the cluster does have.
    pub fn select(&self, auth: BootstrapAuth, public: bool) -> Result<&str, String> {
        let found = match (auth, public) {
            (BootstrapAuth::Iam, false) => &self.iam,
            (BootstrapAuth::Scram, false) => &self.scram,
            (BootstrapAuth::Tls, false) => &self.tls,
            (BootstrapAuth::Plaintext, false) => &self.plaintext,
            (BootstrapAuth::Iam, true) => &self.public_iam,
            (BootstrapAuth::Scram, true) => &self.public_scram,
            (BootstrapAuth::Tls, true) => &self.public_tls,
            (BootstrapAuth::Plaintext, true) => return Err(
                "MSK public access never offers a plaintext listener; use --auth iam, scram or tls"
                    .into(),
            ),
        };
        if let Some(s) = found.as_deref().filter(|s| !s.is_empty()) {
            return Ok(s);
        }
        let available = self.available();
        let what = if public { "public " } else { "" };
        let why = if public && !available.iter().any(|a| a.starts_with("public")) {
            "public access is not turned on for the cluster".to_owned()
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
        let all = [
            ("iam", &self.iam),
            ("scram", &self.scram),
            ("tls", &self.tls),
            ("plaintext", &self.plaintext),
            ("public iam", &self.public_iam),
            ("public scram", &self.public_scram),
            ("public tls", &self.public_tls),
        ];
        all.iter()
            .filter(|(_, v)| v.as_deref().is_some_and(|s| !s.is_empty()))
            .map(|(k, _)| (*k).to_owned())
            .collect()
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
            info: info_of(cluster)?,
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
        })
    }

    /// The bootstrap string for `auth`; an error says which ones exist.
    pub async fn bootstrap(
        &self,
        arn: &str,
        auth: BootstrapAuth,
        public: bool,
    ) -> anyhow::Result<String> {
        let all = self.bootstrap_brokers(arn).await?;
        all.select(auth, public)
            .map(str::to_owned)
            .map_err(|m| anyhow!("cluster {}: {m}", short_name(arn)))
    }

    /// Broker nodes, by broker id.
    pub async fn nodes(&self, arn: &str) -> anyhow::Result<Vec<NodeInfo>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let resp = self
                .client
                .list_nodes()
                .cluster_arn(arn)
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| aws_error(&format!("cannot list the nodes of {arn}"), e))?;
            for n in resp.node_info_list() {
                let Some(b) = n.broker_node_info() else {
                    continue;
                };
                out.push(NodeInfo {
                    broker_id: b.broker_id().map(|f| f as i32).unwrap_or(-1),
                    instance_type: n.instance_type().unwrap_or_default().to_owned(),
                    client_subnet: b.client_subnet().map(str::to_owned),
                    endpoints: b.endpoints().to_vec(),
                });
            }
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                _ => break,
            }
        }
        out.sort_by_key(|n| n.broker_id);
        Ok(out)
    }

    /// The cluster's operations, newest first.
    pub async fn operations(&self, arn: &str) -> anyhow::Result<Vec<OperationInfo>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let resp = self
                .client
                .list_cluster_operations_v2()
                .cluster_arn(arn)
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| aws_error(&format!("cannot list the operations of {arn}"), e))?;
            for o in resp.cluster_operation_info_list() {
                out.push(OperationInfo {
                    arn: o.operation_arn().unwrap_or_default().to_owned(),
                    operation_type: o.operation_type().unwrap_or_default().to_owned(),
                    state: o.operation_state().unwrap_or_default().to_owned(),
                    started: o.start_time().map(rfc3339),
                    ended: o.end_time().map(rfc3339),
                    steps: Vec::new(),
                    error: None,
                });
            }
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                _ => break,
            }
        }
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
        })
    }

    /// When the last storage update ended (started, while it runs), for
    /// MSK's storage cooldown.
    pub async fn last_storage_update(&self, arn: &str) -> anyhow::Result<Option<SystemTime>> {
        let ops = self.operations(arn).await?;
        Ok(ops
            .iter()
            .filter(|o| {
                o.operation_type == UPDATE_BROKER_STORAGE
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

fn operation_arn_of(what: &str, arn: Option<&str>) -> anyhow::Result<String> {
    arn.map(str::to_owned)
        .ok_or_else(|| anyhow!("MSK accepted the {what} but returned no operation ARN"))
}

impl ClusterControl for Msk {
    async fn find(&self, name: &str) -> anyhow::Result<Option<ClusterInfo>> {
        let listed = self.list_raw(Some(name)).await?;
        match listed.iter().find(|c| c.cluster_name() == Some(name)) {
            Some(c) => {
                let arn = c
                    .cluster_arn()
                    .ok_or_else(|| anyhow!("MSK listed cluster {name} without an ARN"))?;
                Ok(Some(self.describe(arn).await?))
            }
            None => Ok(None),
        }
    }

    async fn create(&self, spec: &ClusterSpec) -> anyhow::Result<String> {
        let storage = sdk::StorageInfo::builder()
            .ebs_storage_info(
                sdk::EbsStorageInfo::builder()
                    .volume_size(spec.storage_gib)
                    .build(),
            )
            .build();
        let mut nodes = sdk::BrokerNodeGroupInfo::builder()
            .set_client_subnets(Some(spec.client_subnets.clone()))
            .instance_type(&spec.instance_type)
            .set_security_groups(Some(spec.security_groups.clone()));
        // Express brokers have no customer-sized storage.
        if !spec.instance_type.starts_with("express.") {
            nodes = nodes.storage_info(storage);
        }
        let mut req = self
            .client
            .create_cluster()
            .cluster_name(&spec.name)
            .kafka_version(&spec.kafka_version)
            .number_of_broker_nodes(spec.broker_count)
            .broker_node_group_info(nodes.build())
            .client_authentication(sdk_client_auth(&spec.client_auth))
            .set_tags(if spec.tags.is_empty() {
                None
            } else {
                Some(spec.tags.clone().into_iter().collect())
            });
        if let Some(enc) = &spec.encryption {
            req = req.encryption_info(sdk_encryption(enc));
        }
        if let Some(c) = &spec.configuration {
            req = req.configuration_info(
                sdk::ConfigurationInfo::builder()
                    .arn(&c.arn)
                    .revision(c.revision)
                    .build(),
            );
        }
        if let Some(m) = &spec.monitoring {
            req = req
                .enhanced_monitoring(sdk::EnhancedMonitoring::from(m.enhanced.as_str()))
                .open_monitoring(sdk_open_monitoring(m));
        }
        let r = req
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot create MSK cluster {}", spec.name), e))?;
        r.cluster_arn()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("MSK accepted cluster {} but returned no ARN", spec.name))
    }

    async fn update_broker_count(
        &self,
        arn: &str,
        current_version: &str,
        count: i32,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_broker_count()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_number_of_broker_nodes(count)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the broker count of {arn}"), e))?;
        operation_arn_of("broker count update", r.cluster_operation_arn())
    }

    async fn update_storage(
        &self,
        arn: &str,
        current_version: &str,
        storage_gib: i32,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_broker_storage()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_broker_ebs_volume_info(
                sdk::BrokerEbsVolumeInfo::builder()
                    .kafka_broker_node_id("All")
                    .volume_size_gb(storage_gib)
                    .build(),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the broker storage of {arn}"), e))?;
        operation_arn_of("storage update", r.cluster_operation_arn())
    }

    async fn update_broker_type(
        &self,
        arn: &str,
        current_version: &str,
        instance_type: &str,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_broker_type()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_instance_type(instance_type)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the broker type of {arn}"), e))?;
        operation_arn_of("broker type update", r.cluster_operation_arn())
    }

    async fn update_configuration(
        &self,
        arn: &str,
        current_version: &str,
        configuration: &ConfigurationRef,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_cluster_configuration()
            .cluster_arn(arn)
            .current_version(current_version)
            .configuration_info(
                sdk::ConfigurationInfo::builder()
                    .arn(&configuration.arn)
                    .revision(configuration.revision)
                    .build(),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the configuration of {arn}"), e))?;
        operation_arn_of("configuration update", r.cluster_operation_arn())
    }

    async fn update_monitoring(
        &self,
        arn: &str,
        current_version: &str,
        monitoring: &Monitoring,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_monitoring()
            .cluster_arn(arn)
            .current_version(current_version)
            .enhanced_monitoring(sdk::EnhancedMonitoring::from(monitoring.enhanced.as_str()))
            .open_monitoring(sdk_open_monitoring(monitoring))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the monitoring of {arn}"), e))?;
        operation_arn_of("monitoring update", r.cluster_operation_arn())
    }

    async fn wait_for_operation(
        &self,
        cluster_arn: &str,
        operation_arn: &str,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<ClusterInfo> {
        let start = Instant::now();
        let mut delay = self.poll_min;
        let name = short_name(cluster_arn).to_owned();
        loop {
            let resp = self
                .client
                .describe_cluster_operation_v2()
                .cluster_operation_arn(operation_arn)
                .send()
                .await
                .map_err(|e| aws_error(&format!("cannot describe operation {operation_arn}"), e))?;
            let o = resp.cluster_operation_info().ok_or_else(|| {
                anyhow!("MSK described operation {operation_arn} without details")
            })?;
            let kind = o.operation_type().unwrap_or_default().to_owned();
            let state = o.operation_state().unwrap_or_default().to_owned();
            progress(&WaitStatus {
                cluster: name.clone(),
                state: ClusterState::Updating,
                operation: Some((kind.clone(), state.clone())),
                elapsed: start.elapsed(),
            });
            match OperationOutcome::of(&state) {
                OperationOutcome::Complete => {
                    // MSK marks the operation complete as the cluster turns
                    // ACTIVE; one more read returns it as it now is.
                    let left = timeout.saturating_sub(start.elapsed()).max(self.poll_max);
                    return self
                        .wait_for_state(cluster_arn, ClusterState::Active, left, progress)
                        .await;
                }
                OperationOutcome::Failed => {
                    let info = o.error_info();
                    return Err(OperationFailed {
                        cluster: name,
                        operation_arn: operation_arn.to_owned(),
                        operation_type: kind,
                        state,
                        error_code: info
                            .and_then(|e| e.error_code())
                            .unwrap_or("(no error code)")
                            .to_owned(),
                        error_string: info
                            .and_then(|e| e.error_string())
                            .unwrap_or("(MSK gave no error string)")
                            .to_owned(),
                    }
                    .into());
                }
                OperationOutcome::Running => {}
            }
            if start.elapsed() >= timeout {
                bail!(
                    "timed out after {} waiting for operation {kind} on cluster {name} to finish (it is {state}); \
                     the operation goes on in AWS. Check on it with: mskctl cluster operations {name}",
                    humantime::format_duration(round_secs(timeout))
                );
            }
            self.sleep(&mut delay, start, timeout).await;
        }
    }

    async fn wait_for_state(
        &self,
        arn: &str,
        state: ClusterState,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<ClusterInfo> {
        let start = Instant::now();
        let mut delay = self.poll_min;
        loop {
            let detail = self.describe_detail(arn).await?;
            let operation = match &detail.active_operation {
                Some(op) => self.operation_status(op).await,
                None => None,
            };
            let name = detail.info.name.clone();
            let now = detail.info.state.clone();
            progress(&WaitStatus {
                cluster: name.clone(),
                state: now.clone(),
                operation: operation.clone(),
                elapsed: start.elapsed(),
            });
            if now == state {
                return Ok(detail.info);
            }
            if now == ClusterState::Deleting && state != ClusterState::Deleting {
                bail!("cluster {name} is being deleted; it will not become {state}");
            }
            if now == ClusterState::Failed {
                let why = detail
                    .state_message
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default();
                bail!("cluster {name} is FAILED{why}; it will not become {state}");
            }
            if start.elapsed() >= timeout {
                let op = operation
                    .map(|(t, s)| format!(", operation {t} {s}"))
                    .unwrap_or_default();
                bail!(
                    "timed out after {} waiting for cluster {name} to become {state} (it is {now}{op}); \
                     the operation goes on in AWS. Resume waiting with: mskctl cluster wait {name}",
                    humantime::format_duration(round_secs(timeout))
                );
            }
            self.sleep(&mut delay, start, timeout).await;
        }
    }
}

// ---------------------------------------------------------- conversions

fn rfc3339(t: &DateTime) -> String {
    t.fmt(Format::DateTime)
        .unwrap_or_else(|_| t.secs().to_string())
}

fn round_secs(d: Duration) -> Duration {
    Duration::from_secs(d.as_secs())
}

/// The name part of a cluster ARN (`arn:...:cluster/NAME/UUID`), for messages.
pub fn short_name(arn: &str) -> &str {
    arn.split_once(":cluster/")
        .and_then(|(_, rest)| rest.split('/').next())
        .filter(|s| !s.is_empty())
        .unwrap_or(arn)
}

fn summary_of(c: &sdk::Cluster) -> anyhow::Result<ClusterSummary> {
    let arn = c
        .cluster_arn()
        .ok_or_else(|| anyhow!("MSK listed a cluster without an ARN"))?;
    let p = c.provisioned();
    let nodes = p.and_then(|p| p.broker_node_group_info());
    Ok(ClusterSummary {
        name: c.cluster_name().unwrap_or_default().to_owned(),
        arn: arn.to_owned(),
        cluster_type: c
            .cluster_type()
            .map(|t| t.as_str().to_owned())
            .unwrap_or_else(|| "PROVISIONED".to_owned()),
        state: ClusterState::parse(c.state().map(|s| s.as_str()).unwrap_or("UNKNOWN")),
        kafka_version: p
            .and_then(|p| p.current_broker_software_info())
            .and_then(|s| s.kafka_version())
            .map(str::to_owned),
        broker_count: p.and_then(|p| p.number_of_broker_nodes()),
        instance_type: nodes.and_then(|n| n.instance_type()).map(str::to_owned),
        created: c.creation_time().map(rfc3339),
    })
}

/// A provisioned cluster in the shared model.
pub fn info_of(c: &sdk::Cluster) -> anyhow::Result<ClusterInfo> {
    let arn = c
        .cluster_arn()
        .ok_or_else(|| anyhow!("MSK described a cluster without an ARN"))?;
    let name = c.cluster_name().unwrap_or_default().to_owned();
    if c.serverless().is_some() || c.cluster_type() == Some(&sdk::ClusterType::Serverless) {
        return Err(UsageError(format!(
            "cluster {name} is an MSK Serverless cluster; mskctl manages provisioned clusters only"
        ))
        .into());
    }
    let p = c.provisioned();
    let nodes = p.and_then(|p| p.broker_node_group_info());
    let software = p.and_then(|p| p.current_broker_software_info());
    let auth = p.and_then(|p| p.client_authentication());
    let sasl = auth.and_then(|a| a.sasl());
    let tls = auth.and_then(|a| a.tls());
    let client_auth = ClientAuth {
        iam: sasl
            .and_then(|s| s.iam())
            .and_then(|i| i.enabled())
            .unwrap_or(false),
        scram: sasl
            .and_then(|s| s.scram())
            .and_then(|i| i.enabled())
            .unwrap_or(false),
        tls_certificate_authority_arns: tls
            .filter(|t| t.enabled() != Some(false))
            .map(|t| t.certificate_authority_arn_list().to_vec())
            .unwrap_or_default(),
        // MSK's default when client authentication is not configured at all.
        unauthenticated: match auth {
            None => true,
            Some(a) => a
                .unauthenticated()
                .and_then(|u| u.enabled())
                .unwrap_or(false),
        },
    };
    let enc = p.and_then(|p| p.encryption_info());
    let transit = enc.and_then(|e| e.encryption_in_transit());
    let encryption = Encryption {
        client_broker: match transit.and_then(|t| t.client_broker()) {
            Some(sdk::ClientBroker::Plaintext) => ClientBrokerEncryption::Plaintext,
            Some(sdk::ClientBroker::TlsPlaintext) => ClientBrokerEncryption::TlsPlaintext,
            _ => ClientBrokerEncryption::Tls,
        },
        in_cluster: transit.and_then(|t| t.in_cluster()).unwrap_or(true),
        at_rest_kms_key: enc
            .and_then(|e| e.encryption_at_rest())
            .and_then(|a| a.data_volume_kms_key_id())
            .filter(|k| !k.is_empty())
            .map(str::to_owned),
    };
    let prometheus = p
        .and_then(|p| p.open_monitoring())
        .and_then(|o| o.prometheus());
    let monitoring = Monitoring {
        enhanced: p
            .and_then(|p| p.enhanced_monitoring())
            .map(|m| m.as_str().to_owned())
            .unwrap_or_else(|| "DEFAULT".to_owned()),
        jmx_exporter: prometheus
            .and_then(|p| p.jmx_exporter())
            .and_then(|j| j.enabled_in_broker())
            .unwrap_or(false),
        node_exporter: prometheus
            .and_then(|p| p.node_exporter())
            .and_then(|j| j.enabled_in_broker())
            .unwrap_or(false),
    };
    let configuration = software.and_then(|s| {
        s.configuration_arn()
            .filter(|a| !a.is_empty())
            .map(|a| ConfigurationRef {
                arn: a.to_owned(),
                revision: s.configuration_revision().unwrap_or(1),
            })
    });
    let public_access = nodes
        .and_then(|n| n.connectivity_info())
        .and_then(|c| c.public_access())
        .and_then(|p| p.r#type())
        .is_some_and(|t| t == "SERVICE_PROVIDED_EIPS");
    Ok(ClusterInfo {
        name,
        arn: arn.to_owned(),
        state: ClusterState::parse(c.state().map(|s| s.as_str()).unwrap_or("UNKNOWN")),
        current_version: c.current_version().unwrap_or_default().to_owned(),
        kafka_version: software
            .and_then(|s| s.kafka_version())
            .unwrap_or_default()
            .to_owned(),
        broker_count: p.and_then(|p| p.number_of_broker_nodes()).unwrap_or(0),
        instance_type: nodes
            .and_then(|n| n.instance_type())
            .unwrap_or_default()
            .to_owned(),
        storage_gib: nodes
            .and_then(|n| n.storage_info())
            .and_then(|s| s.ebs_storage_info())
            .and_then(|e| e.volume_size())
            .unwrap_or(0),
        client_subnets: nodes
            .map(|n| n.client_subnets().to_vec())
            .unwrap_or_default(),
        security_groups: nodes
            .map(|n| n.security_groups().to_vec())
            .unwrap_or_default(),
        client_auth,
        encryption,
        configuration,
        monitoring,
        public_access,
        tags: c
            .tags()
            .map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default(),
        created: c.creation_time().map(rfc3339),
    })
}

fn sdk_client_auth(a: &ClientAuth) -> sdk::ClientAuthentication {
    let mut b = sdk::ClientAuthentication::builder()
        .sasl(
            sdk::Sasl::builder()
                .iam(sdk::Iam::builder().enabled(a.iam).build())
                .scram(sdk::Scram::builder().enabled(a.scram).build())
                .build(),
        )
        .unauthenticated(
            sdk::Unauthenticated::builder()
                .enabled(a.unauthenticated)
                .build(),
        );
    if !a.tls_certificate_authority_arns.is_empty() {
        b = b.tls(
            sdk::Tls::builder()
                .enabled(true)
                .set_certificate_authority_arn_list(Some(a.tls_certificate_authority_arns.clone()))
                .build(),
        );
    }
    b.build()
}

fn sdk_encryption(e: &Encryption) -> sdk::EncryptionInfo {
    let mut b = sdk::EncryptionInfo::builder().encryption_in_transit(
        sdk::EncryptionInTransit::builder()
            .client_broker(sdk::ClientBroker::from(e.client_broker.as_str()))
            .in_cluster(e.in_cluster)
            .build(),
    );
    if let Some(key) = &e.at_rest_kms_key {
        b = b.encryption_at_rest(
            sdk::EncryptionAtRest::builder()
                .data_volume_kms_key_id(key)
                .build(),
        );
    }
    b.build()
}

fn sdk_open_monitoring(m: &Monitoring) -> sdk::OpenMonitoringInfo {
    sdk::OpenMonitoringInfo::builder()
        .prometheus(
            sdk::PrometheusInfo::builder()
                .jmx_exporter(
                    sdk::JmxExporterInfo::builder()
                        .enabled_in_broker(m.jmx_exporter)
                        .build(),
                )
                .node_exporter(
                    sdk::NodeExporterInfo::builder()
                        .enabled_in_broker(m.node_exporter)
                        .build(),
                )
                .build(),
        )
        .build()
}

// ---------------------------------------------------------- errors

fn is_not_found<E: ProvideErrorMetadata, R>(err: &SdkError<E, R>) -> bool {
    err.code() == Some("NotFoundException")
}

/// An SDK error as one line a person can act on: what we tried, MSK's error
/// code and message, and a hint for the codes that have an obvious next step.
/// (Throttling never gets here unless the SDK's retries ran out.)
pub fn aws_error<E, R>(what: &str, err: SdkError<E, R>) -> anyhow::Error
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    let (code, message) = (
        err.code().map(str::to_owned),
        err.message().map(str::to_owned),
    );
    let Some(code) = code else {
        // The SDK's chain of causes is long Debug text: it goes to -vv, the
        // user gets one line that says what to do.
        let detail = DisplayErrorContext(&err).to_string();
        tracing::debug!(error = %detail, "{what} failed");
        return anyhow!("{what}: {}", transport_problem(&err, &detail));
    };
    let message = message.unwrap_or_default();
    let lower = message.to_ascii_lowercase();
    let hint = match code.as_str() {
        "BadRequestException" if lower.contains("version") => {
            " (the cluster changed since it was read: another update ran or is running; \
             wait for it with `mskctl cluster wait NAME`, then run this again, it re-reads the \
             cluster's current version)"
        }
        "NotFoundException" => " (check the name or ARN, and the region)",
        "UnauthorizedException" | "ForbiddenException" | "AccessDeniedException" => {
            " (check the AWS credentials and that their IAM policy allows this kafka: action)"
        }
        "TooManyRequestsException" | "ThrottlingException" => {
            " (MSK kept throttling after several retries; try again in a minute)"
        }
        "ConflictException" => " (MSK is already doing something that conflicts with this)",
        _ => "",
    };
    anyhow!("{what}: {code}: {message}{hint}")
}

/// An SDK failure without an AWS error code (nothing reached AWS, or its
/// answer was unreadable), in one line with the next step.
fn transport_problem<E, R>(err: &SdkError<E, R>, detail: &str) -> String {
    let lower = detail.to_ascii_lowercase();
    if lower.contains("credentials") {
        return "no usable AWS credentials (set AWS_PROFILE or --profile, \
                AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run with an IAM role)"
            .into();
    }
    if lower.contains("region") {
        return "no usable AWS region: set --region or AWS_REGION".into();
    }
    let what = match err {
        SdkError::DispatchFailure(d) if d.is_timeout() => {
            "the AWS endpoint did not answer in time (network, proxy or endpoint URL?)"
        }
        SdkError::DispatchFailure(d) if d.is_io() => {
            "cannot reach the AWS endpoint (network, proxy or endpoint URL?)"
        }
        SdkError::DispatchFailure(_) => "the request could not be sent to AWS",
        SdkError::TimeoutError(_) => {
            "no answer from AWS within --timeout (it bounds the whole command, retries included)"
        }
        SdkError::ConstructionFailure(_) => "the request could not be built",
        SdkError::ResponseError(_) => "AWS sent an answer that could not be read",
        _ => "the request failed",
    };
    format!("{what}; run with -vv for the details")
}

/// Names like `name`: same ignoring case, containing it or contained in it,
/// or within two edits; at most 5.
fn close_names<'a>(name: &str, all: impl Iterator<Item = &'a str>) -> Vec<String> {
    let lower = name.to_ascii_lowercase();
    let mut out: Vec<String> = all
        .filter(|c| {
            let cl = c.to_ascii_lowercase();
            cl == lower
                || cl.contains(&lower)
                || lower.contains(&cl)
                || strsim::levenshtein(&cl, &lower) <= 2
        })
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out.truncate(5);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_bootstrap_explains_missing_listeners() {
        let b = BootstrapBrokers {
            tls: Some("b-1:9094".into()),
            iam: Some("b-1:9098".into()),
            ..Default::default()
        };
        assert_eq!(b.select(BootstrapAuth::Iam, false), Ok("b-1:9098"));
        let e = b.select(BootstrapAuth::Scram, false).unwrap_err();
        assert!(
            e.contains("scram client authentication is not enabled"),
            "{e}"
        );
        assert!(e.contains("available: iam, tls"), "{e}");
        let e = b.select(BootstrapAuth::Iam, true).unwrap_err();
        assert!(e.contains("public access is not turned on"), "{e}");
        let e = b.select(BootstrapAuth::Plaintext, true).unwrap_err();
        assert!(e.contains("never offers a plaintext"), "{e}");
    }

    #[test]
    fn names_from_arns_and_close_names() {
        assert_eq!(
            short_name("arn:aws:kafka:eu-west-1:123:cluster/orders/abc-1"),
            "orders"
        );
        assert_eq!(short_name("weird"), "weird");
        let all = ["orders", "orders-dev", "payments", "ordrs2"];
        assert_eq!(
            close_names("Orders", all.iter().copied()),
            vec!["orders", "orders-dev", "ordrs2"]
        );
        assert!(close_names("zzz", all.iter().copied()).is_empty());
    }

    #[test]
    fn listener_follows_client_auth_then_in_transit_encryption() {
        use ClientBrokerEncryption::{Plaintext, Tls, TlsPlaintext};
        let none = ClientAuth::default();
        // MSK's default (TLS only) has no plaintext listener.
        assert_eq!(BootstrapAuth::for_cluster(&none, Tls), BootstrapAuth::Tls);
        assert_eq!(
            BootstrapAuth::for_cluster(&none, TlsPlaintext),
            BootstrapAuth::Tls
        );
        assert_eq!(
            BootstrapAuth::for_cluster(&none, Plaintext),
            BootstrapAuth::Plaintext
        );
        let iam = ClientAuth {
            iam: true,
            scram: true,
            ..ClientAuth::default()
        };
        assert_eq!(
            BootstrapAuth::for_cluster(&iam, Plaintext),
            BootstrapAuth::Iam
        );
        let scram = ClientAuth {
            scram: true,
            ..ClientAuth::default()
        };
        assert_eq!(
            BootstrapAuth::for_cluster(&scram, Tls),
            BootstrapAuth::Scram
        );
        let mtls = ClientAuth {
            tls_certificate_authority_arns: vec!["arn:aws:acm-pca:ca".into()],
            unauthenticated: true,
            ..ClientAuth::default()
        };
        assert_eq!(
            BootstrapAuth::for_cluster(&mtls, TlsPlaintext),
            BootstrapAuth::Tls
        );
    }

    #[test]
    fn auth_parses() {
        assert_eq!("IAM".parse::<BootstrapAuth>(), Ok(BootstrapAuth::Iam));
        assert!("kerberos".parse::<BootstrapAuth>().is_err());
    }
}
