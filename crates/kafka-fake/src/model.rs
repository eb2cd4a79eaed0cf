//! The in-memory cluster state every broker of the fake serves from, and the
//! operations both the wire handlers and the test helpers go through, so a
//! topic created by a test helper is validated and placed exactly like one
//! created over the wire.

use super::acls::AclBinding;
use super::configs::{self, Def};
use super::groups::{Group, COORDINATOR_PARTITIONS};
use super::versions::{Release, DEFAULT_KAFKA_VERSION};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Instant;

pub const UNKNOWN_SERVER_ERROR: i16 = -1;
pub const NONE: i16 = 0;
pub const OFFSET_OUT_OF_RANGE: i16 = 1;
pub const UNKNOWN_TOPIC_OR_PARTITION: i16 = 3;
pub const LEADER_NOT_AVAILABLE: i16 = 5;
pub const NOT_LEADER_OR_FOLLOWER: i16 = 6;
pub const OFFSET_METADATA_TOO_LARGE: i16 = 12;
pub const NOT_COORDINATOR: i16 = 16;
pub const INVALID_TOPIC_EXCEPTION: i16 = 17;
pub const ILLEGAL_GENERATION: i16 = 22;
pub const INVALID_GROUP_ID: i16 = 24;
pub const UNKNOWN_MEMBER_ID: i16 = 25;
pub const REBALANCE_IN_PROGRESS: i16 = 27;
pub const UNSUPPORTED_SASL_MECHANISM: i16 = 33;
pub const ILLEGAL_SASL_STATE: i16 = 34;
pub const UNSUPPORTED_VERSION: i16 = 35;
pub const TOPIC_ALREADY_EXISTS: i16 = 36;
pub const INVALID_PARTITIONS: i16 = 37;
pub const INVALID_REPLICATION_FACTOR: i16 = 38;
pub const INVALID_REPLICA_ASSIGNMENT: i16 = 39;
pub const INVALID_CONFIG: i16 = 40;
pub const NOT_CONTROLLER: i16 = 41;
pub const INVALID_REQUEST: i16 = 42;
pub const POLICY_VIOLATION: i16 = 44;
pub const SASL_AUTHENTICATION_FAILED: i16 = 58;
pub const NON_EMPTY_GROUP: i16 = 68;
pub const GROUP_ID_NOT_FOUND: i16 = 69;
pub const FENCED_LEADER_EPOCH: i16 = 74;
pub const UNKNOWN_LEADER_EPOCH: i16 = 75;
pub const PREFERRED_LEADER_NOT_AVAILABLE: i16 = 80;
pub const ELIGIBLE_LEADERS_NOT_AVAILABLE: i16 = 83;
pub const ELECTION_NOT_NEEDED: i16 = 84;
pub const NO_REASSIGNMENT_IN_PROGRESS: i16 = 85;
pub const GROUP_SUBSCRIBED_TO_TOPIC: i16 = 86;
pub const UNKNOWN_TOPIC_ID: i16 = 100;
pub const MISMATCHED_ENDPOINT_TYPE: i16 = 114;
pub const UNSUPPORTED_ENDPOINT_TYPE: i16 = 115;

pub type ApiError = (i16, String);

/// What one record weighs when a test has not set a partition's size.
pub const BYTES_PER_RECORD: u64 = 100;

/// Stands for the network and disks: no replica copies faster, throttled or not.
pub const DEFAULT_UNTHROTTLED_BYTES_PER_SEC: u64 = 500_000_000;

const FOLLOWER_THROTTLED_REPLICAS: &str = "follower.replication.throttled.replicas";
const LEADER_THROTTLED_REPLICAS: &str = "leader.replication.throttled.replicas";
const FOLLOWER_THROTTLED_RATE: &str = "follower.replication.throttled.rate";
const LEADER_THROTTLED_RATE: &str = "leader.replication.throttled.rate";

/// Kafka's reading of a `*.replication.throttled.replicas` value: `*` or a
/// list of `partition:broker`.
fn throttled(list: Option<&String>, partition: i32, broker: i32) -> bool {
    let Some(list) = list else {
        return false;
    };
    configs::split_list(list).iter().any(|item| {
        item == "*"
            || item.split_once(':').is_some_and(|(p, b)| {
                p.trim().parse::<i32>() == Ok(partition) && b.trim().parse::<i32>() == Ok(broker)
            })
    })
}

pub fn err(code: i16, msg: impl Into<String>) -> ApiError {
    (code, msg.into())
}

#[derive(Clone, Debug)]
pub struct Broker {
    pub id: i32,
    pub host: String,
    pub port: u16,
    pub rack: Option<String>,
}

/// A contiguous run of appended records whose timestamps step linearly, so
/// large appends cost O(1) memory while timestamp lookups stay exact.
#[derive(Clone, Debug)]
pub struct Run {
    pub base_offset: i64,
    pub count: i64,
    pub first_timestamp: i64,
    pub step: i64,
}

impl Run {
    fn timestamp(&self, offset: i64) -> i64 {
        self.first_timestamp
            .saturating_add((offset - self.base_offset).saturating_mul(self.step))
    }
}

/// A replica whose log is being built by fetching from the partition leader.
#[derive(Clone, Debug)]
pub struct ReplicaCopy {
    pub broker: i32,
    /// Fractional so that slow rates still add up over short ticks.
    pub copied: f64,
    /// When `copied` was last brought up to date; a new replica is credited
    /// only from the moment it was added.
    pub last: Instant,
}

