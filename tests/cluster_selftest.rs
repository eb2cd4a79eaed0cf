//! Tests of the fake Kafka cluster itself, through a minimal raw
//! kafka-protocol client, so the integration tests built on it rest on
//! checked behaviour.

mod support;

use bytes::{Bytes, BytesMut};
use kafka_protocol::messages::*;
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, Message, Request, StrBytes};
use rsasl::prelude::{Mechname, SASLClient, SASLConfig, State};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::Duration;
use support::cluster::{ClusterConfig, Fault, TestCluster};

struct Client {
    stream: TcpStream,
    correlation: i32,
}

impl Client {
    fn connect(addr: &str) -> Client {
        let stream = TcpStream::connect(addr).expect("connect to fake broker");
        // A bound on every read so a missing answer fails the test instead of hanging it.
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        Client {
            stream,
            correlation: 0,
        }
    }

    fn to_broker(cluster: &TestCluster, broker: i32) -> Client {
        let bootstrap = cluster.bootstrap();
        let addr = bootstrap
            .split(',')
            .nth((broker - 1) as usize)
            .unwrap()
            .to_string();
        Client::connect(&addr)
    }

    fn send_frame(&mut self, payload: &[u8]) -> io::Result<()> {
        let mut out = (payload.len() as i32).to_be_bytes().to_vec();
        out.extend_from_slice(payload);
        self.stream.write_all(&out)
    }

    fn read_frame(&mut self) -> io::Result<Bytes> {
        let mut len = [0u8; 4];
        self.stream.read_exact(&mut len)?;
        let mut buf = vec![0u8; i32::from_be_bytes(len) as usize];
        self.stream.read_exact(&mut buf)?;
        Ok(Bytes::from(buf))
    }

    fn header(&mut self, key: ApiKey, version: i16) -> RequestHeader {
        self.correlation += 1;
        let mut h = RequestHeader::default();
        h.request_api_key = key as i16;
        h.request_api_version = version;
        h.correlation_id = self.correlation;
        h.client_id = Some(StrBytes::from_static_str("selftest"));
        h
    }

    /// Sends one request and returns the raw response frame (header included).
    fn raw<R: Request>(&mut self, version: i16, req: &R) -> io::Result<Bytes> {
        let key = ApiKey::try_from(R::KEY).unwrap();
        let header = self.header(key, version);
        let mut buf = BytesMut::new();
        header.encode(&mut buf, R::header_version(version)).unwrap();
        req.encode(&mut buf, version).unwrap();
        self.send_frame(&buf)?;
        self.read_frame()
    }

    fn call<R: Request>(&mut self, version: i16, req: &R) -> io::Result<R::Response> {
        let mut frame = self.raw(version, req)?;
        let header = ResponseHeader::decode(&mut frame, R::Response::header_version(version))
            .map_err(|e| io::Error::other(e.to_string()))?;
        assert_eq!(header.correlation_id, self.correlation);
        let resp = R::Response::decode(&mut frame, version)
            .map_err(|e| io::Error::other(e.to_string()))?;
        assert!(
            frame.is_empty(),
            "{} bytes left after the response body",
            frame.len()
        );
        Ok(resp)
    }

    /// True once the broker has closed the connection.
    fn closed(&mut self) -> bool {
        let mut b = [0u8; 1];
        matches!(self.stream.read(&mut b), Ok(0) | Err(_))
    }
}

fn s(v: &str) -> StrBytes {
    StrBytes::from_string(v.to_string())
}

fn api_versions_request(version: i16) -> ApiVersionsRequest {
    let mut r = ApiVersionsRequest::default();
    if version >= 3 {
        r.client_software_name = s("selftest");
        r.client_software_version = s("1.0");
    }
    r
}

