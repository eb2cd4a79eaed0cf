//! `topic tail` and `topic produce`: the data plane, through librdkafka.
//!
//! Topic lookups and start positions go through the admin facade (exact
//! errors for unknown topics and partitions, timestamps resolved with one
//! ListOffsets per leader); the records themselves through rdkafka.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _};
use base64::Engine as _;
use futures::stream::{FuturesOrdered, StreamExt};
use rdkafka::consumer::{CommitMode, Consumer};
use rdkafka::message::{Header, Headers, Message, OwnedHeaders};
use rdkafka::producer::FutureRecord;
use rdkafka::{Offset, TopicPartitionList};
use serde::Serialize;

use crate::cli::{DecodeMode, GlobalArgs, OutputFormat, ProduceArgs, TailArgs};
use crate::error::{Outcome, UsageError};
use crate::kafka::admin::{OffsetSpec, TopicInfo, TopicPartition};
use crate::kafka::data::{self, DataContext, LastError};
use crate::kafka::Admin;
use crate::registry::codec::{Codec, Decoded, Decoder};
use crate::registry::{framing, SchemaRef};
use crate::render::{emit, escape_control, Table};
use crate::units::{format_timestamp_ms, parse_duration_ms, parse_rfc3339_ms};

/// Without a position, `tail` shows this many records per partition, like
/// tail(1) shows ten lines.
const DEFAULT_TAIL: i64 = 10;

/// Records handed to librdkafka but not yet acknowledged. Bounds memory when
/// stdin is large; librdkafka batches far fewer than this per request.
const MAX_IN_FLIGHT: usize = 10_000;

// ------------------------------------------------------------------- tail

/// Where reading starts, as the flags asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Beginning,
    /// Absolute offset.
    At(i64),
    /// This many records before the end.
    Last(i64),
    /// First record at or after this time (ms since the epoch).
    Since(i64),
}

fn start_from_args(args: &TailArgs, now_ms: i64) -> Result<Start, UsageError> {
    if args.from_beginning {
        return Ok(Start::Beginning);
    }
    if let Some(n) = args.offset {
        return Ok(if n < 0 {
            Start::Last(n.saturating_neg())
        } else {
            Start::At(n)
        });
    }
    if let Some(since) = &args.since {
        return parse_since(since, now_ms).map(Start::Since);
    }
    Ok(Start::Last(DEFAULT_TAIL))
}

/// `--since` takes a point in time or a duration before now.
fn parse_since(input: &str, now_ms: i64) -> Result<i64, UsageError> {
    if let Ok(ms) = parse_rfc3339_ms(input) {
        return Ok(ms);
    }
    match parse_duration_ms(input) {
        Ok(ago) => Ok(now_ms.saturating_sub(ago)),
        Err(_) => Err(UsageError(format!(
            "--since '{input}': expected an RFC 3339 time such as 2026-11-25T08:00:00Z or a duration such as 15m, 2h, 7d"
        ))),
    }
}

/// Bounds of one partition and where to start reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Range {
    earliest: i64,
    /// One past the last record (the high watermark).
    end: i64,
    start: i64,
}

/// The first offset to read, clamped into the records that exist.
/// `at_time` is the ListOffsets answer for `Start::Since` (-1: none).
fn start_offset(start: Start, earliest: i64, end: i64, at_time: Option<i64>) -> i64 {
    let wanted = match start {
        Start::Beginning => earliest,
        Start::At(n) => n,
        Start::Last(n) => end.saturating_sub(n),
        Start::Since(_) => match at_time {
            Some(o) if o >= 0 => o,
            _ => end,
        },
    };
    wanted.clamp(earliest, end.max(earliest))
}

fn select_partitions(topic: &TopicInfo, only: Option<i32>) -> anyhow::Result<Vec<i32>> {
    let all: Vec<i32> = topic.partitions.iter().map(|p| p.partition).collect();
    match only {
        None => Ok(all),
        Some(p) if all.contains(&p) => Ok(vec![p]),
        // What partitions exist is the cluster's answer, as for an unknown
        // topic: exit 1 like `retention purge --partition`, not a usage error.
        Some(p) => Err(anyhow::anyhow!(
            "topic '{}' has {} partition(s) (0..{}); there is no partition {p}",
            topic.name,
            all.len(),
            all.len().saturating_sub(1)
        )),
    }
}

