//! A fake Apache Kafka cluster for integration tests: N brokers on loopback
//! speaking the real Kafka wire protocol (decoded and encoded with
//! kafka-protocol), all serving one in-memory cluster model.
//!
//! What it is: a protocol-level stand-in for the admin APIs no available real
//! broker implements for tests (CreatePartitions, partition reassignment,
//! leader election, several brokers with racks), plus the admin APIs around
//! them. Where it implements an API it answers like Apache Kafka: same error
//! codes, Kafka's error messages where Kafka sends one, the same validation of
//! topic names, partition counts, replication factors and topic config values.
//!
//! It impersonates one release (`ClusterConfig::kafka_version`, default
//! 3.6.0): ApiVersions advertises exactly that release's table from
//! `kafka-api-versions.json` (an embedded copy at this crate's root), and a request
//! at a version outside it closes the connection, as Kafka's socket server
//! does (ApiVersions itself answers UNSUPPORTED_VERSION with its range).
//! 2.8-3.9 run in ZooKeeper mode unless `kraft` is set, 4.x in KRaft mode.
//! Under ZooKeeper, Metadata and DescribeCluster name the real controller
//! (broker 1) and only it acts on CreateTopics, DeleteTopics,
//! CreatePartitions, reassignments and ElectLeaders (others answer
//! NOT_CONTROLLER); under KRaft any broker accepts them (it would forward
//! them) and the controller id reported is a random live broker, as KRaft
//! brokers report. Leader-only APIs (ListOffsets, DeleteRecords) answer
//! NOT_LEADER_OR_FOLLOWER on a non-leader, and broker configs are described
//! only by the broker itself, so client routing bugs show up. Static broker
//! configs (`ClusterConfig::broker_configs`) are reported as
//! STATIC_BROKER_CONFIG and inherited by topics below dynamic ones. Behaviour
//! that differs between releases beyond the version ranges is not modelled.
//!
//! Consumer groups and committed offsets are kept by each group's
//! coordinator (the leader of its `__consumer_offsets` partition, 50 of them,
//! placed like a topic's), which alone answers for the group; ListGroups on a
//! broker lists the groups it coordinates. ACLs are kept and matched as a KRaft
//! controller with StandardAuthorizer does, and answered by any broker.
//! Client quotas and SCRAM credentials are kept and described as a KRaft
//! controller does (entity matching, strict filters, Kafka's error codes);
//! under ZooKeeper only the controller alters SCRAM credentials. SCRAM
//! logins check the credentials those APIs create.
//!
//! What it is not: a broker. It stores no records (appended "records" are
//! offsets and timestamps only), has no Produce/Fetch, group membership
//! protocol (JoinGroup, SyncGroup, Heartbeat: tests set a group's members),
//! authorization (ACLs are never enforced), transactions, quota enforcement, TLS,
//! or real replication; brokers never die (partitions go offline only when a
//! test says so). `__consumer_offsets` is not listed as a topic. Auto topic
//! creation is off, as on MSK.
//! Replica placement uses Kafka's rack-aware round-robin with a fixed start
//! index of 0 instead of a random one, so placements are reproducible.
//! Replication is simulated in bytes, not records: a partition's size is
//! 100 bytes per retained record unless a test sets it, a new replica copies
//! it at the replication throttles Kafka would apply (or at
//! `unthrottled_bytes_per_sec`), advanced by a timer every 20 ms of real time,
//! and a reassignment completes once its new replicas have caught up. Each
//! broker has a single log directory, `/var/lib/kafka/data`, on a 1 TiB volume.
//! A SCRAM login with an unknown user fails at the final step rather than the
//! first. A request that is malformed or uses an API the fake does not
//! implement (even one the release advertises) closes that connection.
//! Never use it where a real server can answer the same question.

mod acls;
mod config_apis;
mod configs;
mod groups;
mod handlers;
mod iam;
mod model;
mod partition_apis;
mod quotas;
mod sasl;
pub mod versions;

