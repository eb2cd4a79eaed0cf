//! The admin facade every command goes through. It speaks in domain types
//! (topics, partitions, config entries) and hides routing, batching,
//! version negotiation and retries.
//!
//! Batching rule: one request carries as many resources as Kafka allows,
//! split into fixed-size chunks only to bound response sizes; requests that
//! must go to partition leaders are grouped per leader and sent concurrently.
//!
//! Long (about 1,360 lines of code): one facade, each call pairing its
//! request with the reading of its answer (chunking, per-item errors,
//! retries); groups, ACLs, reassignments and usage already live in their
//! own files.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use futures::future::join_all;
use kafka_protocol::messages::{
    create_partitions_request::CreatePartitionsTopic,
    create_topics_request::{CreatableTopic, CreatableTopicConfig},
    delete_records_request::{DeleteRecordsPartition, DeleteRecordsTopic},
    describe_configs_request::DescribeConfigsResource,
    describe_configs_response, describe_quorum_request,
    incremental_alter_configs_request::{AlterConfigsResource, AlterableConfig},
    list_offsets_request::{ListOffsetsPartition, ListOffsetsTopic},
    BrokerId, CreatePartitionsRequest, CreateTopicsRequest, DeleteRecordsRequest,
    DeleteTopicsRequest, DescribeClusterRequest, DescribeConfigsRequest, DescribeQuorumRequest,
    IncrementalAlterConfigsRequest, ListOffsetsRequest, MetadataResponse, TopicName,
};
use kafka_protocol::protocol::StrBytes;
use serde::Serialize;
use tracing::{debug, warn};

use super::client::{KafkaClient, Target};
use super::error::{KafkaError, UNKNOWN_TOPIC_OR_PARTITION};
use super::settings::ConnectionSettings;

/// Resources per DescribeConfigs / IncrementalAlterConfigs / CreateTopics
/// request. Large enough that 10,000 topics take a handful of round trips,
/// small enough that one response stays a few megabytes.
pub const CHUNK: usize = 1000;