async fn partition_ranges(
    admin: &Admin,
    topic: &str,
    partitions: &[i32],
    start: Start,
) -> anyhow::Result<BTreeMap<i32, Range>> {
    let tps: Vec<TopicPartition> = partitions.iter().map(|p| (topic.to_owned(), *p)).collect();
    let earliest = admin.list_offsets(&tps, OffsetSpec::Earliest).await?;
    let latest = admin.list_offsets(&tps, OffsetSpec::Latest).await?;
    let at_time = match start {
        Start::Since(ms) => Some(admin.list_offsets(&tps, OffsetSpec::Timestamp(ms)).await?),
        _ => None,
    };
    let mut out = BTreeMap::new();
    for tp in &tps {
        let get =
            |m: &BTreeMap<TopicPartition, Result<i64, _>>, what: &str| -> anyhow::Result<i64> {
                match m.get(tp) {
                    Some(Ok(o)) => Ok(*o),
                    Some(Err(e)) => Err(anyhow!(
                        "partition {}: cannot read its {what} offset: {e}",
                        tp.1
                    )),
                    None => Err(anyhow!(
                        "partition {}: the broker did not report its {what} offset",
                        tp.1
                    )),
                }
            };
        let earliest = get(&earliest, "earliest")?;
        let end = get(&latest, "latest")?;
        let time = match &at_time {
            Some(m) => Some(get(m, "timestamp")?),
            None => None,
        };
        out.insert(
            tp.1,
            Range {
                earliest,
                end,
                start: start_offset(start, earliest, end, time),
            },
        );
    }
    Ok(out)
}

async fn lookup_topic(admin: &Admin, name: &str) -> anyhow::Result<TopicInfo> {
    admin
        .require_topics(&[name.to_owned()])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("topic '{name}' not found"))
}

