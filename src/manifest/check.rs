//! Turns parsed documents into desired topics, walking the positioned tree
//! by hand (not through serde) so every problem points at the exact key or
//! value, and so one run reports every problem rather than the first.
//!
//! Long (about 1,040 lines of code): the Topic/TopicSet checks and the
//! shared walking helpers (`Fields`, positions, did-you-mean) every other
//! kind's checker under `check/` builds on; the other kinds already live in
//! their own files.

use std::collections::BTreeMap;

use crate::plan::{DesiredTopic, SourceRef};
use crate::units::{parse_retention_bytes, parse_retention_time};

use super::configs::{check_value, shorten, spec as config_spec, ValueType, TOPIC_CONFIG_KEYS};
use super::yaml::{int_decimal, Node, Pos, ScalarKind, Value};
use super::Diagnostic;

mod acl;
mod cluster;
mod ownership;
mod quota;
pub use acl::{
    operation_words, resource_type_words, AclDecl, ACL_BINDING_FIELDS, ACL_RESOURCE_FIELDS,
    ACL_SPEC_FIELDS, PATTERN_WORDS, PERMISSION_WORDS,
};
pub use ownership::OWNERSHIP_SPEC_FIELDS;
pub use quota::{
    QuotaDecl, QUOTA_ENTITY_FIELDS, QUOTA_ENTRY_FIELDS, QUOTA_SPEC_FIELDS, QUOTA_VALUE_FIELDS,
};

pub use cluster::{
    ClusterDecl, CLIENT_AUTH_FIELDS, CLUSTER_SPEC_FIELDS, CONFIGURATION_FIELDS, ENCRYPTION_FIELDS,
    IN_TRANSIT_WORDS, MAX_BROKERS, MAX_CLUSTER_NAME_LEN, MONITORING_FIELDS,
};

pub const API_VERSION: &str = "mskctl/v1";
pub const KINDS: &[&str] = &["Topic", "TopicSet", "Acl", "Cluster", "Ownership", "Quota"];
/// Kinds the manifest model has room for but this version does not handle.
pub const PLANNED_KINDS: &[&str] = &[];

pub const DOC_FIELDS: &[&str] = &["apiVersion", "kind", "metadata", "spec"];
pub const METADATA_FIELDS: &[&str] = &["name", "labels"];
pub const TOPIC_SPEC_FIELDS: &[&str] = &[
    "partitions",
    "replicationFactor",
    "configs",
    "retention",
    "retentionBytes",
];
pub const SET_SPEC_FIELDS: &[&str] = &["defaults", "topics"];
pub const SET_DEFAULTS_FIELDS: &[&str] = &[
    "partitions",
    "replicationFactor",
    "retention",
    "retentionBytes",
    "configs",
    "labels",
];
pub const SET_TOPIC_FIELDS: &[&str] = &[
    "name",
    "partitions",
    "replicationFactor",
    "retention",
    "retentionBytes",
    "configs",
    "labels",
];

/// Kafka-ish bounds: a topic with more partitions than this is a typo, not
/// a plan.
pub const MAX_PARTITIONS: i64 = 1_000_000;
pub const MAX_REPLICATION_FACTOR: i64 = i16::MAX as i64;
pub const MAX_TOPIC_NAME_LEN: usize = 249;

/// Topics Kafka creates and manages itself.
const INTERNAL_TOPICS: &[&str] = &[
    "__consumer_offsets",
    "__transaction_state",
    "__cluster_metadata",
    "__share_group_state",
];

/// One topic declaration, kept even when the rest of it is invalid so that
/// duplicates are still found.
#[derive(Debug, Clone)]
pub struct Decl {
    pub name: String,
    pub pos: Pos,
    pub topic: Option<DesiredTopic>,
}

