//! Tests of the fake Kafka cluster itself, through a minimal raw
//! kafka-protocol client, so the integration tests built on it rest on
//! checked behaviour.

use bytes::{Buf, Bytes, BytesMut};
use kafka_fake::{AclBinding, ClusterConfig, Fault, GroupMember, PartitionSnapshot, TestCluster};
use kafka_protocol::messages::*;
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, Message, Request, StrBytes};
use rsasl::prelude::{Mechname, SASLClient, SASLConfig, State};
use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

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
    let cluster = TestCluster::start(ClusterConfig {
        kafka_version: "4.1.0".into(),
        ..ClusterConfig::default()
    })
    .unwrap();
    // Every version the codec knows: only a 4.1 cluster offers them all.
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
        // Advertised as the release does, though the fake does not implement it.
        assert!(resp
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
    // The controller: a ZooKeeper cluster acts on CreateTopics only there.
    let mut c = Client::to_broker(&cluster, 1);

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
    let mut c = Client::to_broker(&cluster, cluster.controller());

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

/// Polls `done` until it holds; the bound only turns a hang into a failure.
#[track_caller]
fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn partition(cluster: &TestCluster, topic: &str, index: usize) -> PartitionSnapshot {
    cluster.topic(topic).unwrap().partitions[index].clone()
}

#[test]
fn reassignment_grows_then_shrinks_once_the_new_replica_caught_up() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("moving", &[vec![1, 2]], &[]);
    cluster.set_partition_size("moving", 0, 1_000);
    let mut c = Client::to_broker(&cluster, cluster.controller());

    assert_eq!(reassign(&mut c, "moving", 0, None), (0, 85));
    assert_eq!(reassign(&mut c, "moving", 0, Some(vec![2, 2])), (0, 39));
    assert_eq!(reassign(&mut c, "moving", 0, Some(vec![2, 9])), (0, 39));
    assert_eq!(reassign(&mut c, "missing", 0, Some(vec![2, 3])), (0, 3));
    assert_eq!(reassign(&mut c, "moving", 7, Some(vec![2, 3])), (0, 3));

    // Nothing copies at rate 0, so the reassignment holds still to be looked at.
    cluster.set_unthrottled_rate(0);
    assert_eq!(reassign(&mut c, "moving", 0, Some(vec![2, 3])), (0, 0));
    assert_eq!(
        ongoing(&mut c),
        vec![("moving".to_string(), 0, vec![2, 3, 1], vec![3], vec![1])]
    );
    let p = partition(&cluster, "moving", 0);
    assert_eq!(
        (p.replicas, p.isr, p.adding_replicas, p.removing_replicas),
        (vec![2, 3, 1], vec![1, 2], vec![3], vec![1])
    );
    assert_eq!(cluster.reassignment_progress("moving", 0), Some((0, 1_000)));
    let mut req = MetadataRequest::default();
    req.topics = None;
    let resp = c.call(12, &req).unwrap();
    let meta = &resp.topics[0].partitions[0];
    let ids = |v: &[BrokerId]| v.iter().map(|b| b.0).collect::<Vec<_>>();
    assert_eq!(
        (ids(&meta.replica_nodes), ids(&meta.isr_nodes)),
        (vec![2, 3, 1], vec![1, 2])
    );
    // Still ongoing however often it is polled: progress is time, not polls.
    for _ in 0..3 {
        assert_eq!(ongoing(&mut c).len(), 1);
    }

    cluster.set_unthrottled_rate(500_000_000);
    wait_until("the reassignment to finish", || ongoing(&mut c).is_empty());
    assert_eq!(cluster.reassignment_progress("moving", 0), None);
    let p = partition(&cluster, "moving", 0);
    assert_eq!(
        (p.replicas, p.isr, p.leader, p.leader_epoch),
        (vec![2, 3], vec![2, 3], 2, 1),
        "the removed leader hands over to the first target replica"
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
    assert_eq!(partition(&cluster, "moving", 0).leader, 2);
}

#[test]
fn reassignment_keeps_the_leader_until_a_preferred_election() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("lead", &[vec![1, 2]], &[]);
    cluster.create_topic_with_assignment("shrink", &[vec![1, 2, 3]], &[]);
    cluster.append_records("lead", 0, 50, 0, 1);
    let mut c = Client::to_broker(&cluster, cluster.controller());

    assert_eq!(reassign(&mut c, "lead", 0, Some(vec![3, 1])), (0, 0));
    wait_until("the reassignment to finish", || {
        cluster.reassignment_progress("lead", 0).is_none()
    });
    let p = partition(&cluster, "lead", 0);
    assert_eq!(
        (p.replicas, p.isr, p.leader, p.leader_epoch),
        (vec![3, 1], vec![1, 3], 1, 1),
        "the leader stays; dropping replica 2 bumps the epoch"
    );
    assert_eq!(elect_preferred(&mut c, "lead", 0), 0);
    let p = partition(&cluster, "lead", 0);
    assert_eq!((p.leader, p.leader_epoch), (3, 2));

    // A shrink onto in-sync replicas completes within the request.
    assert_eq!(reassign(&mut c, "shrink", 0, Some(vec![3])), (0, 0));
    assert!(ongoing(&mut c).is_empty());
    let p = partition(&cluster, "shrink", 0);
    assert_eq!(
        (p.replicas, p.isr, p.leader, p.leader_epoch),
        (vec![3], vec![3], 3, 1)
    );
}

fn set_configs(c: &mut Client, resource_type: i8, name: &str, ops: &[(&str, i8, Option<&str>)]) {
    let r = alter(c, resource_type, name, ops, false);
    assert_eq!(r.error_code, 0, "{name}: {:?}", r.error_message);
}

#[test]
fn follower_throttle_bounds_the_copy_rate_of_a_receiving_broker() {
    const RATE: u64 = 400_000;
    const SIZE: u64 = 100_000;
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("big", &[vec![1, 2], vec![2, 1]], &[]);
    cluster.set_partition_size("big", 0, SIZE);
    cluster.set_partition_size("big", 1, SIZE);
    let mut c = Client::to_broker(&cluster, 1);
    set_configs(
        &mut c,
        4,
        "3",
        &[("follower.replication.throttled.rate", 0, Some("400000"))],
    );
    set_configs(
        &mut c,
        2,
        "big",
        &[
            (
                "follower.replication.throttled.replicas",
                0,
                Some("0:3,1:3"),
            ),
            (
                "leader.replication.throttled.replicas",
                0,
                Some("0:1,0:2,1:1,1:2"),
            ),
        ],
    );

    let start = Instant::now();
    assert_eq!(reassign(&mut c, "big", 0, Some(vec![1, 3])), (0, 0));
    assert_eq!(reassign(&mut c, "big", 1, Some(vec![2, 3])), (0, 0));
    let mut last = [0u64; 2];
    let mut samples = 0;
    loop {
        let progress = [
            cluster.reassignment_progress("big", 0),
            cluster.reassignment_progress("big", 1),
        ];
        let elapsed = start.elapsed().as_secs_f64();
        if progress.iter().all(Option::is_none) {
            break;
        }
        assert!(elapsed < 30.0, "the throttled reassignment never finished");
        let mut copied = 0;
        for (i, p) in progress.iter().enumerate() {
            let now = p.map(|(done, total)| {
                assert_eq!(total, SIZE);
                done
            });
            let now = now.unwrap_or(SIZE);
            assert!(
                now >= last[i],
                "partition {i} went back from {} to {now}",
                last[i]
            );
            last[i] = now;
            copied += now;
        }
        // Broker 3's quota is shared by both partitions it receives.
        let bound = RATE as f64 * elapsed + 2.0;
        assert!(
            copied as f64 <= bound,
            "{copied} bytes copied after {elapsed:.3}s at {RATE} B/s"
        );
        samples += 1;
        std::thread::sleep(Duration::from_millis(15));
    }
    let elapsed = start.elapsed().as_secs_f64();
    assert!(
        elapsed >= (2 * SIZE) as f64 / RATE as f64,
        "{} bytes at {RATE} B/s cannot be copied in {elapsed:.3}s",
        2 * SIZE
    );
    assert!(samples > 1);
    for (i, leader) in [(0, 1), (1, 2)] {
        let p = partition(&cluster, "big", i);
        assert_eq!(p.replicas, vec![leader, 3]);
        assert_eq!(p.isr, vec![leader, 3]);
        assert_eq!((p.leader, p.leader_epoch), (leader, 1));
    }
}

