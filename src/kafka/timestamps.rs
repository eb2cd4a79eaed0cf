//! Timestamps of the records at given offsets, for time lag: one Fetch per
//! partition leader covering all its partitions (a few bytes each), read
//! as record batch headers (and the records themselves when the batch came
//! whole and uncompressed).
//!
//! A partition appears once per Fetch, so when several groups sit at
//! different offsets of one partition, each further offset takes another
//! round: the round trips per leader are the largest number of distinct
//! offsets asked of any one of its partitions (1 when each partition is
//! consumed by one group), never one per partition.

use std::collections::{BTreeMap, HashMap};

use futures::future::join_all;
use kafka_protocol::messages::{
    fetch_request::{FetchPartition, FetchTopic},
    BrokerId, FetchRequest,
};
use kafka_protocol::records::{RecordBatchDecoder, TimestampType};
use uuid::Uuid;

use super::admin::{group_by_topic, topic_name, TopicPartition};
use super::client::Target;
use super::{Admin, KafkaError};

/// Bytes asked of each partition: enough for the batch header (61 bytes)
/// and, for small batches, the whole batch; the answer stays small even
/// for thousands of partitions.
pub const PARTITION_MAX_BYTES: i32 = 4 * 1024;
/// Partitions per Fetch request, so one response stays under 64 MiB.
pub const FETCH_CHUNK: usize = 16 * 1024;

/// A v2 record batch header's fixed part.
const HEADER: usize = 61;

/// What a partition's Fetch answer says about the record at `offset`: its
/// timestamp (ms), or `None` when no record at or after it came back.
///
/// The record's own timestamp when its batch came whole and uncompressed
/// (or the record opens its batch); otherwise the batch's first timestamp,
/// which may make the record look older by the batch's time span.
pub fn timestamp_at(records: &[u8], offset: i64) -> Option<i64> {
    let mut pos = 0usize;
    while records.len().saturating_sub(pos) >= HEADER {
        let b = &records[pos..];
        let base = i64::from_be_bytes(b[0..8].try_into().ok()?);
        let len = i32::from_be_bytes(b[8..12].try_into().ok()?);
        let magic = b[16] as i8;
        let total = 12usize.checked_add(usize::try_from(len).ok()?)?;
        if magic != 2 || total < HEADER {
            return None;
        }
        let attributes = i16::from_be_bytes(b[21..23].try_into().ok()?);
        let last_delta = i32::from_be_bytes(b[23..27].try_into().ok()?);
        let first_ts = i64::from_be_bytes(b[27..35].try_into().ok()?);
        let max_ts = i64::from_be_bytes(b[35..43].try_into().ok()?);
        let last = base.saturating_add(i64::from(last_delta));
        let control = attributes & 0x20 != 0;
        if last >= offset && !control {
            if attributes & 0x08 != 0 {
                // LogAppendTime: every record of the batch has the broker's time.
                return Some(max_ts);
            }
            if base >= offset {
                return Some(first_ts);
            }
            let complete = b.len() >= total;
            if complete && attributes & 0x07 == 0 {
                let mut whole = bytes::Bytes::copy_from_slice(&b[..total]);
                if let Ok(set) = RecordBatchDecoder::decode(&mut whole) {
                    if let Some(r) = set.records.iter().find(|r| r.offset >= offset) {
                        return Some(match r.timestamp_type {
                            TimestampType::LogAppend => max_ts,
                            TimestampType::Creation => r.timestamp,
                        });
                    }
                }
            }
            return Some(first_ts);
        }
        pos = pos.checked_add(total)?;
    }
    None
}

