//! Request handlers: one function per implemented API, each decoding with
//! kafka-protocol at the client's version and answering from the shared model.

use super::acls::{create_acls, delete_acls, describe_acls};
use super::config_apis::{alter_configs, describe_configs, incremental_alter_configs};
use super::configs;
use super::groups::{
    consumer_group_describe, delete_groups, describe_groups, find_coordinator, list_groups,
    offset_commit, offset_delete, offset_fetch,
};
use super::model::*;
use super::partition_apis::{
    alter_reassignments, delete_records, describe_log_dirs, elect_leaders, list_offsets,
    list_reassignments,
};
use super::quotas::{
    alter_client_quotas, alter_user_scram_credentials, describe_client_quotas,
    describe_user_scram_credentials,
};
use super::sasl::{Exchange, SaslSetup, Step};
use super::versions::Release;
use bytes::{Bytes, BytesMut};
use kafka_protocol::messages::*;
use kafka_protocol::protocol::{
    Decodable, Encodable, HeaderVersion, Message, StrBytes, VersionRange,
};
use kafka_protocol::ResponseError;
use std::collections::HashSet;
use std::str::FromStr;
use std::sync::{Mutex, MutexGuard};

pub struct Shared {
    pub model: Mutex<Model>,
    pub sasl: Option<SaslSetup>,
}