#[derive(Clone, Debug)]
pub struct Partition {
    pub leader: i32,
    pub leader_epoch: i32,
    /// During a reassignment: the target replicas, then the removing ones.
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub offline: Vec<i32>,
    pub log_start: i64,
    pub high_watermark: i64,
    pub runs: Vec<Run>,
    /// Ascending broker ids, as KRaft keeps them; both empty when no
    /// reassignment is in progress.
    pub adding: Vec<i32>,
    pub removing: Vec<i32>,
    /// Replicas catching up: the adding ones, and a replica that stayed in
    /// the replica set after its reassignment was retargeted.
    pub copying: Vec<ReplicaCopy>,
    /// Set by a test; otherwise the size follows the retained records.
    pub size_override: Option<u64>,
}

impl Partition {
    fn new(replicas: Vec<i32>) -> Partition {
        Partition {
            leader: replicas.first().copied().unwrap_or(-1),
            leader_epoch: 0,
            isr: replicas.clone(),
            replicas,
            offline: Vec::new(),
            log_start: 0,
            high_watermark: 0,
            runs: Vec::new(),
            adding: Vec::new(),
            removing: Vec::new(),
            copying: Vec::new(),
            size_override: None,
        }
    }

    pub fn is_reassigning(&self) -> bool {
        !self.adding.is_empty() || !self.removing.is_empty()
    }

    /// The log size in bytes on a replica that has caught up.
    pub fn size(&self) -> u64 {
        self.size_override.unwrap_or_else(|| {
            let records = u64::try_from(self.high_watermark - self.log_start).unwrap_or(0);
            records.saturating_mul(BYTES_PER_RECORD)
        })
    }

    /// The log size in bytes on one replica: what it has copied so far while
    /// catching up, the full size otherwise.
    pub fn replica_bytes(&self, broker: i32) -> u64 {
        let size = self.size();
        match self.copying.iter().find(|c| c.broker == broker) {
            Some(c) => (c.copied.max(0.0) as u64).min(size),
            None => size,
        }
    }

    /// Kafka's timestamp lookup: the first offset at or after the log start
    /// whose timestamp is >= `target`.
    pub fn offset_for_timestamp(&self, target: i64) -> Option<(i64, i64)> {
        for run in &self.runs {
            let first = run.base_offset.max(self.log_start);
            let end = run.base_offset + run.count;
            if first >= end {
                continue;
            }
            let candidate = if run.step > 0 {
                let first_ts = run.timestamp(first);
                if first_ts >= target {
                    first
                } else {
                    let needed = (target - first_ts + run.step - 1) / run.step;
                    first + needed
                }
            } else {
                first
            };
            if candidate < end && run.timestamp(candidate) >= target {
                return Some((candidate, run.timestamp(candidate)));
            }
        }
        None
    }

    /// The offset of the record with the largest timestamp (earliest on ties).
    pub fn max_timestamp(&self) -> Option<(i64, i64)> {
        let mut best: Option<(i64, i64)> = None;
        for run in &self.runs {
            let first = run.base_offset.max(self.log_start);
            let end = run.base_offset + run.count;
            if first >= end {
                continue;
            }
            let offset = if run.step > 0 { end - 1 } else { first };
            let ts = run.timestamp(offset);
            if best.is_none_or(|(_, b)| ts > b) {
                best = Some((offset, ts));
            }
        }
        best
    }

    /// Moves caught-up replicas into the ISR (the leader's AlterPartition)
    /// and forgets copies that no longer need to happen.
    fn catch_up(&mut self) {
        let size = self.size() as f64;
        let leader_up = self.leader != -1 && !self.offline.contains(&self.leader);
        let mut joined = Vec::new();
        let (replicas, isr, offline) = (&self.replicas, &self.isr, &self.offline);
        self.copying.retain(|c| {
            if !replicas.contains(&c.broker) || isr.contains(&c.broker) {
                return false;
            }
            if leader_up && !offline.contains(&c.broker) && c.copied >= size {
                joined.push(c.broker);
                return false;
            }
            true
        });
        self.isr.extend(joined);
    }

    /// KRaft's completion rule: once every target replica is in the ISR, the
    /// removing replicas leave the replica set and the ISR, a leader outside
    /// the new ISR hands over to the first target replica in it, and the
    /// leader epoch is bumped when the leader changes or replicas go away.
    /// `force` treats every live target replica as caught up.
    fn try_complete(&mut self, force: bool) -> bool {
        if !self.is_reassigning() {
            return false;
        }
        let removing = &self.removing;
        let target: Vec<i32> = self
            .replicas
            .iter()
            .copied()
            .filter(|b| !removing.contains(b))
            .collect();
        if force {
            for b in &target {
                if !self.isr.contains(b) && !self.offline.contains(b) {
                    self.isr.push(*b);
                }
            }
        }
        let isr: Vec<i32> = self
            .isr
            .iter()
            .copied()
            .filter(|b| !self.removing.contains(b))
            .collect();
        let all_in_sync = target.iter().all(|b| isr.contains(b));
        if target.is_empty() || isr.is_empty() || (!force && !all_in_sync) {
            return false;
        }
        let removed = !self.removing.is_empty();
        self.replicas = target;
        self.isr = isr;
        let (replicas, isr) = (&self.replicas, &self.isr);
        self.offline.retain(|b| replicas.contains(b));
        self.copying
            .retain(|c| replicas.contains(&c.broker) && !isr.contains(&c.broker));
        self.adding.clear();
        self.removing.clear();
        self.settle_leader(removed);
        true
    }

