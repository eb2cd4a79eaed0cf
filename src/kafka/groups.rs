//! The admin facade's consumer-group calls: listing, describing, committed
//! offsets and lag, offset commits (resets), and deletion of groups and of
//! their offsets.
//!
//! Routing: every group lives on one coordinator broker. Coordinators are
//! looked up in one FindCoordinator request where the broker batches
//! (v4+), else one request per group, all at once; then every call is sent
//! once per coordinator with all of that coordinator's groups. A group whose
//! coordinator moved (NOT_COORDINATOR, loading, not available) is looked up
//! again and re-sent, for a few rounds.
//!
//! FindCoordinator and OffsetFetch changed their request layout between
//! versions (single key vs. a list), so the layout is chosen from the
//! broker's advertised versions before the request is built.
//!
//! Group types: Kafka 4.0 brought the consumer group protocol (KIP-848)
//! beside the classic one. DescribeGroups only knows classic groups and
//! answers GROUP_ID_NOT_FOUND for the others, so every group it does not
//! find is asked again with ConsumerGroupDescribe where the coordinator has
//! it. Offsets, commits and deletion use the same APIs for both types.
//!
//! Long (about 970 lines of code) because every group call routes to the
//! group's coordinator and shapes its request per negotiated version
//! (FindCoordinator, OffsetFetch, ConsumerGroupDescribe); keeping that
//! routing next to its callers is what keeps the version rules checkable.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::time::Duration;

use bytes::Buf;
use futures::future::join_all;
use kafka_protocol::messages::{
    consumer_protocol_assignment::ConsumerProtocolAssignment,
    offset_commit_request::{OffsetCommitRequestPartition, OffsetCommitRequestTopic},
    offset_delete_request::{OffsetDeleteRequestPartition, OffsetDeleteRequestTopic},
    offset_fetch_request::OffsetFetchRequestGroup,
    ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse, DeleteGroupsRequest,
    DescribeGroupsRequest, FindCoordinatorRequest, GroupId, ListGroupsRequest, OffsetCommitRequest,
    OffsetCommitResponse, OffsetDeleteRequest, OffsetDeleteResponse, OffsetFetchRequest,
};
use kafka_protocol::protocol::{Decodable, Message, Request, StrBytes};
use serde::Serialize;
use tracing::{debug, warn};

use super::admin::{
    group_by_topic, str_bytes, topic_name, Admin, ItemResults, OffsetSpec, TopicPartition, CHUNK,
};
use super::client::Target;
use super::error::{KafkaError, UNKNOWN_TOPIC_OR_PARTITION, UNSUPPORTED_VERSION};

pub const COORDINATOR_LOAD_IN_PROGRESS: i16 = 14;
pub const COORDINATOR_NOT_AVAILABLE: i16 = 15;
pub const NOT_COORDINATOR: i16 = 16;
pub const UNKNOWN_MEMBER_ID: i16 = 25;
pub const NON_EMPTY_GROUP: i16 = 68;
pub const GROUP_ID_NOT_FOUND: i16 = 69;
pub const GROUP_SUBSCRIBED_TO_TOPIC: i16 = 86;

const ROUNDS: usize = 4;

/// FindCoordinator `key_type` for consumer groups.
const KEY_TYPE_GROUP: i8 = 0;

/// The group type of a group DescribeGroups describes.
pub const GROUP_TYPE_CLASSIC: &str = "classic";
/// The group type of a KIP-848 group, described by ConsumerGroupDescribe.
pub const GROUP_TYPE_CONSUMER: &str = "consumer";

/// One group as ListGroups reports it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GroupListing {
    pub group_id: String,
    /// `None` from brokers older than ListGroups v4, which do not say.
    pub state: Option<String>,
    pub protocol_type: String,
    /// `classic` or `consumer` (KIP-848); `None` from brokers older than
    /// ListGroups v5, which only have classic groups.
    pub group_type: Option<String>,
}

