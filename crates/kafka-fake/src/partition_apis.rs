//! Partition-level APIs: ListOffsets and DeleteRecords (leader only),
//! partition reassignment, leader election and DescribeLogDirs.

use super::configs;
use super::handlers::{default_message, ids, msg, raw_ids, s, tn, uuid};
use super::model::*;
use kafka_protocol::messages::*;
use std::time::Instant;

/// The partition as seen by a leader-only API on `broker`.
fn led_partition<'a>(
    m: &'a mut Model,
    broker: i32,
    topic: &str,
    partition: i32,
) -> Result<&'a mut Partition, i16> {
    let p = m
        .partition_mut(topic, partition)
        .ok_or(UNKNOWN_TOPIC_OR_PARTITION)?;
    if p.leader != broker {
        return Err(NOT_LEADER_OR_FOLLOWER);
    }
    Ok(p)
}

const LATEST: i64 = -1;
const EARLIEST: i64 = -2;
const MAX_TIMESTAMP: i64 = -3;
const EARLIEST_LOCAL: i64 = -4;
const EARLIEST_PENDING_UPLOAD: i64 = -5;

pub fn list_offsets(
    m: &mut Model,
    broker: i32,
    req: ListOffsetsRequest,
    inject: Option<i16>,
) -> ListOffsetsResponse {
    let mut resp = ListOffsetsResponse::default();
    for t in &req.topics {
        let mut tr = list_offsets_response::ListOffsetsTopicResponse::default();
        tr.name = t.name.clone();
        for p in &t.partitions {
            let mut pr = list_offsets_response::ListOffsetsPartitionResponse::default();
            pr.partition_index = p.partition_index;
            let result = match inject {
                Some(code) => Err(code),
                None => led_partition(m, broker, &t.name, p.partition_index).and_then(|part| {
                    if p.current_leader_epoch >= 0 && p.current_leader_epoch < part.leader_epoch {
                        return Err(FENCED_LEADER_EPOCH);
                    }
                    if p.current_leader_epoch > part.leader_epoch {
                        return Err(UNKNOWN_LEADER_EPOCH);
                    }
                    let found = match p.timestamp {
                        LATEST => Some((part.high_watermark, -1)),
                        EARLIEST | EARLIEST_LOCAL => Some((part.log_start, -1)),
                        MAX_TIMESTAMP => part.max_timestamp(),
                        EARLIEST_PENDING_UPLOAD => None,
                        ts => part.offset_for_timestamp(ts),
                    };
                    Ok((found.unwrap_or((-1, -1)), part.leader_epoch))
                }),
            };
            match result {
                Ok(((offset, timestamp), epoch)) => {
                    pr.offset = offset;
                    pr.timestamp = timestamp;
                    pr.leader_epoch = epoch;
                }
                Err(code) => pr.error_code = code,
            }
            tr.partitions.push(pr);
        }
        resp.topics.push(tr);
    }
    resp
}