/// Why a topic name is not acceptable to Kafka, if it is not.
pub fn topic_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("topic name is empty".into());
    }
    if name == "." || name == ".." {
        return Some(format!("topic name cannot be '{name}'"));
    }
    let len = name.chars().count();
    if len > MAX_TOPIC_NAME_LEN {
        return Some(format!(
            "topic name is {len} characters long; Kafka allows at most {MAX_TOPIC_NAME_LEN}"
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Some(format!(
            "topic name '{name}' contains {c:?}; Kafka allows only letters, digits, '.', '_' and '-'"
        ));
    }
    if INTERNAL_TOPICS.contains(&name) {
        return Some(format!(
            "'{name}' is an internal topic managed by Kafka itself"
        ));
    }
    None
}

// The same checks for values typed on the command line (`topic create`,
// `topic alter`, `topic config set|delete`), so a command sends nothing a
// manifest would be rejected for.

/// Why `key` is not a topic config `validate` accepts, with a suggestion.
pub fn topic_config_key_problem(key: &str) -> Option<String> {
    config_spec(key)
        .is_none()
        .then(|| unknown_config(key, true))
}

/// Why `key=value` is not a valid topic config, if it is not.
pub fn topic_config_problem(key: &str, value: &str) -> Option<String> {
    let Some(spec) = config_spec(key) else {
        return Some(unknown_config(key, true));
    };
    check_value(spec.ty, value)
        .err()
        .map(|msg| format!("config '{key}' {msg}"))
}

/// Why a partition count is out of bounds, if it is.
pub fn partitions_problem(n: i64) -> Option<String> {
    (!(1..=MAX_PARTITIONS).contains(&n))
        .then(|| format!("partitions must be between 1 and {MAX_PARTITIONS}, got {n}"))
}

/// Why a replication factor is out of bounds, if it is.
pub fn replication_factor_problem(n: i64) -> Option<String> {
    (!(1..=MAX_REPLICATION_FACTOR).contains(&n)).then(|| {
        format!("replication factor must be between 1 and {MAX_REPLICATION_FACTOR}, got {n}")
    })
}

/// The closest candidate to a mistyped word, if one is close enough to be a
/// plausible typo.
pub fn did_you_mean<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if input.is_empty() || input.len() > 128 {
        return None;
    }
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    // retention_ms, retentionMs, Retention.MS: same word, other spelling.
    let squashed = squash(input);
    if let Some(c) = candidates.iter().find(|c| squash(c) == squashed) {
        return Some(c);
    }
    let limit = (input.chars().count() / 4).clamp(1, 3);
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(input, c), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn unknown_field(name: &str, place: &str, allowed: &[&str], suggest: bool) -> String {
    let name_shown = shorten(name);
    match suggest.then(|| did_you_mean(name, allowed)).flatten() {
        Some(s) => format!("unknown field '{name_shown}' {place} (did you mean '{s}'?)"),
        None => format!(
            "unknown field '{name_shown}' {place} (expected {})",
            allowed.join(", ")
        ),
    }
}

/// Known keys of one mapping, in the order written.
struct Fields<'n> {
    /// Where the mapping is owned from: the key naming it, for "missing
    /// field" messages.
    owner: Pos,
    entries: Vec<(&'n str, &'n Node, &'n Node)>,
}

impl<'n> Fields<'n> {
    fn get(&self, name: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, _, v)| *v)
    }

    fn key_pos(&self, name: &str) -> Option<Pos> {
        self.entries
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, k, _)| k.pos)
    }
}

/// A setting that may be absent, present but invalid (already reported), or
/// valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Given<T> {
    Absent,
    Invalid,
    Valid(T),
}

impl<T: Copy> Given<T> {
    fn or(self, fallback: Given<T>) -> Given<T> {
        match self {
            Given::Absent => fallback,
            other => other,
        }
    }
}

/// One explicit config with where its key and value were written.
#[derive(Debug, Clone)]
struct ConfigEntry {
    value: String,
    key_pos: Pos,
    value_pos: Pos,
}

type ConfigLevel = BTreeMap<String, ConfigEntry>;

/// What a TopicSet's `spec.defaults` contributes to each of its topics.
struct Defaults {
    partitions: Given<i32>,
    replication_factor: Given<i16>,
    configs: ConfigLevel,
    labels: BTreeMap<String, String>,
}