#[test]
fn api_versions_negotiates_every_version_and_rejects_newer() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    for version in 0..=4 {
        let mut c = Client::to_broker(&cluster, 1);
        let resp = c.call(version, &api_versions_request(version)).unwrap();
        assert_eq!(resp.error_code, 0, "v{version}");
        let metadata = resp
            .api_keys
            .iter()
            .find(|k| k.api_key == ApiKey::Metadata as i16)
            .expect("Metadata advertised");
        assert_eq!(
            (metadata.min_version, metadata.max_version),
            (MetadataRequest::VERSIONS.min, MetadataRequest::VERSIONS.max)
        );
        assert!(resp
            .api_keys
            .iter()
            .any(|k| k.api_key == ApiKey::CreatePartitions as i16));
        assert!(!resp
            .api_keys
            .iter()
            .any(|k| k.api_key == ApiKey::Produce as i16));
    }

    // v3+ requests are flexible but the response header stays v0: the error
    // code must directly follow the correlation id, with no tag buffer.
    let mut c = Client::to_broker(&cluster, 2);
    let frame = c.raw(3, &api_versions_request(3)).unwrap();
    assert_eq!(&frame[4..6], &[0, 0]);
    assert!(frame.len() > 6 + 2);

    // Too new: Kafka reads the flexible header, then answers at v0 with
    // UNSUPPORTED_VERSION and its own ApiVersions range.
    let mut c = Client::to_broker(&cluster, 3);
    let header = c.header(ApiKey::ApiVersions, 9);
    let mut buf = BytesMut::new();
    header.encode(&mut buf, 2).unwrap();
    buf.extend_from_slice(&[0xde, 0xad]);
    c.send_frame(&buf).unwrap();
    let mut frame = c.read_frame().unwrap();
    let rh = ResponseHeader::decode(&mut frame, 0).unwrap();
    assert_eq!(rh.correlation_id, c.correlation);
    let resp = ApiVersionsResponse::decode(&mut frame, 0).unwrap();
    assert_eq!(resp.error_code, 35);
    assert_eq!(resp.api_keys.len(), 1);
    assert_eq!(resp.api_keys[0].api_key, ApiKey::ApiVersions as i16);
    assert_eq!(resp.api_keys[0].max_version, 4);

    let mut bad = api_versions_request(3);
    bad.client_software_name = s("not a valid name!");
    let resp = c.call(3, &bad).unwrap();
    assert_eq!(resp.error_code, 42);
}

fn creatable(
    name: &str,
    partitions: i32,
    rf: i16,
    configs: &[(&str, &str)],
) -> create_topics_request::CreatableTopic {
    let mut t = create_topics_request::CreatableTopic::default();
    t.name = TopicName(s(name));
    t.num_partitions = partitions;
    t.replication_factor = rf;
    t.configs = configs
        .iter()
        .map(|(k, v)| {
            let mut c = create_topics_request::CreatableTopicConfig::default();
            c.name = s(k);
            c.value = Some(s(v));
            c
        })
        .collect();
    t
}

fn create(
    c: &mut Client,
    topics: Vec<create_topics_request::CreatableTopic>,
    validate_only: bool,
) -> CreateTopicsResponse {
    let mut req = CreateTopicsRequest::default();
    req.topics = topics;
    req.validate_only = validate_only;
    req.timeout_ms = 5000;
    c.call(7, &req).unwrap()
}

#[test]
fn create_topics_reports_kafka_error_codes() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    let mut c = Client::to_broker(&cluster, 2);

    let resp = create(
        &mut c,
        vec![creatable("orders", 6, 3, &[("retention.ms", "1000")])],
        false,
    );
    let r = &resp.topics[0];
    assert_eq!(
        (r.error_code, r.num_partitions, r.replication_factor),
        (0, 6, 3)
    );
    let listed = r.configs.as_ref().unwrap();
    let retention = listed
        .iter()
        .find(|c| c.name.as_str() == "retention.ms")
        .unwrap();
    assert_eq!(
        (retention.value.as_deref(), retention.config_source),
        (Some("1000"), 1)
    );
    let t = cluster.topic("orders").unwrap();
    assert_eq!(t.partitions.len(), 6);
    for p in &t.partitions {
        let mut sorted = p.replicas.clone();
        sorted.sort();
        assert_eq!(sorted, vec![1, 2, 3]);
        assert_eq!(p.leader, p.replicas[0]);
    }
    let leaders: Vec<i32> = t.partitions.iter().map(|p| p.leader).collect();
    assert_eq!(leaders, vec![1, 2, 3, 1, 2, 3]);

    let cases: Vec<(create_topics_request::CreatableTopic, i16, Option<&str>)> = vec![
        (
            creatable("orders", 1, 1, &[]),
            36,
            Some("Topic 'orders' already exists."),
        ),
        (creatable("zero", 0, 1, &[]), 37, None),
        (creatable("wide", 1, 4, &[]), 38, None),
        (creatable("thin", 1, 0, &[]), 38, None),
        (
            creatable("cfg", 1, 1, &[("foo", "1")]),
            40,
            Some("Unknown topic config name: foo"),
        ),
        (
            creatable("cfg2", 1, 1, &[("retention.ms", "soon")]),
            40,
            Some("Invalid value soon for configuration retention.ms: Not a number of type LONG"),
        ),
        (
            creatable("cfg3", 1, 1, &[("cleanup.policy", "delete,shred")]),
            40,
            None,
        ),
        (creatable("bad name", 1, 1, &[]), 17, None),
    ];
    for (topic, code, message) in cases {
        let name = topic.name.to_string();
        let resp = create(&mut c, vec![topic], false);
        let r = &resp.topics[0];
        assert_eq!(r.error_code, code, "{name}: {:?}", r.error_message);
        if let Some(m) = message {
            assert_eq!(r.error_message.as_deref(), Some(m));
        }
        assert_eq!(r.num_partitions, -1);
    }
    assert_eq!(cluster.topic_names(), vec!["orders".to_string()]);

    let resp = create(&mut c, vec![creatable("dry", 2, 2, &[])], true);
    assert_eq!(resp.topics[0].error_code, 0);
    assert_eq!(resp.topics[0].num_partitions, 2);
    assert!(cluster.topic("dry").is_none());
}

