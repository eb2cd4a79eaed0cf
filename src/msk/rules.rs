//! What MSK refuses, checked before calling AWS so that the refusal comes
//! with its reason instead of a bare BadRequestException (or, worse, an
//! operation that starts and fails an hour later).
//!
//! The rules follow the Amazon MSK developer guide: "Update the Amazon MSK
//! cluster broker size", "Remove a broker from an Amazon MSK cluster",
//! "Scale up Amazon MSK Standard broker storage" and "Amazon MSK broker
//! types". Where the guide is silent (a broker family it does not list yet),
//! the request goes through and MSK has the last word.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use super::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterState, Encryption, NodeInfo, Throughput,
};
use crate::error::UsageError;

/// MSK lets a broker's EBS volume grow at most once per this period.
pub const STORAGE_COOLDOWN: Duration = Duration::from_secs(6 * 60 * 60);

/// What MSK says about storage updates, repeated wherever one is planned.
pub const STORAGE_COOLDOWN_NOTE: &str =
    "MSK allows one storage update per cluster every 6 hours; the next one must wait";

/// The smallest and the largest EBS volume MSK attaches to a Standard
/// broker (1 GiB to 16 TiB).
pub const MIN_STORAGE_GIB: i32 = 1;
pub const MAX_STORAGE_GIB: i32 = 16_384;

/// MSK spreads a cluster's brokers over two or three Availability Zones,
/// one client subnet each.
pub const MIN_ZONES: usize = 2;
pub const MAX_ZONES: usize = 3;

/// Values MSK accepts for enhanced monitoring.
pub const ENHANCED_MONITORING_LEVELS: &[&str] = &[
    "DEFAULT",
    "PER_BROKER",
    "PER_TOPIC_PER_BROKER",
    "PER_TOPIC_PER_PARTITION",
];

/// Express brokers manage their own storage: there is no volume to size.
/// Judged by the name's prefix, so a manifest naming an Express type is
/// read as one even before its size is checked.
pub fn is_express(instance_type: &str) -> bool {
    instance_type.starts_with("express.")
}

/// Why MSK refuses this client authentication with this client-broker
/// encryption (MSK Developer Guide, "Update security settings"): IAM and
/// SASL/SCRAM need TLS only; mutual TLS needs TLS or TLS_PLAINTEXT; every
/// authentication but unauthenticated needs encryption between brokers;
/// and at least one way in must stay.
pub fn security_problem(
    auth: &ClientAuth,
    client_broker: ClientBrokerEncryption,
    in_cluster: bool,
) -> Option<String> {
    let mtls = !auth.tls_certificate_authority_arns.is_empty();
    if !(auth.iam || auth.scram || mtls || auth.unauthenticated) {
        return Some(
            "client authentication would allow no one in: keep at least one of iam, scram, tls or unauthenticated".into(),
        );
    }
    let cb = client_broker.as_str();
    if (auth.iam || auth.scram) && client_broker != ClientBrokerEncryption::Tls {
        return Some(format!(
            "MSK allows IAM and SASL/SCRAM authentication only with client-broker encryption TLS, not {cb}"
        ));
    }
    if mtls && client_broker == ClientBrokerEncryption::Plaintext {
        return Some(
            "MSK allows mutual TLS authentication only with client-broker encryption TLS or TLS_PLAINTEXT, not PLAINTEXT".into(),
        );
    }
    if (auth.iam || auth.scram || mtls) && !in_cluster {
        return Some(
            "MSK allows IAM, SASL/SCRAM and mutual TLS only on clusters that encrypt traffic between brokers, which cannot be turned on after creation".into(),
        );
    }
    None
}

/// Why MSK cannot turn public access on for a cluster that will have this
/// authentication and encryption (MSK Developer Guide, "Turn on public
/// access"): Kafka 2.6.0 or later, no unauthenticated access, some
/// authentication, TLS only between clients and brokers, encryption
/// between brokers. (Public subnets and ACLs only AWS can check.)
pub fn public_access_problem(
    kafka_version: &str,
    auth: &ClientAuth,
    encryption: &Encryption,
) -> Option<String> {
    let mut why = Vec::new();
    if parse_version(kafka_version).is_some_and(|v| v < (2, 6, 0)) {
        why.push(format!(
            "Kafka 2.6.0 or later (the cluster runs {kafka_version})"
        ));
    }
    if auth.unauthenticated {
        why.push("unauthenticated access turned off".to_string());
    }
    if !(auth.iam || auth.scram || !auth.tls_certificate_authority_arns.is_empty()) {
        why.push("IAM, SASL/SCRAM or mutual TLS authentication".to_string());
    }
    if encryption.client_broker != ClientBrokerEncryption::Tls {
        why.push(format!(
            "client-broker encryption TLS only (not {})",
            encryption.client_broker.as_str()
        ));
    }
    if !encryption.in_cluster {
        why.push("encryption between brokers".to_string());
    }
    (!why.is_empty()).then(|| format!("MSK turns public access on only with {}", why.join(", ")))
}

