//! Checks the MSK API emulator through the real AWS SDK, so that what the
//! other tests rely on (shapes the SDK decodes, state transitions, versions,
//! typed errors) is pinned here.

mod support;

use std::future::Future;
use std::time::{Duration, Instant};

use aws_sdk_kafka::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_kafka::primitives::Blob;
use aws_sdk_kafka::types::{
    BrokerEbsVolumeInfo, BrokerNodeGroupInfo, ClientAuthentication, ClusterState,
    ConfigurationInfo, EncryptionInTransit, EncryptionInfo, EnhancedMonitoring, Iam, Sasl,
};
use aws_sdk_kafka::Client;
use support::msk::{MskEmulator, MskEmulatorOptions, ACCESS_KEY_ID, REGION, SECRET_ACCESS_KEY};

const TRANSITION: Duration = Duration::from_millis(300);
const DEADLINE: Duration = Duration::from_secs(30);

fn emulator() -> MskEmulator {
    MskEmulator::start_with(MskEmulatorOptions {
        transition: TRANSITION,
        bootstrap: None,
    })
}

fn client(emulator: &MskEmulator) -> Client {
    let config = aws_sdk_kafka::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(emulator.endpoint())
        .region(Region::new(REGION))
        .credentials_provider(Credentials::new(
            ACCESS_KEY_ID,
            SECRET_ACCESS_KEY,
            None,
            None,
            "test",
        ))
        // An injected error must reach the test, not be retried away.
        .retry_config(aws_sdk_kafka::config::retry::RetryConfig::disabled())
        .build();
    Client::from_conf(config)
}

fn block_on<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
        .block_on(future)
}

async fn describe(client: &Client, arn: &str) -> aws_sdk_kafka::types::ClusterInfo {
    client
        .describe_cluster()
        .cluster_arn(arn)
        .send()
        .await
        .unwrap_or_else(|e| panic!("DescribeCluster {arn}: {e:?}"))
        .cluster_info
        .expect("clusterInfo")
}