#[test]
fn leader_throttle_applies_only_to_listed_replicas_and_lifts_when_removed() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("lt", &[vec![1, 2], vec![1, 2]], &[]);
    cluster.set_partition_size("lt", 0, 10_000);
    cluster.set_partition_size("lt", 1, 10_000);
    let mut c = Client::to_broker(&cluster, cluster.controller());
    // A zero quota as the cluster-wide default for every leader.
    set_configs(
        &mut c,
        4,
        "",
        &[("leader.replication.throttled.rate", 0, Some("0"))],
    );
    set_configs(
        &mut c,
        2,
        "lt",
        &[("leader.replication.throttled.replicas", 0, Some("0:1"))],
    );

    assert_eq!(reassign(&mut c, "lt", 0, Some(vec![1, 3])), (0, 0));
    assert_eq!(reassign(&mut c, "lt", 1, Some(vec![1, 3])), (0, 0));
    wait_until("the unthrottled partition to finish", || {
        cluster.reassignment_progress("lt", 1).is_none()
    });
    assert_eq!(cluster.reassignment_progress("lt", 0), Some((0, 10_000)));
    assert_eq!(
        ongoing(&mut c),
        vec![("lt".to_string(), 0, vec![1, 3, 2], vec![3], vec![2])]
    );

    set_configs(
        &mut c,
        4,
        "",
        &[("leader.replication.throttled.rate", 1, None)],
    );
    wait_until("the throttled partition to finish", || {
        cluster.reassignment_progress("lt", 0).is_none()
    });
    assert_eq!(partition(&cluster, "lt", 0).replicas, vec![1, 3]);
}

#[test]
fn cancelling_a_reassignment_drops_the_adding_replicas() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("undo", &[vec![1, 2]], &[]);
    cluster.set_partition_size("undo", 0, 5_000);
    cluster.set_unthrottled_rate(0);
    let mut c = Client::to_broker(&cluster, 1);

    assert_eq!(reassign(&mut c, "undo", 0, Some(vec![2, 3])), (0, 0));
    assert_eq!(partition(&cluster, "undo", 0).replicas, vec![2, 3, 1]);
    assert_eq!(
        log_dir_sizes(&mut Client::to_broker(&cluster, 3), 4, None).len(),
        1
    );

    assert_eq!(reassign(&mut c, "undo", 0, None), (0, 0));
    let p = partition(&cluster, "undo", 0);
    assert_eq!(
        (
            p.replicas,
            p.isr,
            p.leader,
            p.leader_epoch,
            p.adding_replicas,
            p.removing_replicas
        ),
        (vec![2, 1], vec![1, 2], 1, 1, vec![], vec![]),
        "KRaft keeps the current order minus the adding replicas"
    );
    assert!(ongoing(&mut c).is_empty());
    assert_eq!(cluster.reassignment_progress("undo", 0), None);
    assert!(log_dir_sizes(&mut Client::to_broker(&cluster, 3), 4, None).is_empty());
    assert_eq!(reassign(&mut c, "undo", 0, None), (0, 85));

    // Removing replicas follow the target in broker id order, as in KRaft.
    assert_eq!(reassign(&mut c, "undo", 0, Some(vec![3])), (0, 0));
    assert_eq!(
        ongoing(&mut c),
        vec![("undo".to_string(), 0, vec![3, 1, 2], vec![3], vec![1, 2])]
    );
    assert_eq!(reassign(&mut c, "undo", 0, None), (0, 0));
    assert_eq!(
        partition(&cluster, "undo", 0).replicas,
        vec![1, 2],
        "a revert keeps the reassignment's order, not the one before it"
    );

    // complete_reassignments finishes what the rate would never finish.
    assert_eq!(reassign(&mut c, "undo", 0, Some(vec![3, 1])), (0, 0));
    cluster.complete_reassignments();
    let p = partition(&cluster, "undo", 0);
    assert_eq!((p.replicas, p.isr, p.leader), (vec![3, 1], vec![1, 3], 1));
}

/// `(topic, partition) -> partition_size` from one broker's log dir.
fn log_dir_sizes(
    c: &mut Client,
    version: i16,
    topics: Option<Vec<(&str, Vec<i32>)>>,
) -> BTreeMap<(String, i32), i64> {
    let mut req = DescribeLogDirsRequest::default();
    req.topics = topics.map(|list| {
        list.into_iter()
            .map(|(name, partitions)| {
                let mut t = describe_log_dirs_request::DescribableLogDirTopic::default();
                t.topic = TopicName(s(name));
                t.partitions = partitions;
                t
            })
            .collect()
    });
    let resp = c.call(version, &req).unwrap();
    assert_eq!(resp.error_code, 0);
    assert_eq!(resp.results.len(), 1);
    let dir = &resp.results[0];
    assert_eq!(
        (dir.error_code, dir.log_dir.as_str()),
        (0, "/var/lib/kafka/data")
    );
    if version >= 4 {
        assert!(dir.total_bytes > 0 && dir.usable_bytes > 0 && dir.usable_bytes <= dir.total_bytes);
    }
    let mut out = BTreeMap::new();
    for t in &dir.topics {
        for p in &t.partitions {
            assert_eq!((p.offset_lag, p.is_future_key), (0, false));
            out.insert((t.name.to_string(), p.partition_index), p.partition_size);
        }
    }
    out
}

#[test]
fn describe_log_dirs_reports_each_brokers_replicas() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic_with_assignment("a", &[vec![1, 2], vec![2, 3]], &[]);
    cluster.set_partition_size("a", 0, 1_000_000);
    cluster.set_partition_size("a", 1, 2_000);
    cluster.create_topic_with_assignment("b", &[vec![1]], &[]);
    cluster.append_records("b", 0, 7, 0, 1);
    let key = |t: &str, p: i32| (t.to_string(), p);

    for version in DescribeLogDirsRequest::VERSIONS.min..=DescribeLogDirsRequest::VERSIONS.max {
        let mut c1 = Client::to_broker(&cluster, 1);
        let all = log_dir_sizes(&mut c1, version, None);
        assert_eq!(
            all,
            BTreeMap::from([(key("a", 0), 1_000_000), (key("b", 0), 700)]),
            "v{version}"
        );
        let mut c3 = Client::to_broker(&cluster, 3);
        assert_eq!(
            log_dir_sizes(&mut c3, version, None),
            BTreeMap::from([(key("a", 1), 2_000)])
        );
    }
    let mut c1 = Client::to_broker(&cluster, 1);
    assert_eq!(
        log_dir_sizes(&mut c1, 4, Some(vec![("b", vec![0]), ("nope", vec![0])])),
        BTreeMap::from([(key("b", 0), 700)])
    );
    assert!(log_dir_sizes(&mut c1, 4, Some(vec![("a", vec![1])])).is_empty());
    assert!(log_dir_sizes(&mut c1, 4, Some(vec![])).is_empty());

    // A replica being added reports what it has copied; freezing the rate
    // makes that a fixed number to compare.
    cluster.set_unthrottled_rate(100_000);
    assert_eq!(
        reassign(
            &mut Client::to_broker(&cluster, cluster.controller()),
            "a",
            0,
            Some(vec![1, 3])
        ),
        (0, 0)
    );
    wait_until("some bytes to be copied", || {
        cluster
            .reassignment_progress("a", 0)
            .is_some_and(|(done, _)| done > 0)
    });
    cluster.set_unthrottled_rate(0);
    let (copied, total) = cluster.reassignment_progress("a", 0).unwrap();
    assert!(copied < total);
    let mut c3 = Client::to_broker(&cluster, 3);
    assert_eq!(
        log_dir_sizes(&mut c3, 4, None),
        BTreeMap::from([(key("a", 0), copied as i64), (key("a", 1), 2_000)])
    );
    assert_eq!(
        log_dir_sizes(
            &mut Client::to_broker(&cluster, 2),
            3,
            Some(vec![("a", vec![0, 1])])
        ),
        BTreeMap::from([(key("a", 0), 1_000_000), (key("a", 1), 2_000)]),
        "the removing replica keeps its full log until the reassignment completes"
    );

    cluster.inject(Fault::Error {
        api: ApiKey::DescribeLogDirs,
        code: 31,
        times: 2,
    });
    let resp = c3.call(4, &DescribeLogDirsRequest::default()).unwrap();
    assert_eq!((resp.error_code, resp.results.len()), (31, 0));
    let resp = c3.call(2, &DescribeLogDirsRequest::default()).unwrap();
    assert_eq!(resp.results[0].error_code, 31);
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