/// The most provisioned storage throughput (MiB/s) a broker size takes
/// (MSK Developer Guide, "Manage storage throughput"); `None`: the size
/// cannot have provisioned throughput at all (below kafka.m5.4xlarge or
/// kafka.m7g.2xlarge, T3, Express).
pub fn max_volume_throughput(instance_type: &str) -> Option<i32> {
    Some(match instance_type {
        "kafka.m5.4xlarge" => 593,
        "kafka.m5.8xlarge" => 850,
        "kafka.m5.12xlarge" | "kafka.m5.16xlarge" | "kafka.m5.24xlarge" => 1000,
        // 312.5 in the guide; the API takes whole MiB/s.
        "kafka.m7g.2xlarge" => 312,
        "kafka.m7g.4xlarge" => 625,
        "kafka.m7g.8xlarge" | "kafka.m7g.12xlarge" | "kafka.m7g.16xlarge" => 1000,
        _ => return None,
    })
}

/// MSK's minimum provisioned throughput, and its default.
pub const MIN_VOLUME_THROUGHPUT: i32 = 250;

/// Why MSK cannot give this cluster this provisioned throughput.
pub fn throughput_problem(instance_type: &str, storage_gib: i32, t: &Throughput) -> Option<String> {
    if !t.enabled {
        return None;
    }
    let Some(max) = max_volume_throughput(instance_type) else {
        return Some(format!(
            "MSK provisions storage throughput only for kafka.m5.4xlarge and larger or kafka.m7g.2xlarge and larger, not {instance_type}"
        ));
    };
    if storage_gib < 10 {
        return Some(format!(
            "MSK provisions storage throughput only for volumes of 10 GiB or more, not {storage_gib} GiB"
        ));
    }
    match t.volume_throughput {
        Some(v) if !(MIN_VOLUME_THROUGHPUT..=max).contains(&v) => Some(format!(
            "{instance_type} takes a provisioned throughput between {MIN_VOLUME_THROUGHPUT} and {max} MiB/s, not {v}"
        )),
        _ => None,
    }
}

/// Why MSK cannot put this cluster in tiered storage mode: Kafka
/// 2.8.2.tiered or 3.6.0 and later, Standard brokers other than T3.
/// (That every topic's cleanup policy is `delete` only the brokers check.)
pub fn tiered_storage_problem(kafka_version: &str, instance_type: &str) -> Option<String> {
    if is_express(instance_type) {
        return Some("Express brokers have no storage mode to choose".into());
    }
    if instance_type.starts_with("kafka.t3.") {
        return Some(format!(
            "MSK offers tiered storage on M5 and M7g brokers, not {instance_type}"
        ));
    }
    let tiered_build = kafka_version == "2.8.2.tiered";
    if !tiered_build && parse_version(kafka_version).is_some_and(|v| v < (3, 6, 0)) {
        return Some(format!(
            "MSK offers tiered storage on Kafka 2.8.2.tiered and 3.6.0 or later, not {kafka_version}"
        ));
    }
    None
}

/// MSK associates at most this many SCRAM secrets per
/// BatchAssociateScramSecret call.
pub const SCRAM_SECRETS_PER_CALL: usize = 10;

/// The name prefix MSK requires of SCRAM secrets.
pub const SCRAM_SECRET_PREFIX: &str = "AmazonMSK_";

/// The parts of a Secrets Manager secret ARN: region, account, name.
fn secret_arn_parts(arn: &str) -> Option<(&str, &str, &str)> {
    match arn.splitn(7, ':').collect::<Vec<_>>().as_slice() {
        ["arn", _, "secretsmanager", region, account, "secret", name] => {
            Some((region, account, name))
        }
        _ => None,
    }
}

/// What is wrong with these SCRAM secret ARNs, offline: MSK takes only
/// Secrets Manager secrets whose names start with `AmazonMSK_`. (That the
/// secret uses a customer-managed KMS key only AWS can check.)
pub fn scram_secret_arn_problems(secrets: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for arn in secrets {
        match secret_arn_parts(arn) {
            None => out.push(format!(
                "'{arn}' is not a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME)"
            )),
            Some((_, _, name)) if !name.starts_with(SCRAM_SECRET_PREFIX) => out.push(format!(
                "secret '{name}': MSK accepts only secrets whose name starts with {SCRAM_SECRET_PREFIX}"
            )),
            Some(_) => {}
        }
    }
    out
}

/// Why these secrets cannot be associated with `cluster` as it is: MSK
/// requires SASL/SCRAM client authentication on the cluster, and secrets
/// in the cluster's account and region.
pub fn scram_secret_problems(cluster: &ClusterInfo, secrets: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if !cluster.client_auth.scram {
        out.push(format!(
            "cluster {} does not have SASL/SCRAM client authentication turned on; MSK accepts SCRAM secrets only then",
            cluster.name
        ));
    }
    let cluster_parts: Vec<&str> = cluster.arn.split(':').collect();
    let (region, account) = (
        cluster_parts.get(3).copied().unwrap_or_default(),
        cluster_parts.get(4).copied().unwrap_or_default(),
    );
    for (r, a, name) in secrets.iter().filter_map(|s| secret_arn_parts(s)) {
        if !region.is_empty() && r != region {
            out.push(format!(
                "secret '{name}' is in {r}, the cluster in {region}: MSK needs them in the same region"
            ));
        }
        if !account.is_empty() && a != account {
            out.push(format!(
                "secret '{name}' belongs to account {a}, the cluster to {account}: MSK needs the same account"
            ));
        }
    }
    out
}

