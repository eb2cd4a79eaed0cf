//! `mskctl cluster`: Amazon MSK clusters through the AWS API.
//!
//! JSON shapes (`-o json`; YAML is the same value), fields in camelCase as
//! in `Cluster` manifests:
//!
//! - `cluster list`: an array of `{"name", "arn", "clusterType", "state",
//!   "kafkaVersion", "brokerCount", "instanceType", "created"}` (the last
//!   four `null` for serverless clusters).
//! - `cluster describe`: the cluster (`name`, `arn`, `state`,
//!   `currentVersion`, `kafkaVersion`, `brokerCount`, `instanceType`,
//!   `storageGib`, `clientSubnets`, `securityGroups`, `clientAuth`,
//!   `encryption`, `configuration`, `monitoring`, `publicAccess`, `tags`,
//!   `created`, `rebalancing`: `"ACTIVE"`, `"PAUSED"` or `null` without
//!   Express brokers) plus `activeOperation` (an ARN or `null`) and
//!   `bootstrapBrokers` (`{"plaintext", "tls", "scram", "iam", "publicTls",
//!   "publicScram", "publicIam"}`, `null` while MSK has none, e.g. CREATING).
//! - `cluster bootstrap`: `{"cluster", "auth", "public", "bootstrapServers"}`;
//!   the table format prints the bare string, for `$(...)`.
//! - `cluster nodes`: an array of `{"brokerId", "instanceType",
//!   "clientSubnet", "endpoints"}`.
//! - `cluster operations`: an array of `{"arn", "operationType", "state",
//!   "started", "ended", "steps", "error"}`, newest first; `steps` (e.g.
//!   `"UPDATE_BROKERS (IN_PROGRESS)"`) is read for running operations only
//!   and empty for the others, `error` is `"CODE: message"` or `null`.
//! - `cluster versions`: `{"cluster", "kafkaVersion", "compatibleVersions"}`.
//! - `cluster restart --rolling`: `{"cluster", "restarted", "checkedInSync"}`.
//! - updates (`scale`, `storage`, `broker-type`, `configuration attach`,
//!   `rebalancing pause|resume`, `reboot-broker`) and `delete`: `{"cluster", "arn", "action", "from", "to", "operationArn",
//!   "state"}`; `state` is the state after `--wait`, else `null`.
//! - `cluster configuration list`: an array of `{"arn", "name",
//!   "description", "kafkaVersions", "latestRevision", "state", "created"}`;
//!   `describe` adds `"revision"`, `"revisionDescription"`,
//!   `"revisionCreated"` and `"serverProperties"` (the decoded text);
//!   `create` and `update` print `{"arn", "revision"}`.
//!
//! Long (about 1,100 lines): the MSK command group has sixteen subcommands,
//! each a short parse -> msk/ops -> render; the waits' terminal display and
//! Ctrl-C handling live here because they are terminal work.

mod rebalance;
mod rebalancing;
mod restart;
mod scram;

use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _};
use serde::Serialize;

use super::{confirm_policy, msk_client, TerminalPrompt};
use crate::cli::{
    ClusterCommand, ClusterConfigurationCommand, ClusterWaitArgs, GlobalArgs, ManifestArgs,
    OutputFormat, DEFAULT_CLUSTER_WAIT,
};
use crate::error::{Outcome, UsageError};
use crate::msk::apply::{apply_cluster_plan, start_update, ApplyProgress, ClusterApplyError};
use crate::msk::client::{short_name, BootstrapAuth, BootstrapBrokers, Msk, Network};
use crate::msk::control::{ClusterControl, OperationOutcome, WaitStatus};
use crate::msk::model::{ClusterInfo, ClusterState, ConfigurationRef, OperationInfo};
use crate::msk::plan::{
    plan_broker_type_change, plan_configuration_change, plan_delete, plan_scale,
    plan_storage_change, ClusterChange, ClusterPlan, ClusterStep,
};
use crate::msk::rules;
use crate::ops::apply::ApplyEvent;
use crate::ops::Target;
use crate::plan::Safety;
use crate::render::plan::cluster_text;
use crate::render::{emit, emit_sections, write_stdout, Table};