    /// Elects the first live in-sync replica when the leader is gone or out of
    /// the ISR; bumps the epoch on a leader change or when `replicas_removed`.
    fn settle_leader(&mut self, replicas_removed: bool) {
        let old = self.leader;
        if self.leader == -1 || !self.isr.contains(&self.leader) {
            self.leader = self
                .replicas
                .iter()
                .copied()
                .find(|b| self.isr.contains(b) && !self.offline.contains(b))
                .unwrap_or(-1);
        }
        if self.leader != old || replicas_removed {
            self.leader_epoch += 1;
        }
    }
}

#[derive(Clone, Debug)]
pub struct Topic {
    pub id: u128,
    pub partitions: Vec<Partition>,
    pub configs: BTreeMap<String, String>,
}

#[derive(Clone, Debug)]
pub enum FaultKind {
    DropConnectionAfter(usize),
    Delay(i16, u64),
    Error(i16, i16, usize),
    Unreachable(i32),
}

/// What the connection loop must do for one request, decided under the lock.
pub struct RequestFaults {
    pub drop_connection: bool,
    pub delay_ms: u64,
    pub error: Option<i16>,
}

pub struct Model {
    pub cluster_id: String,
    pub brokers: Vec<Broker>,
    pub controller_id: i32,
    pub topics: BTreeMap<String, Topic>,
    topic_seq: u128,
    /// Kafka treats '.' and '_' as colliding in topic names (metric names);
    /// canonical form -> existing topic, so the check stays O(1).
    canonical_names: HashMap<String, String>,
    /// Dynamic broker configs keyed by resource name: "" is the cluster-wide
    /// default, otherwise a broker id.
    pub broker_configs: BTreeMap<String, BTreeMap<String, String>>,
    pub request_counts: HashMap<i16, usize>,
    pub faults: Vec<FaultKind>,
    pub unthrottled_bytes_per_sec: u64,
    /// Partitions with a reassignment in progress or a replica catching up,
    /// so the copy ticker does not walk every partition of the cluster.
    replicating: BTreeSet<(String, i32)>,
    pub groups: BTreeMap<String, Group>,
    pub acls: BTreeSet<AclBinding>,
    /// Client quotas by entity (components sorted by type, `None` for the
    /// default entity).
    pub quotas: BTreeMap<crate::quotas::QuotaEntityKey, BTreeMap<String, f64>>,
    /// SCRAM credentials, shared with the SASL logins.
    pub scram: crate::sasl::ScramStore,
    /// The leader of each `__consumer_offsets` (and `__transaction_state`)
    /// partition; brokers never change, so neither does this.
    pub coordinators: Vec<i32>,
    /// The release impersonated: advertised API ranges, ZooKeeper or KRaft.
    pub release: Release,
    /// `server.properties` entries shared by every broker (Kafka reports
    /// them as STATIC_BROKER_CONFIG).
    pub static_broker_configs: BTreeMap<String, String>,
    /// xorshift state for KRaft's "random live broker" controller answers.
    rng: u64,
    /// Every completed SASL login: the client software name the connection
    /// gave in ApiVersions (empty before v3) and the authenticated user.
    pub logins: Vec<(String, String)>,
}

pub const INTERNAL_TOPICS: &[&str] = &["__consumer_offsets", "__transaction_state"];

pub fn is_internal(name: &str) -> bool {
    INTERNAL_TOPICS.contains(&name)
}

/// Kafka's `Topic.validate`.
pub fn validate_topic_name(name: &str) -> Result<(), ApiError> {
    let msg = if name.is_empty() {
        "Topic name is illegal, it can't be empty".to_string()
    } else if name == "." || name == ".." {
        "Topic name cannot be \".\" or \"..\"".to_string()
    } else if name.len() > 249 {
        format!("Topic name is illegal, it can't be longer than 249 characters, topic name: {name}")
    } else if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
    {
        format!(
            "Topic name \"{name}\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'"
        )
    } else {
        return Ok(());
    };
    Err(err(INVALID_TOPIC_EXCEPTION, msg))
}

/// Validated, not yet applied topic creation.
pub struct NewTopic {
    pub name: String,
    pub assignment: Vec<Vec<i32>>,
    pub configs: BTreeMap<String, String>,
}

impl Model {
    pub fn new(brokers: Vec<Broker>) -> Model {
        let mut m = Model {
            cluster_id: "fake-kafka-cluster-0001".to_string(),
            controller_id: brokers.first().map(|b| b.id).unwrap_or(-1),
            brokers,
            topics: BTreeMap::new(),
            topic_seq: 0,
            canonical_names: HashMap::new(),
            broker_configs: BTreeMap::new(),
            request_counts: HashMap::new(),
            faults: Vec::new(),
            unthrottled_bytes_per_sec: DEFAULT_UNTHROTTLED_BYTES_PER_SEC,
            replicating: BTreeSet::new(),
            groups: BTreeMap::new(),
            acls: BTreeSet::new(),
            quotas: BTreeMap::new(),
            scram: Default::default(),
            coordinators: Vec::new(),
            release: Release::resolve(DEFAULT_KAFKA_VERSION, None)
                .unwrap_or_else(|e| panic!("default release: {e}")),
            static_broker_configs: BTreeMap::new(),
            rng: 0x9e37_79b9_7f4a_7c15,
            logins: Vec::new(),
        };
        m.coordinators = m
            .place(COORDINATOR_PARTITIONS, 1, 0)
            .into_iter()
            .map(|r| r.first().copied().unwrap_or(-1))
            .collect();
        m
    }