/// Why `count` client subnets cannot hold a cluster of `instance_type`
/// (when known): two or three zones for Standard brokers, exactly three
/// for Express brokers, which MSK offers only over three zones.
pub fn subnet_count_problem(instance_type: Option<&str>, count: usize) -> Option<String> {
    if instance_type.is_some_and(is_express) {
        return (count != MAX_ZONES).then(|| {
            format!(
                "MSK runs Express brokers only over 3 Availability Zones: give 3 subnets, each in its own zone; got {count}"
            )
        });
    }
    (!(MIN_ZONES..=MAX_ZONES).contains(&count)).then(|| {
        format!("MSK needs 2 or 3 subnets, each in its own Availability Zone; got {count}")
    })
}

/// Why a change is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// MSK can never make this change (as asked, on this cluster).
    Impossible(String),
    /// Not now: the cluster is busy or a cooldown runs; retrying later works.
    NotNow(String),
}

impl Refusal {
    pub fn message(&self) -> &str {
        match self {
            Refusal::Impossible(m) | Refusal::NotNow(m) => m,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// Impossible requests are usage errors (exit 2); "not now" is a runtime
/// error (exit 1) since the same command succeeds later.
impl From<Refusal> for anyhow::Error {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::Impossible(m) => UsageError(m).into(),
            Refusal::NotNow(m) => anyhow::Error::msg(m),
        }
    }
}

/// Standard brokers run on EBS volumes the customer sizes; Express brokers'
/// storage is managed by MSK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrokerTier {
    Standard,
    Express,
}

/// An instance type such as `kafka.m5.large` or `express.m7g.xlarge`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerType {
    pub tier: BrokerTier,
    /// `t3`, `m5`, `m7g`, ...
    pub family: String,
    /// `small`, `large`, `xlarge`, `2xlarge`, ...
    pub size: String,
}

impl BrokerType {
    pub fn parse(s: &str) -> Result<BrokerType, Refusal> {
        let bad = || {
            Refusal::Impossible(format!(
                "'{s}' is not an MSK broker type: expected kafka.FAMILY.SIZE (Standard brokers, \
                 e.g. kafka.m5.large) or express.FAMILY.SIZE (Express brokers, e.g. express.m7g.large)"
            ))
        };
        let mut parts = s.split('.');
        let tier = match parts.next() {
            Some("kafka") => BrokerTier::Standard,
            Some("express") => BrokerTier::Express,
            _ => return Err(bad()),
        };
        let family = parts.next().filter(|p| !p.is_empty()).ok_or_else(bad)?;
        let size = parts.next().filter(|p| !p.is_empty()).ok_or_else(bad)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(BrokerType {
            tier,
            family: family.to_ascii_lowercase(),
            size: size.to_ascii_lowercase(),
        })
    }
}

/// MSK runs one operation at a time per cluster and only starts one on an
/// ACTIVE cluster.
pub fn check_ready_for_update(info: &ClusterInfo) -> Result<(), Refusal> {
    match info.state {
        ClusterState::Active => Ok(()),
        ClusterState::Failed => Err(Refusal::Impossible(format!(
            "cluster {} is FAILED: MSK does not update a failed cluster; delete and recreate it",
            info.name
        ))),
        ref other => Err(Refusal::NotNow(format!(
            "cluster {} is {other}, not ACTIVE: MSK runs one update at a time and only on an \
             ACTIVE cluster; wait for it with `mskctl cluster wait {}` and run this again",
            info.name, info.name
        ))),
    }
}

/// Checks a new broker count against what MSK allows.
pub fn check_broker_count(info: &ClusterInfo, target: i32) -> Result<(), Refusal> {
    match broker_count_problem(info, &info.instance_type, target) {
        Some(r) => Err(r),
        None => Ok(()),
    }
}

/// Why MSK will not take the cluster to `target` brokers, if it will not.
/// `instance_type` is the broker type the cluster will have when the change
/// runs: a Cluster manifest may change the type first. `cluster scale` and
/// the manifest planner both ask this.
pub fn broker_count_problem(
    info: &ClusterInfo,
    instance_type: &str,
    target: i32,
) -> Option<Refusal> {
    if let Some(r) = broker_spread_problem(&info.name, info.zone_count(), target) {
        return Some(r);
    }
    if target < info.broker_count {
        return broker_removal_problem(info, instance_type, target);
    }
    None
}

/// MSK keeps the same number of brokers in each Availability Zone (one per
/// client subnet), at least one: why `target` brokers over `zones` zones is
/// not possible, if it is not. Asked for new clusters too.
pub fn broker_spread_problem(cluster: &str, zones: usize, target: i32) -> Option<Refusal> {
    if target < 1 {
        return Some(Refusal::Impossible(format!(
            "a cluster needs at least one broker per Availability Zone ({zones}); {target} is not possible"
        )));
    }
    if zones > 0 && !(target as usize).is_multiple_of(zones) {
        return Some(Refusal::Impossible(format!(
            "cluster {cluster} spreads its brokers evenly over {zones} Availability Zones (one per client \
             subnet), so the broker count must be a multiple of {zones}; {target} is not (try {} or {})",
            round_down_multiple(target, zones).max(zones as i32),
            round_up_multiple(target, zones),
        )));
    }
    None
}

