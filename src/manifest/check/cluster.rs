//! `kind: Cluster`: one Amazon MSK provisioned cluster, checked offline
//! against the rules MSK would otherwise reject it for minutes later.

use crate::msk::model::{
    ClientAuth, ClientBrokerEncryption, ClusterSpec, ConfigurationRef, Encryption, Monitoring,
    ServerlessSpec, Throughput,
};
use crate::msk::plan::DesiredCluster;
use crate::msk::rules::{
    is_express, scram_secret_arn_problems, security_problem, subnet_count_problem,
    ENHANCED_MONITORING_LEVELS, MAX_STORAGE_GIB, MIN_STORAGE_GIB,
};
use crate::plan::SourceRef;
use crate::units::parse_size;

use super::super::yaml::{int_decimal, Node, Pos, ScalarKind, Value};
use super::{did_you_mean, shorten, Checker, Fields};

pub const CLUSTER_SPEC_FIELDS: &[&str] = &[
    "kafkaVersion",
    "brokers",
    "instanceType",
    "storage",
    "subnets",
    "securityGroups",
    "clientAuth",
    "encryption",
    "configuration",
    "monitoring",
    "tags",
    "publicAccess",
    "storageMode",
    "provisionedThroughput",
    "serverless",
];
pub const SERVERLESS_FIELDS: &[&str] = &["subnets", "securityGroups"];
/// What a Serverless cluster spec may hold besides `serverless`.
const SERVERLESS_SPEC_FIELDS: &[&str] = &["serverless", "clientAuth", "tags"];
pub const STORAGE_MODE_WORDS: &[&str] = &["LOCAL", "TIERED"];
pub const THROUGHPUT_FIELDS: &[&str] = &["enabled", "volumeThroughput"];
pub const CLIENT_AUTH_FIELDS: &[&str] = &["iam", "scram", "tls", "unauthenticated"];
pub const SCRAM_FIELDS: &[&str] = &["secrets"];
pub const ENCRYPTION_FIELDS: &[&str] = &["inTransit", "inCluster", "atRestKmsKey"];
pub const CONFIGURATION_FIELDS: &[&str] = &["arn", "revision"];
pub const MONITORING_FIELDS: &[&str] = &["enhanced", "jmxExporter", "nodeExporter"];
pub const IN_TRANSIT_WORDS: &[&str] = &["TLS", "TLS_PLAINTEXT", "PLAINTEXT"];
pub const MAX_CLUSTER_NAME_LEN: usize = 64;
/// Far above any MSK quota; a larger number is a typo.
pub const MAX_BROKERS: i64 = 10_000;
const GIB: i64 = 1 << 30;

/// One cluster declaration, kept even when invalid so that duplicate names
/// are still found.
#[derive(Debug, Clone)]
pub struct ClusterDecl {
    pub file: String,
    pub name: String,
    pub pos: Pos,
    pub cluster: Option<DesiredCluster>,
}

/// Why MSK would refuse this cluster name, if it would.
pub fn cluster_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("cluster name is empty".into());
    }
    let len = name.chars().count();
    if len > MAX_CLUSTER_NAME_LEN {
        return Some(format!(
            "cluster name is {len} characters long; MSK allows at most {MAX_CLUSTER_NAME_LEN}"
        ));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphanumeric())
        || name
            .chars()
            .any(|c| !(c.is_ascii_alphanumeric() || c == '-'))
    {
        return Some(format!(
            "cluster name '{}' must start with a letter or digit and contain only letters, digits and '-'",
            shorten(name)
        ));
    }
    None
}

/// Why this is not an MSK broker type, if it is not.
pub fn instance_type_problem(t: &str) -> Option<String> {
    let mut parts = t.split('.');
    let ok_part = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    let prefix = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    if matches!(prefix, "kafka" | "express") && rest.len() == 2 && rest.iter().all(|p| ok_part(p)) {
        return None;
    }
    let hint = if !matches!(prefix, "kafka" | "express") && rest.len() == 1 {
        format!(" (did you mean 'kafka.{t}'?)")
    } else {
        String::new()
    };
    Some(format!(
        "instance type '{}' is not an MSK broker type{hint}; expected kafka.<family>.<size> (kafka.m7g.large) or express.<family>.<size> (express.m7g.large)",
        shorten(t)
    ))
}

