//! `mskctl acl`: list, create and delete ACL bindings.
//!
//! JSON shape (`-o json`; YAML is the same value): every subcommand prints
//! an array of bindings, sorted, each
//! ```json
//! {"resource_type": "TOPIC", "resource_name": "orders", "pattern_type": "LITERAL",
//!  "principal": "User:alice", "host": "*", "operation": "READ", "permission": "ALLOW"}
//! ```
//! with Kafka's names for the enums (`TRANSACTIONAL_ID`, `PREFIXED`,
//! `DESCRIBE_CONFIGS`, `DENY`, ...). `list` prints the matching bindings,
//! `create` the bindings created, `delete` the bindings deleted.

use anyhow::bail;

use super::{confirm_on, connect, connect_with_target};
use crate::cli::{
    AclCommand, AclCreateArgs, AclFilterArgs, AclOperationArg, AclPatternArg, AclPatternFilterArg,
    AclResourceTypeArg, GlobalArgs,
};
use crate::error::{usage, Outcome};
use crate::kafka::acls::{
    describe_binding, AclBinding, AclFilter, AclOperation, AclPermission, PatternType,
    ResourceType, CLUSTER_RESOURCE_NAME,
};
use crate::render::{emit, Table};

pub async fn run(cmd: &AclCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        AclCommand::List(args) => list(global, args).await,
        AclCommand::Create(args) => create(global, args).await,
        AclCommand::Delete(args) => delete(global, args).await,
    }
}

fn resource_type(a: AclResourceTypeArg) -> ResourceType {
    match a {
        AclResourceTypeArg::Topic => ResourceType::Topic,
        AclResourceTypeArg::Group => ResourceType::Group,
        AclResourceTypeArg::Cluster => ResourceType::Cluster,
        AclResourceTypeArg::TransactionalId => ResourceType::TransactionalId,
        AclResourceTypeArg::DelegationToken => ResourceType::DelegationToken,
        AclResourceTypeArg::User => ResourceType::User,
    }
}

fn operation(a: AclOperationArg) -> AclOperation {
    match a {
        AclOperationArg::All => AclOperation::All,
        AclOperationArg::Read => AclOperation::Read,
        AclOperationArg::Write => AclOperation::Write,
        AclOperationArg::Create => AclOperation::Create,
        AclOperationArg::Delete => AclOperation::Delete,
        AclOperationArg::Alter => AclOperation::Alter,
        AclOperationArg::Describe => AclOperation::Describe,
        AclOperationArg::ClusterAction => AclOperation::ClusterAction,
        AclOperationArg::DescribeConfigs => AclOperation::DescribeConfigs,
        AclOperationArg::AlterConfigs => AclOperation::AlterConfigs,
        AclOperationArg::IdempotentWrite => AclOperation::IdempotentWrite,
        AclOperationArg::CreateTokens => AclOperation::CreateTokens,
        AclOperationArg::DescribeTokens => AclOperation::DescribeTokens,
    }
}

fn flag_name(op: AclOperation) -> String {
    op.word()
}

/// The filter the flags describe: `--topic NAME` (and the other resource
/// flags) is `--resource-type topic --resource-name NAME`, `--cluster` the
/// one cluster resource; a flag not given matches anything.
fn filter_from(args: &AclFilterArgs) -> anyhow::Result<AclFilter> {
    let named = if let Some(t) = &args.topic {
        Some((ResourceType::Topic, t.clone()))
    } else if let Some(g) = &args.group {
        Some((ResourceType::Group, g.clone()))
    } else if let Some(t) = &args.transactional_id {
        Some((ResourceType::TransactionalId, t.clone()))
    } else if let Some(u) = &args.user {
        Some((ResourceType::User, u.clone()))
    } else if args.cluster {
        Some((ResourceType::Cluster, CLUSTER_RESOURCE_NAME.to_string()))
    } else {
        None
    };
    if named.as_ref().is_some_and(|(_, n)| n.is_empty()) {
        return usage("the resource name must not be empty");
    }
    if args.host.as_deref() == Some("") {
        return usage("--host must not be empty (use * for bindings on any host)");
    }
    let (resource_type, resource_name) = match named {
        Some((t, n)) => (t, Some(n)),
        None => (
            args.resource_type
                .map(resource_type)
                .unwrap_or(ResourceType::Any),
            args.resource_name.clone(),
        ),
    };
    Ok(AclFilter {
        resource_type,
        resource_name,
        pattern_type: match args.pattern_type {
            AclPatternFilterArg::Literal => PatternType::Literal,
            AclPatternFilterArg::Prefixed => PatternType::Prefixed,
            AclPatternFilterArg::Match => PatternType::Match,
            AclPatternFilterArg::Any => PatternType::Any,
        },
        principal: args.principal.clone(),
        host: args.host.clone(),
        operation: args.operation.map(operation).unwrap_or(AclOperation::Any),
        permission: if args.allow {
            AclPermission::Allow
        } else if args.deny {
            AclPermission::Deny
        } else {
            AclPermission::Any
        },
    })
}

