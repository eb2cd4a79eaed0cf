//! Plans as text: the table people read, Markdown for pull requests,
//! JSON and YAML for scripts. `plan` prints these and `apply` shows the
//! table before it asks.

use serde::Serialize;

use super::Table;
use crate::msk::plan::ClusterPlan;
use crate::plan::diff::ConfigChange;
use crate::plan::{self as planner, Action, Plan, PlannedAction, Safety};
use crate::render::OutputFormat;

fn describe_change(c: &ConfigChange) -> String {
    match (&c.from, &c.to) {
        (None, Some(to)) => format!("{}={to}", c.key),
        (Some(from), Some(to)) => format!("{}: {from} -> {to}", c.key),
        (Some(from), None) => format!("{} (was {from}) -> default", c.key),
        (None, None) => c.key.clone(),
    }
}

pub fn detail(a: &Action) -> String {
    match a {
        Action::CreateTopic {
            partitions,
            replication_factor,
            configs,
            ..
        } => {
            let mut s = format!(
                "{partitions} partition{}, RF {replication_factor}",
                if *partitions == 1 { "" } else { "s" }
            );
            if !configs.is_empty() {
                let kv: Vec<String> = configs.iter().map(|(k, v)| format!("{k}={v}")).collect();
                s.push_str(&format!(", {}", kv.join(", ")));
            }
            s
        }
        Action::AddPartitions { from, to, .. } => format!("partitions {from} -> {to}"),
        Action::AlterConfigs { set, remove, .. } => set
            .iter()
            .chain(remove.iter())
            .map(describe_change)
            .collect::<Vec<_>>()
            .join("; "),
        Action::ChangeReplicationFactor {
            from,
            to,
            reassignment,
            ..
        } => format!(
            "replication factor {from} -> {to}: reassign {} partition{}",
            reassignment.len(),
            if reassignment.len() == 1 { "" } else { "s" }
        ),
        Action::DeleteTopic {
            partitions,
            records,
            consumed_by,
            ..
        } => match planner::diff::deletion_loss(*records, consumed_by) {
            // Marked apart from empty topics: this one loses data.
            Some(loss) => format!("DATA LOSS: {loss}"),
            None => format!(
                "{partitions} partition{}, empty and unconsumed",
                if *partitions == 1 { "" } else { "s" }
            ),
        },
        Action::CreateAcl { .. } => "grant".into(),
        Action::DeleteAcl { .. } => "revoke".into(),
        Action::AlterQuota { set, remove, .. } => set
            .iter()
            .chain(remove)
            .map(crate::plan::quota::show_quota_change)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn symbol(a: &Action) -> &'static str {
    match a {
        Action::CreateTopic { .. } | Action::CreateAcl { .. } => "+",
        Action::AddPartitions { .. }
        | Action::AlterConfigs { .. }
        | Action::ChangeReplicationFactor { .. }
        | Action::AlterQuota { .. } => "~",
        Action::DeleteTopic { .. } | Action::DeleteAcl { .. } => "-",
    }
}

pub fn summary(plan: &Plan, clusters: &[ClusterPlan]) -> String {
    if plan.actions.is_empty() {
        return if clusters.is_empty() {
            "No changes. The cluster matches the manifests.".into()
        } else {
            "No topic or ACL changes.".into()
        };
    }
    let creates = plan
        .actions
        .iter()
        .filter(|a| {
            matches!(
                a.action,
                Action::CreateTopic { .. } | Action::CreateAcl { .. }
            )
        })
        .count();
    let deletes = plan
        .actions
        .iter()
        .filter(|a| {
            matches!(
                a.action,
                Action::DeleteTopic { .. } | Action::DeleteAcl { .. }
            )
        })
        .count();
    let changes = plan.actions.len() - creates - deletes;
    format!(
        "Plan: {creates} to create, {changes} to change, {deletes} to delete ({} safe, {} risky, {} destructive).",
        plan.count(Safety::Safe),
        plan.count(Safety::Risky),
        plan.count(Safety::Destructive)
    )
}

fn table(plan: &Plan) -> Table {
    let mut t = Table::new(["", "ACTION", "TOPIC", "CHANGE", "SAFETY"]);
    for a in &plan.actions {
        t.row([
            symbol(&a.action).to_string(),
            a.action.verb().to_string(),
            a.action.subject(),
            detail(&a.action),
            a.safety.name().to_string(),
        ]);
    }
    t
}

fn refusal_lines(plan: &Plan) -> Vec<String> {
    plan.refused
        .iter()
        .map(|r| {
            let kind = if r.unsupported {
                "not supported yet"
            } else {
                "refused"
            };
            format!("{kind}: topic '{}': {}", r.topic, r.reason)
        })
        .collect()
}

fn reason_lines(plan: &Plan) -> Vec<String> {
    plan.actions
        .iter()
        .filter(|a| a.safety != Safety::Safe)
        .flat_map(|a| {
            a.reasons.iter().map(move |r| {
                format!(
                    "{} '{}' is {}: {r}",
                    a.action.verb(),
                    a.action.subject(),
                    a.safety.name()
                )
            })
        })
        .collect()
}

/// The plan as text in the requested format.
pub fn render_text(
    plan: &Plan,
    clusters: &[ClusterPlan],
    format: OutputFormat,
) -> anyhow::Result<String> {
    match format {
        OutputFormat::Json | OutputFormat::Yaml => {
            #[derive(Serialize)]
            struct View<'a> {
                changes: bool,
                summary: String,
                #[serde(skip_serializing_if = "<[_]>::is_empty")]
                clusters: &'a [ClusterPlan],
                actions: &'a [PlannedAction],
                refused: &'a [planner::Refusal],
            }
            let v = View {
                changes: !plan.actions.is_empty() || clusters.iter().any(|c| !c.is_empty()),
                summary: summary(plan, clusters),
                clusters,
                actions: &plan.actions,
                refused: &plan.refused,
            };
            let text = if format == OutputFormat::Json {
                serde_json::to_string_pretty(&v)?
            } else {
                crate::yaml::to_string(&v)?
            };
            Ok(text)
        }
        OutputFormat::Markdown => {
            let mut out = String::from("### mskctl plan\n\n");
            out.push_str(&cluster_text(clusters, true));
            out.push_str(&format!("**{}**\n", summary(plan, clusters)));
            if !plan.actions.is_empty() {
                let mut t = Table::new(["Action", "Topic", "Change", "Safety"]);
                for a in &plan.actions {
                    let safety = match a.safety {
                        Safety::Destructive => "**destructive**".to_string(),
                        s => s.name().to_string(),
                    };
                    t.row([
                        a.action.verb().to_string(),
                        format!("`{}`", a.action.topic()),
                        detail(&a.action).replace('|', "\\|"),
                        safety,
                    ]);
                }
                out.push('\n');
                out.push_str(&t.to_markdown());
                out.push('\n');
            }
            let reasons = reason_lines(plan);
            if !reasons.is_empty() {
                out.push_str("\n**Why some actions are not safe:**\n\n");
                for r in reasons {
                    out.push_str(&format!("- {r}\n"));
                }
            }
            let refused = refusal_lines(plan);
            if !refused.is_empty() {
                out.push_str("\n**Cannot be applied:**\n\n");
                for r in refused {
                    out.push_str(&format!("- {r}\n"));
                }
            }
            Ok(out)
        }
        OutputFormat::Table => {
            let mut out = cluster_text(clusters, false);
            if !plan.actions.is_empty() {
                out.push_str(&table(plan).to_text());
                out.push_str("\n\n");
            }
            for r in reason_lines(plan) {
                out.push_str(&format!("{r}\n"));
            }
            for r in refusal_lines(plan) {
                out.push_str(&format!("{r}\n"));
            }
            out.push_str(&summary(plan, clusters));
            Ok(out)
        }
    }
}