#[test]
fn rack_aware_placement_spreads_replicas_over_racks() {
    let cluster = TestCluster::start(ClusterConfig {
        brokers: 6,
        racks: vec!["a".into(), "b".into(), "c".into()],
        ..ClusterConfig::default()
    })
    .unwrap();
    cluster.create_topic("spread", 12, 3, &[]);
    let rack = |b: i32| ["a", "b", "c"][((b - 1) % 3) as usize];
    for p in cluster.topic("spread").unwrap().partitions {
        let mut racks: Vec<&str> = p.replicas.iter().map(|b| rack(*b)).collect();
        racks.sort();
        assert_eq!(
            racks,
            vec!["a", "b", "c"],
            "partition {} on {:?}",
            p.partition,
            p.replicas
        );
    }
    let mut c = Client::to_broker(&cluster, 4);
    let resp = c.call(12, &MetadataRequest::default()).unwrap();
    let b4 = resp.brokers.iter().find(|b| b.node_id.0 == 4).unwrap();
    assert_eq!(b4.rack.as_deref(), Some("a"));
    assert_eq!(resp.controller_id.0, 1);
}

fn describe_topic(
    c: &mut Client,
    topic: &str,
) -> Vec<describe_configs_response::DescribeConfigsResourceResult> {
    let mut res = describe_configs_request::DescribeConfigsResource::default();
    res.resource_type = 2;
    res.resource_name = s(topic);
    res.configuration_keys = None;
    let mut req = DescribeConfigsRequest::default();
    req.resources = vec![res];
    let resp = c.call(4, &req).unwrap();
    assert_eq!(resp.results[0].error_code, 0);
    resp.results.into_iter().next().unwrap().configs
}

fn entry<'a>(
    configs: &'a [describe_configs_response::DescribeConfigsResourceResult],
    name: &str,
) -> (Option<&'a str>, i8) {
    let e = configs.iter().find(|c| c.name.as_str() == name).unwrap();
    (e.value.as_deref(), e.config_source)
}

fn alter(
    c: &mut Client,
    resource_type: i8,
    name: &str,
    ops: &[(&str, i8, Option<&str>)],
    validate_only: bool,
) -> incremental_alter_configs_response::AlterConfigsResourceResponse {
    let mut res = incremental_alter_configs_request::AlterConfigsResource::default();
    res.resource_type = resource_type;
    res.resource_name = s(name);
    res.configs = ops
        .iter()
        .map(|(k, op, v)| {
            let mut a = incremental_alter_configs_request::AlterableConfig::default();
            a.name = s(k);
            a.config_operation = *op;
            a.value = v.map(s);
            a
        })
        .collect();
    let mut req = IncrementalAlterConfigsRequest::default();
    req.resources = vec![res];
    req.validate_only = validate_only;
    c.call(1, &req).unwrap().responses.remove(0)
}