/// What a member was given by the group's assignor.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AssignedTopic {
    pub topic: String,
    pub partitions: Vec<i32>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GroupMember {
    pub member_id: String,
    pub group_instance_id: Option<String>,
    pub client_id: String,
    pub client_host: String,
    /// Decoded from the consumer protocol; `None` for groups of another
    /// protocol (Connect, ...) or an assignment that does not decode, and
    /// empty while a rebalance has not yet handed out partitions.
    pub assignment: Option<Vec<AssignedTopic>>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GroupDescription {
    pub group_id: String,
    /// [`GROUP_TYPE_CLASSIC`] or [`GROUP_TYPE_CONSUMER`].
    pub group_type: String,
    pub state: String,
    pub protocol_type: String,
    /// The assignor in use (`range`, `cooperative-sticky`, ...) while the
    /// group has members.
    pub assignor: String,
    pub coordinator: i32,
    pub members: Vec<GroupMember>,
}

impl GroupDescription {
    /// Kafka only accepts offset commits without a member (resets) and
    /// group deletion when the group is in this state.
    pub fn is_empty_group(&self) -> bool {
        self.members.is_empty() && self.state.eq_ignore_ascii_case("Empty")
    }
}

/// Committed offset per partition (partitions without one are absent).
pub type CommittedOffsets = BTreeMap<TopicPartition, i64>;

/// Per-group outcome of a batched group call.
pub type GroupResults<T> = BTreeMap<String, Result<T, KafkaError>>;

/// Per-partition outcome of an offset commit or deletion.
pub type OffsetResults = BTreeMap<TopicPartition, Result<(), KafkaError>>;

/// One partition's position: committed offset, log-end offset and the lag
/// between them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartitionLag {
    pub topic: String,
    pub partition: i32,
    /// `None`: the group has no committed offset for the partition.
    pub committed_offset: Option<i64>,
    /// `None`: the partition's leader could not tell (deleted topic, offline).
    pub log_end_offset: Option<i64>,
    /// Known when both offsets are; never negative (a committed offset past
    /// the log end, after unclean truncation, means nothing left to read).
    pub lag: Option<i64>,
    /// Age of the oldest unconsumed record (now minus the timestamp of the
    /// record at the committed offset), in ms; `None` when the partition
    /// does not lag or that record could not be read.
    pub time_lag_ms: Option<i64>,
}

impl Admin {
    /// The version the connection to `target` negotiated for `R`: the
    /// group APIs change layout across versions (batched FindCoordinator,
    /// multi-group OffsetFetch), so requests are shaped for it.
    async fn require_version<R: Request>(
        &self,
        target: Target,
        _api: &str,
    ) -> Result<i16, KafkaError> {
        self.client().version_of::<R>(target).await
    }

    /// Every group of the cluster, sorted by id. ListGroups only reports the
    /// groups a broker coordinates, so every broker is asked.
    pub async fn list_groups(&self) -> Result<Vec<GroupListing>, KafkaError> {
        let brokers = self.client().brokers();
        let req = ListGroupsRequest::default();
        let answers = join_all(brokers.iter().map(|b| {
            let req = &req;
            async move {
                (
                    b.id,
                    self.client().send(Target::Broker(b.id), req, true).await,
                )
            }
        }))
        .await;
        let mut out: BTreeMap<String, GroupListing> = BTreeMap::new();
        for (broker, answer) in answers {
            let (resp, _) = answer?;
            if resp.error_code != 0 {
                return Err(KafkaError::broker(
                    format!("ListGroups on broker {broker}"),
                    resp.error_code,
                    None,
                ));
            }
            for g in resp.groups {
                let id = g.group_id.0.to_string();
                let state = Some(g.group_state.to_string()).filter(|s| !s.is_empty());
                let group_type = Some(g.group_type.to_string()).filter(|s| !s.is_empty());
                out.insert(
                    id.clone(),
                    GroupListing {
                        group_id: id,
                        state,
                        protocol_type: g.protocol_type.to_string(),
                        group_type,
                    },
                );
            }
        }
        Ok(out.into_values().collect())
    }

    /// The coordinator (broker id) of each group.
    pub async fn find_coordinators(
        &self,
        groups: &[String],
    ) -> Result<GroupResults<i32>, KafkaError> {
        let mut out = BTreeMap::new();
        if groups.is_empty() {
            return Ok(out);
        }
        let batched = self
            .require_version::<FindCoordinatorRequest>(Target::Any, "FindCoordinator")
            .await?
            >= 4;
        if batched {
            for chunk in groups.chunks(CHUNK) {
                let req = FindCoordinatorRequest::default()
                    .with_key_type(KEY_TYPE_GROUP)
                    .with_coordinator_keys(chunk.iter().map(|g| str_bytes(g)).collect());
                let (resp, _) = self.client().send(Target::Any, &req, true).await?;
                if resp.error_code != 0 && resp.coordinators.is_empty() {
                    return Err(KafkaError::broker(
                        "FindCoordinator",
                        resp.error_code,
                        resp.error_message.map(|m| m.to_string()),
                    ));
                }
                for c in resp.coordinators {
                    let group = c.key.to_string();
                    let r = if c.error_code == 0 {
                        Ok(c.node_id.0)
                    } else {
                        Err(group_error(
                            &group,
                            c.error_code,
                            c.error_message.map(|m| m.to_string()),
                        ))
                    };
                    out.insert(group, r);
                }
            }
        } else {
            let answers = join_all(groups.iter().map(|g| async move {
                let req = FindCoordinatorRequest::default()
                    .with_key(str_bytes(g))
                    .with_key_type(KEY_TYPE_GROUP);
                let r = match self.client().send(Target::Any, &req, true).await {
                    Ok((resp, _)) if resp.error_code == 0 => Ok(Ok(resp.node_id.0)),
                    Ok((resp, _)) => Ok(Err(group_error(
                        g,
                        resp.error_code,
                        resp.error_message.map(|m| m.to_string()),
                    ))),
                    Err(e) => Err(e),
                };
                (g.clone(), r)
            }))
            .await;
            for (g, r) in answers {
                out.insert(g, r?);
            }
        }
        for g in groups {
            out.entry(g.clone()).or_insert_with(|| {
                Err(KafkaError::Other(format!(
                    "consumer group '{g}': FindCoordinator did not answer for it"
                )))
            });
        }
        Ok(out)
    }