pub fn delete_records(
    m: &mut Model,
    broker: i32,
    req: DeleteRecordsRequest,
    inject: Option<i16>,
) -> DeleteRecordsResponse {
    let mut resp = DeleteRecordsResponse::default();
    for t in &req.topics {
        let mut tr = delete_records_response::DeleteRecordsTopicResult::default();
        tr.name = t.name.clone();
        // Kafka refuses DeleteRecords on a topic whose cleanup.policy lacks "delete".
        let deletable = m.topics.get(t.name.as_str()).map(|topic| {
            let def = configs::topic_def("cleanup.policy");
            let policy = def
                .map(|d| {
                    m.topic_config_value(&topic.configs, d, broker)
                        .0
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            configs::split_list(&policy).iter().any(|p| p == "delete")
        });
        for p in &t.partitions {
            let mut pr = delete_records_response::DeleteRecordsPartitionResult::default();
            pr.partition_index = p.partition_index;
            pr.low_watermark = -1;
            let result = match inject {
                Some(code) => Err(code),
                None => led_partition(m, broker, &t.name, p.partition_index).and_then(|part| {
                    if deletable == Some(false) {
                        return Err(POLICY_VIOLATION);
                    }
                    let offset = if p.offset == -1 {
                        part.high_watermark
                    } else {
                        p.offset
                    };
                    if offset < 0 || offset > part.high_watermark {
                        return Err(OFFSET_OUT_OF_RANGE);
                    }
                    part.log_start = part.log_start.max(offset);
                    Ok(part.log_start)
                }),
            };
            match result {
                Ok(low) => pr.low_watermark = low,
                Err(code) => pr.error_code = code,
            }
            tr.partitions.push(pr);
        }
        resp.topics.push(tr);
    }
    resp
}

// ---------------------------------------------------- Reassignment/elections

pub fn alter_reassignments(
    m: &mut Model,
    version: i16,
    req: AlterPartitionReassignmentsRequest,
    inject: Option<i16>,
) -> AlterPartitionReassignmentsResponse {
    let now = Instant::now();
    let mut resp = AlterPartitionReassignmentsResponse::default();
    resp.error_message = None;
    if version >= 1 {
        resp.allow_replication_factor_change = req.allow_replication_factor_change;
    }
    if let Some(code) = inject {
        resp.error_code = code;
        resp.error_message = default_message(code);
        return resp;
    }
    for t in &req.topics {
        let mut tr = alter_partition_reassignments_response::ReassignableTopicResponse::default();
        tr.name = t.name.clone();
        for p in &t.partitions {
            let mut pr =
                alter_partition_reassignments_response::ReassignablePartitionResponse::default();
            pr.partition_index = p.partition_index;
            pr.error_message = None;
            let result = (|| {
                let part = m.partition(&t.name, p.partition_index).ok_or_else(|| {
                    if m.topics.contains_key(t.name.as_str()) {
                        err(
                            UNKNOWN_TOPIC_OR_PARTITION,
                            format!(
                                "Unable to find partition {}:{}.",
                                t.name.as_str(),
                                p.partition_index
                            ),
                        )
                    } else {
                        err(
                            UNKNOWN_TOPIC_OR_PARTITION,
                            format!("Unable to find a topic named {}.", t.name.as_str()),
                        )
                    }
                })?;
                let original_rf = part.replicas.len().saturating_sub(part.adding.len());
                match &p.replicas {
                    None => m.cancel_reassignment(&t.name, p.partition_index),
                    Some(target) => {
                        let target = raw_ids(target);
                        m.check_manual_assignment(&target, None)?;
                        if version >= 1
                            && !req.allow_replication_factor_change
                            && target.len() != original_rf
                        {
                            return Err(err(
                                INVALID_REPLICATION_FACTOR,
                                format!(
                                    "The replication factor is changed from {original_rf} to {} but allowReplicationFactorChange is false",
                                    target.len()
                                ),
                            ));
                        }
                        m.start_reassignment(&t.name, p.partition_index, target, now);
                        Ok(())
                    }
                }
            })();
            if let Err(e) = result {
                pr.error_code = e.0;
                pr.error_message = msg(&e);
            }
            tr.partitions.push(pr);
        }
        resp.responses.push(tr);
    }
    resp
}

fn ongoing(
    index: i32,
    p: &Partition,
) -> list_partition_reassignments_response::OngoingPartitionReassignment {
    let mut pr = list_partition_reassignments_response::OngoingPartitionReassignment::default();
    pr.partition_index = index;
    pr.replicas = ids(&p.replicas);
    pr.adding_replicas = ids(&p.adding);
    pr.removing_replicas = ids(&p.removing);
    pr
}

/// KRaft answers for the requested partitions in request order, leaving out
/// unknown topics and partitions, and lists every reassigning partition for
/// a null topic list.
pub fn list_reassignments(
    m: &Model,
    req: ListPartitionReassignmentsRequest,
    inject: Option<i16>,
) -> ListPartitionReassignmentsResponse {
    let mut resp = ListPartitionReassignmentsResponse::default();
    resp.error_message = None;
    if let Some(code) = inject {
        resp.error_code = code;
        resp.error_message = default_message(code);
        return resp;
    }
    let requested: Vec<(&str, Vec<i32>)> = match &req.topics {
        None => m
            .topics
            .iter()
            .map(|(name, t)| (name.as_str(), (0..t.partitions.len() as i32).collect()))
            .collect(),
        Some(list) => list
            .iter()
            .map(|t| (t.name.as_str(), t.partition_indexes.clone()))
            .collect(),
    };
    for (name, partitions) in requested {
        let Some(topic) = m.topics.get(name) else {
            continue;
        };
        let mut tr = list_partition_reassignments_response::OngoingTopicReassignment::default();
        tr.name = tn(name);
        for index in partitions {
            let part = usize::try_from(index)
                .ok()
                .and_then(|i| topic.partitions.get(i));
            if let Some(p) = part.filter(|p| p.is_reassigning()) {
                tr.partitions.push(ongoing(index, p));
            }
        }
        if !tr.partitions.is_empty() {
            resp.topics.push(tr);
        }
    }
    resp
}

const PREFERRED: i8 = 0;
const UNCLEAN: i8 = 1;

fn elect_one(m: &mut Model, election: i8, topic: &str, partition: i32) -> Result<(), ApiError> {
    let part = m.partition_mut(topic, partition).ok_or_else(|| {
        err(
            UNKNOWN_TOPIC_OR_PARTITION,
            "This server does not host this topic-partition.",
        )
    })?;
    let eligible = |b: &i32| part.isr.contains(b) && !part.offline.contains(b);
    let new_leader = match election {
        PREFERRED => {
            let preferred = part.replicas.first().copied().unwrap_or(-1);
            if part.leader == preferred {
                return Err(err(
                    ELECTION_NOT_NEEDED,
                    "Leader election not needed for topic partition.",
                ));
            }
            if !eligible(&preferred) {
                return Err(err(
                    PREFERRED_LEADER_NOT_AVAILABLE,
                    format!("Failed to elect leader for partition {topic}-{partition} under strategy PreferredLeaderElectionStrategy"),
                ));
            }
            preferred
        }
        UNCLEAN => {
            if part.leader != -1 {
                return Err(err(
                    ELECTION_NOT_NEEDED,
                    "Leader election not needed for topic partition.",
                ));
            }
            let clean = part.replicas.iter().copied().find(|b| eligible(b));
            let any = part
                .replicas
                .iter()
                .copied()
                .find(|b| !part.offline.contains(b));
            match clean.or(any) {
                Some(b) => {
                    if !part.isr.contains(&b) {
                        part.isr = vec![b];
                    }
                    b
                }
                None => {
                    return Err(err(
                        ELIGIBLE_LEADERS_NOT_AVAILABLE,
                        format!("Failed to elect leader for partition {topic}-{partition} under strategy UncleanLeaderElectionStrategy"),
                    ));
                }
            }
        }
        other => {
            return Err(err(
                INVALID_REQUEST,
                format!("Unknown election type {other}"),
            ))
        }
    };
    part.leader = new_leader;
    part.leader_epoch += 1;
    Ok(())
}

pub fn elect_leaders(
    m: &mut Model,
    version: i16,
    req: ElectLeadersRequest,
    inject: Option<i16>,
) -> ElectLeadersResponse {
    let mut resp = ElectLeadersResponse::default();
    let election = if version >= 1 {
        req.election_type
    } else {
        PREFERRED
    };
    if let Some(code) = inject {
        if version >= 1 {
            resp.error_code = code;
            return resp;
        }
    }
    // With no partition list Kafka elects everywhere and leaves out the
    // partitions that already had the right leader.
    let all = req.topic_partitions.is_none();
    let requested: Vec<(String, Vec<i32>)> = match req.topic_partitions {
        Some(list) => list
            .into_iter()
            .map(|t| (t.topic.to_string(), t.partitions))
            .collect(),
        None => m
            .topics
            .iter()
            .map(|(n, t)| (n.clone(), (0..t.partitions.len() as i32).collect()))
            .collect(),
    };
    for (topic, partitions) in requested {
        let mut tr = elect_leaders_response::ReplicaElectionResult::default();
        tr.topic = tn(&topic);
        for p in partitions {
            let result = match inject {
                Some(code) => Err((
                    code,
                    default_message(code)
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                )),
                None => elect_one(m, election, &topic, p),
            };
            if all && matches!(&result, Err((ELECTION_NOT_NEEDED, _))) {
                continue;
            }
            let mut pr = elect_leaders_response::PartitionResult::default();
            pr.partition_id = p;
            pr.error_message = None;
            if let Err(e) = result {
                pr.error_code = e.0;
                pr.error_message = msg(&e);
            }
            tr.partition_result.push(pr);
        }
        if !tr.partition_result.is_empty() || !all {
            resp.replica_election_results.push(tr);
        }
    }
    resp
}

// ------------------------------------------------------------- DescribeLogDirs

/// Every broker has one log directory.
pub const LOG_DIR: &str = "/var/lib/kafka/data";
/// The volume the log directory is on: 1 TiB.
const VOLUME_BYTES: i64 = 1 << 40;

/// A broker describes only its own log directory: the replicas it hosts
/// (one being added reports what it has copied so far) within the request's
/// topic filter (null = every topic). Replicas marked offline are left out,
/// as a failed log directory no longer lists its logs.
pub fn describe_log_dirs(
    m: &Model,
    broker: i32,
    version: i16,
    req: DescribeLogDirsRequest,
    inject: Option<i16>,
) -> DescribeLogDirsResponse {
    let mut resp = DescribeLogDirsResponse::default();
    let mut dir = describe_log_dirs_response::DescribeLogDirsResult::default();
    dir.log_dir = s(LOG_DIR);
    if let Some(code) = inject {
        if version >= 3 {
            resp.error_code = code;
        } else {
            dir.error_code = code;
            resp.results.push(dir);
        }
        return resp;
    }
    let hosted = |p: &Partition| p.replicas.contains(&broker) && !p.offline.contains(&broker);
    let mut used: i64 = 0;
    for (name, topic) in &m.topics {
        let wanted: Option<Vec<i32>> = match &req.topics {
            None => None,
            Some(list) => {
                let mut ps: Vec<i32> = list
                    .iter()
                    .filter(|t| t.topic.as_str() == name.as_str())
                    .flat_map(|t| t.partitions.iter().copied())
                    .collect();
                if ps.is_empty() {
                    continue;
                }
                ps.sort_unstable();
                ps.dedup();
                Some(ps)
            }
        };
        let mut tr = describe_log_dirs_response::DescribeLogDirsTopic::default();
        tr.name = tn(name);
        for (i, p) in topic.partitions.iter().enumerate() {
            let index = i as i32;
            if !hosted(p) || wanted.as_ref().is_some_and(|w| !w.contains(&index)) {
                continue;
            }
            let bytes = i64::try_from(p.replica_bytes(broker)).unwrap_or(i64::MAX);
            used = used.saturating_add(bytes);
            let mut pr = describe_log_dirs_response::DescribeLogDirsPartition::default();
            pr.partition_index = index;
            pr.partition_size = bytes;
            pr.offset_lag = 0;
            pr.is_future_key = false;
            tr.partitions.push(pr);
        }
        if !tr.partitions.is_empty() {
            dir.topics.push(tr);
        }
    }
    dir.total_bytes = VOLUME_BYTES;
    dir.usable_bytes = VOLUME_BYTES.saturating_sub(used).max(0);
    resp.results.push(dir);
    resp
}

/// Records per batch the test cluster's logs are cut into: a run of
/// appended records is stored as batches of this many, as a producer's
/// batching would leave them.
pub const FETCH_BATCH_RECORDS: i64 = 50;

/// The v2 record batches (uncompressed, CreateTime, empty values) holding
/// the partition's records from the batch that contains `from`, at most
/// `limit` bytes: Kafka reads the log from the start of that batch and cuts
/// the answer at the byte limit, even mid-batch, except that with
/// `min_one` the first batch is sent whole (KIP-74).
fn fetch_records(part: &Partition, from: i64, limit: usize, min_one: bool) -> Vec<u8> {
    use kafka_protocol::records::{
        Compression, Record, RecordBatchEncoder, RecordEncodeOptions, TimestampType,
    };
    let mut out: Vec<u8> = Vec::new();
    let options = RecordEncodeOptions {
        version: 2,
        compression: Compression::None,
    };
    for run in &part.runs {
        let end = run.base_offset + run.count;
        if end <= from || end <= part.log_start {
            continue;
        }
        // Batches are aligned on the run's start.
        let first = from.max(part.log_start).max(run.base_offset);
        let mut base =
            run.base_offset + (first - run.base_offset) / FETCH_BATCH_RECORDS * FETCH_BATCH_RECORDS;
        while base < end {
            let last = (base + FETCH_BATCH_RECORDS).min(end);
            let start = base.max(part.log_start);
            let records: Vec<Record> = (start..last)
                .map(|offset| Record {
                    transactional: false,
                    control: false,
                    delete_horizon: false,
                    partition_leader_epoch: part.leader_epoch,
                    producer_id: -1,
                    producer_epoch: -1,
                    timestamp_type: TimestampType::Creation,
                    offset,
                    // The encoder keeps records in one batch while offset
                    // minus sequence stays the same; the batch's base
                    // sequence stays -1 (no idempotent producer).
                    sequence: i32::try_from(offset - start).unwrap_or(0) - 1,
                    timestamp: run.timestamp(offset),
                    key: None,
                    value: Some(bytes::Bytes::new()),
                    headers: Default::default(),
                })
                .collect();
            let mut batch = bytes::BytesMut::new();
            if RecordBatchEncoder::encode(&mut batch, &records, &options).is_err() {
                return out;
            }
            let room = limit.saturating_sub(out.len());
            if batch.len() > room {
                if out.is_empty() && min_one {
                    out.extend_from_slice(&batch);
                } else {
                    out.extend_from_slice(&batch[..room]);
                }
                return out;
            }
            out.extend_from_slice(&batch);
            base = last;
        }
    }
    out
}

fn same_id<T: std::str::FromStr + Default + PartialEq>(id: u128, wire: &T) -> bool {
    uuid::<T>(id) == *wire
}

/// Fetch as a consumer sends it (replica id -1, read up to the high
/// watermark), sessionless: per partition the leader answers
/// NOT_LEADER_OR_FOLLOWER elsewhere, OFFSET_OUT_OF_RANGE outside
/// [log start, high watermark], else the batches from the offset, within
/// `partition_max_bytes` and, across the answer, `max_bytes`. v13+ names
/// topics by id (UNKNOWN_TOPIC_ID for an unknown one).
pub fn fetch(
    m: &mut Model,
    broker: i32,
    version: i16,
    req: FetchRequest,
    inject: Option<i16>,
) -> FetchResponse {
    let mut resp = FetchResponse::default();
    if let Some(code) = inject {
        resp.error_code = code;
        return resp;
    }
    let mut left = usize::try_from(req.max_bytes.max(0)).unwrap_or(0);
    let mut first_data = true;
    for t in &req.topics {
        let mut tr = fetch_response::FetchableTopicResponse::default();
        let name: Option<String> = if version >= 13 {
            tr.topic_id = t.topic_id;
            m.topics
                .iter()
                .find(|(_, topic)| same_id(topic.id, &t.topic_id))
                .map(|(n, _)| n.clone())
        } else {
            tr.topic = t.topic.clone();
            Some(t.topic.to_string())
        };
        for p in &t.partitions {
            let mut pr = fetch_response::PartitionData::default();
            pr.partition_index = p.partition;
            let Some(name) = &name else {
                pr.error_code = UNKNOWN_TOPIC_ID;
                tr.partitions.push(pr);
                continue;
            };
            match led_partition(m, broker, name, p.partition) {
                Err(code) => pr.error_code = code,
                Ok(part) => {
                    pr.high_watermark = part.high_watermark;
                    pr.last_stable_offset = part.high_watermark;
                    pr.log_start_offset = part.log_start;
                    if p.fetch_offset < part.log_start || p.fetch_offset > part.high_watermark {
                        pr.error_code = OFFSET_OUT_OF_RANGE;
                    } else {
                        let limit = usize::try_from(p.partition_max_bytes.max(0))
                            .unwrap_or(0)
                            .min(left);
                        let records = fetch_records(part, p.fetch_offset, limit, first_data);
                        if !records.is_empty() {
                            first_data = false;
                        }
                        left = left.saturating_sub(records.len());
                        pr.records = Some(bytes::Bytes::from(records));
                    }
                }
            }
            tr.partitions.push(pr);
        }
        resp.responses.push(tr);
    }
    resp
}