    /// The controller id a broker reports in Metadata and DescribeCluster:
    /// under ZooKeeper the real controller (clients must send it the
    /// controller-only requests); a KRaft broker reports a random live broker,
    /// since the quorum controllers are not reachable by clients and any
    /// broker forwards.
    pub fn reported_controller(&mut self) -> i32 {
        if !self.release.kraft || self.brokers.is_empty() {
            return self.controller_id;
        }
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        self.brokers[(self.rng % self.brokers.len() as u64) as usize].id
    }

    /// Under ZooKeeper only the controller acts on controller requests
    /// (CreateTopics, DeleteTopics, CreatePartitions, reassignments, leader
    /// elections); other brokers answer NOT_CONTROLLER. KRaft brokers forward.
    pub fn refuses_as_non_controller(&self, broker: i32) -> bool {
        !self.release.kraft && broker != self.controller_id
    }

    pub fn broker_ids(&self) -> Vec<i32> {
        self.brokers.iter().map(|b| b.id).collect()
    }

    pub fn topic_by_id(&self, id: u128) -> Option<(&String, &Topic)> {
        self.topics.iter().find(|(_, t)| t.id == id)
    }

    /// Whether new connections to `broker` are refused.
    pub fn unreachable(&self, broker: i32) -> bool {
        self.faults
            .iter()
            .any(|f| matches!(f, FaultKind::Unreachable(b) if *b == broker))
    }

    /// Consumes fault budgets for one incoming request.
    pub fn before_request(&mut self, api: i16) -> RequestFaults {
        *self.request_counts.entry(api).or_default() += 1;
        let mut out = RequestFaults {
            drop_connection: false,
            delay_ms: 0,
            error: None,
        };
        let mut exhausted = Vec::new();
        for (i, fault) in self.faults.iter_mut().enumerate() {
            match fault {
                FaultKind::DropConnectionAfter(n) => {
                    if *n == 0 {
                        out.drop_connection = true;
                        exhausted.push(i);
                    } else {
                        *n -= 1;
                    }
                }
                FaultKind::Delay(a, ms) if *a == api => out.delay_ms = out.delay_ms.max(*ms),
                FaultKind::Error(a, code, times) if *a == api && out.error.is_none() => {
                    if *times > 0 {
                        *times -= 1;
                        out.error = Some(*code);
                    }
                    if *times == 0 {
                        exhausted.push(i);
                    }
                }
                _ => {}
            }
        }
        for i in exhausted.into_iter().rev() {
            self.faults.remove(i);
        }
        out
    }

    /// Kafka's rack-aware (or plain) round-robin replica placement with a fixed
    /// start index of 0, so placements are deterministic across runs.
    pub fn place(&self, partitions: i32, rf: usize, first_partition: i32) -> Vec<Vec<i32>> {
        let mut brokers: Vec<&Broker> = self.brokers.iter().collect();
        brokers.sort_by_key(|b| b.id);
        let rack_aware = !brokers.is_empty() && brokers.iter().all(|b| b.rack.is_some());
        let arranged: Vec<&Broker> = if rack_aware {
            let mut by_rack: BTreeMap<&str, Vec<&Broker>> = BTreeMap::new();
            for b in &brokers {
                by_rack
                    .entry(b.rack.as_deref().unwrap_or(""))
                    .or_default()
                    .push(b);
            }
            let mut out = Vec::new();
            let mut round = 0;
            while out.len() < brokers.len() {
                for list in by_rack.values() {
                    if let Some(b) = list.get(round) {
                        out.push(*b);
                    }
                }
                round += 1;
            }
            out
        } else {
            brokers
        };
        let n = arranged.len();
        let num_racks = {
            let mut racks: Vec<&str> = arranged.iter().filter_map(|b| b.rack.as_deref()).collect();
            racks.sort_unstable();
            racks.dedup();
            racks.len().max(1)
        };
        let replica_index = |first: usize, shift: usize, j: usize| -> usize {
            let shift = 1 + (shift + j) % (n - 1).max(1);
            (first + shift) % n
        };
        let mut out = Vec::new();
        if n == 0 {
            return out;
        }
        let mut shift = 0usize;
        for p in 0..(first_partition + partitions) {
            let p = p as usize;
            if p > 0 && p % n == 0 {
                shift += 1;
            }
            if (p as i32) < first_partition {
                continue;
            }
            let first = p % n;
            let leader = arranged[first];
            let mut replicas = vec![leader.id];
            if rack_aware {
                let mut racks = vec![leader.rack.as_deref().unwrap_or("")];
                let mut k = 0;
                // Bounded so a placement that cannot succeed never spins.
                while replicas.len() < rf && k < n * n * 4 {
                    let b = arranged[replica_index(first, shift * num_racks, k)];
                    k += 1;
                    let rack = b.rack.as_deref().unwrap_or("");
                    let rack_ok = !racks.contains(&rack) || racks.len() == num_racks;
                    let broker_ok = !replicas.contains(&b.id) || replicas.len() == n;
                    if rack_ok && broker_ok {
                        replicas.push(b.id);
                        if !racks.contains(&rack) {
                            racks.push(rack);
                        }
                    }
                }
            } else {
                for j in 0..rf.saturating_sub(1) {
                    replicas.push(arranged[replica_index(first, shift, j)].id);
                }
            }
            out.push(replicas);
        }
        out
    }

