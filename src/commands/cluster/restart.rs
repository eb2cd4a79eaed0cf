//! `cluster reboot-broker`, `cluster restart --rolling` and `cluster
//! versions`: maintenance of a running MSK cluster.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::{
    confirm_msk, finish_update, fresh, msk_client, msk_target, read_cluster, wait_timeout, whys,
    Change, WaitUi,
};
use crate::cli::{ClusterWaitArgs, GlobalArgs};
use crate::commands::listener_for;
use crate::error::Outcome;
use crate::kafka::Admin;
use crate::msk::model::ClusterInfo;
use crate::msk::rules::MskOperation;
use crate::ops::reassign::ids;
use crate::ops::restart::{brokers_from, rolling_restart, RestartEvent, RestartOptions};
use crate::render::{emit, write_stdout, Table};

fn question_change(op: MskOperation, what: &str) -> String {
    format!(
        "  {what} ({})\n{}",
        op.safety().name(),
        whys(&[op.why().to_owned()])
    )
}

pub async fn reboot_broker(
    global: &GlobalArgs,
    cluster: &str,
    broker: i32,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let (arn, info) = fresh(&msk, cluster).await?;
    let nodes = msk.nodes(&arn).await?;
    let known: Vec<i32> = nodes.iter().map(|n| n.broker_id).collect();
    if !known.contains(&broker) {
        return Err(crate::error::UsageError(format!(
            "cluster {} has no broker {broker} (brokers: {})",
            info.name,
            ids(&known)
        ))
        .into());
    }
    let op = MskOperation::RebootBroker;
    confirm_msk(
        global,
        op.safety(),
        &question_change(op, &format!("reboot broker {broker}")),
        &format!("Reboot broker {broker} of {}?", msk_target(&info)),
    )?;
    let operation = msk.reboot_broker(&arn, broker).await?;
    let change = Change {
        cluster: info.name.clone(),
        arn,
        action: "reboot-broker",
        from: None,
        to: Some(broker.to_string()),
        operation_arn: Some(operation),
        state: None,
        removed_broker_ids: Vec::new(),
    };
    let started = format!("cluster {}: rebooting broker {broker}", info.name);
    finish_update(global, &msk, wait, change, started).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RestartOut {
    cluster: String,
    restarted: Vec<i32>,
    /// Whether the ISRs were checked between brokers.
    checked_in_sync: bool,
}

pub async fn rolling(
    global: &GlobalArgs,
    cluster: &str,
    from_broker: Option<i32>,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let (arn, info) = fresh(&msk, cluster).await?;
    let nodes = msk.nodes(&arn).await?;
    let all: Vec<i32> = nodes.iter().map(|n| n.broker_id).collect();
    let brokers =
        brokers_from(&all, from_broker).map_err(|e| crate::error::UsageError(format!("{e:#}")))?;
    let op = MskOperation::RollingRestart;
    confirm_msk(
        global,
        op.safety(),
        &question_change(
            op,
            &format!("reboot brokers {} one at a time", ids(&brokers)),
        ),
        &format!(
            "Restart brokers {} of {}, one at a time?",
            ids(&brokers),
            msk_target(&info)
        ),
    )?;
    let admin = kafka_side(global, &info).await;
    let checked_in_sync = admin.is_some();

    // Ctrl-C asks the loop to stop before the next broker; the broker
    // being restarted is finished first.
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let listener = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            flag.store(true, Ordering::SeqCst);
            eprintln!("stopping after the broker being restarted (Ctrl-C)");
        }
    });
    // Without --wait the last reboot is started and not followed.
    let (followed, last) = match brokers.split_last() {
        Some((last, rest)) if !wait.wait => (rest.to_vec(), Some(*last)),
        _ => (brokers.clone(), None),
    };
    let opts = RestartOptions {
        brokers: followed,
        timeout: wait_timeout(global),
        poll: Duration::from_secs(2),
    };
    let mut ui = WaitUi::new();
    let mut events = |e: &RestartEvent| {
        match e {
        RestartEvent::Rebooting {
            broker,
            index,
            total,
        } => ui.line(&format!(
            "broker {broker}: rebooting ({} of {total})",
            index + 1
        )),
        RestartEvent::Waiting(s) => ui.update(s),
        RestartEvent::Rebooted { broker } => ui.line(&format!("broker {broker}: rebooted")),
        RestartEvent::UnderReplicated { broker, partitions } => ui.line(&format!(
            "broker {broker}: waiting for {partitions} under-replicated partition(s) to catch up before the next broker"
        )),
        RestartEvent::InSync { broker } => {
            ui.line(&format!("broker {broker}: every partition is in sync again"))
        }
    }
    };
    let stopper = stop.clone();
    let result = rolling_restart(
        &msk,
        &arn,
        admin.as_ref(),
        &opts,
        &move || stopper.load(Ordering::SeqCst),
        &mut events,
    )
    .await;
    ui.finish();
    let mut report = match result {
        Ok(r) => r,
        Err(e) => {
            listener.abort();
            return Err(e.context(format!(
                "rolling restart of cluster {} stopped; once the cause is fixed, resume with: mskctl cluster restart {} --rolling --from-broker ID (the broker that failed)",
                info.name, info.name
            )));
        }
    };
    if let (Some(last), None) = (last, report.stopped_before) {
        if stop.load(Ordering::SeqCst) {
            report.stopped_before = Some(last);
        } else {
            let now = msk.describe(&arn).await?;
            crate::msk::rules::check_ready_for_update(&now)?;
            let operation = msk.reboot_broker(&arn, last).await?;
            eprintln!(
                "broker {last}: reboot started (operation {operation}); follow it with `mskctl cluster operations {}`",
                info.name
            );
            report.restarted.push(last);
        }
    }
    listener.abort();
    if let Some(next) = report.stopped_before {
        anyhow::bail!(
            "cluster {}: stopped (interrupted) after restarting brokers {}; resume with: mskctl cluster restart {} --rolling --from-broker {next}",
            info.name,
            if report.restarted.is_empty() {
                "none".to_owned()
            } else {
                ids(&report.restarted)
            },
            info.name
        );
    }
    let out = RestartOut {
        cluster: info.name.clone(),
        restarted: report.restarted.clone(),
        checked_in_sync,
    };
    let line = format!(
        "cluster {}: brokers {} restarted one at a time{}",
        info.name,
        ids(&report.restarted),
        if checked_in_sync {
            ", each back in every ISR before the next"
        } else {
            " (ISRs not checked: brokers not reachable)"
        }
    );
    match global.output {
        crate::cli::OutputFormat::Json | crate::cli::OutputFormat::Yaml => {
            emit(global.output, &out, Table::default)?
        }
        _ => write_stdout(&line)?,
    }
    Ok(Outcome::Success)
}