impl Shared {
    /// A panicking handler must not wedge every other connection, so a
    /// poisoned lock is taken over as is.
    pub fn model(&self) -> MutexGuard<'_, Model> {
        self.model.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub enum Auth {
    /// The listener has no SASL: every API is open.
    Open,
    /// SASL listener before a successful SaslHandshake.
    Handshake,
    /// After SaslHandshake v1: tokens arrive in SaslAuthenticate requests.
    Authenticate(Exchange),
    /// After SaslHandshake v0: tokens arrive as bare length-prefixed frames.
    RawTokens(Exchange),
    Done,
}

pub struct Conn {
    pub broker_id: i32,
    pub auth: Auth,
    /// The client software name from ApiVersions v3+, for telling clients
    /// (mskctl's own, librdkafka) apart in the login record.
    pub software: String,
}

pub enum Outcome {
    Close,
    Reply {
        body: BytesMut,
        header_version: i16,
        close: bool,
    },
    Raw {
        token: Vec<u8>,
        close: bool,
    },
}

pub fn s(v: impl Into<String>) -> StrBytes {
    StrBytes::from_string(v.into())
}

pub fn tn(v: &str) -> TopicName {
    TopicName(s(v))
}

pub fn ids(v: &[i32]) -> Vec<BrokerId> {
    v.iter().copied().map(BrokerId).collect()
}

pub fn raw_ids(v: &[BrokerId]) -> Vec<i32> {
    v.iter().map(|b| b.0).collect()
}

/// kafka-protocol's Uuid type is not re-exported, so ids cross the boundary
/// through its textual form.
fn uuid<T: FromStr + Default>(id: u128) -> T {
    format!("{id:032x}").parse().unwrap_or_default()
}

pub fn msg(e: &ApiError) -> Option<StrBytes> {
    Some(s(e.1.clone()))
}

/// Kafka's default exception message for an error code, used for injected errors.
pub fn default_message(code: i16) -> Option<StrBytes> {
    ResponseError::try_from_code(code).map(|e| s(e.to_string()))
}

fn reply<R: Encodable + HeaderVersion>(resp: &R, version: i16, close: bool) -> Outcome {
    let mut body = BytesMut::new();
    match resp.encode(&mut body, version) {
        Ok(()) => Outcome::Reply {
            body,
            header_version: R::header_version(version),
            close,
        },
        Err(e) => {
            eprintln!(
                "fake kafka cluster: cannot encode {} v{version}: {e:#}",
                std::any::type_name::<R>()
            );
            Outcome::Close
        }
    }
}

fn in_range(range: VersionRange, version: i16) -> bool {
    range.min <= version && version <= range.max
}

/// Decodes a request Kafka would accept at `version` and encodes the answer;
/// an unsupported version or malformed body closes the connection, as Kafka does.
fn run<Req, Resp>(body: &mut Bytes, version: i16, f: impl FnOnce(Req) -> Resp) -> Outcome
where
    Req: Decodable + Message,
    Resp: Encodable + HeaderVersion,
{
    if !in_range(Req::VERSIONS, version) {
        return Outcome::Close;
    }
    match Req::decode(body, version) {
        Ok(req) => reply(&f(req), version, false),
        Err(_) => Outcome::Close,
    }
}

/// Like `run`, for handlers that refuse some decodable requests the way
/// Kafka's request parser does: by closing the connection (`None`).
fn run_or_close<Req, Resp>(
    body: &mut Bytes,
    version: i16,
    f: impl FnOnce(Req) -> Option<Resp>,
) -> Outcome
where
    Req: Decodable + Message,
    Resp: Encodable + HeaderVersion,
{
    if !in_range(Req::VERSIONS, version) {
        return Outcome::Close;
    }
    match Req::decode(body, version).ok().and_then(f) {
        Some(resp) => reply(&resp, version, false),
        None => Outcome::Close,
    }
}

pub fn handle(
    shared: &Shared,
    conn: &mut Conn,
    api: ApiKey,
    version: i16,
    body: &mut Bytes,
    inject: Option<i16>,
) -> Outcome {
    // A version the impersonated release does not offer is refused the way
    // Kafka's socket server refuses it: by closing the connection (only
    // ApiVersions answers UNSUPPORTED_VERSION, so clients can negotiate).
    let release = shared.model().release.clone();
    if api != ApiKey::ApiVersions && !release.accepts(api as i16, version) {
        return Outcome::Close;
    }
    match api {
        ApiKey::ApiVersions => return api_versions(&release, conn, version, body, inject),
        ApiKey::SaslHandshake => return sasl_handshake(shared, conn, version, body, inject),
        ApiKey::SaslAuthenticate => return sasl_authenticate(shared, conn, version, body, inject),
        _ => {}
    }
    if !matches!(conn.auth, Auth::Open | Auth::Done) {
        // Kafka drops a connection that sends anything else before SASL completes.
        return Outcome::Close;
    }
    let b = conn.broker_id;
    let m = &mut *shared.model();
    let inject = match api {
        ApiKey::CreateTopics
        | ApiKey::DeleteTopics
        | ApiKey::CreatePartitions
        | ApiKey::AlterPartitionReassignments
        | ApiKey::ListPartitionReassignments
        | ApiKey::ElectLeaders
        | ApiKey::AlterUserScramCredentials
            if m.refuses_as_non_controller(b) =>
        {
            inject.or(Some(NOT_CONTROLLER))
        }
        _ => inject,
    };
    match api {
        ApiKey::Metadata => {
            let controller = m.reported_controller();
            run(body, version, |r| {
                metadata(m, controller, version, r, inject)
            })
        }
        ApiKey::DescribeCluster => {
            let controller = m.reported_controller();
            run(body, version, |r| {
                describe_cluster(m, controller, version, r, inject)
            })
        }
        ApiKey::CreateTopics => run(body, version, |r| create_topics(m, b, r, inject)),
        ApiKey::DeleteTopics => run(body, version, |r| delete_topics(m, version, r, inject)),
        ApiKey::CreatePartitions => run(body, version, |r| create_partitions(m, r, inject)),
        ApiKey::DescribeConfigs => run(body, version, |r| describe_configs(m, b, r, inject)),
        ApiKey::IncrementalAlterConfigs => {
            run(body, version, |r| incremental_alter_configs(m, r, inject))
        }
        ApiKey::AlterConfigs => run(body, version, |r| alter_configs(m, r, inject)),
        ApiKey::ListOffsets => run(body, version, |r| list_offsets(m, b, r, inject)),
        ApiKey::DeleteRecords => run(body, version, |r| delete_records(m, b, r, inject)),
        ApiKey::AlterPartitionReassignments => run(body, version, |r| {
            alter_reassignments(m, version, r, inject)
        }),
        ApiKey::ListPartitionReassignments => {
            run(body, version, |r| list_reassignments(m, r, inject))
        }
        ApiKey::ElectLeaders => run(body, version, |r| elect_leaders(m, version, r, inject)),
        ApiKey::DescribeLogDirs => run(body, version, |r| {
            describe_log_dirs(m, b, version, r, inject)
        }),
        ApiKey::FindCoordinator => run(body, version, |r| find_coordinator(m, version, r, inject)),
        ApiKey::ListGroups => run(body, version, |r| list_groups(m, b, version, r, inject)),
        ApiKey::DescribeGroups => run(body, version, |r| describe_groups(m, b, version, r, inject)),
        ApiKey::ConsumerGroupDescribe => {
            run(body, version, |r| consumer_group_describe(m, b, r, inject))
        }
        ApiKey::OffsetCommit => run(body, version, |r| offset_commit(m, b, version, r, inject)),
        ApiKey::OffsetFetch => run(body, version, |r| offset_fetch(m, b, version, r, inject)),
        ApiKey::OffsetDelete => run(body, version, |r| offset_delete(m, b, r, inject)),
        ApiKey::DeleteGroups => run(body, version, |r| delete_groups(m, b, r, inject)),
        ApiKey::DescribeAcls => run_or_close(body, version, |r| describe_acls(m, r, inject)),
        ApiKey::CreateAcls => run_or_close(body, version, |r| create_acls(m, r, inject)),
        ApiKey::DeleteAcls => run_or_close(body, version, |r| delete_acls(m, r, inject)),
        ApiKey::DescribeClientQuotas => {
            run(body, version, |r| describe_client_quotas(m, r, inject))
        }
        ApiKey::AlterClientQuotas => run(body, version, |r| alter_client_quotas(m, r, inject)),
        ApiKey::DescribeUserScramCredentials => run(body, version, |r| {
            describe_user_scram_credentials(m, r, inject)
        }),
        ApiKey::AlterUserScramCredentials => run(body, version, |r| {
            alter_user_scram_credentials(m, r, inject)
        }),
        _ => Outcome::Close,
    }
}

// ---------------------------------------------------------------- ApiVersions

fn api_version(key: i16, (min, max): (i16, i16)) -> api_versions_response::ApiVersion {
    let mut v = api_versions_response::ApiVersion::default();
    v.api_key = key;
    v.min_version = min;
    v.max_version = max;
    v
}

/// Kafka's pattern for ApiVersions v3+ client software name and version.
fn valid_software_field(v: &str) -> bool {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
    match (v.chars().next(), v.chars().last()) {
        (Some(first), Some(last)) => {
            first.is_ascii_alphanumeric() && last.is_ascii_alphanumeric() && v.chars().all(ok_char)
        }
        _ => false,
    }
}

/// The release's ApiVersions answer; the ApiVersions range is also bounded
/// by what the codec here can encode.
fn api_versions(
    release: &Release,
    conn: &mut Conn,
    version: i16,
    body: &mut Bytes,
    inject: Option<i16>,
) -> Outcome {
    let codec = ApiVersionsRequest::VERSIONS;
    let key = ApiKey::ApiVersions as i16;
    let own = release
        .range(key)
        .map(|(lo, hi)| (lo.max(codec.min), hi.min(codec.max)))
        .unwrap_or((codec.min, codec.max));
    if !(own.0 <= version && version <= own.1) {
        // Kafka answers a version it does not know at v0 with its own range,
        // so the client can retry at a version both sides speak.
        let mut resp = ApiVersionsResponse::default();
        resp.error_code = UNSUPPORTED_VERSION;
        resp.api_keys = vec![api_version(key, own)];
        return reply(&resp, 0, false);
    }
    let mut resp = ApiVersionsResponse::default();
    if matches!(conn.auth, Auth::Authenticate(_) | Auth::RawTokens(_)) {
        resp.error_code = ILLEGAL_SASL_STATE;
        return reply(&resp, version, true);
    }
    let Ok(req) = ApiVersionsRequest::decode(body, version) else {
        return Outcome::Close;
    };
    if version >= 3
        && !(valid_software_field(&req.client_software_name)
            && valid_software_field(&req.client_software_version))
    {
        resp.error_code = INVALID_REQUEST;
        return reply(&resp, version, false);
    }
    if version >= 3 {
        conn.software = req.client_software_name.to_string();
    }
    if let Some(code) = inject {
        resp.error_code = code;
        if code == UNSUPPORTED_VERSION {
            resp.api_keys = vec![api_version(key, own)];
        }
        return reply(&resp, version, false);
    }
    resp.api_keys = release
        .apis
        .iter()
        .map(|(k, r)| api_version(*k, *r))
        .collect();
    reply(&resp, version, false)
}

// ----------------------------------------------------------------------- SASL

fn sasl_handshake(
    shared: &Shared,
    conn: &mut Conn,
    version: i16,
    body: &mut Bytes,
    inject: Option<i16>,
) -> Outcome {
    if !in_range(SaslHandshakeRequest::VERSIONS, version) {
        return Outcome::Close;
    }
    let Ok(req) = SaslHandshakeRequest::decode(body, version) else {
        return Outcome::Close;
    };
    let mut resp = SaslHandshakeResponse::default();
    if let Some(setup) = &shared.sasl {
        resp.mechanisms = setup.mechanisms.iter().map(|m| s(m.clone())).collect();
    }
    if let Some(code) = inject {
        resp.error_code = code;
        return reply(&resp, version, true);
    }
    match (&shared.sasl, &conn.auth) {
        (Some(setup), Auth::Handshake) => match setup.start(&req.mechanism) {
            Some(exchange) => {
                conn.auth = if version == 0 {
                    Auth::RawTokens(exchange)
                } else {
                    Auth::Authenticate(exchange)
                };
                reply(&resp, version, false)
            }
            None => {
                resp.error_code = UNSUPPORTED_SASL_MECHANISM;
                reply(&resp, version, true)
            }
        },
        (_, Auth::Authenticate(_) | Auth::RawTokens(_)) => {
            resp.error_code = ILLEGAL_SASL_STATE;
            reply(&resp, version, true)
        }
        // Kafka's request handler answers a handshake on a plaintext or
        // already authenticated connection this way and keeps it open.
        _ => {
            resp.error_code = ILLEGAL_SASL_STATE;
            reply(&resp, version, false)
        }
    }
}

fn sasl_authenticate(
    shared: &Shared,
    conn: &mut Conn,
    version: i16,
    body: &mut Bytes,
    inject: Option<i16>,
) -> Outcome {
    if !in_range(SaslAuthenticateRequest::VERSIONS, version) {
        return Outcome::Close;
    }
    let Ok(req) = SaslAuthenticateRequest::decode(body, version) else {
        return Outcome::Close;
    };
    let mut resp = SaslAuthenticateResponse::default();
    resp.error_message = None;
    if let Some(code) = inject {
        resp.error_code = code;
        resp.error_message = default_message(code);
        return reply(&resp, version, true);
    }
    match &mut conn.auth {
        Auth::Authenticate(exchange) => match exchange.step(&req.auth_bytes) {
            Step::Continue(out) => {
                resp.auth_bytes = Bytes::from(out);
                reply(&resp, version, false)
            }
            Step::Done { reply: out, user } => {
                conn.auth = Auth::Done;
                shared.model().logins.push((conn.software.clone(), user));
                resp.auth_bytes = Bytes::from(out);
                reply(&resp, version, false)
            }
            Step::Failed(message) => {
                resp.error_code = SASL_AUTHENTICATION_FAILED;
                resp.error_message = Some(s(message));
                reply(&resp, version, true)
            }
        },
        Auth::Open | Auth::Done => {
            resp.error_code = ILLEGAL_SASL_STATE;
            resp.error_message = Some(s(
                "SaslAuthenticate request received after successful authentication",
            ));
            reply(&resp, version, false)
        }
        Auth::Handshake | Auth::RawTokens(_) => Outcome::Close,
    }
}

/// One bare SASL token after a v0 handshake; Kafka answers with a bare token
/// and simply closes the connection when authentication fails.
pub fn raw_token(conn: &mut Conn, token: &[u8]) -> Outcome {
    let Auth::RawTokens(exchange) = &mut conn.auth else {
        return Outcome::Close;
    };
    match exchange.step(token) {
        Step::Continue(out) => Outcome::Raw {
            token: out,
            close: false,
        },
        Step::Done { reply, .. } => {
            conn.auth = Auth::Done;
            Outcome::Raw {
                token: reply,
                close: false,
            }
        }
        Step::Failed(_) => Outcome::Close,
    }
}

// ------------------------------------------------------------ Metadata/cluster

/// READ, WRITE, CREATE, DELETE, ALTER, DESCRIBE, DESCRIBE_CONFIGS, ALTER_CONFIGS.
const TOPIC_OPERATIONS: i32 = 0b1101_1111_1000;
/// CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE.
const CLUSTER_OPERATIONS: i32 = 0b1_1111_1010_0000;

fn topic_metadata(name: &str, topic: &Topic) -> metadata_response::MetadataResponseTopic {
    let mut out = metadata_response::MetadataResponseTopic::default();
    out.name = Some(tn(name));
    out.topic_id = uuid(topic.id);
    out.is_internal = is_internal(name);
    out.partitions = topic
        .partitions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut x = metadata_response::MetadataResponsePartition::default();
            x.error_code = if p.leader == -1 {
                LEADER_NOT_AVAILABLE
            } else {
                NONE
            };
            x.partition_index = i as i32;
            x.leader_id = BrokerId(p.leader);
            x.leader_epoch = p.leader_epoch;
            x.replica_nodes = ids(&p.replicas);
            x.isr_nodes = ids(&p.isr);
            x.offline_replicas = ids(&p.offline);
            x
        })
        .collect();
    out
}