    pub fn check_manual_assignment(
        &self,
        replicas: &[i32],
        expected_rf: Option<usize>,
    ) -> Result<(), ApiError> {
        if replicas.is_empty() {
            return Err(err(
                INVALID_REPLICA_ASSIGNMENT,
                "The manual partition assignment includes an empty replica list.",
            ));
        }
        for (i, b) in replicas.iter().enumerate() {
            if replicas[..i].contains(b) {
                return Err(err(
                    INVALID_REPLICA_ASSIGNMENT,
                    format!(
                        "The manual partition assignment includes the broker {b} more than once."
                    ),
                ));
            }
            if !self.brokers.iter().any(|x| x.id == *b) {
                return Err(err(
                    INVALID_REPLICA_ASSIGNMENT,
                    format!(
                        "The manual partition assignment includes broker {b}, but no such broker is registered."
                    ),
                ));
            }
        }
        if let Some(rf) = expected_rf {
            if replicas.len() != rf {
                return Err(err(
                    INVALID_REPLICA_ASSIGNMENT,
                    format!(
                        "The manual partition assignment includes a partition with {} replica(s), but this is not consistent with previous partitions, which have {rf} replica(s).",
                        replicas.len()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// KRaft's CreateTopics validation, in Kafka's order.
    pub fn validate_new_topic(
        &self,
        name: &str,
        partitions: i32,
        rf: i16,
        manual: &[(i32, Vec<i32>)],
        configs: &[(String, Option<String>)],
    ) -> Result<NewTopic, ApiError> {
        validate_topic_name(name)?;
        if self.topics.contains_key(name) {
            return Err(err(
                TOPIC_ALREADY_EXISTS,
                format!("Topic '{name}' already exists."),
            ));
        }
        if is_internal(name) {
            return Err(err(
                INVALID_REQUEST,
                format!("Creation of internal topic {name} is prohibited."),
            ));
        }
        if let Some(other) = self.canonical_names.get(&name.replace('.', "_")) {
            return Err(err(
                INVALID_TOPIC_EXCEPTION,
                format!("Topic '{name}' collides with existing topic: {other}"),
            ));
        }
        let assignment = if !manual.is_empty() {
            if partitions != -1 {
                return Err(err(
                    INVALID_REQUEST,
                    "A manual partition assignment was specified, but numPartitions was not set to -1.",
                ));
            }
            if rf != -1 {
                return Err(err(
                    INVALID_REQUEST,
                    "A manual partition assignment was specified, but replicationFactor was not set to -1.",
                ));
            }
            let mut sorted: Vec<&(i32, Vec<i32>)> = manual.iter().collect();
            sorted.sort_by_key(|(p, _)| *p);
            let mut out = Vec::new();
            for (i, (p, replicas)) in sorted.iter().enumerate() {
                if *p != i as i32 {
                    return Err(err(
                        INVALID_REPLICA_ASSIGNMENT,
                        format!(
                            "Partitions should be numbered consecutively starting from 0, but partition {} was not found.",
                            i
                        ),
                    ));
                }
                self.check_manual_assignment(replicas, out.first().map(|r: &Vec<i32>| r.len()))?;
                out.push(replicas.clone());
            }
            out
        } else {
            let partitions = if partitions == -1 { 1 } else { partitions };
            let rf = if rf == -1 { 1 } else { rf };
            if partitions <= 0 {
                return Err(err(
                    INVALID_PARTITIONS,
                    "Number of partitions was set to an invalid non-positive value.",
                ));
            }
            if rf <= 0 {
                return Err(err(
                    INVALID_REPLICATION_FACTOR,
                    "Replication factor must be larger than 0, or -1 to use the default value.",
                ));
            }
            if rf as usize > self.brokers.len() {
                return Err(err(
                    INVALID_REPLICATION_FACTOR,
                    format!(
                        "Unable to replicate the partition {rf} time(s): The target replication factor of {rf} cannot be reached because only {} broker(s) are registered.",
                        self.brokers.len()
                    ),
                ));
            }
            self.place(partitions, rf as usize, 0)
        };
        let mut topic_configs = BTreeMap::new();
        for (key, value) in configs {
            let Some(value) = value else {
                return Err(err(
                    INVALID_CONFIG,
                    format!("Null value not supported for topic configs: {key}"),
                ));
            };
            let def = configs::topic_def(key)
                .ok_or_else(|| err(INVALID_CONFIG, format!("Unknown topic config name: {key}")))?;
            configs::validate(def, value).map_err(|m| err(INVALID_CONFIG, m))?;
            topic_configs.insert(key.clone(), value.clone());
        }
        Ok(NewTopic {
            name: name.to_string(),
            assignment,
            configs: topic_configs,
        })
    }

    pub fn insert_topic(&mut self, new: NewTopic) -> u128 {
        self.topic_seq += 1;
        // Any odd multiplier is a bijection on u128, so ids are unique and non-nil.
        let id = self
            .topic_seq
            .wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835);
        let topic = Topic {
            id,
            partitions: new.assignment.into_iter().map(Partition::new).collect(),
            configs: new.configs,
        };
        self.canonical_names
            .insert(new.name.replace('.', "_"), new.name.clone());
        self.topics.insert(new.name, topic);
        id
    }

    /// Kafka's group coordinator drops the committed offsets of a deleted
    /// topic, so a topic created again under the same name starts without.
    pub fn remove_topic(&mut self, name: &str) {
        if self.topics.remove(name).is_some() {
            self.canonical_names.remove(&name.replace('.', "_"));
            for group in self.groups.values_mut() {
                group.offsets.retain(|(topic, _), _| topic != name);
            }
        }
    }

    /// CreatePartitions validation; returns the replica lists of the new
    /// partitions.
    pub fn validate_new_partitions(
        &self,
        name: &str,
        count: i32,
        manual: Option<&[Vec<i32>]>,
    ) -> Result<Vec<Vec<i32>>, ApiError> {
        let topic = self.topics.get(name).ok_or_else(|| {
            err(
                UNKNOWN_TOPIC_OR_PARTITION,
                "This server does not host this topic-partition.",
            )
        })?;
        let current = topic.partitions.len() as i32;
        if count < current {
            return Err(err(
                INVALID_PARTITIONS,
                format!(
                    "Topic currently has {current} partitions, which is higher than the requested {count}."
                ),
            ));
        }
        if count == current {
            return Err(err(
                INVALID_PARTITIONS,
                format!("Topic already has {current} partitions."),
            ));
        }
        let rf = topic
            .partitions
            .first()
            .map(|p| p.replicas.len())
            .unwrap_or(1);
        let to_add = (count - current) as usize;
        match manual {
            Some(assignments) => {
                if assignments.len() != to_add {
                    return Err(err(
                        INVALID_REPLICA_ASSIGNMENT,
                        format!(
                            "Attempted to add {to_add} additional partition(s), but only {} assignment(s) were specified.",
                            assignments.len()
                        ),
                    ));
                }
                for replicas in assignments {
                    self.check_manual_assignment(replicas, Some(rf))?;
                }
                Ok(assignments.to_vec())
            }
            None => {
                if rf > self.brokers.len() {
                    return Err(err(
                        INVALID_REPLICATION_FACTOR,
                        format!(
                            "Unable to replicate the partition {rf} time(s): The target replication factor of {rf} cannot be reached because only {} broker(s) are registered.",
                            self.brokers.len()
                        ),
                    ));
                }
                Ok(self.place(count - current, rf, current))
            }
        }
    }

    pub fn add_partitions(&mut self, name: &str, assignment: Vec<Vec<i32>>) {
        if let Some(topic) = self.topics.get_mut(name) {
            topic
                .partitions
                .extend(assignment.into_iter().map(Partition::new));
        }
    }

    /// The effective value and source of one topic config, as the broker
    /// `answering` would report it.
    pub fn topic_config_value(
        &self,
        overrides: &BTreeMap<String, String>,
        def: &Def,
        answering: i32,
    ) -> (Option<String>, i8) {
        if let Some(v) = overrides.get(def.name) {
            return (Some(v.clone()), configs::SOURCE_DYNAMIC_TOPIC);
        }
        if let Some(syn) = def.broker_synonym {
            if let Some(v) = self
                .broker_configs
                .get(&answering.to_string())
                .and_then(|c| c.get(syn))
            {
                return (Some(v.clone()), configs::SOURCE_DYNAMIC_BROKER);
            }
            if let Some(v) = self.broker_configs.get("").and_then(|c| c.get(syn)) {
                return (Some(v.clone()), configs::SOURCE_DYNAMIC_DEFAULT_BROKER);
            }
            if let Some(v) = self.static_broker_configs.get(syn) {
                return (Some(v.clone()), configs::SOURCE_STATIC_BROKER);
            }
        }
        (def.default.map(str::to_string), configs::SOURCE_DEFAULT)
    }

    /// Every config a broker reports, in name order.
    pub fn broker_config_entries(&self, broker: &Broker) -> Vec<ConfigEntry> {
        let own = self.broker_configs.get(&broker.id.to_string());
        let default = self.broker_configs.get("");
        let entry = |def: &Def, value: Option<String>, source: i8| ConfigEntry {
            name: def.name.to_string(),
            value,
            source,
            ty: def.ty,
            read_only: def.read_only,
        };
        let mut out = Vec::new();
        for def in configs::BROKER_CONFIGS {
            out.push(if def.name == "broker.id" {
                entry(
                    def,
                    Some(broker.id.to_string()),
                    configs::SOURCE_STATIC_BROKER,
                )
            } else if def.name == "broker.rack" && broker.rack.is_some() {
                entry(def, broker.rack.clone(), configs::SOURCE_STATIC_BROKER)
            } else if let Some(v) = own.and_then(|c| c.get(def.name)) {
                entry(def, Some(v.clone()), configs::SOURCE_DYNAMIC_BROKER)
            } else if let Some(v) = default.and_then(|c| c.get(def.name)) {
                entry(def, Some(v.clone()), configs::SOURCE_DYNAMIC_DEFAULT_BROKER)
            } else if let Some(v) = self.static_broker_configs.get(def.name) {
                entry(def, Some(v.clone()), configs::SOURCE_STATIC_BROKER)
            } else {
                entry(
                    def,
                    def.default.map(str::to_string),
                    configs::SOURCE_DEFAULT,
                )
            });
        }
        for def in configs::BROKER_DYNAMIC_ONLY {
            if let Some(v) = own.and_then(|c| c.get(def.name)) {
                out.push(entry(def, Some(v.clone()), configs::SOURCE_DYNAMIC_BROKER));
            } else if let Some(v) = default.and_then(|c| c.get(def.name)) {
                out.push(entry(
                    def,
                    Some(v.clone()),
                    configs::SOURCE_DYNAMIC_DEFAULT_BROKER,
                ));
            }
        }
        // Kafka keeps dynamic broker configs it does not know verbatim.
        for (k, v) in own.into_iter().flatten() {
            if configs::broker_def(k).is_none() {
                out.push(ConfigEntry {
                    name: k.clone(),
                    value: Some(v.clone()),
                    source: configs::SOURCE_DYNAMIC_BROKER,
                    ty: configs::Type::String,
                    read_only: false,
                });
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    pub fn partition_mut(&mut self, topic: &str, partition: i32) -> Option<&mut Partition> {
        self.topics
            .get_mut(topic)?
            .partitions
            .get_mut(usize::try_from(partition).ok()?)
    }

    pub fn append(
        &mut self,
        topic: &str,
        partition: i32,
        count: i64,
        first_ts: i64,
        step: i64,
    ) -> bool {
        let Some(p) = self.partition_mut(topic, partition) else {
            return false;
        };
        if count > 0 {
            p.runs.push(Run {
                base_offset: p.high_watermark,
                count,
                first_timestamp: first_ts,
                step,
            });
            p.high_watermark += count;
        }
        true
    }

    pub fn partition(&self, topic: &str, partition: i32) -> Option<&Partition> {
        self.topics
            .get(topic)?
            .partitions
            .get(usize::try_from(partition).ok()?)
    }

    /// KRaft's `changePartitionReassignment`: the replica set becomes the
    /// target followed by the current replicas not in it, and the difference
    /// either way becomes adding/removing. A new target during a reassignment
    /// is measured against the current (merged) replica set, as KRaft does.
    /// `target` must already have passed `check_manual_assignment`.
    pub fn start_reassignment(
        &mut self,
        topic: &str,
        partition: i32,
        target: Vec<i32>,
        now: Instant,
    ) {
        let Some(p) = self.partition_mut(topic, partition) else {
            return;
        };
        let current = p.replicas.clone();
        let mut removing: Vec<i32> = current
            .iter()
            .copied()
            .filter(|b| !target.contains(b))
            .collect();
        removing.sort_unstable();
        let mut adding: Vec<i32> = target
            .iter()
            .copied()
            .filter(|b| !current.contains(b))
            .collect();
        adding.sort_unstable();
        // KRaft keeps the adding set when a retarget adds nobody new.
        if adding.is_empty() {
            adding = p
                .adding
                .iter()
                .copied()
                .filter(|b| target.contains(b))
                .collect();
        }
        for b in &adding {
            if !p.copying.iter().any(|c| c.broker == *b) && !p.isr.contains(b) {
                p.copying.push(ReplicaCopy {
                    broker: *b,
                    copied: 0.0,
                    last: now,
                });
            }
        }
        let mut replicas = target;
        replicas.extend(removing.iter().copied());
        p.replicas = replicas;
        p.adding = adding;
        p.removing = removing;
        // A reassignment whose targets are all in sync already (a reordering,
        // a shrink) completes within the request, as in KRaft.
        p.try_complete(false);
        let busy = p.is_reassigning() || !p.copying.is_empty();
        if busy {
            self.replicating.insert((topic.to_string(), partition));
        }
    }

    /// KRaft's revert: the adding replicas leave the replica set and the ISR,
    /// the rest keeps its current order.
    pub fn cancel_reassignment(&mut self, topic: &str, partition: i32) -> Result<(), ApiError> {
        let unclean_allowed = self.unclean_election_enabled(topic);
        let p = self.partition_mut(topic, partition).ok_or_else(|| {
            err(
                UNKNOWN_TOPIC_OR_PARTITION,
                format!("Unable to find partition {topic}:{partition}."),
            )
        })?;
        if !p.is_reassigning() {
            return Err(err(
                NO_REASSIGNMENT_IN_PROGRESS,
                "No partition reassignment is in progress.",
            ));
        }
        let adding = std::mem::take(&mut p.adding);
        let replicas: Vec<i32> = p
            .replicas
            .iter()
            .copied()
            .filter(|b| !adding.contains(b))
            .collect();
        let mut isr: Vec<i32> = p
            .isr
            .iter()
            .copied()
            .filter(|b| !adding.contains(b))
            .collect();
        if isr.is_empty() {
            if !unclean_allowed {
                p.adding = adding;
                return Err(err(
                    INVALID_REPLICA_ASSIGNMENT,
                    format!("Unable to revert partition assignment for {topic}:{partition} because it would require an unclean leader election."),
                ));
            }
            isr.extend(replicas.iter().copied().find(|b| !p.offline.contains(b)));
        }
        p.removing.clear();
        p.replicas = replicas;
        p.isr = isr;
        let replicas = &p.replicas;
        p.offline.retain(|b| replicas.contains(b));
        p.copying.retain(|c| replicas.contains(&c.broker));
        p.settle_leader(!adding.is_empty());
        Ok(())
    }

    fn unclean_election_enabled(&self, topic: &str) -> bool {
        let (Some(t), Some(def)) = (
            self.topics.get(topic),
            configs::topic_def("unclean.leader.election.enable"),
        ) else {
            return false;
        };
        self.topic_config_value(&t.configs, def, self.controller_id)
            .0
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    }

    /// A dynamic broker rate (the broker's own value, else the cluster
    /// default) in bytes per second; `None` when unset, which Kafka treats
    /// as an unlimited quota.
    fn broker_rate(&self, broker: i32, key: &str) -> Option<f64> {
        let own = self.broker_configs.get(&broker.to_string());
        let default = self.broker_configs.get("");
        own.and_then(|c| c.get(key))
            .or_else(|| default.and_then(|c| c.get(key)))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|v| v as f64)
    }

    /// Copies bytes to every catching-up replica for the time since it was
    /// last credited, then lets caught-up replicas join the ISR and finishes
    /// the reassignments that allows.
    ///
    /// As in Kafka, a replica outside the ISR is throttled on the follower
    /// side when the topic's `follower.replication.throttled.replicas` names
    /// `partition:receiving broker` (or is `*`), and on the leader side when
    /// `leader.replication.throttled.replicas` names `partition:leader`. A
    /// throttle rate is a quota for the whole broker, so the throttled
    /// replicas sharing a broker split its rate evenly.
    pub fn advance_replication(&mut self, now: Instant) {
        struct Fetch {
            topic: String,
            partition: i32,
            broker: i32,
            leader: i32,
            moving: bool,
            follower_throttled: bool,
            leader_throttled: bool,
        }
        let mut fetches = Vec::new();
        let mut live = BTreeSet::new();
        for (name, index) in &self.replicating {
            let (Some(topic), Ok(i)) = (self.topics.get(name), usize::try_from(*index)) else {
                continue;
            };
            let Some(p) = topic.partitions.get(i) else {
                continue;
            };
            if !p.is_reassigning() && p.copying.is_empty() {
                continue;
            }
            live.insert((name.clone(), *index));
            let leader_up = p.leader != -1 && !p.offline.contains(&p.leader);
            for c in &p.copying {
                fetches.push(Fetch {
                    topic: name.clone(),
                    partition: *index,
                    broker: c.broker,
                    leader: p.leader,
                    moving: leader_up && !p.offline.contains(&c.broker),
                    follower_throttled: throttled(
                        topic.configs.get(FOLLOWER_THROTTLED_REPLICAS),
                        *index,
                        c.broker,
                    ),
                    leader_throttled: throttled(
                        topic.configs.get(LEADER_THROTTLED_REPLICAS),
                        *index,
                        p.leader,
                    ),
                });
            }
        }
        self.replicating = live;

        let mut follower_load: HashMap<i32, usize> = HashMap::new();
        let mut leader_load: HashMap<i32, usize> = HashMap::new();
        for f in fetches.iter().filter(|f| f.moving) {
            if f.follower_throttled {
                *follower_load.entry(f.broker).or_default() += 1;
            }
            if f.leader_throttled {
                *leader_load.entry(f.leader).or_default() += 1;
            }
        }
        let unthrottled = self.unthrottled_bytes_per_sec as f64;
        let rates: Vec<f64> = fetches
            .iter()
            .map(|f| {
                if !f.moving {
                    return 0.0;
                }
                let mut rate = unthrottled;
                if f.follower_throttled {
                    if let Some(quota) = self.broker_rate(f.broker, FOLLOWER_THROTTLED_RATE) {
                        let sharing = follower_load.get(&f.broker).copied().unwrap_or(1).max(1);
                        rate = rate.min(quota / sharing as f64);
                    }
                }
                if f.leader_throttled {
                    if let Some(quota) = self.broker_rate(f.leader, LEADER_THROTTLED_RATE) {
                        let sharing = leader_load.get(&f.leader).copied().unwrap_or(1).max(1);
                        rate = rate.min(quota / sharing as f64);
                    }
                }
                rate
            })
            .collect();
        for (f, rate) in fetches.iter().zip(rates) {
            let Some(p) = self.partition_mut(&f.topic, f.partition) else {
                continue;
            };
            let size = p.size() as f64;
            if let Some(c) = p.copying.iter_mut().find(|c| c.broker == f.broker) {
                let elapsed = now.saturating_duration_since(c.last).as_secs_f64();
                c.copied = (c.copied + rate * elapsed).min(size.max(c.copied));
                c.last = now;
            }
        }
        let keys: Vec<(String, i32)> = self.replicating.iter().cloned().collect();
        for (name, index) in keys {
            let Some(p) = self.partition_mut(&name, index) else {
                continue;
            };
            p.catch_up();
            p.try_complete(false);
            if !p.is_reassigning() && p.copying.is_empty() {
                self.replicating.remove(&(name, index));
            }
        }
    }

    /// Finishes every reassignment now, as if every replica had caught up.
    pub fn complete_all_reassignments(&mut self) {
        let keys: Vec<(String, i32)> = self.replicating.iter().cloned().collect();
        for (name, index) in keys {
            if let Some(p) = self.partition_mut(&name, index) {
                let size = p.size() as f64;
                for c in &mut p.copying {
                    c.copied = c.copied.max(size);
                }
                p.catch_up();
                p.try_complete(true);
                if !p.is_reassigning() && p.copying.is_empty() {
                    self.replicating.remove(&(name, index));
                }
            }
        }
    }

    /// Bytes copied to the adding replicas and bytes they need in all, while
    /// a reassignment is in progress.
    pub fn reassignment_progress(&self, topic: &str, partition: i32) -> Option<(u64, u64)> {
        let p = self.partition(topic, partition)?;
        if !p.is_reassigning() {
            return None;
        }
        let copied = p.adding.iter().map(|b| p.replica_bytes(*b)).sum();
        Some((copied, p.size().saturating_mul(p.adding.len() as u64)))
    }
}

pub struct ConfigEntry {
    pub name: String,
    pub value: Option<String>,
    pub source: i8,
    pub ty: configs::Type,
    pub read_only: bool,
}