    /// State, protocol and members of each group, one DescribeGroups per
    /// coordinator, then one ConsumerGroupDescribe for the groups it did not
    /// find. A group that does not exist is an error with code
    /// [`GROUP_ID_NOT_FOUND`].
    pub async fn describe_groups(
        &self,
        groups: &[String],
    ) -> Result<GroupResults<GroupDescription>, KafkaError> {
        self.coordinator_rounds(groups, |coordinator, names| async move {
            let mut out = self.describe_classic(coordinator, &names).await?;
            let unknown: Vec<String> = out
                .iter()
                .filter(|(_, r)| matches!(r, Err(e) if e.code() == Some(GROUP_ID_NOT_FOUND)))
                .map(|(g, _)| g.clone())
                .collect();
            if unknown.is_empty() {
                return Ok(out);
            }
            let target = Target::Broker(coordinator);
            match self
                .client()
                .version_of::<ConsumerGroupDescribeRequest>(target)
                .await
            {
                Ok(_) => {}
                // Before Kafka 4.0 every group is classic: not found is final.
                Err(KafkaError::Unsupported { .. }) => return Ok(out),
                Err(e) => return Err(e),
            }
            let req = ConsumerGroupDescribeRequest::default()
                .with_group_ids(unknown.iter().map(|g| GroupId(str_bytes(g))).collect());
            let (resp, _) = self.client().send(target, &req, true).await?;
            for (id, r) in consumer_groups_from(coordinator, resp) {
                // Still not found, or a broker that advertises the API with
                // the consumer protocol turned off (Kafka 3.7-3.9 answer
                // UNSUPPORTED_VERSION): DescribeGroups' answer stands.
                if matches!(&r, Err(e) if matches!(e.code(), Some(GROUP_ID_NOT_FOUND | UNSUPPORTED_VERSION)))
                {
                    continue;
                }
                if let Some(slot) = out.iter_mut().find(|(g, _)| *g == id) {
                    slot.1 = r;
                }
            }
            Ok(out)
        })
        .await
    }

    /// One DescribeGroups for `names` on their coordinator.
    async fn describe_classic(
        &self,
        coordinator: i32,
        names: &[String],
    ) -> Result<Vec<(String, Result<GroupDescription, KafkaError>)>, KafkaError> {
        let req = DescribeGroupsRequest::default()
            .with_groups(names.iter().map(|g| GroupId(str_bytes(g))).collect());
        let (resp, _) = self
            .client()
            .send(Target::Broker(coordinator), &req, true)
            .await?;
        Ok(resp
            .groups
            .into_iter()
            .map(|g| {
                let id = g.group_id.0.to_string();
                let state = g.group_state.to_string();
                described_group(id, g.error_code, g.error_message, state, |id, state| {
                    let consumer =
                        g.protocol_type.as_str() == "consumer" || g.protocol_type.is_empty();
                    GroupDescription {
                        group_id: id,
                        group_type: GROUP_TYPE_CLASSIC.to_string(),
                        state,
                        protocol_type: g.protocol_type.to_string(),
                        assignor: g.protocol_data.to_string(),
                        coordinator,
                        members: g
                            .members
                            .into_iter()
                            .map(|m| GroupMember {
                                member_id: m.member_id.to_string(),
                                group_instance_id: m.group_instance_id.map(|i| i.to_string()),
                                client_id: m.client_id.to_string(),
                                client_host: m.client_host.to_string(),
                                assignment: if consumer {
                                    decode_assignment(&m.member_assignment)
                                } else {
                                    None
                                },
                            })
                            .collect(),
                    }
                })
            })
            .collect())
    }

