//! `mskctl quota` (client quotas) and `mskctl user` (SCRAM credentials).
//!
//! JSON shapes (`-o json`; YAML is the same value):
//! - `quota list`: `[{"entity": {"user": "alice"}, "values": {"producer_byte_rate": 1048576}}]`,
//!   the entity holding the components it has (`"user"`, `"client-id"`;
//!   `null` names Kafka's default entity of that type); whole values are integers.
//! - `user list`: `[{"user": "alice", "mechanisms": [{"mechanism": "SCRAM-SHA-512", "iterations": 4096}]}]`.

use anyhow::bail;
use serde::Serialize;

use super::{confirm_policy, connect, connect_with_target, TerminalPrompt};
use crate::cli::{GlobalArgs, QuotaCommand, QuotaEntityArgs, ScramMechanismArg, UserCommand};
use crate::error::{usage, Outcome};
use crate::kafka::quotas::{QuotaEntity, QuotaEntry, QuotaFilter};
use crate::kafka::scram::ScramMechanism;
use crate::ops::quota::{change_quota, show, QuotaChangeOptions};
use crate::ops::user::{
    check_iterations, check_user, delete_user, read_password, set_user, PasswordSource,
    UserChangeResult, UserDeleteOptions, UserSetOptions,
};
use crate::ops::Target;
use crate::plan::quota::show_quota_value;
use crate::render::{emit, write_stdout, Table};

pub async fn run(cmd: &QuotaCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        QuotaCommand::List(args) => list(global, args).await,
        QuotaCommand::Set { entity, values } => {
            change(global, entity, values.clone(), Vec::new()).await
        }
        QuotaCommand::Delete { entity, keys } => {
            change(global, entity, Vec::new(), keys.clone()).await
        }
    }
}

fn entity_of(args: &QuotaEntityArgs) -> anyhow::Result<QuotaEntity> {
    for name in [&args.user, &args.client_id].into_iter().flatten() {
        if name.is_empty() {
            return usage(
                "an entity name must not be empty (use --default-user or --default-client-id for the defaults)",
            );
        }
        if name.chars().any(char::is_control) {
            return usage("an entity name must not contain control characters");
        }
    }
    let one = |name: &Option<String>, default: bool| match (name, default) {
        (Some(n), _) => Some(Some(n.clone())),
        (None, true) => Some(None),
        (None, false) => None,
    };
    Ok(QuotaEntity {
        user: one(&args.user, args.default_user),
        client_id: one(&args.client_id, args.default_client_id),
        ip: None,
    })
}

/// `--user alice` lists alice's quotas, per-client ones included; naming
/// both components lists that one entity.
fn filter_of(entity: &QuotaEntity) -> QuotaFilter {
    QuotaFilter {
        strict: entity.user.is_some() && entity.client_id.is_some(),
        ..QuotaFilter::exactly(entity)
    }
}

fn component(c: &Option<Option<String>>) -> String {
    match c {
        None => String::new(),
        Some(None) => "<default>".into(),
        Some(Some(n)) => n.clone(),
    }
}

fn quota_table(entries: &[QuotaEntry]) -> Table {
    let mut t = Table::new(["USER", "CLIENT-ID", "KEY", "VALUE"]);
    for e in entries {
        for (k, v) in &e.values {
            let user = if e.entity.ip.is_some() {
                format!("ip {}", component(&e.entity.ip))
            } else {
                component(&e.entity.user)
            };
            t.row([
                user,
                component(&e.entity.client_id),
                k.clone(),
                show_quota_value(k, Some(*v)),
            ]);
        }
    }
    t
}

async fn list(global: &GlobalArgs, args: &QuotaEntityArgs) -> anyhow::Result<Outcome> {
    let filter = filter_of(&entity_of(args)?);
    let admin = connect(global).await?;
    let entries = admin.describe_client_quotas(&filter).await?;
    emit(global.output, &entries, || quota_table(&entries))?;
    Ok(Outcome::Success)
}

