//! Error paths of the MSK client against stubbed AWS responses
//! (aws-smithy-mocks): what the emulator cannot produce on demand.
//! Errors go through the SDK's real deserializers and retry policy.

use std::time::Duration;

use aws_sdk_kafka::config::retry::RetryConfig;
use aws_sdk_kafka::operation::describe_cluster_v2::DescribeClusterV2Output;
use aws_sdk_kafka::operation::list_clusters_v2::ListClustersV2Output;
use aws_sdk_kafka::operation::update_broker_count::UpdateBrokerCountOutput;
use aws_sdk_kafka::types::{
    BrokerNodeGroupInfo, BrokerSoftwareInfo, Cluster, ClusterState as SdkState, ClusterType,
    Provisioned, StateInfo,
};
use aws_sdk_kafka::Client;
use aws_smithy_mocks::{mock, mock_client, RuleMode};

use mskctl::error::UsageError;
use mskctl::msk::control::ClusterControl;
use mskctl::msk::model::ClusterState;
use mskctl::msk::Msk;

const ARN: &str = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/1111-2222";

fn cluster(name: &str, arn: &str, state: SdkState) -> Cluster {
    Cluster::builder()
        .cluster_name(name)
        .cluster_arn(arn)
        .cluster_type(ClusterType::Provisioned)
        .state(state)
        .current_version("K3AEGXETSR30VB")
        .provisioned(
            Provisioned::builder()
                .number_of_broker_nodes(3)
                .broker_node_group_info(
                    BrokerNodeGroupInfo::builder()
                        .instance_type("kafka.m5.large")
                        .client_subnets("subnet-a")
                        .client_subnets("subnet-b")
                        .client_subnets("subnet-c")
                        .build(),
                )
                .current_broker_software_info(
                    BrokerSoftwareInfo::builder().kafka_version("3.6.0").build(),
                )
                .build(),
        )
        .build()
}

fn listed(clusters: Vec<Cluster>) -> ListClustersV2Output {
    ListClustersV2Output::builder()
        .set_cluster_info_list(Some(clusters))
        .build()
}