/// The Kafka side of the cluster for the ISR checks, or `None` (said on
/// stderr) when it cannot be reached: then only MSK's operations are
/// waited for.
async fn kafka_side(global: &GlobalArgs, info: &ClusterInfo) -> Option<Admin> {
    let connected = if global.bootstrap_servers.is_some() {
        crate::commands::connect(global).await
    } else {
        let session = crate::commands::session(global);
        let listener = session
            .configured_listener()
            .unwrap_or_else(|| listener_for(&info.client_auth, Some(&info.encryption)));
        session.on_msk_cluster(&info.arn, listener).admin().await
    };
    match connected {
        Ok(admin) => Some(admin),
        Err(e) => {
            eprintln!(
                "note: the brokers of cluster {} are not reachable ({e:#}); under-replicated partitions cannot be checked between brokers, so only MSK's reboot operations are waited for",
                info.name
            );
            None
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct VersionsOut {
    cluster: String,
    kafka_version: String,
    compatible_versions: Vec<String>,
}

pub async fn versions(global: &GlobalArgs, cluster: &str) -> anyhow::Result<Outcome> {
    let msk = msk_client(global).await?;
    let (arn, info) = read_cluster(&msk, cluster).await?;
    let compatible = msk.compatible_kafka_versions(&arn).await?;
    let out = VersionsOut {
        cluster: info.name.clone(),
        kafka_version: info.kafka_version.clone(),
        compatible_versions: compatible,
    };
    emit(global.output, &out, || {
        let mut t = Table::new(["CLUSTER", "CURRENT", "CAN MOVE TO"]);
        t.row([
            out.cluster.clone(),
            out.kafka_version.clone(),
            if out.compatible_versions.is_empty() {
                "none".to_owned()
            } else {
                out.compatible_versions.join(", ")
            },
        ]);
        t
    })?;
    Ok(Outcome::Success)
}
