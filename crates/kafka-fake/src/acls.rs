//! DescribeAcls, CreateAcls and DeleteAcls as a KRaft cluster with
//! StandardAuthorizer answers them: the broker's checks, then the
//! controller's, with Kafka's filter matching. ACLs are stored, never enforced.

use super::handlers::{default_message, s};
use super::model::*;
use kafka_protocol::messages::*;
use kafka_protocol::protocol::StrBytes;
use std::collections::{BTreeMap, BTreeSet};

pub const RESOURCE_ANY: i8 = 1;
pub const RESOURCE_CLUSTER: i8 = 4;
/// The highest ResourceType code Kafka knows (USER).
const RESOURCE_MAX: i8 = 7;
pub const PATTERN_ANY: i8 = 1;
pub const PATTERN_MATCH: i8 = 2;
pub const PATTERN_LITERAL: i8 = 3;
pub const PATTERN_PREFIXED: i8 = 4;
pub const OPERATION_ANY: i8 = 1;
/// The highest AclOperation code Kafka knows (DESCRIBE_TOKENS).
const OPERATION_MAX: i8 = 14;
pub const PERMISSION_ANY: i8 = 1;
pub const PERMISSION_DENY: i8 = 2;
pub const PERMISSION_ALLOW: i8 = 3;

const UNKNOWN: i8 = 0;
const CLUSTER_NAME: &str = "kafka-cluster";
const WILDCARD: &str = "*";

/// One ACL, with Kafka's codes for the resource type, pattern type,
/// operation and permission type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AclBinding {
    pub resource_type: i8,
    pub name: String,
    pub pattern_type: i8,
    pub principal: String,
    pub host: String,
    pub operation: i8,
    pub permission: i8,
}

impl AclBinding {
    /// A binding for any host (`*`).
    pub fn new(
        resource_type: i8,
        name: &str,
        pattern_type: i8,
        principal: &str,
        operation: i8,
        permission: i8,
    ) -> AclBinding {
        AclBinding {
            resource_type,
            name: name.to_string(),
            pattern_type,
            principal: principal.to_string(),
            host: WILDCARD.to_string(),
            operation,
            permission,
        }
    }
}

/// Kafka's `fromCode`: a code it does not know reads as UNKNOWN.
fn known(code: i8, max: i8) -> i8 {
    if (1..=max).contains(&code) {
        code
    } else {
        UNKNOWN
    }
}

fn resource_type(code: i8) -> i8 {
    known(code, RESOURCE_MAX)
}

fn pattern_type(code: i8) -> i8 {
    known(code, PATTERN_PREFIXED)
}

fn operation(code: i8) -> i8 {
    known(code, OPERATION_MAX)
}

fn permission(code: i8) -> i8 {
    known(code, PERMISSION_ALLOW)
}

/// The binding as Kafka reads it, unknown codes as UNKNOWN.
pub fn normalized(b: &AclBinding) -> AclBinding {
    AclBinding {
        resource_type: resource_type(b.resource_type),
        pattern_type: pattern_type(b.pattern_type),
        operation: operation(b.operation),
        permission: permission(b.permission),
        ..b.clone()
    }
}

/// Kafka's AclBindingFilter: `None` matches anything, as do the ANY codes.
#[derive(Clone, Debug)]
pub struct AclFilter {
    pub resource_type: i8,
    pub name: Option<String>,
    pub pattern_type: i8,
    pub principal: Option<String>,
    pub host: Option<String>,
    pub operation: i8,
    pub permission: i8,
}

impl AclFilter {
    /// ResourcePatternFilter.matches plus AccessControlEntryFilter.matches.
    /// A MATCH filter with a name matches the bindings that would apply to a
    /// resource of that name: the literal name, the literal wildcard, and
    /// prefixes of it. ANY, or a specific pattern type, wants the exact name.
    pub fn matches(&self, b: &AclBinding) -> bool {
        if self.resource_type != RESOURCE_ANY && self.resource_type != b.resource_type {
            return false;
        }
        if self.pattern_type != PATTERN_ANY
            && self.pattern_type != PATTERN_MATCH
            && self.pattern_type != b.pattern_type
        {
            return false;
        }
        let name_ok = match &self.name {
            None => true,
            Some(name) if self.pattern_type != PATTERN_MATCH => *name == b.name,
            Some(name) => match b.pattern_type {
                PATTERN_LITERAL => *name == b.name || b.name == WILDCARD,
                PATTERN_PREFIXED => name.starts_with(&b.name),
                _ => false,
            },
        };
        name_ok
            && self.principal.as_ref().is_none_or(|p| *p == b.principal)
            && self.host.as_ref().is_none_or(|h| *h == b.host)
            && (self.operation == OPERATION_ANY || self.operation == b.operation)
            && (self.permission == PERMISSION_ANY || self.permission == b.permission)
    }

