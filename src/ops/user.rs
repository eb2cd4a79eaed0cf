//! SCRAM users (`user set|delete`): one credential change per user and
//! mechanism through the same pipeline as every change. Creating a
//! credential is safe; replacing one is risky (clients still holding the
//! old password fail their next login); deleting one is destructive (the
//! user can no longer log in with that mechanism). The password is read
//! from the environment or a file, salted here and never kept, shown or
//! logged: it travels as a [`Secret`], whose formatting never shows it.

use std::path::PathBuf;

use anyhow::{anyhow, Context as _};

use super::confirm::{confirm, Confirm, Prompt, Target};
use crate::error::UsageError;
use crate::kafka::auth::Secret;
use crate::kafka::scram::{
    ScramDeletion, ScramMechanism, ScramUpsertion, ScramUser, MAX_ITERATIONS, MIN_ITERATIONS,
    RESOURCE_NOT_FOUND,
};
use crate::kafka::Admin;
use crate::plan::Safety;

/// The longest password file read: a password is one line.
const PASSWORD_FILE_LIMIT: u64 = 64 * 1024;

/// Where the password comes from; never the command line.
#[derive(Debug, Clone)]
pub enum PasswordSource {
    Env(String),
    File(PathBuf),
}

pub struct UserSetOptions {
    pub user: String,
    pub mechanism: ScramMechanism,
    /// Read once, by [`read_password`], before connecting.
    pub password: Secret,
    pub iterations: u32,
    pub confirm: Confirm,
    pub target: Target,
}

pub struct UserDeleteOptions {
    pub user: String,
    /// `None`: every mechanism the user has.
    pub mechanism: Option<ScramMechanism>,
    pub confirm: Confirm,
    pub target: Target,
}

#[derive(Debug, Default)]
pub struct UserChangeResult {
    /// Mechanisms changed.
    pub done: Vec<ScramMechanism>,
    /// Mechanisms not changed, with the reason.
    pub failed: Vec<(ScramMechanism, String)>,
}

/// The offline checks on a user name and iteration count.
pub fn check_user(user: &str) -> anyhow::Result<()> {
    if user.is_empty() {
        return Err(UsageError("the user name must not be empty".into()).into());
    }
    if user.chars().any(char::is_control) {
        return Err(UsageError("the user name must not contain control characters".into()).into());
    }
    Ok(())
}

pub fn check_iterations(iterations: u32) -> anyhow::Result<()> {
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        return Err(UsageError(format!(
            "--iterations {iterations}: Kafka accepts {MIN_ITERATIONS} to {MAX_ITERATIONS} for SCRAM-SHA-256 and SCRAM-SHA-512"
        ))
        .into());
    }
    Ok(())
}

/// Reads the password: an environment variable's value, or a file's first
/// line (bounded). Errors name the source, never the value.
pub fn read_password(source: &PasswordSource) -> anyhow::Result<Secret> {
    let password = match source {
        PasswordSource::Env(var) => match std::env::var_os(var) {
            None => {
                return Err(UsageError(format!(
                    "--password-env {var}: the environment variable is not set"
                ))
                .into())
            }
            Some(v) => v
                .into_string()
                .map_err(|_| anyhow!("the environment variable {var} is not valid UTF-8"))?,
        },
        PasswordSource::File(path) => {
            let bytes = crate::input::read_file_at_most(path, PASSWORD_FILE_LIMIT)
                .with_context(|| format!("cannot read the password file {}", path.display()))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| anyhow!("the password file {} is not valid UTF-8", path.display()))?;
            let line = text.lines().next().unwrap_or("");
            line.strip_suffix('\r').unwrap_or(line).to_string()
        }
    };
    if password.is_empty() {
        let from = match source {
            PasswordSource::Env(var) => format!("the environment variable {var}"),
            PasswordSource::File(p) => format!("the password file {}", p.display()),
        };
        return Err(UsageError(format!("{from} is empty; a password is required")).into());
    }
    Ok(Secret::new(password))
}

/// The user's credentials as Kafka lists them; `None` when it has none.
async fn current(admin: &Admin, user: &str) -> anyhow::Result<Option<ScramUser>> {
    let mut found = admin
        .describe_scram_users(Some(&[user.to_string()]))
        .await?;
    match found.pop() {
        Some((_, Ok(u))) => Ok(Some(u)),
        Some((_, Err(e))) if e.code() == Some(RESOURCE_NOT_FOUND) => Ok(None),
        Some((_, Err(e))) => Err(e.into()),
        None => Ok(None),
    }
}