    /// Every committed offset of each group: one multi-group OffsetFetch
    /// per coordinator where the broker has it (v8+), else one per group.
    pub async fn group_offsets(
        &self,
        groups: &[String],
    ) -> Result<GroupResults<CommittedOffsets>, KafkaError> {
        self.coordinator_rounds(groups, |coordinator, names| async move {
            let target = Target::Broker(coordinator);
            let version = self
                .require_version::<OffsetFetchRequest>(target, "OffsetFetch")
                .await?;
            if version >= 8 {
                let mut out = Vec::with_capacity(names.len());
                for chunk in names.chunks(CHUNK) {
                    // v8+ carries topics per group; the request-level
                    // list must stay at its (empty) default.
                    let req = OffsetFetchRequest::default().with_groups(
                        chunk
                            .iter()
                            .map(|g| {
                                OffsetFetchRequestGroup::default()
                                    .with_group_id(GroupId(str_bytes(g)))
                                    .with_topics(None)
                            })
                            .collect(),
                    );
                    let (resp, _) = self.client().send(target, &req, true).await?;
                    for g in resp.groups {
                        let id = g.group_id.0.to_string();
                        if g.error_code != 0 {
                            let e = group_error(&id, g.error_code, None);
                            out.push((id, Err(e)));
                            continue;
                        }
                        let parts = g.topics.into_iter().flat_map(|t| {
                            let name = t.name.0.to_string();
                            t.partitions.into_iter().map(move |p| {
                                (
                                    name.clone(),
                                    p.partition_index,
                                    p.committed_offset,
                                    p.error_code,
                                )
                            })
                        });
                        let r = committed_from(&id, parts);
                        out.push((id, r));
                    }
                }
                Ok(out)
            } else {
                let answers = join_all(names.iter().map(|g| async move {
                    let req = OffsetFetchRequest::default()
                        .with_group_id(GroupId(str_bytes(g)))
                        .with_topics(None);
                    let resp = match self.client().send(target, &req, true).await {
                        Ok((resp, _)) => resp,
                        Err(e) => return Err(e),
                    };
                    if resp.error_code != 0 {
                        return Ok((g.clone(), Err(group_error(g, resp.error_code, None))));
                    }
                    let parts = resp.topics.into_iter().flat_map(|t| {
                        let name = t.name.0.to_string();
                        t.partitions.into_iter().map(move |p| {
                            (
                                name.clone(),
                                p.partition_index,
                                p.committed_offset,
                                p.error_code,
                            )
                        })
                    });
                    Ok((g.clone(), committed_from(g, parts)))
                }))
                .await;
                answers.into_iter().collect()
            }
        })
        .await
    }

    /// Commits offsets for a group as an administrator would: no member id,
    /// generation -1. Kafka accepts this only while the group has no members.
    pub async fn commit_offsets(
        &self,
        group: &str,
        offsets: &[(TopicPartition, i64)],
    ) -> Result<OffsetResults, KafkaError> {
        let by_tp: BTreeMap<&TopicPartition, i64> =
            offsets.iter().map(|(tp, o)| (tp, *o)).collect();
        let parts: Vec<TopicPartition> = by_tp.keys().map(|tp| (*tp).clone()).collect();
        let req = OffsetCommitRequest::default()
            .with_group_id(GroupId(str_bytes(group)))
            .with_generation_id_or_member_epoch(-1)
            .with_member_id(StrBytes::default())
            .with_group_instance_id(None)
            .with_topics(
                group_by_topic(&parts, |p| p)
                    .into_iter()
                    .map(|(t, ps)| {
                        let partitions = ps
                            .into_iter()
                            .map(|p| {
                                let offset = by_tp.get(&(t.clone(), p)).copied().unwrap_or(-1);
                                OffsetCommitRequestPartition::default()
                                    .with_partition_index(p)
                                    .with_committed_offset(offset)
                                    .with_committed_leader_epoch(-1)
                            })
                            .collect();
                        OffsetCommitRequestTopic::default()
                            .with_name(topic_name(&t))
                            .with_partitions(partitions)
                    })
                    .collect(),
            );
        // Committing the same offsets twice leaves the same state, so a
        // broken connection is retried.
        self.one_group_partitions(group, &req, &parts, |resp: OffsetCommitResponse| {
            Ok(resp
                .topics
                .into_iter()
                .flat_map(|t| {
                    let name = t.name.0.to_string();
                    t.partitions
                        .into_iter()
                        .map(move |p| ((name.clone(), p.partition_index), p.error_code))
                })
                .collect())
        })
        .await
    }

    /// Deletes groups (Kafka refuses groups that still have members).
    pub async fn delete_groups(&self, groups: &[String]) -> Result<ItemResults, KafkaError> {
        let results = self
            .coordinator_rounds(groups, |coordinator, names| async move {
                let req = DeleteGroupsRequest::default()
                    .with_groups_names(names.iter().map(|g| GroupId(str_bytes(g))).collect());
                // Not retried over a broken connection: a repeat would answer
                // GROUP_ID_NOT_FOUND for a group the first attempt deleted.
                let (resp, _) = self
                    .client()
                    .send(Target::Broker(coordinator), &req, false)
                    .await?;
                Ok(resp
                    .results
                    .into_iter()
                    .map(|r| {
                        let id = r.group_id.0.to_string();
                        let res = if r.error_code == 0 {
                            Ok(())
                        } else {
                            Err(group_error(&id, r.error_code, None))
                        };
                        (id, res)
                    })
                    .collect())
            })
            .await?;
        Ok(groups
            .iter()
            .map(|g| {
                let r = match results.get(g) {
                    Some(Ok(())) => Ok(()),
                    Some(Err(e)) => Err(clone_error(e)),
                    None => Err(KafkaError::Other(format!(
                        "consumer group '{g}': no answer"
                    ))),
                };
                (g.clone(), r)
            })
            .collect())
    }