const RESOURCE_TOPIC: i8 = 2;
pub(crate) const RESOURCE_BROKER: i8 = 4;
const RETRY_ROUNDS: usize = 4;
/// The longest wait for brokers to describe a config change just made.
const CONFIG_SETTLE: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BrokerInfo {
    pub id: i32,
    pub host: String,
    pub port: i32,
    pub rack: Option<String>,
    pub controller: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClusterInfo {
    pub cluster_id: Option<String>,
    /// The active controller under ZooKeeper; `None` under KRaft, where
    /// brokers report a random live broker instead (the quorum controllers
    /// are not reachable by clients).
    pub controller_id: Option<i32>,
    pub kraft: bool,
    pub brokers: Vec<BrokerInfo>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartitionInfo {
    pub partition: i32,
    /// `None` when the partition has no leader (offline).
    pub leader: Option<i32>,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub offline_replicas: Vec<i32>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TopicInfo {
    pub name: String,
    pub internal: bool,
    pub partitions: Vec<PartitionInfo>,
}

impl TopicInfo {
    pub fn replication_factor(&self) -> usize {
        self.partitions
            .iter()
            .map(|p| p.replicas.len())
            .max()
            .unwrap_or(0)
    }
}

/// Where a config value comes from (DescribeConfigs `config_source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConfigSource {
    DynamicTopicConfig,
    DynamicBrokerConfig,
    DynamicDefaultBrokerConfig,
    StaticBrokerConfig,
    DefaultConfig,
    DynamicBrokerLoggerConfig,
    ClientMetricsConfig,
    GroupConfig,
    Unknown,
}

impl ConfigSource {
    pub fn from_code(code: i8) -> Self {
        match code {
            1 => ConfigSource::DynamicTopicConfig,
            2 => ConfigSource::DynamicBrokerConfig,
            3 => ConfigSource::DynamicDefaultBrokerConfig,
            4 => ConfigSource::StaticBrokerConfig,
            5 => ConfigSource::DefaultConfig,
            6 => ConfigSource::DynamicBrokerLoggerConfig,
            7 => ConfigSource::ClientMetricsConfig,
            8 => ConfigSource::GroupConfig,
            _ => ConfigSource::Unknown,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ConfigSource::DynamicTopicConfig => "DYNAMIC_TOPIC_CONFIG",
            ConfigSource::DynamicBrokerConfig => "DYNAMIC_BROKER_CONFIG",
            ConfigSource::DynamicDefaultBrokerConfig => "DYNAMIC_DEFAULT_BROKER_CONFIG",
            ConfigSource::StaticBrokerConfig => "STATIC_BROKER_CONFIG",
            ConfigSource::DefaultConfig => "DEFAULT_CONFIG",
            ConfigSource::DynamicBrokerLoggerConfig => "DYNAMIC_BROKER_LOGGER_CONFIG",
            ConfigSource::ClientMetricsConfig => "CLIENT_METRICS_CONFIG",
            ConfigSource::GroupConfig => "GROUP_CONFIG",
            ConfigSource::Unknown => "UNKNOWN",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConfigEntry {
    pub name: String,
    /// `None` for sensitive values (Kafka never returns them) or null ones.
    pub value: Option<String>,
    pub source: ConfigSource,
    pub sensitive: bool,
    pub read_only: bool,
    /// For a topic config: the value the topic would have without its own
    /// setting (the first synonym that is not the topic's, in the key's
    /// units), when the broker lists synonyms. Not part of any output.
    #[serde(skip)]
    pub inherited: Option<String>,
}

impl ConfigEntry {
    /// Set on this resource itself rather than inherited from the broker or
    /// Kafka's built-in default.
    pub fn is_override(&self, resource_is_topic: bool) -> bool {
        if resource_is_topic {
            self.source == ConfigSource::DynamicTopicConfig
        } else {
            matches!(
                self.source,
                ConfigSource::DynamicBrokerConfig | ConfigSource::DynamicDefaultBrokerConfig
            )
        }
    }

    /// The value as shown to people: sensitive values are masked.
    pub fn display_value(&self) -> String {
        if self.sensitive {
            "<sensitive>".into()
        } else {
            self.value.clone().unwrap_or_else(|| "<null>".into())
        }
    }
}

/// A topic's configs split by where they come from. Sensitive values
/// (which the broker hides) are in neither map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicConfigState {
    /// Set on the topic itself.
    pub explicit: BTreeMap<String, String>,
    /// What a key not set on the topic has: the broker's (or cluster's)
    /// default as reported. Keys the broker did not report are absent.
    pub inherited: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTopic {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    pub configs: Vec<(String, String)>,
}

/// One incremental config change. Never the legacy replace-all AlterConfigs:
/// it silently drops every key not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigOp {
    Set(String, String),
    Delete(String),
}

/// Where to read an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetSpec {
    Earliest,
    Latest,
    /// The first offset whose timestamp is at or after this (ms).
    Timestamp(i64),
}

impl OffsetSpec {
    fn wire(self) -> i64 {
        match self {
            OffsetSpec::Earliest => -2,
            OffsetSpec::Latest => -1,
            OffsetSpec::Timestamp(t) => t,
        }
    }
}

/// The per-resource outcome of a batched request.
pub type ItemResults = Vec<(String, Result<(), KafkaError>)>;

pub type TopicPartition = (String, i32);

pub struct Admin {
    client: KafkaClient,
}

impl Admin {
    pub async fn connect(
        settings: ConnectionSettings,
        timeout: Duration,
    ) -> Result<Admin, KafkaError> {
        Ok(Admin {
            client: KafkaClient::connect(settings, timeout).await?,
        })
    }

    /// [`Admin::connect`] within a deadline that started earlier.
    pub async fn connect_until(
        settings: ConnectionSettings,
        timeout: Duration,
        deadline: tokio::time::Instant,
    ) -> Result<Admin, KafkaError> {
        Ok(Admin {
            client: KafkaClient::connect_until(settings, timeout, deadline).await?,
        })
    }

    pub fn client(&self) -> &KafkaClient {
        &self.client
    }

    pub(crate) fn timeout_ms(&self) -> i32 {
        self.client.timeout().as_millis().min(i32::MAX as u128) as i32
    }

    // ------------------------------------------------------------ cluster

    /// Brokers, controller and cluster id: DescribeCluster where the broker
    /// has it, else Metadata. Both name the real controller only under
    /// ZooKeeper; under KRaft the id is a random live broker (any broker
    /// forwards controller requests), so there the active controller is the
    /// metadata quorum's leader from DescribeQuorum, or unknown when the
    /// brokers do not answer it.
    pub async fn describe_cluster(&self) -> Result<ClusterInfo, KafkaError> {
        let kraft = self.client.is_kraft().await?;
        let req = DescribeClusterRequest::default();
        let (brokers, controller, cluster_id) =
            match self.client.send(Target::Any, &req, true).await {
                Ok((resp, _)) if resp.error_code == 0 => (
                    resp.brokers
                        .iter()
                        .map(|b| {
                            (
                                b.broker_id.0,
                                b.host.to_string(),
                                b.port,
                                b.rack.as_ref().map(|r| r.to_string()),
                            )
                        })
                        .collect::<Vec<_>>(),
                    (resp.controller_id.0 >= 0).then_some(resp.controller_id.0),
                    Some(resp.cluster_id.to_string()),
                ),
                Ok((resp, _)) => {
                    return Err(KafkaError::broker(
                        "DescribeCluster",
                        resp.error_code,
                        resp.error_message.map(|m| m.to_string()),
                    ))
                }
                Err(KafkaError::Unsupported { .. }) => {
                    let _ = self.client.refresh_brokers().await?;
                    (
                        self.client
                            .brokers()
                            .into_iter()
                            .map(|b| (b.id, b.host, b.port, b.rack))
                            .collect(),
                        self.client.controller(),
                        self.client.cluster_id(),
                    )
                }
                Err(e) => return Err(e),
            };
        let controller = if kraft {
            self.kraft_active_controller().await
        } else {
            controller
        };
        let mut brokers: Vec<BrokerInfo> = brokers
            .into_iter()
            .map(|(id, host, port, rack)| BrokerInfo {
                id,
                host,
                port,
                rack,
                controller: Some(id) == controller,
            })
            .collect();
        brokers.sort_by_key(|b| b.id);
        Ok(ClusterInfo {
            cluster_id,
            controller_id: controller,
            kraft,
            brokers,
        })
    }

    /// The leader of the KRaft metadata quorum: the active controller.
    /// None on ZooKeeper clusters (their brokers do not serve
    /// DescribeQuorum) or when the broker refuses.
    async fn kraft_active_controller(&self) -> Option<i32> {
        let req = DescribeQuorumRequest::default().with_topics(vec![
            describe_quorum_request::TopicData::default()
                .with_topic_name(topic_name("__cluster_metadata"))
                .with_partitions(vec![
                    describe_quorum_request::PartitionData::default().with_partition_index(0)
                ]),
        ]);
        let resp = match self.client.send(Target::Any, &req, true).await {
            Ok((resp, _)) => resp,
            Err(e) => {
                debug!(error = %e, "no DescribeQuorum: not a KRaft broker, or refused");
                return None;
            }
        };
        if resp.error_code != 0 {
            debug!(code = resp.error_code, "DescribeQuorum refused");
            return None;
        }
        resp.topics
            .iter()
            .flat_map(|t| &t.partitions)
            .find(|p| p.error_code == 0 && p.leader_id.0 >= 0)
            .map(|p| p.leader_id.0)
    }

    // ------------------------------------------------------------ topics

    /// All topics (one Metadata request), sorted by name.
    pub async fn list_topics(&self) -> Result<Vec<TopicInfo>, KafkaError> {
        let resp = self.client.metadata(None).await?;
        let (topics, _missing) = topics_from_metadata(&resp)?;
        Ok(topics)
    }

    /// The named topics, sorted by name, and the names that do not exist.
    pub async fn describe_topics(
        &self,
        names: &[String],
    ) -> Result<(Vec<TopicInfo>, Vec<String>), KafkaError> {
        if names.is_empty() {
            return Ok((Vec::new(), Vec::new()));
        }
        let resp = self.client.metadata(Some(names)).await?;
        topics_from_metadata(&resp)
    }

    /// Like [`describe_topics`](Self::describe_topics), but an unknown topic
    /// is an error naming it.
    pub async fn require_topics(&self, names: &[String]) -> Result<Vec<TopicInfo>, KafkaError> {
        let (topics, missing) = self.describe_topics(names).await?;
        match missing.as_slice() {
            [] => Ok(topics),
            [one] => Err(KafkaError::Other(format!("topic '{one}' not found"))),
            many => Err(KafkaError::Other(format!(
                "topics not found: {}",
                many.iter()
                    .map(|n| format!("'{n}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }

    pub async fn create_topics(
        &self,
        topics: &[NewTopic],
        validate_only: bool,
    ) -> Result<ItemResults, KafkaError> {
        let by_name: HashMap<&str, &NewTopic> =
            topics.iter().map(|t| (t.name.as_str(), t)).collect();
        let timeout_ms = self.timeout_ms();
        let results = self
            .per_item_rounds(topics.iter().map(|t| t.name.clone()).collect(), |names| {
                let req = CreateTopicsRequest::default()
                    .with_timeout_ms(timeout_ms)
                    .with_validate_only(validate_only)
                    .with_topics(
                        names
                            .iter()
                            .filter_map(|n| by_name.get(n.as_str()))
                            .map(|t| {
                                CreatableTopic::default()
                                    .with_name(topic_name(&t.name))
                                    .with_num_partitions(t.partitions)
                                    .with_replication_factor(t.replication_factor)
                                    .with_configs(
                                        t.configs
                                            .iter()
                                            .map(|(k, v)| {
                                                CreatableTopicConfig::default()
                                                    .with_name(str_bytes(k))
                                                    .with_value(Some(str_bytes(v)))
                                            })
                                            .collect(),
                                    )
                            })
                            .collect(),
                    );
                async move {
                    let (resp, _) = self.client.send(Target::Controller, &req, false).await?;
                    Ok(resp
                        .topics
                        .into_iter()
                        .map(|t| {
                            (
                                t.name.0.to_string(),
                                t.error_code,
                                t.error_message.map(|m| m.to_string()),
                            )
                        })
                        .collect())
                }
            })
            .await?;
        if !validate_only {
            let created: HashMap<String, i32> = succeeded(&results)
                .filter_map(|n| by_name.get(n).map(|t| (n.to_string(), t.partitions)))
                .collect();
            self.await_every_broker(&created, |want, seen| {
                seen.is_some_and(|t| {
                    // -1: the broker's default partition count.
                    (want < 0 || t.partitions.len() == want as usize)
                        && t.partitions.iter().all(|p| p.leader.is_some())
                })
            })
            .await;
        }
        Ok(results)
    }

    pub async fn delete_topics(&self, names: &[String]) -> Result<ItemResults, KafkaError> {
        let timeout_ms = self.timeout_ms();
        let results = self.per_item_rounds(names.to_vec(), |names| {
            let req = DeleteTopicsRequest::default()
                .with_timeout_ms(timeout_ms)
                .with_topic_names(names.iter().map(|n| topic_name(n)).collect())
                .with_topics(
                    names
                        .iter()
                        .map(|n| {
                            kafka_protocol::messages::delete_topics_request::DeleteTopicState::default()
                                .with_name(Some(topic_name(n)))
                        })
                        .collect(),
                );
            async move {
                let (resp, _) = self.client.send(Target::Controller, &req, false).await?;
                Ok(resp
                    .responses
                    .into_iter()
                    .map(|t| {
                        (
                            t.name.map(|n| n.0.to_string()).unwrap_or_default(),
                            t.error_code,
                            t.error_message.map(|m| m.to_string()),
                        )
                    })
                    .collect())
            }
        })
        .await?;
        let deleted: HashMap<String, i32> =
            succeeded(&results).map(|n| (n.to_string(), 0)).collect();
        self.await_every_broker(&deleted, |_, seen| seen.is_none())
            .await;
        Ok(results)
    }

    /// Raises partition counts to the given totals.
    pub async fn create_partitions(
        &self,
        totals: &[(String, i32)],
        validate_only: bool,
    ) -> Result<ItemResults, KafkaError> {
        let counts: HashMap<&str, i32> = totals.iter().map(|(n, c)| (n.as_str(), *c)).collect();
        let timeout_ms = self.timeout_ms();
        let results = self
            .per_item_rounds(totals.iter().map(|(n, _)| n.clone()).collect(), |names| {
                let req = CreatePartitionsRequest::default()
                    .with_timeout_ms(timeout_ms)
                    .with_validate_only(validate_only)
                    .with_topics(
                        names
                            .iter()
                            .filter_map(|n| counts.get(n.as_str()).map(|c| (n, *c)))
                            .map(|(n, c)| {
                                CreatePartitionsTopic::default()
                                    .with_name(topic_name(n))
                                    .with_count(c)
                                    .with_assignments(None)
                            })
                            .collect(),
                    );
                async move {
                    let (resp, _) = self.client.send(Target::Controller, &req, false).await?;
                    Ok(resp
                        .results
                        .into_iter()
                        .map(|t| {
                            (
                                t.name.0.to_string(),
                                t.error_code,
                                t.error_message.map(|m| m.to_string()),
                            )
                        })
                        .collect())
                }
            })
            .await?;
        if !validate_only {
            let grown: HashMap<String, i32> = succeeded(&results)
                .filter_map(|n| counts.get(n).map(|c| (n.to_string(), *c)))
                .collect();
            self.await_every_broker(&grown, |want, seen| {
                seen.is_some_and(|t| t.partitions.len() >= want as usize)
            })
            .await;
        }
        Ok(results)
    }

    /// On KRaft a broker learns of a topic change from the metadata log a
    /// moment after the controller has answered; until then it still
    /// answers with the old topic (or UNKNOWN_TOPIC_OR_PARTITION). Waits
    /// until every broker's metadata shows each topic as `settled(want,
    /// topic)` says, so that the next command, whichever broker it asks,
    /// sees the change.
    async fn await_every_broker(
        &self,
        topics: &HashMap<String, i32>,
        settled: impl Fn(i32, Option<&TopicInfo>) -> bool,
    ) {
        if topics.is_empty() {
            return;
        }
        let names: Vec<String> = topics.keys().cloned().collect();
        let (names, settled) = (&names, &settled);
        self.poll_every_broker("topic", self.client.timeout(), |id| async move {
            let resp = self
                .client
                .metadata_at(Target::Broker(id), Some(names))
                .await?;
            let (found, _missing) = topics_from_metadata(&resp)?;
            Ok(topics
                .iter()
                .all(|(name, want)| settled(*want, found.iter().find(|t| &t.name == name))))
        })
        .await
    }

    /// Like [`await_every_broker`](Self::await_every_broker) for config
    /// changes: until every broker describes each SET key with the new value
    /// and no DELETEd key as a topic override. Propagation takes
    /// milliseconds; the wait is capped at [`CONFIG_SETTLE`] because a broker
    /// may spell a value differently from how it was set (`TRUE`, `true`).
    async fn await_configs_everywhere(&self, changes: &[(String, Vec<ConfigOp>)]) {
        if changes.is_empty() {
            return;
        }
        let resources: Vec<DescribeConfigsResource> = changes
            .iter()
            .map(|(name, ops)| {
                DescribeConfigsResource::default()
                    .with_resource_type(RESOURCE_TOPIC)
                    .with_resource_name(str_bytes(name))
                    .with_configuration_keys(Some(
                        ops.iter()
                            .map(|op| match op {
                                ConfigOp::Set(k, _) | ConfigOp::Delete(k) => str_bytes(k),
                            })
                            .collect(),
                    ))
            })
            .collect();
        let req = &DescribeConfigsRequest::default().with_resources(resources);
        let limit = self.client.timeout().min(CONFIG_SETTLE);
        self.poll_every_broker("config", limit, |id| async move {
            let (resp, _) = self.client.send(Target::Broker(id), req, true).await?;
            Ok(changes.iter().all(|(name, ops)| {
                let Some(r) = resp
                    .results
                    .iter()
                    .find(|r| r.resource_name.as_str() == name && r.error_code == 0)
                else {
                    return false;
                };
                let entries = config_entries(r.configs.clone());
                ops.iter().all(|op| match op {
                    ConfigOp::Set(k, v) => entries.iter().any(|e| {
                        &e.name == k
                            && (e.sensitive
                                || e.value
                                    .as_deref()
                                    .is_some_and(|got| same_config_value(got, v)))
                    }),
                    ConfigOp::Delete(k) => !entries
                        .iter()
                        .any(|e| &e.name == k && e.source == ConfigSource::DynamicTopicConfig),
                })
            }))
        })
        .await
    }

    /// Asks every known broker `check(id)` until all say true, at most for
    /// `limit`. A broker that cannot be asked (unreachable, not authorized)
    /// is not waited for, and running out of time is only logged: the
    /// change itself was made, the brokers will catch up.
    pub(super) async fn poll_every_broker<F, Fut>(&self, what: &str, limit: Duration, mut check: F)
    where
        F: FnMut(i32) -> Fut,
        Fut: std::future::Future<Output = Result<bool, KafkaError>>,
    {
        let deadline = tokio::time::Instant::now() + limit;
        let mut brokers: Vec<i32> = self.client.brokers().iter().map(|b| b.id).collect();
        while !brokers.is_empty() {
            let mut pending = Vec::new();
            for id in brokers {
                match check(id).await {
                    Ok(true) => {}
                    Ok(false) => pending.push(id),
                    Err(e) => debug!(broker = id, error = %e, "not waiting for this broker"),
                }
            }
            brokers = pending;
            if brokers.is_empty() {
                break;
            }
            if tokio::time::Instant::now() >= deadline {
                warn!(brokers = ?brokers, "brokers have not caught up with the {what} change yet");
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    // ------------------------------------------------------------ configs

    /// Every config of each named topic, in chunks of [`CHUNK`] topics per
    /// request. Per-topic failures (unknown topic) come back per topic.
    /// Synonyms are asked for where the broker has them (v1+): they tell
    /// what an overridden config falls back to ([`ConfigEntry::inherited`]),
    /// which decides whether removing the override loses data.
    pub async fn describe_topic_configs(
        &self,
        names: &[String],
    ) -> Result<BTreeMap<String, Result<Vec<ConfigEntry>, KafkaError>>, KafkaError> {
        let synonyms = self
            .client
            .version_of::<DescribeConfigsRequest>(Target::Any)
            .await?
            >= 1;
        let mut all = self
            .describe_topic_resources(names, synonyms, |configs| {
                partial_answer_as_explicit(config_entries(configs))
            })
            .await?;
        self.fill_inherited_from_broker(&mut all).await;
        Ok(all)
    }

    /// Real brokers list a static broker setting (MSK's
    /// `log.retention.hours=720`) among an override's synonyms only in some
    /// releases; where they don't, what removing the override falls back to
    /// is read from a broker's own configuration, once per call and only
    /// for the keys whose change can lose data. A broker that won't answer
    /// (no DescribeConfigs on the cluster) leaves Kafka's built-in default
    /// as the fallback.
    async fn fill_inherited_from_broker(
        &self,
        all: &mut BTreeMap<String, Result<Vec<ConfigEntry>, KafkaError>>,
    ) {
        let missing = |e: &ConfigEntry| {
            e.source == ConfigSource::DynamicTopicConfig
                && e.inherited.is_none()
                && !broker_synonyms(&e.name).is_empty()
        };
        let needed = all
            .values()
            .any(|r| r.as_ref().is_ok_and(|es| es.iter().any(missing)));
        if !needed {
            return;
        }
        let Some(broker) = self.client.brokers().first().map(|b| b.id) else {
            return;
        };
        let broker_entries = match self.broker_configs(broker).await {
            Ok(entries) => entries,
            Err(e) => {
                debug!(error = %e, "broker defaults unreadable; judging against Kafka's defaults");
                return;
            }
        };
        let value_of = |name: &str| {
            broker_entries
                .iter()
                .find(|b| b.name == name)
                .and_then(|b| b.value.as_deref())
                .and_then(|v| in_topic_units(name, v))
        };
        for entries in all.values_mut().flatten() {
            for e in entries.iter_mut().filter(|e| missing(e)) {
                e.inherited = broker_synonyms(&e.name).iter().find_map(|n| value_of(n));
            }
        }
    }

    /// What each named topic has set itself and what it would fall back to
    /// (the broker defaults, in topic units), for judging a change against
    /// the value really in force. Per-topic failures come back per topic.
    pub async fn topic_config_state(
        &self,
        names: &[String],
    ) -> Result<BTreeMap<String, Result<TopicConfigState, KafkaError>>, KafkaError> {
        let all = self.describe_topic_configs(names).await?;
        Ok(all
            .into_iter()
            .map(|(name, entries)| {
                let state = entries.map(|entries| {
                    let mut state = TopicConfigState::default();
                    for e in entries {
                        if e.source == ConfigSource::DynamicTopicConfig {
                            if let Some(i) = e.inherited {
                                state.inherited.insert(e.name.clone(), i);
                            }
                            if let Some(v) = e.value {
                                state.explicit.insert(e.name, v);
                            }
                        } else if let Some(v) = e.value {
                            state.inherited.insert(e.name, v);
                        }
                    }
                    state
                });
                (name, state)
            })
            .collect())
    }

    /// DescribeConfigs for topics, [`CHUNK`] per request, each answer read
    /// by `read`; per-topic errors come back per topic.
    async fn describe_topic_resources<T>(
        &self,
        names: &[String],
        synonyms: bool,
        read: impl Fn(Vec<describe_configs_response::DescribeConfigsResourceResult>) -> T,
    ) -> Result<BTreeMap<String, Result<T, KafkaError>>, KafkaError> {
        let mut out = BTreeMap::new();
        for chunk in names.chunks(CHUNK) {
            let resources = chunk
                .iter()
                .map(|n| {
                    DescribeConfigsResource::default()
                        .with_resource_type(RESOURCE_TOPIC)
                        .with_resource_name(str_bytes(n))
                        .with_configuration_keys(None)
                })
                .collect();
            let req = DescribeConfigsRequest::default()
                .with_resources(resources)
                .with_include_synonyms(synonyms);
            let (resp, _) = self.client.send(Target::Any, &req, true).await?;
            for r in resp.results {
                let name = r.resource_name.to_string();
                let entry = if r.error_code != 0 {
                    Err(topic_error(
                        &name,
                        r.error_code,
                        r.error_message.map(|m| m.to_string()),
                    ))
                } else {
                    Ok(read(r.configs))
                };
                out.insert(name, entry);
            }
        }
        Ok(out)
    }

    /// One topic's configs; an unknown topic is an error naming it.
    pub async fn topic_configs(&self, name: &str) -> Result<Vec<ConfigEntry>, KafkaError> {
        let mut all = self.describe_topic_configs(&[name.to_string()]).await?;
        match all.remove(name) {
            Some(r) => r,
            None => Err(KafkaError::Other(format!(
                "the broker returned no configs for topic '{name}'"
            ))),
        }
    }

    /// A broker's configs, asked of that broker (only it knows its static
    /// config).
    pub async fn broker_configs(&self, broker: i32) -> Result<Vec<ConfigEntry>, KafkaError> {
        let req = DescribeConfigsRequest::default().with_resources(vec![
            DescribeConfigsResource::default()
                .with_resource_type(RESOURCE_BROKER)
                .with_resource_name(str_bytes(&broker.to_string()))
                .with_configuration_keys(None),
        ]);
        let (resp, _) = self.client.send(Target::Broker(broker), &req, true).await?;
        match resp.results.into_iter().next() {
            Some(r) if r.error_code == 0 => Ok(config_entries(r.configs)),
            Some(r) => Err(KafkaError::broker(
                format!("broker {broker}"),
                r.error_code,
                r.error_message.map(|m| m.to_string()),
            )),
            None => Err(KafkaError::Other(format!(
                "broker {broker} returned no configs"
            ))),
        }
    }

    /// Incremental config changes per topic, chunked. Repeating a SET or
    /// DELETE is harmless, so these are retried over a broken connection.
    pub async fn alter_topic_configs(
        &self,
        changes: &[(String, Vec<ConfigOp>)],
        validate_only: bool,
    ) -> Result<ItemResults, KafkaError> {
        let mut out = Vec::with_capacity(changes.len());
        for chunk in changes.chunks(CHUNK) {
            let resources = chunk
                .iter()
                .map(|(name, ops)| {
                    AlterConfigsResource::default()
                        .with_resource_type(RESOURCE_TOPIC)
                        .with_resource_name(str_bytes(name))
                        .with_configs(
                            ops.iter()
                                .map(|op| match op {
                                    ConfigOp::Set(k, v) => AlterableConfig::default()
                                        .with_name(str_bytes(k))
                                        .with_config_operation(0)
                                        .with_value(Some(str_bytes(v))),
                                    ConfigOp::Delete(k) => AlterableConfig::default()
                                        .with_name(str_bytes(k))
                                        .with_config_operation(1)
                                        .with_value(None),
                                })
                                .collect(),
                        )
                })
                .collect();
            let req = IncrementalAlterConfigsRequest::default()
                .with_resources(resources)
                .with_validate_only(validate_only);
            let (resp, _) = self.client.send(Target::Any, &req, true).await?;
            let mut answered: HashMap<String, Result<(), KafkaError>> = resp
                .responses
                .into_iter()
                .map(|r| {
                    let name = r.resource_name.to_string();
                    let res = if r.error_code == 0 {
                        Ok(())
                    } else {
                        Err(topic_error(
                            &name,
                            r.error_code,
                            r.error_message.map(|m| m.to_string()),
                        ))
                    };
                    (name, res)
                })
                .collect();
            for (name, _) in chunk {
                let res = answered.remove(name).unwrap_or_else(|| {
                    Err(KafkaError::Other(format!(
                        "topic '{name}': the broker did not answer for it"
                    )))
                });
                out.push((name.clone(), res));
            }
        }
        if !validate_only {
            let applied: Vec<(String, Vec<ConfigOp>)> = changes
                .iter()
                .filter(|(name, _)| out.iter().any(|(n, r)| n == name && r.is_ok()))
                .cloned()
                .collect();
            for chunk in applied.chunks(CHUNK) {
                self.await_configs_everywhere(chunk).await;
            }
        }
        Ok(out)
    }

    // ------------------------------------------------------------ offsets

    /// Offsets per partition, one ListOffsets per leader, all leaders at once.
    pub async fn list_offsets(
        &self,
        partitions: &[TopicPartition],
        spec: OffsetSpec,
    ) -> Result<BTreeMap<TopicPartition, Result<i64, KafkaError>>, KafkaError> {
        let timeout_ms = self.timeout_ms();
        self.leader_rounds(partitions, |leader, parts| {
            let req = ListOffsetsRequest::default()
                .with_replica_id(BrokerId(-1))
                .with_isolation_level(0)
                .with_timeout_ms(timeout_ms)
                .with_topics(
                    group_by_topic(parts, |p| {
                        ListOffsetsPartition::default()
                            .with_partition_index(p)
                            .with_current_leader_epoch(-1)
                            .with_timestamp(spec.wire())
                    })
                    .into_iter()
                    .map(|(t, ps)| {
                        ListOffsetsTopic::default()
                            .with_name(topic_name(&t))
                            .with_partitions(ps)
                    })
                    .collect(),
                );
            async move {
                let (resp, _) = self.client.send(Target::Broker(leader), &req, true).await?;
                Ok(resp
                    .topics
                    .into_iter()
                    .flat_map(|t| {
                        let name = t.name.0.to_string();
                        t.partitions.into_iter().map(move |p| {
                            ((name.clone(), p.partition_index), p.error_code, p.offset)
                        })
                    })
                    .collect())
            }
        })
        .await
    }

    /// Deletes records below the given offsets (-1 = the high watermark) and
    /// returns each partition's new low watermark.
    pub async fn delete_records(
        &self,
        targets: &[(TopicPartition, i64)],
    ) -> Result<BTreeMap<TopicPartition, Result<i64, KafkaError>>, KafkaError> {
        let offsets: HashMap<&TopicPartition, i64> =
            targets.iter().map(|(tp, o)| (tp, *o)).collect();
        let parts: Vec<TopicPartition> = targets.iter().map(|(tp, _)| tp.clone()).collect();
        let timeout_ms = self.timeout_ms();
        self.leader_rounds(&parts, |leader, parts| {
            let req = DeleteRecordsRequest::default()
                .with_timeout_ms(timeout_ms)
                .with_topics(
                    group_by_topic(parts, |p| p)
                        .into_iter()
                        .map(|(t, ps)| {
                            let partitions = ps
                                .into_iter()
                                .map(|p| {
                                    let offset =
                                        offsets.get(&(t.clone(), p)).copied().unwrap_or(-1);
                                    DeleteRecordsPartition::default()
                                        .with_partition_index(p)
                                        .with_offset(offset)
                                })
                                .collect();
                            DeleteRecordsTopic::default()
                                .with_name(topic_name(&t))
                                .with_partitions(partitions)
                        })
                        .collect(),
                );
            async move {
                let (resp, _) = self.client.send(Target::Broker(leader), &req, true).await?;
                Ok(resp
                    .topics
                    .into_iter()
                    .flat_map(|t| {
                        let name = t.name.0.to_string();
                        t.partitions.into_iter().map(move |p| {
                            (
                                (name.clone(), p.partition_index),
                                p.error_code,
                                p.low_watermark,
                            )
                        })
                    })
                    .collect())
            }
        })
        .await
    }

    // ------------------------------------------------------------ plumbing

    /// Sends a per-item request, re-sending only the items that failed with a
    /// retriable code (after refreshing metadata), for a few rounds.
    async fn per_item_rounds<F, Fut>(
        &self,
        names: Vec<String>,
        mut send: F,
    ) -> Result<ItemResults, KafkaError>
    where
        F: FnMut(Vec<String>) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<(String, i16, Option<String>)>, KafkaError>>,
    {
        let mut results: HashMap<String, Result<(), KafkaError>> = HashMap::new();
        let mut pending: Vec<String> = names.clone();
        for round in 0..RETRY_ROUNDS {
            if pending.is_empty() {
                break;
            }
            if round > 0 {
                tokio::time::sleep(Duration::from_millis(100 << round)).await;
                self.client.refresh_brokers().await?;
            }
            let mut next = Vec::new();
            for chunk in pending.chunks(CHUNK) {
                let answers = send(chunk.to_vec()).await?;
                let mut seen: HashMap<String, (i16, Option<String>)> =
                    answers.into_iter().map(|(n, c, m)| (n, (c, m))).collect();
                for name in chunk {
                    match seen.remove(name) {
                        Some((0, _)) => {
                            results.insert(name.clone(), Ok(()));
                        }
                        Some((code, msg)) => {
                            let err = topic_error(name, code, msg);
                            if err.is_retriable() && round + 1 < RETRY_ROUNDS {
                                debug!(topic = %name, %err, "retrying");
                                next.push(name.clone());
                            } else {
                                results.insert(name.clone(), Err(err));
                            }
                        }
                        None => {
                            results.insert(
                                name.clone(),
                                Err(KafkaError::Other(format!(
                                    "topic '{name}': the broker did not answer for it"
                                ))),
                            );
                        }
                    }
                }
            }
            pending = next;
        }
        Ok(names
            .into_iter()
            .map(|n| {
                let r = results
                    .remove(&n)
                    .unwrap_or_else(|| Err(KafkaError::Other(format!("topic '{n}': no answer"))));
                (n, r)
            })
            .collect())
    }

    /// Groups partitions by leader, sends one request per leader
    /// concurrently, and re-routes partitions whose leader moved.
    pub(crate) async fn leader_rounds<F, Fut>(
        &self,
        partitions: &[TopicPartition],
        mut send: F,
    ) -> Result<BTreeMap<TopicPartition, Result<i64, KafkaError>>, KafkaError>
    where
        F: FnMut(i32, &[TopicPartition]) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<(TopicPartition, i16, i64)>, KafkaError>>,
    {
        let mut out = BTreeMap::new();
        let mut pending: Vec<TopicPartition> = partitions.to_vec();
        for round in 0..RETRY_ROUNDS {
            if pending.is_empty() {
                break;
            }
            if round > 0 {
                tokio::time::sleep(Duration::from_millis(100 << round)).await;
            }
            let mut topics: Vec<String> = pending.iter().map(|(t, _)| t.clone()).collect();
            topics.sort();
            topics.dedup();
            let meta = self.client.metadata(Some(&topics)).await?;
            let leaders = leader_map(&meta);
            let mut by_leader: BTreeMap<i32, Vec<TopicPartition>> = BTreeMap::new();
            for tp in pending.drain(..) {
                match leaders.get(&tp) {
                    Some(Ok(l)) if *l >= 0 => by_leader.entry(*l).or_default().push(tp),
                    Some(Ok(_)) => {
                        let e = KafkaError::broker(
                            format!("{}-{}", tp.0, tp.1),
                            5,
                            Some("the partition has no leader".into()),
                        );
                        out.insert(tp, Err(e));
                    }
                    Some(Err(code)) => {
                        let e = partition_error(&tp, *code);
                        out.insert(tp, Err(e));
                    }
                    None => {
                        let e = partition_error(&tp, UNKNOWN_TOPIC_OR_PARTITION);
                        out.insert(tp, Err(e));
                    }
                }
            }
            let requests = by_leader.iter().map(|(leader, parts)| send(*leader, parts));
            let answers = join_all(requests).await;
            for ((_, parts), answer) in by_leader.iter().zip(answers) {
                let answer = answer?;
                let mut got: HashMap<TopicPartition, (i16, i64)> =
                    answer.into_iter().map(|(tp, c, v)| (tp, (c, v))).collect();
                for tp in parts {
                    match got.remove(tp) {
                        Some((0, v)) => {
                            out.insert(tp.clone(), Ok(v));
                        }
                        Some((code, _)) => {
                            let e = partition_error(tp, code);
                            if e.is_retriable() && round + 1 < RETRY_ROUNDS {
                                pending.push(tp.clone());
                            } else {
                                out.insert(tp.clone(), Err(e));
                            }
                        }
                        None => {
                            out.insert(
                                tp.clone(),
                                Err(KafkaError::Other(format!(
                                    "{}-{}: the leader did not answer for it",
                                    tp.0, tp.1
                                ))),
                            );
                        }
                    }
                }
            }
        }
        Ok(out)
    }
}

pub(crate) fn str_bytes(s: &str) -> StrBytes {
    StrBytes::from_string(s.to_string())
}

pub(crate) fn topic_name(s: &str) -> TopicName {
    TopicName(str_bytes(s))
}

fn topic_error(name: &str, code: i16, message: Option<String>) -> KafkaError {
    if code == UNKNOWN_TOPIC_OR_PARTITION {
        return KafkaError::Other(format!("topic '{name}' not found"));
    }
    KafkaError::broker(format!("topic '{name}'"), code, message)
}

fn partition_error(tp: &TopicPartition, code: i16) -> KafkaError {
    if code == UNKNOWN_TOPIC_OR_PARTITION {
        return KafkaError::Other(format!("partition {} of topic '{}' not found", tp.1, tp.0));
    }
    KafkaError::broker(format!("topic '{}' partition {}", tp.0, tp.1), code, None)
}

fn config_entries(
    configs: Vec<
        kafka_protocol::messages::describe_configs_response::DescribeConfigsResourceResult,
    >,
) -> Vec<ConfigEntry> {
    let mut entries: Vec<ConfigEntry> = configs
        .into_iter()
        .map(|c| ConfigEntry {
            name: c.name.to_string(),
            value: if c.is_sensitive {
                None
            } else {
                c.value.map(|v| v.to_string())
            },
            source: ConfigSource::from_code(c.config_source),
            sensitive: c.is_sensitive,
            read_only: c.read_only,
            inherited: c
                .synonyms
                .iter()
                .filter(|s| ConfigSource::from_code(s.source) != ConfigSource::DynamicTopicConfig)
                .find_map(|s| in_topic_units(&s.name, s.value.as_deref()?)),
        })
        .collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    entries
}

/// The broker settings a topic config falls back to, most specific first
/// (Kafka's topic-config synonyms), for the keys whose change can lose data.
fn broker_synonyms(topic_key: &str) -> &'static [&'static str] {
    match topic_key {
        "retention.ms" => &[
            "log.retention.ms",
            "log.retention.minutes",
            "log.retention.hours",
        ],
        "retention.bytes" => &["log.retention.bytes"],
        "local.retention.ms" => &["log.local.retention.ms"],
        "local.retention.bytes" => &["log.local.retention.bytes"],
        "cleanup.policy" => &["log.cleanup.policy"],
        _ => &[],
    }
}

/// A broker synonym's value in its topic config's units: Kafka lists
/// `log.retention.hours=720` as a synonym of `retention.ms`.
fn in_topic_units(name: &str, value: &str) -> Option<String> {
    let per_unit: i64 = if name.ends_with(".hours") {
        3_600_000
    } else if name.ends_with(".minutes") {
        60_000
    } else {
        return Some(value.to_string());
    };
    let n: i64 = value.trim().parse().ok()?;
    Some(if n < 0 { n } else { n.checked_mul(per_unit)? }.to_string())
}

/// Kafka answers a topic's DescribeConfigs with every topic config, and
/// `segment.bytes` is always among them. Some Kafka-compatible brokers
/// (tansu 0.6) answer with only the configs set on the topic, each labelled
/// DEFAULT_CONFIG. Such a partial answer can only hold explicit settings, so
/// it is read as such; a full answer is taken as labelled.
fn partial_answer_as_explicit(mut entries: Vec<ConfigEntry>) -> Vec<ConfigEntry> {
    if entries.iter().any(|e| e.name == "segment.bytes") {
        return entries;
    }
    for e in &mut entries {
        if e.source == ConfigSource::DefaultConfig {
            e.source = ConfigSource::DynamicTopicConfig;
        }
    }
    entries
}

pub(crate) fn group_by_topic<T>(
    parts: &[TopicPartition],
    f: impl Fn(i32) -> T,
) -> BTreeMap<String, Vec<T>> {
    let mut out: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for (t, p) in parts {
        out.entry(t.clone()).or_default().push(f(*p));
    }
    out
}

/// Leader per partition from a Metadata response (Err = the topic's or the
/// partition's error code).
fn leader_map(meta: &MetadataResponse) -> HashMap<TopicPartition, Result<i32, i16>> {
    let mut out = HashMap::new();
    for t in &meta.topics {
        let Some(name) = t.name.as_ref().map(|n| n.0.to_string()) else {
            continue;
        };
        for p in &t.partitions {
            let v = if p.error_code != 0 && p.error_code != 5 && p.error_code != 9 {
                Err(p.error_code)
            } else {
                Ok(p.leader_id.0)
            };
            out.insert((name.clone(), p.partition_index), v);
        }
    }
    out
}

/// Topics from a Metadata response, sorted, plus the names the broker said
/// do not exist. Other topic-level errors fail the whole call.
/// Config values as brokers describe them may differ from how they were
/// set in case and in the spacing and order of list items.
fn same_config_value(described: &str, set: &str) -> bool {
    let norm = |v: &str| {
        let mut items: Vec<String> = v
            .split(',')
            .map(|i| i.trim().to_ascii_lowercase())
            .filter(|i| !i.is_empty())
            .collect();
        items.sort_unstable();
        items
    };
    described == set || norm(described) == norm(set)
}

/// The names whose batched request succeeded.
fn succeeded(results: &ItemResults) -> impl Iterator<Item = &str> {
    results
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(n, _)| n.as_str())
}

fn topics_from_metadata(
    resp: &MetadataResponse,
) -> Result<(Vec<TopicInfo>, Vec<String>), KafkaError> {
    let mut topics = Vec::with_capacity(resp.topics.len());
    let mut missing = Vec::new();
    for t in &resp.topics {
        let name = t.name.as_ref().map(|n| n.0.to_string()).unwrap_or_default();
        match t.error_code {
            0 => {}
            UNKNOWN_TOPIC_OR_PARTITION => {
                missing.push(name);
                continue;
            }
            // LEADER_NOT_AVAILABLE right after creation still carries partitions.
            5 => {}
            code => return Err(topic_error(&name, code, None)),
        }
        let mut partitions: Vec<PartitionInfo> = t
            .partitions
            .iter()
            .map(|p| PartitionInfo {
                partition: p.partition_index,
                leader: (p.leader_id.0 >= 0).then_some(p.leader_id.0),
                replicas: p.replica_nodes.iter().map(|b| b.0).collect(),
                isr: p.isr_nodes.iter().map(|b| b.0).collect(),
                offline_replicas: p.offline_replicas.iter().map(|b| b.0).collect(),
            })
            .collect();
        partitions.sort_by_key(|p| p.partition);
        topics.push(TopicInfo {
            name,
            internal: t.is_internal
                || is_internal_name(t.name.as_ref().map(|n| n.0.as_str()).unwrap_or("")),
            partitions,
        });
    }
    topics.sort_by(|a, b| a.name.cmp(&b.name));
    missing.sort();
    Ok((topics, missing))
}

/// Kafka's internal topics, recognised by name too because not every broker
/// sets `is_internal` (and `__`-prefixed names are reserved by convention).
fn is_internal_name(name: &str) -> bool {
    name.starts_with("__")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_source_codes_follow_kafka() {
        assert_eq!(ConfigSource::from_code(1), ConfigSource::DynamicTopicConfig);
        assert_eq!(ConfigSource::from_code(4), ConfigSource::StaticBrokerConfig);
        assert_eq!(ConfigSource::from_code(5), ConfigSource::DefaultConfig);
        assert_eq!(ConfigSource::from_code(42), ConfigSource::Unknown);
    }

    #[test]
    fn overrides() {
        let e = |source| ConfigEntry {
            name: "retention.ms".into(),
            value: Some("1".into()),
            source,
            sensitive: false,
            read_only: false,
            inherited: None,
        };
        assert!(e(ConfigSource::DynamicTopicConfig).is_override(true));
        assert!(!e(ConfigSource::StaticBrokerConfig).is_override(true));
        assert!(!e(ConfigSource::DefaultConfig).is_override(true));
        assert!(e(ConfigSource::DynamicBrokerConfig).is_override(false));
    }

    #[test]
    fn synonyms_in_topic_units() {
        assert_eq!(
            in_topic_units("log.retention.hours", "720").as_deref(),
            Some("2592000000")
        );
        assert_eq!(
            in_topic_units("log.retention.minutes", "60").as_deref(),
            Some("3600000")
        );
        assert_eq!(
            in_topic_units("log.retention.ms", "5").as_deref(),
            Some("5")
        );
        assert_eq!(
            in_topic_units("log.retention.hours", "-1").as_deref(),
            Some("-1")
        );
    }

    #[test]
    fn partial_answers_are_explicit_settings() {
        let e = |name: &str, source| ConfigEntry {
            name: name.into(),
            value: Some("1".into()),
            source,
            sensitive: false,
            read_only: false,
            inherited: None,
        };
        let partial =
            partial_answer_as_explicit(vec![e("retention.ms", ConfigSource::DefaultConfig)]);
        assert_eq!(partial[0].source, ConfigSource::DynamicTopicConfig);
        let full = partial_answer_as_explicit(vec![
            e("retention.ms", ConfigSource::DefaultConfig),
            e("segment.bytes", ConfigSource::DefaultConfig),
        ]);
        assert_eq!(full[0].source, ConfigSource::DefaultConfig);
    }

    #[test]
    fn grouping() {
        let parts = vec![
            ("b".to_string(), 1),
            ("a".to_string(), 0),
            ("b".to_string(), 0),
        ];
        let g = group_by_topic(&parts, |p| p);
        assert_eq!(g["a"], vec![0]);
        assert_eq!(g["b"], vec![1, 0]);
    }
}