fn metadata(
    m: &Model,
    controller: i32,
    version: i16,
    req: MetadataRequest,
    inject: Option<i16>,
) -> MetadataResponse {
    let mut resp = MetadataResponse::default();
    resp.brokers = m
        .brokers
        .iter()
        .map(|b| {
            let mut x = metadata_response::MetadataResponseBroker::default();
            x.node_id = BrokerId(b.id);
            x.host = s(b.host.clone());
            x.port = i32::from(b.port);
            x.rack = b.rack.clone().map(s);
            x
        })
        .collect();
    resp.cluster_id = Some(s(m.cluster_id.clone()));
    resp.controller_id = BrokerId(controller);
    if req.include_cluster_authorized_operations && (8..=10).contains(&version) {
        resp.cluster_authorized_operations = CLUSTER_OPERATIONS;
    }
    // v0 has no null array: an empty list there means every topic.
    let wanted = match req.topics {
        None => None,
        Some(t) if version == 0 && t.is_empty() => None,
        Some(t) => Some(t),
    };
    let mut topics = Vec::new();
    match wanted {
        None => {
            for (name, topic) in &m.topics {
                topics.push(topic_metadata(name, topic));
            }
        }
        Some(requested) => {
            for t in requested {
                let found = match &t.name {
                    Some(name) => match validate_topic_name(name) {
                        Err(e) => Err((e.0, Some(name.to_string()))),
                        Ok(()) => m
                            .topics
                            .get_key_value(name.as_str())
                            .ok_or((UNKNOWN_TOPIC_OR_PARTITION, Some(name.to_string()))),
                    },
                    None => m
                        .topic_by_id(t.topic_id.as_u128())
                        .ok_or((UNKNOWN_TOPIC_ID, None)),
                };
                topics.push(match found {
                    Ok((name, topic)) => topic_metadata(name, topic),
                    Err((code, name)) => {
                        let mut x = metadata_response::MetadataResponseTopic::default();
                        x.error_code = code;
                        x.name = name.map(|n| tn(&n));
                        x.topic_id = t.topic_id;
                        x
                    }
                });
            }
        }
    }
    for t in &mut topics {
        if let Some(code) = inject {
            t.error_code = code;
            t.partitions.clear();
        }
        if req.include_topic_authorized_operations && version >= 8 && t.error_code == NONE {
            t.topic_authorized_operations = TOPIC_OPERATIONS;
        }
    }
    resp.topics = topics;
    resp
}

