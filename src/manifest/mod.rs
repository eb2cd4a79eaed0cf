//! Manifests: Kubernetes-style YAML documents declaring topics, read from
//! files, directories and stdin, and checked offline with a `file:line:col`
//! for every problem.
//!
//! Kinds: `Topic` (one topic), `TopicSet` (many topics sharing defaults),
//! `Acl` (ACL bindings), `Cluster` (an Amazon MSK cluster) and `Ownership`
//! (what `--prune` may delete). The reference is
//! `docs/manifests.md`; the same rules are published as a JSON Schema by
//! [`json_schema`].

mod check;
mod configs;
mod export;
mod schema;
pub(crate) mod yaml;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::kafka::acls::describe_binding;
use crate::msk::plan::DesiredCluster;
use crate::plan::{DesiredAcl, DesiredQuota, DesiredTopic, Ownership};

pub use check::{
    partitions_problem, replication_factor_problem, topic_config_key_problem, topic_config_problem,
    topic_name_problem, API_VERSION, KINDS,
};
pub use configs::TOPIC_CONFIG_KEYS;
pub use export::{export_acls_yaml, export_quotas_yaml, export_yaml};
pub use schema::json_schema;

use check::{AclDecl, Checker, ClusterDecl, Decl, QuotaDecl};

/// Name used for standard input in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// How deep `-f DIR` descends; deeper trees are almost certainly a symlink
/// maze, not manifests.
const MAX_DIR_DEPTH: usize = 32;

/// One problem, located. A line of 0 means the whole file (it could not be
/// found or read).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

impl Diagnostic {
    fn file_level(file: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
}

/// Everything the manifests declare, valid as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManifestSet {
    /// Sorted by name.
    pub topics: Vec<DesiredTopic>,
    /// Sorted by binding, each declared once.
    pub acls: Vec<DesiredAcl>,
    /// How many `kind: Acl` documents there were. ACLs are planned only
    /// when there is at least one, so topic-only manifests never need
    /// permission to read ACLs.
    pub acl_documents: usize,
    /// Client-quota entities, sorted by entity, each declared once.
    pub quotas: Vec<DesiredQuota>,
    /// How many `kind: Quota` documents there were: quotas are read and
    /// planned only when there is one, or when `--prune` may remove the
    /// quotas of owned principals.
    pub quota_documents: usize,
    /// MSK clusters, sorted by name. Their topics, if any, are the ones
    /// above: a manifest set describes one cluster and what is on it.
    pub clusters: Vec<DesiredCluster>,
    /// What the set's `Ownership` documents own, merged; `None` when there
    /// is none, and then nothing may be pruned.
    pub ownership: Option<Ownership>,
    /// Manifest documents read, of every kind. Zero (empty files, empty
    /// stdin, only comments) means the set declares nothing, which must
    /// never be read as "the cluster should be empty".
    pub documents: usize,
    /// Problems that do not stop the set from being applied, located.
    pub warnings: Vec<Diagnostic>,
}

impl ManifestSet {
    /// Why `--prune` must not run with this set, if it must not.
    pub fn prune_refusal(&self) -> Option<String> {
        if self.documents == 0 {
            return Some("no manifests loaded; refusing to prune".into());
        }
        if self.ownership.is_none() {
            return Some(format!(
                "--prune deletes only what the manifests own, and they declare no Ownership; refusing to prune. Declare what this set owns, for example:\n\n{OWNERSHIP_EXAMPLE}"
            ));
        }
        None
    }

    /// Whether any document is about the Kafka side (topics, ACLs, Ownership), so that
    /// planning has to read the Kafka cluster. A set of Cluster documents
    /// alone is planned and applied through the MSK API only, and must not
    /// depend on reaching brokers (which, from outside the VPC, it often
    /// cannot). Kinds added later that live on the Kafka side belong here.
    pub fn needs_kafka(&self) -> bool {
        !self.topics.is_empty()
            || !self.acls.is_empty()
            || self.acl_documents > 0
            || self.quota_documents > 0
            || self.ownership.is_some()
    }
}

/// Shown when `--prune` is refused for want of an Ownership document.
pub const OWNERSHIP_EXAMPLE: &str = "\
apiVersion: mskctl/v1
kind: Ownership
metadata: {name: payments}
spec:
  topics: ['^payments\\.']          # regexes (full match) of topic names this set owns
  principals: ['User:payments-svc'] # ACL bindings of these principals are owned
";

/// Reads, parses and validates manifests from files, directories (recursive,
/// `*.yaml` / `*.yml`, hidden entries skipped, sorted) and `-` for stdin.
/// Duplicates are checked across all of them. On failure every diagnostic is
/// returned, in file order then position order.
pub fn load_paths(paths: &[PathBuf]) -> Result<ManifestSet, Vec<Diagnostic>> {
    load_paths_counted(paths).1
}

