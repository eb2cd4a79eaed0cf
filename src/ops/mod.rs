//! The workflows, one per file (or folder): `apply` (the manifests' plan,
//! confirmed and carried out), the imperative topic changes, reassignment,
//! drain and rebalance, offsets, retention, health and the rest. Each takes
//! an options struct (plus the connection, or a way to open it, and for
//! changes a [`Prompt`]), reports progress through a callback where it has
//! any (long reassignments through [`reassign::Events`]), and returns a
//! result for the command to render. Nothing here touches the command-line
//! parser or the terminal. Every change goes through the same pipeline:
//! observe, plan with the rulebook in [`crate::plan`] (or
//! [`crate::msk::rules`] for MSK), confirm
//! ([`confirm`]), execute, report done / not done.

pub mod apply;
pub mod confirm;
pub mod drain;
pub mod elect;
pub mod group_delete;
pub mod health;
pub mod lag;
pub mod offset_file;
pub mod offsets;
pub mod quota;
pub mod reassign;
pub mod rebalance;
pub mod rebalancing;
pub mod restart;
pub mod retention;
pub mod schema_register;
pub mod throttle;
pub mod topic_alter;
pub mod topic_config;
pub mod topic_create;
pub mod topic_delete;
pub mod topics_aws;
pub mod user;
pub mod vars;

pub use confirm::{Confirm, Prompt, Target};

use crate::error::UsageError;
use crate::plan::{PlannedAction, Safety};

/// Every problem found in the inputs, as one usage error (exit 2), so a
/// typo is reported before any request and all typos at once.
fn usage_problems(problems: Vec<String>) -> anyhow::Result<()> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(UsageError(problems.join("\n")).into())
    }
}

/// The highest safety class among the actions (safe when there are none).
fn worst(actions: &[PlannedAction]) -> Safety {
    actions
        .iter()
        .map(|a| a.safety)
        .max()
        .unwrap_or(Safety::Safe)
}

/// The change as shown before a question: per action, what it is about
/// and its class, the changes it makes, and why it is risky or destructive.
fn describe(actions: &[(String, Vec<String>, &PlannedAction)]) -> String {
    let mut out = Vec::new();
    for (subject, changes, a) in actions {
        out.push(format!("  {subject} ({}):", a.safety.name()));
        out.extend(changes.iter().map(|c| format!("    {c}")));
        out.extend(a.reasons.iter().map(|r| format!("    why: {r}")));
    }
    out.join("\n")
}

/// Keys given more than once in `K=V` pairs. `a=1 a=2` is a slip (a
/// template, a paste): picking one silently would apply a value nobody
/// reviewed.
pub(crate) fn repeated_keys(pairs: &[(String, String)]) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    for (k, _) in pairs {
        if seen.contains(&k.as_str()) {
            let p = format!("'{k}' is given more than once; give it once");
            if !problems.contains(&p) {
                problems.push(p);
            }
        } else {
            seen.push(k);
        }
    }
    problems
}