    /// Deletes a group's committed offsets for the given partitions (Kafka
    /// refuses topics the group's members are subscribed to).
    pub async fn delete_group_offsets(
        &self,
        group: &str,
        partitions: &[TopicPartition],
    ) -> Result<OffsetResults, KafkaError> {
        let req = OffsetDeleteRequest::default()
            .with_group_id(GroupId(str_bytes(group)))
            .with_topics(
                group_by_topic(partitions, |p| {
                    OffsetDeleteRequestPartition::default().with_partition_index(p)
                })
                .into_iter()
                .map(|(t, ps)| {
                    OffsetDeleteRequestTopic::default()
                        .with_name(topic_name(&t))
                        .with_partitions(ps)
                })
                .collect(),
            );
        // Deleting an offset that is already gone succeeds, so the request
        // may be repeated.
        self.one_group_partitions(group, &req, partitions, |resp: OffsetDeleteResponse| {
            if resp.error_code != 0 {
                return Err(resp.error_code);
            }
            Ok(resp
                .topics
                .into_iter()
                .flat_map(|t| {
                    let name = t.name.0.to_string();
                    t.partitions
                        .into_iter()
                        .map(move |p| ((name.clone(), p.partition_index), p.error_code))
                })
                .collect())
        })
        .await
    }

    /// Sends one group's per-partition request (idempotent) to the group's
    /// coordinator, found and retried like every group call, and reads one
    /// result per partition; `answer` returns the group-level error code
    /// when the whole request was refused.
    async fn one_group_partitions<R: Request>(
        &self,
        group: &str,
        req: &R,
        partitions: &[TopicPartition],
        answer: impl Fn(R::Response) -> Result<Vec<(TopicPartition, i16)>, i16>,
    ) -> Result<OffsetResults, KafkaError> {
        let answer = &answer;
        let mut results = self
            .coordinator_rounds(&[group.to_string()], |coordinator, _| async move {
                let (resp, _) = self
                    .client()
                    .send(Target::Broker(coordinator), req, true)
                    .await?;
                let result = match answer(resp) {
                    Ok(answered) => per_partition(group, answered.into_iter()),
                    Err(code) => Err(group_error(group, code, None)),
                };
                Ok(vec![(group.to_string(), result)])
            })
            .await?;
        let r = results.remove(group).unwrap_or_else(|| {
            Err(KafkaError::Other(format!(
                "consumer group '{group}': no answer"
            )))
        })?;
        Ok(fill_missing(r, partitions))
    }

    /// Committed offset, log-end offset and lag of every partition each
    /// group has committed to, for topics `topics` accepts: the groups'
    /// offsets (batched per coordinator), then one ListOffsets per partition
    /// leader for all groups' partitions together.
    pub async fn group_lag(
        &self,
        groups: &[String],
        topics: &dyn Fn(&str) -> bool,
    ) -> Result<GroupResults<Vec<PartitionLag>>, KafkaError> {
        let mut committed = self.group_offsets(groups).await?;
        for offsets in committed.values_mut().filter_map(|r| r.as_mut().ok()) {
            offsets.retain(|(t, _), _| topics(t));
        }
        let partitions: BTreeSet<TopicPartition> = committed
            .values()
            .filter_map(|r| r.as_ref().ok())
            .flat_map(|o| o.keys().cloned())
            .collect();
        let partitions: Vec<TopicPartition> = partitions.into_iter().collect();
        let ends = self.log_end_offsets(&partitions).await?;
        let mut out: GroupResults<Vec<PartitionLag>> = committed
            .into_iter()
            .map(|(g, r)| {
                let lags = r.map(|offsets| {
                    offsets
                        .iter()
                        .map(|(tp, c)| partition_lag(tp, Some(*c), ends.get(tp).copied()))
                        .collect()
                });
                (g, lags)
            })
            .collect();
        self.fill_time_lag(
            out.values_mut()
                .filter_map(|r| r.as_mut().ok())
                .flatten()
                .collect(),
        )
        .await;
        Ok(out)
    }

