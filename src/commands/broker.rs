use crate::cli::{BrokerCommand, GlobalArgs};
use crate::error::Outcome;
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
            Ok(Outcome::Success)
        }
    }
}