/// MSK removes brokers only from M5 and M7g based provisioned clusters (and
/// Express clusters), running Kafka 2.8.1 or later; the brokers it removes
/// must hold no partitions, so they have to be drained first.
fn broker_removal_problem(info: &ClusterInfo, instance_type: &str, target: i32) -> Option<Refusal> {
    let zones = info.zone_count().max(1);
    if target < zones as i32 {
        return Some(Refusal::Impossible(format!(
            "cluster {} must keep at least one broker in each of its {zones} Availability Zones",
            info.name
        )));
    }
    removal_problem(instance_type, &info.kafka_version)
        .map(|problem| Refusal::Impossible(format!("cluster {}: {problem}", info.name)))
}

/// Why MSK cannot remove brokers from a cluster of this broker type and
/// Kafka version, if it cannot: only M5 and M7g Standard brokers and Express
/// brokers, and only Apache Kafka 2.8.1 or later. Types we cannot read are
/// refused too: the guide lists the families that can, not those that
/// cannot.
pub fn removal_problem(instance_type: &str, kafka_version: &str) -> Option<String> {
    let removable = BrokerType::parse(instance_type)
        .is_ok_and(|t| t.tier == BrokerTier::Express || t.family == "m5" || t.family == "m7g");
    if !removable {
        return Some(format!(
            "MSK removes brokers only from clusters of M5 or M7g brokers (or Express brokers), \
             not {instance_type}; move the cluster to kafka.m5.* or kafka.m7g.* first \
             (`mskctl cluster broker-type`)"
        ));
    }
    if parse_version(kafka_version).is_some_and(|v| v < (2, 8, 1)) {
        return Some(format!(
            "MSK removes brokers only from clusters running Apache Kafka 2.8.1 or later, \
             not {kafka_version}"
        ));
    }
    None
}

/// MSK's default quota of brokers per cluster ("Amazon MSK quota", Standard
/// brokers): 30 for ZooKeeper-based clusters, 60 for KRaft-based ones. It
/// can be raised on request, so going past it asks instead of refusing.
pub const BROKERS_PER_CLUSTER_ZOOKEEPER: i32 = 30;
pub const BROKERS_PER_CLUSTER_KRAFT: i32 = 60;

/// Growing a cluster past this multiple of its broker count asks first: a
/// slip of the keyboard (`--brokers 999999`) should not be an order for
/// thousands of brokers.
pub const GROWTH_FACTOR: i32 = 3;

/// The default broker quota for this cluster: KRaft versions are named
/// `x.y.z.kraft` on MSK, and Kafka 4 has no ZooKeeper mode.
pub fn broker_quota(info: &ClusterInfo) -> i32 {
    let kraft = info.kafka_version.contains("kraft")
        || parse_version(&info.kafka_version).is_some_and(|v| v.0 >= 4);
    if kraft {
        BROKERS_PER_CLUSTER_KRAFT
    } else {
        BROKERS_PER_CLUSTER_ZOOKEEPER
    }
}

/// Why growing to `target` brokers deserves a confirmation, if it does.
pub fn growth_warning(info: &ClusterInfo, target: i32) -> Option<String> {
    if target <= info.broker_count {
        return None;
    }
    let quota = broker_quota(info);
    let mut why = Vec::new();
    if target > info.broker_count.saturating_mul(GROWTH_FACTOR) {
        why.push(format!(
            "more than {GROWTH_FACTOR} times the current {} brokers",
            info.broker_count
        ));
    }
    if target > quota {
        why.push(format!(
            "past MSK's default quota of {quota} brokers per cluster (raised only on request)"
        ));
    }
    (!why.is_empty()).then(|| format!("{target} brokers is {}", why.join(", and ")))
}

/// Checks a new per-broker storage size. `last_storage_update` is when the
/// last storage update ended (or started, if it has not ended), if known.
pub fn check_storage(
    info: &ClusterInfo,
    target_gib: i32,
    last_storage_update: Option<SystemTime>,
    now: SystemTime,
) -> Result<(), Refusal> {
    if let Some(r) = storage_problem(info, &info.instance_type, target_gib) {
        return Err(r);
    }
    if let Some(last) = last_storage_update {
        let since = now.duration_since(last).unwrap_or(Duration::ZERO);
        if since < STORAGE_COOLDOWN {
            let wait = STORAGE_COOLDOWN - since;
            return Err(Refusal::NotNow(format!(
                "the last storage update of cluster {} was {} ago: MSK allows the next one only \
                 after a cooldown of 6 hours, so in about {}",
                info.name,
                humantime::format_duration(round_minutes(since)),
                humantime::format_duration(round_minutes(wait).max(Duration::from_secs(60))),
            )));
        }
    }
    Ok(())
}

/// Why MSK will not size the brokers' storage to `target_gib`, if it will
/// not, leaving the cooldown aside (it needs the cluster's history).
/// `instance_type` is the broker type the cluster will have when the change
/// runs. `cluster storage` and the manifest planner both ask this.
pub fn storage_problem(
    info: &ClusterInfo,
    instance_type: &str,
    target_gib: i32,
) -> Option<Refusal> {
    if is_express(instance_type) {
        return Some(Refusal::Impossible(format!(
            "cluster {} runs Express brokers, whose storage MSK manages and grows by itself; \
             there is nothing to size",
            info.name
        )));
    }
    if target_gib <= info.storage_gib {
        return Some(Refusal::Impossible(format!(
            "broker storage can only grow: MSK cannot shrink an EBS volume, and cluster {} already \
             has {} GiB per broker (asked: {target_gib} GiB)",
            info.name, info.storage_gib
        )));
    }
    if target_gib > MAX_STORAGE_GIB {
        return Some(Refusal::Impossible(format!(
            "MSK attaches at most {MAX_STORAGE_GIB} GiB (16 TiB) of storage per broker; \
             {target_gib} GiB is more"
        )));
    }
    None
}