fn error_body(code: &str, message: &str) -> Option<String> {
    Some(format!(r#"{{"__type":"{code}","message":"{message}"}}"#))
}

fn msk(client: Client) -> Msk {
    Msk::from_client(client).with_poll_interval(Duration::from_millis(1), Duration::from_millis(5))
}

#[tokio::test]
async fn throttling_is_retried_until_it_succeeds() {
    let rule = mock!(Client::list_clusters_v2)
        .sequence()
        .http_status(429, error_body("TooManyRequestsException", "Rate exceeded"))
        .times(2)
        .output(|| listed(vec![cluster("orders", ARN, SdkState::Active)]))
        .build();
    let client = mock_client!(aws_sdk_kafka, RuleMode::Sequential, [&rule], |c| c
        .retry_config(RetryConfig::standard().with_max_attempts(4)));
    let arn = msk(client)
        .resolve("orders")
        .await
        .expect("resolved after retries");
    assert_eq!(arn, ARN);
    assert_eq!(rule.num_calls(), 3);
}

#[tokio::test]
async fn throttling_that_outlasts_the_retries_says_so() {
    let rule = mock!(Client::list_clusters_v2)
        .sequence()
        .http_status(429, error_body("TooManyRequestsException", "Rate exceeded"))
        .repeatedly()
        .build();
    let client = mock_client!(aws_sdk_kafka, RuleMode::Sequential, [&rule], |c| c
        .retry_config(RetryConfig::standard().with_max_attempts(2)));
    let err = msk(client).list(None).await.unwrap_err().to_string();
    assert!(err.contains("TooManyRequestsException"), "{err}");
    assert!(err.contains("Rate exceeded"), "{err}");
    assert!(err.contains("try again"), "{err}");
}

#[tokio::test]
async fn stale_current_version_explains_what_happened() {
    let rule = mock!(Client::update_broker_count)
        .then_http_response(|| {
            aws_smithy_runtime_api::http::Response::new(
                aws_smithy_runtime_api::http::StatusCode::try_from(400).unwrap(),
                aws_smithy_types::body::SdkBody::from(
                    r#"{"message":"The request does not include the latest version of the cluster. Describe the cluster and try again."}"#,
                ),
            )
            .tap_header("x-amzn-errortype", "BadRequestException")
        });
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let err = msk(client)
        .update_broker_count(ARN, "OLDVERSION", 6)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("BadRequestException"), "{err}");
    assert!(err.contains("latest version of the cluster"), "{err}");
    assert!(err.contains("changed since it was read"), "{err}");
    assert!(err.contains("mskctl cluster wait"), "{err}");
}

trait TapHeader {
    fn tap_header(self, name: &'static str, value: &'static str) -> Self;
}

impl TapHeader for aws_smithy_runtime_api::http::Response {
    fn tap_header(mut self, name: &'static str, value: &'static str) -> Self {
        self.headers_mut().insert(name, value);
        self
    }
}

#[tokio::test]
async fn bad_request_carries_code_and_message() {
    let rule = mock!(Client::update_broker_type).then_http_response(|| {
        aws_smithy_runtime_api::http::Response::new(
            aws_smithy_runtime_api::http::StatusCode::try_from(400).unwrap(),
            aws_smithy_types::body::SdkBody::from(
                r#"{"__type":"BadRequestException","message":"kafka.x9.huge is not a valid instance type"}"#,
            ),
        )
    });
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let err = msk(client)
        .update_broker_type(ARN, "V", "kafka.x9.huge")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot change the broker type"), "{err}");
    assert!(
        err.contains("BadRequestException: kafka.x9.huge is not a valid instance type"),
        "{err}"
    );
    assert!(!err.contains("changed since it was read"), "{err}");
}

#[tokio::test]
async fn update_returns_the_operation_arn() {
    let rule = mock!(Client::update_broker_count)
        .match_requests(|r| {
            r.current_version() == Some("K3AEGXETSR30VB")
                && r.target_number_of_broker_nodes() == Some(6)
        })
        .then_output(|| {
            UpdateBrokerCountOutput::builder()
                .cluster_arn(ARN)
                .cluster_operation_arn("arn:op/1")
                .build()
        });
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let op = msk(client)
        .update_broker_count(ARN, "K3AEGXETSR30VB", 6)
        .await
        .unwrap();
    assert_eq!(op, "arn:op/1");
}

#[tokio::test]
async fn unknown_name_lists_close_names() {
    let rule = mock!(Client::list_clusters_v2).then_output(|| {
        listed(vec![
            cluster(
                "orders-dev",
                "arn:aws:kafka:us-east-1:1:cluster/orders-dev/1",
                SdkState::Active,
            ),
            cluster(
                "orders-prod",
                "arn:aws:kafka:us-east-1:1:cluster/orders-prod/2",
                SdkState::Active,
            ),
        ])
    });
    let client = mock_client!(aws_sdk_kafka, RuleMode::MatchAny, [&rule]);
    let err = msk(client).resolve("orders").await.unwrap_err().to_string();
    assert!(err.contains("no MSK cluster named 'orders'"), "{err}");
    assert!(err.contains("orders-dev, orders-prod"), "{err}");
}

#[tokio::test]
async fn unknown_name_without_prefix_matches_searches_all_names() {
    let filtered = mock!(Client::list_clusters_v2)
        .match_requests(|r| r.cluster_name_filter().is_some())
        .then_output(|| listed(vec![]));
    let all = mock!(Client::list_clusters_v2)
        .match_requests(|r| r.cluster_name_filter().is_none())
        .then_output(|| {
            listed(vec![
                cluster("orders", ARN, SdkState::Active),
                cluster(
                    "payments",
                    "arn:aws:kafka:us-east-1:1:cluster/payments/3",
                    SdkState::Active,
                ),
            ])
        });
    let client = mock_client!(aws_sdk_kafka, RuleMode::MatchAny, [&filtered, &all]);
    let err = msk(client).resolve("ordres").await.unwrap_err().to_string();
    assert!(err.contains("did you mean: orders?"), "{err}");
}

#[tokio::test]
async fn ambiguous_name_lists_the_arns() {
    let rule = mock!(Client::list_clusters_v2).then_output(|| {
        listed(vec![
            cluster(
                "orders",
                "arn:aws:kafka:us-east-1:1:cluster/orders/a",
                SdkState::Active,
            ),
            cluster(
                "orders",
                "arn:aws:kafka:us-east-1:1:cluster/orders/b",
                SdkState::Deleting,
            ),
        ])
    });
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let err = msk(client).resolve("orders").await.unwrap_err().to_string();
    assert!(err.contains("2 MSK clusters are named 'orders'"), "{err}");
    assert!(err.contains("cluster/orders/a"), "{err}");
    assert!(err.contains("cluster/orders/b"), "{err}");
}

fn described(state: SdkState) -> DescribeClusterV2Output {
    let mut c = cluster("orders", ARN, state.clone());
    if state == SdkState::Failed {
        c.state_info = Some(
            StateInfo::builder()
                .code("InsufficientCapacity")
                .message("not enough kafka.m5.large capacity")
                .build(),
        );
    }
    DescribeClusterV2Output::builder().cluster_info(c).build()
}

#[tokio::test]
async fn wait_reaching_failed_is_an_error_with_the_reason() {
    let rule = mock!(Client::describe_cluster_v2)
        .sequence()
        .output(|| described(SdkState::Updating))
        .times(2)
        .output(|| described(SdkState::Failed))
        .build();
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let mut seen = Vec::new();
    let err = msk(client)
        .wait_for_state(
            ARN,
            ClusterState::Active,
            Duration::from_secs(10),
            &mut |s| seen.push(s.state.clone()),
        )
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("cluster orders is FAILED"), "{err}");
    assert!(err.contains("InsufficientCapacity"), "{err}");
    assert_eq!(
        seen,
        vec![
            ClusterState::Updating,
            ClusterState::Updating,
            ClusterState::Failed
        ]
    );
}

