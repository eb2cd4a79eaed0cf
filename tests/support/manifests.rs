//! Manifest documents and files for the plan/apply tests.

use std::path::Path;

/// Writes `text` to `dir/name` and returns the path as a string.
pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

/// A Topic document; `configs` are written as strings.
pub fn topic_doc(name: &str, partitions: i32, rf: i16, configs: &[(&str, &str)]) -> String {
    let mut s = format!(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: {name}\nspec:\n  partitions: {partitions}\n  replicationFactor: {rf}\n"
    );
    if !configs.is_empty() {
        s.push_str("  configs:\n");
        for (k, v) in configs {
            s.push_str(&format!("    {k}: \"{v}\"\n"));
        }
    }
    s
}

/// An Ownership document: what `--prune` may delete.
pub fn ownership_doc(topics: &[&str], principals: &[&str]) -> String {
    let list = |items: &[&str]| {
        items
            .iter()
            .map(|i| format!("'{i}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "apiVersion: mskctl/v1\nkind: Ownership\nmetadata: {{name: owner}}\nspec:\n  topics: [{}]\n  principals: [{}]\n",
        list(topics),
        list(principals)
    )
}

/// Documents as one multi-document YAML stream.
pub fn docs(documents: &[String]) -> String {
    documents.join("---\n")
}