async fn wait_for(
    client: &Client,
    arn: &str,
    state: ClusterState,
) -> aws_sdk_kafka::types::ClusterInfo {
    let deadline = Instant::now() + DEADLINE;
    loop {
        let info = describe(client, arn).await;
        if info.state() == Some(&state) {
            return info;
        }
        assert!(
            Instant::now() < deadline,
            "{arn} never reached {state:?}; last {:?}",
            info.state()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn node_group(subnets: &[&str]) -> BrokerNodeGroupInfo {
    BrokerNodeGroupInfo::builder()
        .instance_type("kafka.m5.large")
        .set_client_subnets(Some(subnets.iter().map(|s| s.to_string()).collect()))
        .storage_info(
            aws_sdk_kafka::types::StorageInfo::builder()
                .ebs_storage_info(
                    aws_sdk_kafka::types::EbsStorageInfo::builder()
                        .volume_size(100)
                        .build(),
                )
                .build(),
        )
        .build()
}

#[test]
fn cluster_goes_from_creating_to_active_and_is_deleted() {
    let emu = emulator();
    let kafka = client(&emu);
    emu.hold_transitions(true);
    block_on(async {
        let created = kafka
            .create_cluster()
            .cluster_name("lifecycle")
            .kafka_version("3.6.0")
            .number_of_broker_nodes(3)
            .broker_node_group_info(node_group(&["subnet-a", "subnet-b", "subnet-c"]))
            .tags("team", "data")
            .send()
            .await
            .expect("CreateCluster");
        assert_eq!(created.state(), Some(&ClusterState::Creating));
        let arn = created.cluster_arn().expect("clusterArn").to_string();
        assert!(arn.contains(":cluster/lifecycle/"), "{arn}");

        let first = describe(&kafka, &arn).await;
        assert_eq!(first.state(), Some(&ClusterState::Creating));
        assert!(first.creation_time().is_some(), "creationTime must parse");
        emu.hold_transitions(false);

        let active = wait_for(&kafka, &arn, ClusterState::Active).await;
        assert_eq!(active.number_of_broker_nodes(), Some(3));
        assert!(active.current_version().is_some_and(|v| !v.is_empty()));
        assert_eq!(
            active
                .tags()
                .and_then(|t| t.get("team"))
                .map(String::as_str),
            Some("data")
        );

        let v2 = kafka
            .describe_cluster_v2()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("DescribeClusterV2")
            .cluster_info
            .expect("clusterInfo");
        assert!(v2.creation_time().is_some());
        assert_eq!(
            v2.provisioned().and_then(|p| p.number_of_broker_nodes()),
            Some(3)
        );

        let listed = kafka.list_clusters().send().await.expect("ListClusters");
        assert_eq!(listed.cluster_info_list().len(), 1);
        let listed_v2 = kafka
            .list_clusters_v2()
            .cluster_name_filter("life")
            .send()
            .await
            .expect("ListClustersV2");
        assert_eq!(listed_v2.cluster_info_list().len(), 1);

        emu.hold_transitions(true);
        let deleted = kafka
            .delete_cluster()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("DeleteCluster");
        assert_eq!(deleted.state(), Some(&ClusterState::Deleting));
        assert_eq!(
            describe(&kafka, &arn).await.state(),
            Some(&ClusterState::Deleting)
        );
        emu.hold_transitions(false);

        let deadline = Instant::now() + DEADLINE;
        loop {
            match kafka.describe_cluster().cluster_arn(&arn).send().await {
                Ok(_) => assert!(Instant::now() < deadline, "{arn} was never deleted"),
                Err(e) => {
                    assert!(
                        e.as_service_error()
                            .is_some_and(|s| s.is_not_found_exception()),
                        "{e:?}"
                    );
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let listed = kafka.list_clusters().send().await.expect("ListClusters");
        assert!(listed.cluster_info_list().is_empty());
    });
}

#[test]
fn broker_count_update_changes_version_and_rejects_stale_or_concurrent_updates() {
    let emu = emulator();
    let arn = emu.create_active_cluster("scale", 2, &["subnet-a", "subnet-b"]);
    let kafka = client(&emu);
    block_on(async {
        let before = describe(&kafka, &arn).await;
        let old_version = before.current_version().unwrap().to_string();

        emu.hold_transitions(true);
        let update = kafka
            .update_broker_count()
            .cluster_arn(&arn)
            .current_version(&old_version)
            .target_number_of_broker_nodes(4)
            .send()
            .await
            .expect("UpdateBrokerCount");
        let op_arn = update
            .cluster_operation_arn()
            .expect("operation arn")
            .to_string();

        let updating = describe(&kafka, &arn).await;
        assert_eq!(updating.state(), Some(&ClusterState::Updating));
        assert_eq!(updating.active_operation_arn(), Some(op_arn.as_str()));
        let err = kafka
            .update_broker_count()
            .cluster_arn(&arn)
            .current_version(updating.current_version().unwrap())
            .target_number_of_broker_nodes(6)
            .send()
            .await
            .expect_err("an update while UPDATING must fail");
        let service = err.into_service_error();
        assert!(service.is_bad_request_exception(), "{service:?}");
        assert!(
            service
                .meta()
                .message()
                .unwrap_or("")
                .contains("operation is in progress"),
            "{service:?}"
        );

        emu.hold_transitions(false);
        let after = wait_for(&kafka, &arn, ClusterState::Active).await;
        assert_eq!(after.number_of_broker_nodes(), Some(4));
        assert_ne!(after.current_version(), Some(old_version.as_str()));
        assert!(after.active_operation_arn().is_none());

        let err = kafka
            .update_broker_count()
            .cluster_arn(&arn)
            .current_version(&old_version)
            .target_number_of_broker_nodes(6)
            .send()
            .await
            .expect_err("a stale currentVersion must be rejected");
        let service = err.into_service_error();
        assert!(service.is_bad_request_exception(), "{service:?}");
        assert!(
            service
                .meta()
                .message()
                .unwrap_or("")
                .contains("version of the cluster isn\u{2019}t current"),
            "{service:?}"
        );

        let nodes = kafka
            .list_nodes()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("ListNodes");
        let brokers: Vec<_> = nodes
            .node_info_list()
            .iter()
            .map(|n| n.broker_node_info().expect("brokerNodeInfo"))
            .collect();
        assert_eq!(
            brokers.iter().map(|b| b.broker_id()).collect::<Vec<_>>(),
            [1.0, 2.0, 3.0, 4.0].map(Some)
        );
        assert_eq!(
            brokers
                .iter()
                .map(|b| b.client_subnet().unwrap())
                .collect::<Vec<_>>(),
            ["subnet-a", "subnet-b", "subnet-a", "subnet-b"]
        );
        assert!(brokers.iter().all(|b| !b.endpoints().is_empty()));
        assert!(nodes
            .node_info_list()
            .iter()
            .all(|n| n.instance_type() == Some("kafka.m5.large")));

        let ops = kafka
            .list_cluster_operations_v2()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("ListClusterOperationsV2");
        let kinds: Vec<_> = ops
            .cluster_operation_info_list()
            .iter()
            .map(|o| o.operation_type().unwrap())
            .collect();
        assert_eq!(kinds, ["INCREASE_BROKER_COUNT", "CREATE"]);

        let op = kafka
            .describe_cluster_operation_v2()
            .cluster_operation_arn(&op_arn)
            .send()
            .await
            .expect("DescribeClusterOperationV2")
            .cluster_operation_info
            .expect("clusterOperationInfo");
        assert_eq!(op.operation_state(), Some("UPDATE_COMPLETE"));
        assert!(op.start_time().is_some() && op.end_time().is_some());
        let details = op.provisioned().expect("provisioned");
        assert_eq!(
            details
                .source_cluster_info()
                .and_then(|i| i.number_of_broker_nodes()),
            Some(2)
        );
        assert_eq!(
            details
                .target_cluster_info()
                .and_then(|i| i.number_of_broker_nodes()),
            Some(4)
        );
        assert!(!details.operation_steps().is_empty());

        let v1 = kafka
            .list_cluster_operations()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("ListClusterOperations");
        assert_eq!(v1.cluster_operation_info_list().len(), 2);
        let v1_op = kafka
            .describe_cluster_operation()
            .cluster_operation_arn(&op_arn)
            .send()
            .await
            .expect("DescribeClusterOperation")
            .cluster_operation_info
            .expect("clusterOperationInfo");
        assert_eq!(v1_op.operation_type(), Some("INCREASE_BROKER_COUNT"));
        assert!(v1_op.creation_time().is_some() && v1_op.end_time().is_some());
    });
}

#[test]
fn storage_type_monitoring_and_configuration_updates_show_in_describe() {
    let emu = emulator();
    let arn = emu.create_active_cluster("tune", 1, &["subnet-a"]);
    let kafka = client(&emu);
    block_on(async {
        let version =
            |info: &aws_sdk_kafka::types::ClusterInfo| info.current_version().unwrap().to_string();

        let info = describe(&kafka, &arn).await;
        kafka
            .update_broker_storage()
            .cluster_arn(&arn)
            .current_version(version(&info))
            .target_broker_ebs_volume_info(
                BrokerEbsVolumeInfo::builder()
                    .kafka_broker_node_id("All")
                    .volume_size_gb(500)
                    .build(),
            )
            .send()
            .await
            .expect("UpdateBrokerStorage");
        let info = wait_for(&kafka, &arn, ClusterState::Active).await;
        let size = info
            .broker_node_group_info()
            .and_then(|g| g.storage_info())
            .and_then(|s| s.ebs_storage_info())
            .and_then(|e| e.volume_size());
        assert_eq!(size, Some(500));

        kafka
            .update_broker_type()
            .cluster_arn(&arn)
            .current_version(version(&info))
            .target_instance_type("kafka.m5.2xlarge")
            .send()
            .await
            .expect("UpdateBrokerType");
        let info = wait_for(&kafka, &arn, ClusterState::Active).await;
        assert_eq!(
            info.broker_node_group_info()
                .and_then(|g| g.instance_type()),
            Some("kafka.m5.2xlarge")
        );

        kafka
            .update_monitoring()
            .cluster_arn(&arn)
            .current_version(version(&info))
            .enhanced_monitoring(EnhancedMonitoring::PerTopicPerBroker)
            .send()
            .await
            .expect("UpdateMonitoring");
        let info = wait_for(&kafka, &arn, ClusterState::Active).await;
        assert_eq!(
            info.enhanced_monitoring(),
            Some(&EnhancedMonitoring::PerTopicPerBroker)
        );

        let config = kafka
            .create_configuration()
            .name("tuned")
            .kafka_versions("3.6.0")
            .server_properties(Blob::new("auto.create.topics.enable=false\n"))
            .send()
            .await
            .expect("CreateConfiguration");
        let config_arn = config.arn().unwrap();
        kafka
            .update_cluster_configuration()
            .cluster_arn(&arn)
            .current_version(version(&info))
            .configuration_info(
                ConfigurationInfo::builder()
                    .arn(config_arn)
                    .revision(1)
                    .build(),
            )
            .send()
            .await
            .expect("UpdateClusterConfiguration");
        let info = wait_for(&kafka, &arn, ClusterState::Active).await;
        let software = info.current_broker_software_info().expect("software info");
        assert_eq!(software.configuration_arn(), Some(config_arn));
        assert_eq!(software.configuration_revision(), Some(1));

        let ops = kafka
            .list_cluster_operations_v2()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("ListClusterOperationsV2");
        let kinds: Vec<_> = ops
            .cluster_operation_info_list()
            .iter()
            .map(|o| o.operation_type().unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                "UPDATE_CLUSTER_CONFIGURATION",
                "UPDATE_MONITORING",
                "UPDATE_BROKER_TYPE",
                "UPDATE_BROKER_STORAGE",
                "CREATE"
            ]
        );
        assert!(ops
            .cluster_operation_info_list()
            .iter()
            .all(|o| o.operation_state() == Some("UPDATE_COMPLETE")));
    });
}

#[test]
fn bootstrap_brokers_follow_options_overrides_and_client_auth() {
    let emu = MskEmulator::start_with(MskEmulatorOptions {
        transition: TRANSITION,
        bootstrap: Some("127.0.0.1:19092".into()),
    });
    let default_arn = emu.create_active_cluster("plain", 1, &["subnet-a"]);
    emu.set_bootstrap("overridden", "127.0.0.1:29092,127.0.0.1:29093");
    let overridden_arn = emu.create_active_cluster("overridden", 1, &["subnet-a"]);
    let kafka = client(&emu);
    block_on(async {
        let plain = kafka
            .get_bootstrap_brokers()
            .cluster_arn(&default_arn)
            .send()
            .await
            .expect("GetBootstrapBrokers");
        assert_eq!(plain.bootstrap_broker_string(), Some("127.0.0.1:19092"));
        assert_eq!(plain.bootstrap_broker_string_tls(), None);

        let overridden = kafka
            .get_bootstrap_brokers()
            .cluster_arn(&overridden_arn)
            .send()
            .await
            .expect("GetBootstrapBrokers");
        assert_eq!(
            overridden.bootstrap_broker_string(),
            Some("127.0.0.1:29092,127.0.0.1:29093")
        );

        let iam = kafka
            .create_cluster()
            .cluster_name("iam")
            .kafka_version("3.6.0")
            .number_of_broker_nodes(1)
            .broker_node_group_info(node_group(&["subnet-a"]))
            .client_authentication(
                ClientAuthentication::builder()
                    .sasl(
                        Sasl::builder()
                            .iam(Iam::builder().enabled(true).build())
                            .build(),
                    )
                    .build(),
            )
            .encryption_info(
                EncryptionInfo::builder()
                    .encryption_in_transit(
                        EncryptionInTransit::builder()
                            .client_broker(aws_sdk_kafka::types::ClientBroker::Tls)
                            .build(),
                    )
                    .build(),
            )
            .send()
            .await
            .expect("CreateCluster")
            .cluster_arn
            .expect("clusterArn");
        wait_for(&kafka, &iam, ClusterState::Active).await;
        let brokers = kafka
            .get_bootstrap_brokers()
            .cluster_arn(&iam)
            .send()
            .await
            .expect("GetBootstrapBrokers");
        assert_eq!(
            brokers.bootstrap_broker_string_sasl_iam(),
            Some("127.0.0.1:19092")
        );
        assert_eq!(brokers.bootstrap_broker_string(), None);
        assert_eq!(brokers.bootstrap_broker_string_tls(), None);
        assert_eq!(brokers.bootstrap_broker_string_public_sasl_iam(), None);
    });
}

#[test]
fn configurations_have_revisions_and_can_be_deleted() {
    let emu = emulator();
    let kafka = client(&emu);
    block_on(async {
        let created = kafka
            .create_configuration()
            .name("retention")
            .description("first")
            .kafka_versions("3.6.0")
            .server_properties(Blob::new("log.retention.hours=24\n"))
            .send()
            .await
            .expect("CreateConfiguration");
        let arn = created.arn().unwrap().to_string();
        assert_eq!(
            created.latest_revision().map(|r| r.revision()),
            Some(Some(1))
        );
        assert!(created.creation_time().is_some());

        let updated = kafka
            .update_configuration()
            .arn(&arn)
            .description("second")
            .server_properties(Blob::new("log.retention.hours=48\n"))
            .send()
            .await
            .expect("UpdateConfiguration");
        assert_eq!(
            updated.latest_revision().and_then(|r| r.revision()),
            Some(2)
        );

        let described = kafka
            .describe_configuration()
            .arn(&arn)
            .send()
            .await
            .expect("DescribeConfiguration");
        assert_eq!(described.name(), Some("retention"));
        assert_eq!(described.kafka_versions(), ["3.6.0"]);
        assert_eq!(
            described.latest_revision().and_then(|r| r.revision()),
            Some(2)
        );

        let first = kafka
            .describe_configuration_revision()
            .arn(&arn)
            .revision(1)
            .send()
            .await
            .expect("DescribeConfigurationRevision");
        assert_eq!(
            first.server_properties().map(|b| b.as_ref()),
            Some(&b"log.retention.hours=24\n"[..])
        );
        assert_eq!(first.description(), Some("first"));

        let revisions = kafka
            .list_configuration_revisions()
            .arn(&arn)
            .send()
            .await
            .expect("ListConfigurationRevisions");
        assert_eq!(
            revisions
                .revisions()
                .iter()
                .map(|r| r.revision())
                .collect::<Vec<_>>(),
            [Some(1), Some(2)]
        );

        let listed = kafka
            .list_configurations()
            .send()
            .await
            .expect("ListConfigurations");
        assert_eq!(listed.configurations().len(), 1);
        assert_eq!(listed.configurations()[0].arn(), Some(arn.as_str()));

        kafka
            .delete_configuration()
            .arn(&arn)
            .send()
            .await
            .expect("DeleteConfiguration");
        let err = kafka
            .describe_configuration()
            .arn(&arn)
            .send()
            .await
            .expect_err("a deleted configuration must be gone");
        assert!(err.into_service_error().is_not_found_exception());
    });
}

#[test]
fn an_injected_error_fails_exactly_the_next_call() {
    let emu = emulator();
    let arn = emu.create_active_cluster("flaky", 1, &["subnet-a"]);
    emu.fail_next(
        "DescribeCluster",
        1,
        503,
        "ServiceUnavailableException",
        "injected outage",
    );
    let kafka = client(&emu);
    block_on(async {
        kafka
            .get_bootstrap_brokers()
            .cluster_arn(&arn)
            .send()
            .await
            .expect("only DescribeCluster was told to fail");

        let err = kafka
            .describe_cluster()
            .cluster_arn(&arn)
            .send()
            .await
            .expect_err("the injected error");
        let raw = err.raw_response().map(|r| r.status().as_u16());
        assert_eq!(raw, Some(503));
        assert_eq!(
            err.as_service_error().and_then(|e| e.meta().code()),
            Some("ServiceUnavailableException")
        );
        assert_eq!(
            err.as_service_error().and_then(|e| e.meta().message()),
            Some("injected outage")
        );

        describe(&kafka, &arn).await;
    });
}

#[test]
fn env_points_a_child_process_at_the_emulator_only() {
    let emu = emulator();
    let env: std::collections::HashMap<_, _> = emu.env().into_iter().collect();
    assert_eq!(env["AWS_ENDPOINT_URL_KAFKA"], emu.endpoint());
    assert_eq!(env["AWS_REGION"], REGION);
    // Empty files: no profile, credential or region of the host's can apply.
    for file in ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"] {
        let text = std::fs::read_to_string(&env[file]).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(text, "", "{file}");
    }
    // The helpers' cluster is visible through the same endpoint the SDK uses.
    let arn = emu.create_cluster("visible", 1, &["subnet-a"]);
    let (status, body) = emu.request("GET", "/v1/clusters", None);
    assert_eq!(status, 200);
    assert_eq!(body["clusterInfoList"][0]["clusterArn"], arn.as_str());
    assert!(emu
        .describe("arn:aws:kafka:us-east-1:123456789012:cluster/none/x")
        .is_none());
}

async fn operation(client: &Client, arn: &str) -> aws_sdk_kafka::types::ClusterOperationV2 {
    client
        .describe_cluster_operation_v2()
        .cluster_operation_arn(arn)
        .send()
        .await
        .unwrap_or_else(|e| panic!("DescribeClusterOperationV2 {arn}: {e:?}"))
        .cluster_operation_info
        .expect("clusterOperationInfo")
}

/// Polls an operation until it leaves PENDING / UPDATE_IN_PROGRESS and
/// returns every state seen, in order, without repeats.
async fn follow(client: &Client, arn: &str) -> Vec<String> {
    let deadline = Instant::now() + DEADLINE;
    let mut seen: Vec<String> = Vec::new();
    loop {
        let op = operation(client, arn).await;
        let state = op.operation_state().unwrap_or_default().to_string();
        if seen.last() != Some(&state) {
            seen.push(state.clone());
        }
        if state != "PENDING" && state != "UPDATE_IN_PROGRESS" {
            return seen;
        }
        assert!(Instant::now() < deadline, "{arn} never ended: {seen:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn storage_update(client: &Client, arn: &str, gib: i32) -> String {
    let version = describe(client, arn)
        .await
        .current_version()
        .unwrap()
        .to_string();
    client
        .update_broker_storage()
        .cluster_arn(arn)
        .current_version(version)
        .target_broker_ebs_volume_info(
            BrokerEbsVolumeInfo::builder()
                .kafka_broker_node_id("All")
                .volume_size_gb(gib)
                .build(),
        )
        .send()
        .await
        .expect("UpdateBrokerStorage")
        .cluster_operation_arn()
        .expect("operation arn")
        .to_string()
}

fn volume(info: &aws_sdk_kafka::types::ClusterInfo) -> Option<i32> {
    info.broker_node_group_info()
        .and_then(|g| g.storage_info())
        .and_then(|s| s.ebs_storage_info())
        .and_then(|e| e.volume_size())
}

#[test]
fn a_failed_operation_ends_update_failed_with_error_info_and_the_cluster_active() {
    let emu = emulator();
    let arn = emu.create_active_cluster("fails", 3, &["subnet-a", "subnet-b", "subnet-c"]);
    let kafka = client(&emu);
    emu.fail_operation(
        "UpdateBrokerStorage",
        "InternalFailure",
        "The storage of broker 2 could not be extended",
    );
    block_on(async {
        emu.hold_transitions(true);
        let op_arn = storage_update(&kafka, &arn, 200).await;
        // Accepted but not started yet: PENDING, as MSK documents.
        let op = operation(&kafka, &op_arn).await;
        assert_eq!(op.operation_state(), Some("PENDING"));
        assert_eq!(op.operation_type(), Some("UPDATE_BROKER_STORAGE"));
        assert!(op.error_info().is_none());
        emu.hold_transitions(false);

        let states = follow(&kafka, &op_arn).await;
        assert_eq!(states.last().map(String::as_str), Some("UPDATE_FAILED"));
        assert!(
            states
                .iter()
                .all(|s| ["PENDING", "UPDATE_IN_PROGRESS", "UPDATE_FAILED"].contains(&s.as_str())),
            "{states:?}"
        );
        let op = operation(&kafka, &op_arn).await;
        let error = op.error_info().expect("errorInfo");
        assert_eq!(error.error_code(), Some("InternalFailure"));
        assert_eq!(
            error.error_string(),
            Some("The storage of broker 2 could not be extended")
        );
        assert!(op.end_time().is_some());
        // The cluster is ACTIVE again, unchanged: FAILED is for create and
        // delete only.
        let after = describe(&kafka, &arn).await;
        assert_eq!(after.state(), Some(&ClusterState::Active));
        assert!(after.active_operation_arn().is_none());
        assert_eq!(volume(&after), Some(100));
        // The V1 view carries the same error.
        let v1 = kafka
            .describe_cluster_operation()
            .cluster_operation_arn(&op_arn)
            .send()
            .await
            .expect("DescribeClusterOperation")
            .cluster_operation_info
            .expect("clusterOperationInfo");
        assert_eq!(
            v1.error_info().and_then(|e| e.error_code()),
            Some("InternalFailure")
        );

        // The switch fails one operation only: the next one completes.
        let op_arn = storage_update(&kafka, &arn, 200).await;
        let states = follow(&kafka, &op_arn).await;
        assert_eq!(states.last().map(String::as_str), Some("UPDATE_COMPLETE"));
        assert!(operation(&kafka, &op_arn).await.error_info().is_none());
        let after = wait_for(&kafka, &arn, ClusterState::Active).await;
        assert_eq!(volume(&after), Some(200));
    });
    // Only update calls can be told to fail this way.
    let (status, body) = emu.request(
        "POST",
        "/_emulator/fail-operation",
        Some(&serde_json::json!({"operation": "DescribeCluster", "errorCode": "X", "errorString": "y"})),
    );
    assert_eq!(status, 400, "{body}");
}

/// A cluster of `brokers` brokers over three zones with this instance type
/// and Kafka version, ACTIVE.
fn cluster_of(
    emu: &MskEmulator,
    name: &str,
    brokers: u32,
    instance: &str,
    version: &str,
) -> String {
    let body = serde_json::json!({
        "clusterName": name,
        "kafkaVersion": version,
        "numberOfBrokerNodes": brokers,
        "brokerNodeGroupInfo": {
            "instanceType": instance,
            "clientSubnets": ["subnet-a", "subnet-b", "subnet-c"],
            "storageInfo": {"ebsStorageInfo": {"volumeSize": 100}},
        },
    });
    let (status, response) = emu.request("POST", "/v1/clusters", Some(&body));
    assert_eq!(status, 200, "CreateCluster {name}: {response}");
    let arn = response["clusterArn"].as_str().unwrap().to_string();
    emu.wait_for_state(&arn, "ACTIVE");
    arn
}

async fn broker_count(client: &Client, arn: &str, to: i32) -> Result<String, String> {
    let version = describe(client, arn)
        .await
        .current_version()
        .unwrap()
        .to_string();
    client
        .update_broker_count()
        .cluster_arn(arn)
        .current_version(version)
        .target_number_of_broker_nodes(to)
        .send()
        .await
        .map(|r| r.cluster_operation_arn().unwrap_or_default().to_string())
        .map_err(|e| {
            let service = e.into_service_error();
            assert!(service.is_bad_request_exception(), "{service:?}");
            service.meta().message().unwrap_or_default().to_string()
        })
}

async fn node_ids(client: &Client, arn: &str) -> Vec<(i64, String)> {
    let nodes = client
        .list_nodes()
        .cluster_arn(arn)
        .send()
        .await
        .expect("ListNodes");
    nodes
        .node_info_list()
        .iter()
        .map(|n| {
            let b = n.broker_node_info().expect("brokerNodeInfo");
            (
                b.broker_id().unwrap_or_default() as i64,
                b.client_subnet().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn broker_removal_follows_msk_rules_and_leaves_gaps_in_node_ids() {
    let emu = emulator();
    let kafka = client(&emu);
    let arn = cluster_of(&emu, "shrink", 9, "kafka.m5.large", "3.6.0");
    block_on(async {
        // One broker per zone per operation: 9 -> 3 is two operations.
        let refused = broker_count(&kafka, &arn, 3).await.unwrap_err();
        assert!(
            refused.contains("one broker per Availability Zone"),
            "{refused}"
        );

        // Zone a holds 1, 4, 7; broker 7 holds partitions, so 4 goes there.
        emu.set_partitions("shrink", &[(1, 10), (7, 5), (2, 3), (3, 3)]);
        let op_arn = broker_count(&kafka, &arn, 6).await.unwrap();
        let states = follow(&kafka, &op_arn).await;
        assert_eq!(states.last().map(String::as_str), Some("UPDATE_COMPLETE"));
        let op = operation(&kafka, &op_arn).await;
        assert_eq!(op.operation_type(), Some("DECREASE_BROKER_COUNT"));
        // MSK names the brokers it removed in the operation's target.
        let deleted = op
            .provisioned()
            .and_then(|p| p.target_cluster_info())
            .and_then(|t| t.broker_count_update_info())
            .map(|u| u.deleted_broker_ids().to_vec())
            .unwrap_or_default();
        assert_eq!(deleted, [4.0, 8.0, 9.0]);
        wait_for(&kafka, &arn, ClusterState::Active).await;
        let ids: Vec<i64> = node_ids(&kafka, &arn).await.iter().map(|n| n.0).collect();
        assert_eq!(ids, [1, 2, 3, 5, 6, 7]);

        // New brokers get fresh ids, spread over the zones.
        let op_arn = broker_count(&kafka, &arn, 9).await.unwrap();
        follow(&kafka, &op_arn).await;
        let op = operation(&kafka, &op_arn).await;
        assert_eq!(op.operation_type(), Some("INCREASE_BROKER_COUNT"));
        wait_for(&kafka, &arn, ClusterState::Active).await;
        let nodes = node_ids(&kafka, &arn).await;
        let ids: Vec<i64> = nodes.iter().map(|n| n.0).collect();
        assert_eq!(ids, [1, 2, 3, 5, 6, 7, 10, 11, 12]);
        for zone in ["subnet-a", "subnet-b", "subnet-c"] {
            assert_eq!(nodes.iter().filter(|n| n.1 == zone).count(), 3, "{nodes:?}");
        }

        // A zone whose brokers all hold partitions has none to remove.
        emu.set_partitions("shrink", &[(1, 1), (5, 1), (7, 1), (10, 1)]);
        let refused = broker_count(&kafka, &arn, 6).await.unwrap_err();
        assert!(refused.contains("holds partitions"), "{refused}");
    });

    let t3 = cluster_of(&emu, "tiny", 6, "kafka.t3.small", "3.6.0");
    let old = cluster_of(&emu, "old", 6, "kafka.m5.large", "2.6.2");
    let m7g = cluster_of(&emu, "graviton", 6, "kafka.m7g.large", "3.6.0");
    block_on(async {
        let refused = broker_count(&kafka, &t3, 3).await.unwrap_err();
        assert!(refused.contains("M5 or M7g"), "{refused}");
        let refused = broker_count(&kafka, &old, 3).await.unwrap_err();
        assert!(refused.contains("2.8.1"), "{refused}");
        broker_count(&kafka, &m7g, 3).await.unwrap();
    });
}

#[test]
fn express_clusters_need_three_subnets() {
    let emu = emulator();
    let body = serde_json::json!({
        "clusterName": "fast",
        "kafkaVersion": "3.6.0",
        "numberOfBrokerNodes": 2,
        "brokerNodeGroupInfo": {
            "instanceType": "express.m7g.large",
            "clientSubnets": ["subnet-a", "subnet-b"],
        },
    });
    let (status, response) = emu.request("POST", "/v1/clusters", Some(&body));
    assert_eq!(status, 400, "{response}");
    assert!(
        response.to_string().contains("3 client subnets"),
        "{response}"
    );
}

/// The rules MSK applies to storage and broker-type updates, enforced by
/// the emulator itself (mskctl checks them before calling, so only a
/// direct call shows the emulator would catch a slip).
#[test]
fn storage_and_broker_type_updates_follow_msk_rules() {
    let emu = emulator();
    let arn = emu.create_active_cluster("strict", 3, &["subnet-a", "subnet-b", "subnet-c"]);
    let kafka = client(&emu);
    let raw_storage = |gib: i64| {
        let version = emu.describe(&arn).unwrap()["currentVersion"]
            .as_str()
            .unwrap()
            .to_string();
        let body = serde_json::json!({
            "currentVersion": version,
            "targetBrokerEBSVolumeInfo": [{"kafkaBrokerNodeId": "All", "volumeSizeGB": gib}],
        });
        emu.request(
            "PUT",
            &format!("/v1/clusters/{}/nodes/storage", support::msk::encode(&arn)),
            Some(&body),
        )
    };
    let (status, body) = raw_storage(20_000);
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("16384"), "{body}");

    block_on(async {
        let op = storage_update(&kafka, &arn, 200).await;
        follow(&kafka, &op).await;
    });
    emu.wait_for_state(&arn, "ACTIVE");
    let (status, body) = raw_storage(300);
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("cool-down"), "{body}");

    let raw_type = |to: &str| {
        let version = emu.describe(&arn).unwrap()["currentVersion"]
            .as_str()
            .unwrap()
            .to_string();
        let body = serde_json::json!({"currentVersion": version, "targetInstanceType": to});
        emu.request(
            "PUT",
            &format!("/v1/clusters/{}/nodes/type", support::msk::encode(&arn)),
            Some(&body),
        )
    };
    for forbidden in ["kafka.t3.small", "express.m7g.large"] {
        let (status, body) = raw_type(forbidden);
        assert_eq!(status, 400, "{forbidden}: {body}");
    }
    let (status, body) = raw_type("kafka.m7g.large");
    assert_eq!(status, 200, "{body}");
}

/// A configuration made for other Kafka versions cannot be attached, as
/// MSK refuses it.
#[test]
fn configurations_attach_only_to_the_kafka_versions_they_name() {
    let emu = emulator();
    let arn = emu.create_active_cluster("cfg", 3, &["subnet-a", "subnet-b", "subnet-c"]);
    let body = serde_json::json!({
        "name": "for-39",
        "kafkaVersions": ["3.9.x"],
        "serverProperties": "YXV0by5jcmVhdGUudG9waWNzLmVuYWJsZT1mYWxzZQo=",
    });
    let (status, created) = emu.request("POST", "/v1/configurations", Some(&body));
    assert_eq!(status, 200, "{created}");
    let version = emu.describe(&arn).unwrap()["currentVersion"]
        .as_str()
        .unwrap()
        .to_string();
    let attach = serde_json::json!({
        "currentVersion": version,
        "configurationInfo": {"arn": created["arn"], "revision": 1},
    });
    let (status, body) = emu.request(
        "PUT",
        &format!("/v1/clusters/{}/configuration", support::msk::encode(&arn)),
        Some(&attach),
    );
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("3.9.x"), "{body}");
}