pub async fn set_user(
    admin: &Admin,
    opts: &UserSetOptions,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<UserChangeResult> {
    check_user(&opts.user)?;
    check_iterations(opts.iterations)?;
    let existing = current(admin, &opts.user).await?;
    let replaces = existing
        .as_ref()
        .and_then(|u| u.credentials.iter().find(|c| c.mechanism == opts.mechanism));
    let (safety, change) = match replaces {
        Some(c) => (
            Safety::Risky,
            format!(
                "  user '{}' (risky): replace its {} credential ({} iterations) with a new password, {} iterations\n    why: clients still using the old password fail their next login",
                opts.user, opts.mechanism, c.iterations, opts.iterations
            ),
        ),
        None => (
            Safety::Safe,
            format!(
                "  user '{}' (safe): create a {} credential, {} iterations",
                opts.user, opts.mechanism, opts.iterations
            ),
        ),
    };
    let question = format!(
        "Set the {} credential of user '{}' on {}?",
        opts.mechanism, opts.user, opts.target
    );
    confirm(opts.confirm, safety, &change, &question, prompt)?;
    let upsertion = ScramUpsertion::new(
        &opts.user,
        opts.mechanism,
        opts.password.expose().as_bytes(),
        opts.iterations,
    );
    let results = admin.alter_scram_credentials(&[upsertion], &[]).await?;
    let mut out = UserChangeResult::default();
    match results.into_iter().find(|(u, _)| *u == opts.user) {
        Some((_, Ok(()))) => out.done.push(opts.mechanism),
        Some((_, Err(e))) => out.failed.push((opts.mechanism, e.to_string())),
        None => out.failed.push((
            opts.mechanism,
            "the broker did not answer for the user".into(),
        )),
    }
    Ok(out)
}

pub async fn delete_user(
    admin: &Admin,
    opts: &UserDeleteOptions,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<UserChangeResult> {
    check_user(&opts.user)?;
    let existing = current(admin, &opts.user).await?;
    let has: Vec<ScramMechanism> = existing
        .map(|u| u.credentials.iter().map(|c| c.mechanism).collect())
        .unwrap_or_default();
    let doomed: Vec<ScramMechanism> = match opts.mechanism {
        Some(m) => vec![m],
        None => has.clone(),
    };
    if doomed.is_empty() || doomed.iter().all(|m| !has.contains(m)) {
        let what = match opts.mechanism {
            Some(m) => format!("no {m} credential"),
            None => "no SCRAM credentials".into(),
        };
        return Err(anyhow!(
            "user '{}' has {what} on {}; nothing was deleted",
            opts.user,
            opts.target
        ));
    }
    let names: Vec<&str> = doomed.iter().map(|m| m.name()).collect();
    let change = format!(
        "  user '{}' (destructive): delete its {} credential{}\n    why: the user can no longer log in with {}",
        opts.user,
        names.join(" and "),
        if doomed.len() == 1 { "" } else { "s" },
        if doomed.len() == 1 { "it" } else { "them" }
    );
    let question = format!(
        "Delete the {} credential{} of user '{}' on {}?",
        names.join(" and "),
        if doomed.len() == 1 { "" } else { "s" },
        opts.user,
        opts.target
    );
    confirm(
        opts.confirm,
        Safety::Destructive,
        &change,
        &question,
        prompt,
    )?;
    // Kafka takes one change per user per request.
    let mut out = UserChangeResult::default();
    for m in doomed {
        let deletion = ScramDeletion {
            user: opts.user.clone(),
            mechanism: m,
        };
        match admin.alter_scram_credentials(&[], &[deletion]).await {
            Ok(rs) => match rs.into_iter().find(|(u, _)| *u == opts.user) {
                Some((_, Ok(()))) => out.done.push(m),
                Some((_, Err(e))) => out.failed.push((m, e.to_string())),
                None => out
                    .failed
                    .push((m, "the broker did not answer for the user".into())),
            },
            Err(e) => out.failed.push((m, e.to_string())),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iterations_follow_kafkas_bounds() {
        assert!(check_iterations(4095).is_err());
        assert!(check_iterations(4096).is_ok());
        assert!(check_iterations(16384).is_ok());
        let e = check_iterations(16385).unwrap_err();
        assert!(e.is::<UsageError>());
    }

    #[test]
    fn password_errors_never_show_the_password() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        let e = read_password(&PasswordSource::File(empty)).unwrap_err();
        assert!(e.to_string().contains("empty"), "{e}");
        let ok = dir.path().join("pw");
        std::fs::write(&ok, "s3cret\r\nignored\n").unwrap();
        assert_eq!(
            read_password(&PasswordSource::File(ok)).unwrap().expose(),
            "s3cret"
        );
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'x'; 70 * 1024]).unwrap();
        let e = read_password(&PasswordSource::File(big)).unwrap_err();
        assert!(!format!("{e:#}").contains("xxxx"), "{e:#}");
        assert!(
            read_password(&PasswordSource::Env("MSKCTL_TEST_SURELY_UNSET_VAR".into())).is_err()
        );
        assert!(check_user("").is_err());
    }
}
