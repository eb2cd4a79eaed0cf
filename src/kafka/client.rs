//! The cluster-level wire client: bootstrap, broker discovery, one lazily
//! opened connection per broker, and routing a request to any broker, the
//! controller, or a given broker (a partition leader).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex as StdMutex};
use std::time::Duration;

use futures::future::select_ok;
use kafka_protocol::messages::metadata_request::MetadataRequestTopic;
use kafka_protocol::messages::{MetadataRequest, MetadataResponse, TopicName};
use kafka_protocol::protocol::{Request, StrBytes};
use tokio::sync::Mutex;
use tokio::time::Instant;
use tokio_rustls::TlsConnector;
use tracing::debug;

use super::auth::tls_connector;
use super::conn::{api_name, BrokerConn};
use super::error::KafkaError;
use super::settings::ConnectionSettings;

/// Where a request goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Any broker: metadata, describe, topic config changes.
    Any,
    /// The controller (or, on KRaft, a broker that forwards to it).
    Controller,
    /// A particular broker, e.g. a partition leader.
    Broker(i32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerAddr {
    pub id: i32,
    pub host: String,
    pub port: i32,
    pub rack: Option<String>,
}

impl BrokerAddr {
    pub fn addr(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

#[derive(Debug, Default)]
struct Topology {
    brokers: BTreeMap<i32, BrokerAddr>,
    controller: Option<i32>,
    cluster_id: Option<String>,
}

type Slot = Arc<Mutex<Option<BrokerConn>>>;

pub struct KafkaClient {
    settings: ConnectionSettings,
    /// `--timeout`: how long the command's network work may take in all.
    timeout: Duration,
    /// When that time is up. Every attempt (connect, request) gets at most
    /// what is left, and retries stop once it is spent. A wait with its own
    /// bound moves it on with [`KafkaClient::renew_deadline`].
    deadline: StdMutex<Instant>,
    topology: StdMutex<Topology>,
    /// Connections by broker id. The bootstrap connection is filed under
    /// the broker whose advertised address it used, so a one-broker cluster
    /// costs one connection.
    conns: StdMutex<HashMap<i32, Slot>>,
    bootstrap: Slot,
    /// Built once: loading the system roots is the slow part of TLS set-up.
    tls: Option<TlsConnector>,
}

const TRANSPORT_ATTEMPTS: usize = 3;

impl KafkaClient {
    /// Connects to the first bootstrap server that answers (all are tried at
    /// once, so one black-holed address cannot eat the whole timeout) and
    /// reads the broker list.
    pub async fn connect(
        settings: ConnectionSettings,
        timeout: Duration,
    ) -> Result<KafkaClient, KafkaError> {
        Self::connect_until(settings, timeout, Instant::now() + timeout).await
    }

    /// [`KafkaClient::connect`] for a command whose deadline started
    /// earlier (an MSK bootstrap lookup already took some of `timeout`).
    pub async fn connect_until(
        settings: ConnectionSettings,
        timeout: Duration,
        deadline: Instant,
    ) -> Result<KafkaClient, KafkaError> {
        let servers = settings.bootstrap_servers.clone();
        if servers.is_empty() {
            return Err(KafkaError::Other("no bootstrap servers given".into()));
        }
        let tls = match &settings.tls {
            Some(t) => Some(tls_connector(t).map_err(|e| KafkaError::Tls {
                addr: servers.join(","),
                message: e.to_string(),
            })?),
            None => None,
        };
        // Signing the first IAM token up front reports missing AWS
        // credentials once, not as a failure of every bootstrap server, and
        // leaves the token cached for the connections below.
        if let Some(tokens) = settings.sasl.as_ref().and_then(|s| s.token_provider()) {
            tokens
                .bearer_token(timeout)
                .await
                .map_err(|e| KafkaError::Other(e.to_string()))?;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        let attempts = servers.iter().map(|addr| {
            let settings = &settings;
            let tls = tls.as_ref();
            Box::pin(async move { BrokerConn::connect(addr, settings, tls, left).await })
        });
        let conn = match select_ok(attempts).await {
            Ok((conn, _rest)) => conn,
            Err(last) => {
                // select_ok only keeps the last error; when there is one server
                // that is the whole story, otherwise say which were tried.
                return Err(match (servers.len(), last) {
                    // A refused login means the broker was reached: saying
                    // "cannot reach" would send the operator the wrong way.
                    (_, e @ KafkaError::Auth { .. }) => e,
                    (1, e @ KafkaError::Tls { .. }) => e,
                    (_, e) => KafkaError::Unreachable {
                        tried: servers.join(", "),
                        reasons: e.to_string(),
                    },
                });
            }
        };
        let client = KafkaClient {
            settings,
            timeout,
            deadline: StdMutex::new(deadline),
            topology: StdMutex::new(Topology::default()),
            conns: StdMutex::new(HashMap::new()),
            bootstrap: Arc::new(Mutex::new(Some(conn))),
            tls,
        };
        client.refresh_brokers().await?;
        client.file_bootstrap_under_its_broker().await;
        Ok(client)
    }

    async fn file_bootstrap_under_its_broker(&self) {
        let addr = match self.bootstrap.lock().await.as_ref() {
            Some(c) => c.addr().to_string(),
            None => return,
        };
        let Some(id) = self
            .brokers()
            .iter()
            .find(|b| b.addr() == addr)
            .map(|b| b.id)
        else {
            return;
        };
        if let Ok(mut conns) = self.conns.lock() {
            conns.insert(id, self.bootstrap.clone());
        }
    }

    /// The settings this client connects with (bootstrap servers, context),
    /// for naming the cluster a change acts on.
    pub fn settings(&self) -> &ConnectionSettings {
        &self.settings
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// What is left of the command's deadline.
    pub fn time_left(&self) -> Duration {
        self.deadline
            .lock()
            .map(|d| d.saturating_duration_since(Instant::now()))
            .unwrap_or_default()
    }

    /// Gives the network work from now on `budget` more time, for a wait
    /// whose own bound outlasts `--timeout` (each of its polls gets a fresh
    /// budget).
    pub fn renew_deadline(&self, budget: Duration) {
        if let Ok(mut d) = self.deadline.lock() {
            *d = Instant::now() + budget;
        }
    }

    /// Re-reads brokers and controller with a topic-less Metadata request.
    pub async fn refresh_brokers(&self) -> Result<MetadataResponse, KafkaError> {
        self.metadata(Some(&[])).await
    }

    /// Metadata for the named topics (`None` = all topics), also refreshing
    /// the broker list as a side effect.
    pub async fn metadata(
        &self,
        topics: Option<&[String]>,
    ) -> Result<MetadataResponse, KafkaError> {
        self.metadata_at(Target::Any, topics).await
    }

    /// Metadata as one particular broker (or any) sees it.
    pub async fn metadata_at(
        &self,
        target: Target,
        topics: Option<&[String]>,
    ) -> Result<MetadataResponse, KafkaError> {
        let req = MetadataRequest::default()
            .with_topics(topics.map(|names| {
                names
                    .iter()
                    .map(|n| {
                        MetadataRequestTopic::default()
                            .with_name(Some(TopicName(StrBytes::from_string(n.clone()))))
                    })
                    .collect()
            }))
            .with_allow_auto_topic_creation(false);
        let (resp, _) = self.send(target, &req, true).await?;
        self.absorb_metadata(&resp);
        Ok(resp)
    }

    fn absorb_metadata(&self, resp: &MetadataResponse) {
        let brokers: BTreeMap<i32, BrokerAddr> = resp
            .brokers
            .iter()
            .map(|b| {
                (
                    b.node_id.0,
                    BrokerAddr {
                        id: b.node_id.0,
                        host: b.host.to_string(),
                        port: b.port,
                        rack: b.rack.as_ref().map(|r| r.to_string()),
                    },
                )
            })
            .collect();
        let Ok(mut topo) = self.topology.lock() else {
            return;
        };
        topo.brokers = brokers;
        topo.controller = (resp.controller_id.0 >= 0).then_some(resp.controller_id.0);
        if let Some(id) = &resp.cluster_id {
            topo.cluster_id = Some(id.to_string());
        }
    }

    pub fn brokers(&self) -> Vec<BrokerAddr> {
        self.topology
            .lock()
            .map(|t| t.brokers.values().cloned().collect())
            .unwrap_or_default()
    }

    pub fn controller(&self) -> Option<i32> {
        self.topology.lock().ok().and_then(|t| t.controller)
    }

    pub fn cluster_id(&self) -> Option<String> {
        self.topology.lock().ok().and_then(|t| t.cluster_id.clone())
    }

    fn broker_addr(&self, id: i32) -> Option<String> {
        self.topology
            .lock()
            .ok()
            .and_then(|t| t.brokers.get(&id).map(BrokerAddr::addr))
    }

    /// The controller as one concrete broker, read once: the slot and the
    /// connection opened into it must agree on the broker, and the reported
    /// controller can change between two reads (under KRaft every Metadata
    /// answer names a random live broker), which once left broker 1's
    /// connection in broker 2's slot.
    fn resolve(&self, target: Target) -> Target {
        match target {
            Target::Controller => match self.controller() {
                Some(id) if self.broker_addr(id).is_some() => Target::Broker(id),
                _ => Target::Any,
            },
            other => other,
        }
    }

    fn slot_for(&self, target: Target) -> Result<Slot, KafkaError> {
        let id = match self.resolve(target) {
            Target::Broker(id) => id,
            _ => return Ok(self.bootstrap.clone()),
        };
        let mut conns = self
            .conns
            .lock()
            .map_err(|_| KafkaError::Other("connection table poisoned".into()))?;
        Ok(conns
            .entry(id)
            .or_insert_with(|| Arc::new(Mutex::new(None)))
            .clone())
    }

    /// The version of `R` that a request to `target` would use (the highest
    /// both sides speak), opening the connection if needed. For callers that
    /// must shape a request differently across versions before sending it.
    pub async fn version_of<R: Request>(&self, target: Target) -> Result<i16, KafkaError> {
        let target = self.resolve(target);
        let slot = self.slot_for(target)?;
        let mut guard = slot.lock().await;
        self.ready(target, &mut guard).await?;
        match guard.as_ref() {
            Some(conn) => conn.version_of::<R>(),
            None => Err(KafkaError::Other("no connection".into())),
        }
    }

    /// Whether the cluster runs KRaft. A ZooKeeper-mode broker advertises
    /// the inter-broker LeaderAndIsr API (key 4) on its client listener; a
    /// KRaft broker never does (every release 2.8-4.x).
    pub async fn is_kraft(&self) -> Result<bool, KafkaError> {
        const LEADER_AND_ISR: i16 = 4;
        let slot = self.slot_for(Target::Any)?;
        let mut guard = slot.lock().await;
        self.ready(Target::Any, &mut guard).await?;
        match guard.as_ref() {
            Some(conn) => Ok(!conn.advertises(LEADER_AND_ISR)),
            None => Err(KafkaError::Other("no connection".into())),
        }
    }

    /// Sends `req` to `target` and returns the response with the version
    /// used. With `idempotent`, a broken connection is reopened and the
    /// request sent again (a read, or a write whose repetition is harmless);
    /// otherwise the transport error is returned, since the broker may or may
    /// not have acted on it.
    pub async fn send<R: Request>(
        &self,
        target: Target,
        req: &R,
        idempotent: bool,
    ) -> Result<(R::Response, i16), KafkaError> {
        let started = Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let target = self.resolve(target);
            let slot = self.slot_for(target)?;
            let mut guard = slot.lock().await;
            if let Err(e) = self.ready(target, &mut guard).await {
                return Err(self.spent(R::KEY, attempt, started, e));
            }
            let result = match guard.as_mut() {
                Some(conn) => {
                    conn.set_timeout(self.time_left());
                    conn.send(req).await
                }
                None => Err(KafkaError::Other("no connection".into())),
            };
            match result {
                Err(e) if e.is_transport() || matches!(e, KafkaError::Protocol { .. }) => {
                    // The stream is in an unknown state: never reuse it.
                    *guard = None;
                    let pause = Duration::from_millis(50 * attempt as u64);
                    if idempotent && attempt < TRANSPORT_ATTEMPTS && self.time_left() > pause {
                        debug!(error = %e, attempt, "retrying after a broken connection");
                        drop(guard);
                        tokio::time::sleep(pause).await;
                        continue;
                    }
                    return Err(self.spent(R::KEY, attempt, started, e));
                }
                other => return other,
            }
        }
    }

    /// `e` as the end of a request's attempts: when the deadline is what
    /// ended them, the error says so, with the attempts and the time taken,
    /// since the last attempt alone (its share of the time) misleads.
    fn spent(&self, key: i16, attempts: usize, started: Instant, e: KafkaError) -> KafkaError {
        if !matches!(e, KafkaError::Timeout { .. }) || !self.time_left().is_zero() {
            return e;
        }
        KafkaError::DeadlineSpent {
            what: format!("{} request", api_name(key)),
            attempts,
            over: started.elapsed(),
            bound: self.timeout,
            last: e.to_string(),
        }
    }

    /// Makes the slot hold a connection that leads where `target` says. The
    /// bootstrap connection is filed under its broker's id too, and when it
    /// breaks it is reopened to whichever broker answers first; without this
    /// check a request for broker 1 (its own configs, say) could then land
    /// on broker 2.
    async fn ready(
        &self,
        target: Target,
        guard: &mut Option<BrokerConn>,
    ) -> Result<(), KafkaError> {
        if let (Target::Broker(id), Some(conn)) = (target, guard.as_ref()) {
            if self.broker_addr(id).is_some_and(|a| a != conn.addr()) {
                debug!(
                    broker = id,
                    via = conn.addr(),
                    "slot leads to another broker; reconnecting"
                );
                *guard = None;
            }
        }
        if guard.is_none() {
            *guard = Some(self.open(target).await?);
        }
        Ok(())
    }

    async fn open(&self, target: Target) -> Result<BrokerConn, KafkaError> {
        let id = match self.resolve(target) {
            Target::Broker(id) => Some(id),
            _ => None,
        };
        match id.and_then(|id| self.broker_addr(id).map(|a| (id, a))) {
            Some((_, addr)) => {
                BrokerConn::connect(&addr, &self.settings, self.tls.as_ref(), self.time_left())
                    .await
            }
            None if matches!(target, Target::Broker(_)) => Err(KafkaError::Other(format!(
                "broker {} is not in the cluster metadata",
                id.unwrap_or(-1)
            ))),
            None => self.open_any().await,
        }
    }

    /// A fresh connection to any known broker, falling back to the
    /// bootstrap list.
    async fn open_any(&self) -> Result<BrokerConn, KafkaError> {
        let mut addrs: Vec<String> = self.brokers().iter().map(BrokerAddr::addr).collect();
        addrs.extend(self.settings.bootstrap_servers.iter().cloned());
        addrs.dedup();
        if addrs.is_empty() {
            return Err(KafkaError::Other("no broker addresses known".into()));
        }
        let attempts = addrs.iter().map(|addr| {
            let settings = &self.settings;
            let timeout = self.time_left();
            let tls = self.tls.as_ref();
            Box::pin(async move { BrokerConn::connect(addr, settings, tls, timeout).await })
        });
        select_ok(attempts)
            .await
            .map(|(c, _)| c)
            .map_err(|e| KafkaError::Unreachable {
                tried: addrs.join(", "),
                reasons: e.to_string(),
            })
    }
}