use bytes::{Bytes, BytesMut};
use handlers::{Auth, Conn, Outcome, Shared};
use kafka_protocol::messages::{ApiKey, ResponseHeader};
use kafka_protocol::protocol::{decode_request_header_from_buffer, Encodable};
use model::{Broker, FaultKind, Model};
use std::collections::BTreeMap;

pub use acls::AclBinding;
pub use groups::GroupMember;
pub use quotas::QuotaEntityKey;
pub use sasl::AwsIamUser;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Kafka's default `socket.request.max.bytes`.
const MAX_FRAME: usize = 100 * 1024 * 1024;

/// How often copying replicas are credited; each is credited for the real
/// time elapsed, so the tick only sets how fresh progress looks.
const REPLICATION_TICK: std::time::Duration = std::time::Duration::from_millis(20);

#[derive(Clone, Debug)]
pub struct ClusterConfig {
    pub brokers: usize,
    /// Broker i (0-based) gets `racks[i % racks.len()]`; empty means no racks.
    pub racks: Vec<String>,
    /// `(user, password)`; empty means the listeners are PLAINTEXT.
    pub sasl_users: Vec<(String, String)>,
    /// Enabled mechanisms, a subset of PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512
    /// (anything else makes `start` fail); empty means all three.
    pub sasl_mechanisms: Vec<String>,
    /// Enables OAUTHBEARER with MSK IAM tokens signed for this identity
    /// (and makes the listeners SASL even without `sasl_users`).
    pub aws_iam: Option<AwsIamUser>,
    /// How fast a new replica copies its partition when no replication
    /// throttle applies, and the cap when one does. The default (500 MB/s)
    /// lets small test reassignments finish within a tick or two.
    pub unthrottled_bytes_per_sec: u64,
    /// The Apache Kafka release to impersonate ("3.6.0", "3.9", "4.1.0",
    /// a patch release): its brokers advertise exactly that release's API
    /// version ranges and close connections that use others.
    pub kafka_version: String,
    /// `None`: the release's usual mode (ZooKeeper up to 3.9, KRaft from
    /// 4.0). `Some(true)` makes a 2.8-3.9 cluster KRaft.
    pub kraft: Option<bool>,
    /// Static broker configs (`server.properties`), the same on every broker.
    pub broker_configs: Vec<(String, String)>,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            brokers: 3,
            racks: Vec::new(),
            sasl_users: Vec::new(),
            sasl_mechanisms: Vec::new(),
            aws_iam: None,
            unthrottled_bytes_per_sec: model::DEFAULT_UNTHROTTLED_BYTES_PER_SEC,
            kafka_version: versions::DEFAULT_KAFKA_VERSION.to_string(),
            kraft: None,
            broker_configs: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartitionSnapshot {
    pub partition: i32,
    /// -1 when the partition is offline.
    pub leader: i32,
    pub leader_epoch: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub offline_replicas: Vec<i32>,
    pub adding_replicas: Vec<i32>,
    pub removing_replicas: Vec<i32>,
    pub log_start: i64,
    pub high_watermark: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicSnapshot {
    pub name: String,
    pub id: u128,
    pub partitions: Vec<PartitionSnapshot>,
    /// Dynamic (topic-level) overrides only.
    pub configs: BTreeMap<String, String>,
}

impl TopicSnapshot {
    /// The topic id as Kafka tools print it (URL-safe base64, no padding).
    pub fn kafka_id(&self) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let bytes = self.id.to_be_bytes();
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
                << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }

    /// The topic id in the hyphenated UUID form.
    pub fn uuid(&self) -> String {
        let h = format!("{:032x}", self.id);
        format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        )
    }
}