    /// Kafka's controller refuses to delete with a filter it cannot read.
    fn check(&self) -> Result<(), ApiError> {
        if self.resource_type == UNKNOWN || self.pattern_type == UNKNOWN {
            return Err(err(INVALID_REQUEST, "Unknown patternFilter."));
        }
        if self.operation == UNKNOWN || self.permission == UNKNOWN {
            return Err(err(INVALID_REQUEST, "Unknown entryFilter."));
        }
        Ok(())
    }
}

fn filter(
    resource: i8,
    name: &Option<StrBytes>,
    pattern: i8,
    principal: &Option<StrBytes>,
    host: &Option<StrBytes>,
    op: i8,
    perm: i8,
) -> AclFilter {
    AclFilter {
        resource_type: resource_type(resource),
        name: name.as_ref().map(|x| x.to_string()),
        pattern_type: pattern_type(pattern),
        principal: principal.as_ref().map(|x| x.to_string()),
        host: host.as_ref().map(|x| x.to_string()),
        operation: operation(op),
        permission: permission(perm),
    }
}

/// Kafka refuses to parse an ACL request carrying the UNKNOWN (0) code and
/// drops the connection.
fn has_zero_code(codes: &[i8]) -> bool {
    codes.contains(&UNKNOWN)
}

/// Java's ResourcePattern and AccessControlEntry refuse these values when
/// the broker turns a creation into a binding.
fn unconstructible(b: &AclBinding) -> bool {
    b.resource_type == RESOURCE_ANY
        || b.pattern_type == PATTERN_ANY
        || b.pattern_type == PATTERN_MATCH
        || b.operation == OPERATION_ANY
        || b.permission == PERMISSION_ANY
}

fn name_of(code: i8, names: &[&str]) -> String {
    usize::try_from(code)
        .ok()
        .and_then(|i| names.get(i))
        .unwrap_or(&"UNKNOWN")
        .to_string()
}

/// The broker's checks (AclApis), then the controller's (validateNewAcl), in
/// Kafka's order and with its messages. `b` holds normalized codes.
pub fn validate_new_acl(b: &AclBinding) -> Result<(), ApiError> {
    if b.resource_type == RESOURCE_CLUSTER && b.name != CLUSTER_NAME {
        return Err(err(
            INVALID_REQUEST,
            format!("The only valid name for the CLUSTER resource is {CLUSTER_NAME}"),
        ));
    }
    if b.name.is_empty() {
        return Err(err(INVALID_REQUEST, "Invalid empty resource name"));
    }
    let invalid = |what: &str, name: String| err(INVALID_REQUEST, format!("Invalid {what} {name}"));
    if b.resource_type == UNKNOWN || b.resource_type == RESOURCE_ANY {
        return Err(invalid(
            "resourceType",
            name_of(b.resource_type, &["UNKNOWN", "ANY"]),
        ));
    }
    if b.pattern_type != PATTERN_LITERAL && b.pattern_type != PATTERN_PREFIXED {
        return Err(invalid(
            "patternType",
            name_of(b.pattern_type, &["UNKNOWN", "ANY", "MATCH"]),
        ));
    }
    if b.operation == UNKNOWN || b.operation == OPERATION_ANY {
        return Err(invalid(
            "operation",
            name_of(b.operation, &["UNKNOWN", "ANY"]),
        ));
    }
    if b.permission != PERMISSION_DENY && b.permission != PERMISSION_ALLOW {
        return Err(invalid(
            "permissionType",
            name_of(b.permission, &["UNKNOWN", "ANY"]),
        ));
    }
    if !b.principal.contains(':') {
        return Err(err(
            INVALID_REQUEST,
            format!(
                "Could not parse principal from `{}` (no colon is present separating the principal type from the principal name)",
                b.principal
            ),
        ));
    }
    Ok(())
}