/// Checks a broker-type (size) change against the moves MSK documents:
/// Standard brokers from M5 or T3 to M7g, from T3 to M5, from M7g to M5 and
/// between sizes of one family, but never down to T3; Express brokers only
/// between Express M7g sizes; never between Standard and Express.
pub fn check_broker_type(info: &ClusterInfo, target: &str) -> Result<(), Refusal> {
    match broker_type_problem(&info.instance_type, target) {
        Some(r) => Err(r),
        None => Ok(()),
    }
}

/// Why MSK will not move brokers of type `current` to `target`, if it will
/// not; the manifest planner asks this same question.
pub fn broker_type_problem(current: &str, target: &str) -> Option<Refusal> {
    broker_type_move(current, target).err()
}

fn broker_type_move(current: &str, target: &str) -> Result<(), Refusal> {
    let to = BrokerType::parse(target)?;
    let Ok(from) = BrokerType::parse(current) else {
        // A type we cannot read: let MSK judge.
        return Ok(());
    };
    match (from.tier, to.tier) {
        (BrokerTier::Standard, BrokerTier::Express)
        | (BrokerTier::Express, BrokerTier::Standard) => {
            return Err(Refusal::Impossible(format!(
                "MSK cannot convert a cluster between Standard and Express brokers \
                 ({current} -> {target}): create a new cluster and migrate"
            )));
        }
        (BrokerTier::Express, BrokerTier::Express) => {
            if to.family != "m7g" {
                return Err(Refusal::Impossible(format!(
                    "Express brokers come only in M7g sizes (express.m7g.*); {target} is not one"
                )));
            }
            return Ok(());
        }
        (BrokerTier::Standard, BrokerTier::Standard) => {}
    }
    const KNOWN: [&str; 3] = ["t3", "m5", "m7g"];
    if !KNOWN.contains(&from.family.as_str()) || !KNOWN.contains(&to.family.as_str()) {
        return Ok(());
    }
    if to.family == "t3" && from.family != "t3" {
        return Err(Refusal::Impossible(format!(
            "MSK cannot move a cluster from {current} to {target}: T3 brokers are only a \
             starting point (T3 can move to M5 or M7g, never back)"
        )));
    }
    Ok(())
}

/// `(major, minor, patch)` of versions like `3.6.0`, `2.8.1` or
/// `3.7.x.kraft`; unknown parts count as 0.
pub fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut nums = v.split('.').map(|p| p.parse::<u32>().ok());
    let major = nums.next().flatten()?;
    let minor = nums.next().flatten().unwrap_or(0);
    let patch = nums.next().flatten().unwrap_or(0);
    Some((major, minor, patch))
}

fn round_down_multiple(n: i32, m: usize) -> i32 {
    let m = m as i32;
    n / m * m
}

fn round_up_multiple(n: i32, m: usize) -> i32 {
    let m = m as i32;
    (n + m - 1) / m * m
}

fn round_minutes(d: Duration) -> Duration {
    Duration::from_secs(d.as_secs() / 60 * 60)
}

/// The brokers to take out when lowering the count by `per_zone` brokers in
/// each zone: MSK removes only brokers without partitions, one per zone per
/// operation, so these are the ones to drain first. In each zone (client
/// subnet) the brokers holding the fewest replicas go, the highest id among
/// equals, so the least data moves.
pub fn brokers_to_remove(
    nodes: &[NodeInfo],
    replicas: &BTreeMap<i32, usize>,
    per_zone: usize,
) -> Result<Vec<i32>, Refusal> {
    let mut zones: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for n in nodes {
        let zone = n.client_subnet.as_deref().ok_or_else(|| {
            Refusal::NotNow(format!(
                "MSK did not report broker {}'s subnet, so its zone is unknown; retry once the cluster is ACTIVE",
                n.broker_id
            ))
        })?;
        zones.entry(zone).or_default().push(n.broker_id);
    }
    let mut out = Vec::new();
    for (zone, mut ids) in zones {
        if ids.len() <= per_zone {
            return Err(Refusal::Impossible(format!(
                "zone {zone} has {} broker(s); removing {per_zone} would leave none there",
                ids.len()
            )));
        }
        ids.sort_by_key(|id| {
            (
                replicas.get(id).copied().unwrap_or(0),
                std::cmp::Reverse(*id),
            )
        });
        out.extend(ids.into_iter().take(per_zone));
    }
    out.sort_unstable();
    Ok(out)
}

// ------------------------------------------------ Kafka version upgrades