    /// Sets `time_lag_ms` of the lagging partitions: one batched Fetch per
    /// leader for the records at their committed offsets. A partition
    /// whose record cannot be read keeps `None` (logged), so lag in
    /// messages is still reported when timestamps are not.
    pub async fn fill_time_lag(&self, parts: Vec<&mut PartitionLag>) {
        let lagging: Vec<&mut PartitionLag> = parts
            .into_iter()
            .filter(|p| p.lag.is_some_and(|l| l > 0) && p.committed_offset.is_some())
            .collect();
        let wanted: Vec<(TopicPartition, i64)> = lagging
            .iter()
            .filter_map(|p| {
                p.committed_offset
                    .map(|c| ((p.topic.clone(), p.partition), c))
            })
            .collect();
        if wanted.is_empty() {
            return;
        }
        let stamps = match self.record_timestamps(&wanted).await {
            Ok(s) => s,
            Err(e) => {
                warn!(error = %e, "could not read record timestamps; time lag unknown");
                return;
            }
        };
        let now = now_ms();
        for p in lagging {
            let Some(c) = p.committed_offset else {
                continue;
            };
            match stamps.get(&((p.topic.clone(), p.partition), c)) {
                Some(Ok(Some(ts))) => p.time_lag_ms = Some(now.saturating_sub(*ts).max(0)),
                Some(Ok(None)) | None => {}
                Some(Err(e)) => {
                    debug!(topic = %p.topic, partition = p.partition, error = %e, "no record timestamp");
                }
            }
        }
    }

    /// Log-end offsets; partitions whose leader could not answer are absent.
    pub async fn log_end_offsets(
        &self,
        partitions: &[TopicPartition],
    ) -> Result<BTreeMap<TopicPartition, i64>, KafkaError> {
        if partitions.is_empty() {
            return Ok(BTreeMap::new());
        }
        let answers = self.list_offsets(partitions, OffsetSpec::Latest).await?;
        Ok(answers
            .into_iter()
            .filter_map(|(tp, r)| match r {
                Ok(o) => Some((tp, o)),
                Err(e) => {
                    debug!(topic = %tp.0, partition = tp.1, error = %e, "no log-end offset");
                    None
                }
            })
            .collect())
    }

    /// Sends a per-group request once per coordinator, concurrently, and
    /// re-sends the groups whose coordinator moved or was not ready.
    async fn coordinator_rounds<T, F, Fut>(
        &self,
        groups: &[String],
        mut send: F,
    ) -> Result<GroupResults<T>, KafkaError>
    where
        F: FnMut(i32, Vec<String>) -> Fut,
        Fut: Future<Output = Result<Vec<(String, Result<T, KafkaError>)>, KafkaError>>,
    {
        let mut out: GroupResults<T> = BTreeMap::new();
        let mut pending: Vec<String> = groups.to_vec();
        pending.sort();
        pending.dedup();
        for round in 0..ROUNDS {
            if pending.is_empty() {
                break;
            }
            if round > 0 {
                tokio::time::sleep(Duration::from_millis(100 << round)).await;
            }
            let last = round + 1 == ROUNDS;
            let coordinators = self.find_coordinators(&pending).await?;
            let mut by_coordinator: BTreeMap<i32, Vec<String>> = BTreeMap::new();
            let mut next = Vec::new();
            for (g, r) in coordinators {
                match r {
                    Ok(c) => by_coordinator.entry(c).or_default().push(g),
                    Err(e) if is_coordinator_error(&e) && !last => next.push(g),
                    Err(e) => {
                        out.insert(g, Err(e));
                    }
                }
            }
            if by_coordinator.keys().any(|c| !self.knows_broker(*c)) {
                // A coordinator on a broker we have not seen yet: refresh so
                // it can be dialled.
                self.client().refresh_brokers().await?;
            }
            let answers = join_all(
                by_coordinator
                    .iter()
                    .map(|(c, names)| send(*c, names.clone())),
            )
            .await;
            for ((_, names), answer) in by_coordinator.iter().zip(answers) {
                let mut got: HashMap<String, Result<T, KafkaError>> = answer?.into_iter().collect();
                for g in names {
                    match got.remove(g) {
                        Some(Err(e)) if is_coordinator_error(&e) && !last => {
                            debug!(group = %g, error = %e, "coordinator moved; retrying");
                            next.push(g.clone());
                        }
                        Some(r) => {
                            out.insert(g.clone(), r);
                        }
                        None => {
                            out.insert(
                                g.clone(),
                                Err(KafkaError::Other(format!(
                                    "consumer group '{g}': the coordinator did not answer for it"
                                ))),
                            );
                        }
                    }
                }
            }
            pending = next;
        }
        Ok(out)
    }

    fn knows_broker(&self, id: i32) -> bool {
        self.client().brokers().iter().any(|b| b.id == id)
    }
}

/// Lag of one partition from its committed and log-end offsets.
pub fn partition_lag(
    tp: &TopicPartition,
    committed: Option<i64>,
    end: Option<i64>,
) -> PartitionLag {
    PartitionLag {
        topic: tp.0.clone(),
        partition: tp.1,
        committed_offset: committed,
        log_end_offset: end,
        lag: match (committed, end) {
            (Some(c), Some(e)) => Some(e.saturating_sub(c).max(0)),
            _ => None,
        },
        time_lag_ms: None,
    }
}