/// `None` when Kafka would drop the connection.
pub fn describe_acls(
    m: &Model,
    req: DescribeAclsRequest,
    inject: Option<i16>,
) -> Option<DescribeAclsResponse> {
    if has_zero_code(&[
        req.resource_type_filter,
        req.pattern_type_filter,
        req.operation,
        req.permission_type,
    ]) {
        return None;
    }
    let mut resp = DescribeAclsResponse::default();
    resp.error_message = None;
    if let Some(code) = inject {
        resp.error_code = code;
        resp.error_message = default_message(code);
        return Some(resp);
    }
    let f = filter(
        req.resource_type_filter,
        &req.resource_name_filter,
        req.pattern_type_filter,
        &req.principal_filter,
        &req.host_filter,
        req.operation,
        req.permission_type,
    );
    let mut by_resource: BTreeMap<(i8, &str, i8), Vec<&AclBinding>> = BTreeMap::new();
    for b in m.acls.iter().filter(|b| f.matches(b)) {
        by_resource
            .entry((b.resource_type, b.name.as_str(), b.pattern_type))
            .or_default()
            .push(b);
    }
    resp.resources = by_resource
        .into_iter()
        .map(|((rt, name, pt), bindings)| {
            let mut r = describe_acls_response::DescribeAclsResource::default();
            r.resource_type = rt;
            r.resource_name = s(name);
            r.pattern_type = pt;
            r.acls = bindings
                .into_iter()
                .map(|b| {
                    let mut a = describe_acls_response::AclDescription::default();
                    a.principal = s(b.principal.clone());
                    a.host = s(b.host.clone());
                    a.operation = b.operation;
                    a.permission_type = b.permission;
                    a
                })
                .collect();
            r
        })
        .collect();
    Some(resp)
}

pub fn create_acls(
    m: &mut Model,
    req: CreateAclsRequest,
    inject: Option<i16>,
) -> Option<CreateAclsResponse> {
    if req.creations.iter().any(|c| {
        has_zero_code(&[
            c.resource_type,
            c.resource_pattern_type,
            c.operation,
            c.permission_type,
        ])
    }) {
        return None;
    }
    let bindings: Vec<AclBinding> = req
        .creations
        .iter()
        .map(|c| {
            normalized(&AclBinding {
                resource_type: c.resource_type,
                name: c.resource_name.to_string(),
                pattern_type: c.resource_pattern_type,
                principal: c.principal.to_string(),
                host: c.host.to_string(),
                operation: c.operation,
                permission: c.permission_type,
            })
        })
        .collect();
    let result = |code: i16, message: Option<StrBytes>| {
        let mut r = create_acls_response::AclCreationResult::default();
        r.error_code = code;
        r.error_message = message;
        r
    };
    let mut resp = CreateAclsResponse::default();
    if let Some(code) = inject {
        resp.results = bindings
            .iter()
            .map(|_| result(code, default_message(code)))
            .collect();
        return Some(resp);
    }
    // The broker converts every creation before looking at any, so one
    // such value fails them all, with an unknown server error and no message.
    if bindings.iter().any(unconstructible) {
        resp.results = bindings
            .iter()
            .map(|_| result(UNKNOWN_SERVER_ERROR, None))
            .collect();
        return Some(resp);
    }
    for b in bindings {
        resp.results.push(match validate_new_acl(&b) {
            Ok(()) => {
                m.acls.insert(b);
                result(NONE, None)
            }
            Err((code, message)) => result(code, Some(s(message))),
        });
    }
    Some(resp)
}

/// Every filter sees the ACLs as they were before the request, so a binding
/// matched by two filters is reported by both.
pub fn delete_acls(
    m: &mut Model,
    req: DeleteAclsRequest,
    inject: Option<i16>,
) -> Option<DeleteAclsResponse> {
    if req.filters.iter().any(|f| {
        has_zero_code(&[
            f.resource_type_filter,
            f.pattern_type_filter,
            f.operation,
            f.permission_type,
        ])
    }) {
        return None;
    }
    let mut resp = DeleteAclsResponse::default();
    let mut removed = BTreeSet::new();
    for f in &req.filters {
        let mut r = delete_acls_response::DeleteAclsFilterResult::default();
        r.error_message = None;
        let parsed = filter(
            f.resource_type_filter,
            &f.resource_name_filter,
            f.pattern_type_filter,
            &f.principal_filter,
            &f.host_filter,
            f.operation,
            f.permission_type,
        );
        let checked = match inject {
            Some(code) => Err((code, default_message(code))),
            None => parsed.check().map_err(|(c, msg)| (c, Some(s(msg)))),
        };
        match checked {
            Err((code, message)) => {
                r.error_code = code;
                r.error_message = message;
            }
            Ok(()) => {
                for b in m.acls.iter().filter(|b| parsed.matches(b)) {
                    let mut x = delete_acls_response::DeleteAclsMatchingAcl::default();
                    x.error_message = None;
                    x.resource_type = b.resource_type;
                    x.resource_name = s(b.name.clone());
                    x.pattern_type = b.pattern_type;
                    x.principal = s(b.principal.clone());
                    x.host = s(b.host.clone());
                    x.operation = b.operation;
                    x.permission_type = b.permission;
                    r.matching_acls.push(x);
                    removed.insert(b.clone());
                }
            }
        }
        resp.filter_results.push(r);
    }
    m.acls.retain(|b| !removed.contains(b));
    Some(resp)
}
