//! Desired vs observed MSK cluster -> an ordered list of single updates,
//! which the executor next door (`apply.rs`) carries out.
//!
//! MSK runs one update at a time per cluster and every update quotes the
//! cluster's current version, so a plan is a sequence, not a batch: each
//! step is one MSK call followed by a wait for ACTIVE.
//!
//! Order, and why:
//! 1. storage, so brokers added later come up with the final volume size;
//! 2. broker type, so a scale-out adds brokers of the final type (the
//!    rolling type change restarts fewer brokers) and a scale-in runs on a
//!    type that supports broker removal;
//! 3. broker count: one step to add brokers, or one step per broker removed
//!    from each zone, since MSK removes at most one broker per zone per
//!    operation;
//! 4. configuration (a rolling restart, best done once the shape is final);
//! 5. monitoring (no restart).
//!
//! What MSK cannot change in place (subnets, security groups, at-rest and
//! in-cluster encryption) and what this version does not change (Kafka
//! version, client authentication, encryption in transit, tags) are refused
//! or noted with the reason, never silently ignored. What MSK allows is
//! asked of the one rulebook, [`super::rules`]; nothing here restates it.
//! Pure: no I/O, no async.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterSpec, ClusterState, ConfigurationRef,
    Encryption, Monitoring, Throughput,
};
use super::rules::{
    self, is_express, MAX_STORAGE_GIB, MAX_ZONES, MIN_STORAGE_GIB, MIN_ZONES, STORAGE_COOLDOWN_NOTE,
};
use crate::plan::{Safety, SourceRef};

/// A cluster as a manifest declares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesiredCluster {
    pub spec: ClusterSpec,
    #[serde(default)]
    pub source: SourceRef,
}

// Every field of ClusterSpec is Eq (no floats); the model only derives
// PartialEq, and manifest sets compare with Eq.
impl Eq for DesiredCluster {}

/// One MSK update (or the creation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClusterChange {
    Create {
        spec: Box<ClusterSpec>,
    },
    Storage {
        from_gib: i32,
        to_gib: i32,
    },
    BrokerType {
        from: String,
        to: String,
    },
    BrokerCount {
        from: i32,
        to: i32,
    },
    Configuration {
        from: Option<ConfigurationRef>,
        to: ConfigurationRef,
    },
    Monitoring {
        from: Monitoring,
        to: Monitoring,
    },
    /// TagResource / UntagResource: no cluster operation, no restart.
    Tags {
        set: BTreeMap<String, String>,
        remove: Vec<String>,
    },
    KafkaVersion {
        from: String,
        to: String,
    },
    /// UpdateSecurity: client authentication and client-broker encryption.
    Security {
        from_auth: ClientAuth,
        to_auth: ClientAuth,
        from_client_broker: ClientBrokerEncryption,
        to_client_broker: ClientBrokerEncryption,
    },
    /// UpdateConnectivity: public access on (MSK-provided Elastic IPs) or off.
    PublicAccess {
        to: bool,
    },
    /// UpdateStorage: storage mode and provisioned throughput (each `None`
    /// when unchanged).
    StorageSettings {
        storage_mode: Option<String>,
        throughput: Option<Throughput>,
    },
    /// BatchAssociateScramSecret / BatchDisassociateScramSecret: no
    /// cluster operation.
    ScramSecrets {
        associate: Vec<String>,
        disassociate: Vec<String>,
    },
}

