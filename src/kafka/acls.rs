//! The admin facade's ACL calls: describe (filter), create and delete
//! bindings. Kafka's numeric codes for resource types, pattern types,
//! operations and permissions are mapped to enums named as Kafka names them
//! (`TOPIC`, `PREFIXED`, `DESCRIBE_CONFIGS`, `ALLOW`).

use kafka_protocol::messages::{
    create_acls_request::AclCreation, delete_acls_request::DeleteAclsFilter, CreateAclsRequest,
    DeleteAclsRequest, DescribeAclsRequest,
};
use serde::{Deserialize, Serialize};

use super::admin::{str_bytes, Admin};
use super::client::Target;
use super::error::KafkaError;

pub const SECURITY_DISABLED: i16 = 54;

/// Defines an enum of Kafka codes with its wire code and Kafka's name.
macro_rules! kafka_codes {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal, $text:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)*
            /// A code this client does not know.
            #[serde(rename = "UNKNOWN")]
            Unknown,
        }

        impl $name {
            pub fn code(self) -> i8 {
                match self {
                    $($name::$variant => $code,)*
                    $name::Unknown => 0,
                }
            }

            pub fn from_code(code: i8) -> Self {
                match code {
                    $($code => $name::$variant,)*
                    _ => $name::Unknown,
                }
            }

            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                    $name::Unknown => "UNKNOWN",
                }
            }

            /// The name as typed on the command line and in manifests
            /// (`describe-configs`, `transactional-id`).
            pub fn word(self) -> String {
                self.name().to_ascii_lowercase().replace('_', "-")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

kafka_codes!(
    /// What an ACL protects.
    ResourceType {
        Any = 1, "ANY";
        Topic = 2, "TOPIC";
        Group = 3, "GROUP";
        Cluster = 4, "CLUSTER";
        TransactionalId = 5, "TRANSACTIONAL_ID";
        DelegationToken = 6, "DELEGATION_TOKEN";
        User = 7, "USER";
    }
);

kafka_codes!(
    /// How a binding's resource name is matched. `Any` and `Match` exist
    /// only in filters.
    PatternType {
        Any = 1, "ANY";
        Match = 2, "MATCH";
        Literal = 3, "LITERAL";
        Prefixed = 4, "PREFIXED";
    }
);

kafka_codes!(
    AclOperation {
        Any = 1, "ANY";
        All = 2, "ALL";
        Read = 3, "READ";
        Write = 4, "WRITE";
        Create = 5, "CREATE";
        Delete = 6, "DELETE";
        Alter = 7, "ALTER";
        Describe = 8, "DESCRIBE";
        ClusterAction = 9, "CLUSTER_ACTION";
        DescribeConfigs = 10, "DESCRIBE_CONFIGS";
        AlterConfigs = 11, "ALTER_CONFIGS";
        IdempotentWrite = 12, "IDEMPOTENT_WRITE";
        CreateTokens = 13, "CREATE_TOKENS";
        DescribeTokens = 14, "DESCRIBE_TOKENS";
        TwoPhaseCommit = 15, "TWO_PHASE_COMMIT";
    }
);

kafka_codes!(
    AclPermission {
        Any = 1, "ANY";
        Deny = 2, "DENY";
        Allow = 3, "ALLOW";
    }
);

/// The name Kafka gives the one cluster resource.
pub const CLUSTER_RESOURCE_NAME: &str = "kafka-cluster";

impl ResourceType {
    /// The operations Kafka's authorizer checks on this resource type (what
    /// kafka-acls.sh accepts); granting anything else has no effect.
    pub fn valid_operations(self) -> &'static [AclOperation] {
        use AclOperation::*;
        match self {
            ResourceType::Topic => &[
                All,
                Read,
                Write,
                Create,
                Delete,
                Alter,
                Describe,
                DescribeConfigs,
                AlterConfigs,
            ],
            // Group configs (KIP-848) are authorized on the group.
            ResourceType::Group => &[All, Read, Describe, Delete, DescribeConfigs, AlterConfigs],
            ResourceType::Cluster => &[
                All,
                Create,
                ClusterAction,
                DescribeConfigs,
                AlterConfigs,
                IdempotentWrite,
                Alter,
                Describe,
            ],
            ResourceType::TransactionalId => &[All, Describe, Write],
            ResourceType::DelegationToken => &[All, Describe],
            ResourceType::User => &[All, CreateTokens, DescribeTokens],
            ResourceType::Any | ResourceType::Unknown => &[],
        }
    }
}