pub async fn tail(global: &GlobalArgs, args: &TailArgs) -> anyhow::Result<Outcome> {
    // Records stream as lines (table), one JSON object per line, or YAML
    // documents; a Markdown table cannot be streamed.
    super::super::supported_formats(
        global,
        "topic tail",
        &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Yaml],
    )?;
    let start = start_from_args(args, jiff::Timestamp::now().as_millisecond())?;
    let session = super::super::session(global);
    let settings = session.connection().await?.clone();
    let admin = session.admin().await?;
    let topic = lookup_topic(&admin, &args.topic).await?;
    let partitions = select_partitions(&topic, args.partition)?;
    let ranges = partition_ranges(&admin, &args.topic, &partitions, start).await?;
    if let Start::At(n) = start {
        for (p, r) in &ranges {
            if r.start != n {
                tracing::warn!(
                    "partition {p}: offset {n} is outside {}..{}; starting at {}",
                    r.earliest,
                    r.end,
                    r.start
                );
            }
        }
    }

    // Partitions still to read up to their end (all of them when following).
    let mut open: BTreeMap<i32, i64> = ranges
        .iter()
        .filter(|(_, r)| args.follow || r.start < r.end)
        .map(|(p, r)| (*p, r.end))
        .collect();
    if open.is_empty() {
        return Ok(Outcome::Success);
    }

    let props = data::librdkafka_properties(&settings, global.timeout);
    // AWS_MSK_IAM: librdkafka asks for OAUTHBEARER tokens through this
    // source, as for produce; without it the SASL handshake cannot start.
    let oauth = data::oauth_source(&settings, global.timeout).await?;
    let (consumer, last_error) = data::consumer(props, args.group.as_deref(), oauth)
        .context("cannot create the consumer")?;
    let mut assignment = TopicPartitionList::new();
    for p in open.keys() {
        let offset = ranges.get(p).map(|r| r.start).unwrap_or_default();
        assignment
            .add_partition_offset(&args.topic, *p, Offset::Offset(offset))
            .context("cannot build the assignment")?;
    }
    consumer
        .assign(&assignment)
        .context("cannot assign partitions")?;

    // Registry decoding: on unless --decode none, when a registry is
    // configured; schemas are fetched on first sight of their id.
    let mut decoder = match args.decode {
        Some(DecodeMode::None) => None,
        mode => {
            let registries = session.registries()?;
            if registries.is_empty() {
                if mode == Some(DecodeMode::Auto) {
                    tracing::warn!("--decode auto: no schema registry is configured; records are shown as they are");
                }
                None
            } else {
                let (confluent, glue) = registries.connect(global.timeout).await?;
                Some(Decoder::new(confluent, glue))
            }
        }
    };
    let mut out = RecordWriter::new(global.output, args.follow);
    let mut read: u64 = 0;
    let mut next_positions: BTreeMap<i32, i64> = BTreeMap::new();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let stop_reason = loop {
        if !args.follow && open.is_empty() {
            break None;
        }
        if args.max.is_some_and(|max| read >= max) {
            break None;
        }
        let idle = tokio::time::sleep(global.timeout);
        let received = tokio::select! {
            m = consumer.recv() => m,
            _ = &mut ctrl_c => break None,
            _ = idle, if !args.follow => {
                break Some(no_progress_error(&open, global.timeout, &last_error));
            }
        };
        let message = match received {
            Ok(m) => m,
            Err(e) => break Some(fetch_error(e, &last_error)),
        };
        let partition = message.partition();
        let offset = message.offset();
        let decodings = match decoder.as_mut() {
            Some(d) => Decodings {
                key: match message.key() {
                    Some(k) => d.decode(k).await,
                    None => None,
                },
                value: match message.payload() {
                    Some(v) => d.decode(v).await,
                    None => None,
                },
            },
            None => Decodings::default(),
        };
        if !out.write(&args.topic, &message, decodings)? {
            // The reader went away (`| head`): stop quietly.
            break None;
        }
        read += 1;
        next_positions.insert(partition, offset + 1);
        if let Some(end) = open.get(&partition) {
            if !args.follow && offset + 1 >= *end {
                open.remove(&partition);
            }
        }
    };

    out.flush()?;
    if let Some(group) = &args.group {
        commit_positions(&consumer, &args.topic, group, &next_positions)?;
    }
    match stop_reason {
        None => Ok(Outcome::Success),
        Some(err) => Err(err),
    }
}

fn no_progress_error(
    open: &BTreeMap<i32, i64>,
    timeout: Duration,
    last_error: &LastError,
) -> anyhow::Error {
    let pending: Vec<String> = open
        .iter()
        .map(|(p, end)| format!("{p} (to offset {end})"))
        .collect();
    let mut msg = format!(
        "no records arrived for {} although partitions {} still have records to read",
        humantime::format_duration(timeout),
        pending.join(", ")
    );
    if let Some(last) = last_error.get() {
        msg.push_str(&format!("; last client error: {last}"));
    }
    anyhow!(msg)
}

fn fetch_error(err: rdkafka::error::KafkaError, last_error: &LastError) -> anyhow::Error {
    match last_error.get() {
        Some(last) => anyhow!("reading failed: {err} ({last})"),
        None => anyhow!("reading failed: {err}"),
    }
}

fn commit_positions(
    consumer: &rdkafka::consumer::StreamConsumer<DataContext>,
    topic: &str,
    group: &str,
    positions: &BTreeMap<i32, i64>,
) -> anyhow::Result<()> {
    if positions.is_empty() {
        return Ok(());
    }
    let mut tpl = TopicPartitionList::new();
    for (p, next) in positions {
        tpl.add_partition_offset(topic, *p, Offset::Offset(*next))
            .context("cannot build the commit")?;
    }
    consumer
        .commit(&tpl, CommitMode::Sync)
        .with_context(|| format!("cannot commit the read positions to group '{group}'"))?;
    tracing::info!(
        "committed {} partition position(s) to group '{group}'",
        positions.len()
    );
    Ok(())
}

/// Bytes as text when they are UTF-8, else base64, saying which.
#[derive(Debug, Serialize, PartialEq, Eq)]
struct Encoded {
    text: String,
    encoding: &'static str,
}