/// [`load_paths`], also telling how many files were read (for summaries
/// such as "3 files, 12 topics: valid").
pub fn load_paths_counted(paths: &[PathBuf]) -> (usize, Result<ManifestSet, Vec<Diagnostic>>) {
    let mut loader = Loader::default();
    let inputs = collect_inputs(paths, &mut loader);
    let files = inputs.len();
    for input in inputs {
        match read_input(&input) {
            Ok(bytes) => loader.add_bytes(&bytes, &input.display),
            Err(message) => loader.file_error(&input.display, message),
        }
    }
    (files, loader.finish())
}

/// Validates the text of one file on its own, named `file` in messages.
pub fn load_str(text: &str, file: &str) -> Result<ManifestSet, Vec<Diagnostic>> {
    let mut loader = Loader::default();
    loader.add_text(text, file);
    loader.finish()
}

#[derive(Default)]
struct Loader {
    /// (file order, diagnostic): file order keeps each file's problems
    /// together in the order files were given.
    diags: Vec<(usize, Diagnostic)>,
    decls: Vec<(usize, String, Decl)>,
    acls: Vec<(usize, AclDecl)>,
    clusters: Vec<(usize, ClusterDecl)>,
    quotas: Vec<(usize, QuotaDecl)>,
    quota_documents: usize,
    acl_documents: usize,
    ownership: Option<Ownership>,
    documents: usize,
    files: usize,
}

impl Loader {
    fn file_error(&mut self, file: &str, message: impl Into<String>) {
        let idx = self.files;
        self.files += 1;
        self.diags
            .push((idx, Diagnostic::file_level(file, message)));
    }

    fn add_bytes(&mut self, bytes: &[u8], file: &str) {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.add_text(text, file),
            Err(e) => {
                let (line, column) = line_col(&bytes[..e.valid_up_to()]);
                let idx = self.files;
                self.files += 1;
                self.diags.push((
                    idx,
                    Diagnostic {
                        file: file.to_string(),
                        line,
                        column,
                        message: "not valid UTF-8 (manifests must be UTF-8 text)".into(),
                    },
                ));
            }
        }
    }

    fn add_text(&mut self, text: &str, file: &str) {
        let idx = self.files;
        self.files += 1;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (documents, yaml_errors) = yaml::parse_stream(text);
        let mut checker = Checker::new(file);
        let roots: Vec<yaml::Node> = documents.into_iter().map(|d| d.root).collect();
        checker.documents(&roots);
        for e in yaml_errors {
            checker.err(e.pos, e.message);
        }
        self.diags
            .extend(checker.diags.into_iter().map(|d| (idx, d)));
        self.acl_documents += checker.acl_documents;
        self.quota_documents += checker.quota_documents;
        self.quotas
            .extend(checker.quotas.into_iter().map(|q| (idx, q)));
        self.documents += checker.documents;
        if let Some(o) = checker.ownership {
            self.ownership
                .get_or_insert_with(Ownership::default)
                .merge(o);
        }
        self.acls.extend(checker.acls.into_iter().map(|a| (idx, a)));
        self.clusters
            .extend(checker.clusters.into_iter().map(|c| (idx, c)));
        self.decls.extend(
            checker
                .decls
                .into_iter()
                .map(|d| (idx, file.to_string(), d)),
        );
    }

    fn finish(mut self) -> Result<ManifestSet, Vec<Diagnostic>> {
        self.cross_check();
        if self.diags.is_empty() {
            let mut topics = Vec::with_capacity(self.decls.len());
            for (idx, file, decl) in self.decls {
                match decl.topic {
                    Some(t) => topics.push(t),
                    None => self.diags.push((
                        idx,
                        Diagnostic {
                            file,
                            line: decl.pos.line,
                            column: decl.pos.col,
                            message: format!("topic '{}' is incomplete", decl.name),
                        },
                    )),
                }
            }
            if self.diags.is_empty() {
                topics.sort_by(|a, b| a.name.cmp(&b.name));
                let mut acls: Vec<DesiredAcl> = self.acls.into_iter().map(|(_, a)| a.acl).collect();
                acls.sort_by(|a, b| a.binding.cmp(&b.binding));
                // Every declaration without its cluster was reported, so
                // the diagnostics check above already ruled those out.
                let mut clusters: Vec<DesiredCluster> = self
                    .clusters
                    .into_iter()
                    .filter_map(|(_, c)| c.cluster)
                    .collect();
                clusters.sort_by(|a, b| a.spec.name.cmp(&b.spec.name));
                let warnings = unowned_topic_warnings(&topics, self.ownership.as_ref());
                let mut quotas: Vec<DesiredQuota> =
                    self.quotas.into_iter().map(|(_, q)| q.quota).collect();
                quotas.sort_by(|a, b| a.entity.cmp(&b.entity));
                return Ok(ManifestSet {
                    topics,
                    acls,
                    acl_documents: self.acl_documents,
                    quotas,
                    quota_documents: self.quota_documents,
                    clusters,
                    ownership: self.ownership,
                    documents: self.documents,
                    warnings,
                });
            }
        }
        let mut diags = self.diags;
        diags.sort_by(|(ia, a), (ib, b)| (ia, a.line, a.column).cmp(&(ib, b.line, b.column)));
        // An alias copies its anchor's nodes with their positions, so one
        // mistake can be found twice at the same place.
        let mut seen = HashSet::new();
        diags.retain(|(_, d)| seen.insert(d.clone()));
        Err(diags.into_iter().map(|(_, d)| d).collect())
    }

    /// Topics defined twice, and names Kafka would refuse because they
    /// collide once '.' and '_' are treated alike.
    fn cross_check(&mut self) {
        self.cross_check_acls();
        self.cross_check_clusters();
        self.cross_check_quotas();
        let mut by_name: HashMap<&str, (&str, &Decl)> = HashMap::new();
        let mut by_metric: HashMap<String, (&str, &Decl)> = HashMap::new();
        let mut found = Vec::new();
        for (idx, file, decl) in &self.decls {
            let here = format!("{file}:{}:{}", decl.pos.line, decl.pos.col);
            if let Some((first_file, first)) = by_name.get(decl.name.as_str()) {
                found.push((
                    *idx,
                    Diagnostic {
                        file: file.clone(),
                        line: decl.pos.line,
                        column: decl.pos.col,
                        message: format!(
                            "topic '{}' is defined twice: {first_file}:{}:{} and {here}",
                            decl.name, first.pos.line, first.pos.col
                        ),
                    },
                ));
                continue;
            }
            by_name.insert(&decl.name, (file, decl));
            let metric = decl.name.replace('.', "_");
            if let Some((first_file, first)) = by_metric.get(&metric) {
                found.push((
                    *idx,
                    Diagnostic {
                        file: file.clone(),
                        line: decl.pos.line,
                        column: decl.pos.col,
                        message: format!(
                            "topic '{}' collides with topic '{}' ({first_file}:{}:{}): Kafka refuses names that differ only by '.' and '_'",
                            decl.name, first.name, first.pos.line, first.pos.col
                        ),
                    },
                ));
                continue;
            }
            by_metric.insert(metric, (file, decl));
        }
        self.diags.extend(found);
    }
}