impl ResourceType {
    /// The resource types a binding can name (not the filter-only `ANY`).
    pub const BINDABLE: &'static [ResourceType] = &[
        ResourceType::Topic,
        ResourceType::Group,
        ResourceType::Cluster,
        ResourceType::TransactionalId,
        ResourceType::DelegationToken,
        ResourceType::User,
    ];
}

impl AclOperation {
    /// The operations a binding can grant (not the filter-only `ANY`).
    pub const BINDABLE: &'static [AclOperation] = &[
        AclOperation::All,
        AclOperation::Read,
        AclOperation::Write,
        AclOperation::Create,
        AclOperation::Delete,
        AclOperation::Alter,
        AclOperation::Describe,
        AclOperation::ClusterAction,
        AclOperation::DescribeConfigs,
        AclOperation::AlterConfigs,
        AclOperation::IdempotentWrite,
        AclOperation::CreateTokens,
        AclOperation::DescribeTokens,
    ];
}

/// Why `principal` is not `Type:name` (`User:alice`), if it is not.
pub fn principal_problem(principal: &str) -> Option<String> {
    match principal.split_once(':') {
        Some((t, n)) if !t.is_empty() && !n.is_empty() => None,
        _ => Some(format!(
            "principal '{principal}' must be Type:name, e.g. User:alice"
        )),
    }
}

/// One ACL: who (principal, host) may or may not (permission) do what
/// (operation) on which resources (type, name, pattern type).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct AclBinding {
    pub resource_type: ResourceType,
    pub resource_name: String,
    pub pattern_type: PatternType,
    pub principal: String,
    pub host: String,
    pub operation: AclOperation,
    pub permission: AclPermission,
}

/// Which bindings a describe or delete selects; `None` and the `Any`
/// variants match everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclFilter {
    pub resource_type: ResourceType,
    pub resource_name: Option<String>,
    pub pattern_type: PatternType,
    pub principal: Option<String>,
    pub host: Option<String>,
    pub operation: AclOperation,
    pub permission: AclPermission,
}

impl Default for AclFilter {
    fn default() -> Self {
        AclFilter {
            resource_type: ResourceType::Any,
            resource_name: None,
            pattern_type: PatternType::Any,
            principal: None,
            host: None,
            operation: AclOperation::Any,
            permission: AclPermission::Any,
        }
    }
}

impl AclBinding {
    /// Whether every field holds a code this client knows (only such a
    /// binding can be named exactly in a filter: Kafka drops a connection
    /// whose filter carries the UNKNOWN code).
    pub fn is_known(&self) -> bool {
        self.resource_type != ResourceType::Unknown
            && self.pattern_type != PatternType::Unknown
            && self.operation != AclOperation::Unknown
            && self.permission != AclPermission::Unknown
    }
}

impl AclFilter {
    /// A filter that matches exactly this binding and nothing else.
    pub fn exactly(b: &AclBinding) -> AclFilter {
        AclFilter {
            resource_type: b.resource_type,
            resource_name: Some(b.resource_name.clone()),
            pattern_type: b.pattern_type,
            principal: Some(b.principal.clone()),
            host: Some(b.host.clone()),
            operation: b.operation,
            permission: b.permission,
        }
    }
}

impl Admin {
    /// The bindings matching `filter`, sorted.
    pub async fn describe_acls(&self, filter: &AclFilter) -> Result<Vec<AclBinding>, KafkaError> {
        self.describe_acls_at(Target::Any, filter).await
    }