pub struct Checker<'a> {
    file: &'a str,
    pub diags: Vec<Diagnostic>,
    pub decls: Vec<Decl>,
    pub acls: Vec<AclDecl>,
    pub clusters: Vec<ClusterDecl>,
    pub quotas: Vec<QuotaDecl>,
    /// `kind: Quota` documents seen.
    pub quota_documents: usize,
    /// `kind: Acl` documents seen, even empty ones: their presence is what
    /// makes plan read and manage ACLs.
    pub acl_documents: usize,
    /// What the file's `Ownership` documents own, merged; `None` without any.
    pub ownership: Option<crate::plan::Ownership>,
    /// Documents that are manifests (mappings), of any kind.
    pub documents: usize,
    /// Did-you-mean costs an edit distance per candidate; a file of
    /// thousands of unknown keys gets suggestions for the first ones only.
    suggestions_left: usize,
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a str) -> Self {
        Checker {
            file,
            diags: Vec::new(),
            decls: Vec::new(),
            acls: Vec::new(),
            clusters: Vec::new(),
            quotas: Vec::new(),
            quota_documents: 0,
            acl_documents: 0,
            ownership: None,
            documents: 0,
            suggestions_left: 1000,
        }
    }

    fn may_suggest(&mut self) -> bool {
        if self.suggestions_left == 0 {
            return false;
        }
        self.suggestions_left -= 1;
        true
    }

    pub fn err(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.push(Diagnostic {
            file: self.file.to_string(),
            line: pos.line,
            column: pos.col,
            message: message.into(),
        });
    }

    fn fields<'n>(
        &mut self,
        node: &'n Node,
        owner: Pos,
        what: &str,
        place: &str,
        allowed: &[&str],
    ) -> Option<Fields<'n>> {
        let Some(map) = node.as_map() else {
            self.err(
                node.pos,
                format!("{what} must be a mapping, not {}", node.type_name()),
            );
            return None;
        };
        let mut entries = Vec::with_capacity(map.len());
        for (k, v) in map {
            match k.scalar_text() {
                Some(name) if allowed.contains(&name) => entries.push((name, k, v)),
                Some(name) => {
                    let suggest = self.may_suggest();
                    self.err(k.pos, unknown_field(name, place, allowed, suggest));
                }
                None => self.err(k.pos, format!("keys {place} must be strings")),
            }
        }
        Some(Fields { owner, entries })
    }

    /// Checks every document of one file.
    pub fn documents(&mut self, roots: &[Node]) {
        for root in roots {
            self.document(root);
        }
    }

    fn document(&mut self, root: &Node) {
        if root.as_map().is_none() {
            self.err(
                root.pos,
                format!(
                    "a manifest must be a mapping with apiVersion, kind, metadata and spec, not {}",
                    root.type_name()
                ),
            );
            return;
        }
        self.documents += 1;
        let Some(doc) = self.fields(root, root.pos, "a manifest", "at the top level", DOC_FIELDS)
        else {
            return;
        };
        match doc.get("apiVersion") {
            None => self.err(
                root.pos,
                format!("missing field 'apiVersion' (expected '{API_VERSION}')"),
            ),
            Some(v) => match v.scalar_text() {
                Some(API_VERSION) => {}
                Some(other) => self.err(
                    v.pos,
                    format!(
                        "unsupported apiVersion '{}' (expected '{API_VERSION}')",
                        shorten(other)
                    ),
                ),
                None => self.err(
                    v.pos,
                    format!("apiVersion must be '{API_VERSION}', not {}", v.type_name()),
                ),
            },
        }
        let kind = match doc.get("kind") {
            None => {
                self.err(
                    root.pos,
                    format!("missing field 'kind' (one of {})", KINDS.join(", ")),
                );
                return;
            }
            Some(v) => match v.as_str() {
                Some(k) if KINDS.contains(&k) => k,
                Some(k) if PLANNED_KINDS.contains(&k) => {
                    self.err(
                        v.pos,
                        format!(
                            "kind '{k}' is not supported yet (known kinds: {})",
                            KINDS.join(", ")
                        ),
                    );
                    return;
                }
                Some(k) => {
                    let hint = did_you_mean(k, KINDS)
                        .map(|s| format!(" (did you mean '{s}'?)"))
                        .unwrap_or_default();
                    self.err(
                        v.pos,
                        format!(
                            "unknown kind '{}'{hint}; known kinds: {}",
                            shorten(k),
                            KINDS.join(", ")
                        ),
                    );
                    return;
                }
                None => {
                    self.err(
                        v.pos,
                        format!(
                            "kind must be a string (one of {}), not {}",
                            KINDS.join(", "),
                            v.type_name()
                        ),
                    );
                    return;
                }
            },
        };
        let metadata = match doc.get("metadata") {
            Some(m) => self.fields(
                m,
                doc.key_pos("metadata").unwrap_or(m.pos),
                "metadata",
                "in metadata",
                METADATA_FIELDS,
            ),
            None => {
                self.err(root.pos, "missing field 'metadata'");
                None
            }
        };
        let spec = doc.get("spec");
        if spec.is_none() {
            self.err(root.pos, "missing field 'spec'");
        }
        let spec_owner = doc.key_pos("spec").unwrap_or(root.pos);
        match kind {
            "Topic" => self.topic(metadata.as_ref(), spec, spec_owner),
            "Acl" => self.acl(metadata.as_ref(), spec, spec_owner),
            "Cluster" => self.cluster(metadata.as_ref(), spec, spec_owner),
            "Ownership" => self.ownership(metadata.as_ref(), spec, spec_owner),
            "Quota" => self.quota(metadata.as_ref(), spec, spec_owner),
            _ => self.topic_set(metadata.as_ref(), spec, spec_owner),
        }
    }

    // ------------------------------------------------------------ Topic

    fn topic(&mut self, metadata: Option<&Fields<'_>>, spec: Option<&Node>, spec_owner: Pos) {
        let name = metadata.and_then(|m| self.topic_name_field(m, "metadata"));
        let labels = metadata
            .and_then(|m| m.get("labels"))
            .map(|l| self.labels(l, "metadata.labels"))
            .unwrap_or_default();
        let spec =
            spec.and_then(|s| self.fields(s, spec_owner, "spec", "in spec", TOPIC_SPEC_FIELDS));
        let (mut partitions, mut rf, mut configs) =
            (Given::Absent, Given::Absent, ConfigLevel::new());
        if let Some(spec) = &spec {
            partitions = self.partitions(spec.get("partitions"));
            rf = self.replication_factor(spec.get("replicationFactor"));
            configs = self.config_level(spec, "spec");
            if partitions == Given::Absent {
                self.err(spec.owner, "missing field 'partitions' in spec");
            }
            if rf == Given::Absent {
                self.err(spec.owner, "missing field 'replicationFactor' in spec");
            }
        }
        let Some((name, pos)) = name else { return };
        self.finish_topic(name, pos, partitions, rf, configs, labels);
    }

    /// `metadata.name` (Topic) or a set entry's `name`, as a valid topic
    /// name.
    fn topic_name_field(&mut self, fields: &Fields<'_>, place: &str) -> Option<(String, Pos)> {
        let Some(v) = fields.get("name") else {
            self.err(fields.owner, format!("missing field 'name' in {place}"));
            return None;
        };
        self.topic_name(v, place)
    }

    fn topic_name(&mut self, v: &Node, place: &str) -> Option<(String, Pos)> {
        let Some(name) = v.scalar_text() else {
            self.err(
                v.pos,
                format!("{place}.name must be a topic name, not {}", v.type_name()),
            );
            return None;
        };
        if let Some(problem) = topic_name_problem(name) {
            self.err(v.pos, problem);
        }
        Some((name.to_string(), v.pos))
    }

    fn finish_topic(
        &mut self,
        name: String,
        pos: Pos,
        partitions: Given<i32>,
        rf: Given<i16>,
        configs: ConfigLevel,
        labels: BTreeMap<String, String>,
    ) {
        if let Given::Valid(rf) = rf {
            self.check_min_insync(&name, &configs, rf);
        }
        let topic = match (partitions, rf) {
            (Given::Valid(p), Given::Valid(r)) => Some(DesiredTopic {
                name: name.clone(),
                partitions: p,
                replication_factor: r,
                configs: configs.into_iter().map(|(k, e)| (k, e.value)).collect(),
                labels,
                source: SourceRef {
                    file: self.file.to_string(),
                    line: pos.line,
                    column: pos.col,
                },
            }),
            _ => None,
        };
        self.decls.push(Decl { name, pos, topic });
    }

    fn check_min_insync(&mut self, name: &str, configs: &ConfigLevel, rf: i16) {
        let Some(e) = configs.get("min.insync.replicas") else {
            return;
        };
        if let Ok(min) = e.value.trim().parse::<i64>() {
            if min > i64::from(rf) {
                self.err(
                    e.value_pos,
                    format!(
                        "min.insync.replicas ({min}) is greater than the replication factor ({rf}) of topic '{name}': acks=all writes would always fail"
                    ),
                );
            }
        }
    }

    // ------------------------------------------------------------ TopicSet

    fn topic_set(&mut self, metadata: Option<&Fields<'_>>, spec: Option<&Node>, spec_owner: Pos) {
        let mut set_labels = BTreeMap::new();
        if let Some(m) = metadata {
            match m.get("name") {
                None => self.err(m.owner, "missing field 'name' in metadata"),
                Some(v) => {
                    if v.scalar_text().is_none_or(str::is_empty) {
                        self.err(
                            v.pos,
                            format!(
                                "metadata.name must be a non-empty string, not {}",
                                v.type_name()
                            ),
                        );
                    }
                }
            }
            if let Some(l) = m.get("labels") {
                set_labels = self.labels(l, "metadata.labels");
            }
        }
        let Some(spec) =
            spec.and_then(|s| self.fields(s, spec_owner, "spec", "in spec", SET_SPEC_FIELDS))
        else {
            return;
        };
        let defaults = match spec.get("defaults") {
            Some(d) => {
                let owner = spec.key_pos("defaults").unwrap_or(d.pos);
                match self.fields(
                    d,
                    owner,
                    "spec.defaults",
                    "in spec.defaults",
                    SET_DEFAULTS_FIELDS,
                ) {
                    Some(f) => {
                        let partitions = self.partitions(f.get("partitions"));
                        let replication_factor =
                            self.replication_factor(f.get("replicationFactor"));
                        let configs = self.config_level(&f, "spec.defaults");
                        let labels = f
                            .get("labels")
                            .map(|l| self.labels(l, "spec.defaults.labels"))
                            .unwrap_or_default();
                        Defaults {
                            partitions,
                            replication_factor,
                            configs,
                            labels,
                        }
                    }
                    None => Defaults {
                        partitions: Given::Invalid,
                        replication_factor: Given::Invalid,
                        configs: ConfigLevel::new(),
                        labels: BTreeMap::new(),
                    },
                }
            }
            None => Defaults {
                partitions: Given::Absent,
                replication_factor: Given::Absent,
                configs: ConfigLevel::new(),
                labels: BTreeMap::new(),
            },
        };
        let Some(topics) = spec.get("topics") else {
            self.err(spec.owner, "missing field 'topics' in spec");
            return;
        };
        let Some(items) = topics.as_seq() else {
            self.err(
                topics.pos,
                format!("spec.topics must be a list, not {}", topics.type_name()),
            );
            return;
        };
        if items.is_empty() {
            self.err(topics.pos, "spec.topics is empty");
        }
        for (i, item) in items.iter().enumerate() {
            self.set_topic(i, item, &defaults, &set_labels);
        }
    }

    fn set_topic(
        &mut self,
        i: usize,
        item: &Node,
        defaults: &Defaults,
        set_labels: &BTreeMap<String, String>,
    ) {
        let place = format!("spec.topics[{i}]");
        let mut labels = set_labels.clone();
        labels.extend(defaults.labels.clone());
        // A bare name takes everything from the defaults.
        if let Value::Scalar { .. } = item.value {
            if item.is_null() {
                self.err(item.pos, format!("{place} is empty"));
                return;
            }
            let Some((name, pos)) = self.topic_name(item, &place) else {
                return;
            };
            self.require_defaults(&name, pos, defaults.partitions, defaults.replication_factor);
            self.finish_topic(
                name,
                pos,
                defaults.partitions,
                defaults.replication_factor,
                defaults.configs.clone(),
                labels,
            );
            return;
        }
        let Some(f) = self.fields(
            item,
            item.pos,
            &place,
            &format!("in {place}"),
            SET_TOPIC_FIELDS,
        ) else {
            return;
        };
        let name = self.topic_name_field(&f, &place);
        let partitions = self.partitions(f.get("partitions")).or(defaults.partitions);
        let rf = self
            .replication_factor(f.get("replicationFactor"))
            .or(defaults.replication_factor);
        let own = self.config_level(&f, &place);
        if let Some(l) = f.get("labels") {
            labels.extend(self.labels(l, &format!("{place}.labels")));
        }
        let Some((name, pos)) = name else { return };
        self.require_defaults(&name, pos, partitions, rf);
        let mut configs = defaults.configs.clone();
        configs.extend(own);
        self.finish_topic(name, pos, partitions, rf, configs, labels);
    }

    fn require_defaults(&mut self, name: &str, pos: Pos, partitions: Given<i32>, rf: Given<i16>) {
        if partitions == Given::Absent {
            self.err(
                pos,
                format!(
                    "topic '{name}' has no partitions: set 'partitions' on it or in spec.defaults"
                ),
            );
        }
        if rf == Given::Absent {
            self.err(
                pos,
                format!("topic '{name}' has no replicationFactor: set 'replicationFactor' on it or in spec.defaults"),
            );
        }
    }

    // ------------------------------------------------------------ values

    fn integer(&mut self, v: &Node, field: &str, min: i64, max: i64) -> Option<i64> {
        let Value::Scalar { text, kind, .. } = &v.value else {
            self.err(
                v.pos,
                format!("{field} must be an integer, not {}", v.type_name()),
            );
            return None;
        };
        match kind {
            ScalarKind::Int => {
                let decimal = int_decimal(text);
                match decimal.parse::<i64>() {
                    Ok(n) if (min..=max).contains(&n) => Some(n),
                    _ => {
                        self.err(
                            v.pos,
                            format!(
                                "{field} must be between {min} and {max}, got {}",
                                shorten(text)
                            ),
                        );
                        None
                    }
                }
            }
            ScalarKind::Str if text.trim().parse::<i64>().is_ok() => {
                self.err(
                    v.pos,
                    format!("{field} must be an integer, not a string (remove the quotes around {text:?})"),
                );
                None
            }
            _ => {
                self.err(
                    v.pos,
                    format!("{field} must be an integer, not {}", v.type_name()),
                );
                None
            }
        }
    }

    fn partitions(&mut self, v: Option<&Node>) -> Given<i32> {
        let Some(v) = v else { return Given::Absent };
        match self.integer(v, "partitions", 1, MAX_PARTITIONS) {
            Some(n) => i32::try_from(n).map_or(Given::Invalid, Given::Valid),
            None => Given::Invalid,
        }
    }

    fn replication_factor(&mut self, v: Option<&Node>) -> Given<i16> {
        let Some(v) = v else { return Given::Absent };
        match self.integer(v, "replicationFactor", 1, MAX_REPLICATION_FACTOR) {
            Some(n) => i16::try_from(n).map_or(Given::Invalid, Given::Valid),
            None => Given::Invalid,
        }
    }

    /// `metadata` of a document whose name is a label for people (Acl,
    /// Ownership): required, non-empty; labels checked.
    fn document_name(&mut self, m: &Fields<'_>) {
        match m.get("name") {
            None => self.err(m.owner, "missing field 'name' in metadata"),
            Some(v) if v.scalar_text().is_none_or(str::is_empty) => self.err(
                v.pos,
                "metadata.name must be a non-empty string (a label for this document)",
            ),
            Some(_) => {}
        }
        if let Some(l) = m.get("labels") {
            self.labels(l, "metadata.labels");
        }
    }

    fn labels(&mut self, v: &Node, place: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let Some(map) = v.as_map() else {
            if !v.is_null() {
                self.err(
                    v.pos,
                    format!(
                        "{place} must be a mapping of strings, not {}",
                        v.type_name()
                    ),
                );
            }
            return out;
        };
        for (k, val) in map {
            let key = match k.scalar_text() {
                Some(t) if !t.is_empty() => t,
                _ => {
                    self.err(k.pos, format!("keys in {place} must be non-empty strings"));
                    continue;
                }
            };
            match val.scalar_text() {
                Some(t) => {
                    out.insert(key.to_string(), t.to_string());
                }
                None => self.err(
                    val.pos,
                    format!("label '{key}' must be a string, not {}", val.type_name()),
                ),
            }
        }
        out
    }

    /// `configs` plus the human-unit sugar of one level (a Topic's spec, a
    /// set's defaults or one set entry).
    fn config_level(&mut self, fields: &Fields<'_>, place: &str) -> ConfigLevel {
        let mut level = ConfigLevel::new();
        if let Some(configs) = fields.get("configs") {
            match configs.as_map() {
                None if configs.is_null() => {}
                None => self.err(
                    configs.pos,
                    format!(
                        "{place}.configs must be a mapping of Kafka topic configs, not {}",
                        configs.type_name()
                    ),
                ),
                Some(entries) => {
                    for (k, v) in entries {
                        let key = match k.scalar_text() {
                            Some(key) => key,
                            None => {
                                self.err(k.pos, format!("keys in {place}.configs must be strings"));
                                continue;
                            }
                        };
                        let Some(spec) = config_spec(key) else {
                            let suggest = self.may_suggest();
                            self.err(k.pos, unknown_config(key, suggest));
                            continue;
                        };
                        let Some(value) = self.config_value(key, spec.ty, v) else {
                            continue;
                        };
                        if let Err(msg) = check_value(spec.ty, &value) {
                            self.err(
                                v.pos,
                                format!("config '{key}' {msg}{}", unit_hint(key, &value)),
                            );
                            continue;
                        }
                        level.insert(
                            key.to_string(),
                            ConfigEntry {
                                value,
                                key_pos: k.pos,
                                value_pos: v.pos,
                            },
                        );
                    }
                }
            }
        }
        self.sugar(
            fields,
            &mut level,
            "retention",
            "retention.ms",
            parse_retention_time,
        );
        self.sugar(
            fields,
            &mut level,
            "retentionBytes",
            "retention.bytes",
            parse_retention_bytes,
        );
        level
    }

    fn sugar(
        &mut self,
        fields: &Fields<'_>,
        level: &mut ConfigLevel,
        field: &str,
        key: &str,
        parse: impl Fn(&str) -> Result<i64, String>,
    ) {
        let Some(v) = fields.get(field) else { return };
        let key_pos = fields.key_pos(field).unwrap_or(v.pos);
        let text = match &v.value {
            Value::Scalar {
                text,
                kind: ScalarKind::Int,
                ..
            } => int_decimal(text),
            Value::Scalar {
                text,
                kind: ScalarKind::Str,
                ..
            } => text.clone(),
            _ => {
                self.err(
                    v.pos,
                    format!(
                        "{field} must be {}, not {}",
                        if field == "retention" {
                            "a duration such as 7d, 36h or infinite"
                        } else {
                            "a size such as 50GiB, 512MB or infinite"
                        },
                        v.type_name()
                    ),
                );
                return;
            }
        };
        let ms = match parse(&text) {
            Ok(n) => n,
            Err(e) => {
                // The parser's message quotes the input; a very long one is
                // quoted shortened instead.
                let e = if text.chars().count() > 80 {
                    format!("invalid value '{}'", shorten(&text))
                } else {
                    e
                };
                self.err(v.pos, format!("{field}: {e}"));
                return;
            }
        };
        if let Some(raw) = level.get(key) {
            self.err(
                key_pos,
                format!(
                    "'{field}' and configs key '{key}' (at {}:{}) both set {key}; keep one of them",
                    raw.key_pos.line, raw.key_pos.col
                ),
            );
            return;
        }
        level.insert(
            key.to_string(),
            ConfigEntry {
                value: ms.to_string(),
                key_pos,
                value_pos: v.pos,
            },
        );
    }

    /// A config value in Kafka's string form: numbers as written in decimal,
    /// booleans as true/false, lists joined with commas.
    fn config_value(&mut self, key: &str, ty: ValueType, v: &Node) -> Option<String> {
        match &v.value {
            Value::Scalar { kind, text, .. } => match kind {
                ScalarKind::Null => {
                    self.err(
                        v.pos,
                        format!("config '{key}' has no value (write \"\" for an empty value, or remove the key)"),
                    );
                    None
                }
                _ => Some(scalar_config_text(*kind, text)),
            },
            Value::Seq(items) if ty.is_list() => {
                let mut parts = Vec::with_capacity(items.len());
                for item in items {
                    match &item.value {
                        Value::Scalar { kind, text, .. } if *kind != ScalarKind::Null => {
                            parts.push(scalar_config_text(*kind, text));
                        }
                        _ => {
                            self.err(
                                item.pos,
                                format!(
                                    "items of config '{key}' must be strings, not {}",
                                    item.type_name()
                                ),
                            );
                            return None;
                        }
                    }
                }
                Some(parts.join(","))
            }
            _ => {
                self.err(
                    v.pos,
                    format!(
                        "config '{key}' must be a string, number or boolean, not {}",
                        v.type_name()
                    ),
                );
                None
            }
        }
    }
}