// ------------------------------------------------------------ Consumer groups

/// Member id, client id, client host and decoded assignment.
type DescribedMember = (String, String, String, Vec<(String, Vec<i32>)>);

/// Topic, partition, committed offset, leader epoch, error code.
type FetchRow = (String, i32, i64, i32, i16);

/// Topic, partition, committed offset.
type Offsets = Vec<(String, i32, i64)>;

fn member(id: &str, assignment: &[(&str, &[i32])]) -> GroupMember {
    GroupMember {
        member_id: id.to_string(),
        client_id: format!("client-{id}"),
        client_host: "/10.0.0.7".to_string(),
        assignment: assignment
            .iter()
            .map(|(t, p)| (t.to_string(), p.to_vec()))
            .collect(),
    }
}

/// Group names coordinated by `broker`, in a stable order.
fn groups_on(cluster: &TestCluster, broker: i32, count: usize) -> Vec<String> {
    (0..)
        .map(|i| format!("group-{i}"))
        .filter(|g| cluster.coordinator_of(g) == broker)
        .take(count)
        .collect()
}

fn other_broker(cluster: &TestCluster, broker: i32) -> i32 {
    cluster
        .broker_ids()
        .into_iter()
        .find(|b| *b != broker)
        .unwrap()
}

fn find_coordinator(
    c: &mut Client,
    version: i16,
    key_type: i8,
    keys: &[&str],
) -> FindCoordinatorResponse {
    let mut req = FindCoordinatorRequest::default();
    if version >= 4 {
        req.coordinator_keys = keys.iter().map(|k| s(k)).collect();
    } else {
        req.key = s(keys[0]);
    }
    if version >= 1 {
        req.key_type = key_type;
    }
    c.call(version, &req).unwrap()
}

#[test]
fn find_coordinator_routes_groups_like_consumer_offsets_partitions() {
    let cluster = TestCluster::start(ClusterConfig {
        kafka_version: "4.1.0".into(),
        ..ClusterConfig::default()
    })
    .unwrap();
    // Every version the codec knows: only a 4.1 cluster offers them all.
    // Java's "hello".hashCode() is 99162322: partition 22 of 50, whose
    // leader among three brokers is the second.
    assert_eq!(cluster.coordinator_of("hello"), 2);
    let spread: std::collections::BTreeSet<i32> = (0..30)
        .map(|i| cluster.coordinator_of(&format!("group-{i}")))
        .collect();
    assert_eq!(spread.len(), 3, "groups spread over every broker");

    let mut c = Client::to_broker(&cluster, 1);
    let range = FindCoordinatorRequest::VERSIONS;
    for version in range.min..=range.max {
        let resp = find_coordinator(&mut c, version, 0, &["hello", "group-1", "group-2"]);
        let answers: Vec<(i16, i32)> = if version >= 4 {
            resp.coordinators
                .iter()
                .map(|x| (x.error_code, x.node_id.0))
                .collect()
        } else {
            vec![(resp.error_code, resp.node_id.0)]
        };
        let expected: Vec<(i16, i32)> = ["hello", "group-1", "group-2"]
            .iter()
            .take(answers.len())
            .map(|g| (0, cluster.coordinator_of(g)))
            .collect();
        assert_eq!(answers, expected, "v{version}");
        if version >= 4 {
            let addr = cluster.bootstrap();
            let port = addr.split(',').nth(1).unwrap().rsplit(':').next().unwrap();
            assert_eq!(resp.coordinators[0].port.to_string(), port);
            assert_eq!(resp.coordinators[0].key.as_str(), "hello");
        } else if version >= 1 {
            assert_eq!(resp.error_message.as_deref(), Some("NONE"));
        }
    }

    // Transactional ids hash to __transaction_state the same way.
    let resp = find_coordinator(&mut c, 4, 1, &["hello"]);
    assert_eq!(resp.coordinators[0].node_id.0, 2);
    let resp = find_coordinator(&mut c, 4, 7, &["hello", "x"]);
    assert!(resp
        .coordinators
        .iter()
        .all(|x| x.error_code == 42 && x.node_id.0 == -1 && x.port == -1));
    let resp = find_coordinator(&mut c, 3, 7, &["hello"]);
    assert_eq!((resp.error_code, resp.node_id.0), (42, -1));
}