fn encode(bytes: &[u8]) -> Encoded {
    match std::str::from_utf8(bytes) {
        Ok(s) => Encoded {
            text: s.to_owned(),
            encoding: "utf8",
        },
        Err(_) => Encoded {
            text: base64::engine::general_purpose::STANDARD.encode(bytes),
            encoding: "base64",
        },
    }
}

/// One record as `-o json` prints it (one object per line). Parts decoded
/// through a schema registry are JSON values with `*_schema` naming the
/// schema; parts that could not be decoded carry a `*_note` saying why.
#[derive(Debug, Serialize)]
struct RecordOut<'a> {
    topic: &'a str,
    partition: i32,
    offset: i64,
    /// RFC 3339, or null when the record carries none.
    timestamp: Option<String>,
    key: Option<Shown>,
    key_encoding: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_schema: Option<SchemaRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_note: Option<String>,
    value: Option<Shown>,
    value_encoding: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_schema: Option<SchemaRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_note: Option<String>,
    headers: Vec<HeaderOut>,
}

/// A key or value as shown: text (UTF-8 or base64) or decoded JSON.
#[derive(Debug, Serialize, PartialEq)]
#[serde(untagged)]
enum Shown {
    Text(String),
    Json(serde_json::Value),
}

impl From<&str> for Shown {
    fn from(s: &str) -> Self {
        Shown::Text(s.to_owned())
    }
}

/// What the registry made of a record's key and value (`None`: not framed,
/// or no registry).
#[derive(Debug, Default)]
struct Decodings {
    key: Option<Result<Decoded, String>>,
    value: Option<Result<Decoded, String>>,
}

/// One part as shown, with its encoding, schema and note.
type Part = (
    Option<Shown>,
    Option<&'static str>,
    Option<SchemaRef>,
    Option<String>,
);

fn part(bytes: Option<&[u8]>, decoded: Option<Result<Decoded, String>>) -> Part {
    let Some(bytes) = bytes else {
        return (None, None, None, None);
    };
    match decoded {
        Some(Ok(d)) => (
            Some(Shown::Json(d.value)),
            Some(d.schema_type.encoding()),
            Some(d.schema),
            None,
        ),
        // Undecodable framed bytes are binary: base64, with the reason.
        Some(Err(note)) => (
            Some(Shown::Text(crate::registry::codec::base64(bytes))),
            Some("base64"),
            None,
            Some(note),
        ),
        None => {
            let e = encode(bytes);
            (Some(Shown::Text(e.text)), Some(e.encoding), None, None)
        }
    }
}

#[derive(Debug, Serialize)]
struct HeaderOut {
    key: String,
    value: Option<String>,
    value_encoding: Option<&'static str>,
}