async fn change(
    global: &GlobalArgs,
    entity: &QuotaEntityArgs,
    set: Vec<(String, String)>,
    delete: Vec<String>,
) -> anyhow::Result<Outcome> {
    let mut opts = QuotaChangeOptions {
        entity: entity_of(entity)?,
        set,
        delete,
        confirm: confirm_policy(global),
        target: Target::default(),
    };
    crate::ops::quota::check(&opts)?;
    let (admin, target) = connect_with_target(global).await?;
    opts.target = target;
    let result = change_quota(&admin, &opts, &mut TerminalPrompt).await?;
    let Some(action) = result.action else {
        write_stdout("quota already as requested; nothing to do")?;
        return Ok(Outcome::Success);
    };
    let subject = format!("quota of {}", opts.entity.describe());
    if let Some(e) = result.failed {
        bail!("not done: {subject}: {e}");
    }
    let lines: Vec<String> = show(&action)
        .into_iter()
        .map(|l| format!("{subject}: {l}"))
        .collect();
    write_stdout(&lines.join("\n"))?;
    Ok(Outcome::Success)
}

// ------------------------------------------------------------------ users

fn mechanism(m: ScramMechanismArg) -> ScramMechanism {
    match m {
        ScramMechanismArg::ScramSha256 => ScramMechanism::Sha256,
        ScramMechanismArg::ScramSha512 => ScramMechanism::Sha512,
    }
}

#[derive(Serialize)]
struct UserRow {
    user: String,
    mechanisms: Vec<crate::kafka::scram::ScramCredentialInfo>,
}

pub async fn run_user(cmd: &UserCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        UserCommand::List => {
            let admin = connect(global).await?;
            let users = admin.describe_scram_users(None).await?;
            let mut rows = Vec::new();
            for (name, r) in users {
                match r {
                    Ok(u) => rows.push(UserRow {
                        user: u.user,
                        mechanisms: u.credentials,
                    }),
                    Err(e) => bail!("user '{name}': {e}"),
                }
            }
            emit(global.output, &rows, || {
                let mut t = Table::new(["USER", "MECHANISM", "ITERATIONS"]);
                for r in &rows {
                    for c in &r.mechanisms {
                        t.row([
                            r.user.clone(),
                            c.mechanism.to_string(),
                            c.iterations.to_string(),
                        ]);
                    }
                }
                t
            })?;
            Ok(Outcome::Success)
        }
        UserCommand::Set {
            user,
            mechanism: m,
            password_env,
            password_file,
            iterations,
        } => {
            check_user(user)?;
            check_iterations(*iterations)?;
            let password = match (password_env, password_file) {
                (Some(v), _) => PasswordSource::Env(v.clone()),
                (None, Some(p)) => PasswordSource::File(p.clone()),
                (None, None) => return usage("give --password-env VAR or --password-file PATH"),
            };
            // Read once, before connecting, so a missing password is a
            // usage error without a round trip.
            let password = read_password(&password)?;
            let (admin, target) = connect_with_target(global).await?;
            let opts = UserSetOptions {
                user: user.clone(),
                mechanism: mechanism(*m),
                password,
                iterations: *iterations,
                confirm: confirm_policy(global),
                target,
            };
            let result = set_user(&admin, &opts, &mut TerminalPrompt).await?;
            report(user, "set", result)
        }
        UserCommand::Delete { user, mechanism: m } => {
            check_user(user)?;
            let (admin, target) = connect_with_target(global).await?;
            let opts = UserDeleteOptions {
                user: user.clone(),
                mechanism: m.map(mechanism),
                confirm: confirm_policy(global),
                target,
            };
            let result = delete_user(&admin, &opts, &mut TerminalPrompt).await?;
            report(user, "deleted", result)
        }
    }
}

fn report(user: &str, verb: &str, result: UserChangeResult) -> anyhow::Result<Outcome> {
    let done: Vec<String> = result
        .done
        .iter()
        .map(|m| format!("user '{user}': {m} credential {verb}"))
        .collect();
    if !done.is_empty() {
        write_stdout(&done.join("\n"))?;
    }
    if result.failed.is_empty() {
        return Ok(Outcome::Success);
    }
    let failed: Vec<String> = result
        .failed
        .iter()
        .map(|(m, e)| format!("  {m}: {e}"))
        .collect();
    bail!("not done for user '{user}':\n{}", failed.join("\n"))
}
