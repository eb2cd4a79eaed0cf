//! Consumer groups and their committed offsets: FindCoordinator, ListGroups,
//! DescribeGroups, OffsetCommit, OffsetFetch, OffsetDelete and DeleteGroups,
//! answered as Kafka's group coordinator answers for classic groups.
//!
//! Membership is set by tests (there is no JoinGroup/SyncGroup/Heartbeat):
//! a group with members is Stable with protocol type "consumer" and protocol
//! "range", every member subscribing to every topic assigned to any member.

use super::handlers::{default_message, s, tn};
use super::model::*;
use bytes::{Bytes, BytesMut};
use kafka_protocol::messages::*;
use kafka_protocol::protocol::{Encodable, StrBytes};
use std::collections::{BTreeMap, BTreeSet};

/// Kafka's default `offsets.topic.num.partitions`, and likewise
/// `transaction.state.log.num.partitions`: how a coordinator key is spread.
pub const COORDINATOR_PARTITIONS: i32 = 50;

/// Kafka's default `offset.metadata.max.bytes`.
const OFFSET_METADATA_MAX: usize = 4096;

const COORDINATOR_NOT_AVAILABLE: i16 = 15;

/// READ, DELETE and DESCRIBE: what a group resource allows.
const GROUP_OPERATIONS: i32 = (1 << 3) | (1 << 6) | (1 << 8);

/// What the Java consumer writes into its assignment and subscription.
const CONSUMER_PROTOCOL_VERSION: i16 = 3;