fn record_out<'a, M: Message>(topic: &'a str, m: &M, decodings: Decodings) -> RecordOut<'a> {
    let (key, key_encoding, key_schema, key_note) = part(m.key(), decodings.key);
    let (value, value_encoding, value_schema, value_note) = part(m.payload(), decodings.value);
    let headers = m
        .headers()
        .map(|hs| {
            hs.iter()
                .map(|h| {
                    let v = h.value.map(encode);
                    HeaderOut {
                        key: h.key.to_owned(),
                        value_encoding: v.as_ref().map(|e| e.encoding),
                        value: v.map(|e| e.text),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    RecordOut {
        topic,
        partition: m.partition(),
        offset: m.offset(),
        timestamp: m.timestamp().to_millis().map(format_timestamp_ms),
        key,
        key_encoding,
        key_schema,
        key_note,
        value,
        value_encoding,
        value_schema,
        value_note,
        headers,
    }
}

/// Human form: tab-separated partition, offset, timestamp, key, headers,
/// value; the value last because it is the long part. Absent parts are "-",
/// non-UTF-8 bytes are shown as `base64:...`.
fn record_line(r: &RecordOut<'_>) -> String {
    fn show_text(text: &Option<String>, encoding: Option<&'static str>) -> String {
        match (text, encoding) {
            (None, _) => "-".to_owned(),
            (Some(t), Some("base64")) => format!("base64:{t}"),
            // Record data must not drive the terminal, nor break the
            // tab-separated line: control characters become escapes.
            (Some(t), _) => escape_control(t).into_owned(),
        }
    }
    fn show(part: &Option<Shown>, encoding: Option<&'static str>) -> String {
        match part {
            None => "-".to_owned(),
            Some(Shown::Text(t)) => show_text(&Some(t.clone()), encoding),
            // Decoded JSON on one line; strings inside are JSON-escaped.
            Some(Shown::Json(v)) => escape_control(&v.to_string()).into_owned(),
        }
    }
    let headers = if r.headers.is_empty() {
        "-".to_owned()
    } else {
        r.headers
            .iter()
            .map(|h| {
                format!(
                    "{}={}",
                    escape_control(&h.key),
                    show_text(&h.value, h.value_encoding)
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    // A record that could not be decoded says why after the value.
    let notes: String = [("key", &r.key_note), ("value", &r.value_note)]
        .into_iter()
        .filter_map(|(what, n)| {
            n.as_ref()
                .map(|n| format!("\t# {what} not decoded: {}", escape_control(n)))
        })
        .collect();
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}{notes}",
        r.partition,
        r.offset,
        r.timestamp.as_deref().unwrap_or("-"),
        show(&r.key, r.key_encoding),
        headers,
        show(&r.value, r.value_encoding),
    )
}

/// Streams records to stdout. Buffered when reading a fixed range into a
/// pipe or file (one write per record would dominate the cost); flushed after
/// every record when following or on a terminal, where each should show up
/// as it arrives.
struct RecordWriter {
    format: OutputFormat,
    out: std::io::BufWriter<std::io::Stdout>,
    immediate: bool,
}

impl RecordWriter {
    fn new(format: OutputFormat, follow: bool) -> Self {
        RecordWriter {
            format,
            immediate: follow || std::io::stdout().is_terminal(),
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
        }
    }

    /// Writes one record; `Ok(false)` when stdout is a closed pipe.
    fn write<M: Message>(
        &mut self,
        topic: &str,
        m: &M,
        decodings: Decodings,
    ) -> anyhow::Result<bool> {
        let record = record_out(topic, m, decodings);
        let result = match self.format {
            OutputFormat::Json => serde_json::to_writer(&mut self.out, &record)
                .map_err(std::io::Error::from)
                .and_then(|_| self.out.write_all(b"\n")),
            OutputFormat::Yaml => {
                let text = format!("---\n{}", crate::yaml::to_string(&record)?);
                self.out.write_all(text.as_bytes())
            }
            OutputFormat::Table | OutputFormat::Markdown => {
                let line = record_line(&record);
                self.out
                    .write_all(line.as_bytes())
                    .and_then(|_| self.out.write_all(b"\n"))
            }
        };
        let result = result.and_then(|_| {
            if self.immediate {
                self.out.flush()
            } else {
                Ok(())
            }
        });
        Self::outcome(result)
    }

    /// Writes out what is buffered; `Ok(false)` when stdout is a closed pipe.
    fn flush(&mut self) -> anyhow::Result<bool> {
        Self::outcome(self.out.flush())
    }

    fn outcome(result: std::io::Result<()>) -> anyhow::Result<bool> {
        match result {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            Err(e) => Err(e).context("cannot write to stdout"),
        }
    }
}

// ---------------------------------------------------------------- produce

#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
struct Written {
    partition: i32,
    offset: i64,
}

#[derive(Debug, Serialize)]
struct ProduceReport<'a> {
    topic: &'a str,
    produced: usize,
    records: &'a [Written],
}

pub async fn produce(global: &GlobalArgs, args: &ProduceArgs) -> anyhow::Result<Outcome> {
    let session = super::super::session(global);
    let settings = session.connection().await?.clone();
    let admin = session.admin().await?;
    let topic = lookup_topic(&admin, &args.topic).await?;
    if let Some(p) = args.partition {
        select_partitions(&topic, Some(p))?;
    }
    drop(admin);

    // Registry encoding: the subjects' schemas fetched once, before anything
    // is sent; the key (one for all records) encoded once.
    let value_schema = match &args.value_subject {
        Some(subject) => {
            Some(subject_codec(&session, global, subject, args.schema_version.0).await?)
        }
        None => None,
    };
    let key_bytes: Option<Vec<u8>> = match (&args.key, &args.key_subject) {
        (Some(k), Some(subject)) => {
            let (id, codec) =
                subject_codec(&session, global, subject, args.schema_version.0).await?;
            let json: serde_json::Value = serde_json::from_str(k).map_err(|e| {
                UsageError(format!(
                    "--key with --key-subject must be a JSON value: {e}"
                ))
            })?;
            let (indexes, payload) = codec
                .encode(&json)
                .map_err(|e| UsageError(format!("--key: subject '{subject}': {e}")))?;
            Some(framing::confluent_frame(id, indexes.as_deref(), &payload))
        }
        (Some(k), None) => Some(k.clone().into_bytes()),
        (None, _) => None,
    };

    // Built once; librdkafka copies them into every record. None at all when
    // there are none, which spares a copy per record.
    let headers = (!args.headers.is_empty()).then(|| {
        args.headers.iter().fold(OwnedHeaders::new(), |hs, (k, v)| {
            hs.insert(Header {
                key: k,
                value: Some(v.as_bytes()),
            })
        })
    });
    let props = data::librdkafka_properties(&settings, global.timeout);
    let oauth = data::oauth_source(&settings, global.timeout).await?;
    let (producer, last_error) = data::producer(props, &args.acks, global.timeout, oauth)
        .context("cannot create the producer")?;

    let mut input: Box<dyn Iterator<Item = std::io::Result<Vec<u8>>>> = match &args.value {
        Some(v) => Box::new(std::iter::once(Ok(v.clone().into_bytes()))),
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("reading records from stdin, one per line; end with Ctrl-D");
            }
            // One record per line, each at most the input cap: a runaway
            // pipe without newlines ends in an error, not in memory.
            Box::new(crate::input::BoundedLines::new(stdin.lock()))
        }
    };

    let mut written: Vec<Written> = Vec::new();
    let mut in_flight = FuturesOrdered::new();
    let mut failure: Option<(usize, String)> = None;
    let mut sent = 0usize;
    let mut input_error: Option<std::io::Error> = None;
    // The first line that does not match the value schema: (line, why).
    let mut bad_line: Option<(usize, String)> = None;
    'read: loop {
        let payload = match input.next() {
            None => break,
            Some(Ok(line)) => line,
            Some(Err(e)) => {
                input_error = Some(e);
                break;
            }
        };
        let index = sent;
        let payload = match &value_schema {
            None => payload,
            Some((id, codec)) => match encode_line(*id, codec, &payload) {
                Ok(framed) => framed,
                Err(why) => {
                    bad_line = Some((index + 1, why));
                    break 'read;
                }
            },
        };
        let mut record = FutureRecord::<[u8], [u8]>::to(&args.topic).payload(&payload);
        if let Some(h) = &headers {
            record = record.headers(h.clone());
        }
        if let Some(k) = &key_bytes {
            record = record.key(k.as_slice());
        }
        if let Some(p) = args.partition {
            record = record.partition(p);
        }
        // librdkafka's queue can fill up when input outpaces the brokers:
        // wait for the oldest acknowledgement and try the same record again.
        let mut pending = record;
        let future = loop {
            match producer.send_result(pending) {
                Ok(f) => break f,
                Err((
                    rdkafka::error::KafkaError::MessageProduction(
                        rdkafka::types::RDKafkaErrorCode::QueueFull,
                    ),
                    back,
                )) => {
                    pending = back;
                    match in_flight.next().await {
                        Some(done) => {
                            if let Err(e) = settle(done, &mut written) {
                                failure = Some(e);
                                break 'read;
                            }
                        }
                        None => tokio::time::sleep(Duration::from_millis(10)).await,
                    }
                }
                Err((e, _)) => {
                    failure = Some((index, e.to_string()));
                    break 'read;
                }
            }
        };
        in_flight.push_back(async move { (index, future.await) });
        sent += 1;
        while in_flight.len() >= MAX_IN_FLIGHT {
            if let Some(done) = in_flight.next().await {
                if let Err(e) = settle(done, &mut written) {
                    failure = Some(e);
                    break 'read;
                }
            }
        }
    }
    // Whatever was handed over is either acknowledged or failed before we
    // report, so the report is the truth about what is on the brokers.
    while let Some(done) = in_flight.next().await {
        if let Err(e) = settle(done, &mut written) {
            failure.get_or_insert(e);
        }
    }

    report_written(global.output, &args.topic, &written)?;
    if let Some((index, error)) = failure {
        let ctx = last_error.get();
        bail!(
            "record #{} failed: {error}{}; {} record(s) before it were written (reported above), records after it were {}",
            index + 1,
            ctx.map(|c| format!(" ({c})")).unwrap_or_default(),
            written.len(),
            if args.value.is_some() { "none" } else { "not sent" }
        );
    }
    if let Some((line, why)) = bad_line {
        bail!(
            "line {line}: {why}; {} record(s) before it were written (reported above); nothing from line {line} on was sent",
            written.len()
        );
    }
    if let Some(e) = input_error {
        bail!(
            "cannot read stdin after {} record(s): {e}; those records were written (reported above)",
            written.len()
        );
    }
    Ok(Outcome::Success)
}

/// The schema id and codec of a subject's version (`None`: the latest).
async fn subject_codec(
    session: &crate::session::Session,
    global: &GlobalArgs,
    subject: &str,
    version: Option<i64>,
) -> anyhow::Result<(u32, Codec)> {
    let registries = session.registries()?;
    let (Some(client), _) = registries.connect(global.timeout).await? else {
        return Err(UsageError(
            "--value-subject/--key-subject need a Confluent-compatible schema registry: pass --schema-registry URL or set schemaRegistry in the context".into(),
        )
        .into());
    };
    let sv = client.subject_version(subject, version).await?;
    let schema_type = crate::registry::SchemaType::parse(Some(&sv.schema_type))
        .map_err(|e| anyhow!("subject '{subject}': {e}"))?;
    if schema_type == crate::registry::SchemaType::Json {
        // Lines would go out unchecked: a JSON Schema validator is not part
        // of the build, and an unchecked write is what the flag promises not to do.
        return Err(UsageError(format!(
            "subject '{subject}' holds a JSON Schema: --value-subject/--key-subject write Avro and Protobuf subjects only"
        ))
        .into());
    }
    let codec = Codec::compile(schema_type, &sv.schema)
        .map_err(|e| anyhow!("subject '{subject}' version {}: {e}", sv.version))?;
    tracing::info!(
        "writing with subject '{subject}' version {} (schema id {}, {})",
        sv.version,
        sv.id,
        schema_type.name()
    );
    Ok((sv.id, codec))
}

/// One input line (a JSON value) as a registry-framed record value.
fn encode_line(id: u32, codec: &Codec, line: &[u8]) -> Result<Vec<u8>, String> {
    let json: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| format!("not a JSON value: {e}"))?;
    let (indexes, payload) = codec.encode(&json)?;
    Ok(framing::confluent_frame(id, indexes.as_deref(), &payload))
}

type DeliveryOutcome = (
    usize,
    Result<
        rdkafka::producer::future_producer::OwnedDeliveryResult,
        futures::channel::oneshot::Canceled,
    >,
);

fn settle(done: DeliveryOutcome, written: &mut Vec<Written>) -> Result<(), (usize, String)> {
    let (index, result) = done;
    match result {
        Ok(Ok(d)) => {
            written.push(Written {
                partition: d.partition,
                offset: d.offset,
            });
            Ok(())
        }
        Ok(Err((e, _))) => Err((index, e.to_string())),
        Err(_) => Err((
            index,
            "the producer shut down before acknowledging it".to_owned(),
        )),
    }
}

fn report_written(format: OutputFormat, topic: &str, written: &[Written]) -> anyhow::Result<()> {
    let report = ProduceReport {
        topic,
        produced: written.len(),
        records: written,
    };
    emit(format, &report, || {
        // One row per partition: a million lines in would otherwise be a
        // million lines out.
        let mut per: BTreeMap<i32, (usize, i64, i64)> = BTreeMap::new();
        for w in written {
            let e = per.entry(w.partition).or_insert((0, w.offset, w.offset));
            e.0 += 1;
            e.1 = e.1.min(w.offset);
            e.2 = e.2.max(w.offset);
        }
        let mut t = Table::new(["PARTITION", "RECORDS", "FIRST OFFSET", "LAST OFFSET"]);
        for (p, (n, first, last)) in per {
            t.row([
                p.to_string(),
                n.to_string(),
                first.to_string(),
                last.to_string(),
            ]);
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_accepts_times_and_durations_ago() {
        let now = 1_700_000_000_000;
        assert_eq!(parse_since("15m", now).unwrap(), now - 15 * 60_000);
        assert_eq!(
            parse_since("2026-11-25T08:00:00Z", now).unwrap(),
            parse_rfc3339_ms("2026-11-25T08:00:00Z").unwrap()
        );
        let err = parse_since("yesterday", now).unwrap_err();
        assert!(err.0.contains("RFC 3339"), "{}", err.0);
    }

    #[test]
    fn start_offsets_are_clamped_into_the_log() {
        // earliest 100, end 200
        assert_eq!(start_offset(Start::Beginning, 100, 200, None), 100);
        assert_eq!(start_offset(Start::At(150), 100, 200, None), 150);
        assert_eq!(start_offset(Start::At(5), 100, 200, None), 100);
        assert_eq!(start_offset(Start::At(500), 100, 200, None), 200);
        assert_eq!(start_offset(Start::Last(10), 100, 200, None), 190);
        assert_eq!(start_offset(Start::Last(1000), 100, 200, None), 100);
        assert_eq!(start_offset(Start::Since(0), 100, 200, Some(170)), 170);
        // No record at or after the time: nothing to read until new ones come.
        assert_eq!(start_offset(Start::Since(0), 100, 200, Some(-1)), 200);
        // Empty partition.
        assert_eq!(start_offset(Start::Last(10), 0, 0, None), 0);
    }

    #[test]
    fn non_utf8_bytes_are_base64() {
        assert_eq!(encode(b"hello").encoding, "utf8");
        let e = encode(&[0xff, 0x00, 0x80]);
        assert_eq!(e.encoding, "base64");
        assert_eq!(e.text, "/wCA");
    }

    #[test]
    fn human_line_marks_missing_and_binary_parts() {
        let r = RecordOut {
            topic: "t",
            partition: 2,
            offset: 7,
            timestamp: None,
            key: None,
            key_encoding: None,
            key_schema: None,
            key_note: None,
            value: Some("/wCA".into()),
            value_encoding: Some("base64"),
            value_schema: None,
            value_note: None,
            headers: vec![HeaderOut {
                key: "h".into(),
                value: Some("v".into()),
                value_encoding: Some("utf8"),
            }],
        };
        assert_eq!(record_line(&r), "2\t7\t-\t-\th=v\tbase64:/wCA");
    }

    #[test]
    fn human_line_escapes_control_characters_from_the_record() {
        let r = RecordOut {
            topic: "t",
            partition: 0,
            offset: 1,
            timestamp: None,
            key: Some("k\x1b]0;title\x07".into()),
            key_encoding: Some("utf8"),
            key_schema: None,
            key_note: None,
            value: Some("\x1b[2Jcleared\nforged\tline".into()),
            value_encoding: Some("utf8"),
            value_schema: None,
            value_note: Some("bad \x1b[31m id".into()),
            headers: vec![HeaderOut {
                key: "h\x1b".into(),
                value: Some("\u{9b}v".into()),
                value_encoding: Some("utf8"),
            }],
        };
        let line = record_line(&r);
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "{line:?}"
        );
        assert_eq!(line.matches('\t').count(), 6, "{line:?}");
        assert!(
            line.contains("\\x1b[2Jcleared\\nforged\\tline\t# value not decoded: bad \\x1b[31m id"),
            "{line}"
        );
    }
}