impl Admin {
    /// The timestamp of the record at each (partition, offset); `Ok(None)`
    /// where the partition had no record there (caught up, or only
    /// transaction markers), an error where its leader refused (an offset
    /// below the log start after retention, say).
    pub async fn record_timestamps(
        &self,
        wanted: &[(TopicPartition, i64)],
    ) -> Result<BTreeMap<(TopicPartition, i64), Result<Option<i64>, KafkaError>>, KafkaError> {
        let mut out = BTreeMap::new();
        if wanted.is_empty() {
            return Ok(out);
        }
        // Round k asks each partition for its k-th distinct offset.
        let mut per_partition: BTreeMap<TopicPartition, Vec<i64>> = BTreeMap::new();
        for (tp, o) in wanted {
            per_partition.entry(tp.clone()).or_default().push(*o);
        }
        for offsets in per_partition.values_mut() {
            offsets.sort_unstable();
            offsets.dedup();
        }
        // Fetch v13+ names topics by id.
        let mut names: Vec<String> = per_partition.keys().map(|(t, _)| t.clone()).collect();
        names.dedup();
        let meta = self.client().metadata(Some(&names)).await?;
        let topic_ids: HashMap<String, Uuid> = meta
            .topics
            .iter()
            .filter_map(|t| t.name.as_ref().map(|n| (n.0.to_string(), t.topic_id)))
            .collect();
        let by_id: HashMap<Uuid, String> =
            topic_ids.iter().map(|(n, id)| (*id, n.clone())).collect();

        let rounds = per_partition.values().map(Vec::len).max().unwrap_or(0);
        for k in 0..rounds {
            let this: BTreeMap<TopicPartition, i64> = per_partition
                .iter()
                .filter_map(|(tp, os)| os.get(k).map(|o| (tp.clone(), *o)))
                .collect();
            let parts: Vec<TopicPartition> = this.keys().cloned().collect();
            let this = &this;
            let (topic_ids, by_id) = (&topic_ids, &by_id);
            let answers = self
                .leader_rounds(&parts, |leader, parts| {
                    let chunks: Vec<Vec<TopicPartition>> =
                        parts.chunks(FETCH_CHUNK).map(<[_]>::to_vec).collect();
                    async move {
                        let sent =
                            join_all(chunks.iter().map(|chunk| {
                                self.fetch_chunk(leader, chunk, this, topic_ids, by_id)
                            }))
                            .await;
                        let mut rows = Vec::new();
                        for r in sent {
                            rows.extend(r?);
                        }
                        Ok(rows)
                    }
                })
                .await?;
            for (tp, r) in answers {
                let Some(o) = this.get(&tp) else { continue };
                // -1 carries "no record" through the i64 the rounds speak.
                out.insert((tp, *o), r.map(|ts| (ts >= 0).then_some(ts)));
            }
        }
        Ok(out)
    }