/// Cluster steps, refusals and notes as text (table or markdown).
pub fn cluster_text(plans: &[ClusterPlan], markdown: bool) -> String {
    let mut out = String::new();
    for p in plans {
        if markdown {
            out.push_str(&format!("**Cluster `{}`**\n\n", p.cluster));
        } else {
            out.push_str(&format!("Cluster {}:\n", p.cluster));
        }
        if p.steps.is_empty() && p.refused.is_empty() {
            out.push_str("No changes.\n");
        }
        if !p.steps.is_empty() {
            let mut t = Table::new(["#", "STEP", "CHANGE", "SAFETY"]);
            for (i, s) in p.steps.iter().enumerate() {
                let safety = match (markdown, s.safety) {
                    (true, Safety::Destructive) => "**destructive**".to_string(),
                    (_, safety) => safety.name().to_string(),
                };
                t.row([
                    (i + 1).to_string(),
                    s.change.verb().to_string(),
                    if markdown {
                        s.description.replace('|', "\\|")
                    } else {
                        s.description.clone()
                    },
                    safety,
                ]);
            }
            out.push_str(&if markdown {
                t.to_markdown()
            } else {
                t.to_text()
            });
            out.push('\n');
        }
        let bullet = if markdown { "- " } else { "" };
        for s in p.steps.iter().filter(|s| s.safety != Safety::Safe) {
            for r in &s.reasons {
                out.push_str(&format!(
                    "{bullet}{} is {}: {r}\n",
                    s.change.verb(),
                    s.safety.name()
                ));
            }
        }
        for r in &p.refused {
            let kind = if r.unsupported {
                "not supported yet"
            } else {
                "refused"
            };
            out.push_str(&format!("{bullet}{kind}: {}: {}\n", r.field, r.reason));
        }
        for n in &p.notes {
            out.push_str(&format!("{bullet}note: {n}\n"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msk::model::fixtures::spec;
    use crate::msk::plan::plan_cluster;

    #[test]
    fn cluster_sections() {
        let create = plan_cluster(&spec(), None);
        let text = cluster_text(std::slice::from_ref(&create), false);
        assert!(text.starts_with("Cluster orders:\n"), "{text}");
        assert!(text.contains("create cluster"));
        let md = cluster_text(&[create], true);
        assert!(md.starts_with("**Cluster `orders`**"));

        let mut bigger = spec();
        bigger.storage_gib = 50;
        let mut live = plan_cluster(&spec(), None);
        live.steps.clear();
        assert_eq!(
            cluster_text(&[live], false),
            "Cluster orders:\nNo changes.\n\n"
        );
        let refused = crate::msk::plan::ClusterPlan {
            refused: vec![crate::msk::plan::ClusterRefusal {
                field: "spec.storage".into(),
                reason: "cannot shrink".into(),
                unsupported: false,
            }],
            ..plan_cluster(&bigger, None)
        };
        assert!(cluster_text(&[refused], false).contains("refused: spec.storage: cannot shrink"));
    }
}
