//! The in-memory cluster state every broker of the fake serves from, and the
//! operations both the wire handlers and the test helpers go through, so a
//! topic created by a test helper is validated and placed exactly like one
//! created over the wire.

use super::configs::{self, Def};
use std::collections::{BTreeMap, HashMap};

pub const NONE: i16 = 0;
pub const OFFSET_OUT_OF_RANGE: i16 = 1;
pub const UNKNOWN_TOPIC_OR_PARTITION: i16 = 3;
pub const LEADER_NOT_AVAILABLE: i16 = 5;
pub const NOT_LEADER_OR_FOLLOWER: i16 = 6;
pub const INVALID_TOPIC_EXCEPTION: i16 = 17;
pub const UNSUPPORTED_SASL_MECHANISM: i16 = 33;
pub const ILLEGAL_SASL_STATE: i16 = 34;
pub const UNSUPPORTED_VERSION: i16 = 35;
pub const TOPIC_ALREADY_EXISTS: i16 = 36;
pub const INVALID_PARTITIONS: i16 = 37;
pub const INVALID_REPLICATION_FACTOR: i16 = 38;
pub const INVALID_REPLICA_ASSIGNMENT: i16 = 39;
pub const INVALID_CONFIG: i16 = 40;
pub const INVALID_REQUEST: i16 = 42;
pub const POLICY_VIOLATION: i16 = 44;
pub const SASL_AUTHENTICATION_FAILED: i16 = 58;
pub const FENCED_LEADER_EPOCH: i16 = 74;
pub const UNKNOWN_LEADER_EPOCH: i16 = 75;
pub const PREFERRED_LEADER_NOT_AVAILABLE: i16 = 80;
pub const ELIGIBLE_LEADERS_NOT_AVAILABLE: i16 = 83;
pub const ELECTION_NOT_NEEDED: i16 = 84;
pub const NO_REASSIGNMENT_IN_PROGRESS: i16 = 85;
pub const UNKNOWN_TOPIC_ID: i16 = 100;
pub const MISMATCHED_ENDPOINT_TYPE: i16 = 114;
pub const UNSUPPORTED_ENDPOINT_TYPE: i16 = 115;

pub type ApiError = (i16, String);

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

#[derive(Clone, Debug)]
pub struct Reassignment {
    pub target: Vec<i32>,
    pub original: Vec<i32>,
    /// ListPartitionReassignments calls still to report it before it completes.
    pub polls_left: u32,
}

#[derive(Clone, Debug)]
pub struct Partition {
    pub leader: i32,
    pub leader_epoch: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub offline: Vec<i32>,
    pub log_start: i64,
    pub high_watermark: i64,
    pub runs: Vec<Run>,
    pub reassignment: Option<Reassignment>,
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
            reassignment: None,
        }
    }

    pub fn adding(&self) -> Vec<i32> {
        match &self.reassignment {
            Some(r) => r
                .target
                .iter()
                .copied()
                .filter(|b| !r.original.contains(b))
                .collect(),
            None => Vec::new(),
        }
    }

    pub fn removing(&self) -> Vec<i32> {
        match &self.reassignment {
            Some(r) => r
                .original
                .iter()
                .copied()
                .filter(|b| !r.target.contains(b))
                .collect(),
            None => Vec::new(),
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

    fn complete_reassignment(&mut self) {
        if let Some(r) = self.reassignment.take() {
            self.replicas = r.target.clone();
            self.isr = r.target.clone();
            self.offline.retain(|b| r.target.contains(b));
            if !r.target.contains(&self.leader) {
                self.leader = r.target.first().copied().unwrap_or(-1);
                self.leader_epoch += 1;
            }
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
    pub reassignment_polls: u32,
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
        Model {
            cluster_id: "fake-kafka-cluster-0001".to_string(),
            controller_id: brokers.first().map(|b| b.id).unwrap_or(-1),
            brokers,
            topics: BTreeMap::new(),
            topic_seq: 0,
            canonical_names: HashMap::new(),
            broker_configs: BTreeMap::new(),
            request_counts: HashMap::new(),
            faults: Vec::new(),
            reassignment_polls: 1,
        }
    }

    pub fn broker_ids(&self) -> Vec<i32> {
        self.brokers.iter().map(|b| b.id).collect()
    }

    pub fn topic_by_id(&self, id: u128) -> Option<(&String, &Topic)> {
        self.topics.iter().find(|(_, t)| t.id == id)
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

    pub fn remove_topic(&mut self, name: &str) {
        if self.topics.remove(name).is_some() {
            self.canonical_names.remove(&name.replace('.', "_"));
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

    pub fn start_reassignment(&mut self, topic: &str, partition: i32, target: Vec<i32>) {
        let polls = self.reassignment_polls;
        if let Some(p) = self.partition_mut(topic, partition) {
            let original = match &p.reassignment {
                Some(r) => r.original.clone(),
                None => p.replicas.clone(),
            };
            let mut replicas = target.clone();
            replicas.extend(original.iter().copied().filter(|b| !target.contains(b)));
            p.replicas = replicas;
            // Kafka only tracks a reassignment while replicas are being added
            // or removed; a pure reordering takes effect at once.
            let same_set =
                target.len() == original.len() && target.iter().all(|b| original.contains(b));
            p.reassignment = Some(Reassignment {
                target,
                original,
                polls_left: polls,
            });
            if polls == 0 || same_set {
                p.complete_reassignment();
            }
        }
    }

    pub fn cancel_reassignment(&mut self, topic: &str, partition: i32) -> bool {
        let Some(p) = self.partition_mut(topic, partition) else {
            return false;
        };
        let Some(r) = p.reassignment.take() else {
            return false;
        };
        p.replicas = r.original.clone();
        p.isr.retain(|b| r.original.contains(b));
        if !r.original.contains(&p.leader) {
            p.leader = p.isr.first().copied().unwrap_or(-1);
            p.leader_epoch += 1;
        }
        true
    }

    /// Ages every ongoing reassignment by one poll, completing those that ran out.
    pub fn poll_reassignments(&mut self) {
        for topic in self.topics.values_mut() {
            for p in &mut topic.partitions {
                if let Some(r) = &mut p.reassignment {
                    if r.polls_left == 0 {
                        p.complete_reassignment();
                    } else {
                        r.polls_left -= 1;
                    }
                }
            }
        }
    }

    pub fn complete_all_reassignments(&mut self) {
        for topic in self.topics.values_mut() {
            for p in &mut topic.partitions {
                p.complete_reassignment();
            }
        }
    }
}

pub struct ConfigEntry {
    pub name: String,
    pub value: Option<String>,
    pub source: i8,
    pub ty: configs::Type,
    pub read_only: bool,
}
