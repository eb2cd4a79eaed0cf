//! `validate`: check manifests offline. Nothing here touches the network, so
//! CI can run it without credentials or a cluster.

use anyhow::anyhow;
use serde_json::json;

use crate::cli::{GlobalArgs, ManifestArgs, OutputFormat};
use crate::error::Outcome;
use crate::manifest;
use crate::render::write_stdout;

pub fn run(args: &ManifestArgs, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let (files, result) = manifest::load_paths_counted(&args.files);
    match result {
        Ok(set) => {
            let topics = set.topics.len();
            let mut value = json!({"valid": true, "files": files, "topics": topics});
            // Counted only when ACLs are declared, so topic-only output is
            // unchanged.
            let acls = (set.acl_documents > 0).then_some(set.acls.len());
            if let Some(n) = acls {
                value["aclBindings"] = json!(n);
            }
            // Likewise quotas: counted only when a Quota document is there.
            let quotas = (set.quota_documents > 0).then_some(set.quotas.len());
            if let Some(n) = quotas {
                value["quotaEntities"] = json!(n);
            }
            let clusters = set.clusters.len();
            if clusters > 0 {
                value["clusters"] = json!(clusters);
            }
            if !set.warnings.is_empty() {
                value["warnings"] = json!(set.warnings);
            }
            if matches!(global.output, OutputFormat::Table | OutputFormat::Markdown) {
                for w in &set.warnings {
                    eprintln!("{w}");
                }
            }
            match global.output {
                OutputFormat::Json => write_stdout(&serde_json::to_string_pretty(&value)?)?,
                OutputFormat::Yaml => write_stdout(&crate::yaml::to_string(&value)?)?,
                OutputFormat::Table | OutputFormat::Markdown => write_stdout(&format!(
                    "{}, {}{}{}{}: valid",
                    plural(files, "file"),
                    if clusters > 0 {
                        format!("{}, ", plural(clusters, "cluster"))
                    } else {
                        String::new()
                    },
                    plural(topics, "topic"),
                    acls.map(|n| format!(", {}", plural(n, "ACL binding")))
                        .unwrap_or_default(),
                    quotas
                        .map(|n| match n {
                            1 => ", 1 quota entity".to_string(),
                            n => format!(", {n} quota entities"),
                        })
                        .unwrap_or_default()
                ))?,
            }
            Ok(Outcome::Success)
        }
        Err(diags) => {
            match global.output {
                OutputFormat::Json | OutputFormat::Yaml => {
                    let value = json!({"valid": false, "errors": diags});
                    let text = if global.output == OutputFormat::Json {
                        serde_json::to_string_pretty(&value)?
                    } else {
                        crate::yaml::to_string(&value)?
                    };
                    write_stdout(&text)?;
                }
                OutputFormat::Table | OutputFormat::Markdown => {
                    for d in &diags {
                        eprintln!("{d}");
                    }
                }
            }
            Err(anyhow!("{} in the manifests", plural(diags.len(), "error")))
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