pub async fn run(cmd: &ClusterCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        ClusterCommand::List { name_prefix } => list(global, name_prefix.as_deref()).await,
        ClusterCommand::Describe { cluster } => describe(global, cluster).await,
        ClusterCommand::Bootstrap {
            cluster,
            auth,
            public,
            network,
        } => {
            let network = match (network, public) {
                (Some(n), _) => *n,
                (None, true) => Network::Public,
                (None, false) => Network::Private,
            };
            bootstrap(global, cluster, *auth, network).await
        }
        ClusterCommand::Nodes { cluster } => nodes(global, cluster).await,
        ClusterCommand::Operations { cluster } => operations(global, cluster).await,
        ClusterCommand::Delete { cluster, wait } => delete(global, cluster, wait).await,
        ClusterCommand::Wait { cluster, state } => wait(global, cluster, (*state).into()).await,
        ClusterCommand::Scale {
            cluster,
            brokers,
            wait,
            rebalance: false,
            balance,
            ..
        } => {
            if balance.balance.is_some()
                || balance.max_bytes.is_some()
                || balance.capacity.is_some()
            {
                return Err(crate::error::UsageError(
                    "--balance, --max-bytes and --capacity need --rebalance".into(),
                )
                .into());
            }
            scale(global, cluster, *brokers, wait).await
        }
        ClusterCommand::Scale {
            cluster,
            brokers,
            rebalance: true,
            throttle,
            balance,
            max_concurrent_per_broker,
            pause_rebalancing,
            ..
        } => {
            let how = rebalance::How {
                throttle: *throttle,
                balance: crate::commands::partition::balance_settings(balance),
                max_concurrent_per_broker: *max_concurrent_per_broker,
                pause_rebalancing: *pause_rebalancing,
            };
            rebalance::scale_and_rebalance(global, cluster, *brokers, how).await
        }
        ClusterCommand::Create {
            manifests,
            dry_run,
            wait,
        } => create(global, manifests, *dry_run, wait).await,
        ClusterCommand::Storage {
            cluster,
            size_gib,
            wait,
        } => storage(global, cluster, *size_gib, wait).await,
        ClusterCommand::BrokerType {
            cluster,
            instance_type,
            wait,
        } => broker_type(global, cluster, instance_type, wait).await,
        ClusterCommand::Configuration(cmd) => configuration(cmd, global).await,
        ClusterCommand::Scram(cmd) => scram::run(cmd, global).await,
        ClusterCommand::Rebalancing(cmd) => rebalancing::run(cmd, global).await,
        ClusterCommand::RebootBroker {
            cluster,
            broker,
            wait,
        } => restart::reboot_broker(global, cluster, *broker, wait).await,
        ClusterCommand::Restart {
            cluster,
            from_broker,
            wait,
            ..
        } => restart::rolling(global, cluster, *from_broker, wait).await,
        ClusterCommand::Versions { cluster } => restart::versions(global, cluster).await,
    }
}

/// How long a cluster wait may take: `--timeout` when given, else 2h. The
/// global flag's 30s default bounds single calls and would end every wait
/// long before MSK finishes anything.
pub fn wait_timeout(global: &GlobalArgs) -> Duration {
    if global.timeout_given {
        global.timeout
    } else {
        DEFAULT_CLUSTER_WAIT
    }
}

async fn list(global: &GlobalArgs, prefix: Option<&str>) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let clusters = msk.list(prefix).await?;
    emit(global.output, &clusters, || {
        let mut t = Table::new([
            "NAME", "STATE", "TYPE", "KAFKA", "BROKERS", "INSTANCE", "ARN",
        ]);
        for c in &clusters {
            t.row([
                c.name.clone(),
                c.state.to_string(),
                c.cluster_type.clone(),
                c.kafka_version.clone().unwrap_or_else(|| "-".into()),
                c.broker_count
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "-".into()),
                c.instance_type.clone().unwrap_or_else(|| "-".into()),
                c.arn.clone(),
            ]);
        }
        t
    })?;
    Ok(Outcome::Success)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Described {
    #[serde(flatten)]
    cluster: ClusterInfo,
    active_operation: Option<String>,
    bootstrap_brokers: Option<BootstrapBrokers>,
}

async fn describe(global: &GlobalArgs, cluster: &str) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let arn = msk.resolve(cluster).await?;
    let detail = msk.describe_detail_any(&arn).await?;
    // MSK has no endpoints for a cluster that is still being created; the
    // rest of the description is still worth showing.
    let bootstrap = match msk.bootstrap_brokers(&arn).await {
        Ok(b) => Some(b),
        Err(e) => {
            tracing::debug!("no bootstrap brokers for {arn}: {e:#}");
            None
        }
    };
    let value = Described {
        cluster: detail.info,
        active_operation: detail.active_operation,
        bootstrap_brokers: bootstrap,
    };
    emit_sections(global.output, &value, || {
        let c = &value.cluster;
        let mut kv = Table::new(["FIELD", "VALUE"]);
        let auth = auth_summary(c);
        let config = c
            .configuration
            .as_ref()
            .map(|r| format!("{} (revision {})", r.arn, r.revision))
            .unwrap_or_else(|| "MSK default".into());
        let storage = if c.instance_type.starts_with("express.") {
            "managed by MSK".to_owned()
        } else {
            format!("{} GiB per broker", c.storage_gib)
        };
        if c.serverless {
            // MSK runs the brokers, storage and version of a Serverless
            // cluster: there is nothing else to show.
            for (k, v) in [
                ("Name", c.name.clone()),
                ("ARN", c.arn.clone()),
                ("Type", "SERVERLESS".to_owned()),
                ("State", c.state.to_string()),
                ("Current version", c.current_version.clone()),
                ("Subnets", c.client_subnets.join(", ")),
                ("Security groups", c.security_groups.join(", ")),
                ("Client auth", "IAM".to_owned()),
            ] {
                kv.row([k.to_owned(), v]);
            }
            return vec![("Cluster".to_owned(), kv)];
        }
        let rows: Vec<(&str, String)> = vec![
            ("Name", c.name.clone()),
            ("ARN", c.arn.clone()),
            ("State", c.state.to_string()),
            (
                "Active operation",
                value.active_operation.clone().unwrap_or_else(|| "-".into()),
            ),
            ("Current version", c.current_version.clone()),
            ("Kafka version", c.kafka_version.clone()),
            (
                "Brokers",
                format!(
                    "{} x {} over {} zones",
                    c.broker_count,
                    c.instance_type,
                    c.zone_count()
                ),
            ),
            ("Storage", storage),
            (
                "Intelligent rebalancing",
                c.rebalancing
                    .clone()
                    .unwrap_or_else(|| "- (Express brokers only)".into()),
            ),
            ("Client auth", auth),
            (
                "Encryption",
                format!(
                    "client-broker {}, in-cluster {}, at rest {}",
                    c.encryption.client_broker.as_str(),
                    if c.encryption.in_cluster { "on" } else { "off" },
                    c.encryption
                        .at_rest_kms_key
                        .clone()
                        .unwrap_or_else(|| "AWS-managed key".into())
                ),
            ),
            ("Configuration", config),
            (
                "Monitoring",
                format!(
                    "{}{}{}",
                    c.monitoring.enhanced,
                    if c.monitoring.jmx_exporter {
                        ", JMX exporter"
                    } else {
                        ""
                    },
                    if c.monitoring.node_exporter {
                        ", node exporter"
                    } else {
                        ""
                    }
                ),
            ),
            (
                "Public access",
                if c.public_access { "on" } else { "off" }.into(),
            ),
            ("Subnets", c.client_subnets.join(", ")),
            ("Security groups", c.security_groups.join(", ")),
            ("Created", c.created.clone().unwrap_or_else(|| "-".into())),
        ];
        for (k, v) in rows {
            kv.row([k.to_owned(), v]);
        }
        let mut ep = Table::new(["AUTH", "ACCESS", "BOOTSTRAP SERVERS"]);
        if let Some(b) = &value.bootstrap_brokers {
            let all = [
                ("iam", "private", &b.iam),
                ("scram", "private", &b.scram),
                ("tls", "private", &b.tls),
                ("plaintext", "private", &b.plaintext),
                ("iam", "public", &b.public_iam),
                ("scram", "public", &b.public_scram),
                ("tls", "public", &b.public_tls),
                ("iam", "vpc-connectivity", &b.vpc_connectivity_iam),
                ("scram", "vpc-connectivity", &b.vpc_connectivity_scram),
                ("tls", "vpc-connectivity", &b.vpc_connectivity_tls),
                ("iam", "ipv6", &b.ipv6_iam),
                ("scram", "ipv6", &b.ipv6_scram),
                ("tls", "ipv6", &b.ipv6_tls),
                ("plaintext", "ipv6", &b.ipv6_plaintext),
            ];
            for (auth, access, s) in all {
                if let Some(s) = s {
                    ep.row([auth.to_owned(), access.to_owned(), s.clone()]);
                }
            }
        }
        vec![("Cluster".to_owned(), kv), ("Endpoints".to_owned(), ep)]
    })?;
    Ok(Outcome::Success)
}