#[tokio::test]
async fn wait_reaching_the_state_returns_the_cluster() {
    let rule = mock!(Client::describe_cluster_v2)
        .sequence()
        .output(|| described(SdkState::Updating))
        .output(|| described(SdkState::Active))
        .build();
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let info = msk(client)
        .wait_for_state(
            ARN,
            ClusterState::Active,
            Duration::from_secs(10),
            &mut |_| {},
        )
        .await
        .unwrap();
    assert_eq!(info.state, ClusterState::Active);
    assert_eq!(info.broker_count, 3);
    assert_eq!(info.zone_count(), 3);
}

#[tokio::test]
async fn wait_timeout_says_how_to_resume() {
    let rule = mock!(Client::describe_cluster_v2)
        .sequence()
        .output(|| described(SdkState::Updating))
        .repeatedly()
        .build();
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let err = msk(client)
        .wait_for_state(
            ARN,
            ClusterState::Active,
            Duration::from_millis(20),
            &mut |_| {},
        )
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("timed out"), "{err}");
    assert!(err.contains("it is UPDATING"), "{err}");
    assert!(err.contains("mskctl cluster wait orders"), "{err}");
}

#[tokio::test]
async fn serverless_clusters_are_refused_as_usage_errors() {
    let rule = mock!(Client::describe_cluster_v2).then_output(|| {
        DescribeClusterV2Output::builder()
            .cluster_info(
                Cluster::builder()
                    .cluster_name("sls")
                    .cluster_arn("arn:aws:kafka:us-east-1:1:cluster/sls/1")
                    .cluster_type(ClusterType::Serverless)
                    .state(SdkState::Active)
                    .build(),
            )
            .build()
    });
    let client = mock_client!(aws_sdk_kafka, [&rule]);
    let err = msk(client)
        .describe("arn:aws:kafka:us-east-1:1:cluster/sls/1")
        .await
        .unwrap_err();
    assert!(err.is::<UsageError>(), "{err}");
    assert!(err.to_string().contains("Serverless"), "{err}");
}