#[test]
fn incremental_alter_configs_then_describe_shows_sources() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic("cfg", 3, 2, &[]);
    let mut c = Client::to_broker(&cluster, 1);

    let r = alter(
        &mut c,
        2,
        "cfg",
        &[
            ("retention.ms", 0, Some("1000")),
            ("cleanup.policy", 2, Some("compact")),
        ],
        false,
    );
    assert_eq!(r.error_code, 0, "{:?}", r.error_message);
    let configs = describe_topic(&mut c, "cfg");
    assert_eq!(entry(&configs, "retention.ms"), (Some("1000"), 1));
    assert_eq!(
        entry(&configs, "cleanup.policy"),
        (Some("delete,compact"), 1)
    );
    assert_eq!(entry(&configs, "segment.ms"), (Some("604800000"), 5));
    assert_eq!(configs.len(), 29, "every known topic config is described");

    let r = alter(&mut c, 2, "cfg", &[("retention.ms", 0, Some("-5"))], false);
    assert_eq!(r.error_code, 40);
    assert_eq!(
        r.error_message.as_deref(),
        Some("Invalid value -5 for configuration retention.ms: Value must be at least -1")
    );
    let r = alter(&mut c, 2, "cfg", &[("retention.ms", 2, Some("5"))], false);
    assert_eq!(r.error_code, 40, "APPEND needs a LIST config");
    let r = alter(&mut c, 2, "cfg", &[("retention.ms", 1, None)], true);
    assert_eq!(r.error_code, 0);
    assert_eq!(
        cluster
            .topic("cfg")
            .unwrap()
            .configs
            .get("retention.ms")
            .map(String::as_str),
        Some("1000")
    );
    let r = alter(&mut c, 2, "cfg", &[("retention.ms", 1, None)], false);
    assert_eq!(r.error_code, 0);
    assert_eq!(
        entry(&describe_topic(&mut c, "cfg"), "retention.ms"),
        (Some("604800000"), 5)
    );
    assert_eq!(
        alter(&mut c, 2, "nope", &[("retention.ms", 1, None)], false).error_code,
        3
    );

    // A cluster-wide broker default shows through as the topic's source.
    let r = alter(
        &mut c,
        4,
        "",
        &[("log.retention.ms", 0, Some("7200000"))],
        false,
    );
    assert_eq!(r.error_code, 0);
    assert_eq!(
        entry(&describe_topic(&mut c, "cfg"), "retention.ms"),
        (Some("7200000"), 3)
    );

    let r = alter(
        &mut c,
        4,
        "2",
        &[("leader.replication.throttled.rate", 0, Some("1048576"))],
        false,
    );
    assert_eq!(r.error_code, 0);
    let mut res = describe_configs_request::DescribeConfigsResource::default();
    res.resource_type = 4;
    res.resource_name = s("2");
    let mut req = DescribeConfigsRequest::default();
    req.resources = vec![res];
    let wrong_broker = c.call(4, &req).unwrap();
    assert_eq!(wrong_broker.results[0].error_code, 42);
    let mut c2 = Client::to_broker(&cluster, 2);
    let resp = c2.call(4, &req).unwrap();
    let configs = &resp.results[0].configs;
    assert_eq!(
        entry(configs, "leader.replication.throttled.rate"),
        (Some("1048576"), 2)
    );
    assert_eq!(entry(configs, "broker.id"), (Some("2"), 4));
    assert_eq!(entry(configs, "min.insync.replicas"), (Some("1"), 5));
    assert!(!configs
        .iter()
        .any(|c| c.name.as_str() == "follower.replication.throttled.rate"));

    // The legacy API replaces the whole override set.
    assert_eq!(cluster.request_count(ApiKey::AlterConfigs), 0);
    let mut res = alter_configs_request::AlterConfigsResource::default();
    res.resource_type = 2;
    res.resource_name = s("cfg");
    let mut a = alter_configs_request::AlterableConfig::default();
    a.name = s("segment.ms");
    a.value = Some(s("1000"));
    res.configs = vec![a];
    let mut req = AlterConfigsRequest::default();
    req.resources = vec![res];
    assert_eq!(c.call(2, &req).unwrap().responses[0].error_code, 0);
    assert_eq!(cluster.request_count(ApiKey::AlterConfigs), 1);
    let overrides = cluster.topic("cfg").unwrap().configs;
    assert_eq!(overrides.keys().collect::<Vec<_>>(), vec!["segment.ms"]);
}