fn auth_summary(c: &ClusterInfo) -> String {
    let mut v = Vec::new();
    if c.client_auth.iam {
        v.push("IAM".to_owned());
    }
    if c.client_auth.scram {
        v.push("SASL/SCRAM".to_owned());
    }
    if !c.client_auth.tls_certificate_authority_arns.is_empty() {
        v.push(format!(
            "mutual TLS ({} CA)",
            c.client_auth.tls_certificate_authority_arns.len()
        ));
    }
    if c.client_auth.unauthenticated {
        v.push("unauthenticated".to_owned());
    }
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BootstrapOut {
    cluster: String,
    auth: BootstrapAuth,
    public: bool,
    network: Network,
    bootstrap_servers: String,
}

async fn bootstrap(
    global: &GlobalArgs,
    cluster: &str,
    auth: BootstrapAuth,
    network: Network,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let arn = msk.resolve(cluster).await?;
    let servers = msk.bootstrap_on(&arn, auth, network).await?;
    match global.output {
        OutputFormat::Table | OutputFormat::Markdown => write_stdout(&servers)?,
        format => emit(
            format,
            &BootstrapOut {
                cluster: short_name(&arn).to_owned(),
                auth,
                public: network == Network::Public,
                network,
                bootstrap_servers: servers.clone(),
            },
            Table::default,
        )?,
    }
    Ok(Outcome::Success)
}

async fn nodes(global: &GlobalArgs, cluster: &str) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let arn = msk.resolve(cluster).await?;
    let nodes = msk.nodes(&arn).await?;
    emit(global.output, &nodes, || {
        let mut t = Table::new(["BROKER", "INSTANCE", "SUBNET", "ENDPOINTS"]);
        for n in &nodes {
            t.row([
                n.broker_id.to_string(),
                n.instance_type.clone(),
                n.client_subnet.clone().unwrap_or_else(|| "-".into()),
                n.endpoints.join(","),
            ]);
        }
        t
    })?;
    Ok(Outcome::Success)
}

async fn operations(global: &GlobalArgs, cluster: &str) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let arn = msk.resolve(cluster).await?;
    let mut ops = msk.operations(&arn).await?;
    // Running operations are what people look at: read their steps too;
    // a failed one's error is only in its description.
    let failed = |o: &OperationInfo| OperationOutcome::of(&o.state) == OperationOutcome::Failed;
    for op in ops.iter_mut().filter(|o| o.ended.is_none() || failed(o)) {
        match msk.operation(&op.arn).await {
            Ok(detail) => *op = detail,
            Err(e) => tracing::debug!("cannot describe operation {}: {e:#}", op.arn),
        }
    }
    emit(global.output, &ops, || {
        let mut t = Table::new(["TYPE", "STATE", "STARTED", "ENDED", "LAST STEP", "ARN"]);
        for o in &ops {
            t.row([
                o.operation_type.clone(),
                o.state.clone(),
                o.started.clone().unwrap_or_else(|| "-".into()),
                o.ended.clone().unwrap_or_else(|| "-".into()),
                o.error
                    .clone()
                    .or_else(|| o.steps.last().cloned())
                    .unwrap_or_else(|| "-".into()),
                o.arn.clone(),
            ]);
        }
        t
    })?;
    Ok(Outcome::Success)
}