    async fn fetch_chunk(
        &self,
        leader: i32,
        parts: &[TopicPartition],
        offsets: &BTreeMap<TopicPartition, i64>,
        topic_ids: &HashMap<String, Uuid>,
        by_id: &HashMap<Uuid, String>,
    ) -> Result<Vec<(TopicPartition, i16, i64)>, KafkaError> {
        let max_bytes = i32::try_from(parts.len())
            .unwrap_or(i32::MAX)
            .saturating_mul(PARTITION_MAX_BYTES);
        let topics: Vec<FetchTopic> = group_by_topic(parts, |p| p)
            .into_iter()
            .map(|(t, ps)| {
                let partitions = ps
                    .into_iter()
                    .map(|p| {
                        FetchPartition::default()
                            .with_partition(p)
                            .with_current_leader_epoch(-1)
                            .with_fetch_offset(offsets.get(&(t.clone(), p)).copied().unwrap_or(0))
                            .with_last_fetched_epoch(-1)
                            .with_log_start_offset(-1)
                            .with_partition_max_bytes(PARTITION_MAX_BYTES)
                    })
                    .collect();
                FetchTopic::default()
                    .with_topic(topic_name(&t))
                    .with_topic_id(topic_ids.get(&t).copied().unwrap_or_default())
                    .with_partitions(partitions)
            })
            .collect();
        let req = FetchRequest::default()
            .with_replica_id(BrokerId(-1))
            .with_max_wait_ms(0)
            .with_min_bytes(0)
            .with_max_bytes(max_bytes)
            .with_isolation_level(0)
            .with_session_id(0)
            .with_session_epoch(-1)
            .with_topics(topics);
        let (resp, _) = self
            .client()
            .send(Target::Broker(leader), &req, true)
            .await?;
        if resp.error_code != 0 {
            return Err(KafkaError::broker(
                format!("Fetch from broker {leader}"),
                resp.error_code,
                None,
            ));
        }
        let mut rows = Vec::new();
        for t in resp.responses {
            let name = if t.topic.0.is_empty() {
                by_id.get(&t.topic_id).cloned().unwrap_or_default()
            } else {
                t.topic.0.to_string()
            };
            for p in t.partitions {
                let tp = (name.clone(), p.partition_index);
                let Some(offset) = offsets.get(&tp) else {
                    continue;
                };
                let ts = p
                    .records
                    .as_deref()
                    .and_then(|r| timestamp_at(r, *offset))
                    .unwrap_or(-1);
                rows.push((tp, p.error_code, ts));
            }
        }
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kafka_protocol::records::{Compression, Record, RecordBatchEncoder, RecordEncodeOptions};

    fn batch(base: i64, count: i64, first_ts: i64) -> Vec<u8> {
        let records: Vec<Record> = (base..base + count)
            .map(|offset| Record {
                transactional: false,
                control: false,
                delete_horizon: false,
                partition_leader_epoch: 0,
                producer_id: -1,
                producer_epoch: -1,
                timestamp_type: TimestampType::Creation,
                offset,
                // The encoder keeps records in one batch while offset minus
                // sequence stays the same; -1 first is "no sequence".
                sequence: (offset - base) as i32 - 1,
                timestamp: first_ts + (offset - base) * 1000,
                key: None,
                value: Some(bytes::Bytes::from_static(b"v")),
                headers: Default::default(),
            })
            .collect();
        let mut buf = bytes::BytesMut::new();
        RecordBatchEncoder::encode(
            &mut buf,
            &records,
            &RecordEncodeOptions {
                version: 2,
                compression: Compression::None,
            },
        )
        .unwrap();
        buf.to_vec()
    }

    #[test]
    fn the_record_at_the_offset_gives_the_timestamp() {
        let mut log = batch(0, 10, 1_000_000);
        log.extend(batch(10, 10, 2_000_000));
        // Mid-batch: the record's own timestamp, not the batch's first.
        assert_eq!(timestamp_at(&log, 3), Some(1_003_000));
        assert_eq!(timestamp_at(&log, 10), Some(2_000_000));
        assert_eq!(timestamp_at(&log, 15), Some(2_005_000));
        assert_eq!(timestamp_at(&log, 20), None, "nothing at or after it");
        assert_eq!(timestamp_at(&[], 0), None);
    }

    #[test]
    fn a_cut_batch_falls_back_to_its_first_timestamp() {
        let whole = batch(0, 10, 1_000_000);
        // Header only, as a small partition limit may leave it.
        assert_eq!(timestamp_at(&whole[..HEADER + 5], 4), Some(1_000_000));
        // Less than a header: nothing to read.
        assert_eq!(timestamp_at(&whole[..HEADER - 1], 4), None);
        // A corrupt length never panics.
        let mut bad = whole.clone();
        bad[8..12].copy_from_slice(&(-5i32).to_be_bytes());
        assert_eq!(timestamp_at(&bad, 4), None);
    }

    #[test]
    fn control_batches_are_skipped_and_log_append_time_wins() {
        let mut control = batch(0, 1, 5);
        // attributes: control bit
        control[22] |= 0x20;
        let mut log = control.clone();
        log.extend(batch(1, 3, 9_000));
        assert_eq!(timestamp_at(&log, 0), Some(9_000));

        let mut append_time = batch(0, 3, 1_000);
        append_time[22] |= 0x08;
        // maxTimestamp is the broker's append time for every record.
        append_time[35..43].copy_from_slice(&77_000i64.to_be_bytes());
        assert_eq!(timestamp_at(&append_time, 1), Some(77_000));
    }
}