#[test]
fn offsets_and_delete_records_follow_the_partition_leader() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic("events", 1, 3, &[]);
    cluster.append_records("events", 0, 100, 1_000_000, 1000);
    let leader = cluster.topic("events").unwrap().partitions[0].leader;

    let list = |c: &mut Client, timestamp: i64| {
        let mut p = list_offsets_request::ListOffsetsPartition::default();
        p.partition_index = 0;
        p.timestamp = timestamp;
        let mut t = list_offsets_request::ListOffsetsTopic::default();
        t.name = TopicName(s("events"));
        t.partitions = vec![p];
        let mut req = ListOffsetsRequest::default();
        req.topics = vec![t];
        let resp = c.call(7, &req).unwrap();
        let p = &resp.topics[0].partitions[0];
        (p.error_code, p.offset, p.timestamp)
    };
    let mut c = Client::to_broker(&cluster, leader);
    assert_eq!(list(&mut c, -1), (0, 100, -1));
    assert_eq!(list(&mut c, -2), (0, 0, -1));
    assert_eq!(list(&mut c, -3), (0, 99, 1_099_000));
    assert_eq!(list(&mut c, 1_010_500), (0, 11, 1_011_000));
    assert_eq!(list(&mut c, 9_999_999).1, -1);
    let other = cluster
        .broker_ids()
        .into_iter()
        .find(|b| *b != leader)
        .unwrap();
    assert_eq!(list(&mut Client::to_broker(&cluster, other), -1).0, 6);

    let delete = |c: &mut Client, offset: i64| {
        let mut p = delete_records_request::DeleteRecordsPartition::default();
        p.partition_index = 0;
        p.offset = offset;
        let mut t = delete_records_request::DeleteRecordsTopic::default();
        t.name = TopicName(s("events"));
        t.partitions = vec![p];
        let mut req = DeleteRecordsRequest::default();
        req.topics = vec![t];
        let resp = c.call(2, &req).unwrap();
        let p = &resp.topics[0].partitions[0];
        (p.error_code, p.low_watermark)
    };
    assert_eq!(delete(&mut c, 101).0, 1);
    assert_eq!(delete(&mut c, 40), (0, 40));
    assert_eq!(list(&mut c, -2), (0, 40, -1));
    assert_eq!(list(&mut c, 0), (0, 40, 1_040_000));
    assert_eq!(delete(&mut c, -1), (0, 100));
    assert_eq!(
        cluster.topic("events").unwrap().partitions[0].log_start,
        100
    );
}

fn handshake(c: &mut Client, mechanism: &str) -> SaslHandshakeResponse {
    let mut req = SaslHandshakeRequest::default();
    req.mechanism = s(mechanism);
    c.call(1, &req).unwrap()
}

/// Runs a client SASL exchange over SaslAuthenticate; returns the last
/// response's error code and message.
fn authenticate(
    c: &mut Client,
    mechanism: &str,
    user: &str,
    password: &str,
) -> (i16, Option<String>) {
    assert_eq!(handshake(c, mechanism).error_code, 0);
    let config =
        SASLConfig::with_credentials(None, user.to_string(), password.to_string()).unwrap();
    let name = Mechname::parse(mechanism.as_bytes()).unwrap();
    let mut session = SASLClient::new(config).start_suggested(&[name]).unwrap();
    let mut out = Vec::new();
    let mut state = session.step(None, &mut out).unwrap();
    loop {
        let mut req = SaslAuthenticateRequest::default();
        req.auth_bytes = Bytes::from(std::mem::take(&mut out));
        let resp = c.call(2, &req).unwrap();
        if resp.error_code != 0 {
            return (resp.error_code, resp.error_message.map(|m| m.to_string()));
        }
        if state.is_finished() {
            return (0, None);
        }
        state = session.step(Some(&resp.auth_bytes), &mut out).unwrap();
        if matches!(state, State::Finished(_)) && out.is_empty() {
            return (0, None);
        }
    }
}