/// The Kafka version change MSK would make, or why not. MSK upgrades in
/// place only to a version GetCompatibleKafkaVersions lists for the
/// cluster's current one ("Update the Apache Kafka version" in the
/// developer guide), and never downgrades; `compatible` is that list.
pub fn kafka_version_problem(
    cluster: &str,
    from: &str,
    to: &str,
    compatible: &[String],
) -> Option<Refusal> {
    if let (Some(a), Some(b)) = (parse_version(from), parse_version(to)) {
        if b < a {
            return Some(Refusal::Impossible(format!(
                "cluster {cluster}: Kafka version {from} -> {to} is a downgrade, which MSK does not do;                  create a new cluster on {to} and migrate"
            )));
        }
    }
    if compatible.iter().any(|v| v == to) {
        return None;
    }
    let list = if compatible.is_empty() {
        "none".to_owned()
    } else {
        compatible.join(", ")
    };
    Some(Refusal::Impossible(format!(
        "cluster {cluster}: MSK cannot move Kafka {from} to {to}; the versions it can move this cluster to are: {list} \
         (see `mskctl cluster versions {cluster}`)"
    )))
}

/// What a Kafka version upgrade does, shown with its class (risky).
pub const KAFKA_UPGRADE_NOTE: &str =
    "MSK restarts every broker, one at a time, on the new version; \
     clients reconnect, and the upgrade cannot be undone (MSK does not downgrade)";

// -------------------------------------------- intelligent rebalancing

/// A partition move (reassignment, drain, `scale --rebalance`) on an
/// Express cluster whose intelligent rebalancing is ACTIVE: AWS says
/// third-party reassignments must not run while MSK balances partitions
/// itself, so the move is refused unless rebalancing is paused around it.
pub fn rebalancing_problem(info: &ClusterInfo) -> Option<Refusal> {
    info.rebalancing_active().then(|| {
        Refusal::NotNow(format!(
            "intelligent rebalancing is ACTIVE on MSK cluster {}: MSK moves partitions itself and \
             third-party reassignments must not run meanwhile. Add --pause-rebalancing to pause it \
             for this move (it is resumed afterwards, also after a failure), or pause it yourself \
             with `mskctl cluster rebalancing pause {}`",
            info.name, info.name
        ))
    })
}

/// MSK operations without a manifest field, judged here like the Cluster
/// planner's steps: the class and why, shown before the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MskOperation {
    PauseRebalancing,
    ResumeRebalancing,
    RebootBroker,
    RollingRestart,
}

impl MskOperation {
    pub fn safety(self) -> crate::plan::Safety {
        use crate::plan::Safety;
        match self {
            MskOperation::PauseRebalancing
            | MskOperation::RebootBroker
            | MskOperation::RollingRestart => Safety::Risky,
            MskOperation::ResumeRebalancing => Safety::Safe,
        }
    }

