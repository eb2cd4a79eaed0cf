//! The admin facade's replica-placement calls: partition reassignments,
//! leader elections, log-dir sizes and broker-level (throttle) configs.

use std::collections::BTreeMap;

use futures::future::join_all;
use kafka_protocol::messages::{
    alter_partition_reassignments_request::{ReassignablePartition, ReassignableTopic},
    describe_log_dirs_request::DescribableLogDirTopic,
    elect_leaders_request::TopicPartitions,
    incremental_alter_configs_request::{AlterConfigsResource, AlterableConfig},
    list_partition_reassignments_request::ListPartitionReassignmentsTopics,
    AlterPartitionReassignmentsRequest, BrokerId, DescribeLogDirsRequest, ElectLeadersRequest,
    IncrementalAlterConfigsRequest, ListPartitionReassignmentsRequest,
};
use serde::Serialize;

use super::admin::{
    group_by_topic, str_bytes, topic_name, Admin, ConfigOp, TopicPartition, RESOURCE_BROKER,
};
use super::client::Target;
use super::error::KafkaError;

/// Kafka: the preferred leader is already the leader.
const ELECTION_NOT_NEEDED: i16 = 84;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OngoingReassignment {
    pub topic: String,
    pub partition: i32,
    pub replicas: Vec<i32>,
    pub adding: Vec<i32>,
    pub removing: Vec<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Election {
    Preferred,
    Unclean,
}

pub type PartitionResults = BTreeMap<TopicPartition, Result<(), KafkaError>>;

/// A partition and its new replicas (`None` cancels its reassignment).
pub type ReassignmentTarget = (TopicPartition, Option<Vec<i32>>);

impl Admin {
    /// Starts (`Some(replicas)`) or cancels (`None`) reassignments, in one
    /// request to the controller.
    pub async fn alter_reassignments(
        &self,
        targets: &[ReassignmentTarget],
        allow_rf_change: bool,
    ) -> Result<PartitionResults, KafkaError> {
        let mut by_topic: BTreeMap<&str, Vec<ReassignablePartition>> = BTreeMap::new();
        for ((t, p), replicas) in targets {
            by_topic.entry(t.as_str()).or_default().push(
                ReassignablePartition::default()
                    .with_partition_index(*p)
                    .with_replicas(
                        replicas
                            .as_ref()
                            .map(|r| r.iter().map(|b| BrokerId(*b)).collect()),
                    ),
            );
        }
        // AllowReplicationFactorChange exists from v1 (KIP-860, Kafka 4.1);
        // brokers before that always allow a change, which is the field's
        // default, so v0 gets the default and the replication-factor check
        // stays on the client side (`validate_reassignment`).
        let version = self
            .client()
            .version_of::<AlterPartitionReassignmentsRequest>(Target::Controller)
            .await?;
        let req = AlterPartitionReassignmentsRequest::default()
            .with_timeout_ms(self.timeout_ms())
            .with_allow_replication_factor_change(allow_rf_change || version < 1)
            .with_topics(
                by_topic
                    .into_iter()
                    .map(|(t, ps)| {
                        ReassignableTopic::default()
                            .with_name(topic_name(t))
                            .with_partitions(ps)
                    })
                    .collect(),
            );
        let (resp, _) = self.client().send(Target::Controller, &req, false).await?;
        if resp.error_code != 0 {
            return Err(KafkaError::broker(
                "AlterPartitionReassignments",
                resp.error_code,
                resp.error_message.map(|m| m.to_string()),
            ));
        }
        let mut out: PartitionResults = BTreeMap::new();
        for t in resp.responses {
            let name = t.name.0.to_string();
            for p in t.partitions {
                let tp = (name.clone(), p.partition_index);
                let r = if p.error_code == 0 {
                    Ok(())
                } else {
                    Err(KafkaError::broker(
                        format!("topic '{}' partition {}", tp.0, tp.1),
                        p.error_code,
                        p.error_message.map(|m| m.to_string()),
                    ))
                };
                out.insert(tp, r);
            }
        }
        for (tp, _) in targets {
            out.entry(tp.clone()).or_insert_with(|| {
                Err(KafkaError::Other(format!(
                    "{}-{}: no answer from the controller",
                    tp.0, tp.1
                )))
            });
        }
        Ok(out)
    }

    /// Reassignments in progress (all, or only the given partitions).
    pub async fn list_reassignments(
        &self,
        filter: Option<&[TopicPartition]>,
    ) -> Result<Vec<OngoingReassignment>, KafkaError> {
        let topics = filter.map(|parts| {
            group_by_topic(parts, |p| p)
                .into_iter()
                .map(|(t, ps)| {
                    ListPartitionReassignmentsTopics::default()
                        .with_name(topic_name(&t))
                        .with_partition_indexes(ps)
                })
                .collect()
        });
        let req = ListPartitionReassignmentsRequest::default()
            .with_timeout_ms(self.timeout_ms())
            .with_topics(topics);
        let (resp, _) = self.client().send(Target::Controller, &req, true).await?;
        if resp.error_code != 0 {
            return Err(KafkaError::broker(
                "ListPartitionReassignments",
                resp.error_code,
                resp.error_message.map(|m| m.to_string()),
            ));
        }
        let ids = |v: &[BrokerId]| v.iter().map(|b| b.0).collect::<Vec<i32>>();
        let mut out: Vec<OngoingReassignment> = resp
            .topics
            .iter()
            .flat_map(|t| {
                t.partitions.iter().map(move |p| OngoingReassignment {
                    topic: t.name.0.to_string(),
                    partition: p.partition_index,
                    replicas: ids(&p.replicas),
                    adding: ids(&p.adding_replicas),
                    removing: ids(&p.removing_replicas),
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
        Ok(out)
    }

    /// Elects leaders for the given partitions (`None`: every partition).
    /// A partition whose preferred leader already leads counts as done.
    pub async fn elect_leaders(
        &self,
        election: Election,
        partitions: Option<&[TopicPartition]>,
    ) -> Result<PartitionResults, KafkaError> {
        let req = ElectLeadersRequest::default()
            .with_election_type(match election {
                Election::Preferred => 0,
                Election::Unclean => 1,
            })
            .with_timeout_ms(self.timeout_ms())
            .with_topic_partitions(partitions.map(|parts| {
                group_by_topic(parts, |p| p)
                    .into_iter()
                    .map(|(t, ps)| {
                        TopicPartitions::default()
                            .with_topic(topic_name(&t))
                            .with_partitions(ps)
                    })
                    .collect()
            }));
        let (resp, version) = self.client().send(Target::Controller, &req, false).await?;
        if election == Election::Unclean && version < 1 {
            return Err(KafkaError::Other(
                "the controller only supports preferred leader election (ElectLeaders v0)".into(),
            ));
        }
        if resp.error_code != 0 {
            return Err(KafkaError::broker("ElectLeaders", resp.error_code, None));
        }
        let mut out = BTreeMap::new();
        for t in resp.replica_election_results {
            let name = t.topic.0.to_string();
            for p in t.partition_result {
                let tp = (name.clone(), p.partition_id);
                let r = match p.error_code {
                    0 | ELECTION_NOT_NEEDED => Ok(()),
                    code => Err(KafkaError::broker(
                        format!("topic '{}' partition {}", tp.0, tp.1),
                        code,
                        p.error_message.map(|m| m.to_string()),
                    )),
                };
                out.insert(tp, r);
            }
        }
        Ok(out)
    }

    /// Bytes on disk per partition (the largest replica), from every broker
    /// at once. `topics`: only these (None: all).
    pub async fn partition_sizes(
        &self,
        topics: Option<&[String]>,
    ) -> Result<BTreeMap<TopicPartition, u64>, KafkaError> {
        let filter: Option<Vec<DescribableLogDirTopic>> = match topics {
            None => None,
            Some(names) => {
                let meta = self.describe_topics(names).await?.0;
                Some(
                    meta.iter()
                        .map(|t| {
                            DescribableLogDirTopic::default()
                                .with_topic(topic_name(&t.name))
                                .with_partitions(t.partitions.iter().map(|p| p.partition).collect())
                        })
                        .collect(),
                )
            }
        };
        let req = DescribeLogDirsRequest::default().with_topics(filter);
        let brokers = self.client().brokers();
        let answers = join_all(
            brokers
                .iter()
                .map(|b| self.client().send(Target::Broker(b.id), &req, true)),
        )
        .await;
        let mut sizes: BTreeMap<TopicPartition, u64> = BTreeMap::new();
        for answer in answers {
            let (resp, _) = answer?;
            for dir in resp.results.iter().filter(|d| d.error_code == 0) {
                for t in &dir.topics {
                    for p in t.partitions.iter().filter(|p| !p.is_future_key) {
                        let size = p.partition_size.max(0) as u64;
                        let e = sizes
                            .entry((t.name.0.to_string(), p.partition_index))
                            .or_insert(0);
                        *e = (*e).max(size);
                    }
                }
            }
        }
        Ok(sizes)
    }

    /// Incremental changes to broker configs: `Some(id)` for one broker
    /// (sent to that broker, which owns its dynamic config), `None` for the
    /// cluster-wide default.
    pub async fn alter_broker_configs(
        &self,
        changes: &[(Option<i32>, Vec<ConfigOp>)],
    ) -> Result<Vec<(String, Result<(), KafkaError>)>, KafkaError> {
        let requests = changes.iter().map(|(broker, ops)| {
            let name = broker.map(|b| b.to_string()).unwrap_or_default();
            let req = IncrementalAlterConfigsRequest::default().with_resources(vec![
                AlterConfigsResource::default()
                    .with_resource_type(RESOURCE_BROKER)
                    .with_resource_name(str_bytes(&name))
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
                    ),
            ]);
            let target = broker.map(Target::Broker).unwrap_or(Target::Any);
            async move {
                let label = match broker {
                    Some(b) => format!("broker {b}"),
                    None => "cluster default".to_string(),
                };
                let result = match self.client().send(target, &req, true).await {
                    Ok((resp, _)) => match resp.responses.into_iter().next() {
                        Some(r) if r.error_code == 0 => Ok(()),
                        Some(r) => Err(KafkaError::broker(
                            label.clone(),
                            r.error_code,
                            r.error_message.map(|m| m.to_string()),
                        )),
                        None => Err(KafkaError::Other(format!("{label}: no answer"))),
                    },
                    Err(e) => Err(e),
                };
                (label, result)
            }
        });
        Ok(join_all(requests).await)
    }
}