#[test]
fn list_and_describe_groups_answer_only_on_the_coordinator() {
    let cluster = TestCluster::start(ClusterConfig {
        kafka_version: "4.1.0".into(),
        ..ClusterConfig::default()
    })
    .unwrap();
    // Every version the codec knows: only a 4.1 cluster offers them all.
    cluster.create_topic("orders", 4, 3, &[]);
    let a = groups_on(&cluster, 1, 1).remove(0);
    let b = groups_on(&cluster, 2, 1).remove(0);
    let empty = groups_on(&cluster, 2, 2).remove(1);
    cluster.add_group(
        &a,
        vec![
            member("m-1", &[("orders", &[0, 1])]),
            member("m-2", &[("orders", &[2, 3])]),
        ],
    );
    cluster.add_group(&b, vec![member("m-3", &[("orders", &[0, 1, 2, 3])])]);
    cluster.add_group(&empty, vec![]);
    assert_eq!(cluster.group_state(&a).as_deref(), Some("Stable"));
    assert_eq!(cluster.group_state(&empty).as_deref(), Some("Empty"));
    assert_eq!(cluster.group_state("nope"), None);

    let range = ListGroupsRequest::VERSIONS;
    for version in range.min..=range.max {
        let mut listed = BTreeMap::new();
        for broker in cluster.broker_ids() {
            let mut c = Client::to_broker(&cluster, broker);
            let resp = c.call(version, &ListGroupsRequest::default()).unwrap();
            assert_eq!(resp.error_code, 0);
            for g in resp.groups {
                assert_eq!(g.protocol_type.as_str(), "consumer");
                if version >= 4 {
                    assert_eq!(
                        Some(g.group_state.to_string()),
                        cluster.group_state(&g.group_id)
                    );
                }
                if version >= 5 {
                    assert_eq!(g.group_type.as_str(), "classic");
                }
                assert!(listed.insert(g.group_id.to_string(), broker).is_none());
            }
        }
        let expected: BTreeMap<String, i32> =
            [(a.clone(), 1), (b.clone(), 2), (empty.clone(), 2)].into();
        assert_eq!(listed, expected, "v{version}");
    }
    let mut c = Client::to_broker(&cluster, 2);
    let mut req = ListGroupsRequest::default();
    req.states_filter = vec![s("empty")];
    let resp = c.call(4, &req).unwrap();
    assert_eq!(resp.groups.len(), 1);
    assert_eq!(resp.groups[0].group_id.as_str(), empty);
    req.types_filter = vec![s("consumer")];
    assert!(c.call(5, &req).unwrap().groups.is_empty());

    let describe = |broker: i32, version: i16, groups: &[&str]| {
        let mut req = DescribeGroupsRequest::default();
        req.groups = groups.iter().map(|g| GroupId(s(g))).collect();
        if version >= 3 {
            req.include_authorized_operations = true;
        }
        Client::to_broker(&cluster, broker)
            .call(version, &req)
            .unwrap()
    };
    let range = DescribeGroupsRequest::VERSIONS;
    for version in range.min..=range.max {
        let resp = describe(1, version, &[&a, &b, "unknown-group"]);
        let g = &resp.groups[0];
        assert_eq!(g.error_code, 0);
        assert_eq!(
            (
                g.group_state.as_str(),
                g.protocol_type.as_str(),
                g.protocol_data.as_str()
            ),
            ("Stable", "consumer", "range")
        );
        if version >= 3 {
            assert_eq!(g.authorized_operations, (1 << 3) | (1 << 6) | (1 << 8));
        }
        let members: Vec<DescribedMember> = g
            .members
            .iter()
            .map(|x| {
                let mut bytes = x.member_assignment.clone();
                let v = bytes.get_i16();
                let assignment = ConsumerProtocolAssignment::decode(&mut bytes, v).unwrap();
                assert!(bytes.is_empty());
                let mut meta = x.member_metadata.clone();
                let v = meta.get_i16();
                let sub = ConsumerProtocolSubscription::decode(&mut meta, v).unwrap();
                assert_eq!(sub.topics, vec![s("orders")]);
                (
                    x.member_id.to_string(),
                    x.client_id.to_string(),
                    x.client_host.to_string(),
                    assignment
                        .assigned_partitions
                        .iter()
                        .map(|tp| (tp.topic.to_string(), tp.partitions.clone()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            members,
            vec![
                (
                    "m-1".into(),
                    "client-m-1".into(),
                    "/10.0.0.7".into(),
                    vec![("orders".into(), vec![0, 1])]
                ),
                (
                    "m-2".into(),
                    "client-m-2".into(),
                    "/10.0.0.7".into(),
                    vec![("orders".into(), vec![2, 3])]
                ),
            ],
            "v{version}"
        );
        assert_eq!(resp.groups[1].error_code, 16, "v{version}: not coordinator");
        let unknown = &resp.groups[2];
        assert_eq!(unknown.group_state.as_str(), "Dead");
        assert_eq!(unknown.error_code, if version >= 6 { 69 } else { 0 });
    }

    // Outside Stable, members are listed without metadata or assignment.
    cluster.set_group_state(&a, "PreparingRebalance");
    let resp = describe(1, 5, &[&a]);
    let g = &resp.groups[0];
    assert_eq!(
        (g.group_state.as_str(), g.protocol_data.as_str()),
        ("PreparingRebalance", "")
    );
    assert_eq!(g.members.len(), 2);
    assert!(g.members.iter().all(|x| x.member_assignment.is_empty()));
    let resp = describe(2, 5, &[&empty]);
    assert_eq!(
        (
            resp.groups[0].group_state.as_str(),
            resp.groups[0].protocol_type.as_str(),
            resp.groups[0].members.len()
        ),
        ("Empty", "consumer", 0)
    );
}

fn commit(
    c: &mut Client,
    version: i16,
    group: &str,
    generation: i32,
    member_id: &str,
    offsets: &[(&str, i32, i64)],
) -> Vec<(String, i32, i16)> {
    let mut req = OffsetCommitRequest::default();
    req.group_id = GroupId(s(group));
    req.generation_id_or_member_epoch = generation;
    req.member_id = s(member_id);
    for (topic, partition, offset) in offsets {
        let mut p = offset_commit_request::OffsetCommitRequestPartition::default();
        p.partition_index = *partition;
        p.committed_offset = *offset;
        if version >= 6 {
            p.committed_leader_epoch = 7;
        }
        match req.topics.iter_mut().find(|t| t.name.as_str() == *topic) {
            Some(t) => t.partitions.push(p),
            None => {
                let mut t = offset_commit_request::OffsetCommitRequestTopic::default();
                t.name = TopicName(s(topic));
                t.partitions.push(p);
                req.topics.push(t);
            }
        }
    }
    let resp = c.call(version, &req).unwrap();
    resp.topics
        .iter()
        .flat_map(|t| {
            t.partitions
                .iter()
                .map(move |p| (t.name.to_string(), p.partition_index, p.error_code))
        })
        .collect()
}

fn codes(results: &[(String, i32, i16)]) -> Vec<i16> {
    results.iter().map(|r| r.2).collect()
}

/// OffsetFetch before v8: the group's error and `(topic, partition,
/// offset, leader epoch, error)` rows.
fn fetch_one(
    c: &mut Client,
    version: i16,
    group: &str,
    topics: Option<&[(&str, &[i32])]>,
) -> (i16, Vec<FetchRow>) {
    let mut req = OffsetFetchRequest::default();
    req.group_id = GroupId(s(group));
    req.topics = topics.map(|ts| {
        ts.iter()
            .map(|(t, p)| {
                let mut x = offset_fetch_request::OffsetFetchRequestTopic::default();
                x.name = TopicName(s(t));
                x.partition_indexes = p.to_vec();
                x
            })
            .collect()
    });
    let resp = c.call(version, &req).unwrap();
    let rows = resp
        .topics
        .iter()
        .flat_map(|t| {
            t.partitions.iter().map(move |p| {
                (
                    t.name.to_string(),
                    p.partition_index,
                    p.committed_offset,
                    p.committed_leader_epoch,
                    p.error_code,
                )
            })
        })
        .collect();
    (resp.error_code, rows)
}

#[test]
fn offset_commit_and_fetch_follow_the_group_rules() {
    let cluster = TestCluster::start(ClusterConfig {
        kafka_version: "4.1.0".into(),
        ..ClusterConfig::default()
    })
    .unwrap();
    // Every version the codec knows: only a 4.1 cluster offers them all.
    cluster.create_topic("orders", 3, 3, &[]);
    cluster.create_topic("audit", 1, 3, &[]);
    let coordinator = 3;
    let names = groups_on(&cluster, coordinator, 3);
    let (simple, live, ghost) = (&names[0], &names[1], &names[2]);
    let mut c = Client::to_broker(&cluster, coordinator);

    // A simple commit creates an Empty group without a protocol type.
    let range = OffsetCommitRequest::VERSIONS;
    for version in range.min..=range.max {
        let r = commit(
            &mut c,
            version,
            simple,
            -1,
            "",
            &[("orders", 0, 10 + i64::from(version)), ("nope", 0, 1)],
        );
        assert_eq!(codes(&r), vec![0, 3], "v{version}");
    }
    assert_eq!(cluster.group_state(simple).as_deref(), Some("Empty"));
    assert_eq!(
        cluster.committed(simple),
        [(("orders".to_string(), 0), 19)].into()
    );
    let mut other = Client::to_broker(&cluster, other_broker(&cluster, coordinator));
    assert_eq!(
        codes(&commit(&mut other, 8, simple, -1, "", &[("orders", 0, 1)])),
        vec![16]
    );
    let mut resp_lg = ListGroupsRequest::default();
    resp_lg.states_filter = vec![];
    let listed = c.call(4, &resp_lg).unwrap();
    let listed_simple = listed
        .groups
        .iter()
        .find(|g| g.group_id.as_str() == simple.as_str())
        .unwrap();
    assert_eq!(listed_simple.protocol_type.as_str(), "");

    cluster.add_group(live, vec![member("m-1", &[("orders", &[0, 1, 2])])]);
    let cases: Vec<(i32, &str, i16)> = vec![
        (-1, "", 25),    // simple commit while members are around
        (1, "m-9", 25),  // not a member
        (2, "m-1", 22),  // stale generation
        (-1, "m-1", 22), // a member must give its generation
        (1, "m-1", 0),
    ];
    for (generation, member_id, code) in cases {
        let r = commit(&mut c, 8, live, generation, member_id, &[("orders", 1, 5)]);
        assert_eq!(codes(&r), vec![code], "{generation} {member_id}");
    }
    cluster.set_group_state(live, "CompletingRebalance");
    assert_eq!(
        codes(&commit(&mut c, 8, live, 1, "m-1", &[("orders", 1, 6)])),
        vec![27]
    );
    cluster.set_group_state(live, "Stable");

    // A real generation for a group nobody knows.
    assert_eq!(
        codes(&commit(&mut c, 8, ghost, 3, "m-1", &[("orders", 0, 1)])),
        vec![22]
    );
    assert_eq!(
        codes(&commit(&mut c, 9, ghost, 3, "m-1", &[("orders", 0, 1)])),
        vec![69]
    );
    assert_eq!(cluster.group_state(ghost), None);

    let mut req = OffsetCommitRequest::default();
    req.group_id = GroupId(s(simple));
    req.generation_id_or_member_epoch = -1;
    let mut p = offset_commit_request::OffsetCommitRequestPartition::default();
    p.partition_index = 2;
    p.committed_offset = 3;
    p.committed_metadata = Some(s(&"x".repeat(4097)));
    let mut t = offset_commit_request::OffsetCommitRequestTopic::default();
    t.name = TopicName(s("orders"));
    t.partitions = vec![p];
    req.topics = vec![t];
    let resp = c.call(8, &req).unwrap();
    assert_eq!(resp.topics[0].partitions[0].error_code, 12);

    cluster.commit_offset(simple, "audit", 0, 42);
    let range = OffsetFetchRequest::VERSIONS;
    for version in range.min..=7 {
        let (error, rows) = fetch_one(
            &mut c,
            version,
            simple,
            Some(&[("orders", &[0, 1]), ("audit", &[0])]),
        );
        let epoch = |e: i32| if version >= 5 { e } else { -1 };
        assert_eq!(error, 0);
        assert_eq!(
            rows,
            vec![
                ("orders".to_string(), 0, 19, epoch(7), 0),
                ("orders".to_string(), 1, -1, -1, 0),
                ("audit".to_string(), 0, 42, -1, 0),
            ],
            "v{version}"
        );
        if version >= 2 {
            let (_, all) = fetch_one(&mut c, version, simple, None);
            let all: Vec<(String, i32, i64)> = all.into_iter().map(|r| (r.0, r.1, r.2)).collect();
            assert_eq!(
                all,
                vec![("audit".to_string(), 0, 42), ("orders".to_string(), 0, 19)]
            );
        }
        let (error, rows) = fetch_one(&mut other, version, simple, Some(&[("orders", &[0])]));
        if version >= 2 {
            assert_eq!((error, rows.len()), (16, 0));
        } else {
            assert_eq!(rows[0].4, 16);
        }
        let (error, rows) = fetch_one(&mut c, version, ghost, Some(&[("orders", &[0])]));
        assert_eq!((error, rows[0].2, rows[0].4), (0, -1, 0), "unknown group");
    }

    // v8+: several groups at once, each with its own error.
    let stranger = groups_on(&cluster, other_broker(&cluster, coordinator), 1).remove(0);
    for version in 8..=range.max {
        let mut req = OffsetFetchRequest::default();
        req.groups = [simple.as_str(), live.as_str(), stranger.as_str()]
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let mut x = offset_fetch_request::OffsetFetchRequestGroup::default();
                x.group_id = GroupId(s(g));
                if i == 1 {
                    let mut t = offset_fetch_request::OffsetFetchRequestTopics::default();
                    t.name = TopicName(s("orders"));
                    t.partition_indexes = vec![1, 2];
                    x.topics = Some(vec![t]);
                } else {
                    x.topics = None;
                }
                x
            })
            .collect();
        let resp = c.call(version, &req).unwrap();
        let summary: Vec<(String, i16, Offsets)> = resp
            .groups
            .iter()
            .map(|g| {
                (
                    g.group_id.to_string(),
                    g.error_code,
                    g.topics
                        .iter()
                        .flat_map(|t| {
                            t.partitions.iter().map(move |p| {
                                (t.name.to_string(), p.partition_index, p.committed_offset)
                            })
                        })
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    simple.clone(),
                    0,
                    vec![("audit".into(), 0, 42), ("orders".into(), 0, 19)]
                ),
                (
                    live.clone(),
                    0,
                    vec![("orders".into(), 1, 5), ("orders".into(), 2, -1)]
                ),
                (stranger.clone(), 16, vec![]),
            ],
            "v{version}"
        );
    }

    // Deleting a topic drops its committed offsets.
    let mut req = DeleteTopicsRequest::default();
    req.topic_names = vec![TopicName(s("audit"))];
    req.timeout_ms = 1000;
    assert_eq!(c.call(5, &req).unwrap().responses[0].error_code, 0);
    assert_eq!(
        cluster.committed(simple),
        [(("orders".to_string(), 0), 19)].into()
    );
}

#[test]
fn offset_delete_and_delete_groups_refuse_groups_in_use() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    cluster.create_topic("orders", 2, 3, &[]);
    cluster.create_topic("audit", 1, 3, &[]);
    let coordinator = 1;
    let names = groups_on(&cluster, coordinator, 2);
    let (busy, idle) = (&names[0], &names[1]);
    cluster.add_group(busy, vec![member("m-1", &[("orders", &[0, 1])])]);
    for (group, topic, partition) in [
        (busy, "orders", 0),
        (busy, "audit", 0),
        (idle, "orders", 0),
        (idle, "orders", 1),
    ] {
        cluster.commit_offset(group, topic, partition, 100);
    }
    let mut c = Client::to_broker(&cluster, coordinator);

    let offset_delete = |c: &mut Client, group: &str, topics: &[(&str, &[i32])]| {
        let mut req = OffsetDeleteRequest::default();
        req.group_id = GroupId(s(group));
        req.topics = topics
            .iter()
            .map(|(t, ps)| {
                let mut x = offset_delete_request::OffsetDeleteRequestTopic::default();
                x.name = TopicName(s(t));
                x.partitions = ps
                    .iter()
                    .map(|p| {
                        let mut y = offset_delete_request::OffsetDeleteRequestPartition::default();
                        y.partition_index = *p;
                        y
                    })
                    .collect();
                x
            })
            .collect();
        let resp = c.call(0, &req).unwrap();
        let rows: Vec<(String, i32, i16)> = resp
            .topics
            .iter()
            .flat_map(|t| {
                t.partitions
                    .iter()
                    .map(move |p| (t.name.to_string(), p.partition_index, p.error_code))
            })
            .collect();
        (resp.error_code, rows)
    };
    let (error, rows) = offset_delete(
        &mut c,
        busy,
        &[
            ("orders", &[0]),
            ("audit", &[0]),
            ("audit", &[5]),
            ("gone", &[0]),
        ],
    );
    assert_eq!(error, 0);
    assert_eq!(
        rows,
        vec![
            ("orders".to_string(), 0, 86),
            ("audit".to_string(), 0, 0),
            ("audit".to_string(), 5, 3),
            ("gone".to_string(), 0, 3),
        ]
    );
    assert_eq!(
        cluster.committed(busy),
        [(("orders".to_string(), 0), 100)].into()
    );
    assert_eq!(
        offset_delete(&mut c, "no-such-group", &[("orders", &[0])]).0,
        {
            if cluster.coordinator_of("no-such-group") == coordinator {
                69
            } else {
                16
            }
        }
    );
    let unknown = groups_on(&cluster, coordinator, 3).remove(2);
    assert_eq!(
        offset_delete(&mut c, &unknown, &[("orders", &[0])]),
        (69, vec![])
    );
    assert_eq!(offset_delete(&mut c, idle, &[("orders", &[1])]).1[0].2, 0);
    assert_eq!(cluster.committed(idle).len(), 1);

    let delete_groups = |c: &mut Client, version: i16, groups: &[&str]| -> Vec<i16> {
        let mut req = DeleteGroupsRequest::default();
        req.groups_names = groups.iter().map(|g| GroupId(s(g))).collect();
        c.call(version, &req)
            .unwrap()
            .results
            .iter()
            .map(|r| r.error_code)
            .collect()
    };
    let stranger = groups_on(&cluster, other_broker(&cluster, coordinator), 1).remove(0);
    cluster.add_group(&stranger, vec![]);
    let range = DeleteGroupsRequest::VERSIONS;
    for version in range.min..=range.max {
        assert_eq!(
            delete_groups(&mut c, version, &[busy, &unknown, &stranger, ""]),
            vec![68, 69, 16, 24],
            "v{version}"
        );
    }
    assert_eq!(delete_groups(&mut c, 2, &[idle, idle]), vec![0, 69]);
    assert_eq!(cluster.group_state(idle), None);
    assert!(cluster.committed(idle).is_empty());

    // Once its members are gone the group can lose offsets and be deleted.
    cluster.set_group_members(busy, vec![]);
    assert_eq!(cluster.group_state(busy).as_deref(), Some("Empty"));
    assert_eq!(offset_delete(&mut c, busy, &[("orders", &[0])]).1[0].2, 0);
    assert_eq!(delete_groups(&mut c, 2, &[busy]), vec![0]);
}

#[test]
fn group_apis_are_advertised_and_take_injected_errors() {
    let cluster = TestCluster::start(ClusterConfig {
        kafka_version: "4.1.0".into(),
        ..ClusterConfig::default()
    })
    .unwrap();
    // Every version the codec knows: only a 4.1 cluster offers them all.
    let mut c = Client::to_broker(&cluster, 1);
    let resp = c.call(3, &api_versions_request(3)).unwrap();
    let advertised = |key: ApiKey| {
        resp.api_keys
            .iter()
            .find(|k| k.api_key == key as i16)
            .map(|k| (k.min_version, k.max_version))
    };
    let expected = [
        (ApiKey::FindCoordinator, FindCoordinatorRequest::VERSIONS),
        (ApiKey::ListGroups, ListGroupsRequest::VERSIONS),
        (ApiKey::DescribeGroups, DescribeGroupsRequest::VERSIONS),
        (ApiKey::OffsetCommit, OffsetCommitRequest::VERSIONS),
        (ApiKey::OffsetFetch, OffsetFetchRequest::VERSIONS),
        (ApiKey::OffsetDelete, OffsetDeleteRequest::VERSIONS),
        (ApiKey::DeleteGroups, DeleteGroupsRequest::VERSIONS),
        (ApiKey::DescribeAcls, DescribeAclsRequest::VERSIONS),
        (ApiKey::CreateAcls, CreateAclsRequest::VERSIONS),
        (ApiKey::DeleteAcls, DeleteAclsRequest::VERSIONS),
    ];
    for (key, range) in expected {
        assert_eq!(advertised(key), Some((range.min, range.max)), "{key:?}");
    }

    cluster.inject(Fault::Error {
        api: ApiKey::FindCoordinator,
        code: 15,
        times: 1,
    });
    let resp = find_coordinator(&mut c, 4, 0, &["a", "b"]);
    assert!(resp.coordinators.iter().all(|x| x.error_code == 15));
    assert_eq!(
        find_coordinator(&mut c, 4, 0, &["a"]).coordinators[0].error_code,
        0
    );

    cluster.inject(Fault::Error {
        api: ApiKey::CreateAcls,
        code: 31,
        times: 1,
    });
    let b = AclBinding::new(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW);
    let results = create_acls(&mut c, 3, &[b.clone(), b]);
    assert!(
        results.iter().all(|(code, m)| *code == 31 && m.is_some()),
        "{results:?}"
    );
    assert!(cluster.acls().is_empty());

    cluster.inject(Fault::Error {
        api: ApiKey::ListGroups,
        code: 14,
        times: 1,
    });
    assert_eq!(
        c.call(4, &ListGroupsRequest::default()).unwrap().error_code,
        14
    );
}

// ----------------------------------------------------------------------- ACLs

const TOPIC: i8 = 2;
const GROUP: i8 = 3;
const CLUSTER: i8 = 4;
const ANY: i8 = 1;
const MATCH: i8 = 2;
const LITERAL: i8 = 3;
const PREFIXED: i8 = 4;
const ALL: i8 = 2;
const READ: i8 = 3;
const WRITE: i8 = 4;
const ALTER: i8 = 7;
const DESCRIBE: i8 = 8;
const DENY: i8 = 2;
const ALLOW: i8 = 3;

fn creation(b: &AclBinding) -> create_acls_request::AclCreation {
    let mut x = create_acls_request::AclCreation::default();
    x.resource_type = b.resource_type;
    x.resource_name = s(&b.name);
    x.resource_pattern_type = b.pattern_type;
    x.principal = s(&b.principal);
    x.host = s(&b.host);
    x.operation = b.operation;
    x.permission_type = b.permission;
    x
}

fn create_acls(
    c: &mut Client,
    version: i16,
    bindings: &[AclBinding],
) -> Vec<(i16, Option<String>)> {
    let mut req = CreateAclsRequest::default();
    req.creations = bindings.iter().map(creation).collect();
    c.call(version, &req)
        .unwrap()
        .results
        .iter()
        .map(|r| {
            (
                r.error_code,
                r.error_message.as_ref().map(|m| m.to_string()),
            )
        })
        .collect()
}

/// `(resource type, name, pattern type, principal, host, operation, permission)`.
type Filter<'a> = (
    i8,
    Option<&'a str>,
    i8,
    Option<&'a str>,
    Option<&'a str>,
    i8,
    i8,
);