#[derive(Clone, Debug)]
pub enum Fault {
    /// The next `requests` requests (to any broker) are answered; the one
    /// after that gets its connection closed instead of an answer. One-shot.
    DropConnectionAfter { requests: usize },
    /// Hold every response to `api` for `millis` before sending it.
    Delay { api: ApiKey, millis: u64 },
    /// New connections to `broker` are closed at once, as if it were down,
    /// until the faults are cleared. Connections already open keep working.
    Unreachable { broker: i32 },
    /// Answer the next `times` requests to `api` with `code`, without acting
    /// on them: top-level where the response has an error code for the whole
    /// request (ApiVersions, DescribeCluster, SASL, reassignments,
    /// ElectLeaders v1+, DescribeLogDirs v3+, FindCoordinator v0-3,
    /// ListGroups, OffsetFetch v2-7, OffsetDelete, DescribeAcls), otherwise on
    /// every topic/resource/partition/log dir/group/coordinator key/ACL
    /// creation/ACL filter.
    Error {
        api: ApiKey,
        code: i16,
        times: usize,
    },
}

pub struct TestCluster {
    shared: Arc<Shared>,
    addrs: Vec<SocketAddr>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl TestCluster {
    pub fn start(cfg: ClusterConfig) -> io::Result<TestCluster> {
        if cfg.brokers == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a cluster needs at least one broker",
            ));
        }
        let mut listeners = Vec::new();
        let mut brokers = Vec::new();
        for i in 0..cfg.brokers {
            let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
            listener.set_nonblocking(true)?;
            let addr = listener.local_addr()?;
            let id = i as i32 + 1;
            brokers.push(Broker {
                id,
                host: addr.ip().to_string(),
                port: addr.port(),
                rack: (!cfg.racks.is_empty()).then(|| cfg.racks[i % cfg.racks.len()].clone()),
            });
            listeners.push((id, listener));
        }
        let addrs = listeners
            .iter()
            .map(|(_, l)| l.local_addr())
            .collect::<io::Result<Vec<_>>>()?;
        let scram = sasl::ScramStore::default();
        let sasl = if cfg.sasl_users.is_empty() && cfg.aws_iam.is_none() {
            None
        } else {
            Some(sasl::SaslSetup::new(
                &cfg.sasl_users,
                &cfg.sasl_mechanisms,
                cfg.aws_iam.clone(),
                scram.clone(),
            )?)
        };
        let release = versions::Release::resolve(&cfg.kafka_version, cfg.kraft)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let mut model = Model::new(brokers);
        model.scram = scram;
        model.unthrottled_bytes_per_sec = cfg.unthrottled_bytes_per_sec;
        model.release = release;
        model.static_broker_configs = cfg.broker_configs.iter().cloned().collect();
        let shared = Arc::new(Shared {
            model: Mutex::new(model),
            sasl,
        });
        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<io::Result<()>>();
        let server_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name("fake-kafka-cluster".to_string())
            .spawn(move || serve(listeners, server_shared, shutdown_rx, ready_tx))?;
        match ready_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(e),
            Err(_) => {
                return Err(io::Error::other(
                    "fake cluster thread exited during startup",
                ))
            }
        }
        Ok(TestCluster {
            shared,
            addrs,
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
        })
    }

    /// `"127.0.0.1:p1,127.0.0.1:p2,..."`, broker 1 first.
    pub fn bootstrap(&self) -> String {
        self.addrs
            .iter()
            .map(|a| a.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn broker_ids(&self) -> Vec<i32> {
        self.shared.model().broker_ids()
    }

    /// The release impersonated, as resolved (table, mode, API ranges).
    pub fn release(&self) -> versions::Release {
        self.shared.model().release.clone()
    }

    /// The active controller (what a ZooKeeper cluster reports; a KRaft
    /// cluster reports a random broker instead).
    pub fn controller(&self) -> i32 {
        self.shared.model().controller_id
    }

    pub fn cluster_id(&self) -> String {
        self.shared.model().cluster_id.clone()
    }

    /// Creates a topic exactly as a CreateTopics request would (same
    /// validation and placement); panics with Kafka's error message otherwise.
    #[track_caller]
    pub fn create_topic(&self, name: &str, partitions: i32, rf: i16, configs: &[(&str, &str)]) {
        let configs: Vec<(String, Option<String>)> = configs
            .iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect();
        let mut m = self.shared.model();
        match m.validate_new_topic(name, partitions, rf, &[], &configs) {
            Ok(new) => {
                m.insert_topic(new);
            }
            Err((code, message)) => {
                drop(m);
                panic!("create_topic({name}) failed with error {code}: {message}");
            }
        }
    }

    /// Creates a topic with an explicit replica assignment (index = partition),
    /// the first replica leading.
    #[track_caller]
    pub fn create_topic_with_assignment(
        &self,
        name: &str,
        assignment: &[Vec<i32>],
        configs: &[(&str, &str)],
    ) {
        let manual: Vec<(i32, Vec<i32>)> = assignment
            .iter()
            .enumerate()
            .map(|(i, r)| (i as i32, r.clone()))
            .collect();
        let configs: Vec<(String, Option<String>)> = configs
            .iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect();
        let mut m = self.shared.model();
        match m.validate_new_topic(name, -1, -1, &manual, &configs) {
            Ok(new) => {
                m.insert_topic(new);
            }
            Err((code, message)) => {
                drop(m);
                panic!("create_topic_with_assignment({name}) failed with error {code}: {message}");
            }
        }
    }

    pub fn topic(&self, name: &str) -> Option<TopicSnapshot> {
        let m = self.shared.model();
        let t = m.topics.get(name)?;
        Some(TopicSnapshot {
            name: name.to_string(),
            id: t.id,
            partitions: t
                .partitions
                .iter()
                .enumerate()
                .map(|(i, p)| PartitionSnapshot {
                    partition: i as i32,
                    leader: p.leader,
                    leader_epoch: p.leader_epoch,
                    replicas: p.replicas.clone(),
                    isr: p.isr.clone(),
                    offline_replicas: p.offline.clone(),
                    adding_replicas: p.adding.clone(),
                    removing_replicas: p.removing.clone(),
                    log_start: p.log_start,
                    high_watermark: p.high_watermark,
                })
                .collect(),
            configs: t.configs.clone(),
        })
    }

    pub fn topic_names(&self) -> Vec<String> {
        self.shared.model().topics.keys().cloned().collect()
    }

    /// Sets a partition's leader (-1 = offline) and ISR, bumping the leader
    /// epoch when the leader changes. Panics on an unknown partition or when
    /// the leader/ISR are not replicas, since Kafka cannot reach that state.
    #[track_caller]
    pub fn set_partition(&self, topic: &str, partition: i32, leader: i32, isr: Vec<i32>) {
        let mut m = self.shared.model();
        let Some(p) = m.partition_mut(topic, partition) else {
            drop(m);
            panic!("set_partition: no partition {topic}-{partition}");
        };
        let bad = (leader != -1 && !p.replicas.contains(&leader))
            || isr.iter().any(|b| !p.replicas.contains(b));
        if bad {
            let replicas = p.replicas.clone();
            drop(m);
            panic!("set_partition: leader {leader} / isr {isr:?} not within replicas {replicas:?} of {topic}-{partition}");
        }
        if p.leader != leader {
            p.leader_epoch += 1;
        }
        p.leader = leader;
        p.isr = isr;
    }

    /// Marks replicas as offline (Metadata's offline_replicas); they are
    /// never elected leader.
    #[track_caller]
    pub fn set_offline_replicas(&self, topic: &str, partition: i32, offline: Vec<i32>) {
        let mut m = self.shared.model();
        let Some(p) = m.partition_mut(topic, partition) else {
            drop(m);
            panic!("set_offline_replicas: no partition {topic}-{partition}");
        };
        p.offline = offline;
    }

    /// Appends `count` records with timestamps `first_timestamp_ms + i * step_ms`,
    /// advancing the high watermark.
    #[track_caller]
    pub fn append_records(
        &self,
        topic: &str,
        partition: i32,
        count: i64,
        first_timestamp_ms: i64,
        step_ms: i64,
    ) {
        let ok = self
            .shared
            .model()
            .append(topic, partition, count, first_timestamp_ms, step_ms);
        assert!(ok, "append_records: no partition {topic}-{partition}");
    }

    /// Every completed SASL login so far, as (client software name from
    /// ApiVersions, authenticated user): librdkafka logs in as `librdkafka`,
    /// mskctl's admin client as `mskctl`.
    pub fn logins(&self) -> Vec<(String, String)> {
        self.shared.model().logins.clone()
    }

    /// Requests received for `api` by all brokers since start, including ones
    /// answered with an injected error or dropped.
    pub fn request_count(&self, api: ApiKey) -> usize {
        self.shared
            .model()
            .request_counts
            .get(&(api as i16))
            .copied()
            .unwrap_or(0)
    }

    pub fn inject(&self, fault: Fault) {
        let kind = match fault {
            Fault::DropConnectionAfter { requests } => FaultKind::DropConnectionAfter(requests),
            Fault::Delay { api, millis } => FaultKind::Delay(api as i16, millis),
            Fault::Unreachable { broker } => FaultKind::Unreachable(broker),
            Fault::Error { api, code, times } => FaultKind::Error(api as i16, code, times),
        };
        self.shared.model().faults.push(kind);
    }

    pub fn clear_faults(&self) {
        self.shared.model().faults.clear();
    }

    /// Dynamic broker configs: `Some(id)` for one broker, `None` for the
    /// cluster-wide default.
    pub fn broker_configs(&self, broker: Option<i32>) -> BTreeMap<String, String> {
        let key = broker.map(|b| b.to_string()).unwrap_or_default();
        self.shared
            .model()
            .broker_configs
            .get(&key)
            .cloned()
            .unwrap_or_default()
    }

    /// Sets (`Some`) or removes (`None`) a dynamic broker config, without the
    /// validation IncrementalAlterConfigs applies.
    pub fn set_broker_config(&self, broker: Option<i32>, key: &str, value: Option<&str>) {
        let resource = broker.map(|b| b.to_string()).unwrap_or_default();
        let mut m = self.shared.model();
        let entry = m.broker_configs.entry(resource.clone()).or_default();
        match value {
            Some(v) => {
                entry.insert(key.to_string(), v.to_string());
            }
            None => {
                entry.remove(key);
            }
        }
        if entry.is_empty() {
            m.broker_configs.remove(&resource);
        }
    }

    /// Sets a partition's size in bytes (what a caught-up replica holds and a
    /// new one must copy). Without it the size is 100 bytes per retained
    /// record, so a partition nobody appended to copies instantly.
    #[track_caller]
    pub fn set_partition_size(&self, topic: &str, partition: i32, bytes: u64) {
        let mut m = self.shared.model();
        let Some(p) = m.partition_mut(topic, partition) else {
            drop(m);
            panic!("set_partition_size: no partition {topic}-{partition}");
        };
        p.size_override = Some(bytes);
    }

    /// While `topic`-`partition` is being reassigned: bytes copied to its
    /// adding replicas so far and bytes they need in all (the partition size
    /// times the number of adding replicas). `None` when no reassignment is
    /// in progress.
    pub fn reassignment_progress(&self, topic: &str, partition: i32) -> Option<(u64, u64)> {
        self.shared.model().reassignment_progress(topic, partition)
    }

    /// Changes `ClusterConfig::unthrottled_bytes_per_sec` from now on.
    pub fn set_unthrottled_rate(&self, bytes_per_sec: u64) {
        self.shared.model().unthrottled_bytes_per_sec = bytes_per_sec;
    }

    /// Completes every ongoing reassignment now, as if every new replica had
    /// caught up: replicas become the target, the ISR holds every live target
    /// replica, and a leader being removed hands over to the first of them.
    pub fn complete_reassignments(&self) {
        self.shared.model().complete_all_reassignments();
    }

    /// Creates a consumer group that has been through a rebalance: Stable
    /// with these members, or Empty (its members gone) when there are none.
    /// Panics if the group exists.
    #[track_caller]
    pub fn add_group(&self, group: &str, members: Vec<GroupMember>) {
        let mut m = self.shared.model();
        if m.groups.contains_key(group) {
            drop(m);
            panic!("add_group: group {group} already exists");
        }
        m.set_group_members(group, members);
    }

    /// Replaces a group's members as a completed rebalance would (new
    /// generation; Stable, or Empty when `members` is empty). Panics on an
    /// unknown group.
    #[track_caller]
    pub fn set_group_members(&self, group: &str, members: Vec<GroupMember>) {
        let mut m = self.shared.model();
        if !m.groups.contains_key(group) {
            drop(m);
            panic!("set_group_members: no group {group}");
        }
        m.set_group_members(group, members);
    }

    /// Moves a group to `Empty`, `Stable`, `PreparingRebalance` or
    /// `CompletingRebalance` without touching its members or generation.
    /// Panics on an unknown group or state, and on a state Kafka cannot be
    /// in with the group's members (Empty with members, or another state
    /// without).
    #[track_caller]
    pub fn set_group_state(&self, group: &str, state: &str) {
        let Some(parsed) = groups::GroupState::parse(state) else {
            panic!("set_group_state: unknown state {state}");
        };
        let mut m = self.shared.model();
        let Some(g) = m.groups.get_mut(group) else {
            drop(m);
            panic!("set_group_state: no group {group}");
        };
        if (parsed == groups::GroupState::Empty) != g.members.is_empty() {
            let members = g.members.len();
            drop(m);
            panic!("set_group_state: {group} cannot be {state} with {members} member(s)");
        }
        g.state = parsed;
    }

    /// The group's state as DescribeGroups names it; `None` for a group the
    /// cluster does not know (which Kafka describes as Dead).
    pub fn group_state(&self, group: &str) -> Option<String> {
        self.shared
            .model()
            .groups
            .get(group)
            .map(|g| g.state.name().to_string())
    }

    /// Commits an offset for the group, whatever its state, creating it
    /// Empty (as a simple commit does) if unknown.
    pub fn commit_offset(&self, group: &str, topic: &str, partition: i32, offset: i64) {
        self.shared.model().store_offset(
            group,
            topic,
            partition,
            groups::Committed {
                offset,
                leader_epoch: -1,
                metadata: String::new(),
            },
        );
    }

    /// Committed offsets by topic and partition; empty for an unknown group.
    pub fn committed(&self, group: &str) -> BTreeMap<(String, i32), i64> {
        self.shared
            .model()
            .groups
            .get(group)
            .map(|g| {
                g.offsets
                    .iter()
                    .map(|(k, c)| (k.clone(), c.offset))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The broker coordinating `group` (FindCoordinator's answer).
    pub fn coordinator_of(&self, group: &str) -> i32 {
        self.shared.model().coordinator_for(group)
    }

    /// Every ACL, in a stable order.
    pub fn acls(&self) -> Vec<AclBinding> {
        self.shared.model().acls.iter().cloned().collect()
    }

    /// Adds an ACL as CreateAcls would; panics with Kafka's message where
    /// CreateAcls would refuse it.
    #[track_caller]
    /// Every client quota: entity components (type, name; `None` for the
    /// default) and values.
    pub fn client_quotas(&self) -> Vec<(QuotaEntityKey, BTreeMap<String, f64>)> {
        self.shared
            .model()
            .quotas
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Every SCRAM credential: (user, mechanism, iterations).
    pub fn scram_credentials(&self) -> Vec<(String, String, u32)> {
        let m = self.shared.model();
        let store = m.scram.lock().unwrap_or_else(|e| e.into_inner());
        store
            .iter()
            .map(|((mech, user), c)| (user.clone(), mech.to_string(), c.iterations))
            .collect()
    }

    pub fn add_acl(&self, binding: AclBinding) {
        let known = acls::normalized(&binding);
        if let Err((code, message)) = acls::validate_new_acl(&known) {
            panic!("add_acl({binding:?}) failed with error {code}: {message}");
        }
        self.shared.model().acls.insert(binding);
    }
}

impl Drop for TestCluster {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    listeners: Vec<(i32, std::net::TcpListener)>,
    shared: Arc<Shared>,
    shutdown: tokio::sync::oneshot::Receiver<()>,
    ready: std::sync::mpsc::Sender<io::Result<()>>,
) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    // A LocalSet lets connection tasks keep SASL sessions without Send bounds;
    // dropping it at shutdown drops every connection.
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async move {
        for (id, listener) in listeners {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(l) => l,
                Err(e) => {
                    let _ = ready.send(Err(e));
                    return;
                }
            };
            let shared = shared.clone();
            tokio::task::spawn_local(async move {
                loop {
                    match listener.accept().await {
                        Ok((stream, _)) => {
                            tokio::task::spawn_local(serve_connection(stream, id, shared.clone()));
                        }
                        // Out of file descriptors and the like: back off, keep listening.
                        Err(_) => tokio::time::sleep(std::time::Duration::from_millis(10)).await,
                    }
                }
            });
        }
        let ticker = shared.clone();
        tokio::task::spawn_local(async move {
            let mut interval = tokio::time::interval(REPLICATION_TICK);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                interval.tick().await;
                ticker
                    .model()
                    .advance_replication(std::time::Instant::now());
            }
        });
        let _ = ready.send(Ok(()));
        let _ = shutdown.await;
    });
}

async fn read_frame(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut len = [0u8; 4];
    stream.read_exact(&mut len).await.ok()?;
    let len = usize::try_from(i32::from_be_bytes(len)).ok()?;
    if len > MAX_FRAME {
        return None;
    }
    let mut frame = vec![0u8; len];
    stream.read_exact(&mut frame).await.ok()?;
    Some(frame)
}

async fn write_frame(stream: &mut TcpStream, parts: &[&[u8]]) -> Option<()> {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let mut out = Vec::with_capacity(4 + len);
    out.extend_from_slice(&i32::try_from(len).ok()?.to_be_bytes());
    for p in parts {
        out.extend_from_slice(p);
    }
    stream.write_all(&out).await.ok()
}

/// Requests on one connection are answered strictly in order, one at a time,
/// as Kafka does.
async fn serve_connection(mut stream: TcpStream, broker_id: i32, shared: Arc<Shared>) {
    if shared.model().unreachable(broker_id) {
        return;
    }
    let _ = stream.set_nodelay(true);
    let mut conn = Conn {
        broker_id,
        auth: if shared.sasl.is_some() {
            Auth::Handshake
        } else {
            Auth::Open
        },
        software: String::new(),
    };
    while let Some(frame) = read_frame(&mut stream).await {
        if matches!(conn.auth, Auth::RawTokens(_)) {
            match handlers::raw_token(&mut conn, &frame) {
                Outcome::Raw { token, close } => {
                    if write_frame(&mut stream, &[&token]).await.is_none() || close {
                        break;
                    }
                }
                _ => break,
            }
            continue;
        }
        // api_key, api_version and correlation_id lead every request header.
        if frame.len() < 8 {
            break;
        }
        let api_raw = i16::from_be_bytes([frame[0], frame[1]]);
        let version = i16::from_be_bytes([frame[2], frame[3]]);
        let Ok(api) = ApiKey::try_from(api_raw) else {
            break;
        };
        let mut body = Bytes::from(frame);
        let Ok(header) = decode_request_header_from_buffer(&mut body) else {
            break;
        };
        let faults = shared.model().before_request(api_raw);
        if faults.drop_connection {
            break;
        }
        let outcome = handlers::handle(&shared, &mut conn, api, version, &mut body, faults.error);
        let Outcome::Reply {
            body: resp,
            header_version,
            close,
        } = outcome
        else {
            break;
        };
        if faults.delay_ms > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(faults.delay_ms)).await;
        }
        let mut head = BytesMut::new();
        let mut rh = ResponseHeader::default();
        rh.correlation_id = header.correlation_id;
        if rh.encode(&mut head, header_version).is_err() {
            break;
        }
        if write_frame(&mut stream, &[&head, &resp]).await.is_none() || close {
            break;
        }
    }
    // A FIN rather than a reset, so a final error response is not lost.
    let _ = stream.shutdown().await;
}