/// Kafka's string form of a non-null scalar.
pub fn scalar_config_text(kind: ScalarKind, text: &str) -> String {
    match kind {
        ScalarKind::Int => int_decimal(text),
        ScalarKind::Bool(b) => b.to_string(),
        _ => text.to_string(),
    }
}

fn unknown_config(key: &str, suggest: bool) -> String {
    // Broker settings carry a `log.` prefix the topic config does not have.
    if let Some(short) = key.strip_prefix("log.") {
        if TOPIC_CONFIG_KEYS.contains(&short) {
            return format!("'{key}' is a broker setting; the topic config is '{short}'");
        }
    }
    let shown = shorten(key);
    match suggest
        .then(|| did_you_mean(key, TOPIC_CONFIG_KEYS))
        .flatten()
    {
        Some(s) => format!("unknown topic config '{shown}' (did you mean '{s}'?)"),
        None => format!("unknown topic config '{shown}'"),
    }
}

fn unit_hint(key: &str, value: &str) -> String {
    match key {
        "retention.ms" if parse_retention_time(value).is_ok() => {
            format!(
                " (for units, write 'retention: {}' in spec instead)",
                value.trim()
            )
        }
        "retention.bytes" if parse_retention_bytes(value).is_ok() => {
            format!(
                " (for units, write 'retentionBytes: {}' in spec instead)",
                value.trim()
            )
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_names() {
        assert!(topic_name_problem("orders.created_v2-x").is_none());
        assert!(topic_name_problem("").is_some());
        assert!(topic_name_problem(".").is_some());
        assert!(topic_name_problem("..").is_some());
        assert!(topic_name_problem("...").is_none());
        assert!(topic_name_problem(&"a".repeat(249)).is_none());
        assert!(topic_name_problem(&"a".repeat(250)).is_some());
        assert!(topic_name_problem("a b").unwrap().contains("' '"));
        assert!(topic_name_problem("ordérs").is_some());
        assert!(topic_name_problem("__consumer_offsets").is_some());
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("replicationFactr", TOPIC_SPEC_FIELDS),
            Some("replicationFactor")
        );
        assert_eq!(
            did_you_mean("partition", TOPIC_SPEC_FIELDS),
            Some("partitions")
        );
        assert_eq!(
            did_you_mean("replication_factor", TOPIC_SPEC_FIELDS),
            Some("replicationFactor")
        );
        assert_eq!(
            did_you_mean("retention.mss", TOPIC_CONFIG_KEYS),
            Some("retention.ms")
        );
        assert_eq!(did_you_mean("zzz", TOPIC_SPEC_FIELDS), None);
        assert_eq!(did_you_mean("", TOPIC_SPEC_FIELDS), None);
        assert!(unknown_config("log.retention.ms", true).contains("broker setting"));
        assert_eq!(
            unknown_config(&"x".repeat(1000), true),
            format!("unknown topic config '{}...'", "x".repeat(80))
        );
    }

    #[test]
    fn config_text() {
        assert_eq!(
            scalar_config_text(ScalarKind::Int, "+0604800000"),
            "604800000"
        );
        assert_eq!(scalar_config_text(ScalarKind::Float, "0.50"), "0.50");
        assert_eq!(scalar_config_text(ScalarKind::Bool(true), "True"), "true");
    }
}