fn describe_acls(c: &mut Client, version: i16, f: Filter) -> Vec<AclBinding> {
    let mut req = DescribeAclsRequest::default();
    req.resource_type_filter = f.0;
    req.resource_name_filter = f.1.map(s);
    req.pattern_type_filter = f.2;
    req.principal_filter = f.3.map(s);
    req.host_filter = f.4.map(s);
    req.operation = f.5;
    req.permission_type = f.6;
    let resp = c.call(version, &req).unwrap();
    assert_eq!(resp.error_code, 0);
    let mut out: Vec<AclBinding> = resp
        .resources
        .iter()
        .flat_map(|r| {
            r.acls.iter().map(move |a| AclBinding {
                resource_type: r.resource_type,
                name: r.resource_name.to_string(),
                pattern_type: r.pattern_type,
                principal: a.principal.to_string(),
                host: a.host.to_string(),
                operation: a.operation,
                permission: a.permission_type,
            })
        })
        .collect();
    out.sort();
    out
}

fn delete_filter(f: Filter) -> delete_acls_request::DeleteAclsFilter {
    let mut x = delete_acls_request::DeleteAclsFilter::default();
    x.resource_type_filter = f.0;
    x.resource_name_filter = f.1.map(s);
    x.pattern_type_filter = f.2;
    x.principal_filter = f.3.map(s);
    x.host_filter = f.4.map(s);
    x.operation = f.5;
    x.permission_type = f.6;
    x
}