impl Loader {
    /// The same cluster declared twice, anywhere: reported at the second
    /// place, naming the first.
    fn cross_check_clusters(&mut self) {
        let mut first: HashMap<&str, (usize, &ClusterDecl)> = HashMap::new();
        let mut found = Vec::new();
        for (idx, decl) in &self.clusters {
            match first.get(decl.name.as_str()) {
                Some((_, earlier)) => found.push((
                    *idx,
                    Diagnostic {
                        file: decl.file.clone(),
                        line: decl.pos.line,
                        column: decl.pos.col,
                        message: format!(
                            "cluster '{}' is declared twice: {}:{}:{} and {}:{}:{}",
                            decl.name,
                            earlier.file,
                            earlier.pos.line,
                            earlier.pos.col,
                            decl.file,
                            decl.pos.line,
                            decl.pos.col
                        ),
                    },
                )),
                None => {
                    first.insert(&decl.name, (*idx, decl));
                }
            }
        }
        self.diags.extend(found);
    }

    /// The same quota entity declared twice, anywhere: reported at the
    /// second place, naming both.
    fn cross_check_quotas(&mut self) {
        let mut first: HashMap<&crate::kafka::quotas::QuotaEntity, &QuotaDecl> = HashMap::new();
        let mut found = Vec::new();
        for (idx, decl) in &self.quotas {
            let e = &decl.quota.entity;
            match first.get(e) {
                Some(earlier) => found.push((
                    *idx,
                    Diagnostic {
                        file: decl.quota.source.file.clone(),
                        line: decl.pos.line,
                        column: decl.pos.col,
                        message: format!(
                            "the quota of {} is declared twice: {} and {}",
                            e.describe(),
                            earlier.quota.source,
                            decl.quota.source
                        ),
                    },
                )),
                None => {
                    first.insert(e, decl);
                }
            }
        }
        self.diags.extend(found);
    }