/// What an update or delete did, for `-o json` and for the summary line.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Change {
    cluster: String,
    arn: String,
    action: &'static str,
    from: Option<String>,
    to: Option<String>,
    operation_arn: Option<String>,
    state: Option<ClusterState>,
    /// For a broker-count decrease: the brokers MSK removed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    removed_broker_ids: Vec<i32>,
}

/// The brokers MSK says these operations removed (empty when they removed
/// none, or when MSK's answer cannot be read: the removal is done either
/// way, only the detail is missing).
async fn removed_brokers(msk: &Msk, operations: &[String]) -> Vec<i32> {
    let mut out = Vec::new();
    for op in operations {
        match msk.operation(op).await {
            Ok(o) => out.extend(o.deleted_broker_ids),
            Err(e) => tracing::debug!(error = %e, "cannot read which brokers MSK removed"),
        }
    }
    out.sort_unstable();
    out
}

/// "; MSK removed brokers 4,5,6" when it said which.
fn removed_note(removed: &[i32]) -> String {
    if removed.is_empty() {
        String::new()
    } else {
        format!(
            "; MSK removed brokers {}",
            crate::ops::reassign::ids(removed)
        )
    }
}

fn report(global: &GlobalArgs, change: &Change, line: &str) -> anyhow::Result<()> {
    match global.output {
        OutputFormat::Table | OutputFormat::Markdown => write_stdout(line),
        format => emit(format, change, Table::default),
    }
}

async fn create(
    global: &GlobalArgs,
    manifests: &ManifestArgs,
    dry_run: bool,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let vars = super::manifest_vars(&manifests.vars, global)?;
    let set = crate::ops::apply::load(&manifests.files, &vars, &mut |event| {
        if let ApplyEvent::Manifest(line) = event {
            eprintln!("{line}");
        }
        Ok(())
    })?;
    let desired = match set.clusters.as_slice() {
        [one] => one,
        others => {
            return Err(UsageError(format!(
                "cluster create takes manifests with exactly one Cluster; these hold {}{}",
                others.len(),
                if others.is_empty() {
                    ""
                } else {
                    " (plan and apply them with `mskctl apply -f`)"
                }
            ))
            .into())
        }
    };
    if !set.topics.is_empty() || !set.acls.is_empty() {
        eprintln!(
            "note: cluster create makes only the cluster; the manifests' topics and ACLs are applied by `mskctl apply -f`"
        );
    }
    let msk = msk_client(global).await?;
    let plans = crate::msk::apply::observe_and_plan(&msk, &set.clusters).await?;
    let Some(plan) = plans.first() else {
        bail!("no plan was made for cluster {}", desired.spec.name);
    };
    if let Some(arn) = &plan.arn {
        bail!(
            "cluster {} already exists ({arn}); to make it match the manifest: mskctl plan -f ... then mskctl apply -f ...",
            plan.cluster
        );
    }
    if dry_run {
        match global.output {
            OutputFormat::Table | OutputFormat::Markdown => write_stdout(&format!(
                "{}(dry run: nothing was created)",
                cluster_text(&plans, global.output == OutputFormat::Markdown)
            ))?,
            format => emit(format, &desired.spec, Table::default)?,
        }
        return Ok(Outcome::Success);
    }
    confirm_plan(
        global,
        plan,
        &format!(
            "Create MSK cluster \"{}\" in {}?",
            desired.spec.name,
            super::plan::region_of(global)
        ),
    )?;
    let arn = msk.create(&desired.spec).await?;
    let change = Change {
        cluster: desired.spec.name.clone(),
        arn: arn.clone(),
        action: "create",
        from: None,
        to: Some(format!(
            "{} x {}",
            desired.spec.broker_count, desired.spec.instance_type
        )),
        operation_arn: None,
        state: Some(ClusterState::Creating),
        removed_broker_ids: Vec::new(),
    };
    finish_update(
        global,
        &msk,
        wait,
        change,
        format!("cluster {}: creation started ({arn})", desired.spec.name),
    )
    .await
}

async fn delete(
    global: &GlobalArgs,
    cluster: &str,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let arn = msk.resolve(cluster).await?;
    // Serverless clusters are deleted the same way.
    let info = msk.describe_detail_any(&arn).await?.info;
    let (safety, why) = plan_delete(&info);
    let target = msk_target(&info);
    confirm_msk(
        global,
        safety,
        &format!(
            "  delete cluster {} ({})\n{}",
            info.name,
            info.arn,
            whys(&why)
        ),
        &format!("Delete {target} and all the data on it?"),
    )?;
    msk.delete(&arn, Some(&info.current_version)).await?;
    let mut change = Change {
        cluster: info.name.clone(),
        arn: arn.clone(),
        action: "delete",
        from: Some(info.state.to_string()),
        to: None,
        operation_arn: None,
        state: Some(ClusterState::Deleting),
        removed_broker_ids: Vec::new(),
    };
    let mut line = format!("cluster {}: deletion started", info.name);
    if wait.wait {
        let timeout = wait_timeout(global);
        let mut ui = WaitUi::new();
        let result = interruptible(
            &format!("Check on it with: mskctl cluster describe {}", info.name),
            msk.wait_for_deletion(&arn, timeout, &mut |s| ui.update(s)),
        )
        .await;
        ui.finish();
        result?;
        change.state = None;
        line = format!("cluster {}: deleted", info.name);
    }
    report(global, &change, &line)?;
    Ok(Outcome::Success)
}

async fn wait(global: &GlobalArgs, cluster: &str, state: ClusterState) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let arn = msk.resolve(cluster).await?;
    let info = wait_for(&msk, &arn, state, wait_timeout(global)).await?;
    write_stdout(&format!("cluster {}: {}", info.name, info.state))?;
    Ok(Outcome::Success)
}