fn table(bindings: &[AclBinding]) -> Table {
    let mut t = Table::new([
        "RESOURCE TYPE",
        "NAME",
        "PATTERN",
        "PRINCIPAL",
        "HOST",
        "OPERATION",
        "PERMISSION",
    ]);
    for b in bindings {
        t.row([
            b.resource_type.to_string(),
            b.resource_name.clone(),
            b.pattern_type.to_string(),
            b.principal.clone(),
            b.host.clone(),
            b.operation.to_string(),
            b.permission.to_string(),
        ]);
    }
    t
}

async fn list(global: &GlobalArgs, args: &AclFilterArgs) -> anyhow::Result<Outcome> {
    let filter = filter_from(args)?;
    let admin = connect(global).await?;
    let bindings = admin.describe_acls(&filter).await?;
    emit(global.output, &bindings, || table(&bindings))?;
    Ok(Outcome::Success)
}

/// The bindings `acl create` asks for, checked the way kafka-acls.sh checks
/// them: an operation the resource type never authorizes is a usage error.
fn bindings_to_create(args: &AclCreateArgs) -> anyhow::Result<Vec<AclBinding>> {
    let (rtype, name) = if let Some(t) = &args.topic {
        (ResourceType::Topic, t.clone())
    } else if let Some(g) = &args.group {
        (ResourceType::Group, g.clone())
    } else if let Some(t) = &args.transactional_id {
        (ResourceType::TransactionalId, t.clone())
    } else if let Some(u) = &args.user {
        (ResourceType::User, u.clone())
    } else if args.cluster {
        (ResourceType::Cluster, CLUSTER_RESOURCE_NAME.to_string())
    } else {
        return usage(
            "name the resource: --topic, --group, --cluster, --transactional-id or --user",
        );
    };
    if name.is_empty() {
        return usage("the resource name must not be empty");
    }
    let pattern_type = match args.pattern_type {
        AclPatternArg::Literal => PatternType::Literal,
        AclPatternArg::Prefixed => PatternType::Prefixed,
    };
    if rtype == ResourceType::Cluster && pattern_type == PatternType::Prefixed {
        return usage(
            "--cluster names the one cluster resource; --pattern-type prefixed does not apply",
        );
    }
    let valid = rtype.valid_operations();
    let bad: Vec<String> = args
        .operation
        .iter()
        .map(|o| operation(*o))
        .filter(|o| !valid.contains(o))
        .map(flag_name)
        .collect();
    if !bad.is_empty() {
        return usage(format!(
            "operation(s) {} do not apply to a {} resource; valid: {}",
            bad.join(", "),
            flag_name_of_type(rtype),
            valid
                .iter()
                .map(|o| flag_name(*o))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if args.host.is_empty() {
        return usage("--host must not be empty (use * for any host)");
    }
    let permission = if args.deny {
        AclPermission::Deny
    } else {
        AclPermission::Allow
    };
    let mut out = Vec::new();
    for principal in &args.principal {
        for op in &args.operation {
            out.push(AclBinding {
                resource_type: rtype,
                resource_name: name.clone(),
                pattern_type,
                principal: principal.clone(),
                host: args.host.clone(),
                operation: operation(*op),
                permission,
            });
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn flag_name_of_type(t: ResourceType) -> String {
    t.word()
}

async fn create(global: &GlobalArgs, args: &AclCreateArgs) -> anyhow::Result<Outcome> {
    let bindings = bindings_to_create(args)?;
    let (admin, target) = connect_with_target(global).await?;
    // Granting access removes nothing: safe, so no question, but the
    // cluster is named before anything is sent.
    eprintln!(
        "Creating {} ACL binding(s) on {target} (safe)",
        bindings.len()
    );
    let results = admin.create_acls(&bindings).await?;
    let mut created = Vec::new();
    let mut failed = Vec::new();
    for (b, r) in results {
        match r {
            Ok(()) => created.push(b),
            Err(e) => failed.push(e.to_string()),
        }
    }
    emit(global.output, &created, || table(&created))?;
    if !failed.is_empty() {
        bail!("{}", failed.join("\n"));
    }
    eprintln!("created {} ACL binding(s)", created.len());
    Ok(Outcome::Success)
}

async fn delete(global: &GlobalArgs, args: &AclFilterArgs) -> anyhow::Result<Outcome> {
    let filter = filter_from(args)?;
    let (admin, target) = connect_with_target(global).await?;
    let matching = admin.describe_acls(&filter).await?;
    if matching.is_empty() {
        emit(global.output, &matching, || table(&matching))?;
        eprintln!("no ACL bindings match; nothing to delete");
        return Ok(Outcome::Success);
    }
    if let Some(odd) = matching.iter().find(|b| !b.is_known()) {
        bail!(
            "cannot delete {}: it holds a value this version of mskctl does not know, so it \
             cannot be named exactly. Nothing was deleted.",
            describe_binding(odd)
        );
    }
    eprintln!(
        "About to delete {} ACL binding(s):\n{}",
        matching.len(),
        table(&matching).to_text()
    );
    confirm_on(
        global,
        &target,
        crate::plan::Operation::DeleteAcls,
        "Delete these ACL bindings?",
    )?;
    // One exact filter per binding shown, so a binding created since the
    // listing is never deleted unseen.
    let filters: Vec<AclFilter> = matching.iter().map(AclFilter::exactly).collect();
    let results = admin.delete_acls(&filters).await?;
    let mut deleted = Vec::new();
    let mut failed = Vec::new();
    for (shown, r) in matching.iter().zip(results) {
        match r {
            Ok(gone) if gone.is_empty() => failed.push(format!(
                "{}: already gone (deleted by someone else?)",
                describe_binding(shown)
            )),
            Ok(gone) => deleted.extend(gone),
            Err(e) => failed.push(e.to_string()),
        }
    }
    deleted.sort();
    deleted.dedup();
    emit(global.output, &deleted, || table(&deleted))?;
    if !failed.is_empty() {
        bail!("{}", failed.join("\n"));
    }
    eprintln!("deleted {} ACL binding(s)", deleted.len());
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(ops: Vec<AclOperationArg>) -> AclCreateArgs {
        AclCreateArgs {
            principal: vec!["User:alice".into(), "User:bob".into()],
            allow: true,
            deny: false,
            operation: ops,
            topic: Some("orders".into()),
            group: None,
            cluster: false,
            transactional_id: None,
            user: None,
            pattern_type: AclPatternArg::Prefixed,
            host: "*".into(),
        }
    }

    #[test]
    fn one_binding_per_principal_and_operation() {
        let b = bindings_to_create(&args(vec![
            AclOperationArg::Read,
            AclOperationArg::Describe,
            AclOperationArg::Read,
        ]))
        .unwrap();
        assert_eq!(b.len(), 4);
        assert!(b
            .iter()
            .all(|b| b.pattern_type == PatternType::Prefixed && b.resource_name == "orders"));
    }

    #[test]
    fn operations_must_fit_the_resource() {
        let err = bindings_to_create(&args(vec![AclOperationArg::IdempotentWrite])).unwrap_err();
        assert!(err.is::<crate::error::UsageError>());
        let msg = err.to_string();
        assert!(
            msg.contains("idempotent-write") && msg.contains("describe-configs"),
            "{msg}"
        );

        let mut cluster = args(vec![AclOperationArg::IdempotentWrite]);
        cluster.topic = None;
        cluster.cluster = true;
        cluster.pattern_type = AclPatternArg::Literal;
        let b = bindings_to_create(&cluster).unwrap();
        assert_eq!(b[0].resource_name, "kafka-cluster");
        cluster.pattern_type = AclPatternArg::Prefixed;
        assert!(bindings_to_create(&cluster).is_err());
    }
}