#[test]
fn acl_filters_match_like_kafka() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    let bindings = [
        AclBinding::new(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW),
        AclBinding::new(TOPIC, "ord", PREFIXED, "User:bob", WRITE, ALLOW),
        AclBinding::new(TOPIC, "*", LITERAL, "User:carol", DESCRIBE, ALLOW),
        AclBinding::new(GROUP, "orders", LITERAL, "User:alice", READ, DENY),
        AclBinding {
            host: "10.0.0.1".to_string(),
            ..AclBinding::new(TOPIC, "orders", PREFIXED, "User:dave", ALL, ALLOW)
        },
        AclBinding::new(
            CLUSTER,
            "kafka-cluster",
            LITERAL,
            "User:admin",
            ALTER,
            ALLOW,
        ),
    ];
    let mut c = Client::to_broker(&cluster, 2);
    let created = create_acls(&mut c, 3, &bindings);
    assert!(created.iter().all(|r| *r == (0, None)), "{created:?}");
    // Creating an existing ACL succeeds without duplicating it.
    assert_eq!(create_acls(&mut c, 1, &bindings[..1]), vec![(0, None)]);
    assert_eq!(cluster.acls().len(), 6);

    let all: Filter = (ANY, None, ANY, None, None, ANY, ANY);
    let topic_match = |name| (TOPIC, Some(name), MATCH, None, None, ANY, ANY);
    let cases: Vec<(&str, Filter, Vec<usize>)> = vec![
        ("everything", all, vec![0, 1, 2, 3, 4, 5]),
        (
            "MATCH: literal, wildcard and prefixes of the name",
            topic_match("orders"),
            vec![0, 1, 2, 4],
        ),
        (
            "MATCH: a longer prefixed binding does not cover a shorter name",
            topic_match("ord"),
            vec![1, 2],
        ),
        ("MATCH: only the wildcard", topic_match("payments"), vec![2]),
        (
            "MATCH without a name",
            (TOPIC, None, MATCH, None, None, ANY, ANY),
            vec![0, 1, 2, 4],
        ),
        (
            "MATCH over every resource type",
            (ANY, Some("orders"), MATCH, None, None, ANY, ANY),
            vec![0, 1, 2, 3, 4],
        ),
        (
            "ANY: the exact name, whatever the pattern type",
            (TOPIC, Some("orders"), ANY, None, None, ANY, ANY),
            vec![0, 4],
        ),
        (
            "LITERAL: exact name, no wildcard",
            (TOPIC, Some("orders"), LITERAL, None, None, ANY, ANY),
            vec![0],
        ),
        (
            "PREFIXED: exact prefix, not the ones covering it",
            (TOPIC, Some("orders"), PREFIXED, None, None, ANY, ANY),
            vec![4],
        ),
        (
            "the wildcard name, literally",
            (ANY, Some("*"), LITERAL, None, None, ANY, ANY),
            vec![2],
        ),
        (
            "MATCH on the wildcard name",
            (ANY, Some("*"), MATCH, None, None, ANY, ANY),
            vec![2],
        ),
        (
            "principal",
            (ANY, None, ANY, Some("User:alice"), None, ANY, ANY),
            vec![0, 3],
        ),
        (
            "a principal filter is not a wildcard",
            (ANY, None, ANY, Some("User:*"), None, ANY, ANY),
            vec![],
        ),
        (
            "host",
            (ANY, None, ANY, None, Some("10.0.0.1"), ANY, ANY),
            vec![4],
        ),
        (
            "host * is just a value",
            (ANY, None, ANY, None, Some("*"), ANY, ANY),
            vec![0, 1, 2, 3, 5],
        ),
        (
            "operation READ does not match ALL",
            (ANY, None, ANY, None, None, READ, ANY),
            vec![0, 3],
        ),
        (
            "operation ALL matches only ALL",
            (ANY, None, ANY, None, None, ALL, ANY),
            vec![4],
        ),
        (
            "permission",
            (ANY, None, ANY, None, None, ANY, DENY),
            vec![3],
        ),
        (
            "resource type",
            (
                CLUSTER,
                Some("kafka-cluster"),
                LITERAL,
                None,
                None,
                ANY,
                ANY,
            ),
            vec![5],
        ),
        (
            "an unknown resource type matches nothing",
            (99, None, ANY, None, None, ANY, ANY),
            vec![],
        ),
    ];
    let range = DescribeAclsRequest::VERSIONS;
    for (what, filter, expected) in &cases {
        let mut want: Vec<AclBinding> = expected.iter().map(|i| bindings[*i].clone()).collect();
        want.sort();
        for version in range.min..=range.max {
            assert_eq!(
                describe_acls(&mut c, version, *filter),
                want,
                "{what}, v{version}"
            );
        }
    }

    // Each filter sees the ACLs from before the request: both report alice's
    // topic ACL, and their union goes.
    let mut req = DeleteAclsRequest::default();
    req.filters = vec![
        delete_filter(topic_match("orders")),
        delete_filter((ANY, None, ANY, Some("User:alice"), None, ANY, ANY)),
        delete_filter((ANY, None, 99, None, None, ANY, ANY)),
        delete_filter((ANY, None, ANY, None, None, 99, ANY)),
    ];
    let resp = c.call(2, &req).unwrap();
    let matched: Vec<Vec<String>> = resp
        .filter_results
        .iter()
        .map(|r| {
            let mut names: Vec<String> = r
                .matching_acls
                .iter()
                .map(|a| format!("{}:{}", a.resource_name.as_str(), a.principal.as_str()))
                .collect();
            names.sort();
            names
        })
        .collect();
    assert_eq!(
        matched,
        vec![
            vec![
                "*:User:carol".to_string(),
                "ord:User:bob".into(),
                "orders:User:alice".into(),
                "orders:User:dave".into()
            ],
            vec!["orders:User:alice".into(), "orders:User:alice".into()],
            vec![],
            vec![],
        ]
    );
    let errors: Vec<(i16, Option<&str>)> = resp
        .filter_results
        .iter()
        .map(|r| (r.error_code, r.error_message.as_deref()))
        .collect();
    assert_eq!(
        errors,
        vec![
            (0, None),
            (0, None),
            (42, Some("Unknown patternFilter.")),
            (42, Some("Unknown entryFilter."))
        ]
    );
    assert_eq!(cluster.acls(), vec![bindings[5].clone()]);
    assert!(describe_acls(&mut c, 3, topic_match("orders")).is_empty());
}

