use crate::cli::{BrokerCommand, GlobalArgs};
use crate::error::Outcome;
use crate::reassign::execute::live_snapshot;
use crate::reassign::planner::{plan, Goal};
use crate::render::{emit, Table};

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
        BrokerCommand::Drain { brokers, exec } => {
            let admin = super::connect(global).await?;
            let known: Vec<i32> = admin.client().brokers().iter().map(|b| b.id).collect();
            let unknown: Vec<String> = brokers
                .0
                .iter()
                .filter(|b| !known.contains(b))
                .map(|b| b.to_string())
                .collect();
            if !unknown.is_empty() {
                anyhow::bail!(
                    "unknown broker id(s) {}; the cluster has {}",
                    unknown.join(","),
                    known
                        .iter()
                        .map(|b| b.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                );
            }
            let snap = live_snapshot(&admin, None, true).await?;
            let goal = Goal {
                drain_brokers: brokers.0.iter().copied().collect(),
                brokers: None,
                topics: None,
                replication_factor: None,
                max_moves: None,
            };
            let result = plan(&snap, &goal).map_err(|e| anyhow::anyhow!("{e}"))?;
            if result.reassignment.partitions.is_empty() {
                crate::render::write_stdout("no replicas on those brokers; nothing to move")?;
                return Ok(Outcome::Success);
            }
            // The plan is kept beside the rollback file, so `verify --plan`
            // has something to check against.
            let path = std::path::PathBuf::from(format!(
                "drain-{}-plan.json",
                brokers
                    .0
                    .iter()
                    .map(|b| b.to_string())
                    .collect::<Vec<_>>()
                    .join("-")
            ));
            std::fs::write(
                &path,
                serde_json::to_string_pretty(&result.reassignment)? + "\n",
            )
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            eprintln!(
                "drain plan: {} replica moves, written to {}",
                result.moves,
                path.display()
            );
            super::partition::execute(
                &admin,
                global,
                result.reassignment,
                exec,
                false,
                Some(&path),
            )
            .await
        }
    }
}
