use crate::cli::{BrokerCommand, GlobalArgs};
use crate::error::Outcome;
use crate::ops::drain::{drain, DrainOptions, DrainResult};
use crate::ops::reassign::ExecuteSettings;
use crate::render::reassign::{execute_result, StderrEvents};
use crate::render::{emit, write_stdout, Table};

pub async fn run(cmd: &BrokerCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        BrokerCommand::List => {
            let admin = super::connect(global).await?;
            let cluster = admin.describe_cluster().await?;
            emit(global.output, &cluster.brokers, || {
                let mut t = Table::new(["ID", "ADDRESS", "RACK", "CONTROLLER"]);
                for b in &cluster.brokers {
                    t.row([
                        b.id.to_string(),
                        format!("{}:{}", b.host, b.port),
                        b.rack.clone().unwrap_or_else(|| "-".into()),
                        if b.controller {
                            "yes".into()
                        } else {
                            String::new()
                        },
                    ]);
                }
                t
            })?;
            if cluster.kraft {
                match cluster.controller_id {
                    Some(id) if !cluster.brokers.iter().any(|b| b.id == id) => eprintln!(
                        "KRaft cluster: the active controller is node {id}, a controller-only node (the metadata quorum's leader)"
                    ),
                    Some(_) => {}
                    None => eprintln!(
                        "KRaft cluster: the brokers did not answer DescribeQuorum, so the active controller is unknown; brokers report a random live broker as controller, so none is marked"
                    ),
                }
            }
            Ok(Outcome::Success)
        }
        BrokerCommand::Drain {
            brokers,
            balance,
            exec,
        } => {
            super::express::guarded_move(
                global,
                exec.pause_rebalancing,
                drain_brokers(global, brokers, balance, exec),
            )
            .await
        }
    }
}

async fn drain_brokers(
    global: &GlobalArgs,
    brokers: &crate::cli::BrokerIds,
    balance: &crate::cli::BalanceArgs,
    exec: &crate::cli::ExecuteArgs,
) -> anyhow::Result<Outcome> {
    let admin = super::connect(global).await?;
    let opts = DrainOptions {
        brokers: brokers.0.clone(),
        balance: super::partition::balance_settings(balance),
        settings: ExecuteSettings {
            throttle: exec.throttle,
            batch: exec.batch.map(|b| b as usize),
            rollback_out: exec.rollback_out.clone(),
            wait: exec.wait,
            wait_bound: super::partition::reassign_wait_bound(global),
            additional: exec.additional,
            max_concurrent_per_broker: Some(exec.max_concurrent_per_broker),
            confirm: super::confirm_policy(global),
            target: super::target_of(global, &admin),
        },
    };
    let mut events = StderrEvents::new();
    match drain(&admin, &opts, &mut super::TerminalPrompt, &mut events).await? {
        DrainResult::NothingToMove => {
            write_stdout("no replicas on those brokers; nothing to move")?;
            Ok(Outcome::Success)
        }
        DrainResult::Executed { plan, result } => {
            execute_result(global.output, &result, Some(&plan))
        }
    }
}