#[tokio::test]
async fn operations_and_the_last_storage_update() {
    use aws_sdk_kafka::operation::describe_cluster_operation_v2::DescribeClusterOperationV2Output;
    use aws_sdk_kafka::operation::list_cluster_operations_v2::ListClusterOperationsV2Output;
    use aws_sdk_kafka::types::{
        ClusterOperationStep, ClusterOperationStepInfo, ClusterOperationV2,
        ClusterOperationV2Provisioned, ClusterOperationV2Summary, ErrorInfo,
    };
    use aws_smithy_types::DateTime;

    let t = |secs: i64| DateTime::from_secs(secs);
    let list = mock!(Client::list_cluster_operations_v2).then_output(move || {
        ListClusterOperationsV2Output::builder()
            .cluster_operation_info_list(
                ClusterOperationV2Summary::builder()
                    .operation_arn("arn:op/storage-old")
                    .operation_type("UPDATE_BROKER_STORAGE")
                    .operation_state("UPDATE_COMPLETE")
                    .start_time(t(1_000))
                    .end_time(t(2_000))
                    .build(),
            )
            .cluster_operation_info_list(
                ClusterOperationV2Summary::builder()
                    .operation_arn("arn:op/storage-new")
                    // UpdateStorage (size, throughput, storage mode) is a
                    // storage event too: it starts the cooldown.
                    .operation_type("UPDATE_STORAGE")
                    .operation_state("UPDATE_COMPLETE")
                    .start_time(t(5_000))
                    .end_time(t(6_000))
                    .build(),
            )
            .cluster_operation_info_list(
                ClusterOperationV2Summary::builder()
                    .operation_arn("arn:op/storage-failed")
                    .operation_type("UPDATE_BROKER_STORAGE")
                    .operation_state("UPDATE_FAILED")
                    .start_time(t(9_000))
                    .end_time(t(9_500))
                    .build(),
            )
            .build()
    });
    let describe = mock!(Client::describe_cluster_operation_v2).then_output(move || {
        DescribeClusterOperationV2Output::builder()
            .cluster_operation_info(
                ClusterOperationV2::builder()
                    .operation_arn("arn:op/count")
                    .operation_type("UPDATE_BROKER_COUNT")
                    .operation_state("UPDATE_FAILED")
                    .start_time(t(10_000))
                    .error_info(
                        ErrorInfo::builder()
                            .error_code("InsufficientCapacity")
                            .error_string("no capacity")
                            .build(),
                    )
                    .provisioned(
                        ClusterOperationV2Provisioned::builder()
                            .operation_steps(
                                ClusterOperationStep::builder()
                                    .step_name("INITIALIZE_UPDATE")
                                    .step_info(
                                        ClusterOperationStepInfo::builder()
                                            .step_status("SUCCEEDED")
                                            .build(),
                                    )
                                    .build(),
                            )
                            .build(),
                    )
                    .build(),
            )
            .build()
    });
    let client = mock_client!(aws_sdk_kafka, RuleMode::MatchAny, [&list, &describe]);
    let msk = msk(client);

    let ops = msk.operations(ARN).await.unwrap();
    let arns: Vec<&str> = ops.iter().map(|o| o.arn.as_str()).collect();
    assert_eq!(
        arns,
        [
            "arn:op/storage-failed",
            "arn:op/storage-new",
            "arn:op/storage-old"
        ]
    );
    assert_eq!(ops[1].ended.as_deref(), Some("1970-01-01T01:40:00Z"));

    // Failed storage updates do not start the cooldown.
    let last = msk.last_storage_update(ARN).await.unwrap();
    assert_eq!(
        last,
        Some(std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(6_000))
    );

    let op = msk.operation("arn:op/count").await.unwrap();
    assert_eq!(op.steps, ["INITIALIZE_UPDATE (SUCCEEDED)"]);
    assert_eq!(
        op.error.as_deref(),
        Some("InsufficientCapacity: no capacity")
    );
    assert_eq!(op.ended, None);
}

fn operation_in(
    state: &str,
) -> aws_sdk_kafka::operation::describe_cluster_operation_v2::DescribeClusterOperationV2Output {
    use aws_sdk_kafka::types::{ClusterOperationV2, ErrorInfo};
    let mut op = ClusterOperationV2::builder()
        .cluster_arn(ARN)
        .operation_arn("arn:op/storage")
        .operation_type("UPDATE_BROKER_STORAGE")
        .operation_state(state);
    if state == "UPDATE_FAILED" {
        op = op.error_info(
            ErrorInfo::builder()
                .error_code("InternalFailure")
                .error_string("volume modification failed")
                .build(),
        );
    }
    aws_sdk_kafka::operation::describe_cluster_operation_v2::DescribeClusterOperationV2Output::builder()
        .cluster_operation_info(op.build())
        .build()
}

