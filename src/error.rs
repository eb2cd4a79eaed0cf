//! How a run ends. Commands return `anyhow::Result<Outcome>`; `main` maps a
//! [`UsageError`] anywhere in the error chain to exit 2 and every other error
//! to exit 1, so library code never decides exit codes itself.

use std::process::ExitCode;

/// A request that can never succeed as typed (bad flag combination, value out
/// of range, a change Kafka forbids such as shrinking partitions). Exit 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Shorthand for returning a usage error from a command.
pub fn usage<T>(msg: impl Into<String>) -> anyhow::Result<T> {
    Err(UsageError(msg.into()).into())
}

/// The successful ways a command can end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// `plan --exit-code` found changes: exit 3.
    ChangesPending,
    /// A check (health, lag threshold) found problems: exit 4.
    CheckFailed,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::ChangesPending => ExitCode::from(3),
            Outcome::CheckFailed => ExitCode::from(4),
        }
    }
}

/// Exit code for an error: 2 for usage errors, 1 for everything else.
pub fn error_exit_code(err: &anyhow::Error) -> ExitCode {
    if err.chain().any(|e| e.is::<UsageError>()) {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    }
}

/// Items one per line, indented two spaces, or "  (none)": the done / not
/// done lists of a change that stopped halfway.
pub fn indented_list(items: &[String]) -> String {
    if items.is_empty() {
        "  (none)".into()
    } else {
        items
            .iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}