#[test]
fn create_acls_refuses_what_kafka_refuses() {
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    let mut c = Client::to_broker(&cluster, 1);
    let good = AclBinding::new(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW);
    let with = |f: &dyn Fn(&mut AclBinding)| {
        let mut b = good.clone();
        f(&mut b);
        b
    };
    let results = create_acls(
        &mut c,
        2,
        &[
            with(&|b| b.principal = "alice".into()),
            with(&|b| b.name = String::new()),
            with(&|b| {
                b.resource_type = CLUSTER;
                b.name = "my-cluster".into()
            }),
            with(&|b| b.operation = 99),
            with(&|b| b.resource_type = 42),
            with(&|b| b.permission = 9),
            good.clone(),
        ],
    );
    let message = |m: &str| Some(m.to_string());
    assert_eq!(
        results,
        vec![
            (42, message("Could not parse principal from `alice` (no colon is present separating the principal type from the principal name)")),
            (42, message("Invalid empty resource name")),
            (42, message("The only valid name for the CLUSTER resource is kafka-cluster")),
            (42, message("Invalid operation UNKNOWN")),
            (42, message("Invalid resourceType UNKNOWN")),
            (42, message("Invalid permissionType UNKNOWN")),
            (0, None),
        ]
    );
    assert_eq!(cluster.acls(), vec![good.clone()]);

    // A filter-only value anywhere fails every creation of the request.
    let other = AclBinding::new(GROUP, "g", LITERAL, "User:bob", READ, ALLOW);
    for bad in [
        with(&|b| b.pattern_type = MATCH),
        with(&|b| b.pattern_type = ANY),
        with(&|b| b.operation = ANY),
        with(&|b| b.permission = ANY),
        with(&|b| b.resource_type = ANY),
    ] {
        let results = create_acls(&mut c, 3, &[other.clone(), bad.clone()]);
        assert_eq!(results, vec![(-1, None), (-1, None)], "{bad:?}");
    }
    assert_eq!(cluster.acls(), vec![good.clone()]);

    // The UNKNOWN code itself does not even parse: the connection goes.
    let mut req = CreateAclsRequest::default();
    req.creations = vec![creation(&with(&|b| b.operation = 0))];
    assert!(c.call(3, &req).is_err());
    let mut c = Client::to_broker(&cluster, 1);
    let mut req = DescribeAclsRequest::default();
    req.resource_type_filter = 0;
    assert!(c.call(3, &req).is_err());

    cluster.add_acl(other.clone());
    assert_eq!(cluster.acls().len(), 2);
    let refused = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        cluster.add_acl(AclBinding::new(TOPIC, "x", LITERAL, "bob", READ, ALLOW))
    }));
    assert!(refused.is_err());
}

// ------------------------------------------------------ release impersonation

fn release_cluster(version: &str, kraft: Option<bool>) -> TestCluster {
    TestCluster::start(ClusterConfig {
        kafka_version: version.to_string(),
        kraft,
        ..ClusterConfig::default()
    })
    .unwrap()
}

/// The table for `version` read straight from the JSON, independently of
/// the cluster's own resolution.
fn json_table(table: &str, section: &str) -> BTreeMap<i16, (i16, i16)> {
    let d: serde_json::Value =
        serde_json::from_str(kafka_fake::versions::API_VERSIONS_JSON).expect("valid JSON");
    let entry = &d[section][table];
    entry["max"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, hi)| {
            let lo = entry["min"][k].as_i64().unwrap_or(0);
            (k.parse().unwrap(), (lo as i16, hi.as_i64().unwrap() as i16))
        })
        .collect()
}