/// MSK puts the cluster back to ACTIVE after a failed update; only the
/// operation says it failed. The wait must end with its ErrorInfo, never
/// with the ACTIVE cluster.
#[tokio::test]
async fn waiting_on_a_failed_operation_returns_its_error() {
    let ops = mock!(Client::describe_cluster_operation_v2)
        .sequence()
        .output(|| operation_in("PENDING"))
        .output(|| operation_in("UPDATE_IN_PROGRESS"))
        .output(|| operation_in("UPDATE_FAILED"))
        .build();
    let active = mock!(Client::describe_cluster_v2).then_output(|| described(SdkState::Active));
    let client = mock_client!(aws_sdk_kafka, RuleMode::MatchAny, [&ops, &active]);
    let mut seen = Vec::new();
    let err = msk(client)
        .wait_for_operation(ARN, "arn:op/storage", Duration::from_secs(10), &mut |s| {
            seen.push(s.operation.clone().map(|(_, state)| state))
        })
        .await
        .unwrap_err();
    let failed = err
        .downcast_ref::<mskctl::msk::control::OperationFailed>()
        .unwrap_or_else(|| panic!("not an OperationFailed: {err:#}"));
    assert_eq!(failed.error_code, "InternalFailure");
    assert_eq!(failed.error_string, "volume modification failed");
    assert_eq!(failed.cluster, "orders");
    let text = err.to_string();
    assert!(
        text.contains("UPDATE_FAILED")
            && text.contains("InternalFailure: volume modification failed"),
        "{text}"
    );
    assert_eq!(
        seen,
        [
            Some("PENDING"),
            Some("UPDATE_IN_PROGRESS"),
            Some("UPDATE_FAILED")
        ]
        .map(|s| s.map(String::from))
    );
}

#[tokio::test]
async fn waiting_on_a_completed_operation_returns_the_active_cluster() {
    let ops = mock!(Client::describe_cluster_operation_v2)
        .sequence()
        .output(|| operation_in("UPDATE_IN_PROGRESS"))
        .output(|| operation_in("UPDATE_COMPLETE"))
        .build();
    let active = mock!(Client::describe_cluster_v2).then_output(|| described(SdkState::Active));
    let client = mock_client!(aws_sdk_kafka, RuleMode::MatchAny, [&ops, &active]);
    let info = msk(client)
        .wait_for_operation(ARN, "arn:op/storage", Duration::from_secs(10), &mut |_| {})
        .await
        .unwrap();
    assert_eq!(info.state, ClusterState::Active);
}

#[tokio::test]
async fn multi_vpc_and_ipv6_bootstrap_strings_are_read() {
    use aws_sdk_kafka::operation::get_bootstrap_brokers::GetBootstrapBrokersOutput;
    use mskctl::msk::client::{BootstrapAuth, Network};

    let rule = mock!(Client::get_bootstrap_brokers)
        .match_requests(|r| r.cluster_arn() == Some(ARN))
        .then_output(|| {
            GetBootstrapBrokersOutput::builder()
                .bootstrap_broker_string_sasl_iam("b-1.orders:9098")
                .bootstrap_broker_string_vpc_connectivity_sasl_iam("b-1.vpce.orders:14001")
                .bootstrap_broker_string_sasl_iam_ipv6("[2600:1f18::1]:9098")
                .build()
        });
    let client = mock_client!(aws_sdk_kafka, RuleMode::MatchAny, [&rule]);
    let msk = msk(client);
    for (network, want) in [
        (Network::Private, "b-1.orders:9098"),
        (Network::VpcConnectivity, "b-1.vpce.orders:14001"),
        (Network::Ipv6, "[2600:1f18::1]:9098"),
    ] {
        let got = msk
            .bootstrap_on(ARN, BootstrapAuth::Iam, network)
            .await
            .unwrap();
        assert_eq!(got, want, "{network}");
    }
    let err = msk
        .bootstrap_on(ARN, BootstrapAuth::Iam, Network::Public)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("public access is not turned on"), "{err}");
    assert!(err.contains("vpc-connectivity iam"), "{err}");
}