fn is_coordinator_error(e: &KafkaError) -> bool {
    matches!(
        e.code(),
        Some(COORDINATOR_LOAD_IN_PROGRESS | COORDINATOR_NOT_AVAILABLE | NOT_COORDINATOR)
    )
}

/// An error about a group, naming it; GROUP_ID_NOT_FOUND reads as a plain
/// "not found".
pub(crate) fn group_error(group: &str, code: i16, message: Option<String>) -> KafkaError {
    let message = match code {
        GROUP_ID_NOT_FOUND => Some("not found".to_string()),
        NON_EMPTY_GROUP => Some("the group still has members".to_string()),
        _ => message,
    };
    KafkaError::broker(format!("consumer group '{group}'"), code, message)
}

fn clone_error(e: &KafkaError) -> KafkaError {
    match e {
        KafkaError::Broker {
            context,
            code,
            message,
        } => KafkaError::broker(context.clone(), *code, message.clone()),
        other => KafkaError::Other(other.to_string()),
    }
}

/// Committed offsets from an OffsetFetch answer; a partition-level error
/// fails the group, naming the partition.
fn committed_from(
    group: &str,
    parts: impl Iterator<Item = (String, i32, i64, i16)>,
) -> Result<CommittedOffsets, KafkaError> {
    let mut out = BTreeMap::new();
    for (topic, partition, offset, code) in parts {
        if code != 0 {
            return Err(KafkaError::broker(
                format!("consumer group '{group}', topic '{topic}' partition {partition}"),
                code,
                None,
            ));
        }
        // -1: no offset committed for this partition.
        if offset >= 0 {
            out.insert((topic, partition), offset);
        }
    }
    Ok(out)
}

/// Per-partition results of a commit or deletion. Coordinator errors are
/// the same for every partition, so any of them turns into a group-level
/// error for the caller to retry on the new coordinator.
fn per_partition(
    group: &str,
    answered: impl Iterator<Item = (TopicPartition, i16)>,
) -> Result<OffsetResults, KafkaError> {
    let mut out = BTreeMap::new();
    for (tp, code) in answered {
        if matches!(
            code,
            COORDINATOR_LOAD_IN_PROGRESS | COORDINATOR_NOT_AVAILABLE | NOT_COORDINATOR
        ) {
            return Err(group_error(group, code, None));
        }
        let r = match code {
            0 => Ok(()),
            UNKNOWN_TOPIC_OR_PARTITION => Err(KafkaError::Other(format!(
                "partition {} of topic '{}' not found",
                tp.1, tp.0
            ))),
            _ => Err(KafkaError::broker(
                format!("topic '{}' partition {}", tp.0, tp.1),
                code,
                None,
            )),
        };
        out.insert(tp, r);
    }
    Ok(out)
}

fn fill_missing(mut results: OffsetResults, asked: &[TopicPartition]) -> OffsetResults {
    for tp in asked {
        results.entry(tp.clone()).or_insert_with(|| {
            Err(KafkaError::Other(format!(
                "topic '{}' partition {}: the coordinator did not answer for it",
                tp.0, tp.1
            )))
        });
    }
    results
}

/// Descriptions of KIP-848 consumer groups from a ConsumerGroupDescribe
/// answer. Members report the partitions they own now (`assignment`), not
/// the target the coordinator is moving them to.
fn consumer_groups_from(
    coordinator: i32,
    resp: ConsumerGroupDescribeResponse,
) -> Vec<(String, Result<GroupDescription, KafkaError>)> {
    resp.groups
        .into_iter()
        .map(|g| {
            let id = g.group_id.0.to_string();
            let state = g.group_state.to_string();
            described_group(id, g.error_code, g.error_message, state, |id, state| {
                GroupDescription {
                    group_id: id,
                    group_type: GROUP_TYPE_CONSUMER.to_string(),
                    state,
                    // Consumer groups only carry consumers.
                    protocol_type: "consumer".to_string(),
                    assignor: g.assignor_name.to_string(),
                    coordinator,
                    members: g
                        .members
                        .into_iter()
                        .map(|m| GroupMember {
                            member_id: m.member_id.to_string(),
                            group_instance_id: m.instance_id.map(|i| i.to_string()),
                            client_id: m.client_id.to_string(),
                            client_host: m.client_host.to_string(),
                            assignment: Some(sorted_assignment(
                                m.assignment
                                    .topic_partitions
                                    .into_iter()
                                    .map(|tp| (tp.topic_name.0.to_string(), tp.partitions)),
                            )),
                        })
                        .collect(),
                }
            })
        })
        .collect()
}