    /// The bindings matching `filter` as one broker (or any) knows them.
    async fn describe_acls_at(
        &self,
        target: Target,
        filter: &AclFilter,
    ) -> Result<Vec<AclBinding>, KafkaError> {
        let req = DescribeAclsRequest::default()
            .with_resource_type_filter(filter.resource_type.code())
            .with_resource_name_filter(filter.resource_name.as_deref().map(str_bytes))
            .with_pattern_type_filter(filter.pattern_type.code())
            .with_principal_filter(filter.principal.as_deref().map(str_bytes))
            .with_host_filter(filter.host.as_deref().map(str_bytes))
            .with_operation(filter.operation.code())
            .with_permission_type(filter.permission.code());
        let (resp, _) = self.client().send(target, &req, true).await?;
        if resp.error_code != 0 {
            return Err(acl_error(
                "DescribeAcls",
                resp.error_code,
                resp.error_message.map(|m| m.to_string()),
            ));
        }
        let mut out: Vec<AclBinding> = resp
            .resources
            .into_iter()
            .flat_map(|r| {
                let resource_type = ResourceType::from_code(r.resource_type);
                let resource_name = r.resource_name.to_string();
                let pattern_type = PatternType::from_code(r.pattern_type);
                r.acls.into_iter().map(move |a| AclBinding {
                    resource_type,
                    resource_name: resource_name.clone(),
                    pattern_type,
                    principal: a.principal.to_string(),
                    host: a.host.to_string(),
                    operation: AclOperation::from_code(a.operation),
                    permission: AclPermission::from_code(a.permission_type),
                })
            })
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// Creates bindings in one request; the result is per binding, in order.
    pub async fn create_acls(
        &self,
        bindings: &[AclBinding],
    ) -> Result<Vec<(AclBinding, Result<(), KafkaError>)>, KafkaError> {
        let req = CreateAclsRequest::default().with_creations(
            bindings
                .iter()
                .map(|b| {
                    AclCreation::default()
                        .with_resource_type(b.resource_type.code())
                        .with_resource_name(str_bytes(&b.resource_name))
                        .with_resource_pattern_type(b.pattern_type.code())
                        .with_principal(str_bytes(&b.principal))
                        .with_host(str_bytes(&b.host))
                        .with_operation(b.operation.code())
                        .with_permission_type(b.permission.code())
                })
                .collect(),
        );
        // ACLs are a set: creating one twice leaves one, so a broken
        // connection is retried.
        let (resp, _) = self.client().send(Target::Any, &req, true).await?;
        if resp.results.len() != bindings.len() {
            return Err(KafkaError::Other(format!(
                "CreateAcls: the broker answered for {} of {} bindings",
                resp.results.len(),
                bindings.len()
            )));
        }
        let results: Vec<(AclBinding, Result<(), KafkaError>)> = bindings
            .iter()
            .cloned()
            .zip(resp.results)
            .map(|(b, r)| {
                let res = if r.error_code == 0 {
                    Ok(())
                } else {
                    Err(acl_error(
                        &describe_binding(&b),
                        r.error_code,
                        r.error_message.map(|m| m.to_string()),
                    ))
                };
                (b, res)
            })
            .collect();
        let created: Vec<&AclBinding> = results
            .iter()
            .filter(|(_, r)| r.is_ok())
            .map(|(b, _)| b)
            .collect();
        self.await_acls_everywhere(&created, true).await;
        Ok(results)
    }

    /// Brokers learn of ACL changes from the metadata log (or ZooKeeper) a
    /// moment after the change was accepted; waits until every broker
    /// lists each binding (`present`) or none of them, so that the next
    /// command, and the authorizer on every broker, sees the change.
    async fn await_acls_everywhere(&self, bindings: &[&AclBinding], present: bool) {
        if bindings.is_empty() {
            return;
        }
        let all = AclFilter::default();
        let all = &all;
        self.poll_every_broker("ACL", self.client().timeout(), |id| async move {
            let listed = self.describe_acls_at(Target::Broker(id), all).await?;
            Ok(bindings
                .iter()
                .all(|b| listed.binary_search(b).is_ok() == present))
        })
        .await
    }

    /// Deletes what each filter matches, in one request; the result is per
    /// filter, in order, with the bindings the broker deleted.
    pub async fn delete_acls(
        &self,
        filters: &[AclFilter],
    ) -> Result<Vec<Result<Vec<AclBinding>, KafkaError>>, KafkaError> {
        let req = DeleteAclsRequest::default().with_filters(
            filters
                .iter()
                .map(|f| {
                    DeleteAclsFilter::default()
                        .with_resource_type_filter(f.resource_type.code())
                        .with_resource_name_filter(f.resource_name.as_deref().map(str_bytes))
                        .with_pattern_type_filter(f.pattern_type.code())
                        .with_principal_filter(f.principal.as_deref().map(str_bytes))
                        .with_host_filter(f.host.as_deref().map(str_bytes))
                        .with_operation(f.operation.code())
                        .with_permission_type(f.permission.code())
                })
                .collect(),
        );
        // Not retried over a broken connection: a repeat would report
        // nothing deleted for bindings the first attempt removed.
        let (resp, _) = self.client().send(Target::Any, &req, false).await?;
        if resp.filter_results.len() != filters.len() {
            return Err(KafkaError::Other(format!(
                "DeleteAcls: the broker answered for {} of {} filters",
                resp.filter_results.len(),
                filters.len()
            )));
        }
        let results = resp
            .filter_results
            .into_iter()
            .map(|r| {
                if r.error_code != 0 {
                    return Err(acl_error(
                        "DeleteAcls",
                        r.error_code,
                        r.error_message.map(|m| m.to_string()),
                    ));
                }
                let mut deleted = Vec::new();
                for m in r.matching_acls {
                    let b = AclBinding {
                        resource_type: ResourceType::from_code(m.resource_type),
                        resource_name: m.resource_name.to_string(),
                        pattern_type: PatternType::from_code(m.pattern_type),
                        principal: m.principal.to_string(),
                        host: m.host.to_string(),
                        operation: AclOperation::from_code(m.operation),
                        permission: AclPermission::from_code(m.permission_type),
                    };
                    if m.error_code != 0 {
                        return Err(acl_error(
                            &describe_binding(&b),
                            m.error_code,
                            m.error_message.map(|s| s.to_string()),
                        ));
                    }
                    deleted.push(b);
                }
                Ok(deleted)
            })
            .collect::<Vec<_>>();
        let gone: Vec<&AclBinding> = results
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .flatten()
            .collect();
        self.await_acls_everywhere(&gone, false).await;
        Ok(results)
    }
}

/// One line naming a binding the way operators read ACLs.
pub fn describe_binding(b: &AclBinding) -> String {
    format!(
        "{} {} {} on {} '{}' ({}) from host {}",
        b.principal,
        b.permission,
        b.operation,
        b.resource_type,
        b.resource_name,
        b.pattern_type,
        b.host
    )
}

fn acl_error(context: &str, code: i16, message: Option<String>) -> KafkaError {
    if code == SECURITY_DISABLED {
        return KafkaError::broker(
            context,
            code,
            Some("the cluster has no authorizer configured, so it keeps no ACLs".into()),
        );
    }
    KafkaError::broker(context, code, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_follow_kafka() {
        for code in 0..20i8 {
            let op = AclOperation::from_code(code);
            if op != AclOperation::Unknown {
                assert_eq!(op.code(), code);
            }
        }
        assert_eq!(ResourceType::Topic.code(), 2);
        assert_eq!(ResourceType::TransactionalId.code(), 5);
        assert_eq!(PatternType::Prefixed.code(), 4);
        assert_eq!(AclOperation::IdempotentWrite.code(), 12);
        assert_eq!(AclPermission::Allow.code(), 3);
        assert_eq!(ResourceType::from_code(99), ResourceType::Unknown);
        assert_eq!(
            serde_json::to_string(&AclOperation::DescribeConfigs).unwrap(),
            "\"DESCRIBE_CONFIGS\""
        );
    }

    #[test]
    fn exact_filters_name_every_field() {
        let b = AclBinding {
            resource_type: ResourceType::Topic,
            resource_name: "orders".into(),
            pattern_type: PatternType::Prefixed,
            principal: "User:alice".into(),
            host: "*".into(),
            operation: AclOperation::Read,
            permission: AclPermission::Allow,
        };
        let f = AclFilter::exactly(&b);
        assert_eq!(f.pattern_type, PatternType::Prefixed);
        assert_eq!(f.host.as_deref(), Some("*"));
        assert_eq!(
            describe_binding(&b),
            "User:alice ALLOW READ on TOPIC 'orders' (PREFIXED) from host *"
        );
    }
}