fn describe_cluster(
    m: &Model,
    controller: i32,
    version: i16,
    req: DescribeClusterRequest,
    inject: Option<i16>,
) -> DescribeClusterResponse {
    let mut resp = DescribeClusterResponse::default();
    resp.cluster_id = s(m.cluster_id.clone());
    resp.controller_id = BrokerId(controller);
    let error = if let Some(code) = inject {
        Some((code, default_message(code)))
    } else if version >= 1 && req.endpoint_type == 2 {
        Some((
            MISMATCHED_ENDPOINT_TYPE,
            Some(s("The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER")),
        ))
    } else if version >= 1 && req.endpoint_type != 1 {
        Some((
            UNSUPPORTED_ENDPOINT_TYPE,
            Some(s(format!(
                "Unsupported endpoint type {}",
                req.endpoint_type
            ))),
        ))
    } else {
        None
    };
    if let Some((code, message)) = error {
        resp.error_code = code;
        resp.error_message = message;
        return resp;
    }
    resp.brokers = m
        .brokers
        .iter()
        .map(|b| {
            let mut x = describe_cluster_response::DescribeClusterBroker::default();
            x.broker_id = BrokerId(b.id);
            x.host = s(b.host.clone());
            x.port = i32::from(b.port);
            x.rack = b.rack.clone().map(s);
            x
        })
        .collect();
    if req.include_cluster_authorized_operations {
        resp.cluster_authorized_operations = CLUSTER_OPERATIONS;
    }
    resp
}