    /// The same ACL binding declared twice, anywhere: reported at the
    /// second place, naming both.
    fn cross_check_acls(&mut self) {
        let mut first: HashMap<&crate::kafka::acls::AclBinding, &AclDecl> = HashMap::new();
        let mut found = Vec::new();
        for (idx, decl) in &self.acls {
            let b = &decl.acl.binding;
            match first.get(b) {
                Some(earlier) => found.push((
                    *idx,
                    Diagnostic {
                        file: decl.acl.source.file.clone(),
                        line: decl.pos.line,
                        column: decl.pos.col,
                        message: format!(
                            "ACL binding '{}' is declared twice: {} and {}",
                            describe_binding(b),
                            earlier.acl.source,
                            decl.acl.source
                        ),
                    },
                )),
                None => {
                    first.insert(b, decl);
                }
            }
        }
        self.diags.extend(found);
    }
}

/// A declared topic no Ownership pattern matches is still applied, but
/// `--prune` could never remove it once it leaves the manifests: most
/// likely a pattern that is too narrow, so it is pointed out.
fn unowned_topic_warnings(topics: &[DesiredTopic], owned: Option<&Ownership>) -> Vec<Diagnostic> {
    let Some(owned) = owned else {
        return Vec::new();
    };
    topics
        .iter()
        .filter(|t| !owned.owns_topic(&t.name))
        .map(|t| Diagnostic {
            file: t.source.file.clone(),
            line: t.source.line,
            column: t.source.column,
            message: format!(
                "warning: topic '{}' matches no Ownership topic pattern: it is applied but never pruned",
                t.name
            ),
        })
        .collect()
}

/// 1-based line and column just after `prefix`.
fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|b| **b == b'\n').count() + 1;
    let last_line = match prefix.iter().rposition(|b| *b == b'\n') {
        Some(i) => &prefix[i + 1..],
        None => prefix,
    };
    let col = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, col)
}

struct Input {
    display: String,
    /// None for stdin.
    path: Option<PathBuf>,
}

fn collect_inputs(paths: &[PathBuf], loader: &mut Loader) -> Vec<Input> {
    let mut inputs = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut stdin_taken = false;
    let mut add_file = |path: PathBuf, inputs: &mut Vec<Input>| {
        // The same file reached twice (`-f dir -f dir/a.yaml`) is read once,
        // or every topic in it would be reported as a duplicate of itself.
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(key) {
            inputs.push(Input {
                display: path.display().to_string(),
                path: Some(path),
            });
        }
    };
    for p in paths {
        if p.as_os_str() == "-" {
            if !stdin_taken {
                stdin_taken = true;
                inputs.push(Input {
                    display: STDIN_NAME.to_string(),
                    path: None,
                });
            }
            continue;
        }
        let shown = p.display().to_string();
        match std::fs::metadata(p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                loader.file_error(&shown, "no such file or directory");
            }
            Err(e) => loader.file_error(&shown, format!("cannot read: {e}")),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut visited = HashSet::new();
                walk(p, 0, &mut found, &mut visited, loader);
                if found.is_empty() {
                    loader.file_error(&shown, "directory has no manifests (*.yaml or *.yml files)");
                }
                for f in found {
                    add_file(f, &mut inputs);
                }
            }
            Ok(_) => add_file(p.clone(), &mut inputs),
        }
    }
    inputs
}

fn is_manifest_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

fn walk(
    dir: &Path,
    depth: usize,
    out: &mut Vec<PathBuf>,
    visited: &mut HashSet<PathBuf>,
    loader: &mut Loader,
) {
    let shown = dir.display().to_string();
    if depth > MAX_DIR_DEPTH {
        loader.file_error(
            &shown,
            format!("directories nested deeper than {MAX_DIR_DEPTH} levels are not read"),
        );
        return;
    }
    // A symlink back up the tree would otherwise be walked forever.
    if let Ok(real) = std::fs::canonicalize(dir) {
        if !visited.insert(real) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            loader.file_error(&shown, format!("cannot read directory: {e}"));
            return;
        }
    };
    let mut names: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => names.push((e.file_name().to_string_lossy().into_owned(), e.path())),
            Err(e) => loader.file_error(&shown, format!("cannot read directory: {e}")),
        }
    }
    names.sort();
    for (name, path) in names {
        // Hidden entries are editor swap files, .git and the like.
        if name.starts_with('.') {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, depth + 1, out, visited, loader),
            Ok(m) if m.is_file() && is_manifest_name(&name) => out.push(path),
            Ok(_) => {}
            Err(e) => {
                if is_manifest_name(&name) {
                    loader.file_error(&path.display().to_string(), format!("cannot read: {e}"));
                }
            }
        }
    }
}

fn read_input(input: &Input) -> Result<Vec<u8>, String> {
    match &input.path {
        None => crate::input::read_stdin().map_err(|e| format!("cannot read standard input: {e}")),
        Some(p) => crate::input::read_file(p).map_err(|e| format!("cannot read: {e}")),
    }
}

#[cfg(test)]
mod tests;
