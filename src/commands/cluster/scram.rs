//! `cluster scram list|associate|disassociate`: the SCRAM users of an MSK
//! cluster, kept as Secrets Manager secrets associated with it.

use anyhow::bail;

use super::{confirm_msk, msk_target, read_cluster};
use crate::cli::{ClusterScramCommand, GlobalArgs};
use crate::error::{Outcome, UsageError};
use crate::msk::client::UnprocessedSecret;
use crate::msk::rules;
use crate::plan::Safety;
use crate::render::{emit, escape_control, write_stdout, Table};

pub async fn run(cmd: &ClusterScramCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let msk = super::msk_client(global).await?;
    match cmd {
        ClusterScramCommand::List { cluster } => {
            let arn = msk.resolve(cluster).await?;
            let secrets = msk.scram_secrets(&arn).await?;
            emit(global.output, &secrets, || {
                let mut t = Table::new(["SECRET ARN"]);
                for s in &secrets {
                    t.row([s.clone()]);
                }
                t
            })?;
        }
        ClusterScramCommand::Associate {
            cluster,
            secret_arns,
        } => {
            let problems = rules::scram_secret_arn_problems(secret_arns);
            if !problems.is_empty() {
                return Err(UsageError(problems.join("\n")).into());
            }
            let (_, info) = read_cluster(&msk, cluster).await?;
            let problems = rules::scram_secret_problems(&info, secret_arns);
            if !problems.is_empty() {
                bail!("{}\nNothing was associated.", problems.join("\n"));
            }
            let have = msk.scram_secrets(&info.arn).await?;
            let new: Vec<String> = secret_arns
                .iter()
                .filter(|s| !have.contains(s))
                .cloned()
                .collect();
            if new.is_empty() {
                write_stdout(&format!(
                    "cluster {}: every secret given is already associated; nothing to do",
                    info.name
                ))?;
                return Ok(Outcome::Success);
            }
            // Adding a user takes nothing from anyone: safe, said first.
            confirm_msk(
                global,
                Safety::Safe,
                "",
                &format!(
                    "Associate {} SCRAM secret(s) with {}",
                    new.len(),
                    msk_target(&info)
                ),
            )?;
            let failed = msk.associate_scram_secrets(&info.arn, &new).await?;
            finish(&info.name, "associated", &new, &failed)?;
        }
        ClusterScramCommand::Disassociate {
            cluster,
            secret_arns,
        } => {
            let (_, info) = read_cluster(&msk, cluster).await?;
            let have = msk.scram_secrets(&info.arn).await?;
            let (gone, known): (Vec<String>, Vec<String>) =
                secret_arns.iter().cloned().partition(|s| !have.contains(s));
            for s in &gone {
                eprintln!(
                    "note: {} is not associated with {}",
                    escape_control(s),
                    info.name
                );
            }
            if known.is_empty() {
                write_stdout(&format!(
                    "cluster {}: none of the secrets given is associated; nothing to do",
                    info.name
                ))?;
                return Ok(Outcome::Success);
            }
            let change = known
                .iter()
                .map(|s| format!("  disassociate {}", escape_control(s)))
                .collect::<Vec<_>>()
                .join("\n");
            confirm_msk(
                global,
                Safety::Destructive,
                &format!(
                    "{change}\n    why: clients logging in as these secrets' users are refused from then on"
                ),
                &format!(
                    "Disassociate {} SCRAM secret(s) from {}?",
                    known.len(),
                    msk_target(&info)
                ),
            )?;
            let failed = msk.disassociate_scram_secrets(&info.arn, &known).await?;
            finish(&info.name, "disassociated", &known, &failed)?;
        }
    }
    Ok(Outcome::Success)
}

/// Done / not done, with MSK's reason for each secret it did not process.
fn finish(
    cluster: &str,
    verb: &str,
    asked: &[String],
    failed: &[UnprocessedSecret],
) -> anyhow::Result<()> {
    let done = asked
        .iter()
        .filter(|a| !failed.iter().any(|f| &f.secret_arn == *a))
        .count();
    write_stdout(&format!("cluster {cluster}: {done} secret(s) {verb}"))?;
    if failed.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = failed
        .iter()
        .map(|f| {
            format!(
                "  {}: {}: {}",
                escape_control(&f.secret_arn),
                escape_control(&f.error_code),
                escape_control(&f.error_message)
            )
        })
        .collect();
    bail!(
        "MSK did not process {} secret(s):\n{}",
        failed.len(),
        lines.join("\n")
    )
}