// --------------------------------------------------------------------- Topics

/// Names that occur more than once in one request; Kafka rejects each of them
/// with INVALID_REQUEST instead of acting twice.
pub fn duplicates<'a>(names: impl Iterator<Item = &'a str>) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut dups = HashSet::new();
    for n in names {
        if !seen.insert(n) {
            dups.insert(n.to_string());
        }
    }
    dups
}

fn create_topics(
    m: &mut Model,
    broker: i32,
    req: CreateTopicsRequest,
    inject: Option<i16>,
) -> CreateTopicsResponse {
    let dups = duplicates(req.topics.iter().map(|t| t.name.as_str()));
    let mut reported_dups = HashSet::new();
    let mut resp = CreateTopicsResponse::default();
    for t in &req.topics {
        let name = t.name.to_string();
        let mut r = create_topics_response::CreatableTopicResult::default();
        r.name = t.name.clone();
        r.error_message = None;
        r.configs = None;
        let result = if dups.contains(&name) {
            if !reported_dups.insert(name.clone()) {
                continue;
            }
            Err(err(INVALID_REQUEST, "Duplicate topic name."))
        } else if let Some(code) = inject {
            Err((
                code,
                default_message(code)
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ))
        } else {
            let manual: Vec<(i32, Vec<i32>)> = t
                .assignments
                .iter()
                .map(|a| (a.partition_index, raw_ids(&a.broker_ids)))
                .collect();
            let configs: Vec<(String, Option<String>)> = t
                .configs
                .iter()
                .map(|c| (c.name.to_string(), c.value.as_ref().map(|v| v.to_string())))
                .collect();
            m.validate_new_topic(
                &name,
                t.num_partitions,
                t.replication_factor,
                &manual,
                &configs,
            )
        };
        match result {
            Err(e) => {
                r.error_code = e.0;
                r.error_message = msg(&e);
            }
            Ok(new) => {
                r.num_partitions = new.assignment.len() as i32;
                r.replication_factor = new.assignment.first().map(|a| a.len()).unwrap_or(0) as i16;
                r.configs = Some(
                    configs::TOPIC_CONFIGS
                        .iter()
                        .map(|def| {
                            let (value, source) = m.topic_config_value(&new.configs, def, broker);
                            let mut c = create_topics_response::CreatableTopicConfigs::default();
                            c.name = s(def.name);
                            c.value = value.map(s);
                            c.config_source = source;
                            c
                        })
                        .collect(),
                );
                if !req.validate_only {
                    r.topic_id = uuid(m.insert_topic(new));
                }
            }
        }
        resp.topics.push(r);
    }
    resp
}