    pub fn why(self) -> &'static str {
        match self {
            MskOperation::PauseRebalancing => {
                "while paused, MSK no longer balances partitions, also not when brokers are added or removed"
            }
            MskOperation::ResumeRebalancing => {
                "MSK's default for Express clusters: MSK balances partitions itself again"
            }
            MskOperation::RebootBroker => {
                "the broker's partitions lose a replica while it restarts: clients fail over to other leaders, and partitions with no other in-sync replica are unavailable meanwhile"
            }
            MskOperation::RollingRestart => {
                "each broker in turn goes down: clients fail over to other leaders, and partitions with no other in-sync replica are unavailable while their broker restarts"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msk::model::{ClientAuth, Encryption, Monitoring};

    fn node(id: i32, subnet: &str) -> NodeInfo {
        NodeInfo {
            broker_id: id,
            instance_type: "kafka.m5.large".into(),
            client_subnet: Some(subnet.into()),
            endpoints: vec![],
        }
    }

    #[test]
    fn storage_throughput_and_tiered_storage_follow_msk_limits() {
        let on = |v: Option<i32>| Throughput {
            enabled: true,
            volume_throughput: v,
        };
        assert_eq!(
            throughput_problem("kafka.m5.4xlarge", 100, &on(Some(593))),
            None
        );
        assert!(throughput_problem("kafka.m5.4xlarge", 100, &on(Some(594))).is_some());
        assert!(throughput_problem("kafka.m5.large", 100, &on(None)).is_some());
        assert!(throughput_problem("kafka.m7g.2xlarge", 5, &on(None)).is_some());
        assert!(throughput_problem("kafka.m7g.8xlarge", 100, &on(Some(100))).is_some());
        assert_eq!(
            throughput_problem("kafka.m5.large", 100, &Throughput::default()),
            None
        );
        assert_eq!(tiered_storage_problem("3.6.0", "kafka.m5.large"), None);
        assert_eq!(
            tiered_storage_problem("2.8.2.tiered", "kafka.m7g.large"),
            None
        );
        assert!(tiered_storage_problem("3.5.1", "kafka.m5.large").is_some());
        assert!(tiered_storage_problem("3.6.0", "kafka.t3.small").is_some());
    }

    #[test]
    fn security_combinations_follow_msk_table() {
        use crate::msk::model::ClientBrokerEncryption as E;
        let iam = ClientAuth {
            iam: true,
            ..ClientAuth::default()
        };
        assert_eq!(security_problem(&iam, E::Tls, true), None);
        assert!(security_problem(&iam, E::TlsPlaintext, true).is_some());
        assert!(security_problem(&iam, E::Tls, false).is_some());
        let mtls = ClientAuth {
            tls_certificate_authority_arns: vec!["arn:aws:acm-pca:x".into()],
            ..ClientAuth::default()
        };
        assert_eq!(security_problem(&mtls, E::TlsPlaintext, true), None);
        assert!(security_problem(&mtls, E::Plaintext, true).is_some());
        let open = ClientAuth {
            unauthenticated: true,
            ..ClientAuth::default()
        };
        assert_eq!(security_problem(&open, E::Plaintext, false), None);
        assert!(security_problem(&ClientAuth::default(), E::Tls, true).is_some());

        let enc = Encryption::default();
        assert_eq!(public_access_problem("3.6.0", &iam, &enc), None);
        let p = public_access_problem("2.5.1", &open, &enc).unwrap_or_default();
        assert!(p.contains("2.6.0") && p.contains("unauthenticated"), "{p}");
    }

    #[test]
    fn scram_secrets_follow_msk_rules() {
        let mut c = cluster(3, 3, "kafka.m5.large", 100);
        c.arn = "arn:aws:kafka:eu-west-1:111122223333:cluster/orders/x".into();
        let good = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:AmazonMSK_alice-AbCdEf";
        let problems = scram_secret_problems(&c, &[good.to_string()]);
        assert!(problems[0].contains("SASL/SCRAM"), "{problems:?}");
        c.client_auth.scram = true;
        assert!(scram_secret_problems(&c, &[good.to_string()]).is_empty());
        assert!(scram_secret_arn_problems(&[good.to_string()]).is_empty());
        let offline = scram_secret_arn_problems(&[
            "arn:aws:secretsmanager:eu-west-1:111122223333:secret:alice-AbCdEf".to_string(),
            "not-an-arn".to_string(),
        ]);
        assert!(offline[0].contains("AmazonMSK_"), "{offline:?}");
        assert!(
            offline[1].contains("not a Secrets Manager secret ARN"),
            "{offline:?}"
        );
        let elsewhere =
            ["arn:aws:secretsmanager:us-east-1:999999999999:secret:AmazonMSK_bob-x".to_string()];
        let p = scram_secret_problems(&c, &elsewhere);
        assert!(
            p[0].contains("same region") && p[1].contains("same account"),
            "{p:?}"
        );
    }

    #[test]
    fn express_needs_three_subnets() {
        assert!(subnet_count_problem(Some("express.m7g.large"), 2)
            .is_some_and(|p| p.contains("Express") && p.contains("3")));
        assert_eq!(subnet_count_problem(Some("express.m7g.large"), 3), None);
        assert_eq!(subnet_count_problem(Some("kafka.m7g.large"), 2), None);
        assert!(subnet_count_problem(None, 4).is_some());
        assert_eq!(subnet_count_problem(None, 2), None);
    }

    #[test]
    fn removal_takes_the_emptiest_broker_of_each_zone() {
        let nodes: Vec<NodeInfo> = (1..=6)
            .map(|id| node(id, ["a", "b", "c"][(id as usize - 1) % 3]))
            .collect();
        // Zone a: 1 and 4; b: 2 and 5; c: 3 and 6.
        let replicas = BTreeMap::from([(1, 5), (4, 9), (2, 3), (5, 3), (3, 0), (6, 7)]);
        assert_eq!(
            brokers_to_remove(&nodes, &replicas, 1).unwrap(),
            vec![1, 3, 5]
        );
        // No load known: the newest (highest id) brokers go.
        assert_eq!(
            brokers_to_remove(&nodes, &BTreeMap::new(), 1).unwrap(),
            vec![4, 5, 6]
        );
        let err = brokers_to_remove(&nodes, &replicas, 2).unwrap_err();
        assert!(matches!(err, Refusal::Impossible(_)), "{err}");
        assert!(err.message().contains("zone a has 2 broker(s)"), "{err}");
    }

    #[test]
    fn removal_needs_each_brokers_zone() {
        let mut nodes = vec![node(1, "a"), node(2, "a")];
        nodes[1].client_subnet = None;
        let err = brokers_to_remove(&nodes, &BTreeMap::new(), 1).unwrap_err();
        assert!(err.message().contains("broker 2"), "{err}");
    }

    fn cluster(brokers: i32, zones: usize, instance: &str, storage: i32) -> ClusterInfo {
        ClusterInfo {
            name: "orders".into(),
            arn: "arn:aws:kafka:eu-west-1:1:cluster/orders/x".into(),
            state: ClusterState::Active,
            current_version: "K1".into(),
            kafka_version: "3.6.0".into(),
            broker_count: brokers,
            instance_type: instance.into(),
            storage_gib: storage,
            client_subnets: (0..zones).map(|i| format!("subnet-{i}")).collect(),
            security_groups: vec![],
            client_auth: ClientAuth::default(),
            encryption: Encryption::default(),
            configuration: None,
            monitoring: Monitoring::default(),
            public_access: false,
            tags: Default::default(),
            created: None,
            rebalancing: None,
            compatible_kafka_versions: None,
            scram_secrets: None,
            storage_mode: None,
            provisioned_throughput: Default::default(),
            serverless: false,
        }
    }

    fn impossible(r: Result<(), Refusal>) -> String {
        match r {
            Err(Refusal::Impossible(m)) => m,
            other => panic!("expected Impossible, got {other:?}"),
        }
    }

    #[test]
    fn broker_count_must_be_multiple_of_zones() {
        let c = cluster(3, 3, "kafka.m5.large", 100);
        assert_eq!(check_broker_count(&c, 6), Ok(()));
        let m = impossible(check_broker_count(&c, 4));
        assert!(m.contains("multiple of 3"), "{m}");
        assert!(m.contains("try 3 or 6"), "{m}");
        assert!(impossible(check_broker_count(&c, 0)).contains("at least one"));
    }

    #[test]
    fn removal_follows_msk_limits() {
        let c = cluster(6, 3, "kafka.m5.large", 100);
        assert_eq!(check_broker_count(&c, 3), Ok(()));
        let t3 = cluster(6, 3, "kafka.t3.small", 100);
        assert!(impossible(check_broker_count(&t3, 3)).contains("M5 or M7g"));
        let mut old = cluster(6, 3, "kafka.m5.large", 100);
        old.kafka_version = "2.8.0".into();
        assert!(impossible(check_broker_count(&old, 3)).contains("2.8.1"));
        let express = cluster(6, 3, "express.m7g.large", 0);
        assert_eq!(check_broker_count(&express, 3), Ok(()));
        // Growing a T3 cluster is fine.
        assert_eq!(check_broker_count(&t3, 9), Ok(()));
    }

    #[test]
    fn storage_only_grows_and_has_a_cooldown() {
        let c = cluster(3, 3, "kafka.m5.large", 100);
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        assert_eq!(check_storage(&c, 200, None, now), Ok(()));
        assert!(impossible(check_storage(&c, 100, None, now)).contains("only grow"));
        assert!(impossible(check_storage(&c, 50, None, now)).contains("cannot shrink"));
        assert!(impossible(check_storage(&c, 20_000, None, now)).contains("16384"));
        let recent = now - Duration::from_secs(2 * 3600);
        match check_storage(&c, 200, Some(recent), now) {
            Err(Refusal::NotNow(m)) => {
                assert!(m.contains("6 hours"), "{m}");
                assert!(m.contains("4h"), "{m}");
            }
            other => panic!("{other:?}"),
        }
        let old = now - Duration::from_secs(7 * 3600);
        assert_eq!(check_storage(&c, 200, Some(old), now), Ok(()));
        let express = cluster(3, 3, "express.m7g.large", 0);
        assert!(impossible(check_storage(&express, 200, None, now)).contains("Express"));
    }

    #[test]
    fn broker_type_moves() {
        let t3 = cluster(3, 3, "kafka.t3.small", 100);
        let m5 = cluster(3, 3, "kafka.m5.large", 100);
        let m7g = cluster(3, 3, "kafka.m7g.large", 100);
        let ex = cluster(3, 3, "express.m7g.large", 0);
        assert_eq!(check_broker_type(&t3, "kafka.m5.large"), Ok(()));
        assert_eq!(check_broker_type(&t3, "kafka.m7g.xlarge"), Ok(()));
        assert_eq!(check_broker_type(&m5, "kafka.m7g.large"), Ok(()));
        assert_eq!(check_broker_type(&m7g, "kafka.m5.2xlarge"), Ok(()));
        assert_eq!(check_broker_type(&m5, "kafka.m5.xlarge"), Ok(()));
        assert!(impossible(check_broker_type(&m5, "kafka.t3.small")).contains("T3"));
        assert!(impossible(check_broker_type(&m7g, "kafka.t3.small")).contains("never back"));
        assert!(impossible(check_broker_type(&m5, "express.m7g.large")).contains("Standard"));
        assert!(impossible(check_broker_type(&ex, "kafka.m7g.large")).contains("Express"));
        assert_eq!(check_broker_type(&ex, "express.m7g.4xlarge"), Ok(()));
        assert!(impossible(check_broker_type(&ex, "express.m5.large")).contains("M7g"));
        assert!(impossible(check_broker_type(&m5, "m5.large")).contains("not an MSK broker type"));
        // Families the guide does not list yet are left to MSK.
        assert_eq!(check_broker_type(&m5, "kafka.m8g.large"), Ok(()));
    }

    #[test]
    fn only_active_clusters_are_updated() {
        let mut c = cluster(3, 3, "kafka.m5.large", 100);
        assert_eq!(check_ready_for_update(&c), Ok(()));
        c.state = ClusterState::Updating;
        match check_ready_for_update(&c) {
            Err(Refusal::NotNow(m)) => assert!(m.contains("mskctl cluster wait orders"), "{m}"),
            other => panic!("{other:?}"),
        }
        c.state = ClusterState::Failed;
        assert!(impossible(check_ready_for_update(&c)).contains("FAILED"));
    }

    #[test]
    fn versions() {
        assert_eq!(parse_version("2.8.1"), Some((2, 8, 1)));
        assert_eq!(parse_version("3.7.x.kraft"), Some((3, 7, 0)));
        assert_eq!(parse_version("x"), None);
    }

    #[test]
    fn refusal_exit_codes() {
        let e: anyhow::Error = Refusal::Impossible("no".into()).into();
        assert!(e.is::<UsageError>());
        let e: anyhow::Error = Refusal::NotNow("later".into()).into();
        assert!(!e.is::<UsageError>());
    }
}
