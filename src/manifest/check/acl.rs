//! `kind: Acl`: ACL bindings, each entry expanding to one Kafka binding per
//! operation.

use crate::kafka::acls::{
    principal_problem, AclBinding, AclOperation, AclPermission, PatternType, ResourceType,
    CLUSTER_RESOURCE_NAME,
};
use crate::plan::{DesiredAcl, SourceRef};

use super::super::yaml::{Node, Pos};
use super::{did_you_mean, shorten, Checker, Fields};

pub const ACL_SPEC_FIELDS: &[&str] = &["bindings"];
pub const ACL_BINDING_FIELDS: &[&str] =
    &["principal", "permission", "operations", "resource", "host"];
pub const ACL_RESOURCE_FIELDS: &[&str] = &["type", "name", "patternType"];
pub const PERMISSION_WORDS: &[&str] = &["allow", "deny"];
pub const PATTERN_WORDS: &[&str] = &["literal", "prefixed"];

/// One expanded binding with where its operation was written, kept so that
/// a binding declared twice is reported at both places.
#[derive(Debug, Clone)]
pub struct AclDecl {
    pub pos: Pos,
    pub acl: DesiredAcl,
}

/// Words as written in manifests: `read`, `describe-configs`. Case and
/// `_` are forgiven, since the Kafka spelling (`DESCRIBE_CONFIGS`) is what
/// people copy from broker logs.
fn normalise_word(s: &str) -> String {
    s.trim().to_ascii_lowercase().replace('_', "-")
}

pub fn operation_words() -> Vec<String> {
    AclOperation::BINDABLE.iter().map(|o| o.word()).collect()
}

pub fn resource_type_words() -> Vec<String> {
    ResourceType::BINDABLE.iter().map(|t| t.word()).collect()
}