fn delete_topics(
    m: &mut Model,
    version: i16,
    req: DeleteTopicsRequest,
    inject: Option<i16>,
) -> DeleteTopicsResponse {
    // v6 addresses topics by name or id; earlier versions only by name.
    let targets: Vec<(Option<String>, u128)> = if version >= 6 {
        req.topics
            .iter()
            .map(|t| (t.name.as_ref().map(|n| n.to_string()), t.topic_id.as_u128()))
            .collect()
    } else {
        req.topic_names
            .iter()
            .map(|n| (Some(n.to_string()), 0))
            .collect()
    };
    let dups = duplicates(targets.iter().filter_map(|(n, _)| n.as_deref()));
    let mut resp = DeleteTopicsResponse::default();
    for (name, id) in targets {
        let mut r = delete_topics_response::DeletableTopicResult::default();
        let resolved = match &name {
            Some(n) if dups.contains(n) => Err(err(INVALID_REQUEST, "Duplicate topic name.")),
            Some(n) => m.topics.get(n).map(|t| (n.clone(), t.id)).ok_or_else(|| {
                err(
                    UNKNOWN_TOPIC_OR_PARTITION,
                    "This server does not host this topic-partition.",
                )
            }),
            None => m
                .topic_by_id(id)
                .map(|(n, t)| (n.clone(), t.id))
                .ok_or_else(|| err(UNKNOWN_TOPIC_ID, "This server does not host this topic ID.")),
        };
        r.name = name.as_deref().map(tn);
        r.topic_id = uuid(id);
        match (resolved, inject) {
            (Err(e), _) => {
                r.error_code = e.0;
                r.error_message = msg(&e);
            }
            (Ok((n, tid)), Some(code)) => {
                r.name = Some(tn(&n));
                r.topic_id = uuid(tid);
                r.error_code = code;
                r.error_message = default_message(code);
            }
            (Ok((n, tid)), None) => {
                m.remove_topic(&n);
                r.name = Some(tn(&n));
                r.topic_id = uuid(tid);
            }
        }
        resp.responses.push(r);
    }
    resp
}

fn create_partitions(
    m: &mut Model,
    req: CreatePartitionsRequest,
    inject: Option<i16>,
) -> CreatePartitionsResponse {
    let dups = duplicates(req.topics.iter().map(|t| t.name.as_str()));
    let mut resp = CreatePartitionsResponse::default();
    for t in &req.topics {
        let name = t.name.to_string();
        let mut r = create_partitions_response::CreatePartitionsTopicResult::default();
        r.name = t.name.clone();
        let manual: Option<Vec<Vec<i32>>> = t
            .assignments
            .as_ref()
            .map(|a| a.iter().map(|x| raw_ids(&x.broker_ids)).collect());
        let result = if dups.contains(&name) {
            Err(err(INVALID_REQUEST, "Duplicate topic name."))
        } else if let Some(code) = inject {
            Err((
                code,
                default_message(code)
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ))
        } else {
            m.validate_new_partitions(&name, t.count, manual.as_deref())
        };
        match result {
            Err(e) => {
                r.error_code = e.0;
                r.error_message = msg(&e);
            }
            Ok(assignment) => {
                if !req.validate_only {
                    m.add_partitions(&name, assignment);
                }
            }
        }
        resp.results.push(r);
    }
    resp
}