impl ClusterChange {
    pub fn verb(&self) -> &'static str {
        match self {
            ClusterChange::Create { .. } => "create cluster",
            ClusterChange::Storage { .. } => "update storage",
            ClusterChange::BrokerType { .. } => "update broker type",
            ClusterChange::BrokerCount { from, to } if to < from => "remove brokers",
            ClusterChange::BrokerCount { .. } => "add brokers",
            ClusterChange::Configuration { .. } => "update configuration",
            ClusterChange::Monitoring { .. } => "update monitoring",
            ClusterChange::Tags { .. } => "update tags",
            ClusterChange::KafkaVersion { .. } => "upgrade Kafka",
            ClusterChange::Security { .. } => "update security",
            ClusterChange::PublicAccess { .. } => "update public access",
            ClusterChange::ScramSecrets { .. } => "update SCRAM secrets",
            ClusterChange::StorageSettings { .. } => "update storage settings",
        }
    }

    /// Whether a cluster already has what this step asks for, so a step
    /// someone else has already carried out is skipped rather than sent.
    pub fn satisfied_by(&self, info: &ClusterInfo) -> bool {
        match self {
            ClusterChange::Create { .. } => true,
            ClusterChange::Storage { to_gib, .. } => info.storage_gib == *to_gib,
            ClusterChange::BrokerType { to, .. } => info.instance_type == *to,
            ClusterChange::BrokerCount { to, .. } => info.broker_count == *to,
            ClusterChange::Configuration { to, .. } => info.configuration.as_ref() == Some(to),
            ClusterChange::Monitoring { to, .. } => info.monitoring == *to,
            ClusterChange::Tags { set, remove } => {
                set.iter().all(|(k, v)| info.tags.get(k) == Some(v))
                    && remove.iter().all(|k| !info.tags.contains_key(k))
            }
            ClusterChange::KafkaVersion { to, .. } => info.kafka_version == *to,
            ClusterChange::Security {
                to_auth,
                to_client_broker,
                ..
            } => {
                sorted_auth(&info.client_auth) == sorted_auth(to_auth)
                    && info.encryption.client_broker == *to_client_broker
            }
            ClusterChange::PublicAccess { to } => info.public_access == *to,
            ClusterChange::StorageSettings {
                storage_mode,
                throughput,
            } => {
                storage_mode
                    .as_ref()
                    .is_none_or(|m| info.storage_mode.as_ref() == Some(m))
                    && throughput
                        .as_ref()
                        .is_none_or(|t| same_throughput(t, &info.provisioned_throughput))
            }
            ClusterChange::ScramSecrets {
                associate,
                disassociate,
            } => info.scram_secrets.as_ref().is_some_and(|have| {
                associate.iter().all(|s| have.contains(s))
                    && disassociate.iter().all(|s| !have.contains(s))
            }),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterStep {
    #[serde(flatten)]
    pub change: ClusterChange,
    pub safety: Safety,
    /// For people: "broker count 3 -> 6".
    pub description: String,
    /// Why the step has its safety class, and what to know before it runs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
}

/// A difference the plan will not turn into a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterRefusal {
    /// The manifest field (`spec.subnets`), or `cluster` for the whole.
    pub field: String,
    pub reason: String,
    /// `false`: MSK cannot do it at all; `true`: MSK can, this version
    /// does not yet.
    pub unsupported: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterPlan {
    pub cluster: String,
    /// `None` when the cluster does not exist yet.
    pub arn: Option<String>,
    pub steps: Vec<ClusterStep>,
    pub refused: Vec<ClusterRefusal>,
    /// Differences that are neither applied nor blocking (tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The cluster's CurrentVersion when the plan was made (`None` for a
    /// cluster to create): a saved plan applies only while it is unchanged,
    /// since MSK gives every update a new version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_version: Option<String>,
}

impl ClusterPlan {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn count(&self, safety: Safety) -> usize {
        self.steps.iter().filter(|s| s.safety == safety).count()
    }
}

fn plural(n: i32, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn describe_monitoring(m: &Monitoring) -> String {
    let mut s = m.enhanced.clone();
    if m.jmx_exporter {
        s.push_str(", JMX exporter");
    }
    if m.node_exporter {
        s.push_str(", node exporter");
    }
    s
}

fn describe_configuration(c: &Option<ConfigurationRef>) -> String {
    match c {
        None => "MSK default".into(),
        Some(c) => format!("{} revision {}", c.arn, c.revision),
    }
}

fn describe_auth(a: &ClientAuth) -> String {
    let mut parts = Vec::new();
    if a.iam {
        parts.push("IAM".to_string());
    }
    if a.scram {
        parts.push("SCRAM".to_string());
    }
    if !a.tls_certificate_authority_arns.is_empty() {
        parts.push(format!(
            "TLS ({})",
            a.tls_certificate_authority_arns.join(", ")
        ));
    }
    if a.unauthenticated {
        parts.push("unauthenticated".to_string());
    }
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(" + ")
    }
}

fn same_set(a: &[String], b: &[String]) -> bool {
    let mut a: Vec<&String> = a.iter().collect();
    let mut b: Vec<&String> = b.iter().collect();
    a.sort();
    b.sort();
    a.dedup();
    b.dedup();
    a == b
}

/// The steps that take `observed` to `desired`, or the create step when
/// there is no cluster yet. Pure: the same inputs always give the same plan.
pub fn plan_cluster(desired: &ClusterSpec, observed: Option<&ClusterInfo>) -> ClusterPlan {
    let mut plan = ClusterPlan {
        cluster: desired.name.clone(),
        arn: observed.map(|o| o.arn.clone()),
        steps: Vec::new(),
        refused: Vec::new(),
        notes: Vec::new(),
        observed_version: observed.map(|o| o.current_version.clone()),
    };
    if desired.serverless.is_some() || observed.is_some_and(|o| o.serverless) {
        plan_serverless(desired, observed, &mut plan);
        return plan;
    }
    let Some(observed) = observed else {
        plan_create(desired, &mut plan);
        return plan;
    };
    match observed.state {
        ClusterState::Deleting => {
            refuse(
                &mut plan,
                "cluster",
                format!(
                    "cluster '{}' is being deleted; apply again once it is gone to create it anew",
                    desired.name
                ),
                false,
            );
            return plan;
        }
        ClusterState::Failed => {
            refuse(
                &mut plan,
                "cluster",
                format!(
                    "cluster '{}' is in state FAILED and MSK accepts no updates to it; delete it and apply again",
                    desired.name
                ),
                false,
            );
            return plan;
        }
        _ => {}
    }
    immutable(desired, observed, &mut plan);

    if !is_express(&desired.instance_type) && !is_express(&observed.instance_type) {
        plan_storage(desired.storage_gib, observed, &mut plan);
    }
    let type_ok = plan_broker_type(&desired.instance_type, observed, &mut plan);
    // A scale-in is checked against the type the cluster will have when it
    // runs: after the type step when that step is possible.
    let type_at_count = if type_ok {
        desired.instance_type.as_str()
    } else {
        observed.instance_type.as_str()
    };
    plan_broker_count(desired.broker_count, observed, type_at_count, &mut plan);
    // After the shape, before a configuration: a configuration may be made
    // for the new version.
    plan_kafka_version(&desired.kafka_version, observed, &mut plan);
    // After the version (tiered storage may need the new one) and the
    // broker type (throughput limits depend on it).
    plan_storage_settings(desired, observed, &mut plan);
    // Security before public access: MSK turns public access on only once
    // the security it needs is in place.
    plan_security(desired, observed, &mut plan);
    // Secrets once SCRAM is on: MSK takes them only then.
    plan_scram_secrets(desired, observed, &mut plan);
    plan_public_access(desired, observed, &mut plan);
    if let Some(to) = &desired.configuration {
        plan_configuration(to, observed, &mut plan);
    }
    if let Some(to) = &desired.monitoring {
        if observed.monitoring != *to {
            plan.steps.push(ClusterStep {
                description: format!(
                    "monitoring {} -> {}",
                    describe_monitoring(&observed.monitoring),
                    describe_monitoring(to)
                ),
                change: ClusterChange::Monitoring {
                    from: observed.monitoring.clone(),
                    to: to.clone(),
                },
                safety: Safety::Safe,
                reasons: Vec::new(),
            });
        }
    }
    plan_tags(&desired.tags, &observed.tags, &mut plan);
    plan
}

fn refuse(plan: &mut ClusterPlan, field: &str, reason: String, unsupported: bool) {
    plan.refused.push(ClusterRefusal {
        field: field.to_string(),
        reason,
        unsupported,
    });
}

/// An MSK Serverless cluster: created (safe), or compared on what it has.
/// MSK changes nothing of a Serverless cluster in place (its VPC settings
/// are fixed, authentication is IAM only), so a difference there is a
/// refusal; only tags are reconciled. Neither type converts into the other.
fn plan_serverless(desired: &ClusterSpec, observed: Option<&ClusterInfo>, plan: &mut ClusterPlan) {
    let Some(want) = &desired.serverless else {
        refuse(
            plan,
            "spec.serverless",
            format!(
                "cluster '{}' is an MSK Serverless cluster; MSK cannot turn it into a provisioned one: describe it with spec.serverless, or create a new cluster and migrate",
                desired.name
            ),
            false,
        );
        return;
    };
    let Some(observed) = observed else {
        plan.steps.push(ClusterStep {
            change: ClusterChange::Create {
                spec: Box::new(desired.clone()),
            },
            safety: Safety::Safe,
            description: format!("MSK Serverless, IAM, {} subnets", want.subnets.len()),
            reasons: Vec::new(),
        });
        return;
    };
    if !observed.serverless {
        refuse(
            plan,
            "spec.serverless",
            format!(
                "cluster '{}' is a provisioned cluster; MSK cannot turn it into a Serverless one: create a new cluster and migrate",
                desired.name
            ),
            false,
        );
        return;
    }
    if !same_set(&want.subnets, &observed.client_subnets) {
        refuse(
            plan,
            "spec.serverless.subnets",
            "MSK cannot move a Serverless cluster to other subnets; create a new cluster and migrate".into(),
            false,
        );
    }
    if !want.security_groups.is_empty()
        && !same_set(&want.security_groups, &observed.security_groups)
    {
        refuse(
            plan,
            "spec.serverless.securityGroups",
            "MSK cannot change a Serverless cluster's security groups; change the rules of the existing groups instead".into(),
            false,
        );
    }
    plan_tags(&desired.tags, &observed.tags, plan);
}

fn plan_create(desired: &ClusterSpec, plan: &mut ClusterPlan) {
    let zones = desired.client_subnets.len();
    if !(MIN_ZONES..=MAX_ZONES).contains(&zones) {
        refuse(
            plan,
            "spec.subnets",
            format!("MSK needs 2 or 3 subnets in distinct Availability Zones, got {zones}"),
            false,
        );
    } else if let Some(r) = rules::broker_spread_problem(&desired.name, zones, desired.broker_count)
    {
        refuse(plan, "spec.brokers", r.message().to_owned(), false);
    }
    if !is_express(&desired.instance_type)
        && !(MIN_STORAGE_GIB..=MAX_STORAGE_GIB).contains(&desired.storage_gib)
    {
        refuse(
            plan,
            "spec.storage",
            format!(
                "storage per broker must be between {MIN_STORAGE_GIB} and {MAX_STORAGE_GIB} GiB, got {}",
                desired.storage_gib
            ),
            false,
        );
    }
    if !plan.refused.is_empty() {
        return;
    }
    let mut description = format!(
        "{} of type {}, Kafka {}, {} zones",
        plural(desired.broker_count, "broker"),
        desired.instance_type,
        desired.kafka_version,
        zones
    );
    if !is_express(&desired.instance_type) {
        description.push_str(&format!(", {} GiB storage each", desired.storage_gib));
    }
    plan.steps.push(ClusterStep {
        change: ClusterChange::Create {
            spec: Box::new(desired.clone()),
        },
        safety: Safety::Safe,
        description,
        reasons: Vec::new(),
    });
}

/// Settings fixed at creation, and those this version does not update.
fn immutable(desired: &ClusterSpec, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    if !same_set(&desired.client_subnets, &observed.client_subnets) {
        refuse(
            plan,
            "spec.subnets",
            format!(
                "MSK cannot move a cluster to other subnets ({} -> {}); create a new cluster and migrate",
                observed.client_subnets.join(", "),
                desired.client_subnets.join(", ")
            ),
            false,
        );
    }
    // No groups in the manifest means "the VPC default", which MSK reports
    // by its id: nothing to compare.
    if !desired.security_groups.is_empty()
        && !same_set(&desired.security_groups, &observed.security_groups)
    {
        refuse(
            plan,
            "spec.securityGroups",
            format!(
                "MSK cannot change a cluster's security groups ({} -> {}); change the rules of the existing groups instead",
                observed.security_groups.join(", "),
                desired.security_groups.join(", ")
            ),
            false,
        );
    }
    if let Some(want) = &desired.encryption {
        encryption(want, &observed.encryption, plan);
    }
}

fn encryption(want: &Encryption, have: &Encryption, plan: &mut ClusterPlan) {
    if want.at_rest_kms_key.is_some() && want.at_rest_kms_key != have.at_rest_kms_key {
        refuse(
            plan,
            "spec.encryption.atRestKmsKey",
            format!(
                "MSK cannot change the KMS key of data at rest ({} -> {}); it is fixed when the cluster is created",
                have.at_rest_kms_key.as_deref().unwrap_or("AWS-managed key"),
                want.at_rest_kms_key.as_deref().unwrap_or("AWS-managed key"),
            ),
            false,
        );
    }
    if want.in_cluster != have.in_cluster {
        refuse(
            plan,
            "spec.encryption.inCluster",
            format!(
                "MSK cannot turn encryption between brokers {} after the cluster is created",
                if want.in_cluster { "on" } else { "off" }
            ),
            false,
        );
    }
}

/// Client authentication with the CA list in a stable order, for comparing.
fn sorted_auth(a: &ClientAuth) -> ClientAuth {
    let mut a = a.clone();
    a.tls_certificate_authority_arns.sort();
    a
}

/// Client authentication and client-broker encryption, one UpdateSecurity
/// step when either differs (risky: MSK restarts the brokers, and clients
/// of a listener that goes away lose their way in), refused with MSK's
/// reason for a combination it does not allow.
fn plan_security(desired: &ClusterSpec, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    let (want, have) = (
        sorted_auth(&desired.client_auth),
        sorted_auth(&observed.client_auth),
    );
    let have_cb = observed.encryption.client_broker;
    let want_cb = desired
        .encryption
        .as_ref()
        .map(|e| e.client_broker)
        .unwrap_or(have_cb);
    if want == have && want_cb == have_cb {
        return;
    }
    if let Some(why) = rules::security_problem(&want, want_cb, observed.encryption.in_cluster) {
        refuse(plan, "spec.clientAuth", why, false);
        return;
    }
    let mut parts = Vec::new();
    if want != have {
        parts.push(format!(
            "client authentication {} -> {}",
            describe_auth(&have),
            describe_auth(&want)
        ));
    }
    if want_cb != have_cb {
        parts.push(format!(
            "encryption in transit {} -> {}",
            have_cb.as_str(),
            want_cb.as_str()
        ));
    }
    let mut reasons =
        vec!["MSK applies security settings by restarting the brokers one at a time".to_string()];
    let dropped: Vec<&str> = [
        (have.iam && !want.iam, "IAM"),
        (have.scram && !want.scram, "SASL/SCRAM"),
        (
            !have.tls_certificate_authority_arns.is_empty()
                && want.tls_certificate_authority_arns.is_empty(),
            "mutual TLS",
        ),
        (
            have.unauthenticated && !want.unauthenticated,
            "unauthenticated",
        ),
        (
            have_cb != ClientBrokerEncryption::Tls && want_cb == ClientBrokerEncryption::Tls,
            "plaintext",
        ),
    ]
    .into_iter()
    .filter_map(|(gone, name)| gone.then_some(name))
    .collect();
    if !dropped.is_empty() {
        reasons.push(format!(
            "clients connecting with {} lose access: move them first",
            dropped.join(", ")
        ));
    }
    plan.steps.push(ClusterStep {
        description: parts.join("; "),
        change: ClusterChange::Security {
            from_auth: have,
            to_auth: want,
            from_client_broker: have_cb,
            to_client_broker: want_cb,
        },
        safety: Safety::Risky,
        reasons,
    });
}

/// Throughputs compare on what MSK applies: off is off whatever the rate,
/// and no rate means MSK's default.
fn same_throughput(a: &Throughput, b: &Throughput) -> bool {
    let rate = |t: &Throughput| t.volume_throughput.unwrap_or(rules::MIN_VOLUME_THROUGHPUT);
    a.enabled == b.enabled && (!a.enabled || rate(a) == rate(b))
}

/// `storageMode` and `provisionedThroughput`: one UpdateStorage step, judged
/// against the broker type and Kafka version the cluster will have. Turning
/// tiered storage on or throughput up is safe; tiered storage off is
/// destructive (MSK deletes the data held in the tier), throughput off or
/// down risky (slower disks).
fn plan_storage_settings(desired: &ClusterSpec, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    let mode = desired
        .storage_mode
        .clone()
        .filter(|m| observed.storage_mode.as_deref().unwrap_or("LOCAL") != m);
    let throughput = desired
        .provisioned_throughput
        .clone()
        .filter(|t| !same_throughput(t, &observed.provisioned_throughput));
    if mode.is_none() && throughput.is_none() {
        return;
    }
    if mode.as_deref() == Some("TIERED") {
        if let Some(why) =
            rules::tiered_storage_problem(&desired.kafka_version, &desired.instance_type)
        {
            refuse(plan, "spec.storageMode", why, false);
            return;
        }
    }
    if let Some(t) = &throughput {
        if let Some(why) = rules::throughput_problem(&desired.instance_type, desired.storage_gib, t)
        {
            refuse(plan, "spec.provisionedThroughput", why, false);
            return;
        }
    }
    let mut parts = Vec::new();
    let mut safety = Safety::Safe;
    let mut reasons = Vec::new();
    if let Some(m) = &mode {
        parts.push(format!(
            "storage mode {} -> {m}",
            observed.storage_mode.as_deref().unwrap_or("LOCAL")
        ));
        if m == "LOCAL" {
            safety = Safety::Destructive;
            reasons
                .push("turning tiered storage off deletes the data held in the tier".to_string());
        }
    }
    if let Some(t) = &throughput {
        let describe = |t: &Throughput| {
            if t.enabled {
                format!(
                    "{} MiB/s",
                    t.volume_throughput.unwrap_or(rules::MIN_VOLUME_THROUGHPUT)
                )
            } else {
                "off".to_string()
            }
        };
        parts.push(format!(
            "provisioned throughput {} -> {}",
            describe(&observed.provisioned_throughput),
            describe(t)
        ));
        let rate = |t: &Throughput| {
            if t.enabled {
                t.volume_throughput.unwrap_or(rules::MIN_VOLUME_THROUGHPUT)
            } else {
                0
            }
        };
        if rate(t) < rate(&observed.provisioned_throughput) {
            safety = safety.max(Safety::Risky);
            reasons
                .push("less disk throughput: producers and replication may slow down".to_string());
        }
    }
    plan.steps.push(ClusterStep {
        description: parts.join("; "),
        change: ClusterChange::StorageSettings {
            storage_mode: mode,
            throughput,
        },
        safety,
        reasons,
    });
}

/// `clientAuth.scram.secrets`: the declared secrets are associated (safe)
/// and undeclared ones disassociated (destructive: those users can no
/// longer log in). The observed list is read by `observe_and_plan` only
/// when secrets are declared.
fn plan_scram_secrets(desired: &ClusterSpec, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    let Some(want) = &desired.scram_secrets else {
        return;
    };
    let have = observed.scram_secrets.clone().unwrap_or_default();
    let associate: Vec<String> = want.iter().filter(|s| !have.contains(s)).cloned().collect();
    let disassociate: Vec<String> = have.iter().filter(|s| !want.contains(s)).cloned().collect();
    if associate.is_empty() && disassociate.is_empty() {
        return;
    }
    let problems = rules::scram_secret_problems(
        &ClusterInfo {
            client_auth: desired.client_auth.clone(),
            ..observed.clone()
        },
        &associate,
    );
    if !problems.is_empty() {
        refuse(
            plan,
            "spec.clientAuth.scram.secrets",
            problems.join("; "),
            false,
        );
        return;
    }
    let mut parts = Vec::new();
    if !associate.is_empty() {
        parts.push(format!(
            "associate {}",
            plural(associate.len() as i32, "secret")
        ));
    }
    if !disassociate.is_empty() {
        parts.push(format!(
            "disassociate {}",
            plural(disassociate.len() as i32, "secret")
        ));
    }
    let (safety, reasons) = if disassociate.is_empty() {
        (Safety::Safe, Vec::new())
    } else {
        (
            Safety::Destructive,
            vec![format!(
                "clients logging in as the users of {} are refused from then on",
                disassociate.join(", ")
            )],
        )
    };
    plan.steps.push(ClusterStep {
        description: format!("SCRAM secrets: {}", parts.join("; ")),
        change: ClusterChange::ScramSecrets {
            associate,
            disassociate,
        },
        safety,
        reasons,
    });
}

/// `publicAccess`: UpdateConnectivity, refused with MSK's preconditions
/// (checked against the security the cluster will have after the security
/// step). Turning it on is risky (brokers become reachable from the
/// internet); turning it off is destructive for clients outside the VPC.
fn plan_public_access(desired: &ClusterSpec, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    let Some(want) = desired.public_access else {
        return;
    };
    if want == observed.public_access {
        return;
    }
    if want {
        let encryption = Encryption {
            client_broker: desired
                .encryption
                .as_ref()
                .map(|e| e.client_broker)
                .unwrap_or(observed.encryption.client_broker),
            ..observed.encryption.clone()
        };
        if let Some(why) =
            rules::public_access_problem(&desired.kafka_version, &desired.client_auth, &encryption)
        {
            refuse(plan, "spec.publicAccess", why, false);
            return;
        }
    }
    let (safety, reasons) = if want {
        (
            Safety::Risky,
            vec!["the brokers get public addresses: only authentication and ACLs stand between them and the internet".to_string()],
        )
    } else {
        (
            Safety::Destructive,
            vec!["clients outside the VPC lose their connection".to_string()],
        )
    };
    plan.steps.push(ClusterStep {
        description: format!(
            "public access {} -> {}",
            if observed.public_access { "on" } else { "off" },
            if want { "on" } else { "off" }
        ),
        change: ClusterChange::PublicAccess { to: want },
        safety,
        reasons,
    });
}

fn plan_storage(want: i32, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    let have = observed.storage_gib;
    if want == have {
        return;
    }
    if let Some(r) = rules::storage_problem(observed, &observed.instance_type, want) {
        refuse(plan, "spec.storage", r.message().to_owned(), false);
        return;
    }
    plan.steps.push(ClusterStep {
        change: ClusterChange::Storage {
            from_gib: have,
            to_gib: want,
        },
        safety: Safety::Safe,
        description: format!("storage per broker {have} GiB -> {want} GiB"),
        reasons: vec![format!(
            "{STORAGE_COOLDOWN_NOTE}; storage can never shrink again"
        )],
    });
}

/// Plans the type step; false when the move is refused.
fn plan_broker_type(to: &str, observed: &ClusterInfo, plan: &mut ClusterPlan) -> bool {
    let from = &observed.instance_type;
    if from == to {
        return true;
    }
    if let Some(problem) = rules::broker_type_problem(from, to) {
        refuse(
            plan,
            "spec.instanceType",
            problem.message().to_owned(),
            false,
        );
        return false;
    }
    plan.steps.push(ClusterStep {
        change: ClusterChange::BrokerType {
            from: from.clone(),
            to: to.to_owned(),
        },
        safety: Safety::Risky,
        description: format!("broker type {from} -> {to}"),
        reasons: vec![
            "MSK replaces the brokers one at a time; clients reconnect, and a smaller type may not carry the load".into(),
        ],
    });
    true
}

/// A Kafka version change (UpdateClusterKafkaVersion), judged from the
/// versions MSK said the cluster can move to; those are read beforehand
/// and carried in `observed` (the planner does no I/O).
fn plan_kafka_version(to: &str, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    let from = &observed.kafka_version;
    if from == to {
        return;
    }
    let Some(compatible) = &observed.compatible_kafka_versions else {
        refuse(
            plan,
            "spec.kafkaVersion",
            format!(
                "Kafka version {from} -> {to}: the versions MSK can move cluster {} to were not read, so the change cannot be judged; run plan again",
                observed.name
            ),
            false,
        );
        return;
    };
    if let Some(r) = rules::kafka_version_problem(&observed.name, from, to, compatible) {
        refuse(plan, "spec.kafkaVersion", r.message().to_owned(), false);
        return;
    }
    plan.steps.push(ClusterStep {
        change: ClusterChange::KafkaVersion {
            from: from.clone(),
            to: to.to_owned(),
        },
        safety: Safety::Risky,
        description: format!("Kafka version {from} -> {to}"),
        reasons: vec![rules::KAFKA_UPGRADE_NOTE.to_owned()],
    });
}

/// A plan for one imperative change, for the `cluster` commands: the same
/// steps, classes and refusals a Cluster manifest changing only this field
/// would get.
fn single(observed: &ClusterInfo) -> ClusterPlan {
    ClusterPlan {
        cluster: observed.name.clone(),
        arn: Some(observed.arn.clone()),
        steps: Vec::new(),
        refused: Vec::new(),
        notes: Vec::new(),
        observed_version: Some(observed.current_version.clone()),
    }
}

/// `cluster storage`: judged as `spec.storage` would be.
pub fn plan_storage_change(observed: &ClusterInfo, gib: i32) -> ClusterPlan {
    let mut plan = single(observed);
    plan_storage(gib, observed, &mut plan);
    plan
}

/// `cluster broker-type`: judged as `spec.instanceType` would be.
pub fn plan_broker_type_change(observed: &ClusterInfo, to: &str) -> ClusterPlan {
    let mut plan = single(observed);
    plan_broker_type(to, observed, &mut plan);
    plan
}

/// `cluster configuration attach`: judged as `spec.configuration` would be.
pub fn plan_configuration_change(observed: &ClusterInfo, to: &ConfigurationRef) -> ClusterPlan {
    let mut plan = single(observed);
    plan_configuration(to, observed, &mut plan);
    plan
}

/// `cluster delete` (manifests never delete clusters): destructive, with
/// what is lost.
pub fn plan_delete(observed: &ClusterInfo) -> (Safety, Vec<String>) {
    let what = if observed.serverless {
        "the Serverless cluster".to_owned()
    } else {
        plural(observed.broker_count, "broker")
    };
    (
        Safety::Destructive,
        vec![format!(
            "deletes {what} and every topic and record on it; MSK cannot undo it"
        )],
    )
}

fn plan_configuration(to: &ConfigurationRef, observed: &ClusterInfo, plan: &mut ClusterPlan) {
    if observed.configuration.as_ref() == Some(to) {
        return;
    }
    plan.steps.push(ClusterStep {
        description: format!(
            "configuration {} -> {}",
            describe_configuration(&observed.configuration),
            describe_configuration(&Some(to.clone()))
        ),
        change: ClusterChange::Configuration {
            from: observed.configuration.clone(),
            to: to.clone(),
        },
        safety: Safety::Risky,
        reasons: vec!["MSK applies a configuration by restarting the brokers one at a time".into()],
    });
}

/// The broker-count steps alone, for `cluster scale`: judged and split
/// exactly as a Cluster manifest asking for `brokers` would be.
pub fn plan_scale(observed: &ClusterInfo, brokers: i32) -> ClusterPlan {
    let mut plan = single(observed);
    plan_broker_count(brokers, observed, &observed.instance_type, &mut plan);
    plan
}

fn plan_broker_count(
    want: i32,
    observed: &ClusterInfo,
    instance_type: &str,
    plan: &mut ClusterPlan,
) {
    let have = observed.broker_count;
    if want == have {
        return;
    }
    if let Some(r) = rules::broker_count_problem(observed, instance_type, want) {
        refuse(plan, "spec.brokers", r.message().to_owned(), false);
        return;
    }
    if want > have {
        // An implausible growth asks first, as `cluster scale` does; the
        // reason why comes first.
        let growth = rules::growth_warning(observed, want);
        let safety = if growth.is_some() {
            Safety::Risky
        } else {
            Safety::Safe
        };
        let mut reasons: Vec<String> = growth.into_iter().collect();
        reasons.push(
            "new brokers start empty: move partitions onto them afterwards (mskctl partition reassign, or cluster scale --rebalance)".into(),
        );
        plan.steps.push(ClusterStep {
            change: ClusterChange::BrokerCount {
                from: have,
                to: want,
            },
            safety,
            description: format!("broker count {have} -> {want}"),
            reasons,
        });
        return;
    }
    // MSK removes at most one broker per zone in one operation.
    let zones_i = i32::try_from(observed.zone_count())
        .unwrap_or(i32::MAX)
        .max(1);
    let mut from = have;
    while from > want {
        let to = (from - zones_i).max(want);
        plan.steps.push(ClusterStep {
            change: ClusterChange::BrokerCount { from, to },
            safety: Safety::Destructive,
            description: format!("broker count {from} -> {to}"),
            reasons: vec![format!(
                "removes {} (one per zone); MSK refuses unless they hold no partitions: move partitions off them first",
                plural(from - to, "broker")
            )],
        });
        from = to;
    }
}

/// Tags are reconciled (TagResource / UntagResource, safe: no restart)
/// when the manifest declares some: declared tags are set, and tags it does
/// not declare are removed, except AWS's own (`aws:`), which no one can
/// remove. A manifest without tags leaves the cluster's alone, so tags
/// other tools add (cost allocation) survive a manifest that never spoke
/// of them.
fn plan_tags(
    want: &BTreeMap<String, String>,
    have: &BTreeMap<String, String>,
    plan: &mut ClusterPlan,
) {
    if want.is_empty() {
        return;
    }
    let set: BTreeMap<String, String> = want
        .iter()
        .filter(|(k, v)| have.get(*k) != Some(*v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let remove: Vec<String> = have
        .keys()
        .filter(|k| !want.contains_key(*k) && !k.starts_with("aws:"))
        .cloned()
        .collect();
    if set.is_empty() && remove.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    if !set.is_empty() {
        parts.push(format!(
            "set {}",
            set.keys().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    if !remove.is_empty() {
        parts.push(format!("remove {}", remove.join(", ")));
    }
    plan.steps.push(ClusterStep {
        description: format!("tags: {}", parts.join("; ")),
        change: ClusterChange::Tags { set, remove },
        safety: Safety::Safe,
        reasons: Vec::new(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msk::model::fixtures::{info_of as info, spec};
    use crate::msk::model::ClientBrokerEncryption;
    use proptest::prelude::*;

    /// The rulebook's answer as the planner words a refusal.
    fn broker_type_problem(from: &str, to: &str) -> Option<String> {
        rules::broker_type_problem(from, to).map(|r| r.message().to_owned())
    }

    fn descriptions(p: &ClusterPlan) -> Vec<&str> {
        p.steps.iter().map(|s| s.description.as_str()).collect()
    }

    #[test]
    fn missing_cluster_is_created() {
        let p = plan_cluster(&spec(), None);
        assert_eq!(p.steps.len(), 1);
        assert!(matches!(p.steps[0].change, ClusterChange::Create { .. }));
        assert_eq!(p.steps[0].safety, Safety::Safe);
        assert!(p.steps[0].description.contains("3 brokers"));
        assert!(p.refused.is_empty());
        assert_eq!(p.arn, None);
    }

    #[test]
    fn create_checks_zones_and_count() {
        let mut s = spec();
        s.broker_count = 4;
        let p = plan_cluster(&s, None);
        assert!(p.steps.is_empty());
        assert_eq!(p.refused[0].field, "spec.brokers");
        s.broker_count = 3;
        s.client_subnets.truncate(1);
        let p = plan_cluster(&s, None);
        assert_eq!(p.refused[0].field, "spec.subnets");
    }

    #[test]
    fn identical_cluster_needs_nothing() {
        let s = spec();
        let p = plan_cluster(&s, Some(&info(&s)));
        assert!(p.is_empty());
        assert!(p.refused.is_empty());
        assert!(p.notes.is_empty());
    }

    #[test]
    fn no_security_groups_means_leave_alone() {
        let mut s = spec();
        let o = info(&s);
        s.security_groups.clear();
        assert!(plan_cluster(&s, Some(&o)).refused.is_empty());
    }

    #[test]
    fn subnet_order_does_not_matter() {
        let s = spec();
        let mut o = info(&s);
        o.client_subnets.reverse();
        assert!(plan_cluster(&s, Some(&o)).refused.is_empty());
    }

    #[test]
    fn scale_out_is_one_safe_step() {
        let mut s = spec();
        let o = info(&s);
        s.broker_count = 9;
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(descriptions(&p), ["broker count 3 -> 9"]);
        assert_eq!(p.steps[0].safety, Safety::Safe);
        assert_eq!(p.steps[0].change.verb(), "add brokers");
    }

    #[test]
    fn scale_in_removes_one_broker_per_zone_per_step() {
        let mut s = spec();
        s.broker_count = 9;
        let o = info(&s);
        s.broker_count = 3;
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(
            descriptions(&p),
            ["broker count 9 -> 6", "broker count 6 -> 3"]
        );
        assert!(p.steps.iter().all(|s| s.safety == Safety::Destructive));
        assert!(p.steps[0].reasons[0].contains("no partitions"));
    }

    #[test]
    fn scale_in_refused_on_t3() {
        let mut s = spec();
        s.instance_type = "kafka.t3.small".into();
        s.broker_count = 6;
        let o = info(&s);
        s.broker_count = 3;
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert!(p.refused[0].reason.contains("M5 or M7g"));
    }

    #[test]
    fn scale_in_follows_the_msk_rulebook() {
        // MSK removes brokers only on Kafka 2.8.1 or later; the planner
        // used to plan it anyway while `cluster scale` refused.
        let mut s = spec();
        s.broker_count = 6;
        s.kafka_version = "2.6.2".into();
        let o = info(&s);
        s.broker_count = 3;
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert!(p.refused[0].reason.contains("2.8.1"), "{:?}", p.refused);

        // `cluster scale` gets the same one-per-zone steps as a manifest.
        let mut s = spec();
        s.broker_count = 9;
        let o = info(&s);
        let p = plan_scale(&o, 3);
        assert_eq!(
            descriptions(&p),
            ["broker count 9 -> 6", "broker count 6 -> 3"]
        );
        assert!(p.steps.iter().all(|s| s.safety == Safety::Destructive));
        assert_eq!(plan_scale(&o, 12).steps.len(), 1);
        assert!(plan_scale(&o, 9).is_empty());
    }

    #[test]
    fn cluster_scale_and_the_planner_judge_counts_alike() {
        for (instance, version) in [
            ("kafka.m5.large", "3.6.0"),
            ("kafka.t3.small", "3.6.0"),
            ("kafka.m7g.large", "2.6.2"),
        ] {
            let mut s = spec();
            s.instance_type = instance.into();
            s.kafka_version = version.into();
            s.broker_count = 6;
            let o = info(&s);
            for brokers in -1..=13 {
                let refused = rules::check_broker_count(&o, brokers).err();
                let planned = plan_scale(&o, brokers);
                assert_eq!(
                    planned.refused.first().map(|r| r.reason.as_str()),
                    refused.as_ref().map(|r| r.message()),
                    "{instance} {version}: 6 -> {brokers}"
                );
            }
        }
    }

    #[test]
    fn implausible_growth_is_risky_as_in_cluster_scale() {
        let mut s = spec();
        let o = info(&s);
        // 3 -> 9 is three times the brokers: a plain scale-out.
        s.broker_count = 9;
        assert_eq!(plan_cluster(&s, Some(&o)).steps[0].safety, Safety::Safe);
        // 3 -> 12 is more, and past the 30 brokers of a ZooKeeper cluster
        // 3 -> 33 too: both ask, with the rulebook's reason.
        for brokers in [12, 33] {
            s.broker_count = brokers;
            let p = plan_cluster(&s, Some(&o));
            assert_eq!(p.steps[0].safety, Safety::Risky);
            assert_eq!(
                p.steps[0].reasons.first(),
                rules::growth_warning(&o, brokers).as_ref()
            );
            assert_eq!(plan_scale(&o, brokers).steps[0].safety, Safety::Risky);
        }
    }

    #[test]
    fn scale_in_allowed_after_moving_off_t3() {
        let mut s = spec();
        s.instance_type = "kafka.t3.small".into();
        s.broker_count = 6;
        let o = info(&s);
        s.broker_count = 3;
        s.instance_type = "kafka.m5.large".into();
        let p = plan_cluster(&s, Some(&o));
        assert!(p.refused.is_empty(), "{:?}", p.refused);
        assert_eq!(
            descriptions(&p),
            [
                "broker type kafka.t3.small -> kafka.m5.large",
                "broker count 6 -> 3"
            ]
        );
    }

    #[test]
    fn count_must_be_multiple_of_zones() {
        let mut s = spec();
        let o = info(&s);
        s.broker_count = 4;
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert!(p.refused[0].reason.contains("multiple of 3"));
        s.broker_count = 0;
        assert!(!plan_cluster(&s, Some(&o)).refused.is_empty());
    }

    #[test]
    fn storage_grows_never_shrinks() {
        let mut s = spec();
        let o = info(&s);
        s.storage_gib = 2000;
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(
            descriptions(&p),
            ["storage per broker 1000 GiB -> 2000 GiB"]
        );
        assert_eq!(p.steps[0].safety, Safety::Safe);
        assert!(p.steps[0].reasons[0].contains("6 hours"));
        s.storage_gib = 500;
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert!(!p.refused[0].unsupported);
        assert!(p.refused[0].reason.contains("cannot shrink"));
    }

    #[test]
    fn express_has_no_storage() {
        let mut s = spec();
        s.instance_type = "express.m7g.large".into();
        s.storage_gib = 0;
        let o = info(&s);
        let mut o2 = o.clone();
        o2.storage_gib = 1;
        assert!(plan_cluster(&s, Some(&o2)).is_empty());
        assert!(plan_cluster(&s, None).refused.is_empty());
    }

    #[test]
    fn broker_type_moves() {
        assert_eq!(
            broker_type_problem("kafka.m5.large", "kafka.m5.4xlarge"),
            None
        );
        assert_eq!(
            broker_type_problem("kafka.m7g.xlarge", "kafka.m7g.large"),
            None
        );
        assert_eq!(
            broker_type_problem("kafka.m5.large", "kafka.m7g.large"),
            None
        );
        assert_eq!(
            broker_type_problem("kafka.t3.small", "kafka.m7g.large"),
            None
        );
        assert_eq!(
            broker_type_problem("kafka.t3.small", "kafka.m5.large"),
            None
        );
        assert_eq!(
            broker_type_problem("kafka.m7g.large", "kafka.m5.large"),
            None
        );
        assert!(broker_type_problem("kafka.m7g.large", "kafka.t3.small").is_some());
        assert!(broker_type_problem("kafka.m5.large", "kafka.t3.small").is_some());
        assert!(broker_type_problem("kafka.m5.large", "express.m7g.large")
            .is_some_and(|p| p.contains("Standard and Express")));
        assert!(broker_type_problem("express.m7g.large", "kafka.m7g.large").is_some());
        assert_eq!(
            broker_type_problem("express.m7g.large", "express.m7g.4xlarge"),
            None
        );
        // One rulebook: a type the rules cannot read is MSK's to judge, a
        // target that is no broker type is refused.
        assert!(broker_type_problem("kafka.", "kafka.m5.large").is_none());
        assert!(broker_type_problem("kafka.m5.large", "kafka.").is_some());
    }

    #[test]
    fn broker_type_change_is_risky_and_refused_when_impossible() {
        let mut s = spec();
        let o = info(&s);
        s.instance_type = "kafka.m7g.large".into();
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(
            descriptions(&p),
            ["broker type kafka.m5.large -> kafka.m7g.large"]
        );
        assert_eq!(p.steps[0].safety, Safety::Risky);
        s.instance_type = "kafka.t3.small".into();
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert_eq!(p.refused[0].field, "spec.instanceType");
    }

    #[test]
    fn everything_at_once_is_ordered() {
        let mut s = spec();
        let o = info(&s);
        s.broker_count = 6;
        s.storage_gib = 1500;
        s.instance_type = "kafka.m7g.xlarge".into();
        s.configuration = Some(ConfigurationRef {
            arn: "arn:cfg".into(),
            revision: 2,
        });
        s.monitoring = Some(Monitoring {
            enhanced: "PER_BROKER".into(),
            jmx_exporter: true,
            node_exporter: false,
        });
        let p = plan_cluster(&s, Some(&o));
        assert!(p.refused.is_empty());
        let verbs: Vec<&str> = p.steps.iter().map(|s| s.change.verb()).collect();
        assert_eq!(
            verbs,
            [
                "update storage",
                "update broker type",
                "add brokers",
                "update configuration",
                "update monitoring"
            ]
        );
        assert_eq!(p.steps[3].safety, Safety::Risky);
        assert_eq!(
            p.steps[3].description,
            "configuration MSK default -> arn:cfg revision 2"
        );
        assert_eq!(
            p.steps[4].description,
            "monitoring DEFAULT -> PER_BROKER, JMX exporter"
        );
        assert_eq!(p.steps[4].safety, Safety::Safe);
    }

    #[test]
    fn unset_optional_settings_are_left_alone() {
        let s = spec();
        let mut o = info(&s);
        o.configuration = Some(ConfigurationRef {
            arn: "arn:other".into(),
            revision: 5,
        });
        o.monitoring.enhanced = "PER_TOPIC_PER_BROKER".into();
        o.encryption.at_rest_kms_key = Some("arn:key".into());
        assert!(plan_cluster(&s, Some(&o)).is_empty());
        assert!(plan_cluster(&s, Some(&o)).refused.is_empty());
    }

    #[test]
    fn fixed_settings_are_refused() {
        let mut s = spec();
        let o = info(&s);
        s.client_subnets = vec!["subnet-x".into(), "subnet-y".into(), "subnet-z".into()];
        s.security_groups = vec!["sg-2".into()];
        s.client_auth.scram = true;
        s.encryption = Some(Encryption {
            client_broker: ClientBrokerEncryption::TlsPlaintext,
            in_cluster: false,
            at_rest_kms_key: Some("arn:key".into()),
        });
        let p = plan_cluster(&s, Some(&o));
        let fields: Vec<(&str, bool)> = p
            .refused
            .iter()
            .map(|r| (r.field.as_str(), r.unsupported))
            .collect();
        assert_eq!(
            fields,
            [
                ("spec.subnets", false),
                ("spec.securityGroups", false),
                ("spec.encryption.atRestKmsKey", false),
                ("spec.encryption.inCluster", false),
                // SCRAM over TLS_PLAINTEXT is a combination MSK refuses.
                ("spec.clientAuth", false),
            ]
        );
        assert!(
            p.refused[4].reason.contains("TLS_PLAINTEXT"),
            "{:?}",
            p.refused
        );
    }

    #[test]
    fn security_changes_are_one_risky_update() {
        let mut s = spec();
        let o = info(&s);
        s.client_auth.scram = true;
        let p = plan_cluster(&s, Some(&o));
        assert!(p.refused.is_empty(), "{:?}", p.refused);
        assert_eq!(p.steps.len(), 1);
        assert_eq!(p.steps[0].safety, Safety::Risky);
        assert_eq!(
            p.steps[0].description,
            "client authentication IAM -> IAM + SCRAM"
        );
        // Dropping a way in says who loses access.
        let mut s = spec();
        s.client_auth = ClientAuth {
            scram: true,
            ..ClientAuth::default()
        };
        let p = plan_cluster(&s, Some(&o));
        assert!(
            p.steps[0].reasons[1].contains("IAM lose access"),
            "{:?}",
            p.steps
        );
        // Converges: the cluster as the step leaves it needs nothing.
        let mut after = o.clone();
        after.client_auth = s.client_auth.clone();
        assert!(p.steps[0].change.satisfied_by(&after));
        assert!(plan_cluster(&s, Some(&after)).is_empty());
    }

    #[test]
    fn public_access_follows_msk_preconditions() {
        let mut s = spec();
        let o = info(&s);
        s.public_access = Some(true);
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(p.steps.len(), 1, "{:?}", p.refused);
        assert_eq!(p.steps[0].safety, Safety::Risky);
        let mut open = s.clone();
        open.client_auth.unauthenticated = true;
        let p = plan_cluster(&open, Some(&o));
        assert!(p.refused.iter().any(|r| r.field == "spec.publicAccess"
            && r.reason.contains("unauthenticated access turned off")));
        let mut on = o.clone();
        on.public_access = true;
        s.public_access = Some(false);
        let p = plan_cluster(&s, Some(&on));
        assert_eq!(p.steps[0].safety, Safety::Destructive);
        s.public_access = None;
        assert!(plan_cluster(&s, Some(&on)).is_empty());
    }

    #[test]
    fn kafka_versions_move_only_to_what_msk_lists() {
        let mut s = spec();
        let mut o = info(&s);
        s.kafka_version = "3.8.x".into();
        // Not read: nothing to judge the change by.
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert!(p.refused[0].reason.contains("were not read"), "{p:?}");

        o.compatible_kafka_versions = Some(vec!["3.7.x".into(), "3.8.x".into()]);
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(descriptions(&p), ["Kafka version 3.6.0 -> 3.8.x"]);
        assert_eq!(p.steps[0].safety, Safety::Risky);
        assert!(p.refused.is_empty());

        // Not listed: refused with the list.
        s.kafka_version = "3.9.x".into();
        let p = plan_cluster(&s, Some(&o));
        assert!(p.steps.is_empty());
        assert_eq!(p.refused[0].field, "spec.kafkaVersion");
        assert!(p.refused[0].reason.contains("3.7.x, 3.8.x"), "{p:?}");

        // A downgrade is refused as such, whatever the list says.
        s.kafka_version = "2.8.1".into();
        o.compatible_kafka_versions = Some(vec!["2.8.1".into()]);
        let p = plan_cluster(&s, Some(&o));
        assert!(p.refused[0].reason.contains("downgrade"), "{p:?}");

        // The upgrade runs before a configuration change, which may be
        // made for the new version.
        s.kafka_version = "3.8.x".into();
        o.compatible_kafka_versions = Some(vec!["3.8.x".into()]);
        s.configuration = Some(ConfigurationRef {
            arn: "arn:c".into(),
            revision: 1,
        });
        let p = plan_cluster(&s, Some(&o));
        assert_eq!(p.steps.len(), 2);
        assert!(matches!(
            p.steps[0].change,
            ClusterChange::KafkaVersion { .. }
        ));
    }

    #[test]
    fn failed_or_deleting_clusters_are_refused() {
        let s = spec();
        for state in [ClusterState::Failed, ClusterState::Deleting] {
            let mut o = info(&s);
            o.state = state;
            let p = plan_cluster(&s, Some(&o));
            assert!(p.steps.is_empty());
            assert_eq!(p.refused[0].field, "cluster");
        }
    }

    #[test]
    fn declared_tags_are_reconciled_safely() {
        let mut s = spec();
        let mut o = info(&s);
        o.tags.insert("old".into(), "x".into());
        o.tags
            .insert("aws:cloudformation:stack-name".into(), "s".into());
        o.tags.insert("env".into(), "prod".into());
        // A manifest without tags leaves the cluster's alone.
        assert!(plan_cluster(&s, Some(&o)).is_empty());
        s.tags.insert("team".into(), "payments".into());
        s.tags.insert("env".into(), "prod".into());
        let p = plan_cluster(&s, Some(&o));
        assert!(p.refused.is_empty());
        assert_eq!(p.steps.len(), 1);
        assert_eq!(p.steps[0].safety, Safety::Safe);
        assert_eq!(
            p.steps[0].change,
            ClusterChange::Tags {
                set: [("team".to_string(), "payments".to_string())].into(),
                // AWS's own tags can never be removed: left alone.
                remove: vec!["old".into()],
            }
        );
        assert_eq!(p.steps[0].description, "tags: set team; remove old");
    }

    #[test]
    fn steps_serialize_flat() {
        let mut s = spec();
        let o = info(&s);
        s.broker_count = 6;
        let p = plan_cluster(&s, Some(&o));
        let v = serde_json::to_value(&p.steps[0]).unwrap_or_default();
        assert_eq!(v["type"], "broker_count");
        assert_eq!(v["to"], 6);
        assert_eq!(v["safety"], "safe");
        let back: ClusterPlan =
            serde_json::from_str(&serde_json::to_string(&p).unwrap_or_default()).unwrap();
        assert_eq!(back, p);
    }

    proptest! {
        /// Every plan, applied step by step to the observed cluster, lands
        /// on the desired shape, with each step valid for the state it runs
        /// against.
        #[test]
        fn steps_converge(
            zones in 2usize..=3,
            have_per_zone in 1i32..6,
            want_per_zone in 1i32..6,
            have_storage in 1i32..5000,
            want_storage in 1i32..5000,
            t in 0usize..4,
        ) {
            let types = ["kafka.m5.large", "kafka.m7g.large", "kafka.m5.xlarge", "kafka.t3.small"];
            let mut s = spec();
            s.client_subnets.truncate(zones);
            s.broker_count = have_per_zone * zones as i32;
            s.storage_gib = have_storage;
            s.instance_type = types[t].into();
            let mut o = info(&s);
            s.broker_count = want_per_zone * zones as i32;
            s.storage_gib = want_storage;
            s.instance_type = types[(t + 1) % 4].into();
            let p = plan_cluster(&s, Some(&o));
            if p.refused.is_empty() {
                for step in &p.steps {
                    prop_assert!(!step.change.satisfied_by(&o));
                    match &step.change {
                        ClusterChange::Storage { from_gib, to_gib } => {
                            prop_assert_eq!(*from_gib, o.storage_gib);
                            prop_assert!(to_gib > from_gib);
                            o.storage_gib = *to_gib;
                        }
                        ClusterChange::BrokerType { to, .. } => o.instance_type = to.clone(),
                        ClusterChange::BrokerCount { from, to } => {
                            prop_assert_eq!(*from, o.broker_count);
                            prop_assert!(to % zones as i32 == 0 && *to > 0);
                            if to < from {
                                prop_assert_eq!(from - to, zones as i32);
                                prop_assert!(rules::removal_problem(&o.instance_type, &o.kafka_version).is_none());
                            }
                            o.broker_count = *to;
                        }
                        other => prop_assert!(false, "unexpected {:?}", other),
                    }
                }
                prop_assert!(plan_cluster(&s, Some(&o)).is_empty());
            } else {
                prop_assert!(want_storage < have_storage
                    || broker_type_problem(types[t], types[(t + 1) % 4]).is_some()
                    || (want_per_zone < have_per_zone && rules::removal_problem(types[(t + 1) % 4], &o.kafka_version).is_some()));
            }
        }
    }
}