#[test]
fn scram_sha_512_authenticates_and_rejects_bad_passwords() {
    let cluster = TestCluster::start(ClusterConfig {
        brokers: 1,
        sasl_users: vec![("alice".into(), "s3cret".into())],
        ..ClusterConfig::default()
    })
    .unwrap();

    let mut c = Client::to_broker(&cluster, 1);
    assert_eq!(c.call(3, &api_versions_request(3)).unwrap().error_code, 0);
    assert_eq!(
        authenticate(&mut c, "SCRAM-SHA-512", "alice", "s3cret"),
        (0, None)
    );
    let resp = c.call(12, &MetadataRequest::default()).unwrap();
    assert_eq!(resp.brokers.len(), 1);

    let mut c = Client::to_broker(&cluster, 1);
    let (code, message) = authenticate(&mut c, "SCRAM-SHA-512", "alice", "wrong");
    assert_eq!(code, 58);
    assert_eq!(
        message.as_deref(),
        Some("Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512")
    );
    assert!(
        c.closed(),
        "Kafka closes the connection after a failed authentication"
    );

    let mut c = Client::to_broker(&cluster, 1);
    assert_eq!(authenticate(&mut c, "PLAIN", "alice", "s3cret"), (0, None));

    let mut c = Client::to_broker(&cluster, 1);
    let resp = handshake(&mut c, "GSSAPI");
    assert_eq!(resp.error_code, 33);
    assert_eq!(resp.mechanisms.len(), 3);

    // Anything but ApiVersions/SASL before authentication drops the connection.
    let mut c = Client::to_broker(&cluster, 1);
    assert!(c.call(12, &MetadataRequest::default()).is_err());
}

#[test]
fn injected_faults_fire_the_requested_number_of_times() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    let mut c = Client::to_broker(&cluster, 3);

    cluster.inject(Fault::Error {
        api: ApiKey::CreateTopics,
        code: 41,
        times: 1,
    });
    let resp = create(&mut c, vec![creatable("retry", 1, 1, &[])], false);
    assert_eq!(resp.topics[0].error_code, 41);
    assert!(
        cluster.topic("retry").is_none(),
        "an injected error has no side effect"
    );
    let resp = create(&mut c, vec![creatable("retry", 1, 1, &[])], false);
    assert_eq!(resp.topics[0].error_code, 0);
    assert_eq!(cluster.request_count(ApiKey::CreateTopics), 2);

    cluster.inject(Fault::DropConnectionAfter { requests: 1 });
    assert!(c.call(12, &MetadataRequest::default()).is_ok());
    assert!(c.call(12, &MetadataRequest::default()).is_err());
    let mut c = Client::to_broker(&cluster, 1);
    assert!(
        c.call(12, &MetadataRequest::default()).is_ok(),
        "the fault is one-shot"
    );

    cluster.inject(Fault::Error {
        api: ApiKey::Metadata,
        code: 5,
        times: 5,
    });
    cluster.clear_faults();
    let resp = c.call(12, &MetadataRequest::default()).unwrap();
    assert!(resp.topics.iter().all(|t| t.error_code == 0));
}

#[test]
fn malformed_frames_close_only_their_connection() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    let garbage: Vec<Vec<u8>> = vec![
        vec![0, 3],
        vec![0x03, 0xe7, 0, 0, 0, 0, 0, 1],
        // Metadata v12 header with a body cut short.
        vec![0, 3, 0, 12, 0, 0, 0, 1, 0, 0, 0, 0x05],
    ];
    for frame in garbage {
        let mut c = Client::to_broker(&cluster, 1);
        c.send_frame(&frame).unwrap();
        assert!(c.closed(), "frame {frame:?} must close the connection");
    }
    let mut c = Client::to_broker(&cluster, 1);
    c.stream.write_all(&i32::MAX.to_be_bytes()).unwrap();
    assert!(
        c.closed(),
        "a frame over socket.request.max.bytes closes the connection"
    );

    let mut c = Client::to_broker(&cluster, 1);
    let resp = c.call(12, &MetadataRequest::default()).unwrap();
    assert_eq!(resp.brokers.len(), 3);
}

fn reassign(c: &mut Client, topic: &str, partition: i32, target: Option<Vec<i32>>) -> (i16, i16) {
    let mut p = alter_partition_reassignments_request::ReassignablePartition::default();
    p.partition_index = partition;
    p.replicas = target.map(|t| t.into_iter().map(BrokerId).collect());
    let mut t = alter_partition_reassignments_request::ReassignableTopic::default();
    t.name = TopicName(s(topic));
    t.partitions = vec![p];
    let mut req = AlterPartitionReassignmentsRequest::default();
    req.topics = vec![t];
    let resp = c.call(0, &req).unwrap();
    (resp.error_code, resp.responses[0].partitions[0].error_code)
}