/// Waits with a spinner (terminal) or a line per change (otherwise); Ctrl-C
/// stops waiting and says how to resume.
pub async fn wait_for(
    msk: &Msk,
    arn: &str,
    state: ClusterState,
    timeout: Duration,
) -> anyhow::Result<ClusterInfo> {
    wait_with_ui(msk, arn, Until::State(state), timeout).await
}

/// Follows the operation an update started until it ends, with the same
/// display and Ctrl-C handling.
pub async fn wait_for_operation(
    msk: &Msk,
    arn: &str,
    operation: &str,
    timeout: Duration,
) -> anyhow::Result<ClusterInfo> {
    wait_with_ui(msk, arn, Until::Operation(operation), timeout).await
}

/// What a wait waits for.
enum Until<'a> {
    State(ClusterState),
    Operation(&'a str),
}

async fn wait_with_ui(
    msk: &Msk,
    arn: &str,
    until: Until<'_>,
    timeout: Duration,
) -> anyhow::Result<ClusterInfo> {
    let name = short_name(arn).to_owned();
    let mut ui = WaitUi::new();
    let mut progress = |s: &WaitStatus| ui.update(s);
    let result = match until {
        Until::State(state) => {
            // The resume command waits for the same state as this wait.
            let flag = match &state {
                ClusterState::Active => String::new(),
                other => format!(" --state {}", other.as_str()),
            };
            interruptible(
                &format!("Resume waiting with: mskctl cluster wait {name}{flag}"),
                msk.wait_for_state(arn, state, timeout, &mut progress),
            )
            .await
        }
        // After an update the state says little (a failed update ends
        // ACTIVE too): the operation list says how it ended.
        Until::Operation(op) => {
            interruptible(
                &format!("Check on it with: mskctl cluster operations {name}"),
                msk.wait_for_operation(arn, op, timeout, &mut progress),
            )
            .await
        }
    };
    ui.finish();
    result
}

/// Runs a wait until it ends or Ctrl-C; `resume` tells how to pick it up.
async fn interruptible<T>(
    resume: &str,
    fut: impl std::future::Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    tokio::select! {
        r = fut => r,
        _ = tokio::signal::ctrl_c() => Err(anyhow!(
            "stopped waiting (interrupted); the operation goes on in AWS. {resume}"
        )),
    }
}

/// Progress of a wait on stderr.
struct WaitUi {
    spinner: Option<indicatif::ProgressBar>,
    last: Option<(ClusterState, Option<(String, String)>)>,
}

impl WaitUi {
    fn new() -> WaitUi {
        let spinner = std::io::stderr().is_terminal().then(|| {
            let pb = indicatif::ProgressBar::new_spinner();
            pb.enable_steady_tick(Duration::from_millis(120));
            pb
        });
        WaitUi {
            spinner,
            last: None,
        }
    }

    fn update(&mut self, s: &WaitStatus) {
        let op = s
            .operation
            .as_ref()
            .map(|(t, st)| format!(" — {t} {st}"))
            .unwrap_or_default();
        let elapsed = humantime::format_duration(Duration::from_secs(s.elapsed.as_secs()));
        let msg = format!("cluster {}: {}{op} ({elapsed})", s.cluster, s.state);
        match &self.spinner {
            Some(pb) => pb.set_message(msg),
            None => {
                let key = (s.state.clone(), s.operation.clone());
                if self.last.as_ref() != Some(&key) {
                    eprintln!("{msg}");
                    self.last = Some(key);
                }
            }
        }
    }

    /// A line that stays, above the spinner when there is one.
    fn line(&mut self, text: &str) {
        match &self.spinner {
            Some(pb) => pb.println(text),
            None => eprintln!("{text}"),
        }
    }

    fn finish(&mut self) {
        if let Some(pb) = self.spinner.take() {
            pb.finish_and_clear();
        }
    }
}

/// Reads the cluster right before the update (its CurrentVersion must be
/// fresh) and checks it can take one now.
async fn fresh(msk: &Msk, cluster: &str) -> anyhow::Result<(String, ClusterInfo)> {
    let (arn, info) = read_cluster(msk, cluster).await?;
    rules::check_ready_for_update(&info)?;
    Ok((arn, info))
}

/// The cluster as it is now, not yet judged: a change that is impossible
/// in any state is refused as such (exit 2) before one that only has to
/// wait for the cluster (exit 1, "run again later").
async fn read_cluster(msk: &Msk, cluster: &str) -> anyhow::Result<(String, ClusterInfo)> {
    let arn = msk.resolve(cluster).await?;
    let info = msk.describe(&arn).await?;
    Ok((arn, info))
}

/// The region in a cluster ARN (`arn:aws:kafka:REGION:ACCOUNT:cluster/...`).
fn region_of_arn(arn: &str) -> &str {
    arn.split(':')
        .nth(3)
        .filter(|r| !r.is_empty())
        .unwrap_or("an unknown region")
}

/// The one confirmation of the MSK commands: the change as the MSK
/// rulebook judged it (`msk::plan`, the same steps and classes a Cluster
/// manifest gets), a question naming the cluster and its region, and the
/// statement on stderr when no question is needed (safe, or `--yes`).
fn confirm_msk(
    global: &GlobalArgs,
    safety: Safety,
    change: &str,
    question: &str,
) -> anyhow::Result<()> {
    crate::ops::confirm::confirm(
        confirm_policy(global),
        safety,
        change,
        question,
        &mut TerminalPrompt,
    )
}