fn advertised(c: &mut Client) -> BTreeMap<i16, (i16, i16)> {
    let resp = c.call(0, &api_versions_request(0)).unwrap();
    assert_eq!(resp.error_code, 0);
    resp.api_keys
        .iter()
        .map(|k| (k.api_key, (k.min_version, k.max_version)))
        .collect()
}

#[test]
fn the_embedded_api_versions_table_matches_the_shared_one() {
    // This crate lives in crates/kafka-fake; `../shared` is beside the checkout.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../..")
        .join("shared")
        .join("kafka-api-versions.json");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!("{} not present; nothing to compare", shared.display());
        return;
    };
    let shared: serde_json::Value = serde_json::from_str(&text).unwrap();
    let embedded: serde_json::Value =
        serde_json::from_str(kafka_fake::versions::API_VERSIONS_JSON).unwrap();
    assert!(
        shared == embedded,
        "crates/kafka-fake/kafka-api-versions.json differs from {}; copy it again",
        "../shared/kafka-api-versions.json"
    );
}

#[test]
fn each_release_advertises_exactly_its_table() {
    let cases = [
        ("2.8.0", None, "2.8.0", "releases"),
        ("2.8.2", None, "2.8.0", "releases"),
        ("3.6.0", None, "3.6.0", "releases"),
        ("3.6.1", None, "3.6.0", "releases"),
        ("3.6.0", Some(true), "3.6.0", "kraft_releases"),
        ("3.9.0", None, "3.9.0", "releases"),
        ("4.0.0", None, "4.0.0", "releases"),
        ("4.0.3", None, "4.0.1", "releases"),
        ("4.1.0", None, "4.1.0", "releases"),
    ];
    for (version, kraft, table, section) in cases {
        let cluster = release_cluster(version, kraft);
        let mut c = Client::to_broker(&cluster, 2);
        assert_eq!(
            advertised(&mut c),
            json_table(table, section),
            "{version} kraft={kraft:?}"
        );
    }
    assert!(TestCluster::start(ClusterConfig {
        kafka_version: "4.0.0".into(),
        kraft: Some(false),
        ..ClusterConfig::default()
    })
    .is_err());
    assert!(TestCluster::start(ClusterConfig {
        kafka_version: "2.7.0".into(),
        ..ClusterConfig::default()
    })
    .is_err());
    // The default is 3.6.0 in ZooKeeper mode, not the newest protocol.
    let cluster = TestCluster::start(ClusterConfig::default()).unwrap();
    assert_eq!(cluster.release().table, "3.6.0");
    assert!(!cluster.release().kraft);
}

#[test]
fn versions_outside_the_release_close_the_connection() {
    let cluster = release_cluster("3.6.0", None);
    cluster.create_topic("t", 1, 1, &[]);
    let mut req = AlterPartitionReassignmentsRequest::default();
    req.timeout_ms = 1000;
    // v1 exists in the codec (Kafka 4.1) but not in 3.6: Kafka closes.
    let mut c = Client::to_broker(&cluster, 1);
    assert!(c.raw(1, &req).is_err() || c.closed());
    let mut c = Client::to_broker(&cluster, 1);
    let resp = c.call(0, &req).unwrap();
    assert_eq!(resp.error_code, 0);
    // ApiVersions above the release's range answers UNSUPPORTED_VERSION with
    // the release's own ApiVersions range (3.6 tops out at v3).
    let mut c = Client::to_broker(&cluster, 1);
    let header = c.header(ApiKey::ApiVersions, 4);
    let mut buf = BytesMut::new();
    header.encode(&mut buf, 2).unwrap();
    api_versions_request(4).encode(&mut buf, 4).unwrap();
    c.send_frame(&buf).unwrap();
    let mut frame = c.read_frame().unwrap();
    ResponseHeader::decode(&mut frame, 0).unwrap();
    let resp = ApiVersionsResponse::decode(&mut frame, 0).unwrap();
    assert_eq!(resp.error_code, 35);
    assert_eq!(resp.api_keys[0].max_version, 3);

    let cluster = release_cluster("4.1.0", None);
    cluster.create_topic("t", 1, 1, &[]);
    let mut c = Client::to_broker(&cluster, 1);
    let mut req = AlterPartitionReassignmentsRequest::default();
    req.allow_replication_factor_change = false;
    assert_eq!(c.call(1, &req).unwrap().error_code, 0);
}

#[test]
fn zookeeper_clusters_route_controller_requests_kraft_clusters_forward() {
    let zk = release_cluster("3.9.0", None);
    let controller = zk.controller();
    let other = other_broker(&zk, controller);
    let mut c = Client::to_broker(&zk, other);
    for _ in 0..5 {
        let resp = c.call(12, &MetadataRequest::default()).unwrap();
        assert_eq!(resp.controller_id.0, controller);
    }
    let resp = create(&mut c, vec![creatable("t", 1, 1, &[])], false);
    assert_eq!(resp.topics[0].error_code, 41, "NOT_CONTROLLER");
    assert!(zk.topic("t").is_none());
    let mut c = Client::to_broker(&zk, controller);
    let resp = create(&mut c, vec![creatable("t", 1, 1, &[])], false);
    assert_eq!(resp.topics[0].error_code, 0);
    let mut c = Client::to_broker(&zk, other);
    let resp = c
        .call(0, &ListPartitionReassignmentsRequest::default())
        .unwrap();
    assert_eq!(resp.error_code, 41);

    let kraft = release_cluster("3.9.0", Some(true));
    let mut c = Client::to_broker(&kraft, 2);
    let resp = create(&mut c, vec![creatable("t", 1, 1, &[])], false);
    assert_eq!(resp.topics[0].error_code, 0, "any KRaft broker forwards");
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..30 {
        let resp = c.call(12, &MetadataRequest::default()).unwrap();
        seen.insert(resp.controller_id.0);
        let resp = c.call(0, &DescribeClusterRequest::default()).unwrap();
        seen.insert(resp.controller_id.0);
    }
    assert!(seen.len() > 1, "a random live broker each time: {seen:?}");
    assert!(seen.iter().all(|id| kraft.broker_ids().contains(id)));
}

#[test]
fn static_broker_configs_are_inherited_and_described_as_static() {
    let cluster = TestCluster::start(ClusterConfig {
        broker_configs: vec![("log.retention.ms".into(), "3600000".into())],
        ..ClusterConfig::default()
    })
    .unwrap();
    cluster.create_topic("t", 1, 1, &[]);
    let mut c = Client::to_broker(&cluster, 1);
    let mut res = describe_configs_request::DescribeConfigsResource::default();
    res.resource_type = 2;
    res.resource_name = s("t");
    res.configuration_keys = None;
    let mut req = DescribeConfigsRequest::default();
    req.resources = vec![res];
    req.include_synonyms = true;
    let resp = c.call(4, &req).unwrap();
    let configs = &resp.results[0].configs;
    assert_eq!(entry(configs, "retention.ms"), (Some("3600000"), 4));
    let e = configs
        .iter()
        .find(|c| c.name.as_str() == "retention.ms")
        .unwrap();
    let synonyms: Vec<(&str, Option<&str>, i8)> = e
        .synonyms
        .iter()
        .map(|s| (s.name.as_str(), s.value.as_deref(), s.source))
        .collect();
    assert!(
        synonyms.contains(&("log.retention.ms", Some("3600000"), 4)),
        "{synonyms:?}"
    );

    // The broker itself reports it as static, below a dynamic override.
    let mut res = describe_configs_request::DescribeConfigsResource::default();
    res.resource_type = 4;
    res.resource_name = s("1");
    res.configuration_keys = None;
    let mut req = DescribeConfigsRequest::default();
    req.resources = vec![res];
    let resp = c.call(4, &req).unwrap();
    assert_eq!(
        entry(&resp.results[0].configs, "log.retention.ms"),
        (Some("3600000"), 4)
    );
    cluster.set_broker_config(Some(1), "log.retention.ms", Some("60000"));
    let resp = c.call(4, &req).unwrap();
    assert_eq!(
        entry(&resp.results[0].configs, "log.retention.ms"),
        (Some("60000"), 2)
    );
}