/// (topic, partition, replicas, adding, removing)
type Ongoing = (String, i32, Vec<i32>, Vec<i32>, Vec<i32>);

fn ongoing(c: &mut Client) -> Vec<Ongoing> {
    let mut req = ListPartitionReassignmentsRequest::default();
    req.topics = None;
    let resp = c.call(0, &req).unwrap();
    let ids = |v: &[BrokerId]| v.iter().map(|b| b.0).collect::<Vec<_>>();
    resp.topics
        .iter()
        .flat_map(|t| {
            t.partitions.iter().map(|p| {
                (
                    t.name.to_string(),
                    p.partition_index,
                    ids(&p.replicas),
                    ids(&p.adding_replicas),
                    ids(&p.removing_replicas),
                )
            })
        })
        .collect()
}

fn elect_preferred(c: &mut Client, topic: &str, partition: i32) -> i16 {
    let mut tp = elect_leaders_request::TopicPartitions::default();
    tp.topic = TopicName(s(topic));
    tp.partitions = vec![partition];
    let mut req = ElectLeadersRequest::default();
    req.election_type = 0;
    req.topic_partitions = Some(vec![tp]);
    let resp = c.call(2, &req).unwrap();
    resp.replica_election_results[0].partition_result[0].error_code
}

#[test]
fn reassignment_reports_progress_then_completes_and_leaders_follow() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("moving", &[vec![1, 2]], &[]);
    let mut c = Client::to_broker(&cluster, 3);

    assert_eq!(reassign(&mut c, "moving", 0, None), (0, 85));
    assert_eq!(reassign(&mut c, "moving", 0, Some(vec![2, 2])), (0, 39));
    assert_eq!(reassign(&mut c, "moving", 0, Some(vec![2, 9])), (0, 39));
    assert_eq!(reassign(&mut c, "missing", 0, Some(vec![2, 3])), (0, 3));
    assert_eq!(reassign(&mut c, "moving", 0, Some(vec![2, 3])), (0, 0));
    assert_eq!(
        ongoing(&mut c),
        vec![("moving".to_string(), 0, vec![2, 3, 1], vec![3], vec![1])]
    );
    assert_eq!(
        cluster.topic("moving").unwrap().partitions[0].replicas,
        vec![2, 3, 1]
    );
    assert!(ongoing(&mut c).is_empty());
    let p = cluster.topic("moving").unwrap().partitions[0].clone();
    assert_eq!(
        (p.replicas, p.isr, p.leader, p.leader_epoch),
        (vec![2, 3], vec![2, 3], 2, 1)
    );

    assert_eq!(elect_preferred(&mut c, "moving", 0), 84);
    cluster.set_partition("moving", 0, 3, vec![3]);
    assert_eq!(
        elect_preferred(&mut c, "moving", 0),
        80,
        "preferred replica out of ISR"
    );
    cluster.set_partition("moving", 0, 3, vec![2, 3]);
    assert_eq!(elect_preferred(&mut c, "moving", 0), 0);
    assert_eq!(cluster.topic("moving").unwrap().partitions[0].leader, 2);
}

#[test]
fn sasl_handshake_v0_exchanges_bare_tokens() {
    let cluster = TestCluster::start(ClusterConfig {
        brokers: 1,
        sasl_users: vec![("bob".into(), "pw".into())],
        sasl_mechanisms: vec!["PLAIN".into()],
        ..ClusterConfig::default()
    })
    .unwrap();
    let mut c = Client::to_broker(&cluster, 1);
    let mut req = SaslHandshakeRequest::default();
    req.mechanism = s("PLAIN");
    assert_eq!(c.call(0, &req).unwrap().error_code, 0);
    c.send_frame(b"\0bob\0pw").unwrap();
    assert!(c.read_frame().unwrap().is_empty());
    assert_eq!(
        c.call(12, &MetadataRequest::default())
            .unwrap()
            .brokers
            .len(),
        1
    );

    let mut c = Client::to_broker(&cluster, 1);
    assert_eq!(c.call(0, &req).unwrap().error_code, 0);
    c.send_frame(b"\0bob\0nope").unwrap();
    assert!(c.closed());
}