/// One group of a describe answer: its error, not found when "Dead" (how
/// brokers before DescribeGroups v6 describe an unknown group), else what
/// `describe` makes of it.
fn described_group(
    id: String,
    error_code: i16,
    error_message: Option<StrBytes>,
    state: String,
    describe: impl FnOnce(String, String) -> GroupDescription,
) -> (String, Result<GroupDescription, KafkaError>) {
    let r = if error_code != 0 {
        Err(group_error(
            &id,
            error_code,
            error_message.map(|m| m.to_string()),
        ))
    } else if state == "Dead" {
        Err(group_error(&id, GROUP_ID_NOT_FOUND, None))
    } else {
        Ok(describe(id.clone(), state))
    };
    (id, r)
}

/// The partitions in a ConsumerProtocol assignment. The leading version
/// picks the layout; versions newer than ours only append fields, so they
/// are read as the newest we know.
pub fn decode_assignment(bytes: &[u8]) -> Option<Vec<AssignedTopic>> {
    if bytes.is_empty() {
        return Some(Vec::new());
    }
    let mut buf = bytes::Bytes::copy_from_slice(bytes);
    if buf.remaining() < 2 {
        return None;
    }
    let version = buf.get_i16();
    if version < 0 {
        return None;
    }
    let version = version.min(<ConsumerProtocolAssignment as Message>::VERSIONS.max);
    let a = ConsumerProtocolAssignment::decode(&mut buf, version).ok()?;
    Some(sorted_assignment(
        a.assigned_partitions
            .into_iter()
            .map(|tp| (tp.topic.0.to_string(), tp.partitions)),
    ))
}

/// An assignment sorted by topic, each topic's partitions in order.
fn sorted_assignment(topics: impl Iterator<Item = (String, Vec<i32>)>) -> Vec<AssignedTopic> {
    let mut out: Vec<AssignedTopic> = topics
        .map(|(topic, mut partitions)| {
            partitions.sort_unstable();
            AssignedTopic { topic, partitions }
        })
        .collect();
    out.sort_by(|a, b| a.topic.cmp(&b.topic));
    out
}

/// Milliseconds since the Unix epoch, as record timestamps count.
fn now_ms() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kafka_protocol::messages::consumer_protocol_assignment::TopicPartition as AssignedTp;
    use kafka_protocol::messages::TopicName;
    use kafka_protocol::protocol::Encodable;

    fn encoded(version: i16, topics: &[(&str, Vec<i32>)]) -> Vec<u8> {
        let a = ConsumerProtocolAssignment::default().with_assigned_partitions(
            topics
                .iter()
                .map(|(t, ps)| {
                    AssignedTp::default()
                        .with_topic(TopicName(StrBytes::from_string(t.to_string())))
                        .with_partitions(ps.clone())
                })
                .collect(),
        );
        let mut buf = bytes::BytesMut::new();
        buf.extend_from_slice(&version.to_be_bytes());
        a.encode(&mut buf, version.min(3)).unwrap();
        buf.to_vec()
    }

    #[test]
    fn assignments_decode_sorted() {
        let bytes = encoded(0, &[("orders", vec![2, 0]), ("audit", vec![1])]);
        let got = decode_assignment(&bytes).unwrap();
        assert_eq!(
            got,
            vec![
                AssignedTopic {
                    topic: "audit".into(),
                    partitions: vec![1]
                },
                AssignedTopic {
                    topic: "orders".into(),
                    partitions: vec![0, 2]
                },
            ]
        );
        let v3 = encoded(3, &[("t", vec![5])]);
        assert_eq!(decode_assignment(&v3).unwrap()[0].partitions, vec![5]);
    }

    #[test]
    fn odd_assignments_do_not_panic() {
        assert_eq!(decode_assignment(&[]), Some(vec![]));
        assert_eq!(decode_assignment(&[0]), None);
        assert_eq!(decode_assignment(&[0, 0, 0, 0, 0, 9, 0]), None);
        assert_eq!(decode_assignment(&[0xff, 0xff, 1, 2]), None);
    }

    #[test]
    fn lag_is_never_negative_and_unknown_without_both_offsets() {
        let tp = ("t".to_string(), 0);
        assert_eq!(partition_lag(&tp, Some(5), Some(12)).lag, Some(7));
        assert_eq!(partition_lag(&tp, Some(15), Some(12)).lag, Some(0));
        assert_eq!(partition_lag(&tp, None, Some(12)).lag, None);
        assert_eq!(partition_lag(&tp, Some(1), None).lag, None);
    }

    #[test]
    fn missing_groups_read_as_not_found() {
        let e = group_error("ghost", GROUP_ID_NOT_FOUND, None);
        assert_eq!(
            e.to_string(),
            "consumer group 'ghost': not found (GROUP_ID_NOT_FOUND)"
        );
        assert!(is_coordinator_error(&group_error(
            "g",
            NOT_COORDINATOR,
            None
        )));
        assert!(!is_coordinator_error(&e));
    }
}