impl Checker<'_> {
    /// One word out of `choices` (the manifest spelling of each value).
    fn word<T: Copy>(&mut self, v: &Node, field: &str, choices: &[(String, T)]) -> Option<T> {
        let words: Vec<&str> = choices.iter().map(|(w, _)| w.as_str()).collect();
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
        let norm = normalise_word(text);
        if let Some((_, t)) = choices.iter().find(|(w, _)| *w == norm) {
            return Some(*t);
        }
        let hint = did_you_mean(&norm, &words)
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

    pub(super) fn acl(&mut self, metadata: Option<&Fields<'_>>, spec: Option<&Node>, owner: Pos) {
        if let Some(m) = metadata {
            self.document_name(m);
        }
        self.acl_documents += 1;
        let Some(spec) =
            spec.and_then(|s| self.fields(s, owner, "spec", "in spec", ACL_SPEC_FIELDS))
        else {
            return;
        };
        let Some(list) = spec.get("bindings") else {
            self.err(spec.owner, "missing field 'bindings' in spec");
            return;
        };
        if list.is_null() {
            // `bindings:` with nothing after it: no bindings, stated.
            return;
        }
        let Some(items) = list.as_seq() else {
            self.err(
                list.pos,
                format!("spec.bindings must be a list, not {}", list.type_name()),
            );
            return;
        };
        for item in items {
            self.acl_binding(item);
        }
    }

    fn acl_binding(&mut self, item: &Node) {
        let place = "in an ACL binding";
        let Some(f) = self.fields(item, item.pos, "an ACL binding", place, ACL_BINDING_FIELDS)
        else {
            return;
        };
        let principal = match f.get("principal") {
            None => {
                self.err(item.pos, "missing field 'principal' in an ACL binding");
                None
            }
            Some(v) => match v.as_str() {
                Some(p) => match principal_problem(p) {
                    Some(problem) => {
                        self.err(v.pos, problem);
                        None
                    }
                    None => Some(p.to_string()),
                },
                None => {
                    self.err(
                        v.pos,
                        format!(
                            "principal must be a string such as User:alice, not {}",
                            v.type_name()
                        ),
                    );
                    None
                }
            },
        };
        let permission = match f.get("permission") {
            None => Some(AclPermission::Allow),
            Some(v) => self.word(
                v,
                "permission",
                &[
                    ("allow".into(), AclPermission::Allow),
                    ("deny".into(), AclPermission::Deny),
                ],
            ),
        };
        let host = match f.get("host") {
            None => Some("*".to_string()),
            Some(v) => match v.as_str() {
                Some(h) if !h.is_empty() => Some(h.to_string()),
                _ => {
                    self.err(
                        v.pos,
                        "host must be a non-empty string: * for any host, or an IP address",
                    );
                    None
                }
            },
        };
        let resource = match f.get("resource") {
            None => {
                self.err(item.pos, "missing field 'resource' in an ACL binding");
                None
            }
            Some(r) => Some(self.acl_resource(r, f.key_pos("resource").unwrap_or(r.pos))),
        };
        // The type alone is enough to check operations against, even when
        // the rest of the resource is wrong.
        let rtype = resource.as_ref().and_then(|r| r.0);
        let resource = resource.and_then(|r| r.1);
        let operations = match f.get("operations") {
            None => {
                self.err(item.pos, "missing field 'operations' in an ACL binding");
                Vec::new()
            }
            Some(v) => self.acl_operations(v, rtype),
        };
        let (Some(principal), Some(permission), Some(host), Some((rtype, name, pattern))) =
            (principal, permission, host, resource)
        else {
            return;
        };
        for (operation, pos) in operations {
            let binding = AclBinding {
                resource_type: rtype,
                resource_name: name.clone(),
                pattern_type: pattern,
                principal: principal.clone(),
                host: host.clone(),
                operation,
                permission,
            };
            let source = SourceRef {
                file: self.file.to_string(),
                line: pos.line,
                column: pos.col,
            };
            self.acls.push(AclDecl {
                pos,
                acl: DesiredAcl { binding, source },
            });
        }
    }

    /// The resource's type when valid, and the whole resource when valid.
    fn acl_resource(
        &mut self,
        r: &Node,
        owner: Pos,
    ) -> (
        Option<ResourceType>,
        Option<(ResourceType, String, PatternType)>,
    ) {
        let Some(f) = self.fields(r, owner, "resource", "in resource", ACL_RESOURCE_FIELDS) else {
            return (None, None);
        };
        let types: Vec<(String, ResourceType)> = ResourceType::BINDABLE
            .iter()
            .map(|t| (t.word(), *t))
            .collect();
        let rtype = match f.get("type") {
            None => {
                self.err(f.owner, "missing field 'type' in resource");
                None
            }
            Some(v) => self.word(v, "resource type", &types),
        };
        let pattern = match f.get("patternType") {
            None => Some(PatternType::Literal),
            Some(v) => self.word(
                v,
                "patternType",
                &[
                    ("literal".into(), PatternType::Literal),
                    ("prefixed".into(), PatternType::Prefixed),
                ],
            ),
        };
        let name = match (f.get("name"), rtype) {
            // There is one cluster resource; naming it is optional.
            (None, Some(ResourceType::Cluster)) => Some(CLUSTER_RESOURCE_NAME.to_string()),
            (None, _) => {
                self.err(f.owner, "missing field 'name' in resource");
                None
            }
            (Some(v), _) => match v.scalar_text() {
                Some(n) if !n.is_empty() => Some(n.to_string()),
                _ => {
                    self.err(v.pos, "resource name must be a non-empty string");
                    None
                }
            },
        };
        if rtype == Some(ResourceType::Cluster) {
            if let (Some(n), Some(v)) = (&name, f.get("name")) {
                if n != CLUSTER_RESOURCE_NAME {
                    self.err(
                        v.pos,
                        format!(
                            "the cluster resource is always named '{CLUSTER_RESOURCE_NAME}', not '{}'",
                            shorten(n)
                        ),
                    );
                    return (rtype, None);
                }
            }
            if let (Some(PatternType::Prefixed), Some(v)) = (pattern, f.get("patternType")) {
                self.err(
                    v.pos,
                    "the cluster resource is one resource; patternType prefixed does not apply",
                );
                return (rtype, None);
            }
        }
        let whole = match (rtype, name, pattern) {
            (Some(t), Some(n), Some(p)) => Some((t, n, p)),
            _ => None,
        };
        (rtype, whole)
    }

    fn acl_operations(
        &mut self,
        v: &Node,
        rtype: Option<ResourceType>,
    ) -> Vec<(AclOperation, Pos)> {
        let items: Vec<&Node> = match (v.as_seq(), v.as_str()) {
            (Some(items), _) => items.iter().collect(),
            // One operation may be written without the list.
            (None, Some(_)) => vec![v],
            _ => {
                self.err(
                    v.pos,
                    format!(
                        "operations must be a list such as [read, describe], not {}",
                        v.type_name()
                    ),
                );
                return Vec::new();
            }
        };
        if items.is_empty() {
            self.err(v.pos, "operations must name at least one operation");
        }
        let ops: Vec<(String, AclOperation)> = AclOperation::BINDABLE
            .iter()
            .map(|o| (o.word(), *o))
            .collect();
        let mut out: Vec<(AclOperation, Pos)> = Vec::new();
        for item in items {
            let Some(op) = self.word(item, "operation", &ops) else {
                continue;
            };
            if let Some(t) = rtype {
                let valid = t.valid_operations();
                if !valid.contains(&op) {
                    self.err(
                        item.pos,
                        format!(
                            "operation '{}' does not apply to a {} resource; valid: {}",
                            op.word(),
                            t.word(),
                            valid
                                .iter()
                                .map(|o| o.word())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    continue;
                }
            }
            out.push((op, item.pos));
        }
        out
    }
}