fn express_cluster() -> Cluster {
    let base = cluster("orders", ARN, SdkState::Active);
    let provisioned = base.provisioned().cloned().map(|p| {
        let mut b = Provisioned::builder()
            .number_of_broker_nodes(3)
            .rebalancing(
                aws_sdk_kafka::types::Rebalancing::builder()
                    .status(aws_sdk_kafka::types::RebalancingStatus::Active)
                    .build(),
            )
            .broker_node_group_info(
                BrokerNodeGroupInfo::builder()
                    .instance_type("express.m7g.large")
                    .client_subnets("subnet-a")
                    .client_subnets("subnet-b")
                    .client_subnets("subnet-c")
                    .build(),
            );
        if let Some(s) = p.current_broker_software_info() {
            b = b.current_broker_software_info(s.clone());
        }
        b.build()
    });
    let mut c = base.clone();
    c.provisioned = provisioned;
    c
}

/// A move on an Express cluster paused rebalancing; when resuming it fails
/// afterwards, the error says that it is still PAUSED and how to resume.
#[tokio::test]
async fn a_failed_resume_after_a_move_says_rebalancing_is_still_paused() {
    use aws_sdk_kafka::operation::describe_cluster_operation_v2::DescribeClusterOperationV2Output;
    use aws_sdk_kafka::operation::update_rebalancing::UpdateRebalancingOutput;
    use aws_sdk_kafka::types::ClusterOperationV2;

    let describe = mock!(Client::describe_cluster_v2).then_output(|| {
        DescribeClusterV2Output::builder()
            .cluster_info(express_cluster())
            .build()
    });
    let update = mock!(Client::update_rebalancing)
        .sequence()
        .output(|| {
            UpdateRebalancingOutput::builder()
                .cluster_arn(ARN)
                .cluster_operation_arn("arn:op/pause")
                .build()
        })
        .http_status(
            400,
            error_body(
                "BadRequestException",
                "The cluster is in the UPDATING state",
            ),
        )
        .build();
    let operation = mock!(Client::describe_cluster_operation_v2).then_output(|| {
        DescribeClusterOperationV2Output::builder()
            .cluster_operation_info(
                ClusterOperationV2::builder()
                    .operation_arn("arn:op/pause")
                    .operation_type("UPDATE_REBALANCING")
                    .operation_state("UPDATE_COMPLETE")
                    .build(),
            )
            .build()
    });
    let client = mock_client!(
        aws_sdk_kafka,
        RuleMode::MatchAny,
        [&describe, &update, &operation]
    );
    let msk = msk(client);
    let mut notes = Vec::new();
    let mut note = |s: &str| notes.push(s.to_owned());
    let moved = std::sync::atomic::AtomicBool::new(false);
    let err = mskctl::ops::rebalancing::around(
        &msk,
        ARN,
        true,
        Duration::from_secs(5),
        &mut note,
        async {
            moved.store(true, std::sync::atomic::Ordering::SeqCst);
            Ok(())
        },
    )
    .await
    .unwrap_err();
    let text = format!("{err:#}");
    assert!(moved.load(std::sync::atomic::Ordering::SeqCst));
    assert_eq!(update.num_calls(), 2, "paused, then tried to resume");
    assert!(text.contains("still PAUSED"), "{text}");
    assert!(
        text.contains("mskctl cluster rebalancing resume orders"),
        "{text}"
    );
    assert!(text.contains("UPDATING state"), "{text}");
    assert!(notes.iter().any(|n| n.contains("PAUSED")), "{notes:?}");

    // Without --pause-rebalancing the move never runs.
    let refused = mskctl::ops::rebalancing::around(
        &msk,
        ARN,
        false,
        Duration::from_secs(5),
        &mut |_| {},
        async { panic!("the move ran while rebalancing was ACTIVE") },
    )
    .await
    .map(|_: ()| ())
    .unwrap_err()
    .to_string();
    assert!(refused.contains("--pause-rebalancing"), "{refused}");
}