const PROTOCOL_TYPE: &str = "consumer";
const PROTOCOL: &str = "range";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupMember {
    pub member_id: String,
    pub client_id: String,
    pub client_host: String,
    /// Topic and partitions; the member's ConsumerProtocol assignment.
    pub assignment: Vec<(String, Vec<i32>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupState {
    Empty,
    Stable,
    PreparingRebalance,
    CompletingRebalance,
}

impl GroupState {
    pub fn name(self) -> &'static str {
        match self {
            GroupState::Empty => "Empty",
            GroupState::Stable => "Stable",
            GroupState::PreparingRebalance => "PreparingRebalance",
            GroupState::CompletingRebalance => "CompletingRebalance",
        }
    }

    pub fn parse(name: &str) -> Option<GroupState> {
        [
            GroupState::Empty,
            GroupState::Stable,
            GroupState::PreparingRebalance,
            GroupState::CompletingRebalance,
        ]
        .into_iter()
        .find(|s| s.name() == name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committed {
    pub offset: i64,
    pub leader_epoch: i32,
    pub metadata: String,
}

#[derive(Clone, Debug)]
pub struct Group {
    pub state: GroupState,
    /// Empty for a group only ever used by simple (generation -1) commits;
    /// stays "consumer" once consumers joined, even after they left.
    pub protocol_type: String,
    pub generation: i32,
    pub members: Vec<GroupMember>,
    pub offsets: BTreeMap<(String, i32), Committed>,
}

impl Group {
    fn simple() -> Group {
        Group {
            state: GroupState::Empty,
            protocol_type: String::new(),
            generation: 0,
            members: Vec::new(),
            offsets: BTreeMap::new(),
        }
    }

    /// Kafka computes a consumer group's subscription from its members'
    /// metadata; an empty group subscribes to nothing.
    pub fn subscribed_topics(&self) -> BTreeSet<&str> {
        if self.state == GroupState::Empty {
            return BTreeSet::new();
        }
        self.members
            .iter()
            .flat_map(|m| m.assignment.iter().map(|(t, _)| t.as_str()))
            .collect()
    }
}

/// Java's `String.hashCode`, over UTF-16 code units.
fn java_hash(key: &str) -> i32 {
    key.encode_utf16()
        .fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(i32::from(c)))
}

/// Kafka's `Utils.abs(key.hashCode) % partitions`.
pub fn coordinator_partition(key: &str) -> i32 {
    let h = java_hash(key);
    let abs = if h == i32::MIN { 0 } else { h.abs() };
    abs % COORDINATOR_PARTITIONS
}

impl Model {
    /// The leader of the key's `__consumer_offsets` (or `__transaction_state`)
    /// partition, placed as a topic with that many partitions would be.
    pub fn coordinator_for(&self, key: &str) -> i32 {
        usize::try_from(coordinator_partition(key))
            .ok()
            .and_then(|p| self.coordinators.get(p))
            .copied()
            .unwrap_or(-1)
    }

    /// A completed rebalance to `members` (or every member leaving).
    pub fn set_group_members(&mut self, group: &str, members: Vec<GroupMember>) {
        let g = self
            .groups
            .entry(group.to_string())
            .or_insert_with(Group::simple);
        g.generation += 1;
        g.protocol_type = PROTOCOL_TYPE.to_string();
        g.state = if members.is_empty() {
            GroupState::Empty
        } else {
            GroupState::Stable
        };
        g.members = members;
    }

    /// Stores an offset as a commit would, creating a simple group if needed.
    pub fn store_offset(&mut self, group: &str, topic: &str, partition: i32, c: Committed) {
        self.groups
            .entry(group.to_string())
            .or_insert_with(Group::simple)
            .offsets
            .insert((topic.to_string(), partition), c);
    }
}

fn no_node(c: &mut find_coordinator_response::Coordinator) {
    c.node_id = BrokerId(-1);
    c.host = s("");
    c.port = -1;
}

fn consumer_protocol_bytes<T: Encodable>(message: &T) -> Bytes {
    let mut buf = BytesMut::new();
    buf.extend_from_slice(&CONSUMER_PROTOCOL_VERSION.to_be_bytes());
    match message.encode(&mut buf, CONSUMER_PROTOCOL_VERSION) {
        Ok(()) => buf.freeze(),
        Err(_) => Bytes::new(),
    }
}

fn assignment_bytes(member: &GroupMember) -> Bytes {
    let mut a = ConsumerProtocolAssignment::default();
    a.assigned_partitions = member
        .assignment
        .iter()
        .map(|(topic, partitions)| {
            let mut tp = consumer_protocol_assignment::TopicPartition::default();
            tp.topic = tn(topic);
            tp.partitions = partitions.clone();
            tp
        })
        .collect();
    a.user_data = None;
    consumer_protocol_bytes(&a)
}

fn subscription_bytes(group: &Group, member: &GroupMember) -> Bytes {
    let mut sub = ConsumerProtocolSubscription::default();
    sub.topics = group.subscribed_topics().into_iter().map(s).collect();
    sub.user_data = None;
    sub.owned_partitions = member
        .assignment
        .iter()
        .map(|(topic, partitions)| {
            let mut tp = consumer_protocol_subscription::TopicPartition::default();
            tp.topic = tn(topic);
            tp.partitions = partitions.clone();
            tp
        })
        .collect();
    sub.generation_id = group.generation;
    sub.rack_id = None;
    consumer_protocol_bytes(&sub)
}

// ------------------------------------------------------------ FindCoordinator

pub fn find_coordinator(
    m: &Model,
    version: i16,
    req: FindCoordinatorRequest,
    inject: Option<i16>,
) -> FindCoordinatorResponse {
    let key_type = if version >= 1 { req.key_type } else { 0 };
    // An unknown key type fails the whole request; share groups (2) are not
    // modeled, so they fail the same way.
    let error = inject.or(match key_type {
        0 | 1 => None,
        _ => Some(INVALID_REQUEST),
    });
    let lookup = |key: &str| -> Result<&Broker, i16> {
        if let Some(code) = error {
            return Err(code);
        }
        let id = m.coordinator_for(key);
        m.brokers
            .iter()
            .find(|b| b.id == id)
            .ok_or(COORDINATOR_NOT_AVAILABLE)
    };
    let mut resp = FindCoordinatorResponse::default();
    if version >= 4 {
        resp.error_message = None;
        resp.coordinators = req
            .coordinator_keys
            .iter()
            .map(|key| {
                let mut c = find_coordinator_response::Coordinator::default();
                c.key = key.clone();
                c.error_message = None;
                match lookup(key) {
                    Ok(b) => {
                        c.node_id = BrokerId(b.id);
                        c.host = s(b.host.clone());
                        c.port = i32::from(b.port);
                    }
                    Err(code) => {
                        c.error_code = code;
                        c.error_message = default_message(code);
                        no_node(&mut c);
                    }
                }
                c
            })
            .collect();
        return resp;
    }
    match lookup(&req.key) {
        Ok(b) => {
            resp.node_id = BrokerId(b.id);
            resp.host = s(b.host.clone());
            resp.port = i32::from(b.port);
            // Kafka fills the message with the name of Errors.NONE.
            resp.error_message = (version >= 1).then(|| s("NONE"));
        }
        Err(code) => {
            resp.error_code = code;
            resp.error_message = if version >= 1 {
                default_message(code)
            } else {
                None
            };
            resp.node_id = BrokerId(-1);
            resp.host = s("");
            resp.port = -1;
        }
    }
    resp
}

// ----------------------------------------------------------------- ListGroups

/// Each broker lists only the groups it coordinates, so a client must ask
/// every broker, as Kafka requires.
pub fn list_groups(
    m: &Model,
    broker: i32,
    version: i16,
    req: ListGroupsRequest,
    inject: Option<i16>,
) -> ListGroupsResponse {
    let mut resp = ListGroupsResponse::default();
    if let Some(code) = inject {
        resp.error_code = code;
        return resp;
    }
    let lower = |v: &[StrBytes]| -> Vec<String> { v.iter().map(|x| x.to_lowercase()).collect() };
    let states = if version >= 4 {
        lower(&req.states_filter)
    } else {
        Vec::new()
    };
    let types = if version >= 5 {
        lower(&req.types_filter)
    } else {
        Vec::new()
    };
    if !types.is_empty() && !types.iter().any(|t| t == "classic") {
        return resp;
    }
    for (id, g) in &m.groups {
        if m.coordinator_for(id) != broker {
            continue;
        }
        if !states.is_empty() && !states.contains(&g.state.name().to_lowercase()) {
            continue;
        }
        let mut x = list_groups_response::ListedGroup::default();
        x.group_id = GroupId(s(id.clone()));
        x.protocol_type = s(g.protocol_type.clone());
        if version >= 4 {
            x.group_state = s(g.state.name());
        }
        if version >= 5 {
            x.group_type = s("classic");
        }
        resp.groups.push(x);
    }
    resp
}

// ------------------------------------------------------------- DescribeGroups

/// ConsumerGroupDescribe (KIP-848). This cluster holds classic groups only,
/// so every group is answered with an error, the one the release gives:
/// 3.7-3.9 advertise the API with the consumer protocol off by default and
/// answer UNSUPPORTED_VERSION for every group; 4.x answers
/// GROUP_ID_NOT_FOUND ("not found", or "is not a consumer group" for a
/// classic one).
pub fn consumer_group_describe(
    m: &Model,
    broker: i32,
    req: ConsumerGroupDescribeRequest,
    inject: Option<i16>,
) -> ConsumerGroupDescribeResponse {
    let protocol_on = m
        .release
        .table
        .split('.')
        .next()
        .and_then(|major| major.parse::<u32>().ok())
        .is_some_and(|major| major >= 4);
    let mut resp = ConsumerGroupDescribeResponse::default();
    for id in &req.group_ids {
        let mut d = consumer_group_describe_response::DescribedGroup::default();
        d.group_id = id.clone();
        let error = inject.or_else(|| (m.coordinator_for(id) != broker).then_some(NOT_COORDINATOR));
        let (code, message) = match error {
            Some(code) => (code, default_message(code)),
            None if !protocol_on => (UNSUPPORTED_VERSION, default_message(UNSUPPORTED_VERSION)),
            None if m.groups.contains_key(id.as_str()) => (
                GROUP_ID_NOT_FOUND,
                Some(s(format!("Group {} is not a consumer group.", id.as_str()))),
            ),
            None => (
                GROUP_ID_NOT_FOUND,
                Some(s(format!("Group {} not found.", id.as_str()))),
            ),
        };
        d.error_code = code;
        d.error_message = message;
        resp.groups.push(d);
    }
    resp
}

pub fn describe_groups(
    m: &Model,
    broker: i32,
    version: i16,
    req: DescribeGroupsRequest,
    inject: Option<i16>,
) -> DescribeGroupsResponse {
    let mut resp = DescribeGroupsResponse::default();
    for id in &req.groups {
        let mut d = describe_groups_response::DescribedGroup::default();
        d.group_id = id.clone();
        d.error_message = None;
        let error = inject.or_else(|| (m.coordinator_for(id) != broker).then_some(NOT_COORDINATOR));
        if let Some(code) = error {
            d.error_code = code;
            if version >= 6 {
                d.error_message = default_message(code);
            }
            resp.groups.push(d);
            continue;
        }
        match m.groups.get(id.as_str()) {
            None => {
                d.group_state = s("Dead");
                // Before v6 Kafka reports an unknown group as Dead without an error.
                if version >= 6 {
                    d.error_code = GROUP_ID_NOT_FOUND;
                    d.error_message = Some(s(format!("Group {} not found.", id.as_str())));
                }
            }
            Some(g) => {
                d.group_state = s(g.state.name());
                d.protocol_type = s(g.protocol_type.clone());
                let stable = g.state == GroupState::Stable;
                if stable {
                    d.protocol_data = s(PROTOCOL);
                }
                d.members = g
                    .members
                    .iter()
                    .map(|member| {
                        let mut x = describe_groups_response::DescribedGroupMember::default();
                        x.member_id = s(member.member_id.clone());
                        x.client_id = s(member.client_id.clone());
                        x.client_host = s(member.client_host.clone());
                        // Only a Stable group has settled metadata and assignments.
                        if stable {
                            x.member_metadata = subscription_bytes(g, member);
                            x.member_assignment = assignment_bytes(member);
                        }
                        x
                    })
                    .collect();
            }
        }
        if version >= 3 && req.include_authorized_operations && d.error_code == NONE {
            d.authorized_operations = GROUP_OPERATIONS;
        }
        resp.groups.push(d);
    }
    resp
}

// --------------------------------------------------------------- OffsetCommit

/// Kafka's classic-group commit validation; creates the simple group a
/// generation -1 commit to an unknown group implies.
fn validate_commit(
    m: &mut Model,
    group: &str,
    generation: i32,
    member_id: &str,
    instance_id: Option<&str>,
    version: i16,
) -> Result<(), i16> {
    let Some(g) = m.groups.get(group) else {
        if generation < 0 {
            m.groups.insert(group.to_string(), Group::simple());
            return Ok(());
        }
        return Err(if version >= 9 {
            GROUP_ID_NOT_FOUND
        } else {
            ILLEGAL_GENERATION
        });
    };
    if generation < 0 && g.state == GroupState::Empty {
        return Ok(());
    }
    if generation >= 0 || !member_id.is_empty() || instance_id.is_some() {
        // No member is static here, so any group.instance.id is unknown.
        if instance_id.is_some() || !g.members.iter().any(|x| x.member_id == member_id) {
            return Err(UNKNOWN_MEMBER_ID);
        }
        if generation != g.generation {
            return Err(ILLEGAL_GENERATION);
        }
    } else if g.state != GroupState::Empty {
        return Err(UNKNOWN_MEMBER_ID);
    }
    if g.state == GroupState::CompletingRebalance {
        return Err(REBALANCE_IN_PROGRESS);
    }
    Ok(())
}

pub fn offset_commit(
    m: &mut Model,
    broker: i32,
    version: i16,
    req: OffsetCommitRequest,
    inject: Option<i16>,
) -> OffsetCommitResponse {
    let group = req.group_id.as_str();
    // Unknown topics are refused before the coordinator sees the request.
    let known = |m: &Model, t: &str| m.topics.contains_key(t);
    let any_known = req.topics.iter().any(|t| known(m, &t.name));
    let group_error = if let Some(code) = inject {
        Some(code)
    } else if !any_known {
        None
    } else if group.is_empty() {
        Some(INVALID_GROUP_ID)
    } else if m.coordinator_for(group) != broker {
        Some(NOT_COORDINATOR)
    } else {
        validate_commit(
            m,
            group,
            req.generation_id_or_member_epoch,
            &req.member_id,
            if version >= 7 {
                req.group_instance_id.as_deref()
            } else {
                None
            },
            version,
        )
        .err()
    };
    let mut resp = OffsetCommitResponse::default();
    for t in &req.topics {
        let mut tr = offset_commit_response::OffsetCommitResponseTopic::default();
        tr.name = t.name.clone();
        let topic_known = known(m, &t.name);
        for p in &t.partitions {
            let mut pr = offset_commit_response::OffsetCommitResponsePartition::default();
            pr.partition_index = p.partition_index;
            let metadata = p.committed_metadata.as_deref().unwrap_or("");
            pr.error_code = if let Some(code) = inject {
                code
            } else if !topic_known {
                UNKNOWN_TOPIC_OR_PARTITION
            } else if let Some(code) = group_error {
                code
            } else if metadata.len() > OFFSET_METADATA_MAX {
                OFFSET_METADATA_TOO_LARGE
            } else {
                m.store_offset(
                    group,
                    &t.name,
                    p.partition_index,
                    Committed {
                        offset: p.committed_offset,
                        leader_epoch: if version >= 6 {
                            p.committed_leader_epoch
                        } else {
                            -1
                        },
                        metadata: metadata.to_string(),
                    },
                );
                NONE
            };
            tr.partitions.push(pr);
        }
        resp.topics.push(tr);
    }
    resp
}

// ---------------------------------------------------------------- OffsetFetch

struct FetchedPartition {
    partition: i32,
    committed: Option<Committed>,
}

type Fetched = Vec<(String, Vec<FetchedPartition>)>;

/// The committed offsets of one group: the requested partitions (-1 where
/// nothing is committed, also for an unknown group) or, for `None`, every
/// committed one.
fn fetch_group(
    m: &Model,
    broker: i32,
    group: &str,
    topics: Option<Vec<(String, Vec<i32>)>>,
) -> Result<Fetched, i16> {
    if group.is_empty() {
        return Err(INVALID_GROUP_ID);
    }
    if m.coordinator_for(group) != broker {
        return Err(NOT_COORDINATOR);
    }
    let offsets = m.groups.get(group).map(|g| &g.offsets);
    let lookup = |t: &str, p: i32| offsets.and_then(|o| o.get(&(t.to_string(), p))).cloned();
    Ok(match topics {
        Some(topics) => topics
            .into_iter()
            .map(|(t, partitions)| {
                let fetched = partitions
                    .into_iter()
                    .map(|p| FetchedPartition {
                        partition: p,
                        committed: lookup(&t, p),
                    })
                    .collect();
                (t, fetched)
            })
            .collect(),
        None => {
            let mut out: Fetched = Vec::new();
            for ((t, p), c) in offsets.into_iter().flatten() {
                let entry = FetchedPartition {
                    partition: *p,
                    committed: Some(c.clone()),
                };
                match out.last_mut() {
                    Some((last, list)) if last == t => list.push(entry),
                    _ => out.push((t.clone(), vec![entry])),
                }
            }
            out
        }
    })
}

fn fill_partition(f: &FetchedPartition) -> offset_fetch_response::OffsetFetchResponsePartitions {
    let mut x = offset_fetch_response::OffsetFetchResponsePartitions::default();
    x.partition_index = f.partition;
    match &f.committed {
        Some(c) => {
            x.committed_offset = c.offset;
            x.committed_leader_epoch = c.leader_epoch;
            x.metadata = Some(s(c.metadata.clone()));
        }
        None => {
            x.committed_offset = -1;
            x.committed_leader_epoch = -1;
            x.metadata = Some(s(""));
        }
    }
    x
}

pub fn offset_fetch(
    m: &Model,
    broker: i32,
    version: i16,
    req: OffsetFetchRequest,
    inject: Option<i16>,
) -> OffsetFetchResponse {
    let mut resp = OffsetFetchResponse::default();
    if version >= 8 {
        for g in &req.groups {
            let mut gr = offset_fetch_response::OffsetFetchResponseGroup::default();
            gr.group_id = g.group_id.clone();
            let topics = g.topics.as_ref().map(|ts| {
                ts.iter()
                    .map(|t| (t.name.to_string(), t.partition_indexes.clone()))
                    .collect()
            });
            let result = match inject {
                Some(code) => Err(code),
                None => fetch_group(m, broker, &g.group_id, topics),
            };
            match result {
                Ok(fetched) => {
                    gr.topics = fetched
                        .iter()
                        .map(|(t, parts)| {
                            let mut x = offset_fetch_response::OffsetFetchResponseTopics::default();
                            x.name = tn(t);
                            x.partitions = parts.iter().map(fill_partition).collect();
                            x
                        })
                        .collect();
                }
                Err(code) => gr.error_code = code,
            }
            resp.groups.push(gr);
        }
        return resp;
    }
    let requested: Option<Vec<(String, Vec<i32>)>> = req.topics.as_ref().map(|ts| {
        ts.iter()
            .map(|t| (t.name.to_string(), t.partition_indexes.clone()))
            .collect()
    });
    let result = match inject {
        Some(code) => Err(code),
        None => fetch_group(m, broker, &req.group_id, requested.clone()),
    };
    let to_old = |p: offset_fetch_response::OffsetFetchResponsePartitions| {
        let mut x = offset_fetch_response::OffsetFetchResponsePartition::default();
        x.partition_index = p.partition_index;
        x.committed_offset = p.committed_offset;
        if version >= 5 {
            x.committed_leader_epoch = p.committed_leader_epoch;
        }
        x.metadata = p.metadata;
        x.error_code = p.error_code;
        x
    };
    match result {
        Ok(fetched) => {
            resp.topics = fetched
                .iter()
                .map(|(t, parts)| {
                    let mut x = offset_fetch_response::OffsetFetchResponseTopic::default();
                    x.name = tn(t);
                    x.partitions = parts.iter().map(|f| to_old(fill_partition(f))).collect();
                    x
                })
                .collect();
        }
        // v1 has no group-level error code: Kafka puts it on every requested partition.
        Err(code) if version < 2 => {
            resp.topics = requested
                .unwrap_or_default()
                .into_iter()
                .map(|(t, parts)| {
                    let mut x = offset_fetch_response::OffsetFetchResponseTopic::default();
                    x.name = tn(&t);
                    x.partitions = parts
                        .into_iter()
                        .map(|p| {
                            let mut y =
                                offset_fetch_response::OffsetFetchResponsePartition::default();
                            y.partition_index = p;
                            y.committed_offset = -1;
                            y.error_code = code;
                            y
                        })
                        .collect();
                    x
                })
                .collect();
        }
        Err(code) => resp.error_code = code,
    }
    resp
}

// --------------------------------------------------------------- OffsetDelete

pub fn offset_delete(
    m: &mut Model,
    broker: i32,
    req: OffsetDeleteRequest,
    inject: Option<i16>,
) -> OffsetDeleteResponse {
    let mut resp = OffsetDeleteResponse::default();
    let group = req.group_id.as_str();
    let group_error = if let Some(code) = inject {
        Some(code)
    } else if group.is_empty() {
        Some(INVALID_GROUP_ID)
    } else if m.coordinator_for(group) != broker {
        Some(NOT_COORDINATOR)
    } else {
        match m.groups.get(group) {
            None => Some(GROUP_ID_NOT_FOUND),
            // A non-empty group of another protocol type cannot lose offsets at all.
            Some(g) if g.state != GroupState::Empty && g.protocol_type != PROTOCOL_TYPE => {
                Some(NON_EMPTY_GROUP)
            }
            Some(_) => None,
        }
    };
    if let Some(code) = group_error {
        resp.error_code = code;
        return resp;
    }
    let subscribed: BTreeSet<String> = m
        .groups
        .get(group)
        .map(|g| {
            g.subscribed_topics()
                .into_iter()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    for t in &req.topics {
        let mut tr = offset_delete_response::OffsetDeleteResponseTopic::default();
        tr.name = t.name.clone();
        let partition_count = m.topics.get(t.name.as_str()).map(|x| x.partitions.len());
        for p in &t.partitions {
            let mut pr = offset_delete_response::OffsetDeleteResponsePartition::default();
            pr.partition_index = p.partition_index;
            let exists = partition_count
                .is_some_and(|n| usize::try_from(p.partition_index).is_ok_and(|i| i < n));
            pr.error_code = if !exists {
                UNKNOWN_TOPIC_OR_PARTITION
            } else if subscribed.contains(t.name.as_str()) {
                GROUP_SUBSCRIBED_TO_TOPIC
            } else {
                if let Some(g) = m.groups.get_mut(group) {
                    g.offsets.remove(&(t.name.to_string(), p.partition_index));
                }
                NONE
            };
            tr.partitions.push(pr);
        }
        resp.topics.push(tr);
    }
    resp
}

// --------------------------------------------------------------- DeleteGroups

pub fn delete_groups(
    m: &mut Model,
    broker: i32,
    req: DeleteGroupsRequest,
    inject: Option<i16>,
) -> DeleteGroupsResponse {
    let mut resp = DeleteGroupsResponse::default();
    for id in &req.groups_names {
        let mut r = delete_groups_response::DeletableGroupResult::default();
        r.group_id = id.clone();
        let name = id.as_str();
        r.error_code = if let Some(code) = inject {
            code
        } else if name.is_empty() {
            INVALID_GROUP_ID
        } else if m.coordinator_for(name) != broker {
            NOT_COORDINATOR
        } else {
            match m.groups.get(name) {
                None => GROUP_ID_NOT_FOUND,
                Some(g) if g.state != GroupState::Empty => NON_EMPTY_GROUP,
                Some(_) => {
                    m.groups.remove(name);
                    NONE
                }
            }
        };
        resp.results.push(r);
    }
    resp
}