impl Checker<'_> {
    pub(super) fn cluster(
        &mut self,
        metadata: Option<&Fields<'_>>,
        spec: Option<&Node>,
        owner: Pos,
    ) {
        let name = metadata.and_then(|m| {
            if let Some(l) = m.get("labels") {
                self.labels(l, "metadata.labels");
            }
            let Some(v) = m.get("name") else {
                self.err(m.owner, "missing field 'name' in metadata");
                return None;
            };
            let Some(name) = v.scalar_text() else {
                self.err(
                    v.pos,
                    format!(
                        "metadata.name must be a cluster name, not {}",
                        v.type_name()
                    ),
                );
                return None;
            };
            if let Some(problem) = cluster_name_problem(name) {
                self.err(v.pos, problem);
            }
            Some((name.to_string(), v.pos))
        });
        let spec = spec.and_then(|s| {
            self.fields(s, owner, "spec", "in spec", CLUSTER_SPEC_FIELDS)
                .map(|f| (s, f))
        });
        let built = spec.and_then(|(_, f)| {
            let display = name.as_ref().map(|(n, _)| n.clone()).unwrap_or_default();
            self.cluster_spec(&f, display)
        });
        let Some((name, pos)) = name else { return };
        let cluster = built.map(|spec| DesiredCluster {
            spec,
            source: SourceRef {
                file: self.file.to_string(),
                line: pos.line,
                column: pos.col,
            },
        });
        self.clusters.push(ClusterDecl {
            file: self.file.to_string(),
            name,
            pos,
            cluster,
        });
    }

    fn cluster_spec(&mut self, f: &Fields<'_>, name: String) -> Option<ClusterSpec> {
        if let Some(v) = f.get("serverless") {
            return self.serverless_spec(f, v, name);
        }
        let before = self.diags.len();
        let kafka_version = self.required(f, "kafkaVersion").and_then(|v| {
            match v.scalar_text() {
                // An unquoted 3.6 is a number to YAML; the text as written
                // is the version meant.
                Some(t) if t.starts_with(|c: char| c.is_ascii_digit()) && !t.contains(' ') => {
                    Some(t.to_string())
                }
                _ => {
                    self.err(
                        v.pos,
                        "kafkaVersion must be an MSK Kafka version such as \"3.6.0\" or \"3.7.x.kraft\"",
                    );
                    None
                }
            }
        });
        let instance_type = self.required(f, "instanceType").and_then(|v| {
            let Some(t) = v.as_str() else {
                self.err(
                    v.pos,
                    format!(
                        "instanceType must be a string such as kafka.m7g.large, not {}",
                        v.type_name()
                    ),
                );
                return None;
            };
            match instance_type_problem(t) {
                Some(p) => {
                    self.err(v.pos, p);
                    None
                }
                None => Some(t.to_string()),
            }
        });
        let brokers = self.required(f, "brokers").and_then(|v| {
            self.integer(v, "brokers", 1, MAX_BROKERS)
                .map(|n| (n, v.pos))
        });
        let subnets = self.required(f, "subnets").and_then(|v| {
            let list = self.string_list(v, "subnets")?;
            if let Some(problem) = subnet_count_problem(instance_type.as_deref(), list.len()) {
                self.err(v.pos, problem);
                return None;
            }
            Some(list)
        });
        if let (Some((n, pos)), Some(subnets)) = (brokers, &subnets) {
            let zones = subnets.len() as i64;
            if n % zones != 0 {
                self.err(
                    pos,
                    format!(
                        "brokers must be a multiple of the number of subnets ({zones}): MSK puts the same number of brokers in each zone; try {} or {}",
                        (n / zones).max(1) * zones,
                        (n / zones + 1) * zones
                    ),
                );
            }
        }
        let security_groups = match f.get("securityGroups") {
            Some(v) if !v.is_null() => self.string_list(v, "securityGroups"),
            _ => Some(Vec::new()),
        };
        let storage = self.storage(f, instance_type.as_deref());
        let encryption = f.get("encryption").and_then(|v| self.encryption(v, f));
        let client_auth = self
            .required(f, "clientAuth")
            .and_then(|v| self.client_auth(v, f, encryption.as_ref()));
        let configuration = f
            .get("configuration")
            .and_then(|v| self.configuration(v, f));
        let monitoring = f.get("monitoring").and_then(|v| self.monitoring(v, f));
        let tags = f
            .get("tags")
            .map(|t| self.labels(t, "spec.tags"))
            .unwrap_or_default();
        let public_access = f
            .get("publicAccess")
            .and_then(|v| self.boolean(v, "publicAccess"));
        let storage_mode = f
            .get("storageMode")
            .and_then(|v| self.enum_word(v, "storageMode", STORAGE_MODE_WORDS));
        let provisioned_throughput = f
            .get("provisionedThroughput")
            .and_then(|v| self.throughput(v, f));
        if self.diags.len() != before {
            return None;
        }
        Some(ClusterSpec {
            name,
            kafka_version: kafka_version?,
            broker_count: i32::try_from(brokers?.0).ok()?,
            instance_type: instance_type?,
            storage_gib: storage?,
            client_subnets: subnets?,
            security_groups: security_groups?,
            client_auth: client_auth.as_ref()?.0.clone(),
            scram_secrets: client_auth.and_then(|(_, s)| s),
            encryption,
            configuration,
            monitoring,
            tags,
            public_access,
            storage_mode,
            provisioned_throughput,
            serverless: None,
        })
    }

    /// `spec.serverless: {subnets, securityGroups}`: an MSK Serverless
    /// cluster. MSK decides brokers, storage and version, and Serverless
    /// takes IAM only, so the provisioned fields are refused by name.
    fn serverless_spec(&mut self, f: &Fields<'_>, v: &Node, name: String) -> Option<ClusterSpec> {
        let before = self.diags.len();
        for field in CLUSTER_SPEC_FIELDS {
            if !SERVERLESS_SPEC_FIELDS.contains(field) {
                if let Some(pos) = f.key_pos(field) {
                    self.err(
                        pos,
                        format!("'{field}' is not for a Serverless cluster (spec.serverless): MSK manages it"),
                    );
                }
            }
        }
        let owner = Self::owner_of(f, "serverless", v);
        let sf = self.fields(
            v,
            owner,
            "spec.serverless",
            "in spec.serverless",
            SERVERLESS_FIELDS,
        )?;
        let subnets = match sf.get("subnets") {
            Some(list) => self.string_list(list, "serverless.subnets").and_then(|s| {
                if (2..=5).contains(&s.len()) {
                    Some(s)
                } else {
                    self.err(
                        list.pos,
                        format!("MSK Serverless needs 2 to 5 subnets in different Availability Zones; got {}", s.len()),
                    );
                    None
                }
            }),
            None => {
                self.err(owner, "missing field 'subnets' in spec.serverless");
                None
            }
        };
        let security_groups = match sf.get("securityGroups") {
            Some(list) => self.string_list(list, "serverless.securityGroups"),
            None => Some(Vec::new()),
        };
        if let Some(auth) = f.get("clientAuth") {
            if let Some((a, _)) = self.client_auth(auth, f, None) {
                if a != (ClientAuth {
                    iam: true,
                    ..ClientAuth::default()
                }) {
                    self.err(
                        Self::owner_of(f, "clientAuth", auth),
                        "MSK Serverless authenticates with IAM only: write clientAuth: {iam: true} or leave it out",
                    );
                }
            }
        }
        let tags = f
            .get("tags")
            .map(|t| self.labels(t, "spec.tags"))
            .unwrap_or_default();
        if self.diags.len() != before {
            return None;
        }
        let serverless = ServerlessSpec {
            subnets: subnets?,
            security_groups: security_groups?,
        };
        Some(ClusterSpec {
            name,
            kafka_version: String::new(),
            broker_count: 0,
            instance_type: String::new(),
            storage_gib: 0,
            client_subnets: serverless.subnets.clone(),
            security_groups: serverless.security_groups.clone(),
            client_auth: ClientAuth {
                iam: true,
                ..ClientAuth::default()
            },
            encryption: None,
            configuration: None,
            monitoring: None,
            tags,
            public_access: None,
            scram_secrets: None,
            storage_mode: None,
            provisioned_throughput: None,
            serverless: Some(serverless),
        })
    }

    /// `provisionedThroughput: {enabled, volumeThroughput}`; the limits of
    /// the broker size are the planner's (they depend on the type in force).
    fn throughput(&mut self, v: &Node, parent: &Fields<'_>) -> Option<Throughput> {
        let owner = Self::owner_of(parent, "provisionedThroughput", v);
        let f = self.fields(
            v,
            owner,
            "spec.provisionedThroughput",
            "in spec.provisionedThroughput",
            THROUGHPUT_FIELDS,
        )?;
        let enabled = match f.get("enabled") {
            Some(b) => self.boolean(b, "provisionedThroughput.enabled")?,
            None => {
                self.err(
                    owner,
                    "missing field 'enabled' in spec.provisionedThroughput",
                );
                return None;
            }
        };
        let volume_throughput = match f.get("volumeThroughput") {
            Some(n) => Some(
                i32::try_from(self.integer(
                    n,
                    "provisionedThroughput.volumeThroughput",
                    1,
                    100_000,
                )?)
                .ok()?,
            ),
            None => None,
        };
        Some(Throughput {
            enabled,
            volume_throughput,
        })
    }

    fn required<'n>(&mut self, f: &Fields<'n>, field: &str) -> Option<&'n Node> {
        let v = f.get(field);
        if v.is_none() {
            self.err(f.owner, format!("missing field '{field}' in spec"));
        }
        v
    }

    fn owner_of(f: &Fields<'_>, field: &str, v: &Node) -> Pos {
        f.key_pos(field).unwrap_or(v.pos)
    }

    /// GiB per broker; 0 for Express brokers, which have no volume to size.
    fn storage(&mut self, f: &Fields<'_>, instance_type: Option<&str>) -> Option<i32> {
        let express = instance_type.is_some_and(is_express);
        let Some(v) = f.get("storage") else {
            if express || instance_type.is_none() {
                return Some(0).filter(|_| express);
            }
            self.err(
                f.owner,
                "missing field 'storage' in spec (EBS storage per broker, such as 1000GiB)",
            );
            return None;
        };
        if express {
            self.err(
                v.pos,
                "Express brokers manage their storage themselves: remove 'storage'",
            );
            return None;
        }
        let gib = match &v.value {
            Value::Scalar {
                kind: ScalarKind::Int,
                text,
                ..
            } => int_decimal(text).parse::<i64>().ok(),
            Value::Scalar {
                kind: ScalarKind::Str,
                text,
                ..
            } => match parse_size(text) {
                Ok(bytes) if bytes % GIB == 0 => Some(bytes / GIB),
                Ok(_) => {
                    self.err(
                        v.pos,
                        format!(
                            "storage '{}' is not a whole number of GiB (MSK sizes volumes in GiB; 1TB is not 1TiB)",
                            shorten(text)
                        ),
                    );
                    return None;
                }
                Err(e) => {
                    self.err(v.pos, format!("storage: {}", shorten(&e)));
                    return None;
                }
            },
            _ => None,
        };
        match gib {
            Some(g) if (MIN_STORAGE_GIB as i64..=MAX_STORAGE_GIB as i64).contains(&g) => {
                Some(g as i32)
            }
            Some(g) => {
                self.err(
                    v.pos,
                    format!(
                        "storage per broker must be between {MIN_STORAGE_GIB} GiB and {MAX_STORAGE_GIB} GiB (16TiB), got {g} GiB"
                    ),
                );
                None
            }
            None => {
                self.err(
                    v.pos,
                    format!(
                        "storage must be GiB per broker, as an integer or a size such as 1000GiB or 1TiB, not {}",
                        v.type_name()
                    ),
                );
                None
            }
        }
    }

    fn string_list(&mut self, v: &Node, field: &str) -> Option<Vec<String>> {
        let Some(items) = v.as_seq() else {
            self.err(
                v.pos,
                format!("{field} must be a list of strings, not {}", v.type_name()),
            );
            return None;
        };
        let mut out: Vec<String> = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            match item.scalar_text() {
                Some(t) if !t.is_empty() => {
                    if out.iter().any(|o| o == t) {
                        self.err(
                            item.pos,
                            format!("'{}' is listed twice in {field}", shorten(t)),
                        );
                        ok = false;
                    }
                    out.push(t.to_string());
                }
                _ => {
                    self.err(
                        item.pos,
                        format!(
                            "items of {field} must be non-empty strings, not {}",
                            item.type_name()
                        ),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn boolean(&mut self, v: &Node, field: &str) -> Option<bool> {
        match &v.value {
            Value::Scalar {
                kind: ScalarKind::Bool(b),
                ..
            } => Some(*b),
            _ => {
                self.err(
                    v.pos,
                    format!("{field} must be true or false, not {}", v.type_name()),
                );
                None
            }
        }
    }

    /// One of a fixed set of upper-case words; case and '-' are forgiven.
    fn enum_word(&mut self, v: &Node, field: &str, words: &[&'static str]) -> Option<String> {
        let Some(text) = v.as_str() else {
            self.err(
                v.pos,
                format!(
                    "{field} must be one of {}, not {}",
                    words.join(", "),
                    v.type_name()
                ),
            );
            return None;
        };
        let norm = text.trim().to_ascii_uppercase().replace('-', "_");
        if let Some(w) = words.iter().find(|w| **w == norm) {
            return Some((*w).to_string());
        }
        let hint = did_you_mean(&norm, words)
            .map(|s| format!(" (did you mean '{s}'?)"))
            .unwrap_or_default();
        self.err(
            v.pos,
            format!(
                "unknown {field} '{}'{hint}; expected one of {}",
                shorten(text),
                words.join(", ")
            ),
        );
        None
    }

    fn encryption(&mut self, v: &Node, parent: &Fields<'_>) -> Option<Encryption> {
        let owner = Self::owner_of(parent, "encryption", v);
        let f = self.fields(
            v,
            owner,
            "spec.encryption",
            "in spec.encryption",
            ENCRYPTION_FIELDS,
        )?;
        let mut e = Encryption::default();
        let mut ok = true;
        if let Some(t) = f.get("inTransit") {
            match self.enum_word(t, "inTransit", IN_TRANSIT_WORDS).as_deref() {
                Some("TLS") => e.client_broker = ClientBrokerEncryption::Tls,
                Some("TLS_PLAINTEXT") => e.client_broker = ClientBrokerEncryption::TlsPlaintext,
                Some("PLAINTEXT") => e.client_broker = ClientBrokerEncryption::Plaintext,
                _ => ok = false,
            }
        }
        if let Some(b) = f.get("inCluster") {
            match self.boolean(b, "inCluster") {
                Some(b) => e.in_cluster = b,
                None => ok = false,
            }
        }
        if let Some(k) = f.get("atRestKmsKey") {
            match k.as_str() {
                Some(s) if s.starts_with("arn:") => e.at_rest_kms_key = Some(s.to_string()),
                _ => {
                    self.err(
                        k.pos,
                        "atRestKmsKey must be a KMS key ARN (arn:aws:kms:...)",
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(e)
    }

    fn client_auth(
        &mut self,
        v: &Node,
        parent: &Fields<'_>,
        encryption: Option<&Encryption>,
    ) -> Option<(ClientAuth, Option<Vec<String>>)> {
        let owner = Self::owner_of(parent, "clientAuth", v);
        let f = self.fields(
            v,
            owner,
            "spec.clientAuth",
            "in spec.clientAuth",
            CLIENT_AUTH_FIELDS,
        )?;
        let mut a = ClientAuth::default();
        let mut ok = true;
        // `scram: {secrets: [ARN...]}` turns SCRAM on and says which
        // Secrets Manager secrets (users) the cluster has.
        let mut secrets = None;
        if let Some(node) = f.get("scram").filter(|n| matches!(n.value, Value::Map(_))) {
            let owner = Self::owner_of(&f, "scram", node);
            match self.fields(
                node,
                owner,
                "spec.clientAuth.scram",
                "in spec.clientAuth.scram",
                SCRAM_FIELDS,
            ) {
                Some(sf) => {
                    a.scram = true;
                    match sf.get("secrets") {
                        Some(list) => match self.string_list(list, "clientAuth.scram.secrets") {
                            Some(arns) => {
                                let problems = scram_secret_arn_problems(&arns);
                                for p in &problems {
                                    self.err(list.pos, p.clone());
                                }
                                ok &= problems.is_empty();
                                secrets = Some(arns);
                            }
                            None => ok = false,
                        },
                        None => {
                            self.err(
                                owner,
                                "clientAuth.scram needs secrets: [ARN, ...] (or write scram: true)",
                            );
                            ok = false;
                        }
                    }
                }
                None => ok = false,
            }
        }
        for (field, slot) in [
            ("iam", &mut a.iam),
            ("scram", &mut a.scram),
            ("unauthenticated", &mut a.unauthenticated),
        ] {
            if field == "scram"
                && f.get("scram")
                    .is_some_and(|n| matches!(n.value, Value::Map(_)))
            {
                continue;
            }
            if let Some(b) = f.get(field) {
                match self.boolean(b, &format!("clientAuth.{field}")) {
                    Some(b) => *slot = b,
                    None => ok = false,
                }
            }
        }
        if let Some(t) = f.get("tls") {
            match self.string_list(t, "clientAuth.tls") {
                Some(arns) => {
                    if let Some(bad) = arns.iter().find(|a| !a.starts_with("arn:")) {
                        self.err(
                            t.pos,
                            format!(
                                "clientAuth.tls lists ACM Private CA ARNs (arn:aws:acm-pca:...), not '{}'",
                                shorten(bad)
                            ),
                        );
                        ok = false;
                    }
                    a.tls_certificate_authority_arns = arns;
                }
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        if !(a.iam || a.scram || a.unauthenticated || !a.tls_certificate_authority_arns.is_empty())
        {
            self.err(
                owner,
                "clientAuth enables no authentication: set at least one of iam, scram, tls or unauthenticated",
            );
            return None;
        }
        // The same table plan and UpdateSecurity use (one rulebook).
        let e = encryption.cloned().unwrap_or_default();
        if let Some(why) = security_problem(&a, e.client_broker, e.in_cluster) {
            self.err(owner, why);
            return None;
        }
        Some((a, secrets))
    }

    fn configuration(&mut self, v: &Node, parent: &Fields<'_>) -> Option<ConfigurationRef> {
        let owner = Self::owner_of(parent, "configuration", v);
        let f = self.fields(
            v,
            owner,
            "spec.configuration",
            "in spec.configuration",
            CONFIGURATION_FIELDS,
        )?;
        let arn = match f.get("arn") {
            None => {
                self.err(owner, "missing field 'arn' in spec.configuration");
                None
            }
            Some(a) => match a.as_str() {
                Some(s) if s.starts_with("arn:") => Some(s.to_string()),
                _ => {
                    self.err(
                        a.pos,
                        "configuration.arn must be an MSK configuration ARN (arn:aws:kafka:...:configuration/...)",
                    );
                    None
                }
            },
        };
        let revision = match f.get("revision") {
            None => {
                self.err(owner, "missing field 'revision' in spec.configuration");
                None
            }
            Some(r) => self.integer(r, "configuration.revision", 1, i64::MAX),
        };
        Some(ConfigurationRef {
            arn: arn?,
            revision: revision?,
        })
    }

    fn monitoring(&mut self, v: &Node, parent: &Fields<'_>) -> Option<Monitoring> {
        let owner = Self::owner_of(parent, "monitoring", v);
        let f = self.fields(
            v,
            owner,
            "spec.monitoring",
            "in spec.monitoring",
            MONITORING_FIELDS,
        )?;
        let mut m = Monitoring::default();
        let mut ok = true;
        if let Some(e) = f.get("enhanced") {
            match self.enum_word(e, "monitoring.enhanced", ENHANCED_MONITORING_LEVELS) {
                Some(w) => m.enhanced = w,
                None => ok = false,
            }
        }
        for (field, slot) in [
            ("jmxExporter", &mut m.jmx_exporter),
            ("nodeExporter", &mut m.node_exporter),
        ] {
            if let Some(b) = f.get(field) {
                match self.boolean(b, &format!("monitoring.{field}")) {
                    Some(b) => *slot = b,
                    None => ok = false,
                }
            }
        }
        ok.then_some(m)
    }
}