/// An MSK cluster as a confirmation names it: `MSK cluster "orders" in
/// eu-west-1`.
fn msk_target(info: &ClusterInfo) -> Target {
    Target {
        msk_cluster: Some(info.name.clone()),
        region: Some(region_of_arn(&info.arn).to_owned()),
        ..Target::default()
    }
}

fn whys(reasons: &[String]) -> String {
    reasons
        .iter()
        .map(|r| format!("    why: {r}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The steps of a plan as shown before its question, with their classes.
fn describe_steps(steps: &[ClusterStep]) -> String {
    steps
        .iter()
        .map(|s| {
            let mut line = format!("  {} ({})", s.description, s.safety.name());
            if !s.reasons.is_empty() {
                line.push('\n');
                line.push_str(&whys(&s.reasons));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Confirms the one or more steps a `cluster` command planned, at the class
/// of the worst of them; a refused plan stops with its reasons first.
fn confirm_plan(global: &GlobalArgs, plan: &ClusterPlan, question: &str) -> anyhow::Result<()> {
    if let Some(r) = plan.refused.first() {
        bail!("{}", r.reason);
    }
    let safety = plan
        .steps
        .iter()
        .map(|s| s.safety)
        .max()
        .unwrap_or(Safety::Safe);
    confirm_msk(global, safety, &describe_steps(&plan.steps), question)
}

async fn finish_update(
    global: &GlobalArgs,
    msk: &Msk,
    wait: &ClusterWaitArgs,
    mut change: Change,
    started: String,
) -> anyhow::Result<Outcome> {
    let mut line = format!(
        "{started} (operation {})",
        change.operation_arn.as_deref().unwrap_or("-")
    );
    if wait.wait {
        let timeout = wait_timeout(global);
        // An update is done when its operation is: a failed one leaves the
        // cluster ACTIVE too. Only a create has no operation to follow.
        let info = match change.operation_arn.clone() {
            Some(op) => wait_for_operation(msk, &change.arn, &op, timeout)
                .await
                .map_err(|cause| {
                    anyhow::Error::from(ClusterApplyError {
                        cluster: change.cluster.clone(),
                        done: Vec::new(),
                        not_done: vec![started.clone()],
                        cause,
                    })
                })?,
            None => wait_for(msk, &change.arn, ClusterState::Active, timeout).await?,
        };
        if change.action == "scale" {
            if let Some(op) = &change.operation_arn {
                change.removed_broker_ids = removed_brokers(msk, std::slice::from_ref(op)).await;
            }
        }
        line = format!(
            "cluster {}: done, {}{}",
            info.name,
            info.state,
            removed_note(&change.removed_broker_ids)
        );
        change.state = Some(info.state);
    } else {
        // `cluster wait` sees only the state, which is ACTIVE again after a
        // failed update too; the operation list shows how it ended.
        let follow = if change.operation_arn.is_some() {
            "cluster operations"
        } else {
            "cluster wait"
        };
        line.push_str(&format!(
            "; follow it with `mskctl {follow} {}`",
            change.cluster
        ));
    }
    report(global, &change, &line)?;
    Ok(Outcome::Success)
}

async fn scale(
    global: &GlobalArgs,
    cluster: &str,
    brokers: i32,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let (arn, info) = fresh(&msk, cluster).await?;
    if info.broker_count == brokers {
        write_stdout(&format!(
            "cluster {} already has {brokers} brokers; nothing to do",
            info.name
        ))?;
        return Ok(Outcome::Success);
    }
    rules::check_broker_count(&info, brokers)?;
    let plan = plan_scale(&info, brokers);
    confirm_scale(global, &info, brokers, &plan)?;
    if plan.steps.len() > 1 {
        return scale_in_steps(global, &msk, &info, &plan).await;
    }
    let Some(step) = plan.steps.first() else {
        bail!(
            "no step was planned to take cluster {} to {brokers} brokers",
            info.name
        );
    };
    let op = start_update(&msk, &info, &step.change).await?;
    let change = Change {
        cluster: info.name.clone(),
        arn,
        action: "scale",
        from: Some(info.broker_count.to_string()),
        to: Some(brokers.to_string()),
        operation_arn: Some(op),
        state: None,
        removed_broker_ids: Vec::new(),
    };
    let started = format!(
        "cluster {}: changing from {} to {brokers} brokers",
        info.name, info.broker_count
    );
    finish_update(global, &msk, wait, change, started).await
}

/// Removing brokers is destructive, and a very large growth is most likely
/// a slip: both ask (or need `--yes`) before any AWS write call; a plain
/// growth is said, not asked. The classes are the Cluster planner's.
fn confirm_scale(
    global: &GlobalArgs,
    info: &ClusterInfo,
    brokers: i32,
    plan: &ClusterPlan,
) -> anyhow::Result<()> {
    let target = msk_target(info);
    let question = if brokers < info.broker_count {
        format!(
            "Remove {} brokers from {target} ({} -> {brokers}, in {} operation(s) of one broker per Availability Zone)? \
             MSK removes only brokers that hold no partitions (its canary topics aside): move partitions off them first (or use --rebalance).",
            info.broker_count - brokers,
            info.broker_count,
            plan.steps.len()
        )
    } else {
        format!(
            "Grow {target} from {} to {brokers} brokers?",
            info.broker_count
        )
    };
    confirm_plan(global, plan, &question)
}

/// A scale-in of an Express cluster whose intelligent rebalancing is
/// ACTIVE: MSK moves the partitions off the brokers it removes, so nothing
/// is drained by hand; the removal steps run as a plain scale-in's do.
async fn express_scale_in(
    global: &GlobalArgs,
    msk: &Msk,
    info: &ClusterInfo,
    brokers: i32,
) -> anyhow::Result<Outcome> {
    let plan = plan_scale(info, brokers);
    eprintln!(
        "intelligent rebalancing is ACTIVE on MSK cluster {}: MSK moves the partitions off the brokers it removes, so they are not drained by hand",
        info.name
    );
    confirm_plan(
        global,
        &plan,
        &format!(
            "Remove {} brokers from {} ({} -> {brokers}), letting intelligent rebalancing move their partitions?",
            info.broker_count - brokers,
            msk_target(info),
            info.broker_count
        ),
    )?;
    scale_in_steps(global, msk, info, &plan).await
}

/// A scale-in by more than one broker per zone: MSK removes at most one per
/// zone per operation, so the plan's steps run one after another, each
/// waiting for its operation, as a Cluster manifest apply would.
async fn scale_in_steps(
    global: &GlobalArgs,
    msk: &Msk,
    info: &ClusterInfo,
    plan: &ClusterPlan,
) -> anyhow::Result<Outcome> {
    eprintln!(
        "cluster {}: {} -> {} brokers in {} operations, one broker per Availability Zone each",
        info.name,
        info.broker_count,
        plan.steps
            .last()
            .map(|s| match s.change {
                ClusterChange::BrokerCount { to, .. } => to.to_string(),
                _ => "?".into(),
            })
            .unwrap_or_default(),
        plan.steps.len()
    );
    let mut ui = WaitUi::new();
    let result = interruptible(
        &format!("Check on it with: mskctl cluster operations {}", info.name),
        apply_cluster_plan(msk, plan, wait_timeout(global), &mut |p| match p {
            ApplyProgress::Waiting(s) => ui.update(s),
            ApplyProgress::Finished { description, .. } => ui.line(&format!("done: {description}")),
            _ => {}
        }),
    )
    .await;
    ui.finish();
    let applied = result?;
    let last = applied.last.as_ref();
    let change = Change {
        cluster: info.name.clone(),
        arn: info.arn.clone(),
        action: "scale",
        from: Some(info.broker_count.to_string()),
        to: last.map(|c| c.broker_count.to_string()),
        operation_arn: applied.operations.last().cloned(),
        state: last.map(|c| c.state.clone()),
        removed_broker_ids: removed_brokers(msk, &applied.operations).await,
    };
    let line = format!(
        "cluster {}: done, {} brokers, {}{}",
        info.name,
        last.map(|c| c.broker_count).unwrap_or(info.broker_count),
        last.map(|c| c.state.to_string()).unwrap_or_default(),
        removed_note(&change.removed_broker_ids)
    );
    report(global, &change, &line)?;
    Ok(Outcome::Success)
}

async fn storage(
    global: &GlobalArgs,
    cluster: &str,
    gib: i32,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let (arn, info) = read_cluster(&msk, cluster).await?;
    if info.storage_gib == gib {
        write_stdout(&format!(
            "cluster {} already has {gib} GiB per broker; nothing to do",
            info.name
        ))?;
        return Ok(Outcome::Success);
    }
    if let Some(r) = rules::storage_problem(&info, &info.instance_type, gib) {
        return Err(r.into());
    }
    rules::check_ready_for_update(&info)?;
    let last = msk.last_storage_update(&arn).await?;
    rules::check_storage(&info, gib, last, std::time::SystemTime::now())?;
    confirm_plan(
        global,
        &plan_storage_change(&info, gib),
        &format!(
            "Grow the storage of {} from {} to {gib} GiB per broker?",
            msk_target(&info),
            info.storage_gib
        ),
    )?;
    let op = msk.update_storage(&arn, &info.current_version, gib).await?;
    let change = Change {
        cluster: info.name.clone(),
        arn,
        action: "storage",
        from: Some(format!("{}GiB", info.storage_gib)),
        to: Some(format!("{gib}GiB")),
        operation_arn: Some(op),
        state: None,
        removed_broker_ids: Vec::new(),
    };
    let started = format!(
        "cluster {}: growing storage from {} to {gib} GiB per broker",
        info.name, info.storage_gib
    );
    finish_update(global, &msk, wait, change, started).await
}

async fn broker_type(
    global: &GlobalArgs,
    cluster: &str,
    instance_type: &str,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let (arn, info) = read_cluster(&msk, cluster).await?;
    if info.instance_type == instance_type {
        write_stdout(&format!(
            "cluster {} already runs {instance_type}; nothing to do",
            info.name
        ))?;
        return Ok(Outcome::Success);
    }
    rules::check_broker_type(&info, instance_type)?;
    rules::check_ready_for_update(&info)?;
    confirm_plan(
        global,
        &plan_broker_type_change(&info, instance_type),
        &format!(
            "Change {} from {} to {instance_type}?",
            msk_target(&info),
            info.instance_type
        ),
    )?;
    let op = msk
        .update_broker_type(&arn, &info.current_version, instance_type)
        .await?;
    let change = Change {
        cluster: info.name.clone(),
        arn,
        action: "broker-type",
        from: Some(info.instance_type.clone()),
        to: Some(instance_type.to_owned()),
        operation_arn: Some(op),
        state: None,
        removed_broker_ids: Vec::new(),
    };
    let started = format!(
        "cluster {}: changing brokers from {} to {instance_type}, one at a time",
        info.name, info.instance_type
    );
    finish_update(global, &msk, wait, change, started).await
}

// ---------------------------------------------------------- configurations

async fn configuration(
    cmd: &ClusterConfigurationCommand,
    global: &GlobalArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    match cmd {
        ClusterConfigurationCommand::List => {
            let list = msk.configurations().await?;
            emit(global.output, &list, || {
                let mut t = Table::new(["NAME", "REVISION", "KAFKA VERSIONS", "STATE", "ARN"]);
                for c in &list {
                    t.row([
                        c.name.clone(),
                        c.latest_revision
                            .map(|r| r.to_string())
                            .unwrap_or_else(|| "-".into()),
                        c.kafka_versions.join(","),
                        c.state.clone().unwrap_or_else(|| "-".into()),
                        c.arn.clone(),
                    ]);
                }
                t
            })?;
        }
        ClusterConfigurationCommand::Describe { arn, revision } => {
            let d = msk.configuration(arn, *revision).await?;
            match global.output {
                OutputFormat::Json | OutputFormat::Yaml => emit(global.output, &d, Table::default)?,
                format => {
                    let mut kv = Table::new(["FIELD", "VALUE"]);
                    kv.row(["Name".to_owned(), d.summary.name.clone()]);
                    kv.row(["ARN".to_owned(), d.summary.arn.clone()]);
                    kv.row([
                        "Revision".to_owned(),
                        format!(
                            "{} (latest {})",
                            d.revision,
                            d.summary
                                .latest_revision
                                .map(|r| r.to_string())
                                .unwrap_or_else(|| "?".into())
                        ),
                    ]);
                    if let Some(desc) = d
                        .revision_description
                        .as_ref()
                        .or(d.summary.description.as_ref())
                    {
                        kv.row(["Description".to_owned(), desc.clone()]);
                    }
                    kv.row([
                        "Kafka versions".to_owned(),
                        d.summary.kafka_versions.join(", "),
                    ]);
                    let props = d.server_properties.trim_end();
                    let text = if format == OutputFormat::Markdown {
                        format!("{}\n\n```properties\n{props}\n```", kv.to_markdown())
                    } else {
                        format!("{}\n\nserver.properties\n{props}", kv.to_text())
                    };
                    write_stdout(&text)?;
                }
            }
        }
        ClusterConfigurationCommand::Create {
            name,
            kafka_versions,
            file,
            description,
        } => {
            let props = read_properties(file)?;
            // A configuration changes no cluster until it is attached.
            confirm_msk(
                global,
                Safety::Safe,
                "",
                &format!(
                    "Create MSK configuration \"{name}\" in {}",
                    super::plan::region_of(global)
                ),
            )?;
            let r = msk
                .create_configuration(name, kafka_versions, &props, description.as_deref())
                .await?;
            emit_ref(global, &r, &format!("configuration {name} created"))?;
        }
        ClusterConfigurationCommand::Update {
            arn,
            file,
            description,
        } => {
            let props = read_properties(file)?;
            // A new revision: clusters keep the revision they use until
            // `configuration attach` moves them.
            confirm_msk(
                global,
                Safety::Safe,
                "",
                &format!("Add a revision to MSK configuration {arn}"),
            )?;
            let r = msk
                .update_configuration_properties(arn, &props, description.as_deref())
                .await?;
            emit_ref(global, &r, "configuration updated")?;
        }
        ClusterConfigurationCommand::Attach {
            cluster,
            configuration,
            revision,
            wait,
        } => {
            let (arn, info) = fresh(&msk, cluster).await?;
            let target = ConfigurationRef {
                arn: configuration.clone(),
                revision: *revision,
            };
            if info.configuration.as_ref() == Some(&target) {
                write_stdout(&format!(
                    "cluster {} already uses revision {revision} of {configuration}; nothing to do",
                    info.name
                ))?;
                return Ok(Outcome::Success);
            }
            confirm_plan(
                global,
                &plan_configuration_change(&info, &target),
                &format!(
                    "Apply revision {revision} of {configuration} to {}? MSK restarts every broker, one at a time.",
                    msk_target(&info)
                ),
            )?;
            let op = msk
                .update_configuration(&arn, &info.current_version, &target)
                .await?;
            let change = Change {
                cluster: info.name.clone(),
                arn,
                action: "configuration",
                from: info
                    .configuration
                    .as_ref()
                    .map(|c| format!("{}@{}", c.arn, c.revision)),
                to: Some(format!("{configuration}@{revision}")),
                operation_arn: Some(op),
                state: None,
                removed_broker_ids: Vec::new(),
            };
            let started = format!(
                "cluster {}: applying revision {revision} of {}, restarting brokers one at a time",
                info.name, configuration
            );
            return finish_update(global, &msk, wait, change, started).await;
        }
    }
    Ok(Outcome::Success)
}

fn emit_ref(global: &GlobalArgs, r: &ConfigurationRef, what: &str) -> anyhow::Result<()> {
    match global.output {
        OutputFormat::Json | OutputFormat::Yaml => emit(global.output, r, Table::default),
        _ => write_stdout(&format!("{what}: {} revision {}", r.arn, r.revision)),
    }
}

/// A server.properties file (or stdin for `-`); MSK wants the raw bytes.
fn read_properties(path: &Path) -> anyhow::Result<Vec<u8>> {
    let bytes = if path == Path::new("-") {
        crate::input::read_stdin().context("cannot read server.properties from stdin")?
    } else {
        crate::input::read_file(path).with_context(|| format!("cannot read {}", path.display()))?
    };
    if String::from_utf8_lossy(&bytes).trim().is_empty() {
        return Err(UsageError(format!(
            "{} is empty: a configuration needs at least one property",
            path.display()
        ))
        .into());
    }
    Ok(bytes)
}
